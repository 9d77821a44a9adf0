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
    '.'
  );
}
