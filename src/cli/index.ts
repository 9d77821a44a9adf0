// Entry point of the bundled CLI (dist/cli.js).
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';
import { processIo } from './io.ts';
import { main } from './main.ts';

usePrecompiledValidators(precompiled);

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`changegate: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
