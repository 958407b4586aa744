#!/usr/bin/env node
// `referat-language-server --stdio`: runs the bundle out/language-server.cjs (written by
// `npm run build`) with V8's code cache (run-bundle.cjs). In a clone built with tsc alone, runs the
// compiled modules. CommonJS (bin/package.json), which starts a few milliseconds sooner.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '../out/language-server.cjs');
if (fs.existsSync(bundle)) {
    // A server may be killed rather than exit: save a missing cache once it has started.
    require('./run-bundle.cjs').runBundle(bundle, { saveAfterMs: 3000 });
} else {
    import('../out/language-server.js');
}
