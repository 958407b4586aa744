/** Helpers for the CLI tests: a scratch folder, running `main` in process, and spawning the real binary. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../packages/cli/src/main.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'packages/cli/bin/referat.js');

/** A fresh scratch folder (removed by `removeScratch`). */
export function scratch(prefix: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), `referat-${prefix}-`));
}

/** Writes files (relative path -> text or bytes) into `dir`; returns `dir`. */
export function write(dir: string, files: Record<string, string | Uint8Array>): string {
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

export interface Run { code: number | null; out: string; err: string }

/** Runs main() in-process with `cwd` as working directory; out and err are the printed lines. */
export async function run(args: string[], cwd = root): Promise<Run> {
    const out: string[] = [], err: string[] = [];
    const before = process.cwd();
    process.chdir(cwd);
    try {
        const code = await main(args, line => out.push(line), line => err.push(line));
        return { code, out: out.join('\n'), err: err.join('\n') };
    } finally {
        process.chdir(before);
    }
}

/** Runs the built binary, with `input` on standard input and `env` added to the environment. */
export function spawn(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): Run {
    if (!fs.existsSync(path.join(root, 'packages/cli/out/main.js'))) throw new Error('packages/cli/out/main.js is missing: build first (npm run build).');
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, env: options.env && { ...process.env, ...options.env }, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
    return { code: r.status, out: r.stdout.replace(/\n$/, ''), err: r.stderr.replace(/\n$/, '') };
}

/** Every file under `dir` (also dot files), relative, sorted. */
export function filesIn(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(f => fs.statSync(path.join(dir, f)).isFile()).sort();
}

export const CLEAN = 'Organ: Styret i Testlaget (TL)\nDato: 10.1.2024\n\nSak 1/24 Godkjenning\nVedtak: Godkjent.\n';
