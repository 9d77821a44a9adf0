import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/core/code-file.ts
var entry;
function setEntryCodeFile(file) {
  entry = file;
}
function entryCodeFile() {
  return entry;
}

export {
  setEntryCodeFile,
  entryCodeFile
};
