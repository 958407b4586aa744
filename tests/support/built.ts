/**
 * For tests that run the commands as a user does (packages/cli/bin/*.js): builds the packages when an
 * output file is missing or older than its source (`npm test` builds first anyway), so a focused run
 * after editing a source never tests stale bundles. The bins run the bundles (out/*.cjs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const BUNDLES = ['packages/cli/out/referat.cjs', 'packages/cli/out/language-server.cjs'];

function sources(dir: string): string[] {
    return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts')).map(f => path.join(root, dir, f));
}

export function ensureBuilt(): void {
    const stale = ['packages/language', 'packages/cli'].some(pkg => sources(`${pkg}/src`).some(file => {
        const out = path.join(root, pkg, 'out', path.relative(path.join(root, pkg, 'src'), file).replace(/\.ts$/, '.js'));
        return !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(file).mtimeMs;
    }));
    // Under one lock: test files run in parallel, and tsc or esbuild twice at once would clash.
    const hasFlock = fs.existsSync('/usr/bin/flock');
    const run = (...args: string[]) => execFileSync(hasFlock ? '/usr/bin/flock' : process.execPath,
        [...(hasFlock ? [path.join(os.tmpdir(), 'tsc.lock'), process.execPath] : []), ...args], { cwd: root, stdio: 'inherit' });
    if (stale) run(path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.json');
    const newestSource = Math.max(...['packages/language/src', 'packages/cli/src'].flatMap(sources).map(f => fs.statSync(f).mtimeMs),
        fs.statSync(path.join(root, 'packages/cli/bundle.mjs')).mtimeMs);
    if (BUNDLES.some(b => !fs.existsSync(path.join(root, b)) || fs.statSync(path.join(root, b)).mtimeMs < newestSource)) {
        run(path.join(root, 'packages/cli/bundle.mjs'));
    }
}
