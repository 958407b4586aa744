import fs from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createReferatServices } from '@referat/language';
const { Referat } = createReferatServices(EmptyFileSystem);
const text = fs.readFileSync(process.argv[2], 'utf8');
const lexer = Referat.parser.Lexer, parser = Referat.parser.LangiumParser;
const cpu = f => { const a = process.cpuUsage(); f(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
const med = xs => xs.sort((a, b) => a - b)[xs.length >> 1];
const lex = [], parse = [];
for (let i = 0; i < 15; i++) { lex.push(cpu(() => lexer.tokenize(text))); parse.push(cpu(() => parser.parse(text))); }
console.log('tokenize cpu ms', med(lex).toFixed(1), ' parse (incl. tokenize) cpu ms', med(parse).toFixed(1));
