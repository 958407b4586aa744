// The language configuration as VS Code reads it: language-configuration.json plus the rules that
// continue a numbered list on Enter ("2. Tekst" -> "3. "), one per number since the rules are static.
// Used by esbuild.mjs (out/language-configuration.json) and by the editor page (packages/cli/web).
import fs from 'node:fs';
import path from 'node:path';

const NUMBERED_ITEMS = 99;

export function languageConfiguration() {
    const configuration = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'language-configuration.json'), 'utf8'));
    for (let n = 1; n <= NUMBERED_ITEMS; n++) {
        configuration.onEnterRules.push({ beforeText: { pattern: `^\\s*${n}\\.[ \\t]+\\S` }, action: { indent: 'none', appendText: `${n + 1}. ` } });
    }
    return configuration;
}
