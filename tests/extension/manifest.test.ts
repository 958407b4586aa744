/**
 * The extension's manifest (packages/extension/package.json) against its code: every command it
 * contributes is registered, Enter is bound for lists, the editor defaults for Referat, no static snippets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTENSION = path.resolve(import.meta.dirname, '../../packages/extension');
const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
const source = (file: string) => fs.readFileSync(path.join(EXTENSION, 'src', file), 'utf8');

describe('manifestet', () => {
    it('registers every command it contributes, and contributes every command it registers', () => {
        const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
        const code = source('commands.ts');
        const registered = [...code.matchAll(/register(?:TextEditorCommand)?\('(referat\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
        expect(registered).toEqual(contributed);
        expect(manifest.contributes.keybindings.length).toBeGreaterThan(0);
        for (const { command } of manifest.contributes.keybindings) expect(contributed).toContain(command);
    });

    it('binds Enter to ending the list only on an empty list item (every other Enter is VS Code\'s own)', () => {
        const enter = manifest.contributes.keybindings.filter((k: { key: string }) => k.key === 'enter');
        expect(enter).toEqual([{
            command: 'referat.onEnterKey',
            key: 'enter',
            when: 'editorTextFocus && editorLangId == referat && referat.onEmptyListItem && !editorReadonly && !editorHasMultipleSelections && !suggestWidgetVisible && !inlineSuggestionVisible',
        }]);
        expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'referat.onEnterKey', when: 'false' });
    });

    it('turns off the boxes around ambiguous characters (en dashes in Norwegian text) for Referat', () => {
        expect(manifest.contributes.configurationDefaults['[referat]']).toEqual({
            'editor.wordWrap': 'on',
            'editor.wordBasedSuggestions': 'off',
            'editor.acceptSuggestionOnEnter': 'off',
            'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'off' },
            'editor.unicodeHighlight.ambiguousCharacters': false,
        });
    });

    it('contributes no static snippets: the language server offers them where they can stand (lsp/completion.ts)', () => {
        // A static snippet pops up anywhere its prefix is typed: «Eventuelt» typed as a case title, after «Møteleder:».
        expect(manifest.contributes.snippets).toBeUndefined();
        expect(fs.existsSync(path.join(EXTENSION, 'snippets'))).toBe(false);
    });

    it('continues a list only after an item with text (an empty item ends it, see logic/lists.ts)', () => {
        const rules = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'language-configuration.json'), 'utf8')).onEnterRules as Array<{ beforeText: { pattern: string } }>;
        expect(rules.length).toBeGreaterThan(0);
        for (const rule of rules) {
            const pattern = new RegExp(rule.beforeText.pattern);
            expect(pattern.test('- ')).toBe(false);
            expect(pattern.test('• ')).toBe(false);
        }
        expect(rules.some((r) => new RegExp(r.beforeText.pattern).test('- Punkt'))).toBe(true);
    });
});
