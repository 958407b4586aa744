/**
 * Printing pages to PDF with Chromium (Debian's `chromium` package, or any Chromium or Chrome the
 * user names in REFERAT_CHROMIUM): one headless browser for the whole run, driven over the DevTools
 * protocol on a pipe (`--remote-debugging-pipe`: no port is opened), with a fresh profile that is
 * removed afterwards. Each page is loaded from a file in that profile with scripts disabled and
 * printed as the page's own CSS says (`@page`: A4, margins, page numbers): no header or footer lines
 * of Chromium's own. The PDFs name referat as their creator (the Creator field is the browser's user
 * agent), so a later run recognises its own files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OutputError } from './output.js';

/** The user agent Chromium writes as the PDF's Creator: how `isReferatPdf` knows referat's own files. */
const CREATOR = 'referat';
const STEP_TIMEOUT_MS = 60_000;

/** A PDF referat made: `%PDF-` with referat as its Creator (within the first 4 KB, where Chromium writes the document info). */
export const isReferatPdf = (head: string) => head.startsWith('%PDF-') && head.includes(`/Creator (${CREATOR})`);

/**
 * The Chromium to print with: REFERAT_CHROMIUM, else `chromium`, `chromium-browser`, `google-chrome`
 * on the PATH. Throws an OutputError that says how to install it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
    const given = env.REFERAT_CHROMIUM?.trim();
    if (given) {
        if (isExecutable(given)) return given;
        throw new OutputError(`REFERAT_CHROMIUM peker på «${given}», som ikke er et program som kan kjøres. Rett stien, eller fjern variabelen for å bruke Chromium fra PATH.`);
    }
    const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
        for (const dir of dirs) {
            const candidate = path.join(dir, name);
            if (isExecutable(candidate)) return candidate;
        }
    }
    throw new OutputError('Fant ikke Chromium, som referat pdf skriver ut sidene med. Installer det (Debian og Ubuntu: «apt-get install chromium»), eller oppgi programmet med miljøvariabelen REFERAT_CHROMIUM.');
}

function isExecutable(file: string): boolean {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

interface Pending { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }

/** A headless Chromium that prints HTML pages to PDF. `close()` it when done (also after an error). */
export class PdfPrinter {
    private readonly pending = new Map<number, Pending>();
    private readonly waiters: Array<{ method: string; sessionId: string; resolve: () => void }> = [];
    private nextId = 0;
    private buffer = '';
    private stderr = '';
    private exited: string | undefined;
    private pageCount = 0;

    private constructor(private readonly child: ChildProcess, private readonly profile: string, private readonly executable: string) {
        const output = child.stdio[4] as NodeJS.ReadableStream;
        output.on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
        child.stderr?.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000); });
        const stop = (why: string) => {
            this.exited ??= why;
            for (const p of this.pending.values()) { clearTimeout(p.timer); p.reject(this.failure(`Chromium avsluttet uventet (${this.exited})`)); }
            this.pending.clear();
        };
        child.on('exit', (code, signal) => stop(signal ? `signal ${signal}` : `kode ${code}`));
        child.on('error', (e) => stop(e.message));
        // Writing to a browser that has gone is reported by the request, not as an unhandled stream error.
        (child.stdio[3] as NodeJS.WritableStream).on('error', () => undefined);
    }

    /** Starts Chromium. Throws an OutputError naming the program when it does not start. */
    static async launch(executable: string): Promise<PdfPrinter> {
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-pdf-'));
        const args = [
            '--headless', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${profile}`, `--user-agent=${CREATOR}`,
            '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--disable-extensions', '--disable-default-apps', '--mute-audio',
            // Chromium refuses to run as root with its sandbox (containers, CI).
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            'about:blank',
        ];
        let child: ChildProcess;
        try {
            child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
        } catch (e) {
            fs.rmSync(profile, { recursive: true, force: true });
            throw new OutputError(`Kan ikke starte Chromium («${executable}»): ${(e as Error).message}. Installer Chromium («apt-get install chromium»), eller oppgi programmet med REFERAT_CHROMIUM.`);
        }
        const printer = new PdfPrinter(child, profile, executable);
        try {
            await printer.send('Browser.getVersion');
        } catch (e) {
            await printer.close();
            throw e;
        }
        return printer;
    }

    /** Prints a complete HTML page to PDF, as its CSS says (page size, margins, margin boxes). */
    async print(html: string): Promise<Buffer> {
        const file = path.join(this.profile, `side-${++this.pageCount}.html`);
        fs.writeFileSync(file, html);
        const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' }) as { targetId: string };
        try {
            const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
            await this.send('Page.enable', {}, sessionId);
            await this.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
            const loaded = this.event('Page.loadEventFired', sessionId);
            const navigation = await this.send('Page.navigate', { url: pathToFileURL(file).href }, sessionId) as { errorText?: string };
            if (navigation.errorText) throw this.failure(`Chromium kunne ikke åpne siden (${navigation.errorText})`);
            await loaded;
            const { data } = await this.send('Page.printToPDF', {
                printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateTaggedPDF: true, generateDocumentOutline: true,
            }, sessionId) as { data: string };
            return Buffer.from(data, 'base64');
        } finally {
            await this.send('Target.closeTarget', { targetId }).catch(() => undefined);
            fs.rmSync(file, { force: true });
        }
    }

    /** Closes the browser (killing it when it does not close in time) and removes its profile. */
    async close(): Promise<void> {
        if (!this.exited && this.child.exitCode === null) {
            const exit = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
            this.send('Browser.close').catch(() => undefined);
            const timeout = new Promise<'timeout'>(resolve => setTimeout(() => resolve('timeout'), 5000).unref());
            if (await Promise.race([exit.then(() => 'exited' as const), timeout]) === 'timeout') {
                this.child.kill('SIGKILL');
                await exit;
            }
        }
        fs.rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }

    private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
        if (this.exited) return Promise.reject(this.failure(`Chromium avsluttet uventet (${this.exited})`));
        const id = ++this.nextId;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(this.failure(`Chromium svarte ikke innen ${STEP_TIMEOUT_MS / 1000} sekunder (${method})`));
            }, STEP_TIMEOUT_MS);
            this.pending.set(id, { resolve, reject, timer });
            const input = this.child.stdio[3] as NodeJS.WritableStream;
            input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
        });
    }

    private event(method: string, sessionId: string): Promise<void> {
        return new Promise(resolve => this.waiters.push({ method, sessionId, resolve }));
    }

    private receive(text: string): void {
        this.buffer += text;
        for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
            const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; method?: string; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };
            this.buffer = this.buffer.slice(end + 1);
            if (message.id !== undefined) {
                const p = this.pending.get(message.id);
                if (!p) continue;
                this.pending.delete(message.id);
                clearTimeout(p.timer);
                if (message.error) p.reject(this.failure(`Chromium svarte med en feil: ${message.error.message}`));
                else p.resolve(message.result ?? {});
            } else if (message.method) {
                const at = this.waiters.findIndex(w => w.method === message.method && w.sessionId === message.sessionId);
                if (at >= 0) this.waiters.splice(at, 1)[0].resolve();
            }
        }
    }

    private failure(what: string): OutputError {
        const detail = this.stderr.split('\n').map(l => l.trim()).filter(l => /error|fatal|cannot|failed/i.test(l)).slice(-2).join(' ');
        return new OutputError(`${what}${detail ? `: ${detail}` : ''}. Sjekk at «${this.executable}» er en fungerende Chromium (Debian: «apt-get install chromium»), eller oppgi en annen med REFERAT_CHROMIUM.`);
    }
}
