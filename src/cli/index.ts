// Entry point of the bundled CLI (dist/cli.js).
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';
import { processIo } from './io.ts';
import { main } from './main.ts';

usePrecompiledValidators(precompiled);

// `changegate check | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw err;
});

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`changegate: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
