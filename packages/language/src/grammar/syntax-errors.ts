/** Syntax errors in plain Norwegian, naming what was expected. */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';

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
