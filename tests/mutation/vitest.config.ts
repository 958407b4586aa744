/**
 * The test suites that mutation testing runs (tests/mutation/stryker.config.mjs): the fast ones
 * that call the code in this process. Left out, because they spawn processes, start a browser or
 * VS Code, or do not call the mutated code at all: tests/cli (spawns the bins), tests/lsp/stdio
 * (spawns the server), tests/publishing/browser (Chromium), tests/e2e/vscode and
 * tests/e2e/grammar (code-server; the TextMate grammar), tests/bench, tests/examples (seed
 * transcriptions, plain text). tests/e2e/server-requests runs the server's own requests in this
 * process, so it is in.
 *
 * `@referat/language/*` resolves to the sources here, not to the built `out/`: the CLI and the
 * extension's logic import the language through its package name, and a mutant in the source
 * must reach the tests that run through them.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');
const src = (file: string) => path.join(root, 'packages/language/src', file);
const entries: Record<string, string> = {
    '': 'index.ts', '/core': 'core.ts', '/client': 'client.ts', '/ics': 'ics.ts', '/node': 'node.ts',
    '/server': 'lsp/server.ts', '/protocol': 'lsp/protocol.ts',
};

export const MUTATION_TESTS = [
    'tests/language/**/*.test.ts',
    'tests/lsp/**/*.test.ts',
    'tests/extension/**/*.test.ts',
    'tests/publishing/**/*.test.ts',
    'tests/e2e/server-requests.test.ts',
];
export const NOT_FOR_MUTATION = ['tests/lsp/stdio.test.ts', 'tests/publishing/browser.test.ts'];

export default defineConfig({
    root,
    resolve: {
        alias: Object.entries(entries).map(([sub, file]) => ({ find: new RegExp(`^@referat/language${sub.replace('/', '\\/')}$`), replacement: src(file) })),
    },
    test: {
        include: MUTATION_TESTS,
        exclude: NOT_FOR_MUTATION,
        // Instrumented code runs slower; the seeded-mutations test alone takes most of a minute then.
        testTimeout: 180_000,
        hookTimeout: 120_000,
    },
});
