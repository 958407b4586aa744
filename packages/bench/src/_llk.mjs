import fs from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createReferatServices } from '@referat/language';
const text = fs.readFileSync(process.argv[2], 'utf8');
const cpu = f => { const a = process.cpuUsage(); f(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
const med = xs => xs.sort((a, b) => a - b)[xs.length >> 1];
const variants = {
    allstar: createReferatServices(EmptyFileSystem).Referat,
    llk1: createReferatServices(EmptyFileSystem, { parser: { ParserConfig: () => ({ maxLookahead: 1 }) } }).Referat,
    llk2: createReferatServices(EmptyFileSystem, { parser: { ParserConfig: () => ({ maxLookahead: 2 }) } }).Referat,
};
for (let round = 0; round < 2; round++) for (const [name, R] of Object.entries(variants)) {
    const p = R.parser.LangiumParser;
    const r = p.parse(text);
    const xs = []; for (let i = 0; i < 12; i++) xs.push(cpu(() => p.parse(text)));
    console.log(name, med(xs).toFixed(1), 'ms CPU; lexer errors', r.lexerErrors.length, 'parser errors', r.parserErrors.length, r.value.cases.length, 'cases');
}
