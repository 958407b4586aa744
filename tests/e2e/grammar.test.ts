/**
 * The hand-written TextMate grammar (syntaxes/referat.tmLanguage.json), tokenised with the same engine
 * as VS Code (vscode-textmate + Oniguruma): keywords count at the start of a line only, keywords with
 * æøå match, and dates, case numbers, decisions and deadlines get their own scopes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar, StateStack } from 'vscode-textmate';
import { CASE_TYPES, KEYWORDS } from '../../packages/language/src/vocabulary/keywords.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'packages/extension/package.json'));
let grammar: IGrammar;

beforeAll(async () => {
    const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
    const textmate = require('vscode-textmate') as typeof import('vscode-textmate');
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
        loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/referat.tmLanguage.json'), 'utf8'), 'referat.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('source.referat'))!;
});

/** Tokenises `text`; returns for each line the scopes of every token as "text: scope scope". */
function tokenize(text: string): Array<Array<{ text: string; scopes: string[] }>> {
    let state: StateStack | null = null;
    return text.split('\n').map((line) => {
        const result = grammar.tokenizeLine(line, state ?? (require('vscode-textmate') as typeof import('vscode-textmate')).INITIAL);
        state = result.ruleStack;
        return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
}

/** Scopes of the token that contains `fragment` on the line. */
function scopesOf(line: Array<{ text: string; scopes: string[] }>, fragment: string): string {
    const token = line.find((t) => t.text.includes(fragment));
    if (!token) throw new Error(`«${fragment}» er ikke ett token i ${JSON.stringify(line.map((t) => t.text))}`);
    return token.scopes.join(' ');
}

describe('TextMate-grammatikken', () => {
    it('farger hodefelt, også med æøå, og datoer i dem', () => {
        const [organ, mote, dato, status] = tokenize('Organ: Styret (BKH)\nMøte: 03/2024\nDato: tirsdag 14. mai 2024\nStatus: godkjent 30.11.2023');
        expect(scopesOf(organ, 'Organ')).toContain('keyword.other.header.referat');
        expect(scopesOf(mote, 'Møte')).toContain('keyword.other.header.referat');
        expect(scopesOf(dato, 'tirsdag 14. mai 2024')).toContain('constant.numeric.date.referat');
        expect(scopesOf(status, 'godkjent')).toContain('constant.language.status.approved.referat');
        expect(scopesOf(status, '30.11.2023')).toContain('constant.numeric.date.referat');
    });

    it('farger saklinjer: nøkkelord, saksnummer og tittel', () => {
        const [line] = tokenize('Sak 17/24 Godkjenning av innkalling og saksliste');
        expect(scopesOf(line, 'Sak')).toContain('keyword.control.case.referat');
        expect(scopesOf(line, '17/24')).toContain('constant.numeric.case-number.referat');
        expect(scopesOf(line, 'Godkjenning')).toContain('entity.name.section.referat');
    });

    it('lar prosa som bare begynner med et nøkkelordlignende ord være prosa', () => {
        const [sak, frister, midt] = tokenize('Sak og vedtak henger sammen.\nFrister er viktige.\nStyret sa: Vedtak: ja.');
        expect(sak.every((t) => !t.scopes.join(' ').includes('keyword'))).toBe(true);
        expect(frister.every((t) => !t.scopes.join(' ').includes('keyword'))).toBe(true);
        expect(midt.every((t) => !t.scopes.join(' ').includes('keyword'))).toBe(true);
    });

    it('farger sakstyper med æøå, vedtak og votering', () => {
        const [type, høring, vedtak, votering] = tokenize('Drøftingssak: Strategi\nHøringssak:\nVedtak: Styret godkjenner budsjettet.\nVotering: 7 for, 2 mot');
        expect(scopesOf(type, 'Drøftingssak')).toContain('storage.type.case-type.referat');
        expect(scopesOf(høring, 'Høringssak')).toContain('storage.type.case-type.referat');
        expect(scopesOf(vedtak, 'Vedtak')).toContain('keyword.control.decision.referat');
        expect(scopesOf(vedtak, 'Styret godkjenner')).toContain('markup.bold.decision.referat');
        expect(scopesOf(votering, 'Votering')).toContain('keyword.other.vote.referat');
    });

    it('lar vedtaket fortsette på en nummerert liste til en blank linje', () => {
        const lines = tokenize('Vedtak:\n1. Første punkt\n2. Andre punkt\n\nEtterpå er det prosa.');
        expect(scopesOf(lines[1], 'Første punkt')).toContain('meta.decision.referat');
        expect(scopesOf(lines[2], '2.')).toContain('punctuation.definition.list.begin.numbered.referat');
        expect(scopesOf(lines[4], 'Etterpå')).not.toContain('meta.decision.referat');
    });

    it('farger frister: nøkkelord, dato, ansvarlig og utført', () => {
        const [a, b, c] = tokenize([
            'Frist 15.08.2024: Bjørn Kvåle – tre anbud legges fram for styret.',
            'Frist for høringssvar: 1. juli (ansvarlig: Marte Lægreid). Svaret sendes departementet.',
            'Frist 12.04.2024: Kari Nordmann – notat (utført 12.04.2024)',
        ].join('\n'));
        expect(scopesOf(a, 'Frist')).toContain('keyword.control.deadline.referat');
        expect(scopesOf(a, '15.08.2024')).toContain('constant.numeric.date.referat');
        expect(scopesOf(b, '1. juli')).toContain('constant.numeric.date.referat');
        expect(scopesOf(b, 'Marte Lægreid')).toContain('variable.other.person.referat');
        expect(scopesOf(c, 'utført')).toContain('constant.language.done.referat');
    });

    it('farger deler, saker uten nummer, forslag, oppfølging og underskrifter; vedtaket slutter ved et forslag', () => {
        const lines = tokenize([
            '# Saker til behandling', 'Sak: Evaluering av møtet', 'Vedtak: Styret slutter seg til forslaget.',
            'Forslag fra Kari Nordmann (H): Saken utsettes.', '- Oppfølging: Ola Hansen sender brevet innen 15.03.2025.',
            'Saken er trukket.', 'Justert av: Tone Lie og Per Nes', 'Sak om veien ble nevnt.',
        ].join('\n'));
        expect(scopesOf(lines[0], '#')).toContain('punctuation.definition.heading.referat');
        expect(scopesOf(lines[0], 'Saker til behandling')).toContain('entity.name.section.referat');
        expect(scopesOf(lines[1], 'Sak')).toContain('keyword.control.case.referat');
        expect(scopesOf(lines[1], 'Evaluering av møtet')).toContain('markup.heading.case-title.referat');
        expect(scopesOf(lines[3], 'Forslag fra Kari Nordmann (H)')).toContain('keyword.other.proposal.referat');
        expect(scopesOf(lines[3], 'Saken utsettes.')).not.toContain('meta.decision.referat');
        expect(scopesOf(lines[4], 'Oppfølging')).toContain('keyword.control.action.referat');
        expect(scopesOf(lines[4], '15.03.2025')).toContain('constant.numeric.date.referat');
        expect(scopesOf(lines[5], 'Saken er trukket')).toContain('keyword.other.withdrawn.referat');
        expect(scopesOf(lines[6], 'Justert av')).toContain('keyword.other.signatures.referat');
        expect(scopesOf(lines[6], 'Tone Lie og Per Nes')).toContain('variable.other.person.referat');
        expect(lines[7].every((t) => !t.scopes.join(' ').includes('keyword'))).toBe(true);
    });

    it('farger deltakerlister: overskrift, navn og rolle', () => {
        const lines = tokenize('Til stede:\n- Siv Mørkved, Helse Midt-Norge RHF, leder i 2023\n\nSak 1 Test');
        expect(scopesOf(lines[0], 'Til stede')).toContain('markup.heading.attendance.referat');
        expect(scopesOf(lines[1], 'Siv Mørkved')).toContain('variable.other.person.referat');
        expect(scopesOf(lines[1], 'leder')).toContain('support.type.role.referat');
        expect(scopesOf(lines[3], 'Sak')).toContain('keyword.control.case.referat');
    });

    it('farger sakshenvisninger, klokkeslett og kommentarer', () => {
        const [ref, next, comment] = tokenize('Se notatet, jf. sak 07/16 (01/16).\nNeste møte: onsdag 21. februar 2024, kl. 10.00–15.00\n// intern merknad');
        expect(scopesOf(ref, '07/16')).toContain('constant.numeric.case-number.referat');
        expect(scopesOf(next, 'Neste møte')).toContain('keyword.other.next-meeting.referat');
        expect(scopesOf(next, 'onsdag 21. februar 2024')).toContain('constant.numeric.date.referat');
        expect(scopesOf(next, 'kl. 10.00–15.00')).toContain('constant.numeric.time.referat');
        expect(scopesOf(comment, 'intern merknad')).toContain('comment.line.double-slash.referat');
    });

    it('farger hver stavemåte i vokabularet som nøkkelord, og bare i starten av en linje', () => {
        const scopeOf: Record<string, string> = {
            body: 'keyword.other.header.referat', meetingNumber: 'keyword.other.header.referat', date: 'keyword.other.header.referat',
            time: 'keyword.other.header.referat', place: 'keyword.other.header.referat', status: 'keyword.other.header.referat',
            chair: 'keyword.other.header.referat', referent: 'keyword.other.header.referat',
            present: 'markup.heading.attendance.referat', absent: 'markup.heading.attendance.referat',
            substitutes: 'markup.heading.attendance.referat', others: 'markup.heading.attendance.referat',
            case: 'keyword.control.case.referat', introducer: 'keyword.other.introducer.referat', responsible: 'keyword.other.responsible.referat',
            attachment: 'keyword.other.attachment.referat', exemption: 'keyword.other.exemption.referat', conflict: 'keyword.other.vote.referat',
            decision: 'keyword.control.decision.referat', vote: 'keyword.other.vote.referat', dissent: 'keyword.other.vote.referat',
            deadline: 'keyword.control.deadline.referat', nextMeeting: 'keyword.other.next-meeting.referat',
            document: 'keyword.other.header.referat', item: 'keyword.control.case.referat', withdrawn: 'keyword.other.withdrawn.referat',
            proposal: 'keyword.other.proposal.referat', action: 'keyword.control.action.referat',
            signatures: 'keyword.other.signatures.referat', section: 'punctuation.definition.heading.referat',
        };
        const checked: string[] = [];
        for (const k of KEYWORDS) {
            for (const { text } of k.spellings) {
                const written = text.replace('{group}', 'utvalget');
                const keywordText = written.replace(/:$/, '');
                const line = k.kind === 'case' ? `${written} 12/24 Tittel` : k.kind === 'deadline' ? `${written} 12.03.2025: Kari Nordmann – notat`
                    : k.kind === 'withdrawn' ? `${written}.` : `${written} Verdi`;
                const [tokens] = tokenize(line);
                expect(scopesOf(tokens, keywordText.split(' ')[0]), `${k.kind}: «${text}»`).toContain(scopeOf[k.kind]);
                // Inside a sentence the same word is prose.
                const [prose] = tokenize(`Det ble sagt at ${line}`);
                expect(prose.map(t => t.scopes.join(' ')).join(' | '), `«${text}» midt i en setning`).not.toContain(scopeOf[k.kind]);
                checked.push(text);
            }
        }
        expect(checked.length).toBe(KEYWORDS.reduce((n, k) => n + k.spellings.length, 0));
        for (const t of CASE_TYPES) expect(scopesOf(tokenize(`${t.label} Tekst`)[0], t.label.replace(/:$/, '')), t.label).toContain('storage.type.case-type.referat');
    });
});
