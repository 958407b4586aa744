/**
 * A minimal LSP client over stdio, as Neovim or Helix would talk to `referat-language-server --stdio`:
 * Content-Length framing, requests, notifications, and `null` answers to server requests. Shared
 * by the stdio tests.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { StreamMessageReader } from 'vscode-jsonrpc/node';

export { ensureBuilt } from '../support/built.js';

const root = path.resolve(import.meta.dirname, '../..');
export const serverBin = path.join(root, 'packages/cli/bin/referat-language-server.js');
/** Guards against a hanging server; not a speed assertion. */
const WAIT_MS = 20_000;

export interface Message { id?: number; method?: string; params?: any; result?: any; error?: { code: number; message: string; data?: unknown } }

export class StdioClient {
    private nextId = 1;
    private readonly pending = new Map<number, (message: Message) => void>();
    private readonly notifications: Message[] = [];
    private readonly listeners: Array<() => void> = [];
    stderr = '';

    constructor(private readonly server: ChildProcessWithoutNullStreams) {
        // The server's messages are read with the protocol library's own reader (Content-Length framing).
        new StreamMessageReader(server.stdout).listen(message => this.receive(message as Message));
        server.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    }

    request(method: string, params: unknown): Promise<any> {
        return this.response(method, params).then(m => { if (m.error) throw new Error(m.error.message); return m.result; });
    }

    /** The whole response message (result or error). */
    response(method: string, params: unknown): Promise<Message> {
        const id = this.nextId++;
        this.send({ jsonrpc: '2.0', id, method, params });
        return this.within(`Svar på ${method}`, new Promise(resolve => this.pending.set(id, resolve)));
    }

    /** Sends raw bytes (a malformed message, for instance). */
    sendRaw(bytes: Buffer): void {
        this.server.stdin.write(bytes);
    }

    /** The notifications received so far that match (not consumed). */
    received(matches: (m: Message) => boolean): Message[] {
        return this.notifications.filter(matches);
    }

    notify(method: string, params: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** The first notification (already received or still to come) that `matches`; it and all before it are consumed. */
    waitFor(description: string, matches: (m: Message) => boolean): Promise<Message> {
        return this.within(description, new Promise(resolve => {
            const check = () => {
                const found = this.notifications.find(matches);
                if (found) { this.notifications.splice(0, this.notifications.indexOf(found) + 1); resolve(found); return true; }
                return false;
            };
            if (check()) return;
            const listener = () => { if (check()) this.listeners.splice(this.listeners.indexOf(listener), 1); };
            this.listeners.push(listener);
        }));
    }

    private within<T>(what: string, promise: Promise<T>): Promise<T> {
        let timer: NodeJS.Timeout;
        const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: ingen melding fra serveren etter ${WAIT_MS} ms. stderr: ${this.stderr}`)), WAIT_MS); });
        return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
    }

    send(message: object): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    private receive(message: Message): void {
        if (message.id !== undefined && message.method) this.send({ jsonrpc: '2.0', id: message.id, result: null }); // a server request
        else if (message.id !== undefined) this.pending.get(message.id)?.(message);
        else { this.notifications.push(message); for (const listener of [...this.listeners]) listener(); }
    }
}

/** Starts the server in `cwd`. */
export function startServer(cwd: string): { server: ChildProcessWithoutNullStreams; client: StdioClient; exitCode: Promise<number | null> } {
    const server = spawn(process.execPath, [serverBin, '--stdio'], { cwd });
    const exitCode = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
    return { server, client: new StdioClient(server), exitCode };
}
