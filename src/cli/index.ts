// Entry point of the bundled CLI (dist/cli.js).
import { fileURLToPath } from 'node:url';
import { setEntryCodeFile } from '../core/code-file.ts';
import { VERSION } from '../core/version.ts';
import { ExitCode } from './exit-codes.ts';
import { processIo } from './io.ts';
import { asksForVersionOnly, commandModulesFor } from './command-modules.ts';

/** Starts loading a command's module; main loads it again and reports a failure itself, as before. */
function prefetch(module: { load: () => Promise<unknown> }): Promise<unknown> {
  return module.load().catch(() => undefined);
}

/**
 * Names this file as the identity of the code running (see setEntryCodeFile), then runs the command
 * with the validators generated at build time installed. The argument parser, the validators and the
 * command's module are chunks of their own, loaded together rather than one after the other (main loads
 * the same modules again and finds them loaded). A bare `--version` is answered here, exactly as the
 * parser would print it, without loading any of them.
 */
async function run(argv: readonly string[]): Promise<number> {
  setEntryCodeFile(fileURLToPath(import.meta.url));
  const io = processIo();
  if (asksForVersionOnly(argv)) {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Pass;
  }
  const [{ main }, { installPrecompiledValidators }] = await Promise.all([import('./main.ts'), import('./precompiled-validators.ts'), ...commandModulesFor(argv).map(prefetch)]);
  installPrecompiledValidators();
  return main(argv, io);
}

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

/**
 * Ends the process once everything written to stdout and stderr is out (handed to the system, or failed).
 * A failed write is emitted as an error on the next tick, so by the next turn the listener above has set
 * exit code 2 and said why on stderr, which is flushed once more before the exit. The run is over by
 * then; a natural exit would wait until the event loop runs dry, which after a text check with its
 * safe-plan hint means waiting for the VM to finish a garbage collection of a heap about to be freed.
 */
function exitOnceWritten(): void {
  let pending = 2;
  const written = () => {
    pending--;
    if (pending === 0) setImmediate(() => process.stderr.write('', () => process.exit()));
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
    exitOnceWritten();
  },
  (err: unknown) => {
    process.stderr.write(`changegate: internal error: ${String(err)}\n`);
    process.exitCode = 2;
    exitOnceWritten();
  },
);
