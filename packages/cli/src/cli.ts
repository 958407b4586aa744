/** The `referat` command's entry point (bundled to out/referat.cjs by bundle.mjs; bin/referat.js runs it). */
import { main } from './main.js';

// No top-level await: the bundle is CommonJS.
main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: Error) => {
    console.error(`referat: intern feil: ${e?.stack ?? e}\nDette er en feil i referat. Meld den gjerne.`);
    process.exitCode = 2;
});
