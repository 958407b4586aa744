/**
 * The parts of Monaco the page uses: the editor core and the features an LSP client needs
 * (completion, hover, quick fixes, outline, formatting, navigation, rename), plus find, folding,
 * comments and the keyboard help. Each feature is its own module (monaco-editor 0.56+), so the
 * bundle leaves out the diff editor, the language definitions and the TypeScript/CSS/HTML services.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/inlayHints/register';
import 'monaco-editor/features/inlineProgress/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/links/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/quickOutline/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/referenceSearch/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
// Parts the feature modules leave to the full bundle (monaco-editor/editor/editor.main): cursor
// commands, the completion widget, go-to commands, find, problem navigation, paste, texts, icons.
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations';
import 'monaco-editor/editor/contrib/dropOrPasteInto/browser/copyPasteContribution';
import 'monaco-editor/editor/common/standaloneStrings';
import 'monaco-editor-css/base/browser/ui/codicons/codicon/codicon-modifiers.css';
import { editorWorker } from 'referat-web:workers';

// Monaco's own worker (text model diffs and links), started from the embedded code.
let editorWorkerUrl: string | undefined;
(globalThis as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => {
        editorWorkerUrl ??= URL.createObjectURL(new Blob([editorWorker], { type: 'text/javascript' }));
        return new Worker(editorWorkerUrl, { name: 'monaco-editor' });
    },
};

export { monaco };
