/**
 * Deterministic, realistic Referat corpora for the benchmark: single meetings of a given length and
 * a workspace of many meetings of several bodies. Every meeting is written twice: as Referat and as
 * the same content in Markdown (headings, lists, bold keywords) for the markdown-it baseline.
 * Same seed, same bytes: a seeded PRNG (mulberry32) drives every choice.
 */
import fs from 'node:fs';
import path from 'node:path';

export function createRng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = list => list[Math.floor(next() * list.length)];
    const chance = p => next() < p;
    const sample = (list, n) => {
        const copy = [...list];
        for (let i = copy.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [copy[i], copy[j]] = [copy[j], copy[i]]; }
        return copy.slice(0, n);
    };
    return { next, int, pick, chance, sample };
}

const FIRST = ['Siv', 'Erlend', 'Marit', 'Maria', 'Ole Johan', 'Kari', 'Lars', 'Ingrid', 'Bjørn', 'Marte', 'Jonas', 'Håkon',
    'Fatima', 'Eirik', 'Nora', 'Sølvi', 'Anders', 'Per-Åge', 'Camilla', 'Liv', 'Astrid', 'Torbjørn', 'Åse', 'Gunnar',
    'Hilde', 'Tarje', 'Mona', 'Roar', 'Kathrine', 'Arnfinn', 'Solveig', 'Øystein', 'Ragnhild', 'Espen', 'Ahmed', 'Linh',
    'Trond', 'Heidi', 'Sindre', 'Birgit'];
const LAST = ['Mørkved', 'Smeland', 'Bakke', 'Tårland', 'Stokke', 'Borge', 'Buanes', 'Åsheim', 'Kvåle', 'Lægreid',
    'Ødegård', 'Bræin', 'Øverland', 'Sæther', 'Kielland', 'Haugland', 'Nyquist', 'Lund', 'Fjeld', 'Torsen', 'Hansen',
    'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg',
    'Haugen', 'Hagen', 'Eriksen', 'Dahl', 'Halvorsen', 'Solberg', 'Strand', 'Moen', 'Lie'];
const INSTITUTIONS = ['Helse Midt-Norge RHF', 'Oslo universitetssykehus', 'Universitetet i Bergen', 'Ås kommune',
    'Norges forskningsråd', 'Kulturrådet', 'Bygdøy vel', 'Statsforvalteren i Oslo og Viken', 'NTNU', 'UiT',
    'Helse Vest RHF', 'Fylkeskommunen', 'KS', 'Arbeidstilsynet', 'Innovasjon Norge', 'Direktoratet for eHelse'];
export const BODIES = [
    { name: 'Kommunestyret i Ås', short: 'KST', place: 'Ås rådhus, kommunestyresalen' },
    { name: 'Formannskapet i Ås', short: 'FSK', place: 'Ås rådhus, møterom Follo' },
    { name: 'Styret i Helse Nordvest RHF', short: 'HNV', place: 'Radisson Hotel Trondheim Airport Værnes' },
    { name: 'Hovedutvalg for oppvekst og kultur', short: 'HOK', place: 'Kulturhuset, sal B' },
    { name: 'Eldrerådet i Ås', short: 'ER', place: 'Moer sykehjem, kantina' },
];
const TOPICS = ['budsjett for neste år', 'økonomirapport per 2. tertial', 'reparasjon av taket på skolen', 'ny barnehage på Nordby',
    'høring om regional plan for vannforvaltning', 'strategi for digitalisering', 'tilskudd til frivillige lag', 'parkeringsregler i sentrum',
    'vedlikeholdsplan for kommunale bygg', 'årsmelding og årsregnskap', 'revisjonsrapport om innkjøp', 'plan for klimatilpasning',
    'samarbeidsavtale med universitetet', 'forskningsstrategi for helseforetaket', 'kvalitetsindikatorer i spesialisthelsetjenesten',
    'rekruttering av fastleger', 'trafikksikkerhetsplan', 'åpningstider i biblioteket', 'kulturprisen', 'valg av representant til rådet',
    'reglement for godtgjøring', 'eierskapsmelding', 'beredskapsplan', 'tiltak mot ensomhet blant eldre', 'skolestruktur i nord'];
const CASE_TYPES = [
    { label: 'Vedtakssak', decision: true }, { label: 'Beslutningssak', decision: true }, { label: 'Diskusjonssak', decision: true },
    { label: 'Drøftingssak', decision: true }, { label: 'Orienteringssak', decision: false }, { label: 'Høringssak', decision: true },
];
const SENTENCES = [
    'Saken ble lagt fram med en kort gjennomgang av bakgrunnen og de viktigste tallene.',
    'Administrasjonen har utredet tre alternativer, og anbefaler det andre: det gir best balanse mellom kostnad og kvalitet.',
    'Flere medlemmer pekte på at tidsplanen er stram, særlig fordi anbudsrunden tar minst seks uker.',
    'Kostnadene er anslått til kr 1 250 000 (eks. mva.), som er 8 % over rammen i budsjettet.',
    'Rådet ba om at brukerne høres før endelig beslutning, jf. reglementet § 4 og § 9.',
    'Det ble vist til rapporten «Status og utfordringer» som ligger på https://www.example.no/rapport.',
    'Innspillene fra møtet tas med i det videre arbeidet; et revidert forslag legges fram senere.',
    'Arbeidsgruppen har hatt fire møter siden sist og har sendt ut en spørreundersøkelse (svarprosent 62 %).',
    'Det er usikkert om statstilskuddet videreføres; departementet har varslet svar før sommeren.',
    'Medlemmene var enige om hovedlinjene, men ønsket en tydeligere plan for oppfølging og rapportering.',
    'Tallene per 31. august viser at driften går i balanse, med et lite mindreforbruk på lønn.',
    'Leder minnet om at saksdokumentene skal være sendt ut senest én uke før møtet.',
];
const BULLETS = [
    'behovet for flere plasser er størst i sentrum', 'vedlikeholdsetterslepet må tas inn i økonomiplanen',
    'frivillige lag bør fortsatt ha redusert leie', 'brukerrepresentantene skal involveres tidlig',
    'kostnadene må holdes innenfor rammen', 'tiltaket evalueres etter ett år', 'informasjon legges ut på nettsidene',
    'samarbeidet med nabokommunene videreføres', 'det trengs en egen risikovurdering', 'personvernet må ivaretas',
];
const DECISIONS = [
    'Saken tas til orientering.', 'Forslaget godkjennes med de endringene som kom fram i møtet.',
    'Administrasjonen utreder saken videre og legger den fram på nytt i et senere møte.',
    'Rådet slutter seg til hovedpunktene i høringssvaret.', 'Budsjettrammen vedtas som foreslått.',
    'Leder og nestleder gjør den endelige redigeringen av dokumentet.',
];
const TASKS = ['notat sendes sekretariatet', 'tre anbud legges fram', 'revidert forslag sendes medlemmene',
    'høringssvar sendes departementet', 'oppdatert tidsplan legges fram', 'rapport om framdriften sendes rådet'];
const ROLE_DESCRIPTIONS = ['daglig leder', 'økonomisjef', 'prosjektleder', 'rådgiver', 'kommunalsjef', 'fagdirektør'];

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const pad = n => String(n).padStart(2, '0');
const addDays = (date, days) => new Date(date.getTime() + days * 86400000);
const numeric = d => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const long = d => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** Writes each line twice: Referat and Markdown. */
class Writer {
    constructor() { this.referat = []; this.markdown = []; }
    line(referat, markdown = referat) { this.referat.push(referat); this.markdown.push(markdown); }
    blank() { this.line(''); }
    get lines() { return this.referat.length; }
    result() { return { referat: this.referat.join('\n') + '\n', markdown: this.markdown.join('\n') + '\n', lines: this.referat.length }; }
}

function people(rng, n) {
    const names = new Set();
    while (names.size < n) names.add(`${rng.pick(FIRST)} ${rng.pick(LAST)}`);
    return [...names].map(name => ({ name, institution: rng.pick(INSTITUTIONS) }));
}

/**
 * One meeting. `cases` numbers continue from `firstCase`; `earlier` lists cases of earlier meetings of
 * the same body ({ number, meetingNo }) that references may point to.
 * Returns Referat and Markdown text, the line count and the case numbers written.
 */
export function generateMeeting({ seed, targetLines, body = BODIES[0], date = new Date(Date.UTC(2024, 4, 14)), meetingNo = 3,
    firstCase = 1, earlier = [], nextDate }) {
    const rng = createRng(seed);
    const year = date.getUTCFullYear(), yy = pad(year % 100);
    const w = new Writer();
    const members = people(rng, rng.int(9, 14));
    const present = members.slice(0, members.length - 2), absent = members.slice(members.length - 2);
    const [chair] = present;
    const secretary = people(rng, 1)[0];
    while (members.some(m => m.name === secretary.name)) secretary.name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const everyone = [...present, secretary];

    w.line('// Generert av @referat/bench (deterministisk testkorpus)', '<!-- Generert av @referat/bench -->');
    const header = [['Organ', `${body.name} (${body.short})`], ['Møte', `${pad(meetingNo)}/${year}`], ['Dato', long(date)],
        ['Tid', 'kl. 10.00–15.00'], ['Sted', body.place], ['Status', `godkjent ${numeric(addDays(date, 9))}`],
        ['Møteleder', chair.name], ['Referent', secretary.name]];
    w.line(`Organ: ${header[0][1]}`, `# ${header[0][1]}`);
    for (const [key, value] of header.slice(1)) w.line(`${key}: ${value}`, `- **${key}:** ${value}`);
    w.blank();
    w.line('Til stede:', '## Til stede');
    present.forEach((p, i) => {
        const role = i === 0 ? 'leder' : i === 1 ? 'nestleder' : i === 2 ? `vara for ${absent[0].name}` : rng.chance(0.7) ? 'fast medlem' : 'medlem';
        const note = rng.chance(0.15) ? ' (Teams)' : '';
        w.line(`- ${p.name}, ${p.institution}, ${role}${note}`);
    });
    w.blank();
    w.line('Forfall:', '## Forfall');
    for (const p of absent) w.line(`- ${p.name}, ${p.institution}, fast medlem`);
    w.blank();
    w.line('Sekretariat:', '## Sekretariat');
    w.line(`- ${secretary.name}, ${secretary.institution}, referent`);
    w.blank();

    const written = [];
    let number = firstCase;
    const tail = 6; // Eventuelt and Neste møte
    while (w.lines < targetLines - tail || written.length === 0) {
        writeCase(rng, w, { number, yy, date, everyone, written, earlier });
        written.push(number++);
    }
    const caseNo = `${number}/${yy}`;
    w.line(`Sak ${caseNo} Eventuelt`, `## Sak ${caseNo} Eventuelt`);
    w.blank();
    w.line(`${rng.pick(everyone).name} minnet om ${rng.pick(['dugnaden', 'seminaret', 'befaringen'])} ${long(addDays(date, 10))} kl. 10.00.`);
    w.blank();
    written.push(number);
    const next = nextDate ?? addDays(date, rng.int(14, 42));
    w.line(`Neste møte: ${long(next)}, kl. 10.00–15.00, ${body.place}`, `**Neste møte:** ${long(next)}, kl. 10.00–15.00, ${body.place}`);
    return { ...w.result(), cases: written };
}

function writeCase(rng, w, { number, yy, date, everyone, written, earlier }) {
    const type = rng.pick(CASE_TYPES);
    const topic = rng.pick(TOPICS);
    const title = topic.charAt(0).toUpperCase() + topic.slice(1);
    const introducer = rng.pick(everyone);
    w.line(`Sak ${number}/${yy} ${title}`, `## Sak ${number}/${yy} ${title}`);
    w.line(`${type.label}: ${rng.pick(SENTENCES)}`, `*${type.label}:* ${rng.pick(SENTENCES)}`);
    w.line(`Innledning ved ${introducer.name}, ${rng.pick(ROLE_DESCRIPTIONS)}.`, `*Innledning ved* ${introducer.name}, ${rng.pick(ROLE_DESCRIPTIONS)}.`);
    const group = rng.chance(0.2) ? rng.sample(everyone, 3) : undefined;
    if (group) {
        w.line('Ansvarlig: Arbeidsgruppen', '**Ansvarlig:** Arbeidsgruppen');
        for (const p of group) w.line(`- ${p.name}, ${p.institution} (medlem av gruppen)`);
    }
    if (rng.chance(0.4)) {
        w.line(`Vedlegg: Saksframlegg datert ${numeric(addDays(date, -rng.int(7, 20)))}`, `**Vedlegg:** Saksframlegg datert ${numeric(addDays(date, -rng.int(7, 20)))}`);
        if (rng.chance(0.5)) w.line(`- Notat fra ${rng.pick(INSTITUTIONS)}`);
    }
    w.blank();
    for (let p = rng.int(1, 3); p > 0; p--) {
        const sentences = rng.sample(SENTENCES, rng.int(2, 4));
        if (rng.chance(0.3) && written.length > 0) sentences.push(`Se også vurderingen i forrige sak (jf. sak ${rng.pick(written)}/${yy}).`);
        else if (rng.chance(0.2) && earlier.length > 0) {
            const e = rng.pick(earlier);
            sentences.push(`Saken ble drøftet tidligere (jfr. sak ${e.number} (${e.meetingNo})).`);
        }
        w.line(sentences.join(' '));
        w.blank();
    }
    if (rng.chance(0.6)) {
        w.line('Momenter fra drøftingen:');
        for (const item of rng.sample(BULLETS, rng.int(2, 5))) w.line(`- ${item.charAt(0).toUpperCase() + item.slice(1)}.`);
        if (rng.chance(0.3)) w.line(`  - ${rng.pick(BULLETS)}`);
        w.blank();
    }
    if (rng.chance(0.25)) {
        const items = rng.sample(DECISIONS, 3);
        w.line('Vedtak:', '**Vedtak:**'); // a numbered list directly below, in both formats
        items.forEach((d, i) => w.line(`${i + 1}. ${d}`));
    } else if (type.decision || rng.chance(0.5)) {
        const d = rng.pick(DECISIONS);
        w.line(`Vedtak: ${d}`, `**Vedtak:** ${d}`);
    } else {
        w.line(`Vedtak: Saken tas til orientering.`, `**Vedtak:** Saken tas til orientering.`);
    }
    if (rng.chance(0.7)) {
        if (rng.chance(0.7)) w.line('Votering: enstemmig', '**Votering:** enstemmig');
        else {
            const [a, b] = rng.sample(everyone.slice(0, -1), 2);
            w.line('Votering: 7 for, 2 mot', '**Votering:** 7 for, 2 mot');
            w.line(`Dissens: ${a.name}, ${b.name} – mener saken bør utsettes.`, `**Dissens:** ${a.name}, ${b.name} – mener saken bør utsettes.`);
        }
    }
    if (rng.chance(0.35)) {
        const due = addDays(date, rng.int(7, 150));
        const who = rng.pick(everyone).name;
        const task = rng.pick(TASKS);
        w.line(`Frist ${numeric(due)}: ${who} – ${task}.`, `**Frist ${numeric(due)}:** ${who} – ${task}.`);
    }
    w.blank();
}

/**
 * The meetings of a workspace: `bodies × years × perYear` files, as { path, text, markdown } with paths
 * <body>/<year>/<body>-<date>.referat. Case numbers run on through the year per body, and references
 * point to cases of earlier meetings of the body ("jfr. sak 12/16 (03/16)").
 */
export function workspaceMeetings({ seed = 1, bodies = BODIES.length, years = [2015, 2024], perYear = 20 } = {}) {
    const rng = createRng(seed);
    const files = [];
    for (const body of BODIES.slice(0, bodies)) {
        for (let year = years[0]; year <= years[1]; year++) {
            const dates = [];
            for (let k = 0; k < perYear; k++) dates.push(new Date(Date.UTC(year, 0, 8 + k * 17 + rng.int(0, 3))));
            let firstCase = 1;
            const earlier = [];
            for (let k = 0; k < perYear; k++) {
                const meetingNo = k + 1;
                const m = generateMeeting({
                    seed: rng.int(1, 2 ** 30), targetLines: rng.int(50, 150), body, date: dates[k], meetingNo,
                    firstCase, earlier: earlier.slice(-40), nextDate: dates[k + 1],
                });
                const short = body.short.toLowerCase();
                files.push({ path: `${short}/${year}/${short}-${dates[k].toISOString().slice(0, 10)}.referat`, text: m.referat, markdown: m.markdown, lines: m.lines });
                for (const n of m.cases.slice(0, -1)) earlier.push({ number: `${n}/${pad(year % 100)}`, meetingNo: `${pad(meetingNo)}/${pad(year % 100)}` });
                firstCase = m.cases[m.cases.length - 1] + 1;
            }
        }
    }
    return files;
}

/** Writes `workspaceMeetings(options)` under `dir` (emptied first). */
export function generateWorkspace(dir, options = {}) {
    fs.rmSync(dir, { recursive: true, force: true });
    const files = [];
    let bytes = 0, lines = 0;
    for (const meeting of workspaceMeetings(options)) {
        const file = path.join(dir, meeting.path);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, meeting.text);
        files.push(file);
        bytes += Buffer.byteLength(meeting.text);
        lines += meeting.lines;
    }
    return { files, bytes, lines };
}
