// Loosening the rules is itself a change: a pull request that weakens the gate (a threshold, a window, a
// freeze, a qualification, a waiver, the approvers) is reported once per loosening and blocks until a
// verified approver holding the CAB role approves it. Its findings come from the comparison with the base
// (src/git/loosening.ts), not from one evaluation, so the rule has no `check`; its severity is fixed,
// because the files it guards cannot configure it.
import { EMPTY_OPTIONS_SCHEMA, defineRule } from '../src/rule-api/rule.ts';

export default defineRule({
  id: 'policy-loosening',
  title: 'Loosening the gate is a change that needs a verified CAB approval',
  summary:
    'With a base (check --base, the GitHub Action), every change that weakens the gate (a raised threshold, a lowered severity, a wider window, a removed freeze, a newly qualified version, a removed known-bad entry, a new waiver, changed approvers or gate scope) is reported on its line with the change requests whose verdict it flips; it blocks unless a verified approver with the cab role approved the pull request.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'A safety gate is worth what its rules are worth. A pull request that plans a dangerous change and, in the same diff, raises maxAtRisk, widens a maintenance window, qualifies a version or adds a waiver passes a gate that judges the head alone: the plan meets the rules it just rewrote. Editing the rules of the safety system deserves the scrutiny of the riskiest change it would admit, so each loosening is judged against the base branch, shows which change requests it lets through (the head judged with the base policy, catalog and waivers, then with its own), and needs the verified approval of someone holding the CAB role who did not author it.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    loosened:
      '{{what}}. This pull request loosens the gate: a change to the safety system that needs a verified approval from someone holding the {{role}} role ({{roleHolders}}) who did not author it; {{verifiedNote}}. {{flipNote}}',
    approvedLoosening: '{{what}}. This loosening of the gate is approved by {{approvedBy}} ({{role}}, verified). {{flipNote}}',
  },
  waivable: false,
});
