/**
 * Words of the vocabulary that stand inside values rather than at the start of a line: roles of
 * people, party abbreviations, vote words, status words and legal bases for exemption. Read by the
 * value parsers, completion and hover.
 */

/** Role words, longest first within a family; a role is the first of these a field starts with. */
export const ROLE_WORDS: readonly string[] = [
    'fast medlem', 'varamedlem', 'vara', 'nestleder', 'nestleiar', 'leder', 'leiar', 'medlem', 'observatør',
    'sekretariat', 'møtesekretær', 'sekretær', 'referent', 'protokollfører', 'invitert', 'gjest',
    'møteleder', 'møteleiar', 'dirigent', 'ordfører', 'varaordfører', 'rådsleder', 'styreleder', 'styreleiar',
    'gruppeleder', 'president', 'visepresident', 'kasserer', 'revisor', 'kommunedirektør', 'kommunalsjef',
    'rådmann', 'daglig leder', 'dagleg leiar', 'stemmeteller', 'tellekorps', 'protokollunderskriver',
    'tillitsvalgt', 'tillitsvald', 'hovedtillitsvalgt', 'ansattrepresentant', 'studentrepresentant',
    'fagdirektør', 'direktør', 'administrerende direktør', 'rektor', 'prorektor', 'dekan', 'konsulent',
    'rådgiver', 'rådgjevar', 'saksbehandler', 'saksbehandlar', 'kontaktperson', 'vararepresentant',
    // English
    'chair', 'chairperson', 'chairman', 'chairwoman', 'vice chair', 'vice-chair', 'deputy chair', 'co-chair', 'member', 'board member',
    'director', 'executive director', 'managing director', 'finance director', 'non-executive director', 'chief executive',
    'treasurer', 'secretary', 'company secretary', 'minute-taker', 'clerk', 'observer', 'guest', 'staff', 'alternate', 'substitute',
    'trustee', 'vice president', 'auditor', 'adviser', 'advisor', 'consultant', 'officer',
].slice().sort((a, b) => b.length - a.length);

/** Normalised role kinds: several spellings of one role. */
export const ROLE_KINDS: Readonly<Record<string, string>> = {
    varamedlem: 'vara', vararepresentant: 'vara', nestleiar: 'nestleder', leiar: 'leder', møteleiar: 'møteleder',
    styreleiar: 'styreleder', 'dagleg leiar': 'daglig leder', tillitsvald: 'tillitsvalgt', rådgjevar: 'rådgiver',
    saksbehandlar: 'saksbehandler',
    chairperson: 'chair', chairman: 'chair', chairwoman: 'chair', 'vice-chair': 'vice chair', 'deputy chair': 'vice chair',
    'board member': 'member', substitute: 'alternate', advisor: 'adviser',
};

/** Roles that may stand as a title before a name ("Kommunalsjef Siri Holm"). */
export const TITLE_WORDS: readonly string[] = [
    'ordfører', 'varaordfører', 'kommunedirektør', 'kommunalsjef', 'rådmann', 'rektor', 'prorektor', 'dekan',
    'direktør', 'fagdirektør', 'universitetsdirektør', 'økonomisjef', 'forretningsfører', 'styreleder', 'daglig leder',
    'statsautorisert revisor', 'revisor', 'professor', 'førsteamanuensis', 'amanuensis', 'førstelektor', 'universitetslektor', 'dosent', 'dr.',
    // English
    'dr', 'prof.', 'prof', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'cllr', 'sir', 'dame',
];

/** First words of a case title that make it an interpellation or a question, answered rather than decided. */
export const INQUIRY_TITLE_WORDS: readonly string[] = [
    'interpellasjon', 'grunngitt spørsmål', 'grunngjeve spørsmål', 'spørsmål', 'spørretimespørsmål', 'spørretime',
    'interpellation', 'question', 'questions',
];

/** Role kinds of people who attend without being members of the body (not counted as members). */
export const NON_MEMBER_ROLES: readonly string[] = [
    'observatør', 'sekretariat', 'møtesekretær', 'referent', 'protokollfører', 'invitert', 'gjest',
    'kommunedirektør', 'kommunalsjef', 'rådmann', 'daglig leder', 'direktør', 'administrerende direktør', 'fagdirektør',
    'universitetsdirektør', 'økonomisjef', 'forretningsfører', 'statsautorisert revisor',
    'konsulent', 'rådgiver', 'saksbehandler', 'revisor', 'kontaktperson', 'stemmeteller', 'tellekorps',
    // English
    'observer', 'staff', 'guest', 'minute-taker', 'clerk', 'company secretary', 'executive director', 'chief executive',
    'managing director', 'finance director', 'auditor', 'consultant', 'adviser', 'officer',
];

/** Headings of lists of people who attended once: guests rather than the body's regular staff or observers. */
export const GUEST_LIST_LABELS: readonly string[] = [
    'inviterte', 'gjester', 'andre', 'andre til stede', 'andre til stades', 'også til stede', 'òg til stades',
    'guests', 'invited', 'also present', 'also attending', 'in attendance', 'others present',
];

/** Norwegian party abbreviations written in parentheses after a name: "Kari Bjørge (Sp)". */
export const PARTIES: readonly string[] = [
    'Ap', 'A', 'H', 'Sp', 'FrP', 'Frp', 'SV', 'V', 'KrF', 'R', 'MDG', 'INP', 'PP', 'Uavh.', 'Uavh', 'TvF', 'Bl', 'FNB', 'DEM', 'Sentrum', 'Pensjonistpartiet',
];

/** Marks at the end of a deadline line that say it is met. */
export const DONE_WORDS: readonly string[] = ['utført', 'ferdig', 'levert', 'gjennomført', 'gjort', 'done', 'completed', 'complete', 'finished'];

/** Words of a unanimous vote. */
export const UNANIMOUS_WORDS: readonly string[] = [
    'enstemmig', 'enstemmige', 'samrøystes', 'samstemmig', 'ved akklamasjon', 'akklamasjon',
    'unanimous', 'unanimously', 'by acclamation', 'acclamation', 'nem. con.', 'nem con', 'without objection', 'by consensus',
];

/** Status values: the first word decides. */
export const STATUS_WORDS = {
    utkast: ['utkast', 'foreløpig', 'ikke godkjent', 'ikkje godkjent', 'draft', 'unapproved', 'not approved', 'provisional'],
    godkjent: ['godkjent', 'godkjend', 'vedtatt', 'vedteke', 'signert', 'justert', 'approved', 'final', 'adopted', 'signed'],
} as const;

/** Legal bases for exemption from public access offered by completion, with what each covers. */
export const LEGAL_BASES: ReadonlyArray<[string, string]> = [
    ['offl. § 13', 'Opplysninger som er underlagt taushetsplikt'],
    ['offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'Taushetsplikt om noens personlige forhold'],
    ['offl. § 14', 'Dokument utarbeidet for et organs egen saksforberedelse'],
    ['offl. § 15', 'Dokument innhentet utenfra for den interne saksforberedelsen'],
    ['offl. § 23', 'Hensynet til en forsvarlig gjennomføring av forhandlinger og økonomiske interesser'],
    ['offl. § 24', 'Kontroll- og reguleringstiltak, lovbrudd'],
    ['offl. § 25', 'Dokument i tilsettingssaker'],
    ['offl. § 26', 'Eksamen, karakterer og andre opplysninger om enkeltpersoner'],
];

/** The roles completion offers in attendance lines of English minutes. */
export const COMMON_ROLES_EN: ReadonlyArray<[string, string]> = [
    ['chair', ''], ['vice chair', ''], ['member', ''], ['alternate', ''], ['alternate for ', 'alternate for an absent member'],
    ['secretary', ''], ['treasurer', ''], ['director', ''], ['observer', ''], ['staff', ''], ['guest', ''],
];

/** The roles completion offers in attendance lines, in order of use. */
export const COMMON_ROLES: ReadonlyArray<[string, string]> = [
    ['leder', ''], ['nestleder', ''], ['fast medlem', ''], ['medlem', ''], ['vara', ''], ['vara for ', 'vara for et medlem med forfall'],
    ['sekretær', ''], ['kasserer', ''], ['observatør', ''], ['sekretariat', ''], ['referent', ''], ['invitert', ''], ['gjest', ''],
];

/** What `Språk:` / `Language:` may say, by language: codes and names in the three languages. */
export const LANGUAGE_NAMES: Readonly<Record<'nb' | 'nn' | 'en', readonly string[]>> = {
    nb: ['nb', 'no', 'nob', 'nb-no', 'bokmål', 'norsk', 'norsk bokmål', 'norwegian', 'norwegian bokmål', 'bokmaal'],
    nn: ['nn', 'nno', 'nn-no', 'nynorsk', 'norsk nynorsk', 'norwegian nynorsk'],
    en: ['en', 'eng', 'en-gb', 'en-us', 'english', 'engelsk', 'british english', 'american english'],
};
