/**
 * The Referat language in Monaco: the TextMate grammar of the repository (syntaxes/), tokenised with
 * the engine VS Code uses (vscode-textmate + Oniguruma), the extension's language configuration
 * (comments, brackets, list continuation on Enter) and two themes that colour the grammar's scopes.
 */
import * as oniguruma from 'vscode-oniguruma';
import onigWasm from 'vscode-oniguruma/release/onig.wasm';
import { INITIAL, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import grammarJson from '../../../../syntaxes/referat.tmLanguage.json';
import languageConfiguration from 'referat-web:language-configuration';
import { monaco } from './monaco.js';

export const LANGUAGE_ID = 'referat';

export async function registerReferatLanguage(): Promise<void> {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.referat'], aliases: ['Referat'] });
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, monacoLanguageConfiguration());
    defineThemes();
    const grammar = await loadGrammar();
    monaco.languages.setTokensProvider(LANGUAGE_ID, new TextMateTokens(grammar));
}

async function loadGrammar(): Promise<IGrammar> {
    await oniguruma.loadWASM(onigWasm.buffer.slice(onigWasm.byteOffset, onigWasm.byteOffset + onigWasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) => (scopeName === 'source.referat' ? (grammarJson as never) : null),
    });
    const grammar = await registry.loadGrammar('source.referat');
    if (!grammar) throw new Error('TextMate-grammatikken for Referat kunne ikke lastes.');
    return grammar;
}

class TextMateState implements monaco.languages.IState {
    constructor(readonly stack: StateStack) {}
    clone(): TextMateState { return new TextMateState(this.stack); }
    equals(other: monaco.languages.IState): boolean { return other instanceof TextMateState && other.stack.equals(this.stack); }
}

/**
 * Monaco's tokens from the grammar: each token gets its most specific scope (e.g.
 * `keyword.control.case.referat`); the themes colour scopes by prefix, as TextMate themes do.
 */
class TextMateTokens implements monaco.languages.TokensProvider {
    constructor(private readonly grammar: IGrammar) {}

    getInitialState(): monaco.languages.IState {
        return new TextMateState(INITIAL);
    }

    tokenize(line: string, state: monaco.languages.IState): monaco.languages.ILineTokens {
        const result = this.grammar.tokenizeLine(line, (state as TextMateState).stack);
        return {
            endState: new TextMateState(result.ruleStack),
            tokens: result.tokens.map((t) => ({ startIndex: t.startIndex, scopes: scopeForTheme(t.scopes) })),
        };
    }
}

/** The innermost scope that a theme rule colours (meta.* scopes only group, they carry no colour). */
function scopeForTheme(scopes: string[]): string {
    for (let i = scopes.length - 1; i >= 0; i--) {
        if (!scopes[i].startsWith('meta.') && scopes[i] !== 'source.referat') return scopes[i];
    }
    return '';
}

type ThemeRule = monaco.editor.ITokenThemeRule;
function defineThemes(): void {
    // Colours chosen for contrast >= 4.5:1 on the editor background (WCAG AA).
    const light: ThemeRule[] = [
        { token: 'comment', foreground: '5c6b5c', fontStyle: 'italic' },
        { token: 'keyword.control', foreground: '0b4fa3', fontStyle: 'bold' },
        { token: 'keyword.other', foreground: '0b4fa3' },
        { token: 'storage.type', foreground: '7a2fa0' },
        { token: 'markup.heading', foreground: '1b1b1b', fontStyle: 'bold' },
        { token: 'entity.name', foreground: '1b1b1b', fontStyle: 'bold' },
        { token: 'constant.numeric', foreground: '096c47' },
        { token: 'constant.language', foreground: '8a4b00' },
        { token: 'markup.inserted', foreground: '096c47' },
        { token: 'variable.other.person', foreground: '8c2a2a' },
        { token: 'support.type', foreground: '6a4c00' },
        { token: 'string', foreground: '8a4b00' },
        { token: 'punctuation', foreground: '505050' },
        { token: 'invalid', foreground: 'a1260d' },
    ];
    const dark: ThemeRule[] = [
        { token: 'comment', foreground: '9aa89a', fontStyle: 'italic' },
        { token: 'keyword.control', foreground: '7cb7ff', fontStyle: 'bold' },
        { token: 'keyword.other', foreground: '7cb7ff' },
        { token: 'storage.type', foreground: 'd7a6f2' },
        { token: 'markup.heading', foreground: 'f2f2f2', fontStyle: 'bold' },
        { token: 'entity.name', foreground: 'f2f2f2', fontStyle: 'bold' },
        { token: 'constant.numeric', foreground: '7fd8a8' },
        { token: 'constant.language', foreground: 'f0b96b' },
        { token: 'markup.inserted', foreground: '7fd8a8' },
        { token: 'variable.other.person', foreground: 'f2a0a0' },
        { token: 'support.type', foreground: 'e6cf85' },
        { token: 'string', foreground: 'f0b96b' },
        { token: 'punctuation', foreground: 'b8b8b8' },
        { token: 'invalid', foreground: 'ff9b85' },
    ];
    monaco.editor.defineTheme('referat-lys', { base: 'vs', inherit: true, rules: light, colors: { 'editorLineNumber.foreground': '#5f6b7a', 'editorInlayHint.foreground': '#3d4550', 'editorInlayHint.background': '#e8ebef' } });
    monaco.editor.defineTheme('referat-mork', { base: 'vs-dark', inherit: true, rules: dark, colors: { 'editorLineNumber.foreground': '#a0a8b4', 'editorInlayHint.foreground': '#d0d6de', 'editorInlayHint.background': '#2f343c' } });
}

interface JsonRegExp { pattern: string; flags?: string }
const toRegExp = (r: string | JsonRegExp | undefined) => (r === undefined ? undefined : typeof r === 'string' ? new RegExp(r) : new RegExp(r.pattern, r.flags));

/** The extension's language configuration in Monaco's form (patterns as RegExp objects). */
function monacoLanguageConfiguration(): monaco.languages.LanguageConfiguration {
    const json = languageConfiguration as unknown as {
        comments: { lineComment: string };
        brackets: Array<[string, string]>;
        autoClosingPairs: Array<{ open: string; close: string }>;
        autoCloseBefore: string;
        surroundingPairs: Array<[string, string]>;
        wordPattern: JsonRegExp;
        onEnterRules: Array<{ beforeText: JsonRegExp; action: { indent: string; appendText: string } }>;
    };
    const indent = { none: monaco.languages.IndentAction.None } as const;
    const onEnterRules: monaco.languages.OnEnterRule[] = json.onEnterRules.map((rule) => ({
        beforeText: toRegExp(rule.beforeText)!,
        action: { indentAction: indent[rule.action.indent as 'none'] ?? monaco.languages.IndentAction.None, appendText: rule.action.appendText },
    }));
    return {
        comments: json.comments,
        brackets: json.brackets,
        autoClosingPairs: json.autoClosingPairs,
        autoCloseBefore: json.autoCloseBefore,
        surroundingPairs: json.surroundingPairs.map(([open, close]) => ({ open, close })),
        wordPattern: toRegExp(json.wordPattern),
        onEnterRules,
    };
}
