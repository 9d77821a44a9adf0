import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';

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
  /** Whether stderr is a terminal (progress display for long runs). */
  stderrIsTTY?: boolean;
  /** Wall clock, read once by the shell for the default --as-of; never by rules. */
  now: () => number;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutChunks: async (chunks) => {
      for (const batch of batches(chunks)) if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => Date.now(),
  };
}

/** Chunks joined into pieces of about 64 KiB: one write per finding would cost a system call each. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65_536) {
      yield pending;
      pending = '';
    }
  }
  if (pending.length > 0) yield pending;
}

/** Writes a report (a string or its chunks) to `output` (relative to the working directory) or to stdout. */
export async function writeReport(io: CliIo, report: string | Iterable<string>, output: string | undefined): Promise<void> {
  const chunks = typeof report === 'string' ? [report] : report;
  if (output === undefined) {
    if (io.stdoutChunks) await io.stdoutChunks(chunks);
    else for (const chunk of chunks) io.stdout(chunk);
    return;
  }
  const fd = openSync(resolve(io.cwd, output), 'w');
  try {
    for (const batch of batches(chunks)) writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}
