'use strict';
/**
 * Runs one of the package's bundles (out/*.cjs, written by bundle.mjs) as a CommonJS module with
 * V8's code cache: the first run compiles the bundle and, at exit, saves the compiled code of every
 * function it ran; later runs load that instead of parsing and compiling about 0.5 MB of JavaScript
 * again. (Node 22 has `module.enableCompileCache()` for this; Node 20 offers the same through
 * `vm.Script`'s `cachedData`.)
 *
 * The cache lives in the user's cache folder ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches
 * on macOS, %LOCALAPPDATA% on Windows), under referat/compile-cache, or under $NODE_COMPILE_CACHE/referat
 * when that is set; NODE_DISABLE_COMPILE_CACHE=1 turns it off (both as for Node's own compile cache).
 * A cache file is keyed by the bundle's build hash (its last line), the Node version and the
 * architecture, and V8 rejects one made by another V8 or with other flags, which is then replaced.
 * A cache that cannot be read or written only costs time: the command runs the same without it.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const BUILD_MARK = '//# referat-build=';

function cacheDirectory() {
    if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    if (process.env.NODE_COMPILE_CACHE) return path.resolve(process.env.NODE_COMPILE_CACHE, 'referat');
    const home = require('node:os').homedir();
    const base = process.platform === 'win32' ? process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local')
        : process.platform === 'darwin' ? path.join(home, 'Library', 'Caches')
            : process.env.XDG_CACHE_HOME || path.join(home, '.cache');
    return path.join(base, 'referat', 'compile-cache');
}

/** Where the code cache of `bundle` (for `variant`, e.g. the subcommand) is kept; undefined when off. */
function cacheFileFor(bundle, source, variant) {
    const at = source.lastIndexOf(BUILD_MARK);
    const build = at >= 0 ? /^[0-9a-f]+/.exec(source.slice(at + BUILD_MARK.length))?.[0] : undefined;
    const dir = build && cacheDirectory();
    if (!dir) return undefined;
    const name = [path.basename(bundle, '.cjs'), variant, build, process.version, process.arch].filter(Boolean).join('-');
    return path.join(dir, `${name}.bin`);
}

function writeCache(file, data) {
    // Threads of one process may save at once (html-pool.ts): the thread's id keeps their temp files apart.
    const temp = `${file}.${process.pid}-${require('node:worker_threads').threadId}.tmp`;
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(temp, data);
        fs.renameSync(temp, file); // atomic: a reader never sees half a cache
    } catch {
        try { fs.rmSync(temp, { force: true }); } catch { /* nothing to clean */ }
    }
}

/**
 * Runs `bundle` (an absolute path) as the main module. `variant` keys a separate cache (each
 * subcommand runs different functions). With `saveAfterMs`, a missing cache is also saved that long
 * after start (a language server may be killed rather than exit).
 */
function runBundle(bundle, { variant, saveAfterMs } = {}) {
    const source = fs.readFileSync(bundle, 'utf8');
    const cacheFile = cacheFileFor(bundle, source, variant);
    let cachedData;
    if (cacheFile) {
        try { cachedData = fs.readFileSync(cacheFile); } catch { /* first run */ }
    }
    // The CommonJS wrapper on the bundle's first line (a comment line), so line numbers stay right.
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) {
        let saved = false;
        const save = () => { if (!saved) { saved = true; writeCache(cacheFile, script.createCachedData()); } };
        process.once('exit', save);
        if (saveAfterMs) setTimeout(save, saveAfterMs).unref();
    }
    const module = { exports: {}, filename: bundle, id: '.', loaded: false };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}

module.exports = { runBundle, cacheFileFor };

// A worker thread started on this file (by `referat html`'s pool, packages/cli/src/html-pool.ts) runs
// the bundle named in its data, with a code cache of its own.
const { isMainThread, workerData } = require('node:worker_threads');
if (!isMainThread && workerData?.referatBundle) runBundle(workerData.referatBundle, { variant: 'thread' });
