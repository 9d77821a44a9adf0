// Risk class of a change request as the board sees it: declared by the owner, derived by the gate from
// what the plan touches (deriveRisk, the same function the risk-classification and approvals rules use),
// and the rule's own findings about the difference.
import type { Evaluation } from '../engine/evaluate.ts';
import type { ChangeRequest, Network, RiskClass } from '../model/types.ts';
import type { Timeline } from '../timeline/types.ts';
import { deriveRisk, riskRank } from '../analysis/risk.ts';
import { riskSettings } from '../analysis/settings.ts';

export interface RiskSummary {
  declared: RiskClass;
  /** The class the gate derives from the plan; undefined only if the derivation failed. */
  derived: RiskClass | undefined;
  /** True when the derived class is above the declared one: the label understates the change. */
  understated: boolean;
  /** Why the derived class is what it is, strongest first. */
  reasons: string[];
  /** Messages of risk-classification findings in force about this change. */
  findings: string[];
  /** Set when the class could not be derived (the report says so rather than guessing). */
  note: string | undefined;
}

export function describeRisk(evaluation: Evaluation, network: Network, timeline: Timeline, change: ChangeRequest): RiskSummary {
  const findings = evaluation.findings.filter((f) => f.ruleId === 'risk-classification' && f.changeId === change.id).map((f) => f.message);
  try {
    // The thresholds risk-classification ran with in this evaluation, validated by the engine.
    const options = riskSettings(evaluation.settings.find((e) => e.rule.id === 'risk-classification')?.options);
    const derived = deriveRisk(network, timeline, change, options);
    return {
      declared: change.declaredRisk,
      derived: derived.class,
      understated: riskRank(derived.class) > riskRank(change.declaredRisk),
      reasons: derived.reasons,
      findings,
      note: undefined,
    };
  } catch (err) {
    // Fail visibly: the board sees that the class is the owner's label only, and why.
    return {
      declared: change.declaredRisk,
      derived: undefined,
      understated: false,
      reasons: [],
      findings,
      note: `The risk class of ${change.id} could not be derived (${err instanceof Error ? err.message : String(err)}); only the declared class is shown.`,
    };
  }
}
