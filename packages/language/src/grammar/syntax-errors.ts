/**
 * Syntax errors in plain Norwegian, naming what was expected. The parser does not know the
 * document's language; `syntaxErrorIn` words a message again for a nynorsk or English document.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import { canonicalSpelling, KEYWORDS, type Language } from '../vocabulary/keywords.js';
import { TOKEN_LABELS } from '../vocabulary/patterns.js';

function describe(token: TokenType): string {
    return token.LABEL ?? `«${token.name}»`;
}

function found(token: IToken): string {
    return token.tokenType.name === 'EOF' ? 'slutten av filen' : token.tokenType.name === 'EOL' ? 'linjeskift' : `«${token.image}»`;
}

export class ReferatParserErrorMessageProvider extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        if (expected.name === 'CASENO') {
            return `Forventet saksnummer etter «Sak» (for eksempel «Sak 17/23 Tittel»), men fant ${found(actual)}.`;
        }
        return `Forventet ${describe(expected)}, men fant ${found(actual)}.`;
    }
    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `Uventet ${found(firstRedundant)}: linjen passer ikke inn her.`;
    }
    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const expected = [...new Set(options.expectedPathsPerAlt.flat().map(path => describe(path[0])))];
        return `Forventet ${expected.slice(0, 5).join(' eller ')}, men fant ${found(options.actual[0])}.`;
    }
    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const expected = [...new Set(options.expectedIterationPaths.map(path => describe(path[0])))];
        return `Forventet minst én ${expected.join(' eller ')}, men fant ${found(options.actual[0])}.`;
    }
}

const TOKEN_LABELS_EN: Record<string, string> = {
    [TOKEN_LABELS.EOL]: 'a line break', [TOKEN_LABELS.TEXT]: 'text', [TOKEN_LABELS.CASENO]: 'an item number (for example 3, 3.1 or 17/24)',
    [TOKEN_LABELS.CASETYPE]: 'an item type (for example "Decision item:")', [TOKEN_LABELS.COMMENT]: 'a comment',
};

/** What the bokmål message names (a keyword's «spelling» or label), named in English. */
function labelEn(label: string): string {
    if (TOKEN_LABELS_EN[label]) return TOKEN_LABELS_EN[label];
    const k = KEYWORDS.find(x => `«${x.spellings[0].text}»` === label || x.label === label);
    if (!k) return label.replace(/«([^»]*)»/g, '"$1"');
    if (k.kind === 'case') return '"Item" with a number';
    if (k.kind === 'section') return 'a heading';
    return `"${canonicalSpelling(k, 'en')}"`;
}

function foundEn(found: string): string {
    return found === 'slutten av filen' ? 'the end of the file' : found === 'linjeskift' ? 'a line break' : found.replace(/^«([\s\S]*)»$/, '"$1"');
}

/** A syntax error's message (as the parser words it, in bokmål) in the document's language. */
export function syntaxErrorIn(message: string, language: Language): string {
    if (language === 'nb') return message;
    let m = /^Forventet saksnummer etter «Sak» \(for eksempel «Sak 17\/23 Tittel»\), men fant ([\s\S]*)\.$/.exec(message);
    if (m) {
        return language === 'en' ? `Expected an item number after "Item" (for example "Item 3 Title"), but found ${foundEn(m[1])}.`
            : `Venta saksnummer etter «Sak» (til dømes «Sak 17/23 Tittel»), men fann ${m[1].replace('slutten av filen', 'slutten av fila')}.`;
    }
    m = /^Uventet ([\s\S]*): linjen passer ikke inn her\.$/.exec(message);
    if (m) return language === 'en' ? `Unexpected ${foundEn(m[1])}: the line does not fit here.` : `Uventa ${m[1].replace('slutten av filen', 'slutten av fila')}: linja passar ikkje inn her.`;
    m = /^Forventet (minst én )?([\s\S]*), men fant ([\s\S]*)\.$/.exec(message);
    if (m) {
        if (language === 'nn') return `Venta ${m[1] ? 'minst éin ' : ''}${m[2]}, men fann ${m[3].replace('slutten av filen', 'slutten av fila')}.`;
        const expected = m[2].split(' eller ').map(labelEn).join(' or ');
        return `Expected ${m[1] ? 'at least one of ' : ''}${expected}, but found ${foundEn(m[3])}.`;
    }
    return message;
}
