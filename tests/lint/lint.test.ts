/**
 * The linter and formatter rules (./eslint.config.mjs) hold for every hand-written source file:
 * `npm test` runs ESLint over the repository, as `npm run lint` does, and fails on any problem.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const config = path.join(import.meta.dirname, 'eslint.config.mjs');

describe('lint', () => {
    it('finds no problem in the sources', async () => {
        const eslint = new ESLint({ cwd: root, overrideConfigFile: config });
        const results = await eslint.lintFiles(['.']);
        const problems = results.flatMap(r => r.messages.map(m => {
            const file = path.relative(root, r.filePath).split(path.sep).join('/');
            return `${file}:${m.line}:${m.column} ${m.ruleId ?? '(parser)'} ${m.message}`;
        }));
        expect(problems.join('\n')).toBe('');
        // The sources were found: every package and the tests.
        const files = results.map(r => path.relative(root, r.filePath).split(path.sep).join('/'));
        for (const dir of ['packages/language/src/', 'packages/cli/src/', 'packages/cli/web/src/', 'packages/extension/src/', 'packages/bench/src/', 'tests/']) {
            expect(files.some(f => f.startsWith(dir)), dir).toBe(true);
        }
        expect(files.filter(f => f.includes('/generated/') || f.includes('/out/'))).toEqual([]);
    }, 300_000); // about 10 s alone; more on a busy machine
});
