/**
 * `npm run bench`, part `cli`: the `referat` command as a user runs it, whole processes, against
 * markdown-it's CLI (node_modules/markdown-it/bin/markdown-it.mjs):
 *   1. start-up: `referat check` and `referat html` on a one-page file against markdown-it's CLI on
 *      the same page as Markdown (beside them `node -e 0`, and `referat check` without the code cache);
 *   2. `referat html` on 20,000 lines against markdown-it's CLI on the same content as Markdown;
 *   3. `referat html` and `referat check` of the 1,000-meeting workspace against markdown-it
 *      rendering the same 1,000 pages in one process (markdown-it-pages.mjs), with peak RSS;
 *   4. the start-up breakdown: startup-probe.mjs, bundled as `referat` is, with and without the cache.
 * The commands compared run in turn (round-robin), so a change in the machine's load hits each of
 * them alike. Reported: median wall time, mean CPU time of the process (its rusage, read from
 * /proc/self/stat in 10 ms ticks), and the machine's state during the series (load average,
 * cores used by other processes).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMeeting, workspaceMeetings } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ONE_PAGE_LINES = 60;
/** Peak RSS of `referat html` over the 1,000 meetings before this part existed (issue 14): the memory target. */
export const WORKSPACE_HTML_PEAK_RSS_MB = 226;

/** The one-page meeting (as Referat and Markdown) and the workspace's meetings as Markdown, under `corpusDir`. */
export function writeCliCorpus(corpusDir, workspaceOptions) {
    const m = generateMeeting({ seed: ONE_PAGE_LINES, targetLines: ONE_PAGE_LINES });
    const base = path.join(corpusDir, 'one-page');
    fs.writeFileSync(`${base}.referat`, m.referat);
    fs.writeFileSync(`${base}.md`, m.markdown);
    const markdownDir = path.join(corpusDir, 'workspace-md');
    fs.rmSync(markdownDir, { recursive: true, force: true });
    let files = 0;
    for (const meeting of workspaceMeetings(workspaceOptions)) {
        const file = path.join(markdownDir, meeting.path.replace(/\.referat$/, '.md'));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, meeting.markdown);
        files++;
    }
    return { onePage: { referat: `${base}.referat`, markdown: `${base}.md`, lines: m.lines, bytes: Buffer.byteLength(m.referat) }, markdownDir, markdownFiles: files };
}

/** CPU time (user + system) of this process's waited-for children so far, in ms (Linux), or undefined. */
function childrenCpuMs() {
    try {
        const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
        return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime in ticks of 10 ms
    } catch { return undefined; }
}

/**
 * Measures the `referat` command. `tools` are run.mjs's helpers: { median, round, progress,
 * cpuSnapshot, otherProcessesCores }. `referatBin` may name another build's bin (to compare).
 */
export async function measureCli({ repo, corpusDir, corpus, cliCorpus, quick, tools, referatBin = path.join(repo, 'packages/cli/bin/referat.js') }) {
    const { median, round, progress, cpuSnapshot, otherProcessesCores } = tools;
    const markdownItCli = path.join(repo, 'node_modules/markdown-it/bin/markdown-it.mjs');
    const peakPreload = path.join(here, 'peak-rss.cjs');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-bench-cli-'));
    const compileCache = path.join(tmp, 'compile-cache'); // empty: the warm-up runs fill it, as a user's first runs do
    const baseEnv = { ...process.env, NODE_COMPILE_CACHE: compileCache };
    delete baseEnv.NODE_DISABLE_COMPILE_CACHE;
    const noCacheEnv = { ...baseEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
    const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;

    /** One whole process; with `peak`, also its peak RSS (node --require peak-rss.cjs). */
    const runOnce = ({ label, args, env = baseEnv, peak = false, okCodes = [0] }) => {
        const peakFile = path.join(tmp, 'peak-rss');
        const nodeArgs = peak ? ['--require', peakPreload, ...args] : args;
        const cpuBefore = childrenCpuMs();
        const start = performance.now();
        const r = spawnSync(process.execPath, nodeArgs, {
            cwd: tmp, env: peak ? { ...env, REFERAT_BENCH_PEAK_FILE: peakFile } : env,
            stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8',
        });
        const ms = performance.now() - start;
        const cpuAfter = childrenCpuMs();
        if (r.error || !okCodes.includes(r.status)) throw new Error(`${label}: exit ${r.status ?? r.error?.message}: ${String(r.stderr).trim().slice(-500)}`);
        return { ms, cpuMs: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore, stdout: r.stdout, peakKB: peak ? Number(fs.readFileSync(peakFile, 'utf8')) : undefined };
    };

    /** Runs the commands in turn, `warmup` rounds uncounted, then `rounds` counted; medians per command. */
    const series = (name, commands, { rounds, warmup }) => {
        progress(`cli: ${name} (${rounds} runder à ${commands.length} prosesser) …`);
        const samples = commands.map(() => []);
        const loadAverage = round(os.loadavg()[0], 2);
        const snapshot = cpuSnapshot();
        for (let i = 0; i < warmup + rounds; i++) {
            for (const [j, command] of commands.entries()) {
                const sample = runOnce(command);
                if (i >= warmup) samples[j].push(sample);
            }
        }
        const others = otherProcessesCores(snapshot);
        const measured = Object.fromEntries(commands.map((command, j) => {
            const s = samples[j];
            const cpu = s.map(x => x.cpuMs).filter(x => x !== undefined);
            const peaks = s.map(x => x.peakKB).filter(x => x !== undefined);
            return [command.key, {
                command: command.label, wallMs: round(median(s.map(x => x.ms))), cpuMs: cpu.length ? round(mean(cpu)) : undefined,
                ...(peaks.length ? { peakRssMB: round(Math.max(...peaks) / 1024, 0) } : {}), runs: s.length,
            }];
        }));
        return { ...measured, machine: { loadAverage, otherProcessesCores: others === undefined ? undefined : round(others, 2) } };
    };
    const ratio = (ours, theirs) => ({
        ratio: round(ours.wallMs / theirs.wallMs, 2),
        ratioCpu: ours.cpuMs && theirs.cpuMs ? round(ours.cpuMs / theirs.cpuMs, 2) : undefined,
    });
    const rel = file => path.relative(repo, file);

    try {
        const page = cliCorpus.onePage;
        const onePage = series('oppstart, én side', [
            { key: 'node', label: 'node -e 0', args: ['-e', '0'] },
            { key: 'markdownIt', label: `markdown-it ${rel(page.markdown)}`, args: [markdownItCli, page.markdown, '-o', path.join(tmp, 'one-page-md.html')] },
            { key: 'check', label: `referat check ${rel(page.referat)}`, args: [referatBin, 'check', page.referat] },
            { key: 'html', label: `referat html ${rel(page.referat)}`, args: [referatBin, 'html', page.referat, '-o', path.join(tmp, 'one-page')] },
            { key: 'checkWithoutCache', label: `referat check ${rel(page.referat)} (NODE_DISABLE_COMPILE_CACHE=1)`, args: [referatBin, 'check', page.referat], env: noCacheEnv },
        ], { rounds: quick ? 5 : 15, warmup: 2 });

        const large = corpus.meetings.find(m => m.lines === 20000);
        const largeMarkdown = large.file.replace(/\.referat$/, '.md');
        const lines20000 = series('20 000 linjer', [
            { key: 'markdownIt', label: `markdown-it ${rel(largeMarkdown)}`, args: [markdownItCli, largeMarkdown, '-o', path.join(tmp, 'large-md.html')] },
            { key: 'html', label: `referat html ${rel(large.file)}`, args: [referatBin, 'html', large.file, '-o', path.join(tmp, 'large')] },
        ], { rounds: quick ? 3 : 7, warmup: 1 });

        const ws = corpus.workspace;
        const workspace = series(`${ws.files.length} møter`, [
            { key: 'markdownIt', label: `markdown-it-pages.mjs ${rel(cliCorpus.markdownDir)}`, args: [path.join(here, 'markdown-it-pages.mjs'), cliCorpus.markdownDir, path.join(tmp, 'workspace-md')], peak: true },
            { key: 'html', label: `referat html ${rel(ws.dir)}`, args: [referatBin, 'html', ws.dir, '-o', path.join(tmp, 'workspace')], peak: true },
            { key: 'check', label: `referat check ${rel(ws.dir)}`, args: [referatBin, 'check', ws.dir], peak: true },
        ], { rounds: quick ? 1 : 3, warmup: 0 });

        const breakdown = await startupBreakdown({ repo, corpusDir, tmp, page, quick, runOnce, baseEnv, noCacheEnv, median, round, progress });

        return {
            onePage: {
                file: rel(page.referat), lines: page.lines, bytes: page.bytes, ...onePage,
                check: { ...onePage.check, ...ratio(onePage.check, onePage.markdownIt) }, html: { ...onePage.html, ...ratio(onePage.html, onePage.markdownIt) },
            },
            lines20000: {
                file: rel(large.file), lines: large.actualLines, ...lines20000,
                html: { ...lines20000.html, ...ratio(lines20000.html, lines20000.markdownIt) },
            },
            workspace: {
                dir: rel(ws.dir), files: ws.files.length, lines: ws.lines, markdownFiles: cliCorpus.markdownFiles, ...workspace,
                html: { ...workspace.html, ...ratio(workspace.html, workspace.markdownIt) },
                check: { ...workspace.check, ...ratio(workspace.check, workspace.markdownIt) },
            },
            breakdown,
        };
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}

/** Phases of start-up (ms, medians), from the probe bundled as `referat` is; with the code cache warm and without it. */
async function startupBreakdown({ repo, tmp, page, quick, runOnce, baseEnv, noCacheEnv, median, round, progress }) {
    progress('cli: oppstartens faser …');
    const { bundleFile } = await import(pathToFileURL(path.join(repo, 'packages/cli/bundle.mjs')).href);
    const probe = path.join(tmp, 'startup-probe.cjs');
    await bundleFile(path.join(here, 'startup-probe.mjs'), probe, { banner: 'globalThis.__referatProbeStart = performance.now();\n', readable: false });
    const runner = path.join(tmp, 'startup-probe-run.cjs');
    fs.writeFileSync(runner, `require(${JSON.stringify(path.join(repo, 'packages/cli/bin/run-bundle.cjs'))}).runBundle(${JSON.stringify(probe)}, { variant: 'probe' });\n`);
    const variants = [{ key: 'withCache', env: baseEnv }, { key: 'withoutCache', env: noCacheEnv }];
    const samples = { withCache: [], withoutCache: [] };
    const rounds = quick ? 5 : 15;
    for (let i = 0; i < 2 + rounds; i++) {
        for (const v of variants) {
            const run = runOnce({ label: 'startup-probe', args: [runner, page.referat, path.join(tmp, 'probe.html')], env: v.env });
            if (i >= 2) samples[v.key].push({ ...JSON.parse(run.stdout.trim().split('\n').pop()), wall: run.ms });
        }
    }
    const PHASES = [
        ['node', 'Node start-up', m => m.nodeReady],
        ['loadBundle', 'loading the bundle (read, compile or code cache)', m => m.bundleStart - m.nodeReady],
        ['moduleInit', 'module init (top-level code of Langium, Chevrotain, Referat)', m => m.modulesLoaded - m.bundleStart],
        ['services', 'creating the services', m => m.services - m.modulesLoaded],
        ['lexer', 'lexer (Chevrotain analyses the token types)', m => m.lexer - m.services],
        ['parser', 'parser (Chevrotain records the grammar, computes lookahead)', m => m.parser - m.lexer],
        ['parse', 'parsing the page', m => m.parsed - m.parser],
        ['model', 'semantic model of the page', m => m.model - m.parsed],
        ['checks', 'checks', m => m.checked - m.model],
        ['html', 'HTML page rendered and written', m => m.html - m.checked],
        ['exit', 'process creation and exit (whole-process wall time − the time inside Node)', m => m.wall - m.exit],
    ];
    const summarise = list => ({
        phases: Object.fromEntries(PHASES.map(([key, , f]) => [key, round(median(list.map(f)))])),
        wallMs: round(median(list.map(m => m.wall))), runs: list.length,
    });
    return {
        file: path.relative(repo, page.referat),
        labels: Object.fromEntries(PHASES.map(([key, label]) => [key, label])),
        withCache: summarise(samples.withCache),
        withoutCache: summarise(samples.withoutCache),
    };
}

/** Targets of this part, added through run.mjs's `add(name, value, limit, unit, { detail, note })`. */
export function cliTargets(cli, add) {
    const detail = (x, theirs) => ({ detail: `${x.wallMs} ms vs ${theirs.wallMs} ms; CPU time ${x.ratioCpu ?? '–'}×` });
    const o = cli?.onePage, l = cli?.lines20000, w = cli?.workspace;
    add('referat check, one-page file, whole process vs markdown-it CLI', o?.check.ratio, 1.0, '×', o && detail(o.check, o.markdownIt));
    add('referat html, one-page file, whole process vs markdown-it CLI', o?.html.ratio, 1.0, '×', o && detail(o.html, o.markdownIt));
    add('referat html, 20,000 lines, whole process vs markdown-it CLI', l?.html.ratio, 1.0, '×', l && detail(l.html, l.markdownIt));
    add('referat html, 1,000 meetings vs markdown-it rendering them in one process', w?.html.ratio, 1.5, '×', w && detail(w.html, w.markdownIt));
    add('referat html, 1,000 meetings: peak RSS', w?.html.peakRssMB, WORKSPACE_HTML_PEAK_RSS_MB, ' MB', w && { detail: `markdown-it ${w.markdownIt.peakRssMB} MB` });
}

const machineText = m => `last ${m.loadAverage}, andre prosesser ${m.otherProcessesCores ?? '–'} kjerner`;

/** Lines for the bench's printed table (Norwegian, as the rest of it). */
export function cliTableLines(cli) {
    if (!cli) return [];
    const { onePage: o, lines20000: l, workspace: w, breakdown: b } = cli;
    const t = x => `${x.wallMs} ms (CPU ${x.cpuMs ?? '–'} ms)`;
    const lines = ['', `referat som hel prosess (medianer av alternerende kjøringer):`];
    lines.push(`  én side (${o.lines} linjer): node -e 0 ${t(o.node)}; markdown-it ${t(o.markdownIt)}; referat check ${t(o.check)} = ${o.check.ratio}× (CPU ${o.check.ratioCpu}×); `
        + `referat html ${t(o.html)} = ${o.html.ratio}× (CPU ${o.html.ratioCpu}×); check uten kodebuffer ${t(o.checkWithoutCache)} [${machineText(o.machine)}]`);
    lines.push(`  ${l.lines} linjer: markdown-it ${t(l.markdownIt)}; referat html ${t(l.html)} = ${l.html.ratio}× (CPU ${l.html.ratioCpu}×) [${machineText(l.machine)}]`);
    lines.push(`  ${w.files} møter: markdown-it i én prosess ${t(w.markdownIt)}, maks RSS ${w.markdownIt.peakRssMB} MB; referat html ${t(w.html)} = ${w.html.ratio}× (CPU ${w.html.ratioCpu}×), maks RSS ${w.html.peakRssMB} MB; `
        + `referat check ${t(w.check)}, maks RSS ${w.check.peakRssMB} MB [${machineText(w.machine)}]`);
    lines.push(`  oppstartens faser (${b.file}, ms, med / uten kodebuffer): ${Object.keys(b.labels).map(k => `${k} ${b.withCache.phases[k]}/${b.withoutCache.phases[k]}`).join(', ')}; i alt ${b.withCache.wallMs}/${b.withoutCache.wallMs}`);
    return lines;
}

/** The part's figures for the README (between the bench markers). */
export function cliMarkdown(cli) {
    if (!cli) return [];
    const { onePage: o, lines20000: l, workspace: w, breakdown: b } = cli;
    const machine = m => `load ${m.loadAverage}, other processes ${m.otherProcessesCores ?? '–'} cores`;
    const cell = x => `${x.wallMs} (CPU ${x.cpuMs ?? '–'})`;
    const lines = ['', '`referat` as a whole process against markdown-it (ms, medians of alternating runs; ratio of wall times, of CPU times in brackets):', '',
        '| run | markdown-it | referat | ratio | machine |', '|---|---|---|---|---|'];
    lines.push(`| \`check\`, one page (${o.lines} lines) | ${cell(o.markdownIt)} | ${cell(o.check)} | ${o.check.ratio}× (${o.check.ratioCpu}×) | ${machine(o.machine)} |`);
    lines.push(`| \`html\`, one page | ${cell(o.markdownIt)} | ${cell(o.html)} | ${o.html.ratio}× (${o.html.ratioCpu}×) | |`);
    lines.push(`| \`html\`, ${l.lines} lines | ${cell(l.markdownIt)} | ${cell(l.html)} | ${l.html.ratio}× (${l.html.ratioCpu}×) | ${machine(l.machine)} |`);
    lines.push(`| \`html\`, ${w.files} meetings (markdown-it: the same pages in one process) | ${cell(w.markdownIt)}, peak ${w.markdownIt.peakRssMB} MB | ${cell(w.html)}, peak ${w.html.peakRssMB} MB | ${w.html.ratio}× (${w.html.ratioCpu}×) | ${machine(w.machine)} |`);
    lines.push(`| \`check\`, ${w.files} meetings | | ${cell(w.check)}, peak ${w.check.peakRssMB} MB | | |`);
    lines.push('', `Bare \`node -e 0\`: ${cell(o.node)}; \`referat check\` on one page without the code cache: ${cell(o.checkWithoutCache)}.`);
    lines.push('', `Start-up of \`check\` + \`html\` on one page, by phase (\`startup-probe.mjs\`, bundled as \`referat\` is; ms, medians of ${b.withCache.runs} runs):`, '',
        '| phase | code cache warm | without code cache |', '|---|---|---|');
    for (const [key, label] of Object.entries(b.labels)) lines.push(`| ${label} | ${b.withCache.phases[key]} | ${b.withoutCache.phases[key]} |`);
    lines.push(`| **whole process** | **${b.withCache.wallMs}** | **${b.withoutCache.wallMs}** |`);
    return lines;
}
