/** The `referat` command's entry point (bundled to out/referat.cjs by bundle.mjs; bin/referat.js runs it). */
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';

if (!isMainThread && (workerData as { referatPool?: string } | undefined)?.referatPool === 'bundle') {
    // A thread of `referat html`'s pool (html-pool.ts), running this bundle.
    void import('./pool-worker.js').then(m => m.runPoolWorker());
} else {
    // No top-level await: the bundle is CommonJS.
    main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: Error) => {
        console.error(`referat: intern feil: ${e?.stack ?? e}\nDette er en feil i referat. Meld den gjerne.`);
        process.exitCode = 2;
    });
}
