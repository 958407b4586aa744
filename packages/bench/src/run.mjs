/**
 * `npm run bench`: generates the corpora, measures Referat on this machine, prints a table and writes
 * packages/bench/results.json. Heavy measurements are repeated and reported as medians.
 *   node packages/bench/src/run.mjs [--quick] [--only=throughput,lsp,workspace,cold,sizes,cli] [--package] [--readme] [--profile=<dir>]
 * --quick     fewer repetitions (a smoke run; the figures are rougher);
 * --only      a subset of the measurements (results.json then holds only those); `cli` is the
 *             `referat` command as a whole process against markdown-it's CLI (cli-runs.mjs);
 * --package   builds the extension first (`npm run package -w packages/extension`: server bundle and
 *             .vsix), so that cold start and sizes are measured on current artefacts;
 * --readme    writes the figures into the Performance section of README.md (between its bench markers);
 * --profile   writes CPU profiles of the language servers (node --cpu-prof) to <dir>.
 * Expects a build (`npm run build`); `npm run bench` builds first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMeeting, generateWorkspace } from './corpus.mjs';
import { LspClient } from './lsp-client.mjs';
import { cliMarkdown, cliTableLines, cliTargets, measureCli, writeCliCorpus } from './cli-runs.mjs';
import { measureWebSizes, webSizeSummary } from './web-size.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchDir = path.resolve(here, '..');
const repo = path.resolve(benchDir, '../..');
const corpusDir = path.join(benchDir, 'corpus');
const resultsFile = path.join(benchDir, 'results.json');
const serverBin = path.join(repo, 'packages/cli/bin/referat-language-server.js');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find(a => a.startsWith('--only='))?.slice(7).split(',');
const wanted = part => !only || only.includes(part);
const profileDir = args.find(a => a.startsWith('--profile='))?.slice(10);
const serverArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
const buildPackage = args.includes('--package');
const updateReadmeWanted = args.includes('--readme');
const unknown = args.filter(a => a !== '--quick' && a !== '--package' && a !== '--readme' && !a.startsWith('--only=') && !a.startsWith('--profile='));
if (unknown.length) {
    console.error(`Ukjent argument: ${unknown.join(' ')}. Bruk: node packages/bench/src/run.mjs [--quick] [--only=throughput,lsp,workspace,cold,sizes,cli] [--package] [--readme] [--profile=<mappe>]`);
    process.exit(2);
}

// Each series of runs starts from a collected heap (--expose-gc), so one measurement does not pay for
// the garbage of the previous one: re-run this script with the flag if it is missing.
if (typeof globalThis.gc !== 'function') {
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(child.status ?? 1);
}

const progress = message => process.stderr.write(`[bench] ${message}\n`);
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const round = (x, digits = 1) => x === undefined ? undefined : Math.round(x * 10 ** digits) / 10 ** digits;
const mb = bytes => bytes / 1e6;
const sleep = ms => new Promise(r => setTimeout(r, ms));

const SIZES = [200, 2000, 20000];
const WORKSPACE = { bodies: 5, years: [2015, 2024], perYear: 20 };

/**
 * Runs `fn` after a warm-up until both `minRuns` and `minMs` are reached. Returns the median wall
 * time and the median CPU time of this process per run (ms); CPU time is less disturbed by other
 * processes on a busy machine.
 */
async function timeRuns(fn, { minRuns = quick ? 3 : 7, minMs = quick ? 300 : 1500, maxRuns = 200 } = {}) {
    globalThis.gc();
    // Warm up until the JIT has optimised the code (it takes tens of runs on small inputs): at least
    // 3 runs, then until 30 runs or 1 s (quick: 2 runs, then 15 runs or 0.3 s).
    const [warmupRuns, warmupMs] = quick ? [15, 300] : [30, 1000];
    const warmupStart = performance.now();
    for (let i = 0; i < (quick ? 2 : 3) || (i < warmupRuns && performance.now() - warmupStart < warmupMs); i++) await fn();
    const wall = [], cpu = [];
    let total = 0;
    while ((wall.length < minRuns || total < minMs) && wall.length < maxRuns) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        await fn();
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpuStart);
        wall.push(ms);
        cpu.push((used.user + used.system) / 1000);
        total += ms;
    }
    return { ms: median(wall), cpuMs: median(cpu), runs: wall.length };
}

function writeCorpus() {
    progress(`skriver korpus til ${path.relative(repo, corpusDir)}/ …`);
    fs.mkdirSync(corpusDir, { recursive: true });
    const meetings = SIZES.map(lines => {
        const m = generateMeeting({ seed: lines, targetLines: lines });
        const base = path.join(corpusDir, `meeting-${lines}`);
        fs.writeFileSync(`${base}.referat`, m.referat);
        fs.writeFileSync(`${base}.md`, m.markdown);
        return { lines, actualLines: m.lines, file: `${base}.referat`, referat: m.referat, markdown: m.markdown, cases: m.cases.length };
    });
    const ws = generateWorkspace(path.join(corpusDir, 'workspace'), WORKSPACE);
    return { meetings, workspace: { dir: path.join(corpusDir, 'workspace'), files: ws.files, bytes: ws.bytes, lines: ws.lines } };
}

// ---------------------------------------------------------------------------------------------
// 1–2. check, html and markdown-it throughput (in this process)

async function measureThroughput(meetings) {
    const language = await import('@referat/language');
    const { EmptyFileSystem, URI } = await import('langium');
    const MarkdownIt = (await import('markdown-it')).default;
    const md = new MarkdownIt();
    const { shared, Referat } = language.createReferatServices(EmptyFileSystem);
    const renderHtml = typeof language.renderMeetingHtml === 'function' ? language.renderMeetingHtml : undefined;
    const uri = URI.parse('file:///bench/meeting.referat');

    const check = async text => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        return document;
    };

    const rows = [];
    for (const m of meetings) {
        progress(`check/html/markdown-it: ${m.lines} linjer …`);
        const bytes = Buffer.byteLength(m.referat);
        // markdown-it first and the checked document last, so no series runs beside a retained document.
        const markdown = await timeRuns(() => md.render(m.markdown));
        const checked = await timeRuns(() => check(m.referat));
        let document = await check(m.referat);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        if (errors.length) throw new Error(`Korpuset meeting-${m.lines} har ${errors.length} feil, først: ${errors[0].message}`);
        const warnings = (document.diagnostics ?? []).length;
        let rendered, htmlBytes, htmlNote;
        if (renderHtml) {
            const meeting = Referat.referat.MeetingIndex.get(document);
            htmlBytes = Buffer.byteLength(renderHtml(meeting, {}));
            rendered = await timeRuns(() => renderHtml(meeting, {}));
        } else htmlNote = 'not measured: @referat/language exports no renderMeetingHtml';
        document = undefined;
        const ours = rendered ? checked.ms + rendered.ms : checked.ms;
        const oursCpu = rendered ? checked.cpuMs + rendered.cpuMs : checked.cpuMs;
        rows.push({
            lines: m.actualLines, cases: m.cases, bytes, markdownBytes: Buffer.byteLength(m.markdown), warnings,
            checkMs: round(checked.ms, 2), checkCpuMs: round(checked.cpuMs, 2), checkMBps: round(mb(bytes) / (checked.ms / 1000), 2),
            htmlMs: round(rendered?.ms, 2), htmlCpuMs: round(rendered?.cpuMs, 2), htmlMBps: rendered ? round(mb(bytes) / (rendered.ms / 1000), 2) : undefined,
            htmlBytes, htmlNote,
            checkHtmlMs: rendered ? round(ours, 2) : undefined, checkHtmlMsPerMB: rendered ? round(ours / mb(bytes), 1) : undefined,
            checkMsPerMB: round(checked.ms / mb(bytes), 1), cpuMsPerMB: round(oursCpu / mb(bytes), 1),
            markdownItMs: round(markdown.ms, 2), markdownItCpuMs: round(markdown.cpuMs, 2), markdownItMBps: round(mb(Buffer.byteLength(m.markdown)) / (markdown.ms / 1000), 2),
            ratioToMarkdownIt: round(ours / markdown.ms, 2), ratioToMarkdownItCpu: round(oursCpu / markdown.cpuMs, 2),
            ratioCovers: rendered ? 'check + html' : 'check only',
            runs: { check: checked.runs, html: rendered?.runs, markdownIt: markdown.runs },
        });
    }
    const perMB = r => r.checkHtmlMsPerMB ?? r.checkMsPerMB;
    const [small, medium, large] = rows;
    return {
        rows,
        growth: {
            from2000To20000: round(perMB(large) / perMB(medium), 2),
            from200To20000: round(perMB(large) / perMB(small), 2),
            cpuFrom2000To20000: round(large.cpuMsPerMB / medium.cpuMsPerMB, 2),
            covers: large.checkHtmlMsPerMB === undefined ? 'check only' : 'check + html',
        },
    };
}

// ---------------------------------------------------------------------------------------------
// 3. LSP latency on stdio

/** Position (0-based line) of the introducer line of the case in the middle of a meeting, and a prose line near it. */
function editPositions(text) {
    const lines = text.split('\n');
    const middle = lines.length >> 1;
    let introducer = lines.findIndex((l, i) => i >= middle && l.startsWith('Innledning ved '));
    if (introducer < 0) introducer = lines.findIndex(l => l.startsWith('Innledning ved '));
    let prose = introducer;
    while (prose < lines.length && !(lines[prose].length > 40 && /^[A-ZÆØÅ]/.test(lines[prose]) && !lines[prose].includes(':'))) prose++;
    return { introducer, prose, proseColumn: lines[prose].indexOf(' ') };
}

async function measureLsp(meeting, edits) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-bench-'));
    const file = path.join(dir, `meeting-${meeting.lines}.referat`);
    fs.writeFileSync(file, meeting.referat);
    const uri = pathToFileURL(file).href;
    const client = new LspClient(serverBin, { cwd: dir, nodeArgs: serverArgs });
    try {
        await client.initialize(dir);
        const first = client.nextDiagnostics(uri);
        const openedAt = performance.now();
        client.open(uri, meeting.referat);
        const initial = await first;
        const openMs = initial.at - openedAt;

        // One-character edits: a word typed into a prose line, each edit waited for. The first few
        // warm the server up (as the first keystrokes of a session do) and are not counted.
        const { introducer, prose, proseColumn } = editPositions(meeting.referat);
        const word = 'ogsåeksempelvistilleggsopplysningerforøvrigdessuten';
        const warmup = quick ? 3 : 10;
        const latencies = [];
        let cpuBefore;
        for (let i = 0; i < warmup + edits; i++) {
            if (i === warmup) cpuBefore = client.cpuTimeMs();
            const ch = word[i % word.length];
            const next = client.nextDiagnostics(uri);
            const sentAt = performance.now();
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: { line: prose, character: proseColumn + i }, end: { line: prose, character: proseColumn + i } }, text: ch }],
            });
            const published = await next;
            if (i >= warmup) latencies.push(published.at - sentAt);
            await sleep(10);
        }
        const cpuPerEdit = cpuBefore === undefined ? undefined : (client.cpuTimeMs() - cpuBefore) / edits;
        const requests = async (method, params, n) => {
            const times = [];
            let last;
            for (let i = 0; i < n; i++) {
                const { result, ms } = await client.request(method, params);
                times.push(ms);
                last = result;
                await sleep(5);
            }
            return { times, last };
        };
        // Completion where a new line is being typed: two new lines above the introducer of the middle case.
        const typed = client.nextDiagnostics(uri);
        client.notify('textDocument/didChange', {
            textDocument: { uri, version: warmup + edits + 2 },
            contentChanges: [{ range: { start: { line: introducer, character: 0 }, end: { line: introducer, character: 0 } }, text: 'Innledning ved \nSe jf. sak \n' }],
        });
        await typed;
        const runs = quick ? 10 : 30;
        const itemsOf = r => Array.isArray(r) ? r.length : r?.items?.length ?? 0;
        const completion = async (line, character) => requests('textDocument/completion', { textDocument: { uri }, position: { line, character } }, runs);
        const completionPerson = await completion(introducer, 'Innledning ved '.length);
        const completionReference = await completion(introducer + 1, 'Se jf. sak '.length);
        const completionLineStart = await completion(introducer + 2, 0);
        const symbols = await requests('textDocument/documentSymbol', { textDocument: { uri } }, runs);
        const summary = (xs, extra = {}) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), n: xs.length, ...extra });
        return {
            lines: meeting.actualLines,
            openToDiagnosticsMs: round(openMs),
            didChangeToDiagnostics: summary(latencies, { serverCpuMsPerEdit: round(cpuPerEdit) }),
            completionAfterIntroducer: summary(completionPerson.times, { items: itemsOf(completionPerson.last) }),
            completionAfterReference: summary(completionReference.times, { items: itemsOf(completionReference.last) }),
            completionAtLineStart: summary(completionLineStart.times, { items: itemsOf(completionLineStart.last) }),
            documentSymbol: summary(symbols.times, { symbols: itemsOf(symbols.last) }),
            peakRssMB: round(mb(client.peakRss() ?? NaN), 0),
        };
    } finally {
        await client.close();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

// ---------------------------------------------------------------------------------------------
// 4. The 1,000-file workspace

async function measureWorkspace(workspace) {
    const opened = workspace.files[workspace.files.length - 1];
    const uri = pathToFileURL(opened).href;
    const client = new LspClient(serverBin, { cwd: workspace.dir, nodeArgs: serverArgs });
    try {
        const openDiagnostics = client.nextDiagnostics(uri, 300_000);
        const anyDiagnostics = client.nextDiagnostics(undefined, 300_000);
        const sentAt = performance.now();
        await client.initialize(workspace.dir);
        client.open(uri, fs.readFileSync(opened, 'utf8'));
        const firstAny = await anyDiagnostics;
        const firstOpen = await openDiagnostics;
        // Langium validates the whole workspace after the first update: wait for every file (or 60 s).
        const everyFile = new Set(workspace.files.map(f => pathToFileURL(f).href));
        const published = () => new Set(client.diagnostics.map(d => d.uri).filter(u => everyFile.has(u)));
        const waitUntil = performance.now() + 60_000;
        while (published().size < everyFile.size && performance.now() < waitUntil) await sleep(50);
        const lastAt = Math.max(...client.diagnostics.map(d => d.at));
        const allPublished = published().size;
        // Typing prose in one meeting of the loaded workspace (the other meetings of its body need no
        // new check: their diagnostics depend only on its header and `Sak` lines).
        const latencies = [];
        const lines = fs.readFileSync(opened, 'utf8').split('\n');
        const prose = lines.findIndex(l => l.length > 40 && /^[A-ZÆØÅ]/.test(l) && !l.includes(':'));
        const column = lines[prose].indexOf(' ');
        const typed = quick ? 5 : 20;
        const cpuBefore = client.cpuTimeMs();
        for (let i = 0; i < typed; i++) {
            const next = client.nextDiagnostics(uri);
            const at = performance.now();
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: { line: prose, character: column + i }, end: { line: prose, character: column + i } }, text: 'e' }],
            });
            latencies.push((await next).at - at);
            await sleep(50); // let the re-check of the other meetings of the body finish, as between keystrokes
        }
        return {
            files: workspace.files.length, bytes: workspace.bytes, lines: workspace.lines,
            initializeToFirstDiagnosticsMs: round(firstAny.at - sentAt),
            initializeToOpenDocumentDiagnosticsMs: round(firstOpen.at - sentAt),
            initializeToAllDiagnosticsMs: allPublished === everyFile.size ? round(lastAt - sentAt) : undefined,
            documentsWithDiagnosticsPublished: allPublished,
            note: allPublished > 1
                ? `after the initial build the server validates and publishes diagnostics for every workspace file (${allPublished} of ${everyFile.size}); "first diagnostics" is the first publishDiagnostics after initialize`
                : 'the server validates only open documents: measured until the diagnostics of the opened document',
            didChangeToDiagnostics: {
                p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), n: latencies.length,
                serverCpuMsPerEdit: cpuBefore === undefined ? undefined : round((client.cpuTimeMs() - cpuBefore) / typed),
            },
            peakRssMB: round(mb(client.peakRss() ?? NaN), 0),
        };
    } finally {
        await client.close();
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Cold start and sizes

/** Spawn to the first diagnostics of an example, for a server entry point (median of several starts). */
async function measureColdStart(server) {
    const example = path.join(repo, 'examples/alt-i-ett.referat');
    const uri = pathToFileURL(example).href;
    const times = [];
    for (let i = 0; i < (quick ? 3 : 7); i++) {
        const client = new LspClient(server, { cwd: repo });
        try {
            const diagnostics = client.nextDiagnostics(uri);
            await client.initialize(path.dirname(example));
            client.open(uri, fs.readFileSync(example, 'utf8'));
            times.push((await diagnostics).at - client.startedAt);
        } finally {
            await client.close();
        }
    }
    return { server: path.relative(repo, server), example: path.relative(repo, example), spawnToFirstDiagnosticsMs: round(median(times)), runs: times.map(t => round(t)) };
}

async function measureBundleColdStart() {
    const bundle = path.join(repo, 'packages/extension/out/server.cjs');
    return fs.existsSync(bundle)
        ? measureColdStart(bundle)
        : { note: 'not measured: packages/extension/out/server.cjs does not exist (run `npm run package -w packages/extension` first)' };
}

/** Builds the server bundle and the .vsix; returns a note when that fails (the measurements then say so). */
async function packageExtension() {
    const { spawnSync } = await import('node:child_process');
    progress('bygger utvidelsen (npm run package -w packages/extension) …');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'package', '--workspace', 'packages/extension'], { cwd: repo, encoding: 'utf8' });
    if (result.status === 0) return undefined;
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join(' ');
    return `npm run package -w packages/extension failed (${result.error?.message ?? `exit ${result.status}`}): ${output}`;
}

function measureSizes() {
    const extension = path.join(repo, 'packages/extension');
    const size = file => fs.existsSync(file) ? fs.statSync(file).size : undefined;
    const server = path.join(extension, 'out/server.cjs');
    const vsix = [extension, repo].flatMap(dir => fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.vsix')).map(f => path.join(dir, f)) : [])
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    const serverBytes = size(server);
    const vsixBytes = vsix ? size(vsix) : undefined;
    const built = file => new Date(fs.statSync(file).mtimeMs).toISOString();
    return {
        serverBundle: serverBytes === undefined
            ? { note: 'not measured: packages/extension/out/server.cjs does not exist (run `npm run package -w packages/extension` first)' }
            : { file: path.relative(repo, server), bytes: serverBytes, MB: round(mb(serverBytes), 2), built: built(server) },
        vsix: vsixBytes === undefined
            ? { note: 'not measured: no .vsix in packages/extension/ (run `npm run package -w packages/extension` first)' }
            : { file: path.relative(repo, vsix), bytes: vsixBytes, MB: round(mb(vsixBytes), 2), built: built(vsix) },
    };
}

// ---------------------------------------------------------------------------------------------

/** Busy CPU time of the whole machine and of this process and its finished children, in seconds. */
function cpuSnapshot() {
    if (!fs.existsSync('/proc/stat')) return undefined;
    const ticks = 100; // USER_HZ on Linux
    const all = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = all[0] + all[1] + all[2] + all[5] + all[6] + all[7]; // user nice system irq softirq steal
    const self = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').map(Number);
    const own = self[11] + self[12] + self[13] + self[14]; // utime stime cutime cstime
    return { machine: busy / ticks, own: own / ticks, wall: performance.now() / 1000 };
}

/** Cores used on average by processes other than the benchmark (and the servers it started and ended). */
function otherProcessesCores(start) {
    const end = cpuSnapshot();
    if (!start || !end || end.wall <= start.wall) return undefined;
    return Math.max(0, ((end.machine - start.machine) - (end.own - start.own)) / (end.wall - start.wall));
}

function machine() {
    const cpu = /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model;
    return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, node: process.version, os: `${os.type()} ${os.release()}`, memoryGB: round(os.totalmem() / 2 ** 30, 1), loadAverage: os.loadavg().map(x => round(x, 2)) };
}

function targets(results) {
    const list = [];
    const add = (name, value, limit, unit, { note, detail } = {}) => list.push(value === undefined
        ? { name, target: `≤ ${limit}${unit}`, value: null, met: null, note: note ?? 'not measured' }
        : { name, target: `≤ ${limit}${unit}`, value, ...(detail ? { detail } : {}), met: value <= limit, ...(value > limit ? { over: `${round(value / limit, 2)}×` } : {}) });
    const t = results.throughput;
    if (t) {
        for (const r of t.rows) {
            add(`check + html vs markdown-it (${r.lines.toLocaleString('en')} lines)`, r.checkHtmlMs === undefined ? undefined : r.ratioToMarkdownIt, 1.5, '×',
                { note: r.htmlNote, detail: `CPU time ${r.ratioToMarkdownItCpu}×` });
        }
        add('time per MB growth, 2,000 → 20,000 lines', t.growth.from2000To20000, 1.3, '×', { detail: `CPU time ${t.growth.cpuFrom2000To20000}×` });
    }
    const lsp = results.lsp ?? {};
    const edit = l => l && { detail: `p50 ${l.didChangeToDiagnostics.p50} ms, server CPU ${l.didChangeToDiagnostics.serverCpuMsPerEdit} ms per edit` };
    add('didChange → diagnostics p95, 2,000 lines', lsp.lines2000?.didChangeToDiagnostics.p95, 50, ' ms', edit(lsp.lines2000));
    add('didChange → diagnostics p95, 20,000 lines', lsp.lines20000?.didChangeToDiagnostics.p95, 300, ' ms', edit(lsp.lines20000));
    const completions = lsp.lines2000 && [lsp.lines2000.completionAfterIntroducer, lsp.lines2000.completionAfterReference, lsp.lines2000.completionAtLineStart];
    add('completion p95, 2,000 lines (slowest of three positions)', completions && Math.max(...completions.map(c => c.p95)), 30, ' ms');
    add('workspace: first diagnostics', results.workspace?.initializeToFirstDiagnosticsMs, 5000, ' ms',
        results.workspace && { detail: `every file ${results.workspace.initializeToAllDiagnosticsMs ?? '–'} ms` });
    add('workspace: peak RSS', results.workspace?.peakRssMB, 400, ' MB');
    add('cold start to first diagnostics (bundled server, as in VS Code)', results.coldStart?.bundle.spawnToFirstDiagnosticsMs, 500, ' ms', { note: results.coldStart?.bundle.note });
    add('cold start to first diagnostics (referat-language-server)', results.coldStart?.cli.spawnToFirstDiagnosticsMs, 500, ' ms', { note: results.coldStart?.cli.note });
    add('.vsix size', results.sizes?.vsix.MB, 2, ' MB', { note: results.sizes?.vsix.note });
    cliTargets(results.cli, add);
    return list;
}

function printTable(results) {
    const out = [];
    const pad = (cells, widths) => cells.map((c, i) => String(c ?? '–').padEnd(widths[i])).join('  ');
    const m = results.machine;
    out.push(`Maskin: ${m.nproc} kjerner, ${m.cpu}, Node ${m.node}, last ${m.loadAverage.join(' ')} ved start, ${m.loadAverageEnd.join(' ')} ved slutt`);
    if (m.warning) out.push('ADVARSEL: maskinen var opptatt med andre prosesser under målingen; veggtidene er for høye. Sammenlign CPU-forholdene, eller kjør på nytt på en rolig maskin.');
    if (results.throughput) {
        out.push('', 'check / html / markdown-it (median):');
        const widths = [7, 6, 9, 6, 9, 6, 11, 12, 9, 14];
        out.push(pad(['linjer', 'MB', 'check ms', 'MB/s', 'html ms', 'MB/s', 'check+html', 'markdown-it', 'forhold', 'forhold (CPU)'], widths));
        for (const r of results.throughput.rows) {
            out.push(pad([r.lines, round(mb(r.bytes), 2), r.checkMs, r.checkMBps, r.htmlMs, r.htmlMBps, r.checkHtmlMs, r.markdownItMs, `${r.ratioToMarkdownIt}×`, `${r.ratioToMarkdownItCpu}×`], widths));
        }
        out.push(`(forhold = ${results.throughput.rows[0].ratioCovers} delt på markdown-it; CPU = prosessens CPU-tid, mindre påvirket av andre prosesser)`);
        const g = results.throughput.growth;
        out.push(`Tid per MB vokser ${g.from2000To20000}× fra 2 000 til 20 000 linjer (CPU-tid: ${g.cpuFrom2000To20000}×), ${g.from200To20000}× fra 200 (${g.covers}).`);
    }
    for (const [key, l] of Object.entries(results.lsp ?? {})) {
        out.push('', `LSP, ${key.replace('lines', '')} linjer: åpne → diagnostikk ${l.openToDiagnosticsMs} ms; didChange → diagnostikk p50 ${l.didChangeToDiagnostics.p50} / p95 ${l.didChangeToDiagnostics.p95} ms (n=${l.didChangeToDiagnostics.n}; serverens CPU-tid ${l.didChangeToDiagnostics.serverCpuMsPerEdit} ms per endring)`);
        const c = (label, x) => `${label} p50 ${x.p50} / p95 ${x.p95} ms (${x.items} forslag)`;
        out.push(`  completion: ${c('«Innledning ved »', l.completionAfterIntroducer)}; ${c('«jf. sak »', l.completionAfterReference)}; ${c('linjestart', l.completionAtLineStart)}`);
        out.push(`  documentSymbol p50 ${l.documentSymbol.p50} / p95 ${l.documentSymbol.p95} ms (${l.documentSymbol.symbols} symboler); maks RSS ${l.peakRssMB} MB`);
    }
    const w = results.workspace;
    if (w) {
        out.push('', `Arbeidsområde ${w.files} filer (${round(mb(w.bytes), 1)} MB): første diagnostikk ${w.initializeToFirstDiagnosticsMs} ms etter initialize, for den åpne filen ${w.initializeToOpenDocumentDiagnosticsMs} ms, for alle ${w.documentsWithDiagnosticsPublished} filer ${w.initializeToAllDiagnosticsMs ?? '–'} ms; maks RSS ${w.peakRssMB} MB.`);
        out.push(`  didChange → diagnostikk i en fil i arbeidsområdet p50 ${w.didChangeToDiagnostics.p50} / p95 ${w.didChangeToDiagnostics.p95} ms (n=${w.didChangeToDiagnostics.n}; serverens CPU-tid ${w.didChangeToDiagnostics.serverCpuMsPerEdit} ms per endring). ${w.note}.`);
    }
    if (results.coldStart) {
        const cold = c => c.spawnToFirstDiagnosticsMs !== undefined ? `${c.spawnToFirstDiagnosticsMs} ms (median av ${c.runs.length})` : c.note;
        out.push(`Kaldstart til første diagnostikk: buntet server ${cold(results.coldStart.bundle)}; referat-language-server ${cold(results.coldStart.cli)}.`);
    }
    if (results.sizes) {
        const s = results.sizes;
        out.push(`Serverbunt: ${s.serverBundle.MB !== undefined ? `${s.serverBundle.MB} MB` : s.serverBundle.note}; .vsix: ${s.vsix.MB !== undefined ? `${s.vsix.MB} MB` : s.vsix.note}`);
        if (s.web) out.push(webSizeSummary(s.web, 'nb'));
    }
    out.push(...cliTableLines(results.cli));
    for (const [part, error] of Object.entries(results.failures ?? {})) out.push('', `FEILET (${part}): ${error}`);
    out.push('', 'Mål:');
    for (const t of results.targets) {
        const status = t.met === null ? 'ikke målt' : t.met ? 'nådd' : `IKKE nådd (${t.over})`;
        out.push(`  ${t.name}: ${t.value ?? '–'}${t.detail ? ` (${t.detail})` : ''} (mål ${t.target}) ${status}${t.note && t.met === null ? ` – ${t.note}` : ''}`);
    }
    console.log(out.join('\n'));
}

/** The figures as Markdown for the README (between the bench markers of its Performance section). */
function markdownSummary(results) {
    const m = results.machine;
    const lines = [];
    const cell = x => x === undefined || x === null ? '–' : String(x);
    lines.push(`Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}, ${m.os}; `
        + `load average ${m.loadAverage[0]} at the start, ${m.loadAverageEnd[0]} at the end${results.quick ? ' (quick run: fewer repetitions)' : ''}.`);
    if (m.warning) lines.push('', `**The machine was busy with other processes during this run**: wall times are inflated; the CPU-time ratios are the better guide.`);
    const t = results.throughput;
    if (t) {
        lines.push('', '| lines | MB | check ms | html ms | check + html | markdown-it ms | ratio | ratio (CPU time) |', '|---|---|---|---|---|---|---|---|');
        for (const r of t.rows) {
            lines.push(`| ${r.lines} | ${round(mb(r.bytes), 2)} | ${r.checkMs} (${r.checkMBps} MB/s) | ${cell(r.htmlMs)}${r.htmlMBps ? ` (${r.htmlMBps} MB/s)` : ''} | ${cell(r.checkHtmlMs)} | ${r.markdownItMs} | ${r.ratioToMarkdownIt}× | ${r.ratioToMarkdownItCpu}× |`);
        }
        lines.push('', `Time per MB from 2,000 to 20,000 lines: ${t.growth.from2000To20000}× (CPU time ${t.growth.cpuFrom2000To20000}×).`);
    }
    lines.push(...cliMarkdown(results.cli));
    lines.push('', '| target | measured | |', '|---|---|---|');
    for (const x of results.targets) {
        const status = x.met === null ? `not measured${x.note ? `: ${x.note.replace(/^not measured: /, '')}` : ''}` : x.met ? 'met' : `**not met** (${x.over} the target)`;
        lines.push(`| ${x.name} ${x.target} | ${cell(x.value)}${x.detail ? ` (${x.detail})` : ''} | ${status} |`);
    }
    const extra = [];
    for (const [key, l] of Object.entries(results.lsp ?? {})) {
        extra.push(`${key.replace('lines', '')} lines: open → diagnostics ${l.openToDiagnosticsMs} ms; didChange → diagnostics p50 ${l.didChangeToDiagnostics.p50} / p95 ${l.didChangeToDiagnostics.p95} ms `
            + `(server CPU ${l.didChangeToDiagnostics.serverCpuMsPerEdit} ms per edit); completion p95 ${l.completionAfterIntroducer.p95} ms after «Innledning ved», ${l.completionAfterReference.p95} ms after «jf. sak» `
            + `(${l.completionAfterReference.items} items); documentSymbol p95 ${l.documentSymbol.p95} ms; peak RSS ${l.peakRssMB} MB.`);
    }
    const w = results.workspace;
    if (w) {
        extra.push(`Workspace of ${w.files} files (${round(mb(w.bytes), 1)} MB, ${w.lines} lines): first diagnostics ${w.initializeToFirstDiagnosticsMs} ms after \`initialize\`, `
            + `all ${w.documentsWithDiagnosticsPublished} files ${cell(w.initializeToAllDiagnosticsMs)} ms; typing in one of its meetings p50 ${w.didChangeToDiagnostics.p50} / p95 ${w.didChangeToDiagnostics.p95} ms (server CPU ${w.didChangeToDiagnostics.serverCpuMsPerEdit} ms per edit); peak RSS ${w.peakRssMB} MB.`);
    }
    const c = results.coldStart;
    if (c) extra.push(`Cold start to first diagnostics: bundled server ${cell(c.bundle.spawnToFirstDiagnosticsMs)} ms, \`referat-language-server\` ${cell(c.cli.spawnToFirstDiagnosticsMs)} ms.`);
    const z = results.sizes;
    if (z) extra.push(`Sizes: server bundle ${z.serverBundle.MB !== undefined ? `${z.serverBundle.MB} MB` : 'not measured'}, \`.vsix\` ${z.vsix.MB !== undefined ? `${z.vsix.MB} MB` : 'not measured'}.`);
    if (z?.web) extra.push(webSizeSummary(z.web, 'en'));
    for (const [part, error] of Object.entries(results.failures ?? {})) extra.push(`Not measured, ${part} failed: ${error}`);
    if (extra.length) lines.push('', ...extra.map(x => `- ${x}`));
    return lines.join('\n');
}

const README_START = '<!-- bench:start (written by npm run bench) -->';
const README_END = '<!-- bench:end -->';

/** Replaces the figures between the markers in README.md; returns false when the markers are missing. */
function updateReadme(results) {
    const readme = path.join(repo, 'README.md');
    const text = fs.readFileSync(readme, 'utf8');
    const start = text.indexOf(README_START), end = text.indexOf(README_END);
    if (start < 0 || end < start) return false;
    const updated = `${text.slice(0, start + README_START.length)}\n${markdownSummary(results)}\n${text.slice(end)}`;
    fs.writeFileSync(`${readme}.tmp`, updated);
    fs.renameSync(`${readme}.tmp`, readme);
    return true;
}

async function main() {
    if (!fs.existsSync(path.join(repo, 'packages/language/out/index.js'))) {
        console.error('Fant ikke packages/language/out: bygg først med «npm run build» (eller kjør «npm run bench», som bygger).');
        process.exit(2);
    }
    const started = performance.now();
    const packageNote = buildPackage && (wanted('cold') || wanted('sizes')) ? await packageExtension() : undefined;
    const corpus = writeCorpus();
    const cpuAtStart = cpuSnapshot();
    const results = { date: new Date().toISOString(), machine: machine(), quick, corpus: {
        meetings: corpus.meetings.map(m => ({ file: path.relative(repo, m.file), lines: m.actualLines, bytes: Buffer.byteLength(m.referat), cases: m.cases })),
        workspace: { dir: path.relative(repo, corpus.workspace.dir), files: corpus.workspace.files.length, bytes: corpus.workspace.bytes, lines: corpus.workspace.lines, ...WORKSPACE },
    } };
    // A failing part is reported in results.failures and as "not measured"; the other parts still run.
    results.failures = {};
    const attempt = async (part, fn) => {
        try { return await fn(); } catch (error) {
            results.failures[part] = String(error.message ?? error).split('\n').slice(0, 3).join(' ');
            progress(`${part} feilet: ${results.failures[part]}`);
            return undefined;
        }
    };
    if (wanted('throughput')) results.throughput = await attempt('throughput', () => measureThroughput(corpus.meetings));
    if (wanted('lsp')) {
        results.lsp = {};
        for (const [lines, edits] of [[2000, quick ? 15 : 60], [20000, quick ? 8 : 25]]) {
            progress(`LSP: ${lines} linjer, ${edits} endringer …`);
            const measured = await attempt(`lsp${lines}`, () => measureLsp(corpus.meetings.find(m => m.lines === lines), edits));
            if (measured) results.lsp[`lines${lines}`] = measured;
        }
    }
    if (wanted('workspace')) {
        progress(`arbeidsområde med ${corpus.workspace.files.length} filer …`);
        results.workspace = await attempt('workspace', () => measureWorkspace(corpus.workspace));
    }
    if (wanted('cold')) {
        progress('kaldstart …');
        results.coldStart = {
            cli: await attempt('coldStartCli', () => measureColdStart(serverBin)) ?? { note: `not measured: ${results.failures.coldStartCli}` },
            bundle: await attempt('coldStartBundle', () => measureBundleColdStart()) ?? { note: `not measured: ${results.failures.coldStartBundle}` },
        };
    }
    if (wanted('sizes')) results.sizes = { ...measureSizes(), web: measureWebSizes(repo), ...(packageNote ? { packageNote } : {}) };
    if (wanted('cli')) {
        results.cli = await attempt('cli', () => measureCli({
            repo, corpusDir, corpus, cliCorpus: writeCliCorpus(corpusDir, WORKSPACE), quick,
            tools: { median, round, progress, cpuSnapshot, otherProcessesCores },
        }));
    }
    results.targets = targets(results);
    results.machine.loadAverageEnd = os.loadavg().map(x => round(x, 2));
    // Busy = other processes used more than a quarter of a core on average during the measurements
    // (the load average would count the benchmark's own server and client).
    const others = otherProcessesCores(cpuAtStart);
    if (others !== undefined) results.machine.otherProcessesCores = round(others, 2);
    if (others !== undefined && others > 0.25) results.machine.warning = `the machine was busy with other processes during the run (on average ${round(others, 2)} cores): wall times are inflated; compare the CPU-time ratios, or re-run on a quiet machine`;
    results.durationS = round((performance.now() - started) / 1000);
    const tmp = `${resultsFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(results, null, 2) + '\n');
    fs.renameSync(tmp, resultsFile);
    printTable(results);
    console.log(`\nResultater skrevet til ${path.relative(process.cwd(), resultsFile)} (${results.durationS} s).`);
    if (updateReadmeWanted) {
        if (only) console.log('README.md er ikke oppdatert: --only gir bare en del av målingene.');
        else if (updateReadme(results)) console.log('Tallene i README.md (avsnittet «Performance») er oppdatert.');
        else console.log(`README.md er ikke oppdatert: fant ikke merkene ${README_START} … ${README_END}.`);
    }
}

main().catch(error => {
    console.error(`bench feilet: ${error.stack ?? error}`);
    process.exit(1);
});
