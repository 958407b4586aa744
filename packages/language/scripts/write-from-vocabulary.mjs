// Writes what is made from the vocabulary (src/vocabulary) outside the language package: the keyword
// patterns of the TextMate grammar (syntaxes/referat.tmLanguage.json; the rest of the grammar —
// scopes, dates, lists, inline patterns — is kept as it stands) and the keyword table of the README.
// A synonym or a language added to the vocabulary is then coloured in every editor and documented.
// Run by `npm run build` after tsc; tests/e2e/grammar.test.ts tokenises every spelling and
// tests/language/vocabulary.test.ts checks the README table.
import fs from 'node:fs';
import path from 'node:path';
import { CASE_TYPES, KEYWORDS } from '../out/vocabulary/keywords.js';
import { keywordTable } from '../out/vocabulary/docs.js';
import { ROLE_WORDS } from '../out/vocabulary/values.js';

const file = path.resolve(import.meta.dirname, '../../../syntaxes/referat.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
const repo = grammar.repository;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One spelling without its colon as an Oniguruma pattern: blanks as `[ \t]+`, `{group}` as free text. */
const spelling = (text) => text.replace(/:$/, '').split('{group}').map(part => escape(part).replace(/ +/g, '[ \\t]+')).join('[^:\\n]+?');
/** Every spelling of the kinds, longest first. */
function alternation(...kinds) {
    const texts = [...new Set(KEYWORDS.filter(k => kinds.includes(k.kind)).flatMap(k => k.spellings.map(s => s.text)))];
    return texts.sort((a, b) => b.length - a.length).map(spelling).join('|');
}
const byPlace = (place) => KEYWORDS.filter(k => k.place === place).map(k => k.kind);
const tail = (kind) => (KEYWORDS.find(k => k.kind === kind).tail ?? '').replace(/\\r\|\\n\|\$/g, '$').replace(/\[ \\t\]\*\(\?:\\r\|\\n\|\$\)/g, '[ \\t]*$');

repo.case.match = `(?i)^[ \\t]*(${alternation('case')})[ \\t]+(\\d+(?:[./]\\d+)*)(?:[ \\t]+(.*))?$`;
repo.header.begin = `(?i)^[ \\t]*(${alternation(...byPlace('header'))})[ \\t]*(:)`;
repo.attendance.begin = `(?i)^[ \\t]*(${alternation(...byPlace('attendance'))})[ \\t]*(:)`;
const stems = CASE_TYPES.map(t => escape(t.stem)).join('|');
repo['case-type'].match = `(?i)^[ \\t]*((?:${stems})s?(?:-[ \\t]*og[ \\t]+(?:${stems})s?)?sak)[ \\t]*(:)(.*)$`;
repo.decision.begin = `(?i)^[ \\t]*(${alternation('decision')})[ \\t]*(:)`;
repo.decision.end = `^(?=[ \\t]*$)|^(?=[ \\t]*(?:(?i:${alternation('vote', 'dissent', 'deadline', 'nextMeeting', 'conflict', 'responsible', 'attachment', 'exemption', 'proposal', 'action', 'signatures')}|(?:${alternation('case')})[ \\t]+\\d)\\b|(?i:${alternation('item')})[ \\t]*:|#{1,6}[ \\t]))`;
repo.vote.match = `(?i)^[ \\t]*(${alternation('vote', 'dissent', 'conflict')})[ \\t]*(:)(.*)$`;
repo.deadline.begin = `(?i)^[ \\t]*(${alternation('deadline')})${tail('deadline')}`;
repo['next-meeting'].begin = `(?i)^[ \\t]*(${alternation('nextMeeting')})[ \\t]*(:)`;
// Lines of the constructs real bodies record (sections, items without a number, withdrawn items,
// proposals, follow-up actions, signatures): written whole here, placed before the fields.
const keyValue = (kind, keywordScope, valueScope) => ({
    match: `(?i)^[ \\t]*(${alternation(kind)})[ \\t]*(:)(.*)$`,
    captures: { 1: { name: keywordScope }, 2: { name: 'punctuation.separator.key-value.referat' }, 3: valueScope },
});
Object.assign(repo, {
    section: {
        name: 'markup.heading.section.referat',
        match: `^[ \\t]*(${alternation('section')})[ \\t]+(.*)$`,
        captures: { 1: { name: 'punctuation.definition.heading.referat' }, 2: { name: 'entity.name.section.referat' } },
    },
    item: {
        name: 'meta.case.heading.referat',
        match: `(?i)^[ \\t]*(${alternation('item')})[ \\t]*(:)[ \\t]*(.*)$`,
        captures: {
            1: { name: 'keyword.control.case.referat' }, 2: { name: 'punctuation.separator.key-value.referat' },
            3: { name: 'markup.heading.case-title.referat entity.name.section.referat' },
        },
    },
    withdrawn: { match: `(?i)^[ \\t]*(${alternation('withdrawn')})${tail('withdrawn')}`, captures: { 1: { name: 'keyword.other.withdrawn.referat' } } },
    proposal: keyValue('proposal', 'keyword.other.proposal.referat', { patterns: [{ include: '#inline' }] }),
    action: {
        match: `(?i)^[ \\t]*(?:[-*•–][ \\t]+)?(${alternation('action')})[ \\t]*(:)(.*)$`,
        captures: {
            1: { name: 'keyword.control.action.referat' }, 2: { name: 'punctuation.separator.key-value.referat' },
            3: { patterns: [{ include: '#date' }, { include: '#inline' }] },
        },
    },
    signatures: keyValue('signatures', 'keyword.other.signatures.referat', { name: 'variable.other.person.referat' }),
});
const NEW_LINES = ['section', 'item', 'withdrawn', 'proposal', 'action', 'signatures'];
grammar.patterns = grammar.patterns.filter(p => !NEW_LINES.includes(p.include?.slice(1)));
grammar.patterns.splice(grammar.patterns.findIndex(p => p.include === '#fields'), 0, ...NEW_LINES.map(name => ({ include: `#${name}` })));
const [introducer, responsible, attachment, exemption] = repo.fields.patterns;
introducer.match = `(?i)^[ \\t]*(${alternation('introducer')})[ \\t]*(:?)[ \\t]*([^,\\n]*)`;
responsible.match = `(?i)^[ \\t]*(${alternation('responsible')})[ \\t]*(:)[ \\t]*(.*)$`;
attachment.match = `(?i)^[ \\t]*(${alternation('attachment')})[ \\t]*(:)`;
exemption.match = `(?i)^[ \\t]*(${alternation('exemption')})[ \\t]*(:)(.*)$`;
const letters = 'A-Za-z0-9_À-ÖØ-öø-ÿ';
repo.role.match = `(?i)(?<![${letters}])(${ROLE_WORDS.map(spelling).join('|')})(?![${letters}])`;

writeIfChanged(file, JSON.stringify(grammar, null, 2) + '\n');

const readme = path.resolve(import.meta.dirname, '../../../README.md');
const START = '<!-- keywords:start (written by npm run build from packages/language/src/vocabulary) -->', END = '<!-- keywords:end -->';
const current = fs.readFileSync(readme, 'utf8');
const from = current.indexOf(START), to = current.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md: fant ikke ${START} … ${END}`);
writeIfChanged(readme, current.slice(0, from + START.length) + '\n' + keywordTable() + '\n' + current.slice(to));

function writeIfChanged(target, text) {
    if (fs.readFileSync(target, 'utf8') === text) return;
    fs.writeFileSync(target, text);
    console.log(`${path.relative(process.cwd(), target)}: skrevet på nytt fra vokabularet`);
}
