/**
 * Go to definition, find references, document highlight and rename for people and case numbers,
 * across the meetings of the workspace. Resolved through the semantic model, not Langium linking.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { DefinitionProvider, DocumentHighlightProvider, ReferencesProvider, RenameProvider } from 'langium/lsp';
import { ResponseError } from 'vscode-languageserver';
import {
    type DefinitionParams, type DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams, type Location,
    type LocationLink, type Range, type ReferenceParams, type RenameParams, type TextDocumentPositionParams, type TextEdit,
    type WorkspaceEdit,
} from 'vscode-languageserver';
import { personOccurrences, type Target, targetAt } from '../model/queries.js';
import { type CaseInMeeting, resolveMeetingReference } from '../model/resolve.js';
import type { Meeting, Span } from '../model/types.js';
import { parseCaseNumber } from '../model/values/case-numbers.js';
import type { ReferatServices } from '../referat-module.js';
import { messagesFor } from '../validation/messages.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { location, toRange } from './positions.js';

/** A place in some meeting of the workspace. */
interface Place {
    meeting: Meeting;
    span: Span;
    declaration: boolean;
    /** A role written for the person ("ordføreren"). */
    byRole?: boolean;
}

/** Resolves what the cursor is on to the places that name the same person or case. */
export class ReferatNavigator {
    private readonly index: MeetingIndex;
    private readonly documents: LangiumDocuments;

    constructor(services: ReferatServices) {
        this.index = services.referat.MeetingIndex;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    target(document: LangiumDocument, position: { line: number; character: number }): { meeting: Meeting; target: Target } | undefined {
        const meeting = this.index.get(document);
        const target = targetAt(meeting, document.textDocument.offsetAt(position));
        return target && target.kind !== 'deadline' ? { meeting, target } : undefined;
    }

    /** The case a case target stands for: the heading itself, or where a reference leads. */
    caseOf(meeting: Meeting, target: Target): CaseInMeeting | undefined {
        if (target.kind === 'case') return { meeting, case: target.case };
        if (target.kind === 'reference') return this.index.resolve(meeting, target.reference).target;
        return undefined;
    }

    /** Every place naming the same person or case; `scope` limits the search to one meeting. */
    places(meeting: Meeting, target: Target, scope?: Meeting): Place[] {
        const meetings = scope ? [scope] : this.index.sameBody(meeting);
        if (target.kind === 'person') {
            const key = target.occurrence.key;
            return meetings.flatMap(m => personOccurrences(m)
                .filter(o => o.key === key)
                .map(o => ({ meeting: m, span: o.span, declaration: o.declaration, byRole: o.byRole })));
        }
        const theCase = this.caseOf(meeting, target);
        if (!theCase) {
            // An unresolved reference: only the reference itself.
            return target.kind === 'reference' ? [{ meeting, span: target.reference.numberSpan, declaration: false }] : [];
        }
        const places: Place[] = [];
        if (!scope || scope.uri === theCase.meeting.uri) places.push({ meeting: theCase.meeting, span: theCase.case.numberSpan, declaration: true });
        for (const r of this.index.referencesTo(theCase)) {
            if (!scope || r.meeting.uri === scope.uri) places.push({ meeting: r.meeting, span: r.reference.numberSpan, declaration: false });
        }
        return places;
    }

    /** The declaration of a person: the attendance line in this meeting, else in another meeting of the body. */
    personDeclaration(meeting: Meeting, key: string): Place | undefined {
        for (const m of [meeting, ...this.index.sameBody(meeting).filter(o => o.uri !== meeting.uri)]) {
            const attendee = m.people.find(p => p.key === key);
            if (attendee) return { meeting: m, span: attendee.nameSpan, declaration: true };
        }
        return undefined;
    }

    location(place: Place): Location | undefined {
        return location(this.documents, place.meeting.uri, place.span);
    }

    document(uri: string): LangiumDocument | undefined {
        return this.documents.all.find(d => d.uri.toString() === uri);
    }
}

export class ReferatDefinitionProvider implements DefinitionProvider {
    private readonly navigator: ReferatNavigator;
    private readonly index: MeetingIndex;
    constructor(services: ReferatServices) { this.navigator = services.referat.Navigator; this.index = services.referat.MeetingIndex; }

    getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const found = this.navigator.target(document, params.position);
        if (!found) return undefined;
        const { meeting, target } = found;
        const origin = target.kind === 'person' ? target.occurrence.span : target.kind === 'case' ? target.case.numberSpan
            : target.kind === 'reference' ? target.reference.numberSpan : target.kind === 'meeting-reference' ? target.reference.span : undefined;
        let place: { uri: string; selection: Span; full: Span } | undefined;
        if (target.kind === 'meeting-reference') {
            // "jf. møte 03/2025": to the other meeting's header.
            const other = resolveMeetingReference(this.index, meeting, target.reference);
            const head = other && (other.body?.span ?? other.headerFields[0]?.span);
            if (other && head) place = { uri: other.uri, selection: head, full: head };
        } else if (target.kind === 'person') {
            const declaration = this.navigator.personDeclaration(meeting, target.occurrence.key);
            if (declaration) {
                const attendee = declaration.meeting.people.find(p => p.nameSpan.start === declaration.span.start)!;
                place = { uri: declaration.meeting.uri, selection: attendee.nameSpan, full: attendee.span };
            }
        } else {
            const theCase = this.navigator.caseOf(meeting, target);
            if (theCase) place = { uri: theCase.meeting.uri, selection: theCase.case.numberSpan, full: theCase.case.headingSpan };
        }
        const targetDocument = place && this.navigator.document(place.uri);
        if (!place || !targetDocument || !origin) return undefined;
        return [{
            originSelectionRange: toRange(document, origin),
            targetUri: place.uri,
            targetRange: toRange(targetDocument, place.full),
            targetSelectionRange: toRange(targetDocument, place.selection),
        }];
    }
}

export class ReferatReferencesProvider implements ReferencesProvider {
    private readonly navigator: ReferatNavigator;
    constructor(services: ReferatServices) { this.navigator = services.referat.Navigator; }

    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const found = this.navigator.target(document, params.position);
        if (!found) return [];
        return this.navigator.places(found.meeting, found.target)
            .filter(p => params.context.includeDeclaration || !p.declaration)
            .map(p => this.navigator.location(p))
            .filter((l): l is Location => !!l);
    }
}

export class ReferatDocumentHighlightProvider implements DocumentHighlightProvider {
    private readonly navigator: ReferatNavigator;
    constructor(services: ReferatServices) { this.navigator = services.referat.Navigator; }

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const found = this.navigator.target(document, params.position);
        if (!found) return undefined;
        const places = this.navigator.places(found.meeting, found.target, found.meeting).sort((a, b) => a.span.start - b.span.start);
        return places.map(p => ({
            range: toRange(document, p.span),
            kind: p.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
        }));
    }
}

/** Renames a person in the file, or a case number together with every reference to it. */
export class ReferatRenameProvider implements RenameProvider {
    private readonly navigator: ReferatNavigator;
    constructor(services: ReferatServices) { this.navigator = services.referat.Navigator; }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const found = this.navigator.target(document, params.position);
        if (!found) return undefined;
        const { target } = found;
        if (target.kind === 'person') return toRange(document, target.occurrence.span);
        if (target.kind === 'case') return target.case.number.problem ? undefined : toRange(document, target.case.numberSpan);
        if (target.kind === 'reference' && this.navigator.caseOf(found.meeting, target)) return toRange(document, target.reference.numberSpan);
        return undefined;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const found = this.navigator.target(document, params.position);
        if (!found) return undefined;
        const { meeting, target } = found;
        const newName = params.newName.trim();
        const t = messagesFor(meeting.language);
        let places: Array<{ meeting: Meeting; span: Span }>;
        if (target.kind === 'person') {
            if (!newName || /[\r\n,()]/.test(newName)) {
                throw new ResponseError(-32602, t.renameNotAName(params.newName));
            }
            if (target.occurrence.byRole) {
                throw new ResponseError(-32602, t.renameRole(target.occurrence.name));
            }
            // A role written for the person ("ordføreren") stays as it is.
            places = this.navigator.places(meeting, target, meeting).filter(p => !p.byRole);
        } else {
            const parsed = parseCaseNumber(newName);
            if (!newName || parsed.problem) throw new ResponseError(-32602, parsed.problem ? t.invalidCaseNumber(parsed.problem) : t.renameNoCaseNumber());
            if (!this.navigator.caseOf(meeting, target)) return undefined;
            places = this.navigator.places(meeting, target);
        }
        const changes: Record<string, TextEdit[]> = {};
        for (const place of places) {
            const doc = this.navigator.document(place.meeting.uri);
            if (!doc) continue;
            (changes[place.meeting.uri] ??= []).push({ range: toRange(doc, place.span), newText: newName });
        }
        return { changes };
    }
}
