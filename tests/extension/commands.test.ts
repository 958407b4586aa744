/**
 * The commands' texts and decisions (packages/extension/src/logic/commands.ts and lists.ts), exactly:
 * exports (the warning about errors, nothing to export, where to save), new minutes, Enter in lists.
 */
import { describe, expect, it } from 'vitest';
import type { BodyInfo, ExportResult } from '@referat/language/protocol';
import {
    bodyChoices, commandErrorMessage, EXPORT_BUTTON, EXPORT_DRAFT_BUTTON, EXPORT_OVER_SOURCE, EXPORT_TITLES, exportedMessage, exportFilters,
    exportProgressTitle, exportStep, exportTargetPath, isReferat, lastMeetingText, NEW_MINUTES_PLACEHOLDER, NEW_MINUTES_TITLE, newMinutesMessage,
    numberedFileName, OPEN_EXPORT, openReferatFirst,
} from '../../packages/extension/src/logic/commands.js';
import { enterAction } from '../../packages/extension/src/logic/lists.js';

const result = (fields: Partial<ExportResult>): ExportResult => ({ text: '<!doctype html>', extension: '.html', errors: 0, draft: false, ...fields });

describe('eksport', () => {
    it('asks before exporting minutes with errors, for every kind of export', () => {
        const warning = { step: 'confirm', message: 'Referatet har 2 feil (se Problemer). Eksportere likevel?', confirm: 'Eksporter' };
        expect(exportStep('html', result({ errors: 2 }))).toEqual(warning);
        expect(exportStep('public', result({ errors: 2, extension: '.offentlig.html' }))).toEqual(warning);
        expect(exportStep('ical', result({ errors: 2, extension: '.ics', count: 3 }))).toEqual(warning);
        expect(exportStep('html', result({ errors: 1 }))).toEqual({ ...warning, message: 'Referatet har 1 feil (se Problemer). Eksportere likevel?' });
        expect(EXPORT_BUTTON).toBe('Eksporter');
    });

    it('asks before publishing a draft, and only for the public edition', () => {
        expect(exportStep('public', result({ draft: true, extension: '.offentlig.html' }))).toEqual({
            step: 'confirm',
            message: 'Referatet er et utkast (Status: utkast) og ikke godkjent. Den offentlige utgaven merkes «Utkast» på hver side. Eksportere likevel?',
            confirm: 'Eksporter utkastet',
        });
        expect(EXPORT_DRAFT_BUTTON).toBe('Eksporter utkastet');
        expect(exportStep('public', result({ draft: true, errors: 3, extension: '.offentlig.html' }))).toEqual({
            step: 'confirm',
            message: 'Referatet har 3 feil (se Problemer). Referatet er også et utkast (Status: utkast), ikke godkjent. Eksportere likevel?',
            confirm: 'Eksporter',
        });
        expect(exportStep('html', result({ draft: true }))).toEqual({ step: 'save' });
        expect(exportStep('ical', result({ draft: true, extension: '.ics', count: 2 }))).toEqual({ step: 'save' });
    });

    it('counts calendar events only for iCalendar: an HTML export with nothing to count is saved', () => {
        expect(exportStep('html', result({ count: 0 }))).toEqual({ step: 'save' });
        expect(exportStep('public', result({ count: 0, extension: '.offentlig.html' }))).toEqual({ step: 'save' });
    });

    it('goes straight to saving when there are no errors', () => {
        expect(exportStep('html', result({}))).toEqual({ step: 'save' });
        expect(exportStep('ical', result({ extension: '.ics', count: 1 }))).toEqual({ step: 'save' });
    });

    it('says so when the minutes have no dated deadline to put in a calendar (errors or not)', () => {
        const stop = { step: 'stop', message: 'Referatet har ingen daterte frister å eksportere. En frist skrives «Frist 11.04.2024: Navn – hva».' };
        expect(exportStep('ical', result({ extension: '.ics', count: 0 }))).toEqual(stop);
        expect(exportStep('ical', result({ extension: '.ics', count: 0, errors: 4 }))).toEqual(stop);
    });

    it('titles the progress and the save dialog, and filters by file type', () => {
        expect(EXPORT_TITLES).toEqual({
            html: 'Eksporter referatet som HTML',
            public: 'Eksporter offentlig utgave (HTML)',
            ical: 'Eksporter frister og neste møte som iCalendar',
        });
        expect(exportProgressTitle('public')).toBe('Eksporter offentlig utgave (HTML) …');
        expect(exportFilters('html')).toEqual({ HTML: ['html'] });
        expect(exportFilters('public')).toEqual({ HTML: ['html'] });
        expect(exportFilters('ical')).toEqual({ iCalendar: ['ics'] });
    });

    it('offers the source\'s name with the export\'s extension, never the source itself', () => {
        expect(exportTargetPath('/møter/styremøte 1.referat', '.html')).toBe('/møter/styremøte 1.html');
        expect(exportTargetPath('/møter/STYRET.Referat', '.offentlig.html')).toBe('/møter/STYRET.offentlig.html');
        expect(exportTargetPath('/møter/styret.referat', '.ics')).toBe('/møter/styret.ics');
        // Only the extension at the end is replaced.
        expect(exportTargetPath('/møter.referat/styret.referat', '.html')).toBe('/møter.referat/styret.html');
        expect(EXPORT_OVER_SOURCE).toBe('Eksporten kan ikke skrives over selve referatet. Velg et annet filnavn.');
        expect(exportedMessage('møter/styret.html')).toBe('Eksportert til møter/styret.html');
        expect(OPEN_EXPORT).toBe('Åpne');
    });
});

describe('meldinger', () => {
    it('tells what to do when no Referat document is active, and names errors', () => {
        expect(openReferatFirst('eksport')).toBe('Åpne et Referat-dokument (.referat) først, og velg så eksport.');
        expect(openReferatFirst('forhåndsvisning')).toBe('Åpne et Referat-dokument (.referat) først, og velg så forhåndsvisning.');
        expect(commandErrorMessage(new Error('Dokumentet er ikke åpnet'))).toBe('Referat: Dokumentet er ikke åpnet');
        expect(commandErrorMessage('tidsavbrudd')).toBe('Referat: tidsavbrudd');
        expect(isReferat({ languageId: 'referat' })).toBe(true);
        expect(isReferat({ languageId: 'markdown' })).toBe(false);
        expect(isReferat(undefined)).toBe(false);
    });
});

describe('nytt møtereferat', () => {
    const bodies: BodyInfo[] = [
        { key: 'bkh', name: 'Styret i Bygdøy kulturhus', shortName: 'BKH', lastMeetingDate: '2024-05-14', lastMeetingUri: 'file:///a', meetings: 1 },
        { key: 'nsg', name: 'Nasjonal styringsgruppe', lastMeetingDate: '2023-11-22', lastMeetingUri: 'file:///b', meetings: 3 },
        { key: 'x', name: 'Rådet', lastMeetingUri: 'file:///c', meetings: 2 },
    ];

    it('offers each body (short name first) with its meetings, then "Annet organ"', () => {
        expect(bodyChoices(bodies).map(({ label, description, detail }) => ({ label, description, detail }))).toEqual([
            { label: 'BKH', description: 'Styret i Bygdøy kulturhus', detail: '1 møte i arbeidsområdet, siste 14. mai 2024' },
            { label: 'Nasjonal styringsgruppe', description: undefined, detail: '3 møter i arbeidsområdet, siste 22. november 2023' },
            { label: 'Rådet', description: undefined, detail: '2 møter i arbeidsområdet' },
            { label: 'Annet organ', description: 'tomt referat', detail: undefined },
        ]);
        expect(bodyChoices(bodies).map((c) => c.body?.key)).toEqual(['bkh', 'nsg', 'x', undefined]);
        expect(lastMeetingText(bodies[0])).toBe('1 møte i arbeidsområdet, siste 14. mai 2024');
    });

    it('never overwrites a file: stem.referat, stem-2.referat, …', () => {
        expect([1, 2, 3].map((n) => numberedFileName('bkh-2024-06-11', n, '.referat'))).toEqual([
            'bkh-2024-06-11.referat', 'bkh-2024-06-11-2.referat', 'bkh-2024-06-11-3.referat',
        ]);
    });

    it('names the quick pick, and the new file in its notification', () => {
        expect(NEW_MINUTES_TITLE).toBe('Nytt møtereferat');
        expect(NEW_MINUTES_PLACEHOLDER).toBe('Hvilket organ gjelder møtet?');
        expect(newMinutesMessage('bkh-2024-06-11.referat')).toBe('Nytt møtereferat: bkh-2024-06-11.referat');
    });
});

describe('Enter i lister', () => {
    it('ends the list on an empty item (bullet, dot, number), with the cursor after the marker', () => {
        expect(enterAction('- ', 2)).toBe('end-list');
        expect(enterAction('• ', 2)).toBe('end-list');
        expect(enterAction('3. ', 3)).toBe('end-list');
        expect(enterAction('  -  ', 5)).toBe('end-list');
        expect(enterAction('12. \t', 5)).toBe('end-list');
        // The cursor between the blanks after the marker: only blanks follow it.
        expect(enterAction('-   ', 2)).toBe('end-list');
    });

    it('is a normal line break anywhere else', () => {
        expect(enterAction('- Punkt', 7)).toBe('newline');
        expect(enterAction('- Punkt', 2)).toBe('newline');
        expect(enterAction('-', 1)).toBe('newline');
        expect(enterAction('', 0)).toBe('newline');
        expect(enterAction('Til stede:', 10)).toBe('newline');
        expect(enterAction('- ', 1)).toBe('newline');
        expect(enterAction('Sak 3. ', 7)).toBe('newline');
    });
});
