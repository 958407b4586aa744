/**
 * Helpers for the publishing tests: models of texts and files, and structural queries over HTML
 * parsed with parse5 (a spec-compliant HTML parser), so tests assert on structure, not on strings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { main } from '../../packages/cli/src/main.js';
import { model, validateWorkspace } from '../language/helpers.js';
import type { Meeting } from '../../packages/language/src/model/types.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/** The examples/ minutes (at least the three the README describes: a test over none would prove nothing). */
export function exampleFiles(): string[] {
    const dir = path.join(root, 'examples');
    const files = fs.readdirSync(dir).filter(f => f.endsWith('.referat')).sort().map(f => path.join(dir, f));
    if (files.length < 3) throw new Error(`examples/ has ${files.length} .referat files, expected at least 3`);
    return files;
}

/** The fixture minutes of tests/publishing/fixtures (recursively). */
export function fixtureFiles(): string[] {
    return fs.readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.referat')).sort().map(f => path.join(fixturesDir, f));
}

export { model };

/** Models of files built as one workspace (so cross-file references resolve), by file name. */
export async function modelsOf(files: string[]): Promise<Meeting[]> {
    const texts = Object.fromEntries(files.map(f => [path.basename(f), fs.readFileSync(f, 'utf8')]));
    const result = await validateWorkspace(texts);
    return Object.values(result).map(r => r.meeting);
}

/** A fresh copy of the fixture folder `styret` as `<work>/kilder-<n>/styret`; returns its path. */
export function copyFixtures(work: string, n: number): string {
    const dir = path.join(work, `kilder-${n}`, 'styret');
    fs.cpSync(path.join(fixturesDir, 'styret'), dir, { recursive: true });
    return dir;
}

/** Runs the CLI's main() in this process; out and err are the printed lines. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [], err: string[] = [];
    const code = await main(argv, l => out.push(l), l => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `dir`, relative, sorted (none when `dir` does not exist). */
export function filesUnder(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(f => fs.statSync(path.join(dir, f)).isFile()).sort();
}

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export function parseHtml(html: string): Element {
    const document = parse(html);
    return document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html')!;
}

/** All elements under `node` (document order) that satisfy `test`. */
export function all(node: Node, test: (e: Element) => boolean = () => true): Element[] {
    const result: Element[] = [];
    const visit = (n: Node) => {
        if ('tagName' in n && test(n as Element)) result.push(n as Element);
        const children = 'childNodes' in n ? n.childNodes : [];
        for (const c of children) visit(c as Node);
        if ('content' in n && n.content) visit(n.content as Node);
    };
    visit(node);
    return result;
}

export const byTag = (node: Node, tag: string) => all(node, e => e.tagName === tag);
export const byClass = (node: Node, cls: string) => all(node, e => (attr(e, 'class') ?? '').split(/\s+/).includes(cls));
export const one = (node: Node, test: (e: Element) => boolean) => {
    const found = all(node, test);
    if (found.length !== 1) throw new Error(`expected one element, found ${found.length}`);
    return found[0];
};

export function attr(e: Element, name: string): string | undefined {
    return e.attrs.find(a => a.name === name)?.value;
}

/** The text content of a node, whitespace collapsed. */
export function text(node: Node): string {
    let out = '';
    const visit = (n: Node) => {
        if (n.nodeName === '#text') out += (n as DefaultTreeAdapterMap['textNode']).value;
        else if ('childNodes' in n) for (const c of n.childNodes) visit(c as Node);
    };
    visit(node);
    return out.replace(/\s+/g, ' ').trim();
}

/** Nynorsk minutes with the constructs whose labels a page shows. */
export const NYNORSK = `Språk: nn
Organ: Utval for oppvekst og kultur (UOK)
Møte: 02/2025
Dato: tysdag 4. februar 2025
Tid: kl. 13.00–16.15
Stad: Heradshuset
Status: utkast
Møteleiar: Sigrid Hjelmeland
Referent: Olav Tveit

Til stades:
- Sigrid Hjelmeland, leiar
- Olav Tveit, sekretær
- Maren Sæbø, vara for Arnt Vik

Forfall:
- Arnt Vik, medlem

Sak 1/25 Skulebruksplan
Vedtakssak:
Innleiing ved Sigrid Hjelmeland, leiar.
Vedlegg: Framlegg til plan
Ansvarleg: Olav Tveit

Framlegg frå Olav Tveit: Planen vert send på høyring.
Røysting: 2 for, 1 mot
Dissens: Maren Sæbø – ho vil vente.
Frist 01.03.2025: Olav Tveit – send planen.

Sak 2/25 Personalsak
Unnateke frå offentlegheit: offl. § 13
Vedtak: Teke til vitande.

Sak 3/25 Leige av salen
Utgår.

Sak 4/25 Eventuelt

Ingen saker.

Underskrifter:
- Sigrid Hjelmeland, leiar

Neste møte: tysdag 4. mars 2025, kl. 13.00–16.00, Heradshuset
`;
