import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
function exitCodeFor(verdict) {
  if (verdict === "pass" || verdict === "warn") return 0 /* Pass */;
  return verdict === "fail" ? 1 /* Fail */ : 2 /* Error */;
}

export {
  exitCodeFor
};
