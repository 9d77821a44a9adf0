// Findings that depend on an unresolved reference are withheld: when a step names an element the
// inventory does not have, the rules would judge the plan as if that element did not exist and make up
// findings (or miss real ones). The reference-integrity error already blocks the run; the findings
// computed around the hole are counted and named, never shown as if they were real.
import type { Network } from '../model/types.ts';
import type { Finding } from '../core/finding.ts';

export interface Withheld {
  changeId: string;
  /** Steps of the change that name an unknown element (ids, or "the change" when not in a step). */
  steps: string[];
  findings: number;
  rules: string[];
}

export function withholdUnresolved(active: Finding[], network: Network | undefined, inputRuleIds: ReadonlySet<string>): { kept: Finding[]; withheld: Withheld[] } {
  const holes = new Map<string, Set<string>>();
  for (const f of active) {
    if (f.ruleId !== 'reference-integrity' || f.changeId === undefined) continue;
    const index = /^\/steps\/(\d+)(\/|$)/.exec(f.path)?.[1];
    const change = network?.allChanges.find((c) => c.id === f.changeId);
    const step = index !== undefined ? change?.steps[Number(index)]?.id : undefined;
    const set = holes.get(f.changeId) ?? new Set<string>();
    set.add(step !== undefined ? `step ${step}` : 'the change');
    holes.set(f.changeId, set);
  }
  if (holes.size === 0) return { kept: active, withheld: [] };
  const withheldBy = new Map<string, Finding[]>();
  const kept = active.filter((f) => {
    if (f.changeId === undefined || !holes.has(f.changeId) || inputRuleIds.has(f.ruleId)) return true;
    withheldBy.set(f.changeId, [...(withheldBy.get(f.changeId) ?? []), f]);
    return false;
  });
  const withheld = [...withheldBy.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([changeId, findings]) => ({ changeId, steps: [...(holes.get(changeId) ?? [])].sort(), findings: findings.length, rules: [...new Set(findings.map((f) => f.ruleId))].sort() }));
  return { kept, withheld };
}

/** "3 findings of 2 rules (approvals, drain-before-isolate) about CR-2026-0412 withheld: step s1 names an unknown element, ..." */
export function withheldText(w: Withheld): string {
  return `${w.findings} finding${w.findings === 1 ? '' : 's'} of ${w.rules.length} rule${w.rules.length === 1 ? '' : 's'} (${w.rules.join(', ')}) about ${w.changeId} withheld: ${w.steps.join(', ')} ${w.steps.length === 1 ? 'names' : 'name'} an element the inventory does not have, so they would be computed as if it did not exist. Fix the reference and run again.`;
}
