// Bundles the VS Code extension: the client (out/extension.cjs, `vscode` external), the language
// server (out/server.cjs) with the Object.groupBy polyfill that Langium 4.4 needs on Node 20, the
// preview's script for the browser (out/webview/preview.js), and for VS Code for the Web the client
// (out/browser-extension.js) and the server as a Web Worker (out/server-browser.js).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { languageConfiguration } from './language-configuration.mjs';

const here = import.meta.dirname;
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const polyfill = fs.readFileSync(path.join(here, '../language/polyfill.mjs'), 'utf8');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Node 20 has \p{…} in regular expressions: keep them literals (esbuild would make each a `new RegExp` per call).
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'cjs',
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
};
const builds = [
    { ...common, entryPoints: [path.join(here, 'src/extension.ts')], outfile: path.join(here, 'out/extension.cjs'), external: ['vscode'] },
    { ...common, entryPoints: [path.join(here, 'src/server-main.ts')], outfile: path.join(here, 'out/server.cjs'), banner: { js: polyfill } },
    {
        ...common, platform: 'browser', format: 'iife', target: 'es2022',
        entryPoints: [path.join(here, 'src/webview/preview-script.ts')], outfile: path.join(here, 'out/webview/preview.js'),
    },
    // VS Code for the Web: the extension in the browser's extension host (CommonJS, `vscode` external)
    // and the language server as a Web Worker script. No Node built-ins (tests/browser checks).
    { ...common, platform: 'browser', target: 'es2022', entryPoints: [path.join(here, 'src/browser-extension.ts')], outfile: path.join(here, 'out/browser-extension.js'), external: ['vscode'] },
    { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: [path.join(here, 'src/server-browser.ts')], outfile: path.join(here, 'out/server-browser.js') },
];
/** The builds for VS Code for the Web, whose imports out/browser-bundles.json records. */
const WEB_BUNDLES = ['browser-extension.js', 'server-browser.js'];

function writeLanguageConfiguration() {
    fs.writeFileSync(path.join(here, 'out/language-configuration.json'), JSON.stringify(languageConfiguration()));
}

/**
 * out/browser-bundles.json: the imports left outside each bundle for VS Code for the Web (only
 * `vscode` may be: the browser has no Node built-ins; tests/browser checks this file).
 */
function writeBrowserBundleInfo(results) {
    const info = {};
    for (const { metafile } of results) {
        for (const [file, output] of Object.entries(metafile.outputs)) {
            if (!WEB_BUNDLES.includes(path.basename(file))) continue;
            info[path.basename(file)] = { externalImports: [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))], bytes: output.bytes };
        }
    }
    fs.writeFileSync(path.join(here, 'out/browser-bundles.json'), JSON.stringify(info, null, 2) + '\n');
}

const started = Date.now();
if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('esbuild: følger endringer (Ctrl-C for å stoppe)');
} else {
    fs.rmSync(path.join(here, 'out'), { recursive: true, force: true });
    const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
    writeBrowserBundleInfo(results);
    // The TextMate grammar lives at the repository root (syntaxes/); the package needs its own copy.
    fs.copyFileSync(path.join(here, '../../syntaxes/referat.tmLanguage.json'), path.join(here, 'out/referat.tmLanguage.json'));
    writeLanguageConfiguration();
    const size = (file) => `${(fs.statSync(path.join(here, 'out', file)).size / 1024).toFixed(0)} KB`;
    console.log(`esbuild: out/extension.cjs ${size('extension.cjs')}, out/server.cjs ${size('server.cjs')}, out/webview/preview.js ${size('webview/preview.js')}, out/browser-extension.js ${size('browser-extension.js')}, out/server-browser.js ${size('server-browser.js')} (${Date.now() - started} ms)`);
}
