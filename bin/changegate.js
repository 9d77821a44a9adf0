#!/usr/bin/env node
// The bundled CLI (dist/cli.js and the chunks beside it that it loads per command, committed and kept
// exact by `npm run check-dist`); rebuild it with `npm run build` after changing the sources.
import '../dist/cli.js';
