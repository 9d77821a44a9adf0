import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  parseAsOf
} from "./cli-chunk-CZ4W4BIZ.js";
import {
  gitApprovalEvidence
} from "./cli-chunk-CVINXUCZ.js";
import {
  readFolder
} from "./cli-chunk-VQWI57H3.js";
import {
  ALL_RULES
} from "./cli-chunk-TM2NS74O.js";
import {
  evaluate
} from "./cli-chunk-R64I6EY7.js";

// src/api/evaluate.ts
import { resolve } from "node:path";
var defaultRules = ALL_RULES;
async function loadRepository(dir, options = {}) {
  const root = resolve(dir);
  const snapshot = readFolder(root, options.config !== void 0 ? { configPath: options.config } : {});
  const approvalEvidence = await gitApprovalEvidence(root, snapshot.files, { kind: "worktree" }, options.env ?? process.env);
  return {
    root,
    files: snapshot.files,
    refused: snapshot.refused,
    ...options.config !== void 0 ? { configPath: options.config } : {},
    ...approvalEvidence ? { approvalEvidence } : {}
  };
}
function evaluate2(input, options = {}) {
  return evaluateWithCache(input, options, void 0);
}
function evaluateWithCache(input, options, documentCache) {
  const repository = isRepository(input) ? input : void 0;
  const files = repository ? repository.files : input;
  const asOf = instantOf(options.asOf);
  const configPath = options.configPath ?? repository?.configPath;
  return evaluate(files, {
    rules: options.rules ?? defaultRules,
    ...asOf !== void 0 ? { asOf } : {},
    ...options.includeDrafts ? { includeDrafts: true } : {},
    ...configPath !== void 0 ? { configPath } : {},
    ...repository ? { refused: repository.refused } : {},
    ...repository?.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...documentCache ? { documentCache } : {},
    ...options.focusChange !== void 0 ? { focusChange: options.focusChange } : {}
  });
}
function isRepository(input) {
  return !Array.isArray(input) && typeof input.root === "string";
}
function instantOf(asOf) {
  if (asOf === void 0) return void 0;
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new TypeError("asOf is an invalid Date");
    return asOf.getTime();
  }
  if (typeof asOf === "number") {
    if (!Number.isFinite(asOf)) throw new TypeError(`asOf must be epoch milliseconds, not ${asOf}`);
    return asOf;
  }
  const parsed = parseAsOf(asOf, () => Number.NaN);
  if (typeof parsed !== "number" || Number.isNaN(parsed)) throw new TypeError(typeof parsed === "number" ? 'asOf "now" is not accepted here: pass Date.now() if you mean it' : parsed.error.replace("--as-of", "asOf"));
  return parsed;
}

export {
  loadRepository,
  evaluate2 as evaluate,
  evaluateWithCache
};
