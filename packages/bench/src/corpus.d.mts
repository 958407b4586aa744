// Types of the corpus generator (corpus.mjs), for TypeScript tests that use it.
export interface Rng {
    next(): number;
    int(min: number, max: number): number;
    pick<T>(list: readonly T[]): T;
    chance(p: number): boolean;
    sample<T>(list: readonly T[], n: number): T[];
}
export function createRng(seed: number): Rng;

export interface Body { name: string; short: string; place: string }
export const BODIES: Body[];

export interface GeneratedMeeting {
    referat: string;
    /** The same content as Markdown (headings, lists, bold keywords). */
    markdown: string;
    lines: number;
    /** Case numbers written, the last one being Eventuelt. */
    cases: number[];
}
export function generateMeeting(options: {
    seed: number; targetLines: number; body?: Body; date?: Date; meetingNo?: number; firstCase?: number;
    earlier?: Array<{ number: string; meetingNo: string }>; nextDate?: Date;
}): GeneratedMeeting;

export interface WorkspaceOptions { seed?: number; bodies?: number; years?: [number, number]; perYear?: number }
/** Each meeting's path, text, the same content as Markdown, and its number of lines. */
export function workspaceMeetings(options?: WorkspaceOptions): Array<{ path: string; text: string; markdown: string; lines: number }>;
export function generateWorkspace(dir: string, options?: WorkspaceOptions): { files: string[]; bytes: number; lines: number };
