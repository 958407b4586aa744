/**
 * Property test: mutated examples (lines deleted, duplicated, swapped, truncated, random Unicode with
 * combining marks, CR/LF mixes, NUL, very long lines, keywords in odd places) go through parsing,
 * model building and validation without an exception; every diagnostic range and every model span
 * lies inside the document; no message is English parser text. A few go through `referat check`.
 * Seeded PRNG, bounded number of runs: the same inputs on every run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { messageOf, validate } from './helpers.js';
import { createRng } from '../../packages/bench/src/corpus.mjs';

const SEED = 20231122;
const RUNS = 300;

/** The corpus generator's seeded PRNG (mulberry32), with `int(n)` in [0, n). */
function prng(seed: number) {
    const rng = createRng(seed);
    return { next: rng.next, int: (n: number) => rng.int(0, n - 1), pick: rng.pick };
}
type Rng = ReturnType<typeof prng>;

const examplesDir = path.resolve(import.meta.dirname, '../../examples');
const SOURCES = fs.readdirSync(examplesDir).filter(f => f.endsWith('.referat')).map(f => fs.readFileSync(path.join(examplesDir, f), 'utf8'));

const FRAGMENTS = [
    'Sak', 'Sak ', 'Sak 1', 'Sak 17//23', 'Sak 17.1', 'Sak 99/99 Tittel', 'Vedtak:', 'Vedtak: ', 'Frist ', 'Frist for', 'Frist:',
    'Innledning ved', 'Innledning ved:', 'Ansvarlig:', 'Vedlegg:', 'Unntatt offentlighet:', 'Inhabil:', 'Votering:', 'Dissens:',
    'Neste møte:', 'Organ:', 'Dato:', 'Til stede:', 'Forfall:', '- ', '  - ', '1. ', '//', 'jf. sak ', 'jfr. sak 8.3 møte ',
    '(01/16)', '(utført)', '(ansvarlig:', '–', ':', ',', '(', ')', '«', '»', '§', '31.02.2024', '29. februar', 'onsdag ',
    'kl. 25:99', '10:00–09:00', 'Vedtakssak:', 'Diskusjons- og beslutningssak:', 'Eventuelt',
];
const CHARS = [
    '\u0000', '\u0001', '\t', '\r', '\n', '\r\n', '\u000B', '\f', '\u00A0', '\u2028', '\u2029', '\u200B', '\u202E', '\uFEFF',
    '\u0301', '\u0308', '\u030A', '\u0338', 'a\u030A', 'Å', 'ø', 'ß', 'İ', '\uD800', '\uDFFF', '😀', '\uD83D', '𝔘', 'ﬁ', '\\', '"', '`',
];

function randomString(rng: Rng, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) {
        const r = rng.next();
        s += r < 0.3 ? rng.pick(CHARS) : r < 0.45 ? rng.pick(FRAGMENTS) : String.fromCharCode(0x20 + rng.int(0x2FF));
    }
    return s;
}

const MUTATIONS: Record<string, (lines: string[], rng: Rng) => string[]> = {
    deleteLine: (l, r) => { l.splice(r.int(l.length), 1 + r.int(3)); return l; },
    duplicateLine: (l, r) => { const i = r.int(l.length); l.splice(i, 0, ...l.slice(i, i + 1 + r.int(4))); return l; },
    swapLines: (l, r) => { const i = r.int(l.length), j = r.int(l.length); [l[i], l[j]] = [l[j], l[i]]; return l; },
    moveBlock: (l, r) => { const i = r.int(l.length); const block = l.splice(i, 1 + r.int(10)); l.splice(r.int(l.length + 1), 0, ...block); return l; },
    truncateFile: (l, r) => { const text = l.join('\n'); return text.slice(0, r.int(text.length + 1)).split('\n'); },
    truncateLine: (l, r) => { const i = r.int(l.length); l[i] = (l[i] ?? '').slice(0, r.int((l[i] ?? '').length + 1)); return l; },
    insertRandom: (l, r) => { const i = r.int(l.length); const line = l[i] ?? ''; const at = r.int(line.length + 1); l[i] = line.slice(0, at) + randomString(r, 1 + r.int(8)) + line.slice(at); return l; },
    prefixKeyword: (l, r) => { const i = r.int(l.length); l[i] = r.pick(FRAGMENTS) + (r.next() < 0.5 ? ' ' : '') + (l[i] ?? ''); return l; },
    insertLine: (l, r) => { l.splice(r.int(l.length + 1), 0, r.pick(FRAGMENTS) + randomString(r, r.int(5))); return l; },
    longLine: (l, r) => { l.splice(r.int(l.length + 1), 0, r.pick(FRAGMENTS) + ' ' + randomString(r, 3).repeat(2000 + r.int(3000))); return l; },
    combiningRun: (l, r) => { const i = r.int(l.length); l[i] = (l[i] ?? '').replace(/[aoeAOE]/g, m => m + r.pick(['\u030A', '\u0308', '\u0301'])); return l; },
    nfd: (l, r) => { const i = r.int(l.length); l[i] = (l[i] ?? '').normalize('NFD'); return l; },
    indent: (l, r) => { const i = r.int(l.length); l[i] = r.pick(['\t', '  ', '\u00A0', ' \t ']).repeat(1 + r.int(40)) + (l[i] ?? ''); return l; },
    blankLines: (l, r) => { l.splice(r.int(l.length + 1), 0, ...Array(1 + r.int(5)).fill(r.pick(['', ' ', '\t', ' \t ']))); return l; },
    digits: (l, r) => { const i = r.int(l.length); l[i] = (l[i] ?? '').replace(/\d/g, () => String(r.int(10))); return l; },
    nul: (l, r) => { const i = r.int(l.length); l[i] = (l[i] ?? '').replace(/ /g, () => (r.next() < 0.2 ? '\u0000' : ' ')); return l; },
};

function joinLines(lines: string[], rng: Rng): string {
    const style = rng.int(5);
    if (style === 0) return lines.join('\n');
    if (style === 1) return lines.join('\r\n');
    if (style === 2) return lines.join('\r');
    return lines.map(l => l + rng.pick(['\n', '\r\n', '\r', '\n\r'])).join('');
}

function mutate(rng: Rng): { text: string; steps: string[] } {
    let lines = rng.pick(SOURCES).split('\n');
    const steps: string[] = [];
    const count = 1 + rng.int(6);
    for (let i = 0; i < count; i++) {
        const name = rng.pick(Object.keys(MUTATIONS));
        steps.push(name);
        lines = MUTATIONS[name](lines, rng);
    }
    let text = joinLines(lines, rng);
    if (rng.next() < 0.1) text = '\uFEFF' + text;
    return { text, steps };
}

/** Every {start, end, line} object in the model lies within the text. */
function checkSpans(value: unknown, length: number, where = 'meeting'): void {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.line === 'number') {
        if (!(o.start >= 0 && o.start <= o.end && o.end <= length)) throw new Error(`span ${where} out of range: ${JSON.stringify(o)} (length ${length})`);
    }
    for (const [k, v] of Object.entries(o)) checkSpans(v, length, `${where}.${k}`);
}

let errors: unknown[] = [];
beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
});
afterEach(() => vi.restoreAllMocks());

describe('mutated examples', () => {
    it(`${RUNS} seeded mutations: no exception, diagnostics and spans inside the document`, async () => {
        const rng = prng(SEED);
        let diagnostics = 0;
        for (let run = 0; run < RUNS; run++) {
            const { text, steps } = mutate(rng);
            const context = `run ${run} (${steps.join(', ')})`;
            let checked;
            try {
                checked = await validate(text);
            } catch (e) {
                throw new Error(`${context}: ${(e as Error).stack}`);
            }
            const lines = text.split(/\r\n|\r|\n/);
            diagnostics += checked.diagnostics.length;
            for (const d of checked.diagnostics) {
                const { start, end } = d.range;
                // A syntax error may cover the line break where the number is missing ("Sak" alone: 3:3–3:4, see syntax-errors.test.ts).
                const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0
                    && p.character <= lines[p.line].length + (p.line < lines.length - 1 ? 1 : 0);
                expect(inside(start) && inside(end), `${context}: ${JSON.stringify(d)}`).toBe(true);
                expect(start.line < end.line || (start.line === end.line && start.character <= end.character), context).toBe(true);
                expect(messageOf(d), context).not.toMatch(/An error occurred|Expecting|token of type|but found/);
            }
            checkSpans(checked.meeting, text.length);
            expect(errors, context).toEqual([]);
        }
        // The mutations do damage: the checks above ran over real diagnostics.
        expect(diagnostics).toBeGreaterThan(RUNS);
    });

    it('referat check on a few mutated files: exit 0 or 1, valid JSON, nothing logged', async () => {
        const rng = prng(SEED + 1);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-fuzz-'));
        try {
            for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(dir, `m${i}.referat`), mutate(rng).text);
            const out: string[] = [], err: string[] = [];
            const code = await main(['check', '--format', 'json', dir], line => out.push(line), line => err.push(line));
            expect(err).toEqual([]);
            expect([0, 1]).toContain(code);
            const json = JSON.parse(out.join('\n'));
            expect(json.files).toBe(8);
            expect(json.diagnostics.length).toBeGreaterThan(0);
            for (const d of json.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
            expect(errors).toEqual([]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('pathological inputs', () => {
    it.each([
        ['a 200 000 character line', `Organ: X\nDato: 1.1.2024\n\nSak 1 ${'ø\u0308'.repeat(100_000)}\nVedtak: A.\n`],
        ['5 000 Sak lines', Array.from({ length: 5000 }, (_, i) => `Sak ${i + 1} T`).join('\n')],
        ['5 000 bare Sak keywords', 'Sak\n'.repeat(5000)],
        ['10 000 bullets', `Organ: X\nDato: 1.1.2024\n\nTil stede:\n${'- Kari Nordmann\n'.repeat(10_000)}`],
        ['only line breaks', '\r\n\n\r'.repeat(10_000)],
        ['only NUL', '\u0000'.repeat(10_000)],
        ['deep nesting of lists', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}- punkt`).join('\n')],
    ])('%s', async (_name, text) => {
        const checked = await validate(text);
        checkSpans(checked.meeting, text.length);
        expect(errors).toEqual([]);
    });
});
