// Builds the editor page (`referat web`) into a static folder: index.html, referat-web.js and
// referat-web.css. No server code, no module scripts and no fetches, so the folder works from any
// static host and from file:// (the language server's and Monaco's workers are embedded as text and
// started from blob: URLs; the Oniguruma WASM and the icon font are embedded too).
//   node packages/cli/web/build.mjs [--out <folder>] [--dev] [--if-stale]   (default folder: packages/cli/out/web)
// --if-stale builds only when a source is newer than the built page (`referat web` runs it so).
import * as esbuild from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageConfiguration } from '../../extension/language-configuration.mjs';
import { packageDirOf, thirdPartyLicenses } from '../bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '..');
const repo = path.resolve(cli, '../..');
export const DEFAULT_OUT = path.join(cli, 'out/web');
// monaco-editor's exports map every subpath into esm/vs/: its root is three levels above the main module.
const monacoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('monaco-editor'))), '../..');

/** Files and folders the page is built from: `referat web` rebuilds when one is newer than the page. */
export const WEB_SOURCES = [
    path.join(here, 'src'), path.join(here, 'index.html'), path.join(here, 'build.mjs'), path.join(here, 'monaco-nb.json'),
    path.join(repo, 'packages/language/out'), path.join(repo, 'syntaxes/referat.tmLanguage.json'),
    path.join(repo, 'packages/extension/language-configuration.json'), path.join(repo, 'packages/extension/language-configuration.mjs'), path.join(repo, 'examples'),
];

/** The page's own policy: scripts from its folder only (WASM for the TextMate engine), workers from blob: URLs. */
export const PAGE_CSP = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    'worker-src blob:',
    // Monaco writes its styles (theme colours, decorations) into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');

// Metafile paths relative to packages/cli, as bundle.mjs reads them for the licence list.
const common = { bundle: true, platform: 'browser', target: 'es2022', logLevel: 'warning', legalComments: 'none', absWorkingDir: cli };

/**
 * The language server's Web Worker (@referat/language/worker) as one script, as the page embeds it
 * (tests start the same bundle). Returns the code and esbuild's metafile.
 */
export function bundleServerWorker({ minify = true } = {}) {
    return bundleWorker('@referat/language/worker', minify);
}

/** Bundles a worker and returns its code (to be embedded in the page). */
async function bundleWorker(entry, minify) {
    const result = await esbuild.build({ ...common, entryPoints: [entry], format: 'iife', minify, write: false, metafile: true });
    return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/**
 * Monaco's interface texts in Norwegian: Monaco looks its messages up by number in
 * globalThis._VSCODE_NLS_MESSAGES and falls back to English. monaco-nb.json maps English texts to
 * Norwegian; the numbers are found in Monaco's sources, so the table follows the installed version.
 */
function norwegianMonacoMessages() {
    const dictionary = JSON.parse(fs.readFileSync(path.join(here, 'monaco-nb.json'), 'utf8'));
    delete dictionary.$comment;
    const messages = [];
    const found = new Set();
    const pattern = /localize2?\((\d+),\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;
    const walk = (dir) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.js')) {
                const text = fs.readFileSync(full, 'utf8');
                for (const m of text.matchAll(pattern)) {
                    const literal = m[2].startsWith("'") ? `"${m[2].slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[2];
                    let english;
                    try { english = JSON.parse(literal); } catch { continue; }
                    if (Object.hasOwn(dictionary, english)) {
                        messages[Number(m[1])] = dictionary[english];
                        found.add(english);
                    }
                }
            }
        }
    };
    walk(path.join(monacoRoot, 'esm/vs'));
    const missing = Object.keys(dictionary).filter((k) => !found.has(k));
    if (missing.length) console.warn(`web: ${missing.length} tekster i monaco-nb.json finnes ikke i Monaco ${monacoVersion()}: ${missing.slice(0, 5).join(' | ')}`);
    return messages;
}

function monacoVersion() {
    return JSON.parse(fs.readFileSync(path.join(monacoRoot, 'package.json'), 'utf8')).version;
}

/** The examples of the repository, offered in the page's «Eksempler» menu. */
function examples() {
    const dir = path.join(repo, 'examples');
    return fs.readdirSync(dir).filter((f) => f.endsWith('.referat')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * Builds the page into `out` (replaced as a whole: the new folder is written next to it and renamed
 * over it, so a failed build leaves the previous page intact). Returns the files and their sizes.
 */
export async function buildWebPage({ out = DEFAULT_OUT, minify = true, progress = () => {} } = {}) {
    const started = Date.now();
    progress('bygger språktjeneren for nettleseren …');
    const server = await bundleServerWorker({ minify });
    progress('bygger Monaco sin arbeidstråd …');
    const editorWorker = await bundleWorker(path.join(here, 'src/editor-worker.ts'), minify);
    progress('bygger siden …');
    const embedded = {
        name: 'referat-web-embedded',
        setup(build) {
            build.onResolve({ filter: /^referat-web:/ }, (args) => ({ path: args.path, namespace: 'referat-web' }));
            // Monaco's exports map only .js files: its style sheets are imported by path.
            build.onResolve({ filter: /^monaco-editor-css\// }, (args) => ({ path: path.join(monacoRoot, 'esm/vs', args.path.slice('monaco-editor-css/'.length)) }));
            build.onLoad({ filter: /.*/, namespace: 'referat-web' }, (args) => {
                if (args.path === 'referat-web:workers') {
                    return { contents: `export const serverWorker = ${JSON.stringify(server.code)};\nexport const editorWorker = ${JSON.stringify(editorWorker.code)};`, loader: 'js' };
                }
                if (args.path === 'referat-web:examples') return { contents: `export default ${JSON.stringify(examples())};`, loader: 'js' };
                if (args.path === 'referat-web:language-configuration') return { contents: `export default ${JSON.stringify(languageConfiguration())};`, loader: 'js' };
                throw new Error(`ukjent modul ${args.path}`);
            });
        },
    };
    const staging = `${out}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    try {
        const app = await esbuild.build({
            ...common,
            entryPoints: { 'referat-web': path.join(here, 'src/main.ts') },
            outdir: staging,
            format: 'iife',
            minify,
            metafile: true,
            sourcemap: false,
            loader: { '.ttf': 'dataurl', '.wasm': 'binary' },
            banner: { js: `globalThis._VSCODE_NLS_MESSAGES=${JSON.stringify(norwegianMonacoMessages())};globalThis._VSCODE_NLS_LANGUAGE="nb";` },
            plugins: [embedded],
        });
        const js = fs.readFileSync(path.join(staging, 'referat-web.js'));
        const css = fs.readFileSync(path.join(staging, 'referat-web.css'));
        const version = crypto.createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
        const html = fs.readFileSync(path.join(here, 'index.html'), 'utf8')
            .replaceAll('%CSP%', PAGE_CSP)
            .replaceAll('%VERSION%', version);
        fs.writeFileSync(path.join(staging, 'index.html'), html);
        // The licences of what the page bundles (the bundles themselves carry no licence comments).
        const packages = new Set([app, server, editorWorker].flatMap((r) => Object.keys(r.metafile.inputs).map(packageDirOf).filter(Boolean)));
        fs.writeFileSync(path.join(staging, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(packages, 'Third-party software in the Referat editor page (referat-web.js, referat-web.css and the workers embedded in them)'));
        fs.writeFileSync(path.join(staging, 'build-info.json'), JSON.stringify({
            version, monaco: monacoVersion(), built: new Date().toISOString(), csp: PAGE_CSP,
            // Imports esbuild left outside the bundles (none expected): a test checks there are no Node built-ins.
            externalImports: {
                'referat-web.js': externalImports(app.metafile),
                server: externalImports(server.metafile),
                editorWorker: externalImports(editorWorker.metafile),
            },
            bytes: { serverWorker: Buffer.byteLength(server.code), editorWorker: Buffer.byteLength(editorWorker.code) },
        }, null, 2) + '\n');
        fs.rmSync(out, { recursive: true, force: true });
        fs.renameSync(staging, out);
    } catch (error) {
        fs.rmSync(staging, { recursive: true, force: true });
        throw error;
    }
    const files = fs.readdirSync(out).map((name) => ({ name, bytes: fs.statSync(path.join(out, name)).size }));
    return { out, files, ms: Date.now() - started };
}

/** Imports esbuild kept out of the bundle (inlined data: URLs aside). */
export function externalImports(metafile) {
    return [...new Set(Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && !i.path.startsWith('data:')).map((i) => i.path)))];
}

/** Newest modification time under `paths` (0 when none exists). */
export function newestMtime(paths) {
    let newest = 0;
    const visit = (file) => {
        let stat;
        try { stat = fs.statSync(file); } catch { return; }
        newest = Math.max(newest, stat.mtimeMs);
        if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    };
    for (const p of paths) visit(p);
    return newest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    const outIndex = args.indexOf('--out');
    const out = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : DEFAULT_OUT;
    const index = path.join(out, 'index.html');
    if (args.includes('--if-stale') && fs.existsSync(index) && newestMtime(WEB_SOURCES) <= fs.statSync(index).mtimeMs) process.exit(0);
    const result = await buildWebPage({ out, minify: !args.includes('--dev'), progress: (m) => process.stderr.write(`web: ${m}\n`) });
    const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
    console.log(`web: ${path.relative(process.cwd(), result.out) || result.out}/ ${result.files.map((f) => `${f.name} ${kb(f.bytes)}`).join(', ')} (${result.ms} ms)`);
}
