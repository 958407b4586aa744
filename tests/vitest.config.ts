import path from 'node:path';
import { defineConfig } from 'vitest/config';

// All tests live in tests/<area>/. End-to-end tests in real VS Code are in tests/e2e.
export default defineConfig({
    root: path.resolve(import.meta.dirname, '..'),
    test: {
        include: ['tests/**/*.test.ts'],
        // Stryker's sandbox copies (npm run mutation) are not the suite.
        exclude: ['**/node_modules/**', 'tests/mutation/.stryker-tmp/**'],
        testTimeout: 30_000,
        hookTimeout: 300_000,
    },
});
