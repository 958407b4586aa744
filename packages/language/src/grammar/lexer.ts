/**
 * Lexer: Langium's, plus a zero-width EOL at the end of a file that does not end with a line break,
 * so every line rule can require its EOL. Not in partial mode (completion), where the text is cut
 * at the cursor and an extra EOL would end the line being typed.
 */
import { createTokenInstance } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

export class ReferatLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const last = result.tokens[result.tokens.length - 1];
        if (options?.mode !== 'partial' && last && last.tokenType.name !== 'EOL') {
            const eol = this.definition['EOL'];
            const line = (last.endLine ?? last.startLine ?? 1);
            const column = (last.endColumn ?? 0) + 1;
            result.tokens.push(createTokenInstance(eol, '', text.length, text.length - 1, line, line, column, column - 1));
        }
        return result;
    }
}
