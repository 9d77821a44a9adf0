import { batches, writeOutputFile } from './output.ts';

/** Everything the CLI touches outside itself, passed in so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  /** Writes a report chunk by chunk, waiting while stdout is busy so memory stays bounded (default: stdout per chunk). */
  stdoutChunks?: (chunks: Iterable<string>) => Promise<void>;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Width of the terminal stdout writes to, when it is one (text output wraps to it). */
  columns?: number;
  /** Whether stderr is a terminal (progress display for long runs). */
  stderrIsTTY?: boolean;
  /** Wall clock, read once by the shell for the default --as-of; never by rules. */
  now: () => number;
}

/** Waits until a stream can take more, or has failed or closed (the failure itself is handled by its error listener). */
function drainedOrFailed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'error', 'close']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'error', 'close']) stream.once(event, done);
  });
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutChunks: async (chunks) => {
      for (const batch of batches(chunks)) {
        // A stdout that failed (EPIPE, ENOSPC) is reported by the CLI's entry point; stop writing to it.
        if (process.stdout.errored || process.stdout.destroyed) return;
        if (!process.stdout.write(batch)) await drainedOrFailed(process.stdout);
      }
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => Date.now(),
  };
}

/**
 * Writes a report (a string or its chunks) to `output` (relative to the working directory) or to stdout;
 * false when the file could not be written (said on stderr).
 */
export async function writeReport(io: CliIo, report: string | Iterable<string>, output: string | undefined): Promise<boolean> {
  if (output !== undefined) return writeOutputFile(output, report, io);
  const chunks = typeof report === 'string' ? [report] : report;
  if (io.stdoutChunks) await io.stdoutChunks(chunks);
  else for (const chunk of chunks) io.stdout(chunk);
  return true;
}
