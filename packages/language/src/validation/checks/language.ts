/** One document, one language: a `Språk:` value the format does not know, and keywords of another language. */
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkLanguage(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const field = m.languageField;
    if (field && !field.language) report('warning', IssueCodes.UnknownLanguage, field.valueSpan ?? field.span, t.unknownLanguage(field.text));
    const declared = m.languageSource === 'declared';
    for (const w of m.foreignKeywords) {
        report('warning', IssueCodes.MixedLanguage, w.keywordSpan, t.foreignKeyword(w.keyword.replace(/[ \t]+:$/, ':'), w.language, m.language, declared, w.replacement),
            { language: m.language, written: w.language, ...(w.replacement ? { replacement: w.replacement } : {}) });
    }
}
