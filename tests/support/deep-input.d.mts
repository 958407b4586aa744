// Types of tests/support/deep-input.mjs, for the TypeScript tests that use it.
export const SMALL_STACK: string;
export const N: number;
export const DEEP_SHAPES: Record<string, (n: number) => string>;
