import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  safePlanHints
} from "./cli-chunk-E33IPO4O.js";
import "./cli-chunk-PCZ7QKH7.js";
import {
  defaultRules
} from "./cli-chunk-LAOT2NU6.js";
import "./cli-chunk-J4JL6Y7N.js";
import "./cli-chunk-3M2DIUHO.js";
import "./cli-chunk-CEPZARV4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-IBYMT23H.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-KT6KJQ5E.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/plan-hint.ts
function safePlanText(repository, options, evaluation, rules = defaultRules) {
  if (evaluation.verdict !== "fail") return "";
  const hints = safePlanHints(repository.files, evaluation, {
    rules,
    refused: repository.refused,
    ...repository.configPath !== void 0 ? { configPath: repository.configPath } : {},
    ...repository.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {},
    ...options.includeDrafts ? { includeDrafts: true } : {}
  });
  return hints.length === 0 ? "" : "\n" + hints.map((h) => h.text).join("\n") + "\n";
}
export {
  safePlanText
};
