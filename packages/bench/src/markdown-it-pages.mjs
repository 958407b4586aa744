/**
 * The markdown-it baseline for `referat html <folder>`: renders every *.md file under <in> with
 * markdown-it in this one process and writes <out>/<same path>.html, a page per file (a minimal HTML
 * document around markdown-it's output), as `referat html` writes a page per meeting.
 *   node packages/bench/src/markdown-it-pages.mjs <in> <out>
 */
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
    console.error('Bruk: node packages/bench/src/markdown-it-pages.mjs <mappe med .md-filer> <utmappe>');
    process.exit(2);
}
const md = new MarkdownIt();
const files = fs.readdirSync(inDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.md')).sort();
for (const file of files) {
    const body = md.render(fs.readFileSync(path.join(inDir, file), 'utf8'));
    const target = path.join(outDir, file.replace(/\.md$/, '.html'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>${path.basename(file, '.md')}</title></head>\n<body>\n${body}</body>\n</html>\n`);
}
console.log(`Skrev ${files.length} sider til ${outDir}`);
