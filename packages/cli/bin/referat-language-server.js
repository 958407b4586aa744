#!/usr/bin/env node
// The bundle (written by `npm run build`) starts faster; the compiled modules work as well.
import fs from 'node:fs';

const bundle = new URL('../out/language-server.cjs', import.meta.url);
await import(fs.existsSync(bundle) ? bundle.href : '../out/language-server.js');
