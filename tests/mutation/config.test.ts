/**
 * `npm run mutation` (tests/mutation): which suites Stryker runs, how the command's arguments
 * become Stryker's, and the score per folder. The mutation run itself is not part of `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import mutationConfig, { MUTATION_TESTS, NOT_FOR_MUTATION } from './vitest.config.js';
import strykerConfig, { FOLDERS } from './stryker.config.mjs';
import { folderTable, globRegExp, scoreOf, strykerArguments } from './run.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const testFiles = () => (fs.readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter(f => f.endsWith('.test.ts')).map(f => `tests/${f.split(path.sep).join('/')}`)
    // Stryker's sandboxes (copies of the repository) while a mutation run is under way.
    .filter(f => !f.startsWith('tests/mutation/.stryker-tmp/')).sort();

describe('the suites mutation testing runs', () => {
    const included = (file: string) => MUTATION_TESTS.some(g => globRegExp(g).test(file)) && !NOT_FOR_MUTATION.includes(file);

    it('are the fast in-process ones: every other test file is left out by name, for a reason', () => {
        const out = testFiles().filter(f => !included(f));
        // Spawned processes, Chromium, code-server, the TextMate grammar, the bench, the seed texts, the linter.
        expect(out).toEqual([
            'tests/bench/corpus.test.ts',
            'tests/browser/bundles.test.ts', 'tests/browser/cli-web.test.ts', 'tests/browser/editor-page.test.ts',
            'tests/browser/web-extension.test.ts', 'tests/browser/worker.test.ts',
            'tests/cli/check.test.ts', 'tests/cli/deep-input.test.ts', 'tests/cli/encodings.test.ts', 'tests/cli/files.test.ts',
            'tests/cli/install.test.ts', 'tests/cli/output.test.ts', 'tests/cli/threads.test.ts',
            'tests/e2e/grammar.test.ts', 'tests/e2e/vscode.test.ts', 'tests/examples/transcription.test.ts', 'tests/lint/lint.test.ts',
            'tests/lsp/deep-input.test.ts', 'tests/lsp/fuzz.test.ts', 'tests/lsp/stdio-guard.test.ts', 'tests/lsp/stdio.test.ts',
            'tests/mutation/config.test.ts', 'tests/publishing/browser.test.ts',
        ]);
        for (const file of testFiles().filter(included)) {
            expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).not.toMatch(/node:child_process|playwright|ensureBuilt/);
        }
    });

    it('run against the sources: the language\'s package name resolves to src/, not to the build', () => {
        const aliases = (mutationConfig.resolve?.alias ?? []) as Array<{ find: RegExp; replacement: string }>;
        const resolve = (id: string) => aliases.find(a => a.find.test(id))?.replacement;
        expect(resolve('@referat/language/client')).toBe(path.join(ROOT, 'packages/language/src/client.ts'));
        expect(resolve('@referat/language/core')).toBe(path.join(ROOT, 'packages/language/src/core.ts'));
        expect(resolve('@referat/language/protocol')).toBe(path.join(ROOT, 'packages/language/src/lsp/protocol.ts'));
        expect(resolve('@referat/language')).toBe(path.join(ROOT, 'packages/language/src/index.ts'));
        for (const file of aliases.map(a => a.replacement)) expect(fs.existsSync(file), file).toBe(true);
        expect(aliases).toHaveLength(7);
    });
});

describe('Stryker\'s configuration', () => {
    it('mutates the four folders of the language and the extension\'s logic, incrementally, with per-test coverage', () => {
        expect(strykerConfig.mutate).toEqual([
            'packages/language/src/model/**/*.ts', 'packages/language/src/validation/**/*.ts', 'packages/language/src/generator/**/*.ts',
            'packages/language/src/lsp/**/*.ts', 'packages/extension/src/logic/**/*.ts',
        ]);
        expect(strykerConfig).toMatchObject({
            testRunner: 'vitest', coverageAnalysis: 'perTest', checkers: ['typescript'], incremental: true,
            incrementalFile: 'tests/mutation/reports/incremental.json',
            htmlReporter: { fileName: 'tests/mutation/reports/mutation.html' },
            jsonReporter: { fileName: 'tests/mutation/reports/mutation.json' },
            tempDirName: 'tests/mutation/.stryker-tmp',
        });
        expect(strykerConfig.reporters).toEqual(expect.arrayContaining(['html', 'json']));
        // Reports and sandboxes stay out of git.
        const ignored = fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n');
        expect(ignored).toEqual(expect.arrayContaining(['tests/mutation/reports/', 'tests/mutation/.stryker-tmp/']));
        for (const folder of Object.values(FOLDERS)) expect(fs.statSync(path.join(ROOT, folder)).isDirectory(), folder).toBe(true);
    });
});

describe('npm run mutation -- <arguments>', () => {
    it('turns folder names and paths into --mutate globs, and passes other options on', () => {
        expect(strykerArguments(['model', 'lsp'])).toEqual({ mutate: ['packages/language/src/model/**/*.ts', 'packages/language/src/lsp/**/*.ts'], rest: [] });
        expect(strykerArguments(['packages/language/src/model/values', '--concurrency', '2'])).toEqual({
            mutate: ['packages/language/src/model/values/**/*.ts'], rest: ['--concurrency', '2'],
        });
        expect(strykerArguments(['packages/language/src/lsp/hover.ts', '--force'])).toEqual({ mutate: ['packages/language/src/lsp/hover.ts'], rest: ['--force'] });
        expect(strykerArguments(['--mutate', 'a/*.ts,b.ts', '--mutate=c.ts:1-9'])).toEqual({ mutate: ['a/*.ts', 'b.ts', 'c.ts:1-9'], rest: [] });
        expect(strykerArguments([])).toEqual({ mutate: [], rest: [] });
    });

    it('reads globs as Stryker does', () => {
        const model = globRegExp('packages/language/src/model/**/*.ts');
        expect(['packages/language/src/model/build.ts', 'packages/language/src/model/values/dates.ts'].map(f => model.test(f))).toEqual([true, true]);
        expect(['packages/language/src/modelx/a.ts', 'packages/language/src/model/build.js'].map(f => model.test(f))).toEqual([false, false]);
        expect(globRegExp('src/?.ts').test('src/a.ts')).toBe(true);
        expect(globRegExp('src/*.ts').test('src/a/b.ts')).toBe(false);
        expect(globRegExp('src/a.ts:3-9').test('src/a.ts')).toBe(true);
    });

    it('scores a folder as Stryker does, and says which of its files no run has covered', () => {
        const counts = { Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, CompileError: 5, RuntimeError: 0, Ignored: 3 };
        expect(scoreOf(counts)).toBe(80);
        expect(scoreOf({ ...counts, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 })).toBeUndefined();
        const mutant = (status: string) => ({ status });
        const report = { files: {
            'packages/extension/src/logic/lists.ts': { mutants: [mutant('Killed'), mutant('Survived'), mutant('Killed'), mutant('Timeout')] },
            'packages/language/src/model/labels.ts': { mutants: [mutant('NoCoverage')] },
        } };
        const rows = folderTable(report, ['packages/extension/src/logic/**/*.ts', 'packages/language/src/model/labels.ts']);
        const extension = rows.find(r => r.name === 'extension')!;
        expect([extension.score, extension.counts.Killed, extension.counts.Timeout, extension.counts.Survived, extension.missing]).toEqual([75, 2, 1, 1, []]);
        const model = rows.find(r => r.name === 'model')!;
        expect(model.score).toBe(0);
        expect(model.missing).toContain('packages/language/src/model/build.ts');
        expect(model.missing).not.toContain('packages/language/src/model/labels.ts');
        expect(rows.map(r => r.name)).toEqual(['model', 'validation', 'generator', 'lsp', 'extension']);
    });
});
