// Mutation testing (npm run mutation; see run.mjs and the README). Paths are relative to the
// repository root, where run.mjs starts Stryker.

/** The folders whose code is mutated, by the short name `npm run mutation -- <name>` takes. */
export const FOLDERS = {
    model: 'packages/language/src/model',
    validation: 'packages/language/src/validation',
    generator: 'packages/language/src/generator',
    lsp: 'packages/language/src/lsp',
    extension: 'packages/extension/src/logic',
};

export const REPORTS = 'tests/mutation/reports';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    testRunner: 'vitest',
    vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
    // Each mutant runs only the tests that reached it in the first (instrumented) run.
    coverageAnalysis: 'perTest',
    checkers: ['typescript'],
    tsconfigFile: 'tests/mutation/tsconfig.json',
    mutate: Object.values(FOLDERS).map(folder => `${folder}/**/*.ts`),
    // A re-run tests only the mutants whose code or covering tests changed. The file is kept in the
    // git-ignored reports folder (see the README for why it is not committed).
    incremental: true,
    incrementalFile: `${REPORTS}/incremental.json`,
    reporters: ['html', 'json', 'clear-text', process.stdout.isTTY ? 'progress' : 'progress-append-only'],
    htmlReporter: { fileName: `${REPORTS}/mutation.html` },
    jsonReporter: { fileName: `${REPORTS}/mutation.json` },
    // The table per file and the survivors are in the HTML report; run.mjs prints the score per folder.
    clearTextReporter: { reportMutants: false, reportTests: false, reportScoreTable: true },
    thresholds: { high: 90, low: 80, break: null },
    // The sandbox copies of the repository stay inside tests/mutation (the top level is fixed).
    tempDirName: 'tests/mutation/.stryker-tmp',
    ignorePatterns: ['tests/mutation/reports', 'packages/bench/corpus', '.e2e', 'tests/artifacts', '*.vsix', '*.tgz', '*.cpuprofile'],
    // Two cores, shared: one test runner beside the type checker (raise with --concurrency).
    concurrency: 1,
    timeoutMS: 10_000,
    dryRunTimeoutMinutes: 20,
};
