import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  safePlanHints
} from "./cli-chunk-NV3BYCKC.js";
import "./cli-chunk-2PZSMS4D.js";
import "./cli-chunk-PHJPIKM6.js";
import {
  defaultRules
} from "./cli-chunk-TWJFOVUD.js";
import "./cli-chunk-D5SCBKB6.js";
import "./cli-chunk-E3GLBBJH.js";
import "./cli-chunk-KOW2IED4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/plan-hint.ts
function safePlanText(repository, options, evaluation, rules = defaultRules, evaluated) {
  if (evaluation.verdict !== "fail") return "";
  const hints = safePlanHints(repository.files, evaluation, {
    rules,
    refused: repository.refused,
    ...repository.configPath !== void 0 ? { configPath: repository.configPath } : {},
    ...repository.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {},
    ...options.includeDrafts ? { includeDrafts: true } : {}
  }, evaluated);
  return hints.length === 0 ? "" : "\n" + hints.map((h) => h.text).join("\n") + "\n";
}
export {
  safePlanText
};
