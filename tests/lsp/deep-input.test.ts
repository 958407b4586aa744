/**
 * Deep input in the editor services and generators: very many of one thing (cases, attendees,
 * dissent lines, misplaced lines, alternating attachments, group members, paragraphs, case
 * references on one line) must not overflow the stack in validation, the outline, folding,
 * semantic tokens, inlay hints, code actions, workspace symbols, formatting, hovers, completion,
 * references, highlights, the HTML, JSON and iCalendar generators. Each shape runs in a child
 * process with a small stack (tests/support/deep-input.mjs explains the sizes).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEEP_SHAPES, N, SMALL_STACK } from '../support/deep-input.mjs';

const runner = path.resolve(import.meta.dirname, '../support/deep-input.mjs');

describe('deep input in the editor services', () => {
    it.each(Object.keys(DEEP_SHAPES))('%s: every service answers, nothing overflows', { timeout: 120_000 }, (shape) => {
        const output = execFileSync(process.execPath, [SMALL_STACK, runner, shape, String(N)], { encoding: 'utf8', maxBuffer: 1 << 26 });
        const result = JSON.parse(output) as { errors: string[]; diagnostics: number };
        expect(result.errors).toEqual([]);
        expect(result.diagnostics).toBe(shape === 'misplaced lines' ? N : 0);
    });
});
