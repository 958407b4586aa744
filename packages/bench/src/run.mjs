/**
 * `npm run bench`: generates the corpora, measures Referat on this machine, prints a table and writes
 * packages/bench/results.json. Heavy measurements are repeated and reported as medians.
 *   node packages/bench/src/run.mjs [--quick] [--only=throughput,lsp,workspace,cold,sizes] [--profile=<dir>]
 * --profile writes CPU profiles of the language servers (node --cpu-prof) to <dir>.
 * Expects a build (`npm run build`); `npm run bench` builds first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMeeting, generateWorkspace } from './corpus.mjs';
import { LspClient } from './lsp-client.mjs';

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
const unknown = args.filter(a => a !== '--quick' && !a.startsWith('--only=') && !a.startsWith('--profile='));
if (unknown.length) {
    console.error(`Ukjent argument: ${unknown.join(' ')}. Bruk: node packages/bench/src/run.mjs [--quick] [--only=throughput,lsp,workspace,cold,sizes] [--profile=<mappe>]`);
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

/** Runs `fn` after `warmup` runs until both `minRuns` and `minMs` are reached; returns ms per run. */
async function timeRuns(fn, { warmup = 2, minRuns = quick ? 3 : 7, minMs = quick ? 300 : 1500, maxRuns = 200 } = {}) {
    globalThis.gc();
    for (let i = 0; i < warmup; i++) await fn();
    const times = [];
    let total = 0;
    while ((times.length < minRuns || total < minMs) && times.length < maxRuns) {
        const start = performance.now();
        await fn();
        const ms = performance.now() - start;
        times.push(ms);
        total += ms;
    }
    return times;
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

/** `renderMeetingHtml` from the public API, else from the built generator module (while it is not exported yet). */
async function findHtmlRenderer(language) {
    if (typeof language.renderMeetingHtml === 'function') return { render: language.renderMeetingHtml };
    const module = path.join(repo, 'packages/language/out/generator/html.js');
    if (!fs.existsSync(module)) return { note: 'not measured: no renderMeetingHtml in @referat/language (packages/language/src/generator/html.ts)' };
    try {
        const { renderMeetingHtml } = await import(pathToFileURL(module).href);
        if (typeof renderMeetingHtml === 'function') return { render: renderMeetingHtml, source: path.relative(repo, module) };
        return { note: `not measured: ${path.relative(repo, module)} has no renderMeetingHtml` };
    } catch (error) {
        return { note: `not measured: ${path.relative(repo, module)} does not load (${error.message.split('\n')[0]})` };
    }
}

async function measureThroughput(meetings) {
    const language = await import('@referat/language');
    const { EmptyFileSystem, URI } = await import('langium');
    const MarkdownIt = (await import('markdown-it')).default;
    const md = new MarkdownIt();
    const { shared, Referat } = language.createReferatServices(EmptyFileSystem);
    const html = await findHtmlRenderer(language);
    const renderHtml = html.render;
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
        const markdownMs = median(await timeRuns(() => md.render(m.markdown)));
        const checkMs = median(await timeRuns(() => check(m.referat)));
        let document = await check(m.referat);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        if (errors.length) throw new Error(`Korpuset meeting-${m.lines} har ${errors.length} feil, først: ${errors[0].message}`);
        const warnings = (document.diagnostics ?? []).length;
        let htmlMs, htmlBytes, htmlNote;
        if (renderHtml) {
            const meeting = Referat.referat.MeetingIndex.get(document);
            htmlBytes = Buffer.byteLength(renderHtml(meeting, {}));
            htmlMs = median(await timeRuns(() => renderHtml(meeting, {})));
        } else htmlNote = html.note;
        document = undefined;
        const ours = htmlMs === undefined ? undefined : checkMs + htmlMs;
        rows.push({
            lines: m.actualLines, cases: m.cases, bytes, markdownBytes: Buffer.byteLength(m.markdown), warnings,
            checkMs: round(checkMs, 2), checkMBps: round(mb(bytes) / (checkMs / 1000), 2), checkMsPerMB: round(checkMs / mb(bytes), 1),
            htmlMs: round(htmlMs, 2), htmlMBps: htmlMs === undefined ? undefined : round(mb(bytes) / (htmlMs / 1000), 2), htmlBytes, htmlNote,
            checkHtmlMs: round(ours, 2), checkHtmlMsPerMB: ours === undefined ? undefined : round(ours / mb(bytes), 1),
            markdownItMs: round(markdownMs, 2), markdownItMBps: round(mb(Buffer.byteLength(m.markdown)) / (markdownMs / 1000), 2),
            ratioToMarkdownIt: round((ours ?? checkMs) / markdownMs, 2), ratioCovers: ours === undefined ? 'check only' : 'check + html',
        });
    }
    const perMB = r => r.checkHtmlMsPerMB ?? r.checkMsPerMB;
    const [small, medium, large] = rows;
    return {
        rows,
        growth: {
            from2000To20000: round(perMB(large) / perMB(medium), 2),
            from200To20000: round(perMB(large) / perMB(small), 2),
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

        // One-character edits: a word typed into a prose line, each edit waited for.
        const { introducer, prose, proseColumn } = editPositions(meeting.referat);
        const word = 'ogsåeksempelvistilleggsopplysningerforøvrigdessuten';
        const latencies = [];
        for (let i = 0; i < edits; i++) {
            const ch = word[i % word.length];
            const next = client.nextDiagnostics(uri);
            const sentAt = performance.now();
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: { line: prose, character: proseColumn + i }, end: { line: prose, character: proseColumn + i } }, text: ch }],
            });
            const published = await next;
            latencies.push(published.at - sentAt);
            await sleep(10);
        }
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
            textDocument: { uri, version: edits + 2 },
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
            didChangeToDiagnostics: summary(latencies),
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
        await sleep(1000); // any diagnostics for the other files would arrive now
        const published = new Set(client.diagnostics.map(d => d.uri));
        // A few edits, so the peak includes rebuilding after a change.
        for (let i = 0; i < 5; i++) {
            const next = client.nextDiagnostics(uri);
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'x' }],
            });
            await next;
        }
        return {
            files: workspace.files.length, bytes: workspace.bytes, lines: workspace.lines,
            initializeToFirstDiagnosticsMs: round(firstAny.at - sentAt),
            initializeToOpenDocumentDiagnosticsMs: round(firstOpen.at - sentAt),
            documentsWithDiagnosticsPublished: published.size,
            note: published.size > 1
                ? `the server published diagnostics for ${published.size} workspace documents after the initial build`
                : 'the server validates only open documents: measured until the diagnostics of the opened document (the workspace is loaded, parsed and indexed first)',
            peakRssMB: round(mb(client.peakRss() ?? NaN), 0),
        };
    } finally {
        await client.close();
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Cold start and sizes

async function measureColdStart() {
    const example = path.join(repo, 'examples/alt-i-ett.referat');
    const uri = pathToFileURL(example).href;
    const times = [];
    for (let i = 0; i < (quick ? 3 : 7); i++) {
        const client = new LspClient(serverBin, { cwd: repo });
        try {
            const diagnostics = client.nextDiagnostics(uri);
            await client.initialize(path.dirname(example));
            client.open(uri, fs.readFileSync(example, 'utf8'));
            times.push((await diagnostics).at - client.startedAt);
        } finally {
            await client.close();
        }
    }
    return { example: 'examples/alt-i-ett.referat', spawnToFirstDiagnosticsMs: round(median(times)), runs: times.map(t => round(t)) };
}

function measureSizes() {
    const extension = path.join(repo, 'packages/extension');
    const size = file => fs.existsSync(file) ? fs.statSync(file).size : undefined;
    const server = path.join(extension, 'out/server.cjs');
    const vsix = [extension, repo].flatMap(dir => fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.vsix')).map(f => path.join(dir, f)) : [])
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    const serverBytes = size(server);
    const vsixBytes = vsix ? size(vsix) : undefined;
    return {
        serverBundle: serverBytes === undefined
            ? { note: 'not measured: packages/extension/out/server.cjs does not exist (run `npm run package -w packages/extension` first)' }
            : { file: path.relative(repo, server), bytes: serverBytes, MB: round(mb(serverBytes), 2) },
        vsix: vsixBytes === undefined
            ? { note: 'not measured: no .vsix in packages/extension/ (run `npm run package -w packages/extension` first)' }
            : { file: path.relative(repo, vsix), bytes: vsixBytes, MB: round(mb(vsixBytes), 2) },
    };
}

// ---------------------------------------------------------------------------------------------

function machine() {
    const cpu = /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model;
    return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, node: process.version, os: `${os.type()} ${os.release()}`, memoryGB: round(os.totalmem() / 2 ** 30, 1), loadAverage: os.loadavg().map(x => round(x, 2)) };
}

function targets(results) {
    const list = [];
    const add = (name, value, limit, unit, why) => list.push(value === undefined
        ? { name, target: `≤ ${limit}${unit}`, value: null, met: null, note: why ?? 'not measured' }
        : { name, target: `≤ ${limit}${unit}`, value, met: value <= limit, ...(value > limit ? { over: `${round(value / limit, 2)}×` } : {}) });
    const t = results.throughput;
    if (t) {
        const large = t.rows[t.rows.length - 1];
        add('check + html vs markdown-it (20,000 lines)', large.checkHtmlMs === undefined ? undefined : large.ratioToMarkdownIt, 1.5, '×', large.htmlNote);
        add('time per MB growth, 2,000 → 20,000 lines', t.growth.from2000To20000, 1.3, '×');
    }
    const lsp = results.lsp ?? {};
    add('didChange → diagnostics p95, 2,000 lines', lsp.lines2000?.didChangeToDiagnostics.p95, 50, ' ms');
    add('didChange → diagnostics p95, 20,000 lines', lsp.lines20000?.didChangeToDiagnostics.p95, 300, ' ms');
    add('completion p95, 2,000 lines', lsp.lines2000?.completionAfterIntroducer.p95, 30, ' ms');
    add('workspace: first diagnostics', results.workspace?.initializeToFirstDiagnosticsMs, 5000, ' ms');
    add('workspace: peak RSS', results.workspace?.peakRssMB, 400, ' MB');
    add('cold start to first diagnostics', results.coldStart?.spawnToFirstDiagnosticsMs, 500, ' ms');
    add('.vsix size', results.sizes?.vsix.MB, 2, ' MB', results.sizes?.vsix.note);
    return list;
}

function printTable(results) {
    const out = [];
    const pad = (cells, widths) => cells.map((c, i) => String(c ?? '–').padEnd(widths[i])).join('  ');
    const m = results.machine;
    out.push(`Maskin: ${m.nproc} kjerner, ${m.cpu}, Node ${m.node}, last ${m.loadAverage.join(' ')}`);
    if (results.throughput) {
        out.push('', 'check / html / markdown-it (median):');
        const widths = [7, 9, 11, 9, 10, 9, 13, 12, 12];
        out.push(pad(['linjer', 'MB', 'check ms', 'MB/s', 'html ms', 'MB/s', 'check+html', 'markdown-it', 'forhold'], widths));
        for (const r of results.throughput.rows) {
            out.push(pad([r.lines, round(mb(r.bytes), 2), r.checkMs, r.checkMBps, r.htmlMs, r.htmlMBps, r.checkHtmlMs, r.markdownItMs, `${r.ratioToMarkdownIt}× (${r.ratioCovers})`], widths));
        }
        const g = results.throughput.growth;
        out.push(`Tid per MB vokser ${g.from2000To20000}× fra 2 000 til 20 000 linjer, ${g.from200To20000}× fra 200 (${g.covers}).`);
    }
    for (const [key, l] of Object.entries(results.lsp ?? {})) {
        out.push('', `LSP, ${key.replace('lines', '')} linjer: åpne → diagnostikk ${l.openToDiagnosticsMs} ms; didChange → diagnostikk p50 ${l.didChangeToDiagnostics.p50} / p95 ${l.didChangeToDiagnostics.p95} ms (n=${l.didChangeToDiagnostics.n})`);
        const c = (label, x) => `${label} p50 ${x.p50} / p95 ${x.p95} ms (${x.items} forslag)`;
        out.push(`  completion: ${c('«Innledning ved »', l.completionAfterIntroducer)}; ${c('«jf. sak »', l.completionAfterReference)}; ${c('linjestart', l.completionAtLineStart)}`);
        out.push(`  documentSymbol p50 ${l.documentSymbol.p50} / p95 ${l.documentSymbol.p95} ms (${l.documentSymbol.symbols} symboler); maks RSS ${l.peakRssMB} MB`);
    }
    const w = results.workspace;
    if (w) out.push('', `Arbeidsområde ${w.files} filer (${round(mb(w.bytes), 1)} MB): første diagnostikk ${w.initializeToFirstDiagnosticsMs} ms etter initialize, maks RSS ${w.peakRssMB} MB. ${w.note}.`);
    if (results.coldStart) out.push(`Kaldstart til første diagnostikk: ${results.coldStart.spawnToFirstDiagnosticsMs} ms (median av ${results.coldStart.runs.length}).`);
    if (results.sizes) {
        const s = results.sizes;
        out.push(`Serverbunt: ${s.serverBundle.MB !== undefined ? `${s.serverBundle.MB} MB` : s.serverBundle.note}; .vsix: ${s.vsix.MB !== undefined ? `${s.vsix.MB} MB` : s.vsix.note}`);
    }
    out.push('', 'Mål:');
    for (const t of results.targets) {
        const status = t.met === null ? 'ikke målt' : t.met ? 'nådd' : `IKKE nådd (${t.over})`;
        out.push(`  ${t.name}: ${t.value ?? '–'} (mål ${t.target}) ${status}${t.note && t.met === null ? ` – ${t.note}` : ''}`);
    }
    console.log(out.join('\n'));
}

async function main() {
    if (!fs.existsSync(path.join(repo, 'packages/language/out/index.js'))) {
        console.error('Fant ikke packages/language/out: bygg først med «npm run build» (eller kjør «npm run bench», som bygger).');
        process.exit(2);
    }
    const started = performance.now();
    const corpus = writeCorpus();
    const results = { date: new Date().toISOString(), machine: machine(), quick, corpus: {
        meetings: corpus.meetings.map(m => ({ file: path.relative(repo, m.file), lines: m.actualLines, bytes: Buffer.byteLength(m.referat), cases: m.cases })),
        workspace: { dir: path.relative(repo, corpus.workspace.dir), files: corpus.workspace.files.length, bytes: corpus.workspace.bytes, lines: corpus.workspace.lines, ...WORKSPACE },
    } };
    if (wanted('throughput')) results.throughput = await measureThroughput(corpus.meetings);
    if (wanted('lsp')) {
        results.lsp = {};
        for (const [lines, edits] of [[2000, quick ? 15 : 60], [20000, quick ? 8 : 25]]) {
            progress(`LSP: ${lines} linjer, ${edits} endringer …`);
            results.lsp[`lines${lines}`] = await measureLsp(corpus.meetings.find(m => m.lines === lines), edits);
        }
    }
    if (wanted('workspace')) { progress(`arbeidsområde med ${corpus.workspace.files.length} filer …`); results.workspace = await measureWorkspace(corpus.workspace); }
    if (wanted('cold')) { progress('kaldstart …'); results.coldStart = await measureColdStart(); }
    if (wanted('sizes')) results.sizes = measureSizes();
    results.targets = targets(results);
    results.durationS = round((performance.now() - started) / 1000);
    const tmp = `${resultsFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(results, null, 2) + '\n');
    fs.renameSync(tmp, resultsFile);
    printTable(results);
    console.log(`\nResultater skrevet til ${path.relative(process.cwd(), resultsFile)} (${results.durationS} s).`);
}

main().catch(error => {
    console.error(`bench feilet: ${error.stack ?? error}`);
    process.exit(1);
});
