/** Entry point of the bundled language server (out/server.cjs), started by the extension over IPC. */
import { startNodeLanguageServer } from '@referat/language/node';

startNodeLanguageServer();
