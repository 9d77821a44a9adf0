// Change request and waiver texts for the git tests, on top of the six-site test network (test/support/builders.ts).
import { ALL_RULES } from '../../rules/index.ts';
import { block, changeRequest, night, step } from '../support/builders.ts';

export interface RestartPlan {
  id: string;
  servers: string[];
  /** Local times on 8 December 2026 (Europe/Paris, +01:00). */
  start: string;
  end: string;
  /** Extra text inserted in the step (e.g. an unknown key to make the file invalid). */
  extraStepLines?: string;
  /** Lines put before `kind:` (comments), to move every line of the file. */
  header?: string;
}

/** A one-step restart of some call servers, at night. */
export function restartPlan(p: RestartPlan): string {
  const restart = step({
    id: 's1',
    action: 'restart',
    targets: block({ callServers: p.servers }),
    window: block(night(8, p.start, p.end)),
    rollback: block({ procedure: 'Restart again from the previous configuration backup', minutes: 20 }),
  });
  return changeRequest(p.id, restart + (p.extraStepLines ?? ''), {
    preamble: p.header,
    title: `Restart of ${p.servers.join(' and ')}`,
    purpose: 'Restart the call servers to clear a stuck licence counter reported by the vendor.',
    state: 'proposed',
  });
}

/** A waivable rule that is registered (any will do for an expired waiver). */
export function waivableRuleId(): string {
  const rule = ALL_RULES.find((r) => r.waivable && r.category !== 'input');
  if (!rule) throw new Error('no waivable rule is registered');
  return rule.id;
}

/** A waiver that expired before the evaluation: a warning (waiver-validity/expired) that nothing else touches. */
export function expiredWaiver(id: string, change: string, header = ''): string {
  return `${header}kind: Waiver
id: ${id}
rule: ${waivableRuleId()}
change: ${change}
justification: Vendor hot-fix window agreed with the NOC for the previous campaign.
approvedBy: a.martin
ticket: CAB-2026-0001
expires: 2026-01-15T00:00:00+01:00
`;
}

export function hasRule(id: string): boolean {
  return ALL_RULES.some((r) => r.id === id);
}
