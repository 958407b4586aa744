/** Entry point of the language server in VS Code for the Web (out/server-browser.js): a Web Worker. */
import '@referat/language/worker';
