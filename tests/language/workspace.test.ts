/**
 * Cross-file checks: several documents built as one workspace (LangiumDocuments + DocumentBuilder).
 */
import { describe, expect, it } from 'vitest';
import { codes, messageOf, messages, services, validateWorkspace, withCode } from './helpers.js';

const meeting = (organ: string, date: string, body: string, number = '') =>
    `Organ: ${organ}\n${number ? `Møte: ${number}\n` : ''}Dato: ${date}\n\n${body}`;

describe('duplicate-case-number across files', () => {
    it('the same number for the same body and year in another file: error naming the other file', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Styret i Ås (STY)', '10.1.2024', 'Sak 1/24 A\nVedtak: A.\n\nSak 2/24 B\nVedtak: B.\n'),
            'b.referat': meeting('Styret i Ås (STY)', '7.2.2024', 'Sak 2/24 C\nVedtak: C.\n\nSak 3/24 D\nVedtak: D.\n'),
        });
        expect(withCode(ws['a.referat'], 'duplicate-case-number')).toEqual([{ severity: 'error', text: '2/24', line: 7 }]);
        expect(withCode(ws['b.referat'], 'duplicate-case-number')).toEqual([{ severity: 'error', text: '2/24', line: 4 }]);
        expect(messages(ws['a.referat'], 'duplicate-case-number')[0]).toMatch(/Sak 2\/24 finnes allerede i b\.referat \(møtet 07\.02\.2024\) for samme organ og år/);
        expect(messages(ws['b.referat'], 'duplicate-case-number')[0]).toMatch(/i a\.referat \(møtet 10\.01\.2024\)/);
        expect(ws['a.referat'].diagnostics.find(d => messageOf(d).includes('b.referat'))?.data).toMatchObject({ code: 'duplicate-case-number', otherUri: 'file:///ws/b.referat' });
    });

    it('bodies are matched by short name, whatever the full name says', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Styret i Ås (STY)', '10.1.2024', 'Sak 1/24 A\nVedtak: A.\n'),
            'b.referat': meeting('Styret for Ås kommune (sty)', '7.2.2024', 'Sak 1/24 B\nVedtak: B.\n'),
        });
        expect(codes(ws['a.referat'])).toEqual(['duplicate-case-number']);
        expect(codes(ws['b.referat'])).toEqual(['duplicate-case-number']);
    });

    it('plain numbers 1..n are numbered per meeting: two meetings of a body may both have Sak 1 and 1.1', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Rådet', '10.1.2024', 'Sak 1 A\n\nSak 1.1 A1\nVedtak: A.\n'),
            'b.referat': meeting('Rådet', '7.2.2024', 'Sak 1 B\n\nSak 1.1 B1\nVedtak: B.\n'),
        });
        expect(codes(ws['a.referat'])).toEqual([]);
        expect(codes(ws['b.referat'])).toEqual([]);
    });

    it('sub-cases of numbers with a year clash across files', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Rådet', '10.1.2024', 'Sak 3/24 A\n\nSak 3.1 A1\nVedtak: A.\n'),
            'b.referat': meeting('Rådet', '7.2.2024', 'Sak 3/24 B\n\nSak 3.1 B1\nVedtak: B.\n'),
        });
        expect(withCode(ws['b.referat'], 'duplicate-case-number').map(s => s.text)).toEqual(['3/24', '3.1']);
    });

    it('a different body: no diagnostic', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Styret i Ås (STY)', '10.1.2024', 'Sak 1/24 A\nVedtak: A.\n'),
            'b.referat': meeting('Rådet i Ås (RÅD)', '7.2.2024', 'Sak 1/24 B\nVedtak: B.\n'),
        });
        expect(codes(ws['a.referat'])).toEqual([]);
        expect(codes(ws['b.referat'])).toEqual([]);
    });

    it('a different year: no diagnostic', async () => {
        const ws = await validateWorkspace({
            'a.referat': meeting('Styret i Ås (STY)', '10.1.2024', 'Sak 1/24 A\nVedtak: A.\n\nSak 2/24 B\nVedtak: B.\n'),
            'b.referat': meeting('Styret i Ås (STY)', '8.1.2025', 'Sak 1/25 C\nVedtak: C.\n\nSak 2/25 D\nVedtak: D.\n'),
        });
        expect(codes(ws['a.referat'])).toEqual([]);
        expect(codes(ws['b.referat'])).toEqual([]);
    });

    it('files without Organ: are never compared', async () => {
        const ws = await validateWorkspace({
            'a.referat': 'Dato: 10.1.2024\n\nSak 1 A\nVedtak: A.\n',
            'b.referat': 'Dato: 7.2.2024\n\nSak 1 B\nVedtak: B.\n',
        });
        expect(codes(ws['a.referat'])).toEqual(['missing-header-field']);
        expect(codes(ws['b.referat'])).toEqual(['missing-header-field']);
    });
});

describe('unresolved-case-reference across files', () => {
    const earlier = meeting('HelseOmsorg21-rådet (HO21-rådet)', '25.1.2016', 'Sak 07/16 Helsedata\nVedtak: A.\n\nSak 08/16 Orienteringer\n\nSak 8.3 Rammevilkår\nVedtak: B.\n', '01/2016');

    it('a reference resolves into another file of the same body', async () => {
        const ws = await validateWorkspace({
            'a.referat': earlier,
            'b.referat': meeting('HelseOmsorg21-rådet (HO21-rådet)', '29.02.2016', 'Sak 10/16 Oppfølging\nSe notatet (jf. sak 07/16) og jfr. sak 8.3 møte 25.1.2016 (01/16) og jf. sak 07/16 (01/16).\nVedtak: A.\n', '02/2016'),
        });
        expect(codes(ws['b.referat'])).toEqual([]);
        const refs = ws['b.referat'].meeting.cases[0].references;
        expect(refs).toHaveLength(3);
    });

    it('a reference to a case missing in the named meeting of the workspace: warning', async () => {
        const ws = await validateWorkspace({
            'a.referat': earlier,
            'b.referat': meeting('HelseOmsorg21-rådet (HO21-rådet)', '29.02.2016', 'Sak 10/16 Oppfølging\nSe jf. sak 09/16 (01/16) og jf. sak 8.4 møte 25.1.2016.\nVedtak: A.\n', '02/2016'),
        });
        expect(withCode(ws['b.referat'], 'unresolved-case-reference')).toEqual([
            { severity: 'warning', text: '09/16', line: 6 },
            { severity: 'warning', text: '8.4', line: 6 },
        ]);
        expect(messages(ws['b.referat'], 'unresolved-case-reference')[0]).toContain('i møtet 01/16');
    });

    it('a reference with a meeting qualifier that is not in the workspace: no diagnostic', async () => {
        const ws = await validateWorkspace({
            'a.referat': earlier,
            'b.referat': meeting('HelseOmsorg21-rådet (HO21-rådet)', '29.02.2016', 'Sak 10/16 Oppfølging\nSe jf. sak 05/15 (05/15) og jfr. sak 3 møte 1.12.2015.\nVedtak: A.\n', '02/2016'),
        });
        expect(codes(ws['b.referat'])).toEqual([]);
    });

    it('a reference does not resolve into another body', async () => {
        const ws = await validateWorkspace({
            'a.referat': earlier,
            'b.referat': meeting('Et annet råd', '29.02.2016', 'Sak 10/16 Oppfølging\nSe jf. sak 07/16.\nVedtak: A.\n'),
        });
        expect(withCode(ws['b.referat'], 'unresolved-case-reference')).toEqual([{ severity: 'warning', text: '07/16', line: 5 }]);
    });

    it('the MeetingIndex resolves the target case in the other file', async () => {
        let resolved: ReturnType<typeof services.referat.MeetingIndex.resolve> | undefined;
        await validateWorkspace({
            'a.referat': earlier,
            'b.referat': meeting('HelseOmsorg21-rådet (HO21-rådet)', '29.02.2016', 'Sak 10/16 Oppfølging\nSe jf. sak 8.3.\nVedtak: A.\n', '02/2016'),
        }, ws => {
            const m = ws['b.referat'].meeting;
            resolved = services.referat.MeetingIndex.resolve(m, m.cases[0].references[0]);
        });
        expect(resolved?.external).toBe(false);
        expect(resolved?.target?.meeting.uri).toBe('file:///ws/a.referat');
        expect(resolved?.target?.case.number.text).toBe('8.3');
        expect(resolved?.target?.case.title).toBe('Rammevilkår');
    });
});
