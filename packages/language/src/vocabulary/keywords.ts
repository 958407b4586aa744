/**
 * The vocabulary of Referat: every keyword, its spellings (bokmål, nynorsk and accepted synonyms),
 * where it may stand, and its documentation. The lexer, the model builder, completion, hover, the
 * TextMate grammar, the README's keyword tables and near-miss detection all read this table: adding a
 * synonym or a language is one edit here.
 *
 * Spellings are matched at the start of a line, case-insensitively, with flexible blanks (see
 * patterns.ts). `{group}` in a spelling stands for free text naming a group ("Til stede fra utvalget:").
 * The first spelling of each language is the one completion and quick fixes write.
 */

export type Language = 'nb' | 'nn' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

/** Where a keyword line belongs. */
export type Place = 'header' | 'attendance' | 'case' | 'anywhere';

export type KeywordKind =
    | 'body' | 'document' | 'meetingNumber' | 'date' | 'time' | 'place' | 'status' | 'chair' | 'referent'
    | 'present' | 'absent' | 'substitutes' | 'others'
    | 'case' | 'item' | 'introducer' | 'responsible' | 'attachment' | 'exemption' | 'conflict' | 'withdrawn'
    | 'proposal' | 'decision' | 'vote' | 'dissent' | 'deadline' | 'action'
    | 'nextMeeting' | 'signatures' | 'section';

export interface Spelling {
    text: string;
    language: Language;
    /** A sub-kind the spelling carries: the kind of attachment ("saksdokument"), of attendance list … */
    variant?: string;
}

/**
 * What may follow a keyword written without its colon for the line to count as a near miss
 * ("Dato 12.03.2025", "Unntatt offentlighet offl. § 13"): without such a value only the bare keyword
 * alone on its line does ("Til stede").
 */
export type BareValue = 'date' | 'time' | 'names' | 'anything';

export interface Keyword {
    kind: KeywordKind;
    /** Terminal of referat.langium that lexes the keyword. */
    token: string;
    /** Parser rule (and AST type) of the line. */
    rule: string;
    place: Place;
    spellings: Spelling[];
    /** Extra look-ahead after the spelling (regular expression source). */
    tail?: string;
    /** Whether a near miss of this keyword is an error (it could publish what must stay closed). */
    nearMiss: 'warning' | 'error';
    /**
     * With a bullet in front: `prose` — the line is a list item of prose ("- Ansvar: …"), not a near
     * miss; `keyword` — the line is still the keyword, inside the list ("- Oppfølging: …").
     */
    listItem?: 'prose' | 'keyword';
    bareValue?: BareValue;
    /** Label for syntax errors and documentation: what the line is. */
    label: string;
    /** Hover and completion documentation (Markdown), per language; bokmål is the fallback. */
    docs: { nb: string } & Partial<Record<Language, string>>;
}

const nb = (...texts: string[]): Spelling[] => texts.map(text => ({ text, language: 'nb' }));
const nn = (...texts: string[]): Spelling[] => texts.map(text => ({ text, language: 'nn' }));
const variant = (name: string, spellings: Spelling[]): Spelling[] => spellings.map(s => ({ ...s, variant: name }));

const WEEKDAY_WORDS = 'mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag';

export const KEYWORDS: readonly Keyword[] = [
    // ---- header ---------------------------------------------------------------------------------
    {
        kind: 'body', token: 'BODY_KW', rule: 'BodyLine', place: 'header', nearMiss: 'warning', label: 'organ',
        spellings: [...nb('Organ:', 'Utvalg:', 'Styre:', 'Råd:'), ...nn('Organ:', 'Utval:')],
        docs: { nb: 'Organets navn, gjerne med kortnavn i parentes: «Styret i Bygdøy kulturhus (BKH)». Møter i samme organ sammenlignes på tvers av filene.' },
    },
    {
        kind: 'document', token: 'DOCUMENT_KW', rule: 'DocumentLine', place: 'header', nearMiss: 'warning', label: 'dokumenttype',
        spellings: [...nb('Dokument:', 'Dokumenttype:'), ...nn('Dokument:', 'Dokumenttype:')],
        docs: { nb: 'Hva slags dokument dette er: «Møteprotokoll», «Møtebok», «Protokoll» eller «Referat». Sidens tittel bruker det (ellers «Møtereferat»).' },
    },
    {
        kind: 'meetingNumber', token: 'MEETING_KW', rule: 'MeetingNumberLine', place: 'header', nearMiss: 'warning', label: 'møtenummer',
        spellings: [...nb('Møte:', 'Møtenummer:', 'Møtenr.:', 'Møte nr.:'), ...nn('Møte:', 'Møtenummer:')],
        docs: { nb: 'Møtets nummer, for eksempel «03/2024».' },
    },
    {
        kind: 'date', token: 'DATE_KW', rule: 'DateLine', place: 'header', nearMiss: 'warning', bareValue: 'date', label: 'møtedato',
        spellings: [...nb('Dato:', 'Møtedato:'), ...nn('Dato:', 'Møtedato:')],
        docs: { nb: 'Møtedatoen, for eksempel «22. november 2023» eller «22.11.2023», gjerne med ukedag.' },
    },
    {
        kind: 'time', token: 'TIME_KW', rule: 'TimeLine', place: 'header', nearMiss: 'warning', bareValue: 'time', label: 'møtetid',
        spellings: [...nb('Tid:', 'Tidspunkt:', 'Møtetid:', 'Klokkeslett:'), ...nn('Tid:', 'Tidspunkt:', 'Møtetid:')],
        docs: { nb: 'Start og slutt, for eksempel «10:00–15:00», «kl. 10.00 til 15.00» eller «klokken 10.00 og hevet klokken 15.00».' },
    },
    {
        kind: 'place', token: 'PLACE_KW', rule: 'PlaceLine', place: 'header', nearMiss: 'warning', label: 'møtested',
        spellings: [...nb('Sted:', 'Møtested:'), ...nn('Stad:', 'Møtestad:')],
        docs: { nb: 'Møtestedet.' },
    },
    {
        kind: 'status', token: 'STATUS_KW', rule: 'StatusLine', place: 'header', nearMiss: 'warning', label: 'status',
        spellings: [...nb('Status:'), ...nn('Status:')],
        docs: { nb: '«utkast» eller «godkjent», gjerne med godkjenningsdato: «godkjent 30.11.2023».' },
    },
    {
        kind: 'chair', token: 'CHAIR_KW', rule: 'ChairLine', place: 'header', nearMiss: 'warning', bareValue: 'names', label: 'møteleder',
        spellings: [...nb('Møteleder:', 'Dirigent:'), ...nn('Møteleiar:', 'Dirigent:')],
        docs: { nb: 'Hvem som ledet møtet: en person fra deltakerlistene.' },
    },
    {
        kind: 'referent', token: 'REFERENT_KW', rule: 'ReferentLine', place: 'header', nearMiss: 'warning', bareValue: 'names', label: 'referent',
        spellings: [...nb('Referent:', 'Protokollfører:', 'Sekretær:', 'Møtesekretær:'), ...nn('Referent:', 'Protokollførar:', 'Skrivar:')],
        docs: { nb: 'Hvem som skrev referatet: en person fra deltakerlistene.' },
    },
    // ---- attendance -----------------------------------------------------------------------------
    {
        kind: 'present', token: 'PRESENT_KW', rule: 'PresentLine', place: 'attendance', nearMiss: 'warning', bareValue: 'names', label: 'til stede',
        spellings: [
            ...nb('Til stede:', 'Til stede fra {group}:', 'Tilstede:', 'Møtte:', 'Fremmøtte:', 'Frammøtte:', 'Medlemmer:', 'Møtende medlemmer:', 'Deltakere:'),
            ...nn('Til stades:', 'Til stades frå {group}:', 'Møtte:', 'Frammøtte:', 'Medlemer:', 'Deltakarar:'),
        ],
        docs: { nb: 'De som møtte. Én person per linje under: «- Navn, institusjon, rolle (merknad)», eller navnene på samme linje: «Til stede: Kari Nordmann, Ola Hansen og Per Lunde».' },
    },
    {
        kind: 'absent', token: 'ABSENT_KW', rule: 'AbsentLine', place: 'attendance', nearMiss: 'warning', bareValue: 'names', label: 'forfall',
        spellings: [...nb('Forfall:', 'Meldt forfall:', 'Frafall:', 'Fraværende:', 'Ikke til stede:'), ...nn('Forfall:', 'Meldt forfall:', 'Fråverande:', 'Ikkje til stades:')],
        docs: { nb: 'De som hadde forfall (meldte fravær).' },
    },
    {
        kind: 'substitutes', token: 'SUBSTITUTES_KW', rule: 'SubstitutesLine', place: 'attendance', nearMiss: 'warning', bareValue: 'names', label: 'varamedlemmer',
        spellings: [...nb('Varamedlemmer:', 'Møtende varamedlemmer:', 'Møtende vara:', 'Vara:'), ...nn('Varamedlemer:', 'Møtande varamedlemer:', 'Vara:')],
        docs: { nb: 'Varamedlemmer som møtte, gjerne med hvem de møtte for: «- Lene Vik (vara for Per Lunde)».' },
    },
    {
        kind: 'others', token: 'OTHERS_KW', rule: 'OthersLine', place: 'attendance', nearMiss: 'warning', label: 'andre til stede',
        spellings: [
            ...nb('Andre:', 'Andre til stede:', 'Også til stede:', 'Observatører:', 'Inviterte:', 'Gjester:', 'Sekretariat:', 'Sekretariatet:'),
            ...nn('Andre:', 'Andre til stades:', 'Òg til stades:', 'Observatørar:', 'Inviterte:', 'Gjester:', 'Sekretariat:'),
        ],
        docs: { nb: 'Andre til stede som ikke er medlemmer: observatører, inviterte, sekretariatet. Enhver overskrift «Fra administrasjonen:» fulgt av personer er også en slik liste.' },
    },
    // ---- cases ----------------------------------------------------------------------------------
    {
        kind: 'case', token: 'CASE_KW', rule: 'Case', place: 'anywhere', nearMiss: 'warning', label: '«Sak» med saksnummer',
        // a case number, or nothing on the line (then the parser asks for the number)
        spellings: [
            ...nb('Sak'), ...nn('Sak'),
            // Number series: each numbered, ordered and checked on its own (SERIES says which type a series implies).
            ...variant('PS', nb('PS')), ...variant('RS', nb('RS')), ...variant('DS', nb('DS')), ...variant('FS', nb('FS')),
            ...variant('V-sak', nb('V-sak')), ...variant('O-sak', nb('O-sak')), ...variant('D-sak', nb('D-sak')),
        ],
        tail: '(?=[ \\t]+[0-9]|[ \\t]*(?:\\r|\\n|$))',
        docs: { nb: 'En sak: «Sak 17/23 Tittel». Alt fram til neste sakslinje hører til saken. Undersaker nummereres med punktum: «Sak 17.1». Nummerserier: «PS 12/25» (politisk sak), «RS 3/25» (referatsak), «DS», «FS», «V-sak 4», «O-sak 2», «D-sak 1» (vedtaks-, orienterings- og diskusjonssak) — hver serie nummereres for seg.' },
    },
    {
        kind: 'item', token: 'ITEM_KW', rule: 'Case', place: 'anywhere', nearMiss: 'warning', label: 'sak uten nummer',
        spellings: [...nb('Sak:'), ...nn('Sak:')],
        docs: { nb: 'Et punkt på sakslisten uten nummer: «Sak: Innsjekk». Det vises i disposisjonen og sakslisten, og trenger ikke vedtak.' },
    },
    {
        kind: 'introducer', token: 'INTRODUCER_KW', rule: 'IntroducerLine', place: 'case', nearMiss: 'warning', bareValue: 'names', label: 'innleder',
        spellings: [...nb('Innledning ved', 'Innleder:', 'Saksordfører:'), ...nn('Innleiing ved', 'Innleiar:', 'Saksordførar:')],
        tail: '(?:[ \\t]*:)?(?=[ \\t]|\\r|\\n|$)',
        docs: { nb: 'Hvem som innledet saken: «Innledning ved Kari Nordmann, daglig leder». Flere innledere på hver sin linje.' },
    },
    {
        kind: 'responsible', token: 'RESPONSIBLE_KW', rule: 'ResponsibleLine', place: 'case', nearMiss: 'warning', bareValue: 'names', label: 'ansvarlig', listItem: 'prose',
        spellings: [...nb('Ansvarlig:', 'Ansvar:'), ...nn('Ansvarleg:', 'Ansvar:')],
        docs: { nb: 'Hvem som er ansvarlig for saken (en person eller en gruppe). Punkter rett under er gruppens medlemmer.' },
    },
    {
        kind: 'attachment', token: 'ATTACHMENT_KW', rule: 'AttachmentLine', place: 'case', nearMiss: 'warning', label: 'vedlegg', listItem: 'prose',
        spellings: [
            ...variant('vedlegg', [...nb('Vedlegg:'), ...nn('Vedlegg:')]),
            ...variant('saksdokument', [...nb('Saksdokument:', 'Saksdokumenter:', 'Saksdokumentene:'), ...nn('Saksdokument:', 'Saksdokumenta:')]),
            ...variant('bakgrunnsdokument', [...nb('Bakgrunnsdokument:', 'Bakgrunnsdokumenter:'), ...nn('Bakgrunnsdokument:', 'Bakgrunnsdokumenta:')]),
        ],
        docs: { nb: 'Et vedlegg eller saksdokument; flere som punkter rett under.' },
    },
    {
        kind: 'exemption', token: 'EXEMPTION_KW', rule: 'ExemptionLine', place: 'case', nearMiss: 'error', bareValue: 'anything', label: 'unntatt offentlighet',
        spellings: [
            ...nb('Unntatt offentlighet:', 'Unntatt fra offentlighet:', 'Unntatt offentligheten:'),
            ...nn('Unnateke frå offentlegheit:', 'Unnateke offentlegheit:', 'Unnateke frå innsyn:'),
        ],
        docs: { nb: 'Saken er unntatt offentlighet, med hjemmel: «Unntatt offentlighet: offl. § 13». I den offentlige utgaven vises bare nummer, tittel og hjemmel.' },
    },
    {
        kind: 'conflict', token: 'CONFLICT_KW', rule: 'ConflictLine', place: 'case', nearMiss: 'warning', bareValue: 'names', label: 'inhabil',
        spellings: [...nb('Inhabil:', 'Inhabile:', 'Inhabilitet:'), ...nn('Ugild:', 'Ugilde:', 'Inhabil:')],
        docs: { nb: 'Hvem som var inhabil og ikke deltok i behandlingen; grunnen i parentes. Før første sak: nevn saken, «Inhabil: Kari Nordmann (sak 10)».' },
    },
    {
        kind: 'withdrawn', token: 'WITHDRAWN_KW', rule: 'WithdrawnLine', place: 'case', nearMiss: 'warning', label: 'trukket',
        spellings: [
            ...nb('Utgår', 'Trukket', 'Saken utgår', 'Saken er trukket', 'Saken ble trukket', 'Saken trekkes'),
            ...nn('Utgår', 'Trekt', 'Saka utgår', 'Saka er trekt', 'Saka vart trekt'),
        ],
        tail: '(?=[ \\t]*(?:[.:]|\\r|\\n|$))',
        docs: { nb: 'Saken er trukket og behandles ikke: «Utgår.», «Trukket.» eller «Trukket: grunnen». Den trenger ikke vedtak.' },
    },
    {
        kind: 'proposal', token: 'PROPOSAL_KW', rule: 'ProposalLine', place: 'case', nearMiss: 'warning', label: 'forslag',
        spellings: [
            ...variant('forslag', [...nb('Forslag fra {group}:', 'Alternativt forslag fra {group}:', 'Forslag:', 'Forslag til vedtak:', 'Nytt forslag:'), ...nn('Framlegg frå {group}:', 'Framlegg:', 'Framlegg til vedtak:')]),
            ...variant('endringsforslag', [...nb('Endringsforslag fra {group}:', 'Endringsforslag:'), ...nn('Endringsframlegg frå {group}:', 'Endringsframlegg:')]),
            ...variant('tilleggsforslag', [...nb('Tilleggsforslag fra {group}:', 'Tilleggsforslag:'), ...nn('Tilleggsframlegg frå {group}:', 'Tilleggsframlegg:')]),
            ...variant('innstilling', [...nb('Innstilling:', 'Innstilling fra {group}:'), ...nn('Innstilling:', 'Innstilling frå {group}:')]),
        ],
        docs: { nb: 'Et forslag i saken, med forslagsstiller og tekst: «Forslag fra Kari Bjørge (Sp): …», «Endringsforslag fra …: …», «Forslag: … (fremmet av …)». En «Votering:» rett under gjelder forslaget.' },
    },
    {
        kind: 'decision', token: 'DECISION_KW', rule: 'DecisionLine', place: 'case', nearMiss: 'warning', label: 'vedtak',
        spellings: [...nb('Vedtak:', 'Beslutning:', 'Konklusjon:'), ...nn('Vedtak:', 'Konklusjon:')],
        docs: { nb: 'Vedtaket. Teksten kan fortsette på linjene under, eller stå som nummerert liste eller punkter under «Vedtak:».' },
    },
    {
        kind: 'vote', token: 'VOTE_KW', rule: 'VoteLine', place: 'case', nearMiss: 'warning', label: 'votering',
        spellings: [...nb('Votering:', 'Avstemning:', 'Stemmegivning:'), ...nn('Røysting:', 'Votering:', 'Avrøysting:')],
        docs: { nb: 'Voteringen over vedtaket: «enstemmig» eller «7 for, 2 mot, 1 avholdende».' },
    },
    {
        kind: 'dissent', token: 'DISSENT_KW', rule: 'DissentLine', place: 'case', nearMiss: 'warning', bareValue: 'names', label: 'dissens',
        spellings: [...nb('Dissens:'), ...nn('Dissens:')],
        docs: { nb: 'Hvem som stemte mot, gjerne med grunn etter « – ».' },
    },
    {
        kind: 'deadline', token: 'DEADLINE_KW', rule: 'DeadlineLine', place: 'case', nearMiss: 'warning', label: 'frist', listItem: 'keyword',
        spellings: [...nb('Frist'), ...nn('Frist')],
        tail: `(?=[ \\t]+(?:for[ \\t]|[0-9]|(?:${WEEKDAY_WORDS})\\b)|[ \\t]*:)`,
        docs: { nb: 'En frist: «Frist 11.04.2024: Kari Nordmann – notat sendes sekretariatet.» Datoen kan også skrives fritt («Frist: før jul») eller mangle. Utført: «(utført)» på slutten av linjen. Kan stå som et punkt i en liste.' },
    },
    {
        kind: 'action', token: 'ACTION_KW', rule: 'ActionLine', place: 'case', nearMiss: 'warning', label: 'oppfølging', listItem: 'keyword',
        spellings: [...nb('Oppfølging:', 'Til oppfølging:', 'Oppfølgingspunkt:', 'Tiltak:', 'Aksjon:', 'Gjøremål:'), ...nn('Oppfølging:', 'Til oppfølging:', 'Tiltak:', 'Gjeremål:')],
        docs: { nb: 'Noe som skal følges opp: hvem, hva og gjerne når — «Oppfølging: Siri Holm – legger fram ny sak i juni.» Fristen kan være en dato eller skrevet fritt («innen neste møte», «før jul», «neste uke»).' },
    },
    {
        kind: 'nextMeeting', token: 'NEXT_MEETING_KW', rule: 'NextMeetingLine', place: 'anywhere', nearMiss: 'warning', bareValue: 'date', label: 'neste møte',
        spellings: [...nb('Neste møte:', 'Nytt møte:'), ...nn('Neste møte:', 'Nytt møte:')],
        docs: { nb: 'Dato, tid og sted for neste møte: «Neste møte: tirsdag 11. juni 2024, kl. 10.00–15.00, Rådhuset».' },
    },
    {
        kind: 'signatures', token: 'SIGNATURES_KW', rule: 'SignaturesLine', place: 'anywhere', nearMiss: 'warning', bareValue: 'names', label: 'underskrifter',
        spellings: [
            ...nb('Underskrifter:', 'Underskrift:', 'Protokollunderskrivere:', 'Justert av:', 'Protokollen godkjent av:', 'Godkjent av:', 'Signert av:'),
            ...nn('Underskrifter:', 'Underskrift:', 'Protokollunderskrivarar:', 'Justert av:', 'Protokollen godkjend av:', 'Godkjend av:'),
        ],
        docs: { nb: 'Hvem som underskriver eller har godkjent referatet: personer fra møtet, som punkter under eller på samme linje, gjerne med dato («Godkjent av: Mona Ek og Roar Haug, 21. mars 2025»).' },
    },
    {
        kind: 'section', token: 'SECTION_KW', rule: 'SectionLine', place: 'anywhere', nearMiss: 'warning', label: 'del',
        spellings: [...nb('######', '#####', '####', '###', '##', '#'), ...nn('######', '#####', '####', '###', '##', '#')],
        tail: '(?=[ \\t]+\\S)',
        docs: { nb: 'En del av sakslisten, som i Markdown: «# Saker til behandling i lukket møte», «## Referatsaker». Sakene under hører til delen. En del med «lukket møte» i tittelen (gjerne med hjemmel: «# Lukket møte (kommuneloven § 11-5)») merker sakene som behandlet for lukkede dører — de er ikke unntatt offentlighet av den grunn.' },
    },
];

/** Number series of cases and the case kind a series implies (unless the case has a type of its own). */
export const SERIES: Readonly<Record<string, { kind?: CaseKind; label: string }>> = {
    PS: { kind: 'decision', label: 'politisk sak' },
    RS: { kind: 'information', label: 'referatsak' },
    DS: { kind: 'information', label: 'delegert sak' },
    FS: { label: 'sak' },
    'V-sak': { kind: 'decision', label: 'vedtakssak' },
    'O-sak': { kind: 'information', label: 'orienteringssak' },
    'D-sak': { kind: 'discussion', label: 'diskusjonssak' },
};

/** The kinds of document `Dokument:` names; the page's title uses it. */
export const DOCUMENT_KINDS: readonly string[] = ['Møtereferat', 'Møteprotokoll', 'Møtebok', 'Protokoll', 'Referat'];

/** The token of case types ("Vedtakssak:"), built from stems rather than listed (see CASE_TYPES). */
export const CASE_TYPE_TOKEN = 'CASETYPE';

export type CaseKind = 'decision' | 'discussion' | 'information' | 'other';

/** Case types: a stem + "sak:" ("vedtakssak:", "diskusjons- og beslutningssak:"); the kind decides the checks. */
export const CASE_TYPES: ReadonlyArray<{ stem: string; kind: CaseKind; label: string; docs: string }> = [
    { stem: 'vedtak', kind: 'decision', label: 'Vedtakssak:', docs: 'Saken skal ha et vedtak.' },
    { stem: 'beslutning', kind: 'decision', label: 'Beslutningssak:', docs: 'Saken skal ha en beslutning.' },
    { stem: 'valg', kind: 'decision', label: 'Valgsak:', docs: 'Valg.' },
    { stem: 'diskusjon', kind: 'discussion', label: 'Diskusjonssak:', docs: 'Diskusjon; vedtak ikke nødvendig.' },
    { stem: 'drøfting', kind: 'discussion', label: 'Drøftingssak:', docs: 'Drøfting; vedtak ikke nødvendig.' },
    { stem: 'høring', kind: 'discussion', label: 'Høringssak:', docs: 'Høring.' },
    { stem: 'høyring', kind: 'discussion', label: 'Høyringssak:', docs: 'Høyring (nynorsk).' },
    { stem: 'tema', kind: 'discussion', label: 'Temasak:', docs: 'Tema til drøfting.' },
    { stem: 'orientering', kind: 'information', label: 'Orienteringssak:', docs: 'Orientering; vedtak ikke nødvendig.' },
    { stem: 'referat', kind: 'information', label: 'Referatsak:', docs: 'Innkomne brev og meldinger.' },
    { stem: 'informasjon', kind: 'information', label: 'Informasjonssak:', docs: 'Informasjon; vedtak ikke nødvendig.' },
    { stem: 'behandling', kind: 'other', label: 'Behandlingssak:', docs: 'Sak til behandling.' },
];

/** The case types most minutes use, offered first by completion. */
export const COMMON_CASE_TYPES = ['Vedtakssak:', 'Orienteringssak:', 'Diskusjonssak:', 'Beslutningssak:', 'Diskusjons- og beslutningssak:', 'Drøftingssak:', 'Referatsak:'];

/** The kind of a case type named "vedtakssak", "diskusjons- og beslutningssak" (a decision wins). */
export function caseKind(typeName: string): CaseKind {
    const name = typeName.normalize('NFC').toLowerCase();
    for (const kind of ['decision', 'discussion', 'information'] as const) {
        if (CASE_TYPES.some(t => t.kind === kind && name.includes(t.stem))) return kind;
    }
    return 'other';
}

const BY_KIND = new Map(KEYWORDS.map(k => [k.kind, k]));
const BY_TOKEN = new Map(KEYWORDS.map(k => [k.token, k]));
const BY_RULE = new Map(KEYWORDS.map(k => [k.rule, k]));

export function keyword(kind: KeywordKind): Keyword {
    return BY_KIND.get(kind)!;
}

export function keywordOfToken(token: string): Keyword | undefined {
    return BY_TOKEN.get(token);
}

export function keywordOfRule(rule: string): Keyword | undefined {
    return BY_RULE.get(rule);
}

/** The spelling completion and quick fixes write in `language` (bokmål when the language has none). */
export function canonicalSpelling(k: Keyword, language: Language = 'nb', variantName?: string): string {
    const pick = (lang: Language) => k.spellings.find(s => s.language === lang && !s.text.includes('{') && (variantName === undefined || s.variant === variantName));
    return (pick(language) ?? pick('nb') ?? k.spellings[0]).text;
}

export function docsOf(k: Keyword, language: Language = 'nb'): string {
    return k.docs[language] ?? k.docs.nb;
}
