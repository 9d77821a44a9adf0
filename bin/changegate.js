#!/usr/bin/env node
// The bundled CLI; build it with `npm run build` (npm ci runs it through the prepare script).
import '../dist/cli.js';
