/** The small text helpers of the model: names, case numbers, references, line index. */
import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from '../../packages/language/src/model/values/case-numbers.js';
import { leadingName, looksLikePerson, nameKey, nameList } from '../../packages/language/src/model/values/names.js';
import { caseReferences, LineIndex } from '../../packages/language/src/model/spans.js';
import { messagesFor } from '../../packages/language/src/validation/messages.js';

describe('leadingName', () => {
    it.each([
        ['Siv Mørkved, ass. fagdirektør Helse Midt-Norge RHF.', 'Siv Mørkved'],
        ['Erlend B. Smeland', 'Erlend B. Smeland'],
        ['Erlend B. Smeland.', 'Erlend B. Smeland'],
        ['Jesper W. Simonsen (Forskningsrådet)', 'Jesper W. Simonsen'],
        ['Kari Nordmann – leder', 'Kari Nordmann'],
        ['Per-Åge Lund, daglig leder', 'Per-Åge Lund'],
        ['Kari Nordmann og Ola Hansen', 'Kari Nordmann'],
        ['Marianne van der Wel: innlegg', 'Marianne van der Wel'],
        ['  Kari Nordmann  ', 'Kari Nordmann'],
    ])('%s', (text, name) => {
        const found = leadingName(text)!;
        expect(found.name).toBe(name);
        expect(text.slice(found.start, found.end)).toBe(name);
    });

    it.each(['', '   ', ', noe', '(x)'])('%j has no name', (text) => {
        expect(leadingName(text)).toBeUndefined();
    });
});

describe('nameList', () => {
    it('splits names on commas and "og", skipping reasons', () => {
        const text = 'Kari Nordmann, Ola Hansen og Per Olsen (eiere) – se sak 3';
        expect(nameList(text).map(n => [n.name, text.slice(n.start, n.end)])).toEqual([
            ['Kari Nordmann', 'Kari Nordmann'], ['Ola Hansen', 'Ola Hansen'], ['Per Olsen', 'Per Olsen'],
        ]);
    });
});

describe('looksLikePerson and nameKey', () => {
    it.each([
        ['Kari Nordmann', true], ['Erlend B. Smeland', true], ['Marianne van der Wel', true], ['Per-Åge Lund', true],
        ['Arbeidsgruppen', false], ['Arbeidsgruppen for helsedata', false], ['Sekretariatet', false], ['Helse Vest RHF', false],
        ['HO21 Monitor', false], ['kari nordmann', false], ['Kari', false],
    ])('%s: %s', (name, expected) => {
        expect(looksLikePerson(name)).toBe(expected);
    });

    it('compares in NFC, lower case, single spaces', () => {
        expect(nameKey('  MARIA\tTa\u030Arland ')).toBe('maria tårland');
        expect(nameKey('Maria Tårland')).toBe(nameKey('Maria Ta\u030Arland'));
    });
});

describe('parseCaseNumber and formatCaseNumber', () => {
    it.each([
        ['17/23', 17, [], 2023, '17/2023'], ['17/2023', 17, [], 2023, '17/2023'], ['07/16', 7, [], 2016, '7/2016'],
        ['3', 3, [], undefined, '3'], ['17.1', 17, [1], undefined, '17.1'], ['8.3.2', 8, [3, 2], undefined, '8.3.2'], ['4.', 4, [], undefined, '4'],
    ])('%s', (text, main, sub, year, key) => {
        const n = parseCaseNumber(text);
        expect([n.main, n.sub, n.year, n.key, n.problem]).toEqual([main, sub, year, key, undefined]);
    });

    it.each(['17//23', '18/123', '1/2/3', '3..4', '', '/3'])('%j is invalid, with a Norwegian message', (text) => {
        expect(messagesFor('nb').invalidCaseNumber(parseCaseNumber(text).problem!)).toMatch(/er ikke et gyldig saksnummer\. Skriv for eksempel/);
    });

    it('formats in the style of the original', () => {
        expect(formatCaseNumber(17, 2024, parseCaseNumber('17/23'))).toBe('17/24');
        expect(formatCaseNumber(17, 2024, parseCaseNumber('17/2023'))).toBe('17/2024');
        expect(formatCaseNumber(7, 2016, parseCaseNumber('07/15'))).toBe('07/16');
        expect(formatCaseNumber(3, undefined)).toBe('3');
    });
});

describe('findCaseReferences', () => {
    it('finds several references with exact spans, on any line', () => {
        const text = 'Først\nSe jf. sak 8.3 og jfr. sak 07/16 (01/16), samt jamfør sak 2.';
        const lines = new LineIndex(text);
        const refs = caseReferences(text, 0, lines, 2016);
        expect(refs.map(r => [text.slice(r.numberSpan.start, r.numberSpan.end), text.slice(r.span.start, r.span.end), r.span.line])).toEqual([
            ['8.3', 'jf. sak 8.3', 1], ['07/16', 'jfr. sak 07/16 (01/16)', 1], ['2', 'jamfør sak 2', 1],
        ]);
    });

    it('does not take "sak" alone or words ending in jf', () => {
        expect(caseReferences('Denne sak 3 og xjf. sak 4', 0, new LineIndex('x'))).toHaveLength(0);
    });
});

describe('LineIndex', () => {
    it('counts LF, CRLF and CR line breaks', () => {
        const text = 'a\nb\r\nc\rd';
        const index = new LineIndex(text);
        expect([...'abcd'].map(ch => index.lineOf(text.indexOf(ch)))).toEqual([0, 1, 2, 3]);
        expect(index.lineOf(text.length)).toBe(3);
    });
});
