/**
 * The page's lists: the open documents (switch, close, unsaved marker), the outline («Disposisjon»,
 * from the server's document symbols) and the problems of every open document («Problemer»). All
 * are plain buttons in lists, reachable with Tab and used with Enter.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/browser';
import { diagnosticCode, messageText } from './lsp-features.js';
import { monaco } from './monaco.js';
import type { OpenDocument, Workspace } from './workspace.js';

const SEVERITY = { 1: 'feil', 2: 'advarsel', 3: 'info', 4: 'hint' } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...children);
    return e;
}

function hidden(text: string): HTMLElement {
    return element('span', { className: 'visually-hidden' }, text);
}

/** The open documents as a list of buttons; the current one is marked with aria-current. */
export function renderTabs(workspace: Workspace, onClose: (doc: OpenDocument) => void): void {
    const list = element('ul', { className: 'tab-list' });
    for (const doc of workspace.documents) {
        const dirty = workspace.isDirty(doc);
        const open = element('button', { type: 'button', className: 'tab', title: dirty ? `${doc.name} (ikke lagret)` : doc.name }, doc.name);
        if (dirty) open.append(element('span', { className: 'dirty', ariaHidden: 'true' }, ' ●'), hidden(' (ikke lagret)'));
        if (doc === workspace.active) open.setAttribute('aria-current', 'true');
        open.addEventListener('click', () => workspace.activate(doc));
        const close = element('button', { type: 'button', className: 'tab-close', title: `Lukk ${doc.name}` }, element('span', { ariaHidden: 'true' }, '×'), hidden(`Lukk ${doc.name}`));
        close.addEventListener('click', () => onClose(doc));
        list.append(element('li', {}, open, close));
    }
    document.getElementById('tabs')!.replaceChildren(list);
}

/**
 * The outline of the active document. Groups (the header, the attendance lists) start folded, with
 * a button that unfolds them; cases show their decisions and deadlines.
 */
export function renderOutline(symbols: monaco.languages.DocumentSymbol[] | undefined, onPick: (line: number) => void): void {
    const box = document.getElementById('outline')!;
    if (!symbols || symbols.length === 0) {
        box.replaceChildren(element('p', { className: 'empty' }, symbols ? 'Ingen saker ennå.' : 'Ingen referat er åpent.'));
        return;
    }
    let groups = 0;
    const list = (items: monaco.languages.DocumentSymbol[]): HTMLUListElement => element('ul', {}, ...items.map((s) => {
        const label = s.detail ? `${s.name} ${s.detail}` : s.name;
        const go = element('button', { type: 'button', className: 'go', title: `Gå til linje ${s.selectionRange.startLineNumber}` }, label);
        go.addEventListener('click', () => onPick(s.selectionRange.startLineNumber));
        const item = element('li', {}, go);
        if (s.children?.length) {
            const children = list(s.children);
            if (FOLDED_KINDS.has(s.kind)) {
                children.id = `outline-group-${++groups}`;
                children.hidden = true;
                const toggle = element('button', { type: 'button', className: 'toggle', title: `Vis innholdet i ${s.name}` }, element('span', { ariaHidden: 'true' }, '▸'), hidden(`Vis innholdet i ${s.name}`));
                toggle.setAttribute('aria-expanded', 'false');
                toggle.setAttribute('aria-controls', children.id);
                toggle.addEventListener('click', () => {
                    const open = children.hidden;
                    children.hidden = !open;
                    toggle.setAttribute('aria-expanded', String(open));
                    toggle.firstElementChild!.textContent = open ? '▾' : '▸';
                });
                item.prepend(toggle);
                item.classList.add('group');
            }
            item.append(children);
        }
        return item;
    }));
    box.replaceChildren(list(symbols));
}

/** Symbol kinds of groups (the header, attendance and its lists): folded at first. */
const FOLDED_KINDS = new Set<monaco.languages.SymbolKind>([monaco.languages.SymbolKind.Namespace, monaco.languages.SymbolKind.Array]);

export interface Problem { doc: OpenDocument; diagnostic: Diagnostic }

/** The problems of every open document, errors first; a click goes to the place. */
export function renderProblems(problems: Problem[], onPick: (problem: Problem) => void): void {
    const box = document.getElementById('problems')!;
    const errors = problems.filter((p) => p.diagnostic.severity === 1).length;
    const warnings = problems.filter((p) => p.diagnostic.severity === 2).length;
    document.getElementById('problems-count')!.textContent = problems.length
        ? `(${errors} ${errors === 1 ? 'feil' : 'feil'}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'})`
        : '';
    if (problems.length === 0) {
        box.replaceChildren(element('p', { className: 'empty' }, 'Ingen problemer.'));
        return;
    }
    const sorted = [...problems].sort((a, b) => (a.diagnostic.severity ?? 1) - (b.diagnostic.severity ?? 1)
        || a.doc.name.localeCompare(b.doc.name, 'nb') || a.diagnostic.range.start.line - b.diagnostic.range.start.line
        || a.diagnostic.range.start.character - b.diagnostic.range.start.character);
    box.replaceChildren(element('ul', {}, ...sorted.map((p) => {
        const d = p.diagnostic;
        const severity = SEVERITY[(d.severity ?? 1) as 1 | 2 | 3 | 4];
        const code = diagnosticCode(d);
        const button = element('button', { type: 'button', className: `problem ${severity}` },
            element('span', { className: 'where' }, `${p.doc.name}:${d.range.start.line + 1}:${d.range.start.character + 1}`),
            ' ', element('span', { className: 'severity' }, `${severity}:`), ` ${messageText(d)}`, code ? element('span', { className: 'code' }, ` [${code}]`) : '');
        button.addEventListener('click', () => onPick(p));
        return element('li', {}, button);
    })));
}
