// Modules made by ../build.mjs at build time.
declare module 'referat-web:workers' {
    /** Code of the Referat language server worker (@referat/language/worker). */
    export const serverWorker: string;
    /** Code of Monaco's editor worker. */
    export const editorWorker: string;
}
declare module 'referat-web:examples' {
    const examples: Array<{ name: string; text: string }>;
    export default examples;
}
declare module '*.wasm' {
    const bytes: Uint8Array;
    export default bytes;
}
declare module 'referat-web:language-configuration' {
    /** packages/extension's language configuration, with the numbered-list rules (language-configuration.mjs). */
    const configuration: unknown;
    export default configuration;
}
