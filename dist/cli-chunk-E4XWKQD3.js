import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  planChange
} from "./cli-chunk-WS37NGRC.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";

// src/planner/hint.ts
var PLANNABLE_RULES = /* @__PURE__ */ new Set([
  "redundancy-group-concurrency",
  "canary-and-soak",
  "surviving-capacity",
  "emergency-route-diversity",
  "maintenance-window",
  "post-step-verification",
  "stakeholder-notification",
  "risk-classification",
  "approvals",
  "drain-before-isolate",
  "change-collision"
]);
var WORK_BUDGET = 4e3;
var MAX_EVALUATIONS = 60;
var MAX_CHANGES = 3;
var HORIZON_DAYS = 30;
function safePlanHints(files, evaluation, options, reviser, evaluated) {
  if (evaluation.verdict !== "fail" || evaluation.asOf === void 0 || !evaluation.network) return [];
  const blockingRules = /* @__PURE__ */ new Map();
  for (const f of evaluation.findings) {
    if (f.severity !== "error" || f.changeId === void 0) continue;
    const set = blockingRules.get(f.changeId) ?? /* @__PURE__ */ new Set();
    set.add(f.ruleId);
    blockingRules.set(f.changeId, set);
  }
  const candidates = evaluation.changes.filter((c) => c.status === "fail" && [...blockingRules.get(c.id) ?? []].every((r) => PLANNABLE_RULES.has(r))).slice(0, MAX_CHANGES);
  const perChange = Math.min(MAX_EVALUATIONS, Math.floor(WORK_BUDGET / Math.max(1, evaluation.counts.steps) / Math.max(1, candidates.length)));
  if (perChange < 3) return [];
  const zone = evaluation.network.policy.timeZone;
  const hints = [];
  for (const c of candidates) {
    const outcome = planChange(files, { changeId: c.id, from: evaluation.asOf, horizonDays: HORIZON_DAYS, evaluation: options, maxEvaluations: perChange, reviser, ...evaluated ? { evaluated } : {} });
    if (outcome.status !== "planned") continue;
    hints.push({
      changeId: c.id,
      nights: outcome.nights,
      firstStart: outcome.firstStart,
      firstStartText: formatInstant(outcome.firstStart, zone),
      text: `${c.id}: a safe plan exists: ${outcome.nights} night${outcome.nights === 1 ? "" : "s"}, first step ${formatInstant(outcome.firstStart, zone)}; run \`changegate plan ${c.id}\``
    });
  }
  return hints;
}
function markdownSafePlans(hints) {
  return hints.map((h) => ({ changeId: h.changeId, nights: h.nights, firstStart: h.firstStartText }));
}

export {
  safePlanHints,
  markdownSafePlans
};
