import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cli/output.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
function* batches(chunks) {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65536) {
      yield pending;
      pending = "";
    }
  }
  if (pending.length > 0) yield pending;
}
function writeOutputFile(output, report, io, options = {}) {
  const target = resolve(io.cwd, output);
  try {
    if (options.createFolder) mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, "w");
    try {
      for (const batch of batches(typeof report === "string" ? [report] : report)) writeSync(fd, batch);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? `the folder ${dirname(output)} does not exist; create it first` : code === "ENOTDIR" || code === "EEXIST" ? `${dirname(output)} is not a folder` : code === "EISDIR" ? "it is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : err.message;
    io.stderr(`changegate: cannot write the report to ${output}: ${why}. Nothing was written; the verdict is not reported.
`);
    return false;
  }
}

export {
  batches,
  writeOutputFile
};
