// Types of the benchmark's LSP client (lsp-client.mjs), for TypeScript tests that use it.
export interface PublishedDiagnostics {
    uri: string;
    diagnostics: Array<{
        range: { start: { line: number; character: number }; end: { line: number; character: number } };
        severity?: number; code?: string | number; message: string; data?: unknown;
    }>;
    /** `performance.now()` when the notification arrived. */
    at: number;
}

export class LspClient {
    constructor(serverBin: string, options?: { cwd?: string; nodeArgs?: string[]; executable?: boolean; env?: NodeJS.ProcessEnv });
    readonly startedAt: number;
    readonly pid: number | undefined;
    stderr: string;
    diagnostics: PublishedDiagnostics[];
    request<T = unknown>(method: string, params: unknown): Promise<{ result: T; ms: number }>;
    notify(method: string, params: unknown): void;
    nextDiagnostics(uri?: string, timeoutMs?: number): Promise<PublishedDiagnostics>;
    initialize(rootPath?: string): Promise<{ result: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }; ms: number }>;
    open(uri: string, text: string): void;
    cpuTimeMs(): number | undefined;
    peakRss(): number | undefined;
    close(): Promise<void>;
}
