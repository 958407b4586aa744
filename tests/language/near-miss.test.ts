/**
 * Near misses of keywords: generated for every spelling of every keyword — a non-breaking space, a
 * zero-width space, a bullet in front, the colon left out, a letter wrong — each gets
 * `near-miss-keyword` (for the exemption: the error `near-miss-exemption`) on its line, with a quick
 * fix that writes the keyword. Keywords written in another letter case are simply the keyword. Prose
 * that merely begins with a keyword-like word stays quiet, and on the realistic corpus and the
 * examples the only near misses reported are the deliberate ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { findNearMiss } from '../../packages/language/src/model/near-miss.js';
import { KEYWORDS, type Keyword } from '../../packages/language/src/vocabulary/keywords.js';
import { codeOf, minutes, services, validate, validateWorkspace, withCode, type Checked } from './helpers.js';

const NBSP = '\u00a0', ZWSP = '\u200b';
const spellingsOf = (k: Keyword) => [...new Set(k.spellings.map(s => s.text))].filter(t => !t.includes('{'));
const ALL_SPELLINGS = new Set(KEYWORDS.flatMap(k => k.spellings.map(s => s.text.toLowerCase())));

/** The document a line of kind `k` is checked in: header and attendance lines before the first case, the rest inside one. */
function documentWith(k: Keyword, line: string): string {
    if (k.place === 'header' || k.place === 'attendance') return `Organ: Rådet\nDato: 10.01.2024\n${line}\n\nTil stede:\n- Kari Nordmann\n\nSak 1 Test\nVedtak: Ja.\n`;
    return minutes(`Sak 1 Test\nVedtakssak:\nEn linje prosa.\n${line}\nVedtak: Ja.\n`);
}

const value = (k: Keyword) => k.kind === 'withdrawn' ? '.' : k.kind === 'deadline' ? ' 12.03.2024: Kari Nordmann – notat' : k.bareValue === 'date' ? ' 12.03.2024' : k.bareValue === 'names' ? ' Kari Nordmann' : ' tekst';

type Variant = { name: string; line: string };

function variants(k: Keyword, spelling: string): Variant[] {
    const result: Variant[] = [];
    const colon = spelling.endsWith(':');
    const bare = spelling.replace(/:$/, '');
    const v = value(k);
    result.push({ name: 'NBSP', line: (bare.includes(' ') ? bare.replace(' ', NBSP) + (colon ? ':' : '') : colon ? `${bare}${NBSP}:` : `${bare}${NBSP}`) + v.replace(/^ /, colon ? ' ' : NBSP) });
    result.push({ name: 'ZWSP', line: `${spelling.slice(0, 1)}${ZWSP}${spelling.slice(1)}${v}` });
    // Keywords that stand in list items ("- Oppfølging: …") are the keyword after a bullet, and prose lists their own.
    if (!k.listItem) result.push({ name: 'bullet', line: `- ${spelling}${v}` });
    // "Sak" alone is a case line without its number (a syntax error), not a near miss of "Sak:".
    if (colon && k.kind !== 'item') result.push({ name: 'no colon', line: bare });
    const letters = bare.replace(/[^\p{L}]/gu, '').length;
    if (colon && letters >= 5) {
        // One letter left out, inside the word (not the first, which completion and folding rely on).
        const at = Math.max(2, Math.floor(bare.length / 2));
        const typo = bare.slice(0, at) + bare.slice(at + 1);
        if (!ALL_SPELLINGS.has(`${typo}:`.toLowerCase()) && !/\s$|^\s/.test(typo)) result.push({ name: 'one letter out', line: `${typo}:${v}` });
    }
    return result;
}

// Headings (`#`) have no letters to mistype; case lines are tested below.
const CASES = KEYWORDS.filter(k => k.kind !== 'case' && k.kind !== 'section').flatMap(k => spellingsOf(k).flatMap(s => variants(k, s).map(v => [k.kind, s, v.name, v.line, k] as const)));

async function quickFixes(checked: Checked, d: Diagnostic): Promise<CodeAction[]> {
    return await services.lsp.CodeActionProvider!.getCodeActions(checked.document, {
        textDocument: { uri: checked.document.uri.toString() }, range: d.range, context: { diagnostics: [d] },
    }) as CodeAction[];
}

describe('near misses of every keyword', () => {
    it.each(CASES)('%s «%s», %s: %j', async (_kind, spelling, _variant, line, k) => {
        const text = documentWith(k, line);
        const checked = await validate(text);
        const code = k.nearMiss === 'error' ? 'near-miss-exemption' : 'near-miss-keyword';
        const lineNo = text.split('\n').indexOf(line) + 1;
        const found = withCode(checked, code);
        expect(found.map(f => f.line)).toEqual([lineNo]);
        expect(found[0].severity).toBe(k.nearMiss === 'error' ? 'error' : 'warning');
        // The quick fix writes the keyword as the vocabulary spells it.
        const d = checked.diagnostics.find(x => codeOf(x) === code)!;
        const [fix] = await quickFixes(checked, d);
        const edit = Object.values(fix.edit!.changes!)[0][0];
        // A letter out may be as close to another keyword ("Møteted:" — Møtested: or Møtetid:?); else the fix is exact.
        if (_variant === 'one letter out') expect(ALL_SPELLINGS.has(edit.newText.toLowerCase()), edit.newText).toBe(true);
        else expect(edit.newText.trimEnd()).toBe(spelling);
        // The title names what the line becomes (the replacement as inserted, so «Frist » keeps its space).
        expect(fix.title).toBe(`Skriv «${edit.newText}»`);
        const fixed = text.split('\n').map((l, i) => i === lineNo - 1 ? l.slice(0, edit.range.start.character) + edit.newText + l.slice(edit.range.end.character) : l).join('\n');
        const after = await validate(fixed);
        expect(withCode(after, code)).toEqual([]);
    });

    it.each(KEYWORDS.filter(k => k.kind !== 'case' && k.kind !== 'section').flatMap(k => spellingsOf(k).map(s => [k.kind, s, k] as const)))('%s «%s» in another letter case is the keyword itself', async (_kind, spelling, k) => {
        const checked = await validate(documentWith(k, `${spelling.toUpperCase()}${value(k)}`));
        expect(withCode(checked, 'near-miss-keyword')).toEqual([]);
        expect(withCode(checked, 'near-miss-exemption')).toEqual([]);
    });
});

describe('near misses of a case line', () => {
    it.each([
        ['Sak nr. 12/24 Budsjett', 'Sak '],
        [`Sak${NBSP}12/24 Budsjett`, 'Sak '],
        ['Sak12/24 Budsjett', 'Sak '],
        [`Sak${ZWSP} 12/24 Budsjett`, 'Sak '],
        ['Sak Godkjenning av innkalling', 'Sak 2 '],
    ])('%j', async (line, replacement) => {
        const text = minutes(`Sak 1 Test\nVedtak: Ja.\n\n${line}\nVedtak: Ja.\n`);
        const checked = await validate(text);
        expect(withCode(checked, 'near-miss-keyword').map(f => f.line)).toEqual([text.split('\n').indexOf(line) + 1]);
        const d = checked.diagnostics.find(x => codeOf(x) === 'near-miss-keyword')!;
        const [fix] = await quickFixes(checked, d);
        expect(Object.values(fix.edit!.changes!)[0][0].newText).toBe(replacement);
        expect(fix.title).toBe(`Skriv «${replacement.trim()}»`);
    });
});

describe('the exemption is never missed', () => {
    // The seven spellings that published a confidential case in the report of issue 9.
    it.each([
        'Unntatt offentlighet offl. § 13',
        `Unntatt${NBSP}offentlighet: offl. § 13`,
        'Untatt offentlighet: offl. § 13',
        '- Unntatt offentlighet: offl. § 13',
        `Unntatt off${ZWSP}entlighet: offl. § 13`,
        'Unntatt offentlighet, jf. offl. § 13',
    ])('%j is the error near-miss-exemption', async line => {
        const checked = await validate(minutes(`Sak 1 Personalsak\n${line}\nVedtak: Ja.\n`));
        expect(withCode(checked, 'near-miss-exemption').map(f => f.severity)).toEqual(['error']);
    });

    it.each(['Unnateke frå offentlegheit: offl. § 13', 'Unntatt fra offentlighet: offl. § 13', 'Unnateke offentlegheit: offl. § 13'])('%j is the exemption itself', async line => {
        const checked = await validate(minutes(`Sak 1 Personalsak\n${line}\nVedtak: Ja.\n`));
        expect(checked.meeting.cases[0].exemption?.basis).toBe('offl. § 13');
        expect(checked.meeting.nearMisses).toEqual([]);
    });
});

describe('prose that begins with a keyword-like word stays quiet', () => {
    it.each([
        'Vedtaket ble enstemmig vedtatt etter en kort debatt.',
        'Frister er viktige i et slikt arbeid.',
        'Sak og vedtak i protokollen skal kunne leses hver for seg.',
        'Til stede var også to representanter fra ungdomsrådet.',
        'Forslaget fikk ikke flertall.',
        'Forfall i styret skal meldes til sekretariatet.',
        'Votering ble gjennomført skriftlig.',
        'Ansvar for oppfølging ligger hos administrasjonen.',
        'Referent fra forrige møte var Kari.',
        'Dato for neste møte avtales senere.',
        'Status på prosjektet: i rute.',
        'Vedtatt: se vedlegg.',
        'Innledningen ble holdt av styreleder.',
        'Sak 5 ble behandlet før sak 4.',
        '- Ansvar: Kari Nordmann følger opp.',
        '- Vedlegg: tre sider.',
    ])('%j', async line => {
        expect(findNearMiss(line, 'case')).toBeUndefined();
        expect(findNearMiss(line, 'preamble')).toBeUndefined();
    });
});

describe('on the realistic corpus and the examples', () => {
    const ROOT = path.resolve(import.meta.dirname, '../..');
    const read = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(ROOT, dir)).filter(f => f.endsWith('.referat')).map(f => [f, fs.readFileSync(path.join(ROOT, dir, f), 'utf8')]));

    it('reports only the deliberate near misses (tests/corpus/MANIFEST.md)', async () => {
        const found: string[] = [];
        await validateWorkspace(read('tests/corpus'), result => {
            for (const [file, checked] of Object.entries(result)) {
                for (const code of ['near-miss-keyword', 'near-miss-exemption']) for (const f of withCode(checked, code)) found.push(`${file.slice(0, 2)}:${f.line} ${code}`);
            }
        });
        expect(found.sort()).toEqual([
            '02:80 near-miss-exemption',
            '14:12 near-miss-keyword', '14:13 near-miss-keyword', '14:29 near-miss-keyword',
            '14:42 near-miss-exemption', '14:64 near-miss-keyword', '14:6 near-miss-keyword',
        ]);
    });

    it('reports none on the examples', async () => {
        await validateWorkspace(read('examples'), result => {
            expect(Object.keys(result).length).toBeGreaterThanOrEqual(3);
            for (const checked of Object.values(result)) {
                expect(withCode(checked, 'near-miss-keyword')).toEqual([]);
                expect(withCode(checked, 'near-miss-exemption')).toEqual([]);
            }
        });
    });
});
