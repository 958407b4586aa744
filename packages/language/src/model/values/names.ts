/** Names of people and groups as minutes write them: comparison keys, the shape of a person's name, name lists. */

/** Comparison key for names and titles: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
    return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'af', 'av', 'la', 'le', 'du', 'di', 'da', 'ten', 'ter']);
const GROUP_WORDS = /gruppe|sekretariat|råd|utvalg|styre|komit|avdeling|direktorat|departement|forum|ledelse|enhet|nettverk|alle|medlem|forbund|forening|kommune|fylke|etat|kontor|\b(?:rhf|hf|au|ks)\b|\b(?:committee|board|team|staff|council|department|trustees|members|everyone|office|group)\b/i;

/** True when `name` has the shape of a person's name: 2–6 capitalised words, initials or particles. */
export function looksLikePerson(name: string): boolean {
    const normalized = name.normalize('NFC');
    if (GROUP_WORDS.test(normalized) || /\d/.test(normalized)) return false;
    const words = normalized.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 6) return false;
    return words.every(w => NAME_PARTICLES.has(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

export interface NameMatch { name: string; start: number; end: number }

/**
 * Extracts the name at the start of `text` (after `start`): it ends at a comma, a parenthesis, a
 * colon, a dash between spaces, " og ", or a full stop that does not end an initial ("Erlend B. Smeland").
 */
export function leadingName(text: string, start = 0): NameMatch | undefined {
    let i = start;
    while (i < text.length && /\s/.test(text[i])) i++;
    const from = i;
    let end = text.length;
    for (let j = from; j < text.length; j++) {
        const c = text[j];
        if (c === ',' || c === '(' || c === ':' || c === ';') { end = j; break; }
        if ((c === '–' || c === '—' || c === '-') && text[j - 1] === ' ' && (text[j + 1] === ' ' || j + 1 === text.length)) { end = j; break; }
        if (c === ' ' && text.startsWith(' og ', j)) { end = j; break; }
        if (c === '.') {
            const wordStart = text.lastIndexOf(' ', j - 1) + 1;
            const isInitial = j - wordStart === 1 && /\p{Lu}/u.test(text[wordStart]) && j + 1 < text.length;
            if (!isInitial) { end = j; break; }
        }
    }
    while (end > from && /\s/.test(text[end - 1])) end--;
    if (end <= from) return undefined;
    return { name: text.slice(from, end), start: from, end };
}

/** Two or more people named in `text` ("Per Ove Lia og Hanne Nakken"); none when one is named, or a group. */
export function personList(text: string): NameMatch[] {
    const names = nameList(text);
    return names.length > 1 && names.every(n => looksLikePerson(n.name)) ? names : [];
}

/** Splits "A, B og C (grunn)" into names with offsets relative to `text`; reasons in parentheses or after " – " are not names. */
export function nameList(text: string): NameMatch[] {
    const names: NameMatch[] = [];
    const withoutReason = text.replace(/\([^)]*\)/g, m => ' '.repeat(m.length)).replace(/\s[–—-]\s.*$/, m => ' '.repeat(m.length));
    const part = /[^,;]+/g;
    for (let m = part.exec(withoutReason); m; m = part.exec(withoutReason)) {
        const pieces = m[0].split(/\s+(?:og|and|&)\s+/);
        let offset = m.index;
        for (const piece of pieces) {
            const at = withoutReason.indexOf(piece, offset);
            const found = leadingName(withoutReason.slice(0, at + piece.length), at);
            if (found) names.push(found);
            offset = at + piece.length;
        }
    }
    return names;
}
