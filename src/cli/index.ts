// Entry point of the bundled CLI (dist/cli.js).
import { processIo } from './io.ts';
import { main } from './main.ts';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`changegate: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
