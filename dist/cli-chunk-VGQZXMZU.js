import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/report/rank.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var IMPACT_TIERS = [
  ["internal-error", "yaml-syntax", "schema-valid", "reference-integrity", "gate-config"],
  ["emergency-route-diversity"],
  ["surviving-capacity", "redundancy-group-concurrency", "capacity-end-state", "change-collision"],
  ["canary-and-soak", "software-qualification", "maintenance-window", "drain-before-isolate"],
  ["rollback-plan", "post-step-verification", "risk-classification"],
  ["approvals", "stakeholder-notification", "plan-consistency"]
];
var TIER_OF = new Map(IMPACT_TIERS.flatMap((ids, tier) => ids.map((id) => [id, tier])));
var LAST_TIER = IMPACT_TIERS.length;
function impactTier(ruleId) {
  return TIER_OF.get(ruleId) ?? LAST_TIER;
}
function magnitude(f) {
  const d = f.data;
  if (typeof d.routesRemaining === "number") return d.routesRemaining;
  let score = 0;
  if (d.scope === "emergency" || d.emergency === true) score -= 1e12;
  if (typeof d.marginSessions === "number") score += d.marginSessions;
  return score;
}
function compareByImpact(a, b) {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || impactTier(a.ruleId) - impactTier(b.ruleId) || magnitude(a) - magnitude(b);
}
function rankFindings(findings) {
  return findings.map((f, i) => ({ f, i })).sort((x, y) => compareByImpact(x.f, y.f) || x.i - y.i).map(({ f }) => f);
}

export {
  impactTier,
  rankFindings
};
