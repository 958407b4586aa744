// Bundles the two commands into one file each, so that they load one file instead of hundreds of
// modules (`npm run build` runs this after tsc):
//   out/referat.cjs          `referat` (src/cli.ts): Langium's core, no LSP code;
//   out/language-server.cjs  `referat-language-server` (src/language-server.ts).
// Production mode, minified, CommonJS (no top-level await). The Object.groupBy polyfill goes first,
// as in the extension. Each subcommand's module is reached through `import()` in main.ts, which
// esbuild turns into a lazily run wrapper: a command runs the top-level code of what it imports only.
// The last line of each bundle names a hash of its content: bin/run-bundle.cjs keys V8's code cache
// with it (bundleFile below; the benchmark's start-up breakdown bundles its probe the same way).
// out/THIRD-PARTY-LICENSES.txt lists the bundled packages with their licence texts (the
// npm package ships it beside the bundles). `node bundle.mjs --readable` keeps names and line breaks (for reading CPU profiles).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = import.meta.dirname;
const readable = process.argv.includes('--readable');
const polyfill = fs.readFileSync(path.join(here, '../language/polyfill.mjs'), 'utf8');
const BUNDLES = [
    { entry: 'src/cli.ts', out: 'out/referat.cjs' },
    { entry: 'src/language-server.ts', out: 'out/language-server.cjs' },
];
const BUILD_MARK = '//# referat-build=';

/** The folder of the package under node_modules that `input` (a path relative to here) belongs to. */
export function packageDirOf(input) {
    const parts = input.split('/');
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) return undefined;
    return path.resolve(here, ...parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)));
}

/** The licence texts of the packages in `dirs`, under `title` (the editor page, web/build.mjs, uses it too). */
export function thirdPartyLicenses(dirs, title = 'Third-party software in out/referat.cjs and out/language-server.cjs') {
    const sections = [...dirs].map(dir => {
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
        const texts = fs.readdirSync(dir).filter(f => /^(licen[cs]e|notice|thirdpartynotices)/i.test(f)).sort()
            .map(f => fs.readFileSync(path.join(dir, f), 'utf8').trim());
        if (texts.length === 0) throw new Error(`${pkg.name}: no licence file in ${dir}; add its licence text to bundle.mjs`);
        return { name: `${pkg.name}@${pkg.version}`, text: `${pkg.name}@${pkg.version} (${pkg.license})\n\n${texts.join('\n\n')}` };
    }).sort((a, b) => (a.name < b.name ? -1 : 1));
    return `${title}\n\n${sections.map(s => s.text).join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/**
 * Bundles `entry` to `outfile` as the commands are bundled, with the build hash as last line;
 * `banner` goes before the polyfill. Returns the paths of the bundled packages and the size.
 */
export async function bundleFile(entry, outfile, { banner = '', readable: keepNames = readable } = {}) {
    const result = await esbuild.build({
        entryPoints: [entry],
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: !keepNames, minifySyntax: true, write: false, logLevel: 'warning',
        define: { 'process.env.NODE_ENV': '"production"' },
        // Node 20 has \p{…} in regular expressions; without this esbuild turns each such literal into
        // `new RegExp(…)`, compiled again on every call (the model's value parsers call them per line).
        supported: { 'regexp-unicode-property-escapes': true },
        banner: { js: `${banner}${polyfill}` },
        outfile, metafile: true, absWorkingDir: here, // metafile paths are relative to this folder
    });
    const packages = Object.keys(result.metafile.inputs).map(packageDirOf).filter(Boolean);
    const code = result.outputFiles.find(f => f.path === outfile).text;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const text = `${code}${code.endsWith('\n') ? '' : '\n'}${BUILD_MARK}${hash}\n`;
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    // Written through a temp file: a half-written bundle must never be run.
    const temp = `${outfile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, outfile);
    return { packages, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const started = Date.now();
    const built = await Promise.all(BUNDLES.map(({ entry, out }) => bundleFile(path.join(here, entry), path.join(here, out))));
    const licences = path.join(here, 'out/THIRD-PARTY-LICENSES.txt');
    fs.writeFileSync(`${licences}.${process.pid}.tmp`, thirdPartyLicenses(new Set(built.flatMap(b => b.packages))));
    fs.renameSync(`${licences}.${process.pid}.tmp`, licences); // npm pack may be reading it
    console.log(`esbuild: ${BUNDLES.map(({ out }, i) => `${out} ${(built[i].bytes / 1024).toFixed(0)} KB`).join(', ')} (${Date.now() - started} ms)`);
}
