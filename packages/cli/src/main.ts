/** The `referat` command: dispatches to the subcommands. Exit codes: 0 ok, 1 errors found, 2 usage or I/O error. */
import { parseArgs } from 'node:util';
import { check } from './check.js';
import { UsageError } from './workspace.js';

const USAGE = `Bruk: referat <kommando> [valg]

Kommandoer:
  check <filer eller mapper>…     kontrollerer referater; avslutter med 1 ved feil
      --format json               skriver diagnosene som JSON
  help                            viser denne teksten

Mapper gjennomsøkes etter *.referat-filer. Sjekker på tvers av filer gjelder alle filene som oppgis.`;

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
    async check(args, out) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
        if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Ukjent format «${values.format}». Bruk «--format json» eller utelat valget.`);
        return check(positionals, values.format, out);
    },
};

export async function main(argv: string[], out: (line: string) => void = line => console.log(line), err: (line: string) => void = line => console.error(line)): Promise<number> {
    const [name, ...args] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') { out(USAGE); return name ? 0 : 2; }
    const command = COMMANDS[name];
    if (!command) { err(`referat: ukjent kommando «${name}».\n\n${USAGE}`); return 2; }
    try {
        return await command(args, out);
    } catch (e) {
        if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
            err(`referat ${name}: ${translateArgError(e as Error)}`);
            return 2;
        }
        err(`referat ${name}: intern feil: ${(e as Error).stack ?? e}\nDette er en feil i referat. Meld den gjerne med filen som utløste den.`);
        return 2;
    }
}

function translateArgError(e: Error): string {
    const unknown = /Unknown option '([^']+)'/.exec(e.message);
    if (unknown) return `ukjent valg «${unknown[1]}». Se «referat help».`;
    const missing = /Option '([^']+)' argument missing/.exec(e.message);
    if (missing) return `valget «${missing[1].split(',')[0].trim()}» mangler verdi.`;
    return e.message;
}
