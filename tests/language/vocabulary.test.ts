/**
 * The vocabulary is the one table of keywords: the grammar, the lexer, the model builder and the
 * README all follow it. Every spelling of every keyword is lexed as its keyword at the start of a
 * line (in any letter case) and as prose elsewhere, and lands in the model where its kind belongs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_TYPES, KEYWORDS, type Keyword } from '../../packages/language/src/vocabulary/keywords.js';
import { keywordTable } from '../../packages/language/src/vocabulary/docs.js';
import { services } from './helpers.js';
import { minutes, model } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const grammar = fs.readFileSync(path.join(ROOT, 'packages/language/src/grammar/referat.langium'), 'utf8');
const lexer = services.parser.Lexer;

const written = (text: string) => text.replace('{group}', 'utvalget');

/** The token names the lexer gives a text. */
function tokenNames(text: string): string[] {
    return lexer.tokenize(text).tokens.map(t => t.tokenType.name).filter(n => n !== 'EOL');
}

describe('the grammar follows the vocabulary', () => {
    it('has a terminal and a line rule for every keyword, and the rule is an alternative of Line', () => {
        const lineRule = /Line:\s*([\s\S]*?);/.exec(grammar)![1].split('|').map(s => s.trim());
        for (const k of KEYWORDS) {
            expect(grammar, k.token).toMatch(new RegExp(`terminal ${k.token}:`));
            if (k.rule === 'Case') { expect(grammar, k.token).toMatch(new RegExp(`^Case:\\s*\\([^)]*key=${k.token}`, 'm')); continue; }
            expect(grammar, k.rule).toMatch(new RegExp(`^${k.rule}: key=${k.token} value=TEXT\\? EOL\\+;$`, 'm'));
            expect(lineRule, k.rule).toContain(k.rule);
        }
    });

    it('has no keyword terminal the vocabulary does not know', () => {
        const terminals = [...grammar.matchAll(/terminal (\w+_KW):/g)].map(m => m[1]).sort();
        expect(terminals).toEqual(KEYWORDS.map(k => k.token).sort());
    });

    it('the README keyword table is the vocabulary', () => {
        const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const table = /<!-- keywords:start[^>]*-->\n([\s\S]*?)\n<!-- keywords:end -->/.exec(readme)?.[1];
        expect(table).toBe(keywordTable());
    });

    it('every keyword has a bokmål and a nynorsk spelling, and docs', () => {
        for (const k of KEYWORDS) {
            expect(k.spellings.some(s => s.language === 'nb'), k.kind).toBe(true);
            expect(k.spellings.some(s => s.language === 'nn'), k.kind).toBe(true);
            expect(k.docs.nb.length, k.kind).toBeGreaterThan(10);
        }
    });
});

/** A line with the keyword and a value fitting its kind. */
function lineWith(k: Keyword, spelling: string): string {
    const kw = written(spelling);
    if (k.kind === 'case') return `${kw} 12/24 Tittel`;
    if (k.kind === 'item' || k.kind === 'section') return `${kw} Innsjekk`;
    if (k.kind === 'withdrawn') return `${kw}.`;
    if (k.kind === 'deadline') return `${kw} 12.03.2024: Kari Nordmann – notat`;
    if (k.kind === 'introducer') return `${kw} Kari Nordmann`;
    return `${kw} Verdi 1`;
}

describe('every spelling is its keyword at the start of a line', () => {
    const all = KEYWORDS.flatMap(k => k.spellings.map(s => ({ k, text: s.text })));

    it.each(all.map(({ k, text }) => [k.kind, text, k] as const))('%s «%s»', (_kind, text, k) => {
        const line = lineWith(k, text);
        expect(tokenNames(line)[0]).toBe(k.token);
        expect(tokenNames(`  ${line.toUpperCase()}`)[0]).toBe(k.token);
        expect(tokenNames(`Det ble sagt: ${line}`)).toEqual(['TEXT']);
    });

    it('case types, alone and combined, are their token', () => {
        for (const t of CASE_TYPES) expect(tokenNames(`${t.label} tekst`)[0], t.label).toBe('CASETYPE');
        expect(tokenNames('Diskusjons- og beslutningssak: tekst')[0]).toBe('CASETYPE');
    });
});

describe('every spelling lands in the model where its kind belongs', () => {
    const header = KEYWORDS.filter(k => k.place === 'header');
    it.each(header.flatMap(k => k.spellings.map(s => [k.kind, s.text] as const)))('header %s «%s»', async (kind, text) => {
        const m = await model(`Organ: Rådet\nDato: 10.01.2024\n${written(text)} Kari Nordmann 10:00\n\nSak 1 Test\nVedtak: Ja.\n`);
        const field = m.headerFields.find(f => f.label === written(text).replace(/:$/, ''));
        expect(field?.kind).toBe(kind);
    });

    const attendance = KEYWORDS.filter(k => k.place === 'attendance');
    it.each(attendance.flatMap(k => k.spellings.map(s => [k.kind, s.text] as const)))('attendance %s «%s»', async (kind, text) => {
        const m = await model(`Organ: Rådet\nDato: 10.01.2024\n\n${written(text)}\n- Kari Nordmann, Ås kommune, leder\n\nSak 1 Test\nVedtak: Ja.\n`);
        expect(m.attendance).toHaveLength(1);
        expect(m.attendance[0].label).toBe(written(text).replace(/:$/, ''));
        expect(m.attendance[0].kind).toBe({ present: 'present', absent: 'absent', substitutes: 'present', others: 'other' }[kind]);
        expect(m.attendance[0].attendees.map(a => a.name)).toEqual(['Kari Nordmann']);
    });

    it.each(KEYWORDS.find(k => k.kind === 'item')!.spellings.map(s => [s.text] as const))('an item without a number «%s»', async text => {
        const m = await model(minutes(`${text} Innsjekk\nEn runde rundt bordet.\n`));
        expect(m.cases.map(c => [c.numbered, c.title])).toEqual([[false, 'Innsjekk']]);
    });

    it.each(KEYWORDS.find(k => k.kind === 'case')!.spellings.filter(s => s.variant).map(s => [s.text, s.variant] as const))('a case of the series «%s»', async (text, series) => {
        const m = await model(minutes(`${text} 12/24 Tittel\nVedtak: Ja.\n`));
        expect(m.cases.map(c => [c.series, c.number.text, c.title])).toEqual([[series, '12/24', 'Tittel']]);
    });

    const inCase = KEYWORDS.filter(k => k.place === 'case' || k.kind === 'signatures' || k.kind === 'section');
    it.each(inCase.flatMap(k => k.spellings.map(s => [k.kind, s.text] as const)))('case line %s «%s»', async (kind, text) => {
        const k = KEYWORDS.find(x => x.kind === kind)!;
        const m = await model(minutes(`Sak 1 Test\n${lineWith(k, text)}\n`));
        const c = m.cases[0];
        const found = {
            introducer: c.introducers.length, responsible: c.responsibles.length, attachment: c.attachments.length,
            exemption: c.exemption ? 1 : 0, conflict: c.conflicts.length, decision: c.decisions.length, vote: c.votes.length,
            dissent: c.dissents.length, deadline: c.deadlines.length, action: c.deadlines.length, proposal: c.proposals.length,
            withdrawn: c.withdrawn ? 1 : 0, signatures: m.signatures.length, section: m.sections.length,
        }[kind as string];
        expect(found, `${kind} «${text}»`).toBe(1);
        expect(m.misplaced).toEqual([]);
        expect(m.nearMisses).toEqual([]);
    });

    it('the language of the document follows its spellings', async () => {
        expect((await model('Organ: Utvalet\nDato: 10.01.2024\n\nTil stades:\n- Kari Nordmann\n')).language).toBe('nn');
        expect((await model('Organ: Utvalget\nDato: 10.01.2024\n\nTil stede:\n- Kari Nordmann\n')).language).toBe('nb');
        // Spellings both languages share say nothing.
        expect((await model('Organ: Rådet\nDato: 10.01.2024\n\nForfall:\n- Kari Nordmann\n')).language).toBe('nb');
    });
});
