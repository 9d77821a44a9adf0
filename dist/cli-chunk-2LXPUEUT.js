import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/report/summary.ts
function isoInstant(ms) {
  return ms === void 0 ? null : new Date(ms).toISOString();
}
function describeEvaluated(evaluation) {
  const c = evaluation.counts;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `Evaluated ${plural(c.files, "file")}, ${plural(c.changeRequests, "change request")} (${c.changeRequestsConsidered} in the plan), ${plural(c.steps, "step")}, ${plural(c.intervals, "interval")}, ${plural(c.rules, "rule")}` + (evaluation.asOf !== void 0 ? ` as of ${isoInstant(evaluation.asOf)}` : "") + "." + (evaluation.approvals ? ` ${describeApprovals(evaluation.approvals)}` : "");
}
var SOURCE_NAMES = {
  "signed-commits": "signed commits",
  "pull-request-reviews": "pull-request reviews",
  "merge-request-approvals": "merge-request approvals",
  declared: "declared",
  none: "no approval source in the policy"
};
function describeApprovals(approvals) {
  if (approvals.source === "declared") {
    return `Approvals declared, not verified: ${approvals.declared} approval(s) counted as written, because the policy sets approvalSource: declared.`;
  }
  return `Approvals: ${approvals.verified} verified, ${approvals.unverified} not verified (source: ${SOURCE_NAMES[approvals.source] ?? approvals.source}).`;
}

export {
  isoInstant,
  describeEvaluated,
  describeApprovals
};
