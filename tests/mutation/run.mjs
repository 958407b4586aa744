#!/usr/bin/env node
/**
 * npm run mutation [-- <folder>... | --mutate <glob>] [other Stryker options]
 *
 *   npm run mutation                      every folder (model, validation, generator, lsp, extension)
 *   npm run mutation -- model lsp         those folders (names from FOLDERS, or any folder or file path)
 *   npm run mutation -- --mutate 'packages/language/src/model/values/*.ts'
 *   npm run mutation -- --force           test every mutant again, reusing nothing
 *
 * Runs Stryker with tests/mutation/stryker.config.mjs, then prints the score per folder from the
 * JSON report. The run is incremental: results of files outside this run's folders are kept from
 * earlier runs (Stryker carries them over), and within them only changed mutants are tested again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FOLDERS, REPORTS } from './stryker.config.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const CONFIG = 'tests/mutation/stryker.config.mjs';
const STRYKER = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');

function fail(message) {
    console.error(`mutation: ${message}`);
    process.exit(2);
}

/** Turns the arguments into Stryker's: folder names and paths become --mutate globs. */
export function strykerArguments(args) {
    const mutate = [];
    const rest = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--mutate' || arg === '-m') {
            const value = args[++i];
            if (value === undefined) fail(`${arg} needs a glob, for example --mutate 'packages/language/src/model/**/*.ts'`);
            mutate.push(...value.split(','));
        } else if (arg.startsWith('--mutate=')) {
            mutate.push(...arg.slice('--mutate='.length).split(','));
        } else if (arg.startsWith('-')) {
            rest.push(arg);
            // an option's value (e.g. --concurrency 2) goes along with it
            if (!arg.includes('=') && args[i + 1] !== undefined && !args[i + 1].startsWith('-') && !isTarget(args[i + 1])) rest.push(args[++i]);
        } else {
            mutate.push(globOf(arg));
        }
    }
    return { mutate, rest };
}

function isTarget(arg) {
    return arg in FOLDERS || fs.existsSync(path.resolve(root, arg));
}

function globOf(arg) {
    if (arg in FOLDERS) return `${FOLDERS[arg]}/**/*.ts`;
    const full = path.resolve(root, arg);
    if (!fs.existsSync(full)) fail(`no folder named «${arg}»: use one of ${Object.keys(FOLDERS).join(', ')}, a path, or --mutate <glob>`);
    const relative = path.relative(root, full).split(path.sep).join('/');
    return fs.statSync(full).isDirectory() ? `${relative}/**/*.ts` : relative;
}

/** Stryker's score: detected (killed, timed out) over detected plus undetected (survived, no coverage). */
export function scoreOf(counts) {
    const detected = counts.Killed + counts.Timeout;
    const valid = detected + counts.Survived + counts.NoCoverage;
    return valid === 0 ? undefined : (100 * detected) / valid;
}

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];

/** A glob as Stryker's `mutate` takes it (`**`, `*`, `?`; a `:line-line` range is dropped) as a regular expression. */
export function globRegExp(glob) {
    const pattern = glob.replace(/:\d+(:\d+)?-\d+(:\d+)?$/, '');
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (pattern.startsWith('**/', i)) { out += '(?:.*/)?'; i += 2; }
        else if (pattern.startsWith('**', i)) { out += '.*'; i += 1; }
        else if (c === '*') out += '[^/]*';
        else if (c === '?') out += '[^/]';
        else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

const SCOPE_FILE = path.join(root, REPORTS, 'runs.json');

/** The globs of the runs that finished: a file they match has its results in the report (or has no mutants). */
function finishedScope() {
    return fs.existsSync(SCOPE_FILE) ? JSON.parse(fs.readFileSync(SCOPE_FILE, 'utf8')) : [];
}

/** Counts per folder of the JSON report, and which of the folder's files no finished run has covered yet. */
export function folderTable(report, scope) {
    const ran = scope.map(globRegExp);
    const rows = [];
    for (const [name, folder] of Object.entries(FOLDERS)) {
        const counts = Object.fromEntries(STATUSES.map(s => [s, 0]));
        let files = 0;
        for (const [file, result] of Object.entries(report.files)) {
            if (!file.startsWith(`${folder}/`)) continue;
            files++;
            for (const mutant of result.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
        }
        const all = fs.readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
            .filter(f => f.endsWith('.ts')).map(f => `${folder}/${f.split(path.sep).join('/')}`);
        const missing = all.filter(f => !ran.some(r => r.test(f)));
        rows.push({ name, folder, counts, score: scoreOf(counts), files, missing });
    }
    return rows;
}

function printTable(rows) {
    const line = (cells) => cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 12 : 9)).join(' ');
    console.log('\nMutation score per folder (killed + timeout) / (killed + timeout + survived + no coverage):');
    console.log(line(['folder', 'score', 'killed', 'timeout', 'survived', 'no cover', 'no build', 'ignored']));
    for (const { name, counts, score, missing, files } of rows) {
        console.log(line([name, score === undefined ? '–' : `${score.toFixed(1)}%`, counts.Killed, counts.Timeout, counts.Survived, counts.NoCoverage, counts.CompileError, counts.Ignored])
            + (missing.length ? `   PARTIAL: ${files} files with results; not run yet: ${missing.map(f => path.relative(FOLDERS[name], f)).join(', ')}` : ''));
    }
}

function main() {
    const { mutate, rest } = strykerArguments(process.argv.slice(2));
    if (!fs.existsSync(path.join(root, 'packages/language/src/generated/ast.ts'))) fail('packages/language/src/generated/ is missing: run `npm run build` first (npm run mutation does)');
    const args = [STRYKER, 'run', CONFIG, ...(mutate.length ? ['--mutate', mutate.join(',')] : []), ...rest];
    console.log(`mutation: ${mutate.length ? mutate.join(', ') : 'every folder'} (reports in ${REPORTS}/)`);
    const started = Date.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    if (rest.includes('--dryRunOnly')) { console.log(`\n${minutes} min (the first test run only; no mutant was tested).`); return; }
    const reportFile = path.join(root, REPORTS, 'mutation.json');
    if (run.status !== 0 || !fs.existsSync(reportFile)) {
        fail(`Stryker stopped (exit ${run.status ?? run.signal}) after ${minutes} min; its log is above${fs.existsSync(path.join(root, 'stryker.log')) ? ' and in stryker.log' : ''}`);
    }
    // a run over line ranges only (file.ts:10-20) has not covered its files
    const covered = mutate.length ? mutate.filter(g => !/:\d+(:\d+)?-\d+(:\d+)?$/.test(g)) : Object.values(FOLDERS).map(f => `${f}/**/*.ts`);
    const scope = [...new Set([...finishedScope(), ...covered])];
    fs.writeFileSync(SCOPE_FILE, JSON.stringify(scope, null, 2) + '\n');
    printTable(folderTable(JSON.parse(fs.readFileSync(reportFile, 'utf8')), scope));
    console.log(`\n${minutes} min. Report: ${REPORTS}/mutation.html (all results so far), ${REPORTS}/mutation.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
