/** `referat check`: validates minutes; one line per diagnostic, a summary, exit code 1 on errors. */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { displayText } from '@referat/language/core';
import { loadWorkspace } from './workspace.js';

export interface CheckedDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITIES = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' } as const;
const NORWEGIAN = { error: 'feil', warning: 'advarsel', info: 'info', hint: 'hint' } as const;

export async function check(inputs: string[], format: 'text' | 'json', out: (line: string) => void, err: (line: string) => void = () => undefined): Promise<number> {
    const workspace = await loadWorkspace(inputs);
    for (const note of workspace.notes) err(note);
    const diagnostics: CheckedDiagnostic[] = [];
    for (const document of workspace.documents) {
        for (const d of document.diagnostics ?? []) {
            diagnostics.push({
                file: workspace.displayPath.get(document.uri.toString())!,
                line: d.range.start.line + 1, column: d.range.start.character + 1,
                endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
                severity: SEVERITIES[d.severity ?? DiagnosticSeverity.Error],
                code: String((d.data as { code?: string } | undefined)?.code ?? d.code ?? 'ukjent'),
                message: typeof d.message === 'string' ? d.message : d.message.value,
            });
        }
    }
    diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    if (format === 'json') {
        out(JSON.stringify({ files: workspace.documents.length, errors, warnings, diagnostics }, null, 2));
    } else {
        // A terminal shows the text: no bidirectional controls or NUL in it (the JSON keeps the message as it is).
        for (const d of diagnostics) out(displayText(`${d.file}:${d.line}:${d.column}: ${NORWEGIAN[d.severity]}: ${d.message} [${d.code}]`));
        const files = workspace.documents.length;
        out(`${files} ${files === 1 ? 'fil' : 'filer'} kontrollert: ${errors} ${errors === 1 ? 'feil' : 'feil'}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`);
    }
    return errors > 0 ? 1 : 0;
}
