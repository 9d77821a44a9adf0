// Writes a report to the file given with -o/--out. A report that cannot be written is an error the user
// can act on (exit 2, one line on stderr), never a stack trace, and never the verdict's exit code: a
// pass nobody can read is not a pass.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CliIo } from './io.ts';

/** Chunks joined into pieces of about 64 KiB: one write per finding would cost a system call each. */
export function* batches(chunks: Iterable<string>): Generator<string> {
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

/**
 * Writes a report (a string or its chunks, so a large report never has to be one string) to `output`
 * (relative to the working folder); false after saying why on stderr.
 */
export function writeOutputFile(output: string, report: string | Iterable<string>, io: CliIo, options: { createFolder?: boolean } = {}): boolean {
  const target = resolve(io.cwd, output);
  try {
    if (options.createFolder) mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    try {
      for (const batch of batches(typeof report === 'string' ? [report] : report)) writeSync(fd, batch);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `the folder ${dirname(output)} does not exist; create it first`
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? `${dirname(output)} is not a folder`
          : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'ENOSPC'
              ? 'no space left on the device'
              : (err as Error).message;
    io.stderr(`changegate: cannot write the report to ${output}: ${why}. Nothing was written; the verdict is not reported.\n`);
    return false;
  }
}
