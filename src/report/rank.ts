// Orders findings for people under pressure: blocking first, and within a severity by what the finding
// means on the network (an emergency number losing its routes before a missing notification), so the
// first lines of any output are the ones to act on. Formatters that list findings for people share it.
import type { Finding } from '../core/finding.ts';
import type { Severity } from '../model/types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Impact tiers, most severe first. The input rules come first: while they fire, the gate could not read
 * what it judged. Then emergency calls, then capacity and redundancy, then how the change is run, then
 * paperwork. A rule not listed ranks with the paperwork.
 */
const IMPACT_TIERS: readonly (readonly string[])[] = [
  ['internal-error', 'yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config'],
  ['emergency-route-diversity'],
  ['surviving-capacity', 'redundancy-group-concurrency', 'capacity-end-state', 'change-collision'],
  ['canary-and-soak', 'software-qualification', 'maintenance-window', 'drain-before-isolate'],
  ['rollback-plan', 'post-step-verification', 'risk-classification'],
  ['approvals', 'stakeholder-notification', 'plan-consistency'],
];

const TIER_OF = new Map(IMPACT_TIERS.flatMap((ids, tier) => ids.map((id) => [id, tier] as const)));
const LAST_TIER = IMPACT_TIERS.length;

/** The impact tier of a rule: 0 (the gate could not read) to the paperwork tier. */
export function impactTier(ruleId: string): number {
  return TIER_OF.get(ruleId) ?? LAST_TIER;
}

/**
 * Within a rule, the worse instance first: fewer emergency routes left, a larger capacity shortfall,
 * emergency scope before all calls. Findings without such figures keep their order.
 */
function magnitude(f: Finding): number {
  const d = f.data;
  if (typeof d.routesRemaining === 'number') return d.routesRemaining;
  let score = 0;
  if (d.scope === 'emergency' || d.emergency === true) score -= 1e12;
  if (typeof d.marginSessions === 'number') score += d.marginSessions;
  return score;
}

/** Compares two findings by severity, then impact; 0 when they rank the same. */
export function compareByImpact(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || impactTier(a.ruleId) - impactTier(b.ruleId) || magnitude(a) - magnitude(b);
}

/** The findings ranked by severity and impact; equal ranks keep the evaluation's deterministic order. */
export function rankFindings<T extends Finding>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareByImpact(x.f, y.f) || x.i - y.i)
    .map(({ f }) => f);
}
