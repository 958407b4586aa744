/**
 * Nothing typed is lost, and everything stays in its place. Over the realistic corpus and the
 * examples: every line that is not blank or a comment is found in the model (as structure or as
 * prose); the page shows every line's words; and the source lines behind the page's elements come in
 * source order — only the header fields, each case's head (type, exemption, introducers) and the
 * next meeting are gathered in their own place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { allCases } from '../../packages/language/src/model/queries.js';
import type { Block, Case, InlineText, Meeting, Span } from '../../packages/language/src/model/types.js';
import { validateWorkspace } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(ROOT, dir)).filter(f => f.endsWith('.referat')).map(f => [`${dir}/${f}`.replace(/\//g, '_'), fs.readFileSync(path.join(ROOT, dir, f), 'utf8')]));
const FILES = { ...read('examples'), ...read('tests/corpus') };

/** Every span the model holds, with the prose texts it shows. */
function modelSpans(m: Meeting): { spans: Span[]; texts: InlineText[] } {
    const spans: Span[] = [];
    const texts: InlineText[] = [];
    const text = (t: InlineText | undefined) => { if (t) { spans.push(t.span); texts.push(t); } };
    const blocks = (list: Block[], c?: Case) => {
        for (const b of list) {
            spans.push(b.span);
            if (b.kind === 'paragraph') b.lines.forEach(text);
            else if (b.kind === 'list') b.items.forEach(i => text(i.content));
            else if (b.kind === 'misplaced') text(m.misplaced[b.index].text);
            else if (b.kind === 'decision' && c) blocks(c.decisions[b.index].blocks, c);
            else if (b.kind === 'heading') text(b.text);
        }
    };
    for (const f of m.headerFields) spans.push(f.span);
    for (const l of m.attendance) { spans.push(l.span, ...l.emptyItems, ...l.attendees.map(a => a.span)); text(l.note); }
    blocks(m.preamble);
    for (const x of m.conflicts) text(x.text);
    for (const c of allCases(m)) {
        spans.push(c.headingSpan);
        if (c.type) { spans.push(c.type.span); text(c.type.text); }
        if (c.exemption) spans.push(c.exemption.span);
        for (const i of c.introducers) { spans.push(i.span); text(i.text); }
        for (const r of c.responsibles) { spans.push(r.span, ...r.members.map(a => a.span)); text(r.text); }
        for (const a of c.attachments) text(a.text);
        for (const x of [...c.conflicts, ...c.dissents]) text(x.text);
        for (const v of c.votes) spans.push(v.span);
        for (const p of c.proposals) { spans.push(p.span); blocks(p.blocks, c); }
        if (c.withdrawn) { spans.push(c.withdrawn.span); text(c.withdrawn.reason); }
        for (const d of c.deadlines) spans.push(d.span);
        blocks(c.content, c);
    }
    if (m.nextMeeting) spans.push(m.nextMeeting.span);
    for (const s of m.sections) { spans.push(s.span); text(s.title); blocks(s.intro); }
    for (const s of m.signatures) spans.push(s.span, ...s.signers.map(x => x.span));
    return { spans, texts };
}

/** 0-based lines covered by a span (a list item may continue over several lines). */
function linesOf(text: string, span: Span): number[] {
    const extra = (text.slice(span.start, span.end).match(/\r\n|\r|\n/g) ?? []).length;
    return Array.from({ length: extra + 1 }, (_, i) => span.line + i);
}

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('nothing typed is lost', () => {
    it('the corpus has at least ten minutes of different bodies', () => {
        expect(Object.keys(FILES).filter(f => f.startsWith('tests_corpus')).length).toBeGreaterThanOrEqual(10);
    });

    it.each(Object.keys(FILES))('%s: every line is in the model, every word on the page, in source order', async name => {
        await validateWorkspace({ [name.replace(/^.*_/, '')]: FILES[name] }, result => {
            const checked = Object.values(result)[0];
            const m = checked.meeting;
            const source = checked.text;
            const { spans, texts } = modelSpans(m);
            const covered = new Set(spans.flatMap(s => linesOf(source, s)));
            const lines = source.split(/\r\n|\r|\n/);
            const missing = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => l.trim() && !l.trim().startsWith('//') && !covered.has(i));
            expect(missing.map(x => `${x.i + 1}: ${x.l}`)).toEqual([]);

            const page = renderMeetingHtml(m);
            const words = plain(page);
            expect(texts.length).toBeGreaterThan(0);
            for (const t of texts) expect(words, `line ${t.span.line + 1}`).toContain(t.text.replace(/\s+/g, ' ').trim());

            // Source order of the page's elements, leaving out what is gathered on purpose.
            const body = page
                .replace(/<header class="hode">[\s\S]*?<\/header>/, '')
                .replace(/<nav class="saksliste"[\s\S]*?<\/nav>/, '')
                .replace(/<section class="neste-mote"[\s\S]*?<\/section>/, '')
                .replace(/<section class="underskrifter"[\s\S]*?<\/section>/, '')
                .replace(/<p class="(?:sakstype|unntatt-merknad|innledning-ved)"[^>]*>[\s\S]*?<\/p>/g, '');
            const order = [...body.matchAll(/data-line="(\d+)"/g)].map(x => +x[1]);
            const backwards = order.flatMap((line, i) => i > 0 && line < order[i - 1] ? [`${order[i - 1] + 1} → ${line + 1}`] : []);
            expect(backwards).toEqual([]);
        });
    });
});
