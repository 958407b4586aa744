/**
 * Sizes of Referat in the browser: the editor page's static folder (packages/cli/out/web, built by
 * `npm run build`) file by file, raw and gzip-compressed (what a static host sends), with the two
 * workers it embeds; and the VS Code web extension's bundles (packages/extension/out, minified by
 * `npm run package`).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const mb = (bytes) => Math.round(bytes / 1e4) / 100;

export function measureWebSizes(repo) {
    const dir = path.join(repo, 'packages/cli/out/web');
    const page = { dir: path.relative(repo, dir) };
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
        page.note = 'not measured: the editor page is not built (npm run build)';
    } else {
        page.files = fs.readdirSync(dir).sort().map((name) => {
            const body = fs.readFileSync(path.join(dir, name));
            return { name, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 9 }).length };
        });
        page.bytes = page.files.reduce((n, f) => n + f.bytes, 0);
        page.gzipBytes = page.files.reduce((n, f) => n + f.gzipBytes, 0);
        page.MB = mb(page.bytes);
        page.gzipMB = mb(page.gzipBytes);
        const info = JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8'));
        page.embedded = info.bytes;
        page.monaco = info.monaco;
        page.built = info.built;
    }
    const out = path.join(repo, 'packages/extension/out');
    const extension = {};
    for (const file of ['browser-extension.js', 'server-browser.js']) {
        const full = path.join(out, file);
        extension[file] = fs.existsSync(full) ? { bytes: fs.statSync(full).size, MB: mb(fs.statSync(full).size) } : { note: 'not measured: build the extension (npm run package -w packages/extension)' };
    }
    return { page, extension };
}

/** One line for the report: Norwegian for the terminal, English for the README. */
export function webSizeSummary(web, language) {
    if (!web) return undefined;
    const { page, extension } = web;
    const ext = (f) => extension[f].MB !== undefined ? `${extension[f].MB} MB` : '–';
    if (language === 'nb') {
        return page.note ? `Redigeringssiden: ikke målt (${page.note})`
            : `Redigeringssiden (${page.dir}/): ${page.MB} MB, ${page.gzipMB} MB komprimert (gzip); språktjeneren i siden ${mb(page.embedded.serverWorker)} MB, Monaco ${page.monaco}. VS Code for the Web: utvidelsen ${ext('browser-extension.js')}, språktjeneren ${ext('server-browser.js')}.`;
    }
    return page.note ? `Editor page: not measured (${page.note})`
        : `Editor page (\`referat web\`): ${page.MB} MB in ${page.files.length} files, ${page.gzipMB} MB gzip-compressed (its language server worker ${mb(page.embedded.serverWorker)} MB, Monaco ${page.monaco}); VS Code for the Web: extension ${ext('browser-extension.js')}, worker server ${ext('server-browser.js')}.`;
}
