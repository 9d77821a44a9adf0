// Derives a change request's risk class from what its plan touches (src/analysis/risk.ts) and reports a
// declaration below it.
import { RISK_DEFAULTS, deriveRisk, riskRank } from '../src/analysis/risk.ts';
import { defineRule } from '../src/rule-api/rule.ts';

export default defineRule({
  id: 'risk-classification',
  title: 'Declared risk is not below the risk the plan derives',
  summary: 'Derives the risk class from what a change touches (emergency path, sites, unproven software, capacity margin) and refuses a lower declared class.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'Before the 2 June 2021 outage of the French emergency numbers, a "routine" reconnection procedure was applied to the call servers of all six interconnect sites at once; public post-incident reviews of other outages describe changes rated low risk because earlier phases had gone fine. A label does not lower scrutiny: the gate derives the class from what the plan touches, shows it for every change, and refuses a declaration below it, because the class decides how many independent approvals the change needs.',
  optionsSchema: {
    type: 'object',
    properties: {
      broadChangeSites: {
        type: 'integer',
        minimum: 1,
        description: 'A change touching at least this many distinct sites over all its steps is at least high risk.',
      },
      commonModeStepSites: {
        type: 'integer',
        minimum: 2,
        description:
          'A single step touching at least this many sites at once is critical (so is a step touching every site of a redundancy group); a step on 2 sites or more is at least high.',
      },
      minCapacityMargin: {
        type: 'number',
        minimum: 0,
        maximum: 10,
        description:
          'Smallest acceptable N-1 capacity margin (fraction of forecast traffic) while the change acts: below it the change is at least high; below 0 (capacity short of the forecast) it is critical.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { ...RISK_DEFAULTS },
  messages: {
    declaredBelowDerived:
      '{{changeId}} is declared {{declared}} risk, but what it touches makes it {{derived}}: {{reasonText}}. A low-risk label does not lower scrutiny: declare it {{derived}} (and obtain the approvals that class needs), or change the plan so it touches less at once.',
  },
  waivable: true,
  check(context) {
    for (const change of context.network.changes) {
      if (!context.wants(change.id)) continue;
      const derived = deriveRisk(context.network, context.timeline, change, context.options);
      if (riskRank(change.declaredRisk) >= riskRank(derived.class)) continue;
      const f = derived.factors;
      context.report({
        messageId: 'declaredBelowDerived',
        at: { file: change.file, pointer: '/declaredRisk' },
        changeId: change.id,
        data: {
          changeId: change.id,
          declared: change.declaredRisk,
          derived: derived.class,
          reasons: derived.reasons,
          reasonText: derived.reasons.join('; '),
          emergencyNumbers: f.emergencyNumbers,
          sites: f.sites,
          siteCount: f.sites.length,
          maxStepSites: f.widestStep?.sites.length ?? 0,
          unprovenSignatures: [...new Set(f.unproven.map((u) => u.signature))],
          minCapacityMargin: f.minCapacityMargin === undefined ? null : Math.round(f.minCapacityMargin * 1000) / 1000,
        },
      });
    }
  },
});
