// Monaco's editor worker (diffs and links of the text model); bundled and embedded by ../build.mjs.
import 'monaco-editor/editor/editor.worker';
