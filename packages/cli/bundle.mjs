// Bundles `referat-language-server` into one file (out/language-server.cjs): loading one file instead
// of hundreds of modules halves the server's cold start. The polyfill goes first, as in the extension.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
await esbuild.build({
    entryPoints: [path.join(here, 'src/language-server.ts')],
    outfile: path.join(here, 'out/language-server.cjs'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning',
    banner: { js: fs.readFileSync(path.join(here, '../language/polyfill.mjs'), 'utf8') },
});
