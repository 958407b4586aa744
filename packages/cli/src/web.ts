/**
 * `referat web [--port N] [--ut <mappe>]`: the editor page (packages/cli/web), built into a static
 * folder and served on 127.0.0.1 until Ctrl-C; with --ut the folder is written out for any static
 * host (or to open from disk) instead. The server only hands out the folder's files: the page needs
 * no server code, the language server runs in the browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { UsageError } from './errors.js';

/**
 * packages/cli/out: the bundle's folder (out/referat.cjs runs with __dirname set, see
 * bin/run-bundle.cjs), or, for tsc's output run by bin/referat.js without a bundle, beside bin/.
 */
const OUT = typeof __dirname === 'string' ? __dirname : path.resolve(path.dirname(process.argv[1] ?? '.'), '../out');
/** The built page (packages/cli/out/web) and the build script of the page's sources (not in the npm package). */
const PAGE_DIR = path.join(OUT, 'web');
const BUILD_SCRIPT = path.resolve(OUT, '../web/build.mjs');
/** Drafts are kept per address in the browser: a fixed port keeps them across runs. */
export const DEFAULT_PORT = 8321;
const PAGE_FILES = ['index.html', 'referat-web.js', 'referat-web.css', 'build-info.json', 'THIRD-PARTY-LICENSES.txt'];

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

export async function web(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, ut: { type: 'string', short: 'o' } } });
    if (positionals.length) throw new UsageError(`«referat web» tar ingen filer («${positionals[0]}»). Åpne filene i nettleseren med «Åpne …».`);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535 || (values.port !== undefined && !/^\d+$/.test(values.port))) {
        throw new UsageError(`Ugyldig port «${values.port}». Oppgi et tall fra 1 til 65535 (0 velger en ledig port), for eksempel «--port 8321».`);
    }
    const page = ensurePage(err);
    if (values.ut !== undefined) return writeFolder(page, path.resolve(values.ut), out);
    return serve(page, port, out, err);
}

/** The built page; rebuilt first when its sources (in a checkout of the repository) are newer. */
function ensurePage(err: (line: string) => void): string {
    if (fs.existsSync(BUILD_SCRIPT)) {
        // A separate process: the bundled command runs without ES module loading (bin/run-bundle.cjs).
        // Its progress goes to stderr as it happens.
        const build = spawnSync(process.execPath, [BUILD_SCRIPT, '--if-stale', '--out', PAGE_DIR], { stdio: ['ignore', 2, 2] });
        if (build.status !== 0) {
            err(`referat web: redigeringssiden kunne ikke bygges (${build.error?.message ?? `kode ${build.status}`}). Kjør «npm run build» og se feilen der.`);
        }
    }
    const missing = PAGE_FILES.filter((f) => !fs.existsSync(path.join(PAGE_DIR, f)));
    if (missing.length) throw new UsageError(`Redigeringssiden er ikke bygget (mangler ${missing.join(', ')} i ${PAGE_DIR}). Kjør «npm run build» først.`);
    return PAGE_DIR;
}

/** Copies the page to `target`; never over files that are not an earlier copy of the page. */
function writeFolder(page: string, target: string, out: (line: string) => void): number {
    if (fs.existsSync(target)) {
        if (!fs.statSync(target).isDirectory()) throw new UsageError(`«${target}» finnes og er ikke en mappe. Velg en ny eller tom mappe.`);
        const foreign = fs.readdirSync(target).filter((f) => !PAGE_FILES.includes(f));
        const earlierCopy = fs.existsSync(path.join(target, 'build-info.json'));
        if (foreign.length || (fs.readdirSync(target).length && !earlierCopy)) {
            throw new UsageError(`Mappen «${target}» inneholder andre filer (${foreign.slice(0, 3).join(', ') || fs.readdirSync(target).slice(0, 3).join(', ')}). Velg en ny eller tom mappe; referat skriver ikke over dem.`);
        }
    }
    fs.mkdirSync(target, { recursive: true });
    for (const file of PAGE_FILES) {
        // Each file is written to a temporary name first: an interrupted copy leaves no half-written page.
        fs.copyFileSync(path.join(page, file), path.join(target, `${file}.tmp`));
        fs.renameSync(path.join(target, `${file}.tmp`), path.join(target, file));
    }
    out(`Redigeringssiden er skrevet til ${target}${path.sep}`);
    out(`Åpne ${path.join(target, 'index.html')} i nettleseren, eller legg mappen på en statisk webtjener. Den virker uten nett.`);
    return 0;
}

/** Serves the folder on 127.0.0.1 until SIGINT or SIGTERM. */
function serve(page: string, port: number, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    // The page's policy also as a header (the meta element in index.html says the same).
    const { csp } = JSON.parse(fs.readFileSync(path.join(page, 'build-info.json'), 'utf8')) as { csp?: string };
    const server = http.createServer((request, response) => {
        const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
            response.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
            response.end(request.method === 'HEAD' ? undefined : body);
        };
        if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Bare GET og HEAD er tillatt.');
        let name: string;
        try {
            name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '') || 'index.html';
        } catch {
            return send(400, 'Ugyldig adresse.');
        }
        // Only the page's own files, by name: no folders, no paths out of the folder.
        if (!PAGE_FILES.includes(name)) return send(404, `Finnes ikke: /${name}. Redigeringssiden er på /.`);
        const file = path.join(page, name);
        fs.readFile(file, (error, body) => {
            if (error) return send(500, `Kunne ikke lese ${name}: ${error.message}`);
            response.writeHead(200, {
                'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
                'Content-Length': body.length,
                'Cache-Control': 'no-cache',
                'X-Content-Type-Options': 'nosniff',
                ...(csp && name === 'index.html' ? { 'Content-Security-Policy': csp } : {}),
            });
            response.end(request.method === 'HEAD' ? undefined : body);
        });
    });
    return new Promise((resolve) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EADDRINUSE') err(`referat web: porten ${port} på 127.0.0.1 er i bruk. Velg en annen med «--port», for eksempel «--port ${port + 1}».`);
            else if (error.code === 'EACCES') err(`referat web: har ikke lov til å bruke porten ${port}. Velg en port over 1024 med «--port».`);
            else err(`referat web: kunne ikke starte: ${error.message}`);
            resolve(2);
        });
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            const actual = typeof address === 'object' && address ? address.port : port;
            out(`Referat i nettleseren: http://127.0.0.1:${actual}/`);
            out('Siden kjører helt i nettleseren; filene åpnes og lagres på denne maskinen. Trykk Ctrl-C for å stoppe.');
            const stop = () => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                server.close(() => resolve(0));
                server.closeAllConnections();
            };
            process.on('SIGINT', stop);
            process.on('SIGTERM', stop);
        });
    });
}
