/**
 * Every message the validator gives, in one place, per language of the document. A message says
 * what is wrong and how to fix it. The model records facts (`problem` values); these functions word
 * them. Bokmål is the only catalogue so far: nynorsk and English documents get it until theirs exist.
 */
import type { Language } from '../vocabulary/keywords.js';
import { type CalendarDate, type DateProblem, formatDate, formatTime, MONTHS, type TimeProblem } from '../model/values/dates.js';
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
    duplicateCaseNumber: (number: string, line: number) => `Saksnummeret ${number} er brukt før i dette referatet (linje ${line}). Gi saken neste ledige nummer.`,
    duplicateCaseNumberElsewhere: (label: string, file: string, date?: string) => `${label} finnes allerede i ${file}${date ? ` (møtet ${date})` : ''} for samme organ og år. Gi saken neste ledige nummer, eller skriv hvilket møte saken er fra («(fra møtet ${date ?? '10.01.2025'})») om den behandles på nytt.`,
    caseYearMismatch: (number: string, year: number, meetingYear: number, expected: string) => `Saksnummeret ${number} hører til ${year}, men møtet er i ${meetingYear}. Skriv «${expected}».`,
    firstSubCase: (label: string, expected: string) => `${label} er den første undersaken her. Nummerer undersakene fortløpende fra 1 (skriv «${expected}»).`,
    caseOutOfOrder: (label: string, previous: string, what: 'sak' | 'undersak', next: number) => `${label} står etter ${previous}. Nummerer ${what}ene fortløpende (neste nummer er ${next}), eller skriv hvilket møte saken er fra om den behandles på nytt: «(fra møtet 10.01.2025)».`,
    caseNumberGap: (label: string, previous: string, skipped: number, next: number) => `${label} hopper over ${skipped === 1 ? 'ett nummer' : 'numre'} etter ${previous} (neste nummer ville vært ${next}). Det er i orden om en sak er trukket eller unntatt.`,
    deadlineBeforeMeeting: (due: CalendarDate, meeting: CalendarDate, yearImplied: boolean) => `Fristen ${formatDate(due)} er før møtet ${formatDate(meeting)}. Rett datoen${yearImplied ? ' (skriv året om fristen er neste år)' : ''}.`,
    deadlineWithoutResponsible: () => 'Fristen har ingen ansvarlig. Skriv hvem etter datoen («Frist 11.04.2024: Kari Nordmann – notat») eller «(ansvarlig: …)», eller gi saken en linje «Ansvarlig: …».',
    unresolvedReference: (number: string, meeting?: string) => `Finner ingen sak ${number} ${meeting ? `i møtet ${meeting}` : 'i dette møtet eller i organets andre møter i arbeidsområdet'}. Rett saksnummeret, eller skriv hvilket møte saken hørte til: «jf. sak 07/16 (01/16)».`,
    misplacedBeforeCases: (keyword: string, where: 'deltakerlistene' | 'møtehodet') => `«${keyword}» hører hjemme i ${where}, før den første saken. Flytt linjen opp.`,
    misplacedInCase: (keyword: string) => `«${keyword}» hører hjemme i en sak. Flytt linjen ned under en «Sak»-linje.`,
    repeatedLine: (keyword: string, line: number) => `«${keyword}» står allerede på linje ${line}. Slå linjene sammen, eller slett den ene.`,
    nearMiss: (keyword: string, reason: NearMissReason) => `Mente du «${keyword}»? Linjen leses nå som vanlig tekst: ${NEAR_MISS_REASONS[reason]}.`,
    nearMissCase: (reason: NearMissReason) => `Mente du en sakslinje («Sak 17/23 Tittel»)? Linjen leses nå som vanlig tekst: ${NEAR_MISS_REASONS[reason]}.`,
    nearMissExemption: (keyword: string, reason: NearMissReason) => `Mente du «${keyword}»? Linjen leses nå som vanlig tekst (${NEAR_MISS_REASONS[reason]}), og saken ville blitt publisert. Den offentlige utgaven kan ikke lages før linjen er rettet.`,
    personNotPresent: (name: string, label: string, presence: string) => `${name} var ikke til stede under ${label} (${presence}). Rett merknaden i deltakerlisten, eller saken.`,
    ambiguousPerson: (name: string, candidates: string[]) => `«${name}» kan være ${candidates.slice(0, -1).join(', ')} eller ${candidates[candidates.length - 1]}. Skriv hele navnet.`,
    unresolvedMeetingReference: (text: string, year: number) => `Finner ikke ${text} blant organets møter i ${year} i arbeidsområdet. Rett møtenummeret eller datoen.`,
    emptyMinutes: () => 'Referatet har verken deltakerliste eller saker: alt leses som vanlig tekst. Skriv deltakerne under «Til stede:» og sakene som «Sak 1 Tittel».',
    // Titles of quick fixes
    fixNearMiss: (replacement: string) => `Skriv «${replacement}»`,
};

export type Messages = typeof nb;

/** The messages for a document's language (bokmål until nynorsk and English catalogues exist). */
export function messagesFor(_language: Language): Messages {
    return nb;
}

