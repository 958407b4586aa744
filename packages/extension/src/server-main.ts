/** Entry point of the bundled language server (out/server.cjs), started by the extension over IPC. */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startReferatServer } from '@referat/language/server';

startReferatServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem });
