// The hint under a failing verdict: for a change request that fails only on rules the planner can
// satisfy, whether `changegate plan` has a passing schedule, and how long it is. It never changes the
// verdict (it reads the evaluation, it does not make it), and it is bounded so it cannot slow `check`
// much: a deterministic budget of evaluations that shrinks as the repository grows, so the same
// repository always gets the same hint, whatever the machine.
import type { EvaluateOptions, Evaluation, RepoFile } from '../engine/evaluate.ts';
import { formatInstant } from '../core/time.ts';
import { planChange } from './plan.ts';
import type { PlanRequest } from './plan.ts';
import type { ReviserOf } from './revision.ts';

/** Rules whose findings a re-planned schedule can clear (what the change touches stays the same). */
export const PLANNABLE_RULES: ReadonlySet<string> = new Set([
  'redundancy-group-concurrency',
  'canary-and-soak',
  'surviving-capacity',
  'emergency-route-diversity',
  'maintenance-window',
  'post-step-verification',
  'stakeholder-notification',
  'risk-classification',
  'approvals',
  'drain-before-isolate',
  'change-collision',
]);

/** Evaluations x steps the hints may cost in all: about half a second of checking on the example. */
const WORK_BUDGET = 4000;
const MAX_EVALUATIONS = 60;
const MAX_CHANGES = 3;
const HORIZON_DAYS = 30;

export interface SafePlanHint {
  changeId: string;
  nights: number;
  firstStart: number;
  /** The first start as people read it, in the policy's time zone: "2026-12-01 00:00 (+01:00)". */
  firstStartText: string;
  /** The sentence to show, e.g. "CR-2026-0601: a safe plan exists: 3 nights, first step 2026-12-01 00:00 (+01:00); run `changegate plan CR-2026-0601`". */
  text: string;
}

/**
 * `reviser` writes the candidate plans into their files (see PlanRequest.reviser). `evaluated`: the
 * evaluation of exactly these files with these options (the check's own, unfiltered) and the document
 * cache it filled, for the searches to start from (see PlanRequest.evaluated).
 */
export function safePlanHints(
  files: readonly RepoFile[],
  evaluation: Evaluation,
  options: Omit<EvaluateOptions, 'asOf' | 'documentCache' | 'compiledRules' | 'builtModel' | 'onProgress'>,
  reviser: ReviserOf,
  evaluated?: PlanRequest['evaluated'],
): SafePlanHint[] {
  if (evaluation.verdict !== 'fail' || evaluation.asOf === undefined || !evaluation.network) return [];
  const blockingRules = new Map<string, Set<string>>();
  for (const f of evaluation.findings) {
    if (f.severity !== 'error' || f.changeId === undefined) continue;
    const set = blockingRules.get(f.changeId) ?? new Set<string>();
    set.add(f.ruleId);
    blockingRules.set(f.changeId, set);
  }
  const candidates = evaluation.changes.filter((c) => c.status === 'fail' && [...(blockingRules.get(c.id) ?? [])].every((r) => PLANNABLE_RULES.has(r))).slice(0, MAX_CHANGES);
  const perChange = Math.min(MAX_EVALUATIONS, Math.floor(WORK_BUDGET / Math.max(1, evaluation.counts.steps) / Math.max(1, candidates.length)));
  if (perChange < 3) return [];
  const zone = evaluation.network.policy.timeZone;
  const hints: SafePlanHint[] = [];
  for (const c of candidates) {
    const outcome = planChange(files, { changeId: c.id, from: evaluation.asOf, horizonDays: HORIZON_DAYS, evaluation: options, maxEvaluations: perChange, reviser, ...(evaluated ? { evaluated } : {}) });
    if (outcome.status !== 'planned') continue;
    hints.push({
      changeId: c.id,
      nights: outcome.nights,
      firstStart: outcome.firstStart,
      firstStartText: formatInstant(outcome.firstStart, zone),
      text: `${c.id}: a safe plan exists: ${outcome.nights} night${outcome.nights === 1 ? '' : 's'}, first step ${formatInstant(outcome.firstStart, zone)}; run \`changegate plan ${c.id}\``,
    });
  }
  return hints;
}

/** The hints as the Markdown comment shows them (src/report/markdown.ts). */
export function markdownSafePlans(hints: readonly SafePlanHint[]): { changeId: string; nights: number; firstStart: string }[] {
  return hints.map((h) => ({ changeId: h.changeId, nights: h.nights, firstStart: h.firstStartText }));
}
