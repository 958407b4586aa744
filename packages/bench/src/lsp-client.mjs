/**
 * A minimal LSP client over stdio for the benchmark: JSON-RPC framing, requests with timing,
 * notifications, answers to the server's own requests, and waiting for `publishDiagnostics`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

export class LspClient {
    /**
     * Starts `node <serverBin> --stdio`, or with `executable` the command `<serverBin> --stdio` itself
     * (an installed `referat-language-server`, found through its `#!` line and `env`'s PATH);
     * `startedAt` is the `performance.now()` of the spawn.
     */
    constructor(serverBin, { cwd, nodeArgs = [], executable = false, env } = {}) {
        this.startedAt = performance.now();
        const [command, args] = executable ? [serverBin, ['--stdio']] : [process.execPath, [...nodeArgs, serverBin, '--stdio']];
        this.process = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        this.pending = new Map();
        this.diagnosticWaiters = [];
        this.diagnostics = [];
        this.stderr = '';
        this.nextId = 1;
        this.buffer = Buffer.alloc(0);
        this.exited = new Promise(resolve => this.process.once('exit', (code, signal) => resolve({ code, signal })));
        this.exited.then(({ code, signal }) => {
            const error = new Error(`Språkserveren avsluttet (kode ${code ?? signal}). ${this.stderr.trim().slice(-2000)}`);
            for (const { reject } of this.pending.values()) reject(error);
            for (const w of this.diagnosticWaiters) w.reject(error);
        });
        this.process.stderr.on('data', chunk => { this.stderr += chunk; });
        this.process.stdout.on('data', chunk => this.receive(chunk));
    }

    get pid() { return this.process.pid; }

    receive(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(message, performance.now());
        }
    }

    dispatch(message, at) {
        if (message.id !== undefined && message.method) return this.answer(message);
        if (message.id !== undefined) {
            const pending = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (!pending) return;
            if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
            else pending.resolve({ result: message.result, ms: at - pending.sentAt });
            return;
        }
        if (message.method === 'textDocument/publishDiagnostics') {
            const entry = { uri: message.params.uri, diagnostics: message.params.diagnostics, at };
            this.diagnostics.push(entry);
            this.diagnosticWaiters = this.diagnosticWaiters.filter(w => {
                if (w.uri !== undefined && w.uri !== entry.uri) return true;
                w.resolve(entry);
                return false;
            });
        }
    }

    /** The server asks the client (configuration, capability registration, progress): give neutral answers. */
    answer(message) {
        const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
        this.send({ jsonrpc: '2.0', id: message.id, result });
    }

    send(message) {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.process.stdin.write(body);
    }

    /** Sends a request; resolves to `{ result, ms }` (round-trip time). */
    request(method, params) {
        const id = this.nextId++;
        return handled(new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject, method, sentAt: performance.now() });
            this.send({ jsonrpc: '2.0', id, method, params });
        }));
    }

    notify(method, params) {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** The next `publishDiagnostics` (for `uri`, if given) that arrives after this call. */
    nextDiagnostics(uri, timeoutMs = 120_000) {
        return handled(new Promise((resolve, reject) => {
            const waiter = { uri, resolve, reject };
            this.diagnosticWaiters.push(waiter);
            const timer = setTimeout(() => {
                this.diagnosticWaiters = this.diagnosticWaiters.filter(w => w !== waiter);
                reject(new Error(`Ingen diagnostikk for ${uri ?? 'noe dokument'} innen ${timeoutMs / 1000} s.`));
            }, timeoutMs);
            waiter.resolve = entry => { clearTimeout(timer); resolve(entry); };
        }));
    }

    async initialize(rootPath) {
        const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
        const response = await this.request('initialize', {
            processId: process.pid, rootUri,
            workspaceFolders: rootPath ? [{ uri: rootUri, name: 'bench' }] : null,
            capabilities: {
                textDocument: {
                    synchronization: { didSave: true },
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    publishDiagnostics: {},
                },
                workspace: { workspaceFolders: true, configuration: true },
            },
        });
        this.notify('initialized', {});
        return response;
    }

    open(uri, text) {
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text } });
    }

    /** CPU time (user + system) the server process has used so far, in ms (Linux), or undefined. */
    cpuTimeMs() {
        try {
            const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
            return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks of 10 ms
        } catch { return undefined; }
    }

    /** Peak resident set size of the server process in bytes (Linux), or undefined. */
    peakRss() {
        try {
            const kb = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1];
            return kb ? Number(kb) * 1024 : undefined;
        } catch { return undefined; }
    }

    async close() {
        try {
            await Promise.race([this.request('shutdown', null), new Promise(r => setTimeout(r, 2000))]);
            this.notify('exit', null);
        } catch { /* already gone */ }
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
        await this.exited;
        clearTimeout(timer);
    }
}

/**
 * Marks a promise as handled: when the server dies, every pending request and waiter is rejected,
 * and the ones nobody awaits any more must not crash the benchmark. Awaiting it still throws.
 */
function handled(promise) {
    promise.catch(() => { });
    return promise;
}
