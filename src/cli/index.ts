// Entry point of the bundled CLI (dist/cli.js).
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';
import { processIo } from './io.ts';
import { main } from './main.ts';

usePrecompiledValidators(precompiled);

// Standard output that cannot be written is reported, never a stack trace. `changegate check | head`
// closing the pipe early is the reader's choice: the verdict's exit code stands. Any other failure (a
// full disk, ENOSPC) means the report was not delivered: exit 2, whatever the verdict, since a pass
// nobody could read is not a pass.
let outputFailed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  process.stderr.write(`changegate: cannot write to standard output (${err.code ?? err.message}); the report is incomplete and the verdict is not reported. Write it to a file with -o.\n`);
});

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (err: unknown) => {
    process.stderr.write(`changegate: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
