/** `referat-language-server --stdio`: the Referat language server for any LSP client. */
import { startNodeLanguageServer } from '@referat/language/node';

startNodeLanguageServer();
