'use strict';
// Preloaded by the benchmark (node --require peak-rss.cjs …): at exit, writes this process's peak
// resident set size in KB (getrusage's ru_maxrss) to the file named by REFERAT_BENCH_PEAK_FILE.
const fs = require('node:fs');

process.on('exit', () => fs.writeFileSync(process.env.REFERAT_BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));
