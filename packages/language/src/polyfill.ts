// Must be the first import of the language module: see ../polyfill.mjs.
import '../polyfill.mjs';
