// Lint and format rules of the repository, run by tests/lint/lint.test.ts (and so by `npm test`)
// and by `npm run lint`. Paths are relative to the repository root, which is the ESLint working
// directory in both cases (the file lives here because the top level of the repository is fixed).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The sources that are linted: every hand-written TypeScript and JavaScript file. */
export const lintedFiles = [
    'packages/*/src/**/*.{ts,mts,mjs,cjs}',
    'packages/*/scripts/**/*.{ts,mjs}',
    'packages/*/*.{mjs,d.mts}',
    'packages/cli/bin/*.{js,cjs}',
    'packages/cli/web/*.mjs',
    'packages/cli/web/src/**/*.ts',
    'tests/**/*.{ts,mts,mjs}',
];

export default defineConfig(
    {
        // Generated code, build output and the mutation tool's sandbox copies and reports.
        ignores: [
            '**/node_modules/**',
            '**/out/**',
            '**/dist/**',
            'packages/language/src/generated/**',
            'syntaxes/generated/**',
            'tests/mutation/.stryker-tmp/**',
            'tests/mutation/reports/**',
            'tests/artifacts/**',
        ],
    },
    {
        files: lintedFiles,
        extends: [js.configs.recommended, tseslint.configs.recommended],
        plugins: { '@stylistic': stylistic },
        languageOptions: {
            ecmaVersion: 'latest',
            sourceType: 'module',
            // For the JavaScript files (no-undef); TypeScript checks its own names. All of them run in Node.
            globals: { ...globals.node },
        },
        linterOptions: {
            reportUnusedDisableDirectives: 'error',
        },
        rules: {
            // Long lines are wrapped by hand; strings, template literals, regular expressions and
            // URLs may run on (breaking a message or a test's document text in two reads worse).
            '@stylistic/max-len': ['error', {
                code: 160,
                ignoreStrings: true,
                ignoreTemplateLiterals: true,
                ignoreRegExpLiterals: true,
                ignoreUrls: true,
                ignoreComments: false,
            }],
            // How the code is written: 4 spaces, single quotes (a template literal may stand for a
            // plain string), semicolons, trailing commas in multi-line lists, Unix line ends.
            // A chained conditional (`a ? x\n    : b ? y\n    : z`) is laid out as a table, which
            // the indent rule would push one level deeper on every line.
            '@stylistic/indent': ['error', 4, { SwitchCase: 1, ignoredNodes: ['ConditionalExpression > ConditionalExpression'] }],
            '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
            '@stylistic/semi': ['error', 'always'],
            '@stylistic/comma-dangle': ['error', 'always-multiline'],
            '@stylistic/linebreak-style': ['error', 'unix'],
            '@stylistic/eol-last': ['error', 'always'],
            '@stylistic/no-trailing-spaces': 'error',
            '@stylistic/no-tabs': 'error',
            '@stylistic/no-mixed-spaces-and-tabs': 'error',
            '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxBOF: 0, maxEOF: 0 }],
            '@stylistic/padded-blocks': ['error', 'never'],
            // Spacing inside and around brackets, operators, keywords and punctuation.
            '@stylistic/object-curly-spacing': ['error', 'always'],
            '@stylistic/array-bracket-spacing': ['error', 'never'],
            '@stylistic/computed-property-spacing': ['error', 'never'],
            '@stylistic/space-in-parens': ['error', 'never'],
            '@stylistic/template-curly-spacing': ['error', 'never'],
            '@stylistic/block-spacing': ['error', 'always'],
            '@stylistic/comma-spacing': 'error',
            '@stylistic/comma-style': ['error', 'last'],
            '@stylistic/semi-spacing': 'error',
            '@stylistic/key-spacing': 'error',
            '@stylistic/keyword-spacing': 'error',
            '@stylistic/space-before-blocks': 'error',
            '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
            '@stylistic/function-call-spacing': ['error', 'never'],
            '@stylistic/space-infix-ops': 'error',
            '@stylistic/space-unary-ops': 'error',
            '@stylistic/arrow-spacing': 'error',
            '@stylistic/rest-spread-spacing': ['error', 'never'],
            '@stylistic/switch-colon-spacing': 'error',
            '@stylistic/no-whitespace-before-property': 'error',
            // Columns of end-of-line comments may be aligned.
            '@stylistic/no-multi-spaces': ['error', { ignoreEOLComments: true }],
            '@stylistic/spaced-comment': ['error', 'always'],
            '@stylistic/type-annotation-spacing': 'error',
            '@stylistic/type-generic-spacing': 'error',
            '@stylistic/member-delimiter-style': 'error',
            // A wrapped expression starts its continuation line with the operator (`=` stays at the end).
            '@stylistic/operator-linebreak': ['error', 'before', { overrides: { '=': 'after' } }],
            '@stylistic/dot-location': ['error', 'property'],
            '@stylistic/new-parens': 'error',
            '@stylistic/no-floating-decimal': 'error',
            '@stylistic/no-extra-semi': 'error',
            // Short one-line bodies without braces are common (`if (x) return y;`); a body on
            // several lines has braces.
            curly: ['error', 'multi-line'],
            eqeqeq: ['error', 'always'],
            // A parameter or binding that is there for its position (an overridden method's
            // signature, a property left out of a rest object) is named with a leading `_`.
            '@typescript-eslint/no-unused-vars': ['error', {
                args: 'after-used',
                argsIgnorePattern: '^_',
                varsIgnorePattern: '^_',
                caughtErrorsIgnorePattern: '^_',
                destructuredArrayIgnorePattern: '^_',
                ignoreRestSiblings: true,
            }],
        },
    },
    {
        // Tests read untyped data field by field: the meeting JSON (its shape is meeting.schema.json,
        // which the tests check it against), LSP messages and values handed out of a browser page.
        // A TypeScript type for each would restate the schema and the protocol; the assertions on the
        // values are what checks them.
        files: ['tests/**'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },
    {
        // These two files are written with 2-space indentation throughout; reindenting them is a
        // change of its own, not part of bringing in the linter.
        files: ['packages/language/src/model/values/dates.ts', 'tests/language/dates.test.ts'],
        rules: {
            '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['ConditionalExpression > ConditionalExpression'] }],
        },
    },
    {
        // CommonJS scripts (packages/cli/bin has its own package.json without "type": "module"),
        // where require() is how modules are loaded.
        files: ['**/*.cjs', 'packages/cli/bin/*.js'],
        languageOptions: { sourceType: 'commonjs' },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
);
