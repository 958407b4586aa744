/**
 * Syntax errors: Norwegian messages that name what was expected, code `parsing-error`, and no English
 * parser text (Chevrotain's "Expecting token of type … but found …") in any message, for a corpus of
 * broken inputs.
 */
import { expectError } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { codeOf, messageOf, minutes, validate, withCode } from './helpers.js';

const ENGLISH = /Expecting|token of type|but found|Redundant input|one of these possible|EOF|mismatched|at least one iteration/i;

describe('Sak without a number', () => {
    it('gets a Norwegian error naming the expected case number', async () => {
        const text = minutes('Sak 1 Første\nVedtak: A.\n\nSak\nVedtak: B.\n\nSak 3 Tredje\nVedtak: C.\n');
        const checked = await validate(text);
        const errors = withCode(checked, 'parsing-error');
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ severity: 'error', line: 12 });
        expectError(checked.result, /^Forventet saksnummer etter «Sak» \(for eksempel «Sak 17\/23 Tittel»\), men fant linjeskift\.$/, {
            data: { code: 'parsing-error' },
            // the line break right after `Sak`, where the number is missing
            range: { start: { line: 11, character: 3 }, end: { line: 11, character: 4 } },
        });
    });

    it('keeps the cases after it', async () => {
        const checked = await validate(minutes('Sak 1 Første\nVedtak: A.\n\nSak\nVedtak: B.\n\nSak 3 Tredje\nVedtak: C.\n'));
        expect(checked.meeting.cases.map(c => c.number.text)).toEqual(['1', '', '3']);
        expect(checked.meeting.cases[2].decisions).toHaveLength(1);
        // the case without number is not reported a second time by the validator
        expect(checked.diagnostics.map(codeOf).filter(c => c !== 'parsing-error')).toEqual([]);
    });

    it('at the end of a file without final newline', async () => {
        const checked = await validate(minutes('Sak 1 Første\nVedtak: A.\n\nSak'));
        expect(checked.diagnostics.filter(d => codeOf(d) === 'parsing-error').map(messageOf)).toEqual([
            expect.stringMatching(/^Forventet saksnummer etter «Sak».*men fant (slutten av filen|linjeskift)\.$/),
        ]);
    });

    it('with trailing blanks', async () => {
        const checked = await validate(minutes('Sak \t \nVedtak: A.\n'));
        expect(withCode(checked, 'parsing-error')).toHaveLength(1);
    });
});

describe('no English parser text in any message', () => {
    const corpus: Record<string, string> = {
        'Sak alone': 'Organ: X\nDato: 1.1.2024\n\nSak\n',
        'Sak alone, CRLF': 'Organ: X\r\nDato: 1.1.2024\r\n\r\nSak\r\n',
        'Sak at EOF': 'Sak',
        'only Sak lines': 'Sak\nSak\nSak 1\nSak\n',
        'Sak then keyword': 'Sak\nVedtak:\nFrist\nFrist:\nInnledning ved\n',
        'keywords without values': 'Organ:\nDato:\nTid:\nStatus:\nMøteleder:\n\nTil stede:\n-\n- ,\n\nSak 1\nVedtakssak:\nAnsvarlig:\nVedlegg:\nUnntatt offentlighet:\nInhabil:\nVedtak:\nVotering:\nDissens:\nFrist:\nNeste møte:\n',
        'malformed numbers': 'Sak 1..2\nSak 17//23 x\nSak 1/\nSak 0\nSak 99999999999999999999 stor\n',
        'punctuation': ':\n-\n1.\n//\n///\n(\n)\n«»\n',
        'control characters': 'Organ: \u0000X\u0001\nDato: 1.1.2024\u0007\n\nSak 1\u0000 T\n\u000B\f\n',
        'NUL only': '\u0000\u0000',
        'lone surrogates': 'Organ: \uD800\nDato: \uDC00 1.1.2024\nSak 1 \uD83D\n',
        'combining marks at line starts': '\u030ASak 1 T\n\u0308Vedtak: A.\n\u0301\n',
        'bidi and zero-width': '\u200BSak 1 T\n\u202EVedtak: A.\n\u2028Frist 1.1.2024: x\u2029\n',
        'very long line': `Organ: ${'x'.repeat(20000)}\nSak 1 ${'ø'.repeat(20000)}\n`,
        'deep indentation': `${' '.repeat(500)}Sak 1 T\n${'\t'.repeat(200)}Vedtak: A.\n`,
        'mixed CR': 'Organ: X\rDato: 1.1.2024\r\rSak\r\n\rSak 2 T\n\r',
        'header in case and case line in header': 'Vedtak: A.\nFrist 1.1.2024: X\nSak 1 T\nOrgan: X\nDato: 2.2.2024\nTil stede:\n- A B\n',
        'dates everywhere': 'Organ: X\nDato: 31.13.2024\nTid: 99:99–00:00\nStatus: godkjent 32.1.2024\n\nSak 1 T\nFrist 0.0.0000: x\nNeste møte: lørdag 30. februar\n',
        'references': 'Organ: X\nDato: 1.1.2024\n\nSak 1 T\njf. sak\njf. sak 1..1 (\njfr. sak 99 møte\njmf. sak 1 møte 99.99.9999 (\n',
    };

    it.each(Object.entries(corpus))('%s', async (_name, text) => {
        const checked = await validate(text);
        for (const d of checked.diagnostics) {
            expect(messageOf(d)).not.toMatch(ENGLISH);
            expect(messageOf(d).length).toBeGreaterThan(10);
            expect(codeOf(d)).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
        }
    });

    it('every entry gets diagnostics, so the checks above run (the control characters: NUL is an error)', async () => {
        const silent: string[] = [];
        for (const [name, text] of Object.entries(corpus)) if ((await validate(text)).diagnostics.length === 0) silent.push(name);
        expect(silent).toEqual([]);
    });

    it('the corpus does produce syntax errors', async () => {
        let count = 0;
        for (const text of Object.values(corpus)) count += withCode(await validate(text), 'parsing-error').length;
        expect(count).toBeGreaterThanOrEqual(5);
    });
});
