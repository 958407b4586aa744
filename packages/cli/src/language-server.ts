/** `referat-language-server --stdio`: the Referat language server for any LSP client. */
import '@referat/language/node';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startReferatServer } from '@referat/language/server';

startReferatServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem });
