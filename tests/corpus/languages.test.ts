/**
 * The English and nynorsk minutes of the realistic corpus (files 12, 13 and 07) read as
 * tests/corpus/MANIFEST.md says: the language, header, attendance (the manifest's tables), items with
 * their numbers and titles, decisions and votes, actions with owner and due date, conflicts, dissent,
 * confidential items, signatures and the next meeting — and the exact diagnostics. `Item` and `Agenda
 * item` are the English for `Sak` (no number series of their own).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../packages/language/src/model/types.js';
import { allCases } from '../../packages/language/src/model/queries.js';
import { type Checked, codeOf, meetingJson, validate } from '../language/helpers.js';
import { cellLine, corpusText, fileName, referencesAfter, table } from './manifest.js';

const FILES = ['12', '13', '07'];
const checked = new Map<string, Checked>();
beforeAll(async () => {
    for (const f of FILES) checked.set(f, await validate(corpusText(f), `file:///corpus/${fileName(f)}`));
});
const meeting = (f: string): Meeting => checked.get(f)!.meeting;
const json = (f: string) => meetingJson(meeting(f));
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const diagnostics = (f: string) => [...checked.get(f)!.diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map(d => `L${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${codeOf(d)}`);
const caseAt = (f: string, line: number) => {
    const found = allCases(meeting(f)).find(c => c.headingSpan.line + 1 === line);
    if (!found) throw new Error(`${f}: no item on line ${line}`);
    return found;
};
/** [line, kind, owner (the person it refers to), due as written, resolved date] of an item's actions and deadlines. */
const actions = (f: string, line: number) => caseAt(f, line).deadlines.map(d => [
    d.span.line + 1, d.kind, meeting(f).people.find(p => p.key === d.responsible?.key)?.name ?? d.responsible?.name ?? null, d.due?.text ?? null,
    d.due?.value ? `${d.due.value.year}-${String(d.due.value.month).padStart(2, '0')}-${String(d.due.value.day).padStart(2, '0')}` : null,
]);
const votes = (f: string, line: number) => caseAt(f, line).votes.map(v => [v.span.line + 1, v.for ?? null, v.against ?? null, v.abstain ?? null, v.unanimous, v.outcome ?? null]);
const KIND: Record<string, string> = { present: 'present', absent: 'absent', others: 'other' };

describe.each(['12', '13'])('%s: the manifest\'s tables', f => {
    it('attendance lists: line, label, kind and number of people', () => {
        const rows = table(f, 'Attendance').filter(r => cellLine(r.line) !== undefined);
        expect(json(f).attendance.map((l: any) => [l.line, l.label, l.kind, l.attendees.length]))
            .toEqual(rows.map(r => [cellLine(r.line), r.label, KIND[r.kind.split(/[\s(]/)[0]], parseInt(r.people, 10)]));
    });

    it('items: line, number and title, sub-items after their parent', () => {
        const rows = table(f, 'Cases').filter(r => cellLine(r.line) !== undefined);
        expect(allCases(meeting(f)).map(c => [c.headingSpan.line + 1, c.series ?? null, c.number.text, c.title]))
            .toEqual(rows.map(r => [cellLine(r.line), null, r['no.'], r.title]));
    });

    it('is English, recognised from the header', () => {
        expect([meeting(f).language, meeting(f).languageSource]).toEqual(['en', 'recognised']);
        expect(meeting(f).foreignKeywords).toEqual([]);
    });

    it('keyword-like prose and look-alikes stay quiet', () => {
        const quiet = [...referencesAfter(f, 'Keyword-like prose'), ...referencesAfter(f, 'Look-alikes that are not near misses')].map(r => r.line);
        expect(quiet.length).toBeGreaterThan(0);
        expect(checked.get(f)!.diagnostics.filter(d => quiet.includes(d.range.start.line + 1)).map(d => codeOf(d))).toEqual([]);
        expect(meeting(f).nearMisses).toEqual([]);
    });
});

describe('12 open-source foundation board (Quillwork Foundation)', () => {
    const f = '12';
    it('header: dates like "December 3, 2024", times with their zone', () => {
        const j = json(f);
        expect([j.body, j.meetingNumber, j.date, j.time, j.place, j.status?.kind, j.chair, j.referent]).toEqual([
            { name: 'Quillwork Foundation Board of Directors', shortName: 'QFB' }, '2024-11', '2024-12-03', { from: '17:15', to: '18:40' },
            'Video call (Jitsi)', 'utkast', 'Maria Okafor', 'Tobias Lindqvist',
        ]);
        expect(meeting(f).time?.zone).toBe('UTC');
        // The Markdown title before the header is a heading, not a section, and hides nothing.
        expect(meeting(f).sections).toEqual([]);
    });

    it('roles, guests present for some items', () => {
        expect(meeting(f).people.map(p => [p.name, p.roleKind ?? null])).toEqual([
            ['Maria Okafor', 'chair'], ['Tobias Lindqvist', 'secretary'], ['Priya Raman', 'treasurer'], ['Jonas Weber', null], ['Elena Costa', null],
            ['Kenji Watanabe', null], ['Samuel Adeyemi', null], ['Laura Nguyen', 'executive director'], ['Dmitri Petrov', 'guest'],
        ]);
        expect(meeting(f).people.find(p => p.name === 'Dmitri Petrov')?.presence).toEqual({ from: '5', until: '6', untilIncluded: true });
    });

    it('types, presenters, decisions and votes', () => {
        expect([39, 50].map(l => caseAt(f, l).type?.kind)).toEqual(['information', 'decision']);
        expect([39, 55, 71].map(l => caseAt(f, l).introducers.map(i => meeting(f).people.find(p => p.key === i.person?.key)?.name))).toEqual([['Priya Raman'], ['Jonas Weber'], ['Dmitri Petrov']]);
        expect([35, 50, 55, 71].map(l => caseAt(f, l).decisions.length)).toEqual([1, 1, 1, 1]);
        expect(votes(f, 35)).toEqual([[37, null, null, null, true, 'adopted']]);
        expect(votes(f, 50)).toEqual([[53, 6, 0, 0, false, 'adopted']]);
        expect(votes(f, 55)).toEqual([[61, 4, 0, 2, false, 'adopted']]);
        expect(votes(f, 71)).toEqual([[78, 4, 1, 0, false, 'adopted']]);
    });

    it('the motion with mover and seconder, conflict and dissent', () => {
        expect(caseAt(f, 55).proposals.map(p => [p.span.line + 1, p.proposer, p.seconder])).toEqual([[59, 'Jonas', 'Elena']]);
        expect(meeting(f).people.find(p => p.key === caseAt(f, 55).proposals[0].person?.key)?.name).toBe('Jonas Weber');
        expect(caseAt(f, 71).conflicts.map(c => c.people.map(p => p.name))).toEqual([['Kenji Watanabe']]);
        expect(caseAt(f, 71).dissents.map(d => [d.span.line + 1, d.people.map(p => p.name)])).toEqual([[79, ['Priya Raman']]]);
    });

    it('actions: owners as written and the person meant, dues in words', () => {
        expect(actions(f, 39)).toEqual([[48, 'action', 'Priya Raman', 'December 10', '2024-12-10']]);
        expect(actions(f, 55)).toEqual([[63, 'action', 'Laura Nguyen', 'within a week', '2024-12-10']]);
        expect(actions(f, 65)).toEqual([[68, 'action', 'Maria Okafor', 'by the 10.x release', null], [69, 'action', 'Jonas Weber', 'next week', '2024-12-10']]);
        expect(actions(f, 71)).toEqual([[80, 'action', 'Laura Nguyen', 'December 17, 2024', '2024-12-17']]);
    });

    it('closing: the next meeting with its time zone, no signatures', () => {
        expect(json(f).nextMeeting).toMatchObject({ date: '2025-01-07', time: { from: '17:15', to: null }, place: 'video call', line: 87 });
        expect(meeting(f).nextMeeting?.time?.zone).toBe('UTC');
        expect(json(f).signatures).toEqual([]);
    });

    it('diagnostics: exactly the items taken out of order', () => {
        // Item 7 was moved before item 6 (L33): a gap after 5 (hint), 6 after 7 (warning), a gap after 6 (hint).
        expect(diagnostics(f)).toEqual(['L65:6 hint case-number-order', 'L71:6 warning case-number-order', 'L82:6 hint case-number-order']);
        expect(checked.get(f)!.diagnostics.find(d => d.range.start.line === 70)?.message)
            .toBe('Item 6 comes after item 7. Number the items consecutively (the next number is 8), or say which meeting the item is from if it is taken up again: "(from the meeting of 2025-01-10)".');
    });
});

describe('13 charity board of trustees (Clearwater Relief International)', () => {
    const f = '13';
    it('header: a weekday and "14 November 2024", approval date, titles before names', () => {
        const j = json(f);
        expect([j.body, j.date, j.time, j.status?.kind, j.status?.date, j.chair, j.referent]).toEqual([
            { name: 'Board of Trustees of Clearwater Relief International', shortName: 'CRI' }, '2024-11-14', { from: '14:00', to: '16:30' },
            'godkjent', '2025-02-13', 'Helen Marsh', 'Owen Pryce',
        ]);
        expect([meeting(f).date?.weekday, meeting(f).time?.zone]).toEqual(['thursday', 'GMT']);
        expect(meeting(f).people.filter(p => p.title).map(p => [p.name, p.title])).toEqual([['Helen Marsh', 'Dr'], ['Niamh Doyle', 'Prof.']]);
    });

    it('a conflict of interest before the first item names the item', () => {
        expect(meeting(f).conflicts.map(c => [c.span.line + 1, c.people.map(p => p.name), c.cases.map(x => x.number.text)])).toEqual([[29, ['Samir Haddad'], ['4.2']]]);
        expect(meeting(f).people.find(p => p.name === 'Mark Ellison')?.presence).toEqual({ from: '3.1', until: '3.3', untilIncluded: true });
    });

    it('decisions, votes (one without its keyword), a type after prose', () => {
        expect(votes(f, 36)).toEqual([[38, null, null, null, true, 'adopted']]);
        expect(votes(f, 50)).toEqual([[53, 4, 0, 2, false, 'adopted']]);
        expect(caseAt(f, 50).votes[0].bare).toBe(true);
        expect(votes(f, 70)).toEqual([[73, 5, 0, 0, false, 'adopted']]);
        expect(caseAt(f, 64).type).toMatchObject({ kind: 'discussion', label: 'Discussion item' });
        expect(caseAt(f, 45).introducers.map(i => i.person?.name)).toEqual(['Mark Ellison']);
    });

    it('confidential items with their reason as the basis, and the public edition without them', () => {
        expect(allCases(meeting(f)).filter(c => c.exemption).map(c => [c.headingSpan.line + 1, c.exemption?.basis])).toEqual([
            [56, 'commercially sensitive (tender evaluation)'], [75, 'personal data of named individuals'],
        ]);
        const pub = meetingJson(meeting(f), { publicEdition: true });
        const redacted = (cs: any[]): number[] => cs.flatMap((c: any) => [...(c.redacted ? [c.line] : []), ...redacted(c.subCases)]);
        expect(redacted(pub.cases)).toEqual([56, 75]);
    });

    it('actions: a named owner, "all trustees", dues', () => {
        expect(actions(f, 64)).toEqual([[68, 'action', 'Claire Dubois', 'at the February meeting', '2025-02-13']]);
        expect(actions(f, 80)).toEqual([[82, 'action', 'all trustees', '6 December', '2024-12-06']]);
    });

    it('closing: the next meeting, then the signatures', () => {
        expect(json(f).nextMeeting).toMatchObject({ date: '2025-02-13', time: { from: '14:00', to: null }, place: 'Portsmouth and online', line: 87 });
        expect(meeting(f).signatures.flatMap(s => s.signers.map(x => [x.name, x.role]))).toEqual([['Helen Marsh', 'chair'], ['Owen Pryce', 'company secretary']]);
    });

    it('diagnostics: none', () => {
        expect(diagnostics(f)).toEqual([]);
    });
});

describe('07 nynorsk committee (Utval for oppvekst og kultur, Fjordeid)', () => {
    const f = '07';
    it('is nynorsk, recognised from its keywords, and its messages are nynorsk', () => {
        expect([meeting(f).language, meeting(f).languageSource]).toEqual(['nn', 'recognised']);
        expect(meeting(f).date?.weekday).toBe('tysdag');
        for (const d of checked.get(f)!.diagnostics) expect(typeof d.message === 'string' ? d.message : d.message.value).not.toMatch(/\b(?:ikke|mangler|hører hjemme|står ikke)\b/);
    });
});
