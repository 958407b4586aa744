/**
 * Every message the validator gives, in one place, per language of the document. A message says
 * what is wrong and how to fix it. The model records facts (`problem` values); these functions word
 * them. One catalogue per language (bokmål, nynorsk, English) with the same keys: `Messages` is the
 * bokmål catalogue's type, so the compiler refuses a catalogue that lacks a message or has one more.
 */
import type { Language } from '../vocabulary/keywords.js';
import { type CalendarDate, type DateProblem, formatDate, formatTime, MONTHS, monthName, type TimeProblem } from '../model/values/dates.js';
import type { CaseNumberProblem, NearMissReason, VoteProblem } from '../model/types.js';

const pad = (n: number) => String(n).padStart(2, '0');

function dateProblem(p: DateProblem): string {
    switch (p.kind) {
        case 'not-a-date': return `«${p.written}» er ikke en dato. Skriv for eksempel «22. november 2023» eller «22.11.2023».`;
        case 'bad-year': return `Ugyldig årstall «${p.digits}» i datoen ${p.written}. Skriv årstallet med fire sifre.`;
        case 'missing-year': return `Datoen ${p.written} mangler årstall. Skriv årstallet med fire sifre etter datoen.`;
        case 'impossible': {
            const r = p.reason;
            const why = r.kind === 'month' ? 'måneden må være fra 1 til 12'
                : r.kind === 'day-zero' ? 'dagen må være minst 1'
                    : `${MONTHS[r.month - 1]} ${r.year === undefined ? 'har høyst' : `${r.year} har`} ${r.max} dager`;
            return `Datoen ${p.written} finnes ikke: ${why}.`;
        }
        case 'unknown-month': {
            const year = p.year ? ` ${p.year}` : '';
            return `Ukjent månedsnavn «${p.word}». Skriv for eksempel «${p.day}. ${MONTHS[p.month - 1]}${year}» eller «${pad(p.day)}.${pad(p.month)}.${p.year ?? ''}».`;
        }
        case 'range-reversed': return `Perioden ${p.written} slutter før den begynner.`;
        case 'missing': return 'Fristen mangler dato. Skriv for eksempel «Frist 11.04.2024: Ansvarlig – hva som skal gjøres».';
    }
}

function timeProblem(p: TimeProblem): string {
    switch (p.kind) {
        case 'not-a-time': return `«${p.written}» er ikke et klokkeslett. Skriv for eksempel «10:00–15:00» eller «kl. 10.00».`;
        case 'bad-hour': return `Klokkeslettet ${p.written} finnes ikke: timen må være fra 0 til 23.`;
        case 'bad-minute': return `Klokkeslettet ${p.written} finnes ikke: minuttene må være fra 00 til 59.`;
        case 'end-equals-start': return `Sluttiden ${formatTime(p.to)} er den samme som starttiden.`;
        case 'end-before-start': return `Sluttiden ${formatTime(p.to)} er før starttiden ${formatTime(p.from)}.`;
    }
}

const NEAR_MISS_REASONS: Record<NearMissReason, string> = {
    blanks: 'linjen har et mellomrom eller usynlig tegn som ikke er et vanlig mellomrom (ofte limt inn fra Word)',
    bullet: 'et punkttegn står foran nøkkelordet',
    colon: 'kolon mangler etter nøkkelordet',
    typo: 'nøkkelordet er skrevet nesten riktig',
    number: 'saksnummeret mangler eller er ikke skrevet rett etter «Sak»',
};

const VOTE_HINT = 'Skriv «enstemmig» eller for eksempel «7 for, 2 mot, 1 avholdende».';

const nb = {
    dateProblem,
    timeProblem,
    missingBody: () => 'Referatet mangler «Organ:». Skriv for eksempel «Organ: Kommunestyret i Ås (KST)» øverst i filen.',
    emptyBody: () => '«Organ:» er tomt. Skriv organets navn, for eksempel «Organ: Kommunestyret i Ås (KST)».',
    missingDate: () => 'Referatet mangler «Dato:». Skriv for eksempel «Dato: 22. november 2023» øverst i filen.',
    emptyDate: () => '«Dato:» er tomt. Skriv møtedatoen, for eksempel «Dato: 22. november 2023».',
    unknownStatus: (text: string) => `Ukjent status «${text}». Skriv «utkast» eller «godkjent», gjerne med dato: «godkjent 30.11.2023».`,
    approvedBeforeMeeting: (approved: string, meeting: string) => `Referatet kan ikke være godkjent ${approved}, før møtet ${meeting}. Rett datoen.`,
    duplicateHeaderField: (label: string, line: number) => `«${label}:» står to ganger i møtehodet (også på linje ${line}). Slett den ene.`,
    unparsedTime: (read: string, rest: string) => `Forstår klokkeslettet «${read}», men ikke «${rest}». Skriv for eksempel «10:00–15:00» eller «kl. 10.00 til 15.00».`,
    weekdayMismatch: (date: CalendarDate, actual: string, written: string) => `${formatDate(date)} er en ${actual}, ikke ${written}. Rett ukedagen eller datoen.`,
    nextMeetingNotAfter: (next: CalendarDate, meeting: CalendarDate) => `Neste møte (${formatDate(next)}) er ikke etter dette møtet (${formatDate(meeting)}). Rett datoen.`,
    presentAndAbsent: (name: string, line: number) => `${name} står både som til stede og med forfall (se linje ${line}). Fjern personen fra den ene listen.`,
    duplicateAttendee: (name: string, line: number) => `${name} står to ganger i deltakerlistene (også på linje ${line}). Slett den ene linjen.`,
    emptyAttendee: () => 'Tomt punkt i deltakerlisten. Skriv personen etter «- » («- Navn, institusjon, rolle»), eller slett linjen.',
    unknownPerson: (name: string) => `«${name}» står ikke i noen deltakerliste. Rett skrivemåten eller legg personen til under «Til stede:», «Forfall:» eller «Andre:».`,
    substituteNotAbsent: (substitute: string, principal: string) => `${substitute} møter som vara for ${principal}, men ${principal} står ikke under «Forfall:». Flytt ${principal} til «Forfall:».`,
    invalidCaseNumber: (p: CaseNumberProblem) => `«${p.text}» er ikke et gyldig saksnummer. Skriv for eksempel «17/23», «17/2023», «17.1» eller «3».`,
    missingCaseTitle: (label: string) => `${label} mangler tittel. Skriv tittelen etter saksnummeret på samme linje.`,
    decisionInAnyOtherBusiness: () => 'Vedtak under Eventuelt: saker som krever vedtak bør settes opp som egen sak på sakslisten. Flytt vedtaket til en egen sak, eller stryk det.',
    exemptWithoutBasis: () => 'Unntak fra offentlighet krever hjemmel. Skriv for eksempel «Unntatt offentlighet: offl. § 13».',
    exemptionAtCaseEnd: (next: string) => `«Unntatt offentlighet:» står sist i saken, rett før ${next}. Hører den til neste sak? Flytt den ned under «${next}» i så fall; ellers flytt den opp til sakens første linjer. Til da lages ingen offentlig utgave.`,
    invalidVote: (p: VoteProblem) => p.kind === 'empty' ? `Voteringen mangler resultat. ${VOTE_HINT}` : `Forstår ikke voteringen «${p.text}». ${VOTE_HINT}`,
    emptyDecision: (label: string) => `«Vedtak:» i ${label} er tomt. Skriv vedtaket på samme linje eller som en nummerert liste under.`,
    placeholderDecision: (label: string, text: string) => `Vedtaket i ${label} er bare en plassholder, «${text}». Skriv vedtaket.`,
    missingDecision: (label: string, typeLabel: string) => `${label} er en ${typeLabel.toLowerCase()} uten vedtak. Legg til en linje «Vedtak: …», eller en votering som sier at forslaget ble vedtatt.`,
    duplicateCaseNumber: (number: string, line: number) => `Saksnummeret ${number} er brukt før i dette referatet (linje ${line}). Gi saken et nummer som passer i rekkefølgen, eller nummerer sakene på nytt.`,
    duplicateCaseNumberElsewhere: (label: string, file: string, date?: string) => `${label} finnes allerede i ${file}${date ? ` (møtet ${date})` : ''} for samme organ og år. Gi saken et nummer som passer i rekkefølgen, eller skriv hvilket møte saken er fra («(fra møtet ${date ?? '10.01.2025'})») om den behandles på nytt.`,
    caseYearMismatch: (number: string, year: number, meetingYear: number, expected: string) => `Saksnummeret ${number} hører til ${year}, men møtet er i ${meetingYear}. Skriv «${expected}».`,
    firstSubCase: (label: string, expected: string) => `${label} er den første undersaken her. Nummerer undersakene fortløpende fra 1 (skriv «${expected}»).`,
    caseOutOfOrder: (label: string, previous: string, what: 'case' | 'subcase', next: number) => `${label} står etter ${previous}. Nummerer ${what === 'case' ? 'sak' : 'undersak'}ene fortløpende (neste nummer er ${next}), eller skriv hvilket møte saken er fra om den behandles på nytt: «(fra møtet 10.01.2025)».`,
    caseNumberGap: (label: string, previous: string, skipped: number, next: number) => `${label} hopper over ${skipped === 1 ? 'ett nummer' : 'numre'} etter ${previous} (neste nummer ville vært ${next}). Det er i orden om en sak er trukket eller unntatt.`,
    deadlineBeforeMeeting: (due: CalendarDate, meeting: CalendarDate, yearImplied: boolean) => `Fristen ${formatDate(due)} er før møtet ${formatDate(meeting)}. Rett datoen${yearImplied ? ' (skriv året om fristen er neste år)' : ''}.`,
    deadlineWithoutResponsible: () => 'Fristen har ingen ansvarlig. Skriv hvem etter datoen («Frist 11.04.2024: Kari Nordmann – notat») eller «(ansvarlig: …)», eller gi saken en linje «Ansvarlig: …».',
    unresolvedReference: (number: string, meeting?: string) => `Finner ingen sak ${number} ${meeting ? `i møtet ${meeting}` : 'i dette møtet eller i organets andre møter i arbeidsområdet'}. Rett saksnummeret, eller skriv hvilket møte saken hørte til: «jf. sak 07/16 (01/16)».`,
    misplacedBeforeCases: (keyword: string, where: 'attendance' | 'header') => `«${keyword}» hører hjemme i ${where === 'attendance' ? 'deltakerlistene' : 'møtehodet'}, før den første saken. Flytt linjen opp.`,
    misplacedInCase: (keyword: string) => `«${keyword}» hører hjemme i en sak. Flytt linjen ned under en «Sak»-linje.`,
    repeatedLine: (keyword: string, line: number) => `«${keyword}» står allerede på linje ${line}. Slå linjene sammen, eller slett den ene.`,
    nearMiss: (keyword: string, reason: NearMissReason) => `Mente du «${keyword}»? Linjen leses nå som vanlig tekst: ${NEAR_MISS_REASONS[reason]}.`,
    nearMissCase: (reason: NearMissReason) => `Mente du en sakslinje («Sak 17/23 Tittel»)? Linjen leses nå som vanlig tekst: ${NEAR_MISS_REASONS[reason]}.`,
    nearMissExemption: (keyword: string, reason: NearMissReason) => `Mente du «${keyword}»? Linjen leses nå som vanlig tekst (${NEAR_MISS_REASONS[reason]}), og saken ville blitt publisert. Den offentlige utgaven kan ikke lages før linjen er rettet.`,
    personNotPresent: (name: string, label: string, presence: string) => `${name} var ikke til stede under ${label} (${presence}). Rett merknaden i deltakerlisten, eller saken.`,
    ambiguousPerson: (name: string, candidates: string[]) => `«${name}» kan være ${candidates.slice(0, -1).join(', ')} eller ${candidates[candidates.length - 1]}. Skriv hele navnet.`,
    unresolvedMeetingReference: (text: string, year: number) => `Finner ikke ${text} blant organets møter i ${year} i arbeidsområdet. Rett møtenummeret eller datoen.`,
    emptyMinutes: () => 'Referatet har verken deltakerliste eller saker: alt leses som vanlig tekst. Skriv deltakerne under «Til stede:» og sakene som «Sak 1 Tittel».',
    foreignKeyword: (keyword: string, written: Language, document: Language, declared: boolean, replacement?: string) =>
        `«${keyword}» er ${LANGUAGE_NAMES_NB[written]}, men referatet er på ${LANGUAGE_NAMES_NB[document]} (${declared ? 'etter «Språk:»' : 'etter nøkkelordene i møtehodet'}). Ett referat, ett språk: ${replacement ? `skriv «${replacement}»` : 'skriv linjen på samme språk som resten'}${declared ? '' : ', eller skriv «Språk: …» øverst i filen'}.`,
    unknownLanguage: (text: string) => `Ukjent språk «${text}». Skriv «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk).`,
    // The source text itself (source-text.ts)
    nulCharacters: (count: number) => `${count === 1 ? 'Et NUL-tegn' : `${count} NUL-tegn`} (U+0000) står i teksten: filen er skadet eller ikke en ren tekstfil. Slett ${count === 1 ? 'tegnet' : 'tegnene'}; de tas ikke med i HTML-sidene.`,
    replacementCharacter: () => 'Erstatningstegnet U+FFFD står i teksten: et tegn gikk tapt da filen en gang ble lest med feil tegnkoding. Skriv inn tegnet som skal stå her (ofte æ, ø eller å).',
    bidiControl: (code: string, name: string, count: number) => `Usynlig retningstegn ${code} (${name})${count > 1 ? ` ×${count}` : ''}: det kan få teksten etter seg til å vises baklengs eller i en annen rekkefølge enn den er skrevet. Slett det; det tas ikke med i HTML-sidene og visningene i editoren.`,
    readAsWindows1252: (bytes: number, byte: string, char: string) => `Filen er ikke gyldig UTF-8: ${bytes} byte er lest som Windows-1252 (den første her: ${byte} som «${char}»). Kontroller at æ, ø og å ser riktige ut, og lagre filen som UTF-8.`,
    readAsUtf16: (endian: 'little-endian' | 'big-endian', bom: boolean) => `Filen er lagret som UTF-16 (${endian}${bom ? '' : ', uten byte-rekkefølgemerke'}) og er lest som det. Lagre den som UTF-8, som andre verktøy forventer.`,
    // Titles of quick fixes, and the text they write
    fixNearMiss: (replacement: string) => `Skriv «${replacement}»`,
    fixWriteDecision: () => 'Skriv et vedtak etter «Vedtak:»',
    fixAddDecision: (line: string) => `Legg til «${line}»`,
    fixFittingNumber: (number: string) => `Gi saken nummer ${number}, som passer i rekkefølgen`,
    fixCaseNumber: (expected: string) => `Endre saksnummeret til ${expected}`,
    fixName: (name: string) => `Rett til «${name}»`,
    fixAddPerson: (name: string, list: string) => `Legg til «${name}» under «${list}:»`,
    fixAddBasis: () => 'Legg til hjemmel: offl. § 13 (taushetsplikt) – rett paragrafen om en annen gjelder',
    basisText: 'offl. § 13',
    fixWeekday: (weekday: string) => `Endre ukedagen til «${weekday}»`,
    fixRenumber: () => 'Nummerer alle saker på nytt',
    // Rename's refusals
    renameNotAName: (written: string) => `«${written}» kan ikke brukes som navn. Skriv et navn uten komma, parentes og linjeskift.`,
    renameRole: (role: string) => `«${role}» er en rolle, ikke et navn. Gi nytt navn der personen står med navn.`,
    renameNoCaseNumber: () => 'Skriv det nye saksnummeret, for eksempel «17/23».',
    /** The decision a fix writes: a placeholder in a decision case, else a neutral one. */
    decisionPlaceholder: '(skriv vedtaket her)',
    decisionNoted: 'Saken tas til orientering.',
};

const LANGUAGE_NAMES_NB: Record<Language, string> = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' };
const LANGUAGE_NAMES_NN: Record<Language, string> = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' };
const LANGUAGE_NAMES_EN: Record<Language, string> = { nb: 'Norwegian (bokmål)', nn: 'Norwegian (nynorsk)', en: 'English' };

export type Messages = typeof nb;

// ---- nynorsk ------------------------------------------------------------------------------------

function dateProblemNn(p: DateProblem): string {
    switch (p.kind) {
        case 'not-a-date': return `«${p.written}» er ikkje ein dato. Skriv til dømes «22. november 2023» eller «22.11.2023».`;
        case 'bad-year': return `Ugyldig årstal «${p.digits}» i datoen ${p.written}. Skriv årstalet med fire siffer.`;
        case 'missing-year': return `Datoen ${p.written} manglar årstal. Skriv årstalet med fire siffer etter datoen.`;
        case 'impossible': {
            const r = p.reason;
            const why = r.kind === 'month' ? 'månaden må vere frå 1 til 12'
                : r.kind === 'day-zero' ? 'dagen må vere minst 1'
                    : `${MONTHS[r.month - 1]} ${r.year === undefined ? 'har høgst' : `${r.year} har`} ${r.max} dagar`;
            return `Datoen ${p.written} finst ikkje: ${why}.`;
        }
        case 'unknown-month': {
            const year = p.year ? ` ${p.year}` : '';
            return `Ukjent månadsnamn «${p.word}». Skriv til dømes «${p.day}. ${MONTHS[p.month - 1]}${year}» eller «${pad(p.day)}.${pad(p.month)}.${p.year ?? ''}».`;
        }
        case 'range-reversed': return `Perioden ${p.written} sluttar før han byrjar.`;
        case 'missing': return 'Fristen manglar dato. Skriv til dømes «Frist 11.04.2024: Ansvarleg – kva som skal gjerast».';
    }
}

function timeProblemNn(p: TimeProblem): string {
    switch (p.kind) {
        case 'not-a-time': return `«${p.written}» er ikkje eit klokkeslett. Skriv til dømes «10:00–15:00» eller «kl. 10.00».`;
        case 'bad-hour': return `Klokkeslettet ${p.written} finst ikkje: timen må vere frå 0 til 23.`;
        case 'bad-minute': return `Klokkeslettet ${p.written} finst ikkje: minutta må vere frå 00 til 59.`;
        case 'end-equals-start': return `Sluttida ${formatTime(p.to)} er den same som starttida.`;
        case 'end-before-start': return `Sluttida ${formatTime(p.to)} er før starttida ${formatTime(p.from)}.`;
    }
}

const NEAR_MISS_REASONS_NN: Record<NearMissReason, string> = {
    blanks: 'linja har eit mellomrom eller usynleg teikn som ikkje er eit vanleg mellomrom (ofte limt inn frå Word)',
    bullet: 'eit punktteikn står framfor nøkkelordet',
    colon: 'kolon manglar etter nøkkelordet',
    typo: 'nøkkelordet er skrive nesten rett',
    number: 'saksnummeret manglar eller er ikkje skrive rett etter «Sak»',
};

const VOTE_HINT_NN = 'Skriv «samrøystes» eller til dømes «7 for, 2 mot, 1 avhaldande».';

const nn: Messages = {
    dateProblem: dateProblemNn,
    timeProblem: timeProblemNn,
    missingBody: () => 'Referatet manglar «Organ:». Skriv til dømes «Organ: Kommunestyret i Ås (KST)» øvst i fila.',
    emptyBody: () => '«Organ:» er tomt. Skriv namnet på organet, til dømes «Organ: Kommunestyret i Ås (KST)».',
    missingDate: () => 'Referatet manglar «Dato:». Skriv til dømes «Dato: 22. november 2023» øvst i fila.',
    emptyDate: () => '«Dato:» er tomt. Skriv møtedatoen, til dømes «Dato: 22. november 2023».',
    unknownStatus: (text: string) => `Ukjend status «${text}». Skriv «utkast» eller «godkjend», gjerne med dato: «godkjend 30.11.2023».`,
    approvedBeforeMeeting: (approved: string, meeting: string) => `Referatet kan ikkje vere godkjent ${approved}, før møtet ${meeting}. Rett datoen.`,
    duplicateHeaderField: (label: string, line: number) => `«${label}:» står to gonger i møtehovudet (òg på linje ${line}). Slett den eine.`,
    unparsedTime: (read: string, rest: string) => `Forstår klokkeslettet «${read}», men ikkje «${rest}». Skriv til dømes «10:00–15:00» eller «kl. 10.00 til 15.00».`,
    weekdayMismatch: (date: CalendarDate, actual: string, written: string) => `${formatDate(date, 'nn')} er ein ${actual}, ikkje ${written}. Rett vekedagen eller datoen.`,
    nextMeetingNotAfter: (next: CalendarDate, meeting: CalendarDate) => `Neste møte (${formatDate(next, 'nn')}) er ikkje etter dette møtet (${formatDate(meeting, 'nn')}). Rett datoen.`,
    presentAndAbsent: (name: string, line: number) => `${name} står både som til stades og med forfall (sjå linje ${line}). Fjern personen frå den eine lista.`,
    duplicateAttendee: (name: string, line: number) => `${name} står to gonger i deltakarlistene (òg på linje ${line}). Slett den eine linja.`,
    emptyAttendee: () => 'Tomt punkt i deltakarlista. Skriv personen etter «- » («- Namn, institusjon, rolle»), eller slett linja.',
    unknownPerson: (name: string) => `«${name}» står ikkje i nokon deltakarliste. Rett skrivemåten eller legg personen til under «Til stades:», «Forfall:» eller «Andre:».`,
    substituteNotAbsent: (substitute: string, principal: string) => `${substitute} møter som vara for ${principal}, men ${principal} står ikkje under «Forfall:». Flytt ${principal} til «Forfall:».`,
    invalidCaseNumber: (p: CaseNumberProblem) => `«${p.text}» er ikkje eit gyldig saksnummer. Skriv til dømes «17/23», «17/2023», «17.1» eller «3».`,
    missingCaseTitle: (label: string) => `${label} manglar tittel. Skriv tittelen etter saksnummeret på same linja.`,
    decisionInAnyOtherBusiness: () => 'Vedtak under Eventuelt: saker som krev vedtak, bør setjast opp som eiga sak på sakslista. Flytt vedtaket til ei eiga sak, eller stryk det.',
    exemptWithoutBasis: () => 'Unntak frå offentlegheit krev heimel. Skriv til dømes «Unnateke frå offentlegheit: offl. § 13».',
    exemptionAtCaseEnd: (next: string) => `«Unnateke frå offentlegheit:» står sist i saka, rett før ${next}. Høyrer ho til neste sak? Flytt ho ned under «${next}» i så fall; elles flytt ho opp til dei første linjene i saka. Til då vert det ikkje laga noka offentleg utgåve.`,
    invalidVote: (p: VoteProblem) => p.kind === 'empty' ? `Røystinga manglar resultat. ${VOTE_HINT_NN}` : `Forstår ikkje røystinga «${p.text}». ${VOTE_HINT_NN}`,
    emptyDecision: (label: string) => `«Vedtak:» i ${label} er tomt. Skriv vedtaket på same linja eller som ei nummerert liste under.`,
    placeholderDecision: (label: string, text: string) => `Vedtaket i ${label} er berre ein plasshaldar, «${text}». Skriv vedtaket.`,
    missingDecision: (label: string, typeLabel: string) => `${label} er ei ${typeLabel.toLowerCase()} utan vedtak. Legg til ei linje «Vedtak: …», eller ei røysting som seier at framlegget vart vedteke.`,
    duplicateCaseNumber: (number: string, line: number) => `Saksnummeret ${number} er brukt før i dette referatet (linje ${line}). Gi saka eit nummer som passar i rekkjefølgja, eller nummerer sakene på nytt.`,
    duplicateCaseNumberElsewhere: (label: string, file: string, date?: string) => `${label} finst alt i ${file}${date ? ` (møtet ${date})` : ''} for same organ og år. Gi saka eit nummer som passar i rekkjefølgja, eller skriv kva møte saka er frå («(frå møtet ${date ?? '10.01.2025'})») om ho vert handsama på nytt.`,
    caseYearMismatch: (number: string, year: number, meetingYear: number, expected: string) => `Saksnummeret ${number} høyrer til ${year}, men møtet er i ${meetingYear}. Skriv «${expected}».`,
    firstSubCase: (label: string, expected: string) => `${label} er den første undersaka her. Nummerer undersakene fortløpande frå 1 (skriv «${expected}»).`,
    caseOutOfOrder: (label: string, previous: string, what: 'case' | 'subcase', next: number) => `${label} står etter ${previous}. Nummerer ${what === 'case' ? 'sakene' : 'undersakene'} fortløpande (neste nummer er ${next}), eller skriv kva møte saka er frå om ho vert handsama på nytt: «(frå møtet 10.01.2025)».`,
    caseNumberGap: (label: string, previous: string, skipped: number, next: number) => `${label} hoppar over ${skipped === 1 ? 'eitt nummer' : 'nummer'} etter ${previous} (neste nummer ville vore ${next}). Det er i orden om ei sak er trekt eller unnateken.`,
    deadlineBeforeMeeting: (due: CalendarDate, meeting: CalendarDate, yearImplied: boolean) => `Fristen ${formatDate(due, 'nn')} er før møtet ${formatDate(meeting, 'nn')}. Rett datoen${yearImplied ? ' (skriv året om fristen er neste år)' : ''}.`,
    deadlineWithoutResponsible: () => 'Fristen har ingen ansvarleg. Skriv kven etter datoen («Frist 11.04.2024: Kari Nordmann – notat») eller «(ansvarleg: …)», eller gi saka ei linje «Ansvarleg: …».',
    unresolvedReference: (number: string, meeting?: string) => `Finn inga sak ${number} ${meeting ? `i møtet ${meeting}` : 'i dette møtet eller i dei andre møta til organet i arbeidsområdet'}. Rett saksnummeret, eller skriv kva møte saka høyrde til: «jf. sak 07/16 (01/16)».`,
    misplacedBeforeCases: (keyword: string, where: 'attendance' | 'header') => `«${keyword}» høyrer heime i ${where === 'attendance' ? 'deltakarlistene' : 'møtehovudet'}, før den første saka. Flytt linja opp.`,
    misplacedInCase: (keyword: string) => `«${keyword}» høyrer heime i ei sak. Flytt linja ned under ei «Sak»-linje.`,
    repeatedLine: (keyword: string, line: number) => `«${keyword}» står alt på linje ${line}. Slå linjene saman, eller slett den eine.`,
    nearMiss: (keyword: string, reason: NearMissReason) => `Meinte du «${keyword}»? Linja vert no lesen som vanleg tekst: ${NEAR_MISS_REASONS_NN[reason]}.`,
    nearMissCase: (reason: NearMissReason) => `Meinte du ei sakslinje («Sak 17/23 Tittel»)? Linja vert no lesen som vanleg tekst: ${NEAR_MISS_REASONS_NN[reason]}.`,
    nearMissExemption: (keyword: string, reason: NearMissReason) => `Meinte du «${keyword}»? Linja vert no lesen som vanleg tekst (${NEAR_MISS_REASONS_NN[reason]}), og saka ville vorte publisert. Den offentlege utgåva kan ikkje lagast før linja er retta.`,
    personNotPresent: (name: string, label: string, presence: string) => `${name} var ikkje til stades under ${label} (${presence}). Rett merknaden i deltakarlista, eller saka.`,
    ambiguousPerson: (name: string, candidates: string[]) => `«${name}» kan vere ${candidates.slice(0, -1).join(', ')} eller ${candidates[candidates.length - 1]}. Skriv heile namnet.`,
    unresolvedMeetingReference: (text: string, year: number) => `Finn ikkje ${text} blant møta til organet i ${year} i arbeidsområdet. Rett møtenummeret eller datoen.`,
    emptyMinutes: () => 'Referatet har verken deltakarliste eller saker: alt vert lese som vanleg tekst. Skriv deltakarane under «Til stades:» og sakene som «Sak 1 Tittel».',
    foreignKeyword: (keyword: string, written: Language, document: Language, declared: boolean, replacement?: string) =>
        `«${keyword}» er ${LANGUAGE_NAMES_NN[written]}, men referatet er på ${LANGUAGE_NAMES_NN[document]} (${declared ? 'etter «Språk:»' : 'etter nøkkelorda i møtehovudet'}). Eitt referat, eitt språk: ${replacement ? `skriv «${replacement}»` : 'skriv linja på same språk som resten'}${declared ? '' : ', eller skriv «Språk: …» øvst i fila'}.`,
    unknownLanguage: (text: string) => `Ukjent språk «${text}». Skriv «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk).`,
    // The source text itself (source-text.ts)
    nulCharacters: (count: number) => `${count === 1 ? 'Eit NUL-teikn' : `${count} NUL-teikn`} (U+0000) står i teksten: fila er skadd eller ikkje ei rein tekstfil. Slett ${count === 1 ? 'teiknet' : 'teikna'}; dei vert ikkje tekne med i HTML-sidene.`,
    replacementCharacter: () => 'Erstatningsteiknet U+FFFD står i teksten: eit teikn gjekk tapt då fila ein gong vart lesen med feil teiknkoding. Skriv inn teiknet som skal stå her (ofte æ, ø eller å).',
    bidiControl: (code: string, name: string, count: number) => `Usynleg retningsteikn ${code} (${name})${count > 1 ? ` ×${count}` : ''}: det kan få teksten etter seg til å visast baklengs eller i ei anna rekkjefølgje enn han er skriven. Slett det; det vert ikkje teke med i HTML-sidene og visingane i editoren.`,
    readAsWindows1252: (bytes: number, byte: string, char: string) => `Fila er ikkje gyldig UTF-8: ${bytes} byte er lesne som Windows-1252 (den første her: ${byte} som «${char}»). Kontroller at æ, ø og å ser rette ut, og lagra fila som UTF-8.`,
    readAsUtf16: (endian: 'little-endian' | 'big-endian', bom: boolean) => `Fila er lagra som UTF-16 (${endian}${bom ? '' : ', utan byte-rekkjefølgjemerke'}) og er lesen som det. Lagra ho som UTF-8, som andre verktøy ventar.`,
    fixNearMiss: (replacement: string) => `Skriv «${replacement}»`,
    fixWriteDecision: () => 'Skriv eit vedtak etter «Vedtak:»',
    fixAddDecision: (line: string) => `Legg til «${line}»`,
    fixFittingNumber: (number: string) => `Gi saka nummer ${number}, som passar i rekkjefølgja`,
    fixCaseNumber: (expected: string) => `Endre saksnummeret til ${expected}`,
    fixName: (name: string) => `Rett til «${name}»`,
    fixAddPerson: (name: string, list: string) => `Legg til «${name}» under «${list}:»`,
    fixAddBasis: () => 'Legg til heimel: offl. § 13 (teieplikt) – rett paragrafen om ein annan gjeld',
    basisText: 'offl. § 13',
    fixWeekday: (weekday: string) => `Endre vekedagen til «${weekday}»`,
    fixRenumber: () => 'Nummerer alle sakene på nytt',
    renameNotAName: (written: string) => `«${written}» kan ikkje brukast som namn. Skriv eit namn utan komma, parentes og linjeskift.`,
    renameRole: (role: string) => `«${role}» er ei rolle, ikkje eit namn. Gi nytt namn der personen står med namn.`,
    renameNoCaseNumber: () => 'Skriv det nye saksnummeret, til dømes «17/23».',
    decisionPlaceholder: '(skriv vedtaket her)',
    decisionNoted: 'Saka vert teken til vitande.',
};

// ---- English ------------------------------------------------------------------------------------

function dateProblemEn(p: DateProblem): string {
    switch (p.kind) {
        case 'not-a-date': return `"${p.written}" is not a date. Write for example "December 3, 2024", "3 December 2024" or "2024-12-03".`;
        case 'bad-year': return `Invalid year "${p.digits}" in the date ${p.written}. Write the year with four digits.`;
        case 'missing-year': return `The date ${p.written} has no year. Write the year with four digits after the date.`;
        case 'impossible': {
            const r = p.reason;
            const why = r.kind === 'month' ? 'the month must be from 1 to 12'
                : r.kind === 'day-zero' ? 'the day must be at least 1'
                    : `${monthName(r.month, 'en')} ${r.year === undefined ? 'has at most' : `${r.year} has`} ${r.max} days`;
            return `The date ${p.written} does not exist: ${why}.`;
        }
        case 'unknown-month': {
            const year = p.year ? `, ${p.year}` : '';
            return `Unknown month "${p.word}". Write for example "${monthName(p.month, 'en')} ${p.day}${year}" or "${p.year ?? '2024'}-${pad(p.month)}-${pad(p.day)}".`;
        }
        case 'range-reversed': return `The period ${p.written} ends before it begins.`;
        case 'missing': return 'The deadline has no date. Write for example "Deadline 2024-12-10: Owner – what is to be done".';
    }
}

function timeProblemEn(p: TimeProblem): string {
    switch (p.kind) {
        case 'not-a-time': return `"${p.written}" is not a time. Write for example "17:15–18:40", "5:15 pm" or "14:00 GMT".`;
        case 'bad-hour': return `The time ${p.written} does not exist: the hour must be from 0 to 23.`;
        case 'bad-minute': return `The time ${p.written} does not exist: the minutes must be from 00 to 59.`;
        case 'end-equals-start': return `The end time ${formatTime(p.to)} is the same as the start time.`;
        case 'end-before-start': return `The end time ${formatTime(p.to)} is before the start time ${formatTime(p.from)}.`;
    }
}

const NEAR_MISS_REASONS_EN: Record<NearMissReason, string> = {
    blanks: 'the line has a space or invisible character that is not an ordinary space (often pasted from a word processor)',
    bullet: 'a bullet stands before the keyword',
    colon: 'the colon after the keyword is missing',
    typo: 'the keyword is nearly right',
    number: 'the item number is missing or not written right after the keyword',
};

const VOTE_HINT_EN = 'Write "unanimous" or for example "4-0-2" or "4 in favour, 0 against, 2 abstentions".';

const en: Messages = {
    dateProblem: dateProblemEn,
    timeProblem: timeProblemEn,
    missingBody: () => 'The minutes have no "Body:". Write for example "Body: Board of Directors of the Quillwork Foundation (QFB)" at the top of the file.',
    emptyBody: () => '"Body:" is empty. Write the name of the body, for example "Body: Board of Directors of the Quillwork Foundation (QFB)".',
    missingDate: () => 'The minutes have no "Date:". Write for example "Date: December 3, 2024" at the top of the file.',
    emptyDate: () => '"Date:" is empty. Write the date of the meeting, for example "Date: December 3, 2024".',
    unknownStatus: (text: string) => `Unknown status "${text}". Write "draft" or "approved", with the date if you like: "approved 13 February 2025".`,
    approvedBeforeMeeting: (approved: string, meeting: string) => `The minutes cannot have been approved on ${approved}, before the meeting on ${meeting}. Correct the date.`,
    duplicateHeaderField: (label: string, line: number) => `"${label}:" appears twice in the header (also on line ${line}). Delete one of them.`,
    unparsedTime: (read: string, rest: string) => `Understood the time "${read}", but not "${rest}". Write for example "17:15–18:40 UTC" or "5:15 pm to 6:40 pm".`,
    weekdayMismatch: (date: CalendarDate, actual: string, written: string) => `${formatDate(date, 'en')} is a ${capital(actual)}, not a ${capital(written)}. Correct the weekday or the date.`,
    nextMeetingNotAfter: (next: CalendarDate, meeting: CalendarDate) => `The next meeting (${formatDate(next, 'en')}) is not after this meeting (${formatDate(meeting, 'en')}). Correct the date.`,
    presentAndAbsent: (name: string, line: number) => `${name} is listed both as present and as absent (see line ${line}). Remove the person from one of the lists.`,
    duplicateAttendee: (name: string, line: number) => `${name} is listed twice in the attendance lists (also on line ${line}). Delete one of the lines.`,
    emptyAttendee: () => 'Empty bullet in the attendance list. Write the person after "- " ("- Name, organisation, role"), or delete the line.',
    unknownPerson: (name: string) => `"${name}" is not in any attendance list. Correct the spelling or add the person under "Present:", "Regrets:" or "Also present:".`,
    substituteNotAbsent: (substitute: string, principal: string) => `${substitute} attends as alternate for ${principal}, but ${principal} is not under "Absent:". Move ${principal} to "Absent:".`,
    invalidCaseNumber: (p: CaseNumberProblem) => `"${p.text}" is not a valid item number. Write for example "3", "3.1" or "17/24".`,
    missingCaseTitle: (label: string) => `${label} has no title. Write the title after the number on the same line.`,
    decisionInAnyOtherBusiness: () => 'A decision under Any other business: matters that need a decision should be put on the agenda as an item of their own. Move the decision to its own item, or strike it.',
    exemptWithoutBasis: () => 'A confidential item needs its basis. Write for example "Confidential: personal data of named individuals".',
    exemptionAtCaseEnd: (next: string) => `"Confidential:" is the last line of the item, right before ${next}. Does it belong to the next item? Then move it down under "${next}"; else move it up to the item's first lines. Until then no public edition is made.`,
    invalidVote: (p: VoteProblem) => p.kind === 'empty' ? `The vote has no result. ${VOTE_HINT_EN}` : `Cannot read the vote "${p.text}". ${VOTE_HINT_EN}`,
    emptyDecision: (label: string) => `"Decision:" in ${label} is empty. Write the decision on the same line or as a numbered list below.`,
    placeholderDecision: (label: string, text: string) => `The decision in ${label} is only a placeholder, "${text}". Write the decision.`,
    missingDecision: (label: string, typeLabel: string) => `${label} is a ${typeLabel.toLowerCase()} without a decision. Add a line "Decision: …", or a vote that says the motion was carried.`,
    duplicateCaseNumber: (number: string, line: number) => `The item number ${number} is used before in these minutes (line ${line}). Give the item a number that fits the order, or renumber the items.`,
    duplicateCaseNumberElsewhere: (label: string, file: string, date?: string) => `${label} already exists in ${file}${date ? ` (the meeting on ${date})` : ''} for the same body and year. Give the item a number that fits the order, or say which meeting it is from ("(from the meeting of ${date ?? '2025-01-10'})") if it is taken up again.`,
    caseYearMismatch: (number: string, year: number, meetingYear: number, expected: string) => `The item number ${number} belongs to ${year}, but the meeting is in ${meetingYear}. Write "${expected}".`,
    firstSubCase: (label: string, expected: string) => `${label} is the first sub-item here. Number the sub-items consecutively from 1 (write "${expected}").`,
    caseOutOfOrder: (label: string, previous: string, what: 'case' | 'subcase', next: number) => `${label} comes after ${previous}. Number the ${what === 'case' ? 'items' : 'sub-items'} consecutively (the next number is ${next}), or say which meeting the item is from if it is taken up again: "(from the meeting of 2025-01-10)".`,
    caseNumberGap: (label: string, previous: string, skipped: number, next: number) => `${label} skips ${skipped === 1 ? 'a number' : 'numbers'} after ${previous} (the next number would be ${next}). That is fine if an item was withdrawn or is confidential.`,
    deadlineBeforeMeeting: (due: CalendarDate, meeting: CalendarDate, yearImplied: boolean) => `The deadline ${formatDate(due, 'en')} is before the meeting on ${formatDate(meeting, 'en')}. Correct the date${yearImplied ? ' (write the year if the deadline is next year)' : ''}.`,
    deadlineWithoutResponsible: () => 'The deadline has no owner. Write who after the date ("Deadline 2024-12-10: Priya Raman – draft budget") or "(owner: …)", or give the item a line "Responsible: …".',
    unresolvedReference: (number: string, meeting?: string) => `No item ${number} ${meeting ? `in the meeting ${meeting}` : "in this meeting or in the body's other meetings in the workspace"}. Correct the number, or say which meeting the item belonged to.`,
    misplacedBeforeCases: (keyword: string, where: 'attendance' | 'header') => `"${keyword}" belongs in the ${where === 'attendance' ? 'attendance lists' : 'header'}, before the first item. Move the line up.`,
    misplacedInCase: (keyword: string) => `"${keyword}" belongs in an agenda item. Move the line down under an "Item" line.`,
    repeatedLine: (keyword: string, line: number) => `"${keyword}" is already on line ${line}. Merge the lines, or delete one of them.`,
    nearMiss: (keyword: string, reason: NearMissReason) => `Did you mean "${keyword}"? The line is now read as ordinary text: ${NEAR_MISS_REASONS_EN[reason]}.`,
    nearMissCase: (reason: NearMissReason) => `Did you mean an item line ("Item 3 Title")? The line is now read as ordinary text: ${NEAR_MISS_REASONS_EN[reason]}.`,
    nearMissExemption: (keyword: string, reason: NearMissReason) => `Did you mean "${keyword}"? The line is now read as ordinary text (${NEAR_MISS_REASONS_EN[reason]}), and the item would be published. The public edition cannot be made until the line is corrected.`,
    personNotPresent: (name: string, label: string, presence: string) => `${name} was not present for ${label} (${presence}). Correct the note in the attendance list, or the item.`,
    ambiguousPerson: (name: string, candidates: string[]) => `"${name}" may be ${candidates.slice(0, -1).join(', ')} or ${candidates[candidates.length - 1]}. Write the full name.`,
    unresolvedMeetingReference: (text: string, year: number) => `Cannot find ${text} among the body's meetings of ${year} in the workspace. Correct the meeting number or the date.`,
    emptyMinutes: () => 'The minutes have neither an attendance list nor items: everything is read as ordinary text. Write the attendees under "Present:" and the items as "Item 1 Title".',
    foreignKeyword: (keyword: string, written: Language, document: Language, declared: boolean, replacement?: string) =>
        `"${keyword}" is ${LANGUAGE_NAMES_EN[written]}, but the minutes are in ${LANGUAGE_NAMES_EN[document]} (${declared ? 'as "Language:" says' : 'from the header keywords'}). One document, one language: ${replacement ? `write "${replacement}"` : 'write the line in the language of the rest'}${declared ? '' : ', or write "Language: …" at the top of the file'}.`,
    unknownLanguage: (text: string) => `Unknown language "${text}". Write "en" (English), "nb" (Norwegian bokmål) or "nn" (Norwegian nynorsk).`,
    nulCharacters: (count: number) => `${count === 1 ? 'A NUL character' : `${count} NUL characters`} (U+0000) in the text: the file is damaged or not a plain text file. Delete ${count === 1 ? 'it' : 'them'}; they are left out of the HTML pages.`,
    replacementCharacter: () => 'The replacement character U+FFFD is in the text: a character was lost when the file was once read with the wrong encoding. Type the character that belongs here.',
    bidiControl: (code: string, name: string, count: number) => `Invisible direction control ${code} (${name})${count > 1 ? ` ×${count}` : ''}: it can make the text after it show backwards or in another order than it is written. Delete it; it is left out of the HTML pages and the editor's views.`,
    readAsWindows1252: (bytes: number, byte: string, char: string) => `The file is not valid UTF-8: ${bytes} bytes were read as Windows-1252 (the first here: ${byte} as "${char}"). Check that accented letters look right, and save the file as UTF-8.`,
    readAsUtf16: (endian: 'little-endian' | 'big-endian', bom: boolean) => `The file is saved as UTF-16 (${endian}${bom ? '' : ', without a byte order mark'}) and was read as such. Save it as UTF-8, as other tools expect.`,
    fixNearMiss: (replacement: string) => `Write "${replacement}"`,
    fixWriteDecision: () => 'Write a decision after "Decision:"',
    fixAddDecision: (line: string) => `Add "${line}"`,
    fixFittingNumber: (number: string) => `Give the item number ${number}, which fits the order`,
    fixCaseNumber: (expected: string) => `Change the item number to ${expected}`,
    fixName: (name: string) => `Correct to "${name}"`,
    fixAddPerson: (name: string, list: string) => `Add "${name}" under "${list}:"`,
    fixAddBasis: () => 'Add the basis: personal data of named individuals – correct it if another applies',
    basisText: 'personal data of named individuals',
    fixWeekday: (weekday: string) => `Change the weekday to "${weekday}"`,
    fixRenumber: () => 'Renumber all items',
    renameNotAName: (written: string) => `"${written}" cannot be used as a name. Write a name without commas, parentheses or line breaks.`,
    renameRole: (role: string) => `"${role}" is a role, not a name. Rename the person where they are named.`,
    renameNoCaseNumber: () => 'Write the new item number, for example "3" or "17/24".',
    decisionPlaceholder: '(write the decision here)',
    decisionNoted: 'The board notes the report.',
};

function capital(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

const CATALOGUES: Record<Language, Messages> = { nb, nn, en };

/** The messages in a document's language. */
export function messagesFor(language: Language): Messages {
    return CATALOGUES[language];
}
