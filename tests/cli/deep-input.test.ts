/**
 * Deep input through every command: 150,000 paragraphs in one case and 130,000 `jf. sak` on one
 * line (the two shapes of the issue, at full size for `check`), and every command on them and on a
 * file with very many diagnostics in a child process with a small stack (see
 * tests/support/deep-input.mjs), so that nothing recurses over the input or spreads it into a call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DEEP_SHAPES, N, SMALL_STACK } from '../support/deep-input.mjs';
import { bin, filesIn, scratch } from './support.js';

const tmp = scratch('deep');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function referat(args: string[], nodeOptions: string[] = []) {
    const r = spawnSync(process.execPath, [...nodeOptions, bin, ...args], { cwd: tmp, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 30 });
    return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string, text: string) => { fs.writeFileSync(path.join(tmp, name), text); return name; };
const noOverflow = (r: { err: string; out: string }) => {
    expect(`${r.err}${r.out.slice(-2000)}`).not.toMatch(/RangeError|Maximum call stack|intern feil|An error occurred/);
};

describe('the two shapes of the issue at full size', () => {
    it('150,000 paragraphs in one case: check finds no problem', { timeout: 300_000 }, () => {
        const r = referat(['check', file('avsnitt.referat', DEEP_SHAPES['paragraphs in one case'](150_000))]);
        noOverflow(r);
        expect(r).toMatchObject({ code: 0, out: '1 fil kontrollert: 0 feil, 0 advarsler.\n' });
    });

    it('130,000 case references on one line: check finds no problem', { timeout: 300_000 }, () => {
        const r = referat(['check', file('referanser.referat', DEEP_SHAPES['case references on one line'](130_000))]);
        noOverflow(r);
        expect(r).toMatchObject({ code: 0, out: '1 fil kontrollert: 0 feil, 0 advarsler.\n' });
    });
});

describe.each(['paragraphs in one case', 'case references on one line', 'misplaced lines'])('%s, with a small stack', (shape) => {
    const name = `${shape.replace(/ /g, '-')}.referat`;
    const warnings = shape === 'misplaced lines' ? N : 0;

    it('check', { timeout: 120_000 }, () => {
        const r = referat(['check', file(name, DEEP_SHAPES[shape](N))], [SMALL_STACK]);
        noOverflow(r);
        expect(r.code).toBe(0);
        expect(r.out.split('\n').filter(Boolean)).toHaveLength(warnings + 1);
        expect(r.out).toMatch(new RegExp(`1 fil kontrollert: 0 feil, ${warnings} advarsl?e?r?\\.\\n$`));
    });

    it('html, json and frister', { timeout: 180_000 }, () => {
        file(name, DEEP_SHAPES[shape](N));
        const html = referat(['html', name, '-o', `ut-${name}`], [SMALL_STACK]);
        noOverflow(html);
        expect(html.code).toBe(0);
        expect(filesIn(path.join(tmp, `ut-${name}`))).toEqual([name.replace('.referat', '.html')]);
        const json = referat(['json', name], [SMALL_STACK]);
        noOverflow(json);
        expect(json.code).toBe(0);
        expect(JSON.parse(json.out).cases).toHaveLength(1);
        const frister = referat(['frister', name, '--ics', `${name}.ics`], [SMALL_STACK]);
        noOverflow(frister);
        expect(frister.code).toBe(0);
    });
});
