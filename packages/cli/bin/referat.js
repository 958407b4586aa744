#!/usr/bin/env node
// `referat`: runs the bundle out/referat.cjs (written by `npm run build`) with V8's code cache, one
// cache per subcommand (run-bundle.cjs). In a clone built with tsc alone, runs the compiled modules.
// CommonJS (bin/package.json), which starts a few milliseconds sooner than an ES module.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '../out/referat.cjs');
const SUBCOMMANDS = ['check', 'html', 'pdf', 'frister', 'json'];
if (fs.existsSync(bundle)) {
    const command = process.argv[2];
    require('./run-bundle.cjs').runBundle(bundle, { variant: SUBCOMMANDS.includes(command) ? command : 'other' });
} else {
    import('../out/cli.js');
}
