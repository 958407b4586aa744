/**
 * The `referat` command: dispatches to the subcommands. Exit codes: 0 ok, 1 errors found, 2 usage or
 * I/O error. Each subcommand's module (and with it Langium, the parser and the generators) is loaded
 * only when that subcommand runs, so `help` and usage errors answer at once and each command loads
 * only what it needs (see bundle.mjs).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

const USAGE = `Bruk: referat <kommando> [valg]

Kommandoer:
  check <filer eller mapper>…     kontrollerer referater; avslutter med 1 ved feil
      --format json               skriver diagnosene som JSON
  html <filer eller mapper>… -o <mappe>
                                  publiserer referatene som HTML-sider (én per møte; for en mappe
                                  også forside, oversikt per organ og fristside)
      --offentlig                 offentlig utgave: saker unntatt offentlighet viser bare nummer,
                                  tittel og hjemmel
      --today <dato>              dagen «forfalt» regnes fra (standard: i dag)
      --tving, --force            publiserer selv om referatene har feil, og skriver over filer
                                  som ikke er laget av referat
  frister <filer eller mapper>…   lister fristene på tvers av møtene, sortert, forfalte merket
      --json                      skriver fristene som JSON
      --ics <fil>                 skriver fristene til en iCalendar-fil
      --ansvarlig <navn>          bare frister der navnet er ansvarlig
      --innen <dato>              bare frister til og med datoen
      --today <dato>, --offentlig, --tving
  json <fil> [--offentlig]        skriver referatets innhold som JSON (schemaVersion 2)
  help                            viser denne teksten

Mapper gjennomsøkes etter *.referat-filer. Sjekker på tvers av filer gjelder alle filene som oppgis.`;

type Command = (args: string[], out: (line: string) => void, err: (line: string) => void) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
    async check(args, out) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
        if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Ukjent format «${values.format}». Bruk «--format json» eller utelat valget.`);
        const { check } = await import('./check.js');
        return check(positionals, values.format, out);
    },
    async html(args, out) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
            ut: { type: 'string', short: 'o' }, offentlig: { type: 'boolean', default: false }, today: { type: 'string' },
            tving: { type: 'boolean', default: false }, force: { type: 'boolean', default: false },
        } });
        const { publishHtml } = await import('./html.js');
        return publishHtml(positionals, { out: values.ut, publicEdition: values.offentlig, today: values.today, force: values.tving || values.force }, out);
    },
    async frister(args, out, err) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
            json: { type: 'boolean', default: false }, ics: { type: 'string' }, ansvarlig: { type: 'string' }, innen: { type: 'string' },
            today: { type: 'string' }, offentlig: { type: 'boolean', default: false }, tving: { type: 'boolean', default: false }, force: { type: 'boolean', default: false },
        } });
        const { listDeadlines } = await import('./frister.js');
        return listDeadlines(positionals, {
            json: values.json, ics: values.ics, responsible: values.ansvarlig, until: values.innen, today: values.today,
            publicEdition: values.offentlig, force: values.tving || values.force,
        }, out, err);
    },
    async json(args, out, err) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { offentlig: { type: 'boolean', default: false } } });
        const { printJson } = await import('./json.js');
        return printJson(positionals, { publicEdition: values.offentlig }, out, err);
    },
};

export async function main(argv: string[], out: (line: string) => void = line => console.log(line), err: (line: string) => void = line => console.error(line)): Promise<number> {
    const [name, ...args] = argv;
    if (!name) { err(USAGE); return 2; } // a usage error: the text goes to stderr
    if (name === 'help' || name === '--help' || name === '-h') { out(USAGE); return 0; }
    const command = COMMANDS[name];
    if (!command) { err(`referat: ukjent kommando «${name}».\n\n${USAGE}`); return 2; }
    try {
        return await command(args, out, err);
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
    // Node writes "Option '--format <value>' argument missing": name the option alone.
    if (missing) return `valget «${missing[1].split(/[ ,]/)[0]}» mangler verdi.`;
    return e.message;
}
