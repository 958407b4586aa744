/** The value of a `Språk:` / `Language:` line: "en", "nynorsk", "English", "nb-NO". */
import type { Language } from '../../vocabulary/keywords.js';
import { LANGUAGE_NAMES } from '../../vocabulary/values.js';

/** The language a `Språk:` value names, or undefined when it names none the format has. */
export function parseLanguage(value: string): Language | undefined {
    const written = value.normalize('NFC').toLowerCase().replace(/[_\s]+/g, m => (m.includes('_') ? '-' : ' ')).replace(/[.]$/, '').trim();
    for (const language of ['nb', 'nn', 'en'] as const) if (LANGUAGE_NAMES[language].includes(written)) return language;
    return undefined;
}

/** Bokmål and nynorsk are one family: their spellings mix freely (many are shared); English is another. */
export function languageFamily(language: Language): 'no' | 'en' {
    return language === 'en' ? 'en' : 'no';
}
