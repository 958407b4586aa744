/**
 * A person as attendance lists write them: "Name, Institution, role (note)", "Kari Bjørge (Sp)",
 * "Kommunalsjef Siri Holm", "Lene Vik (vara for Per Lunde)". Offsets are relative to the text.
 */
import { PARTIES, ROLE_KINDS, ROLE_WORDS, TITLE_WORDS } from '../../vocabulary/values.js';
import type { Presence } from '../types.js';
import { looksLikePerson, type NameMatch } from './names.js';

export interface AttendeeFields {
    name: string;
    nameStart: number;
    nameEnd: number;
    institution?: string;
    role?: string;
    roleKind?: string;
    title?: string;
    party?: string;
    note?: string;
    substituteFor?: NameMatch;
    presence?: Presence;
}

/** "(fra sak 19/23)", "(til sak 5)", "(til og med sak 5)", "(forlot møtet etter sak 4)", "(kom under sak 3)". */
const FROM_CASE = /(?:^|[\s,;])(?:fra|frå|fra og med|kom (?:til|under|før))\s+(?:og med\s+)?sak\s+(\d+(?:[./]\d+)*)/iu;
const UNTIL_CASE = /(?:^|[\s,;])(til og med|til|forlot møtet (?:etter|under|før)|gikk (?:etter|under|før)|gjekk (?:etter|under|før))\s+sak\s+(\d+(?:[./]\d+)*)/iu;

/** Attendance for part of the meeting, read from a person's note. */
export function parsePresence(note: string): Presence | undefined {
    const from = FROM_CASE.exec(note), until = UNTIL_CASE.exec(note);
    if (!from && !until) return undefined;
    const presence: Presence = { untilIncluded: !!until && /til og med|etter/i.test(until[1]) };
    if (from) presence.from = from[1];
    if (until) presence.until = until[2];
    return presence;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ROLE = new RegExp(`^(${ROLE_WORDS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const TITLE = new RegExp(`^(${TITLE_WORDS.map(escape).join('|')})[ \\t]+(?=\\p{Lu})`, 'iu');
const PARTY_SET = new Set(PARTIES.map(p => p.toLowerCase()));
const SUBSTITUTE = /^(?:(?:møter[ \t]+(?:som[ \t]+)?)?vara(?:medlem|representant)?[ \t]+for|for)[ \t]+(.+)$/iu;

/** The role word a field starts with, normalised ("Varamedlem" -> "vara"), or undefined. */
export function roleKindOf(field: string): string | undefined {
    const m = ROLE.exec(field.trim());
    if (!m) return undefined;
    const word = m[1].toLowerCase();
    return ROLE_KINDS[word] ?? word;
}

/** True when every comma- or slash-separated part of the text is a party abbreviation ("Sp", "H/FrP"). */
export function isPartyList(text: string): boolean {
    const parts = text.split(/[,/]\s*/).map(p => p.trim()).filter(Boolean);
    return parts.length > 0 && parts.every(p => PARTY_SET.has(p.toLowerCase()));
}

/** Parses a person's text (the part after the bullet); undefined when no name is written. */
export function parseAttendee(text: string): AttendeeFields | undefined {
    let body = text;
    let note: string | undefined, party: string | undefined;
    let substituteFor: NameMatch | undefined;
    const trailing = /\s*\(([^()]*)\)\s*\.?\s*$/.exec(body);
    if (trailing) {
        const inner = trailing[1].trim();
        const noteStart = trailing.index + trailing[0].indexOf('(') + 1 + (trailing[1].length - trailing[1].trimStart().length);
        if (isPartyList(inner)) party = inner;
        else {
            note = inner;
            const sub = SUBSTITUTE.exec(inner);
            if (sub) substituteFor = at(sub[1].trim(), noteStart + inner.indexOf(sub[1].trim()));
        }
        body = body.slice(0, trailing.index);
    }
    const fields = splitFields(body);
    const first = fields[0];
    if (!first || !first.text) return undefined;
    let name = first.text, nameStart = first.start;
    // "Kari Bjørge (Sp), medlem": the party right after the name.
    const inlineParty = /\s*\(([^()]*)\)$/.exec(name);
    if (inlineParty && isPartyList(inlineParty[1].trim())) { party ??= inlineParty[1].trim(); name = name.slice(0, inlineParty.index); }
    let title: string | undefined;
    const titled = TITLE.exec(name);
    if (titled && looksLikePerson(name.slice(titled[0].length))) {
        title = titled[1];
        nameStart += titled[0].length;
        name = name.slice(titled[0].length);
    }
    if (!name.trim()) return undefined;
    let institution: string | undefined, role: string | undefined;
    const rest = fields.slice(1).map(f => f.text);
    if (rest.length >= 2) { institution = rest.slice(0, -1).join(', '); role = rest[rest.length - 1]; }
    else if (rest.length === 1) { if (roleKindOf(rest[0])) role = rest[0]; else institution = rest[0]; }
    const result: AttendeeFields = { name, nameStart, nameEnd: nameStart + name.length };
    if (institution) result.institution = institution;
    if (role) {
        result.role = role;
        const kind = roleKindOf(role);
        if (kind) result.roleKind = kind;
        const sub = /\bvara(?:medlem|representant)?\s+for\s+(.+)$/iu.exec(role);
        if (sub && !substituteFor) {
            const roleField = fields[fields.length - 1];
            substituteFor = at(sub[1].trim(), roleField.start + roleField.text.lastIndexOf(sub[1].trim()));
        }
    } else if (title && !role) {
        result.roleKind = roleKindOf(title);
    }
    if (title) result.title = title;
    if (party) result.party = party;
    if (note !== undefined) {
        result.note = note;
        const presence = parsePresence(note);
        if (presence) result.presence = presence;
    }
    if (substituteFor) result.substituteFor = substituteFor;
    return result;
}

function at(name: string, start: number): NameMatch {
    return { name, start, end: start + name.length };
}

/** Comma-separated fields with their offsets, trimmed. */
function splitFields(text: string): Array<{ text: string; start: number }> {
    const fields: Array<{ text: string; start: number }> = [];
    let depth = 0, start = 0;
    // Commas inside parentheses do not separate fields.
    for (let i = 0; i <= text.length; i++) {
        const c = text[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        if (i === text.length || (c === ',' && depth === 0 && /\s/.test(text[i + 1] ?? ' '))) {
            const raw = text.slice(start, i);
            const lead = raw.length - raw.trimStart().length;
            fields.push({ text: raw.trim(), start: start + lead });
            start = i + 1;
        }
    }
    return fields;
}

/**
 * Names written on a heading line: "Kari Nordmann, Ola Hansen og Per Lunde (Sp)". Each piece is
 * parsed as a person; a piece that is only a role ("leder") belongs to the person before it.
 */
export function attendeesOnLine(text: string): Array<AttendeeFields & { start: number; end: number }> {
    const result: Array<AttendeeFields & { start: number; end: number }> = [];
    let depth = 0;
    const bounds: Array<[number, number]> = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        const c = text[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        if (i === text.length || ((c === ',' || c === ';') && depth === 0)) { bounds.push([start, i]); start = i + 1; }
    }
    for (const [from, to] of bounds) {
        // " og " / " and " / " & " outside parentheses separates the last two names.
        const piece = text.slice(from, to);
        const parts = splitOutsideParens(piece, /\s+(?:og|and|&)\s+/giu);
        for (const [a, b] of parts) {
            const raw = piece.slice(a, b);
            const lead = raw.length - raw.trimStart().length;
            const trimmed = raw.trim();
            if (!trimmed) continue;
            const roleOnly = roleKindOf(trimmed) !== undefined && !looksLikePerson(trimmed.replace(/\s*\([^)]*\)\s*$/, ''));
            const previous = result[result.length - 1];
            if (roleOnly && previous && !previous.role) {
                previous.role = trimmed; previous.roleKind = roleKindOf(trimmed); previous.end = from + b;
                continue;
            }
            const fields = parseAttendee(trimmed);
            if (!fields) continue;
            const offset = from + a + lead;
            result.push({
                ...fields, nameStart: offset + fields.nameStart, nameEnd: offset + fields.nameEnd,
                substituteFor: fields.substituteFor && { ...fields.substituteFor, start: offset + fields.substituteFor.start, end: offset + fields.substituteFor.end },
                start: offset, end: offset + trimmed.length,
            });
        }
    }
    return result;
}

function splitOutsideParens(text: string, separator: RegExp): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    let start = 0;
    separator.lastIndex = 0;
    for (let m = separator.exec(text); m; m = separator.exec(text)) {
        const before = text.slice(0, m.index);
        if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
        parts.push([start, m.index]);
        start = m.index + m[0].length;
    }
    parts.push([start, text.length]);
    return parts;
}
