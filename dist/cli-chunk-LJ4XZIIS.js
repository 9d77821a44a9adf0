import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  batches,
  writeOutputFile
} from "./cli-chunk-ZKSQ5UZ5.js";

// src/cli/io.ts
function drainedOrFailed(stream) {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "error", "close"]) stream.off(event, done);
      resolve();
    };
    for (const event of ["drain", "error", "close"]) stream.once(event, done);
  });
}
function processIo() {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutChunks: async (chunks) => {
      for (const batch of batches(chunks)) {
        if (process.stdout.errored || process.stdout.destroyed) return;
        if (!process.stdout.write(batch)) await drainedOrFailed(process.stdout);
      }
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    ...process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {},
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => Date.now()
  };
}
async function writeReport(io, report, output) {
  if (output !== void 0) return writeOutputFile(output, report, io);
  const chunks = typeof report === "string" ? [report] : report;
  if (io.stdoutChunks) await io.stdoutChunks(chunks);
  else for (const chunk of chunks) io.stdout(chunk);
  return true;
}

export {
  processIo,
  writeReport
};
