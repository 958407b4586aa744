/** The vocabulary as documentation: the README's keyword table (written by the build, checked by a test). */
import { CASE_TYPES, KEYWORDS, type Place } from './keywords.js';

const PLACES: Record<Place, string> = { header: 'header', attendance: 'attendance (before the first case)', case: 'in a case', anywhere: 'anywhere' };

const spellings = (texts: string[]) => [...new Set(texts)].map(t => `\`${t.replace('{group}', '<group>')}\``).join(', ');

/** A Markdown table of every keyword: spellings in bokmål and nynorsk, where it stands, what it means. */
export function keywordTable(): string {
    const rows = KEYWORDS.map(k => {
        const nb = k.spellings.filter(s => s.language === 'nb').map(s => s.text);
        const nn = k.spellings.filter(s => s.language === 'nn').map(s => s.text);
        const en = k.spellings.filter(s => s.language === 'en').map(s => s.text);
        return `| ${k.label} | ${spellings(nb)} | ${spellings(nn)} | ${spellings(en) || '–'} | ${PLACES[k.place]} | ${(k.docs.en ?? k.docs.nb).replace(/\|/g, '\\|')} |`;
    });
    rows.push(`| sakstype | ${CASE_TYPES.filter(t => !t.language).map(t => `\`${t.label}\``).join(', ')}, and combinations such as \`Diskusjons- og beslutningssak:\` | the same | ${CASE_TYPES.filter(t => t.language === 'en').map(t => `\`${t.label}\``).join(', ')}, and combinations such as \`Discussion and decision item:\` | in a case | the kind decides the checks: a decision case needs a decision |`);
    return ['| line | bokmål | nynorsk | English | where | what |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
