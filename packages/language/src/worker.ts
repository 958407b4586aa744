/**
 * The script of the language server's Web Worker: bundle this file (esbuild, `platform: 'browser'`)
 * and start it with `new Worker(...)`; it speaks LSP over postMessage. Errors that would otherwise
 * vanish in the worker are written to its console.
 */
import { startBrowserLanguageServer } from './browser.js';

const scope = self as unknown as { addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void };
scope.addEventListener('error', (event) => console.error(`Referat språktjener: uventet feil: ${event.message ?? ''}`));
scope.addEventListener('unhandledrejection', (event) => console.error('Referat språktjener: uhåndtert avvisning:', event.reason));

startBrowserLanguageServer();
