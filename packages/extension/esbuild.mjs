// Bundles the VS Code extension: the client (out/extension.cjs, `vscode` external), the language
// server (out/server.cjs) with the Object.groupBy polyfill that Langium 4.4 needs on Node 20, and the
// preview's script for the browser (out/webview/preview.js).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const polyfill = fs.readFileSync(path.join(here, '../language/polyfill.mjs'), 'utf8');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
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
];

/** Rules that continue a numbered list on Enter ("2. Tekst" -> "3. "): one per number, since the rules are static. */
const NUMBERED_ITEMS = 99;
function writeLanguageConfiguration() {
    const configuration = JSON.parse(fs.readFileSync(path.join(here, 'language-configuration.json'), 'utf8'));
    for (let n = 1; n <= NUMBERED_ITEMS; n++) {
        configuration.onEnterRules.push({ beforeText: { pattern: `^\\s*${n}\\.[ \\t]+\\S` }, action: { indent: 'none', appendText: `${n + 1}. ` } });
    }
    fs.writeFileSync(path.join(here, 'out/language-configuration.json'), JSON.stringify(configuration));
}

const started = Date.now();
if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('esbuild: følger endringer (Ctrl-C for å stoppe)');
} else {
    fs.rmSync(path.join(here, 'out'), { recursive: true, force: true });
    await Promise.all(builds.map((options) => esbuild.build(options)));
    // The TextMate grammar lives at the repository root (syntaxes/); the package needs its own copy.
    fs.copyFileSync(path.join(here, '../../syntaxes/referat.tmLanguage.json'), path.join(here, 'out/referat.tmLanguage.json'));
    writeLanguageConfiguration();
    const size = (file) => `${(fs.statSync(path.join(here, 'out', file)).size / 1024).toFixed(0)} KB`;
    console.log(`esbuild: out/extension.cjs ${size('extension.cjs')}, out/server.cjs ${size('server.cjs')}, out/webview/preview.js ${size('webview/preview.js')} (${Date.now() - started} ms)`);
}
