/** Errors of the user's making: exit code 2, message already in Norwegian. No imports, so `main` can load it at once. */
export class UsageError extends Error { }
