import type { ApprovalCounts } from '../approvals/verify.ts';
import type { Evaluation } from '../engine/evaluate.ts';

/** ISO instant with offset in UTC, or "now" wording when unknown. */
export function isoInstant(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** The attestation every verdict carries: what was evaluated, as of when. */
export function describeEvaluated(evaluation: Evaluation): string {
  const c = evaluation.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `Evaluated ${plural(c.files, 'file')}, ${plural(c.changeRequests, 'change request')} (${c.changeRequestsConsidered} in the plan), ` +
    `${plural(c.steps, 'step')}, ${plural(c.intervals, 'interval')}, ${plural(c.rules, 'rule')}` +
    (evaluation.asOf !== undefined ? ` as of ${isoInstant(evaluation.asOf)}` : '') +
    '.' +
    (evaluation.approvals ? ` ${describeApprovals(evaluation.approvals)}` : '')
  );
}

const SOURCE_NAMES: Record<string, string> = {
  'signed-commits': 'signed commits',
  'pull-request-reviews': 'pull-request reviews',
  'merge-request-approvals': 'merge-request approvals',
  declared: 'declared',
  none: 'no approval source in the policy',
};

/** How the approvals were verified: part of the attestation of every verdict, the PR comment and the CAB page. */
export function describeApprovals(approvals: ApprovalCounts): string {
  if (approvals.source === 'declared') {
    return `Approvals declared, not verified: ${approvals.declared} approval(s) counted as written, because the policy sets approvalSource: declared.`;
  }
  return `Approvals: ${approvals.verified} verified, ${approvals.unverified} not verified (source: ${SOURCE_NAMES[approvals.source] ?? approvals.source}).`;
}
