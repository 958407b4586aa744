/**
 * The two real minutes in examples/ are transcriptions of PDF text (the "seeds"). This test shows
 * that every word of the minutes survived the transcription, in order:
 *
 * - seed and transcription are split into words on whitespace, NFC-normalised; pure punctuation and
 *   bullet glyphs ("", "o", "-", "–", "•", "____-") are dropped;
 * - `//` comment lines of the transcription are removed (they are never published);
 * - words are compared without leading/trailing punctuation, so the format may add a colon or comma
 *   (`Forfall` → `Forfall:`, table cells → `Name, Institution, role`);
 * - a word the PDF broke at a line end with a hyphen may be joined (`Bakgrunns-` + `dokumenter:`
 *   → `Bakgrunnsdokumenter:`, `UH-` + `sektoren` → `UH-sektoren`);
 * - the seed's word sequence must be a subsequence of the transcription's, and between two seed words
 *   the transcription may add at most MAX_ADDED words (keywords, header fields, an added `Ansvarlig:`
 *   or `Vedlegg:` line), so a missing sentence is reported where it is missing;
 * - a short, explicit list of SEED_EDITS removes PDF artifacts from the seed (page headers, page
 *   numbers, table headings, link annotations that repeat a URL) or undoes places where the PDF text
 *   came out in the wrong order. Each edit must match exactly once and says why.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const seedDir = path.resolve(root, '../shared/seeds');

/** How many words the transcription may add between two consecutive words of the seed. */
const MAX_ADDED = 12;

/** Bullet glyphs of the PDF text (some are letters, so they are listed explicitly). */
const GLYPHS = new Set(['\uF0A7', '\uF02D', '\uF0B7', '\uF0D8', 'o', '•', '▪', '◦', '-', '–', '—']);

interface SeedEdit {
    /** seed words (whitespace-separated) that must occur exactly once, after glyphs are dropped */
    from: string;
    /** what they become */
    to: string;
    reason: string;
}

interface Transcription {
    seed: string;
    referat: string;
    /** the minutes end with the line containing this text; anything after it is not minutes */
    endsWith?: string;
    edits: SeedEdit[];
    /** text of the seed that must not be in the transcription */
    notTranscribed: string[];
    /** a sentence to delete from the transcription to prove the test can fail */
    probe: string;
}

const TRANSCRIPTIONS: Transcription[] = [
    {
        seed: 'nsg-2023-11-22.txt',
        referat: 'nsg-2023-11-22.referat',
        edits: [
            {
                from: 'Møtereferat Nasjonal',
                to: 'Nasjonal',
                reason: 'document title "Møtereferat – …": the file is the minutes; the body goes into `Organ:`',
            },
            {
                from: 'Til stede: Navn Institusjon Kategori Siv',
                to: 'Til stede: Siv',
                reason: 'column headings of the attendance table (present)',
            },
            {
                from: 'Forfall Navn Institusjon Kategori Per',
                to: 'Forfall Per',
                reason: 'column headings of the attendance table (absent)',
            },
            {
                from: 'Lederskap i NSG bør rotere. Avslutning av møtet ved leder Siv Mørkved, ass. fagdirektør Helse Midt-Norge RHF. AU har ansvar',
                to: 'Lederskap i NSG bør rotere. AU har ansvar',
                reason: 'the PDF text of the last page starts with its closing line; it belongs after the heading "Avslutning av møtet" (moved by the next edit)',
            },
            {
                from: 'forkant av NSG-møtene. Avslutning av møtet',
                to: 'forkant av NSG-møtene. Avslutning av møtet Avslutning av møtet ved leder Siv Mørkved, ass. fagdirektør Helse Midt-Norge RHF.',
                reason: 'the closing line moved here (see the previous edit)',
            },
        ],
        notTranscribed: ['Navn Institusjon Kategori', '____'],
        probe: 'Ni departementer deltar i kjernegruppen, som ledes av Kunnskapsdepartementet.',
    },
    {
        seed: 'ho21-2016-02-29.txt',
        referat: 'ho21-2016-02-29.referat',
        endsWith: 'Mandag 25. april 2016, kl 10 -16.00, Lysaker, Forskningsrådet.',
        edits: [
            {
                from: 'relasjoner og http://www.helseomsorg21.no/ http://www.helseomsorg21.no/ nødvendig samspill',
                to: 'relasjoner og nødvendig samspill',
                reason: 'PDF link annotations repeating www.helseomsorg21.no from the background documents above',
            },
            {
                from: 'resultatstyring http://www.uhr.no/ressurser/temasider/lederutvikling http://www.uhr.no/ressurser/temasider/lederutvikling endringsledelse',
                to: 'resultatstyring endringsledelse',
                reason: 'PDF link annotations repeating the UHR URL given in the first bullet of the presentation',
            },
            {
                from: 'verdiledelse. http://www.10faktor.no/ks/ En leder',
                to: 'verdiledelse. En leder',
                reason: 'PDF link annotation repeating http://www.10faktor.no/ks/ given a few bullets earlier',
            },
            {
                from: 'sekretariatsleder referat HO21-rådsmøte 02/2016 18 Hovedpunkter',
                to: 'sekretariatsleder Hovedpunkter',
                reason: 'page header "referat HO21-rådsmøte 02/2016" and page number 18',
            },
            {
                from: 'Andre Møte 01/16 rådsmøter hvor dette satsingsområdet har vært diskutert: Møte 06/15',
                to: 'Andre rådsmøter hvor dette satsingsområdet har vært diskutert: Møte 01/16 Møte 06/15',
                reason: 'table row of sak 15/16: the PDF text interleaves the label cell with the first value',
            },
        ],
        notTranscribed: [
            // the slide decks appended after "Neste møte" are not minutes
            'VILJE TIL LEDELSE',
            'Takk for oppmerksomheten!',
            '10-Faktor - ny medarbeiderundersøkelse',
            'Registerdatarådets sammansättning',
            'Nyttan med RUT för forskaren',
            'Dekning per kilde',
            // page header and link annotations
            'referat  HO21-rådsmøte',
            'http://www.helseomsorg21.no/',
        ],
        probe: 'Merknaden ble tatt til følge.',
    },
];

function words(text: string): string[] {
    return text
        .normalize('NFC')
        .split(/\s+/u)
        .filter(w => w !== '' && !GLYPHS.has(w) && !/^[\p{P}\p{S}\p{Co}]+$/u.test(w));
}

/** A word as compared: NFC, without leading and trailing punctuation. */
function key(word: string): string {
    return word.normalize('NFC').replace(/^[\p{P}\p{S}\p{Co}]+|[\p{P}\p{S}\p{Co}]+$/gu, '');
}

function indexOfRun(haystack: string[], needle: string[], from = 0): number {
    outer: for (let i = from; i + needle.length <= haystack.length; i++) {
        for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
        return i;
    }
    return -1;
}

function seedText(t: Transcription): string {
    const text = fs.readFileSync(path.join(seedDir, t.seed), 'utf8').normalize('NFC');
    if (!t.endsWith) return text;
    const at = text.indexOf(t.endsWith);
    if (at < 0 || text.indexOf(t.endsWith, at + 1) >= 0) throw new Error(`end marker not found exactly once: ${t.endsWith}`);
    return text.slice(0, at + t.endsWith.length);
}

function seedWords(t: Transcription): string[] {
    let seed = words(seedText(t));
    for (const edit of t.edits) {
        const from = words(edit.from);
        const at = indexOfRun(seed, from);
        if (at < 0) throw new Error(`seed edit does not match (${edit.reason}): ${edit.from}`);
        if (indexOfRun(seed, from, at + 1) >= 0) throw new Error(`seed edit matches more than once (${edit.reason}): ${edit.from}`);
        seed = [...seed.slice(0, at), ...words(edit.to), ...seed.slice(at + from.length)];
    }
    return seed;
}

function withoutComments(referat: string): string {
    return referat
        .replace(/^\uFEFF/, '')
        .split(/\r\n?|\n/)
        .filter(line => !line.trimStart().startsWith('//'))
        .join('\n');
}

function readReferat(t: Transcription): string {
    return fs.readFileSync(path.join(root, 'examples', t.referat), 'utf8');
}

interface Missing {
    index: number;
    word: string;
    context: string;
    near: string;
}

/** The first seed word not found (in order, within MAX_ADDED words of the previous one), if any. */
function firstMissing(seed: string[], transcription: string[]): Missing | undefined {
    const keys = transcription.map(key);
    let j = 0;
    for (let i = 0; i < seed.length;) {
        const single = key(seed[i]);
        const joined = i + 1 < seed.length && seed[i].endsWith('-')
            ? [key(seed[i] + seed[i + 1]), key(seed[i].slice(0, -1) + seed[i + 1])]
            : [];
        let found = -1, width = 1;
        for (let k = j; k < Math.min(keys.length, j + MAX_ADDED + 1); k++) {
            if (keys[k] === single) { found = k; break; }
            if (joined.includes(keys[k])) { found = k; width = 2; break; }
        }
        if (found < 0) {
            return {
                index: i,
                word: seed[i],
                context: `${seed.slice(Math.max(0, i - 10), i).join(' ')} >>>${seed[i]}<<< ${seed.slice(i + 1, i + 11).join(' ')}`,
                near: transcription.slice(Math.max(0, j - 10), j + MAX_ADDED + 1).join(' '),
            };
        }
        i += width;
        j = found + 1;
    }
    return undefined;
}

function report(t: Transcription, m: Missing | undefined): string {
    if (!m) return '';
    return `${t.referat}: seed word #${m.index} «${m.word}» is missing.\n`
        + `  seed:          … ${m.context} …\n`
        + `  transcription: … ${m.near} …`;
}

describe('transcribed minutes keep every word of the seed', () => {
    // Never skipped: without the seeds this test would pass while proving nothing. CI runs in a clone
    // with shared/ beside it (see the README's section on tests), as every worktree here has.
    it('has the seeds beside the repository', () => {
        expect(fs.existsSync(seedDir), `${seedDir} is missing: the seeds (PDF text of the real minutes) live in shared/seeds, beside the repository; put shared/ there to run this test`).toBe(true);
        expect(TRANSCRIPTIONS.map(t => fs.existsSync(path.join(seedDir, t.seed)))).toEqual(TRANSCRIPTIONS.map(() => true));
    });

    for (const t of TRANSCRIPTIONS) {
        describe(t.referat, () => {
            it('contains the seed, word by word, in order', () => {
                const missing = firstMissing(seedWords(t), words(withoutComments(readReferat(t))));
                expect(missing, report(t, missing)).toBeUndefined();
            });

            it('does not contain what is not minutes', () => {
                const seed = fs.readFileSync(path.join(seedDir, t.seed), 'utf8').normalize('NFC');
                const referat = readReferat(t).normalize('NFC');
                expect(t.notTranscribed.length).toBeGreaterThan(0);
                for (const text of t.notTranscribed) {
                    expect(seed, `the check for «${text}» is meaningless: not in the seed`).toContain(text);
                    expect(referat, `«${text}» must not be transcribed`).not.toContain(text);
                }
            });

            it('notices a missing sentence', () => {
                const referat = withoutComments(readReferat(t)).normalize('NFC');
                expect(referat.split(t.probe)).toHaveLength(2);
                const seed = seedWords(t);
                const missing = firstMissing(seed, words(referat.replace(t.probe, '')));
                expect(missing, 'deleting a sentence must be noticed').toBeDefined();
                // The transcription is complete (as the first test checks), so the deleted sentence is
                // reported at its first word.
                expect(firstMissing(seed, words(referat))).toBeUndefined();
                expect(missing?.word).toBe(words(t.probe)[0]);
            });
        });
    }
});
