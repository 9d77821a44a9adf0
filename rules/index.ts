// The default policy pack: every rule changegate runs, in the order their findings are listed by
// `changegate rules`. The shells (CLI, hook, Action, GitLab) hand it to evaluate(); the engine has none. Default severities and options live in each rule's own file; a config repo
// overrides them in its policy's `rules:` section (see docs/rules/README.md).
import type { AnyRule } from '../src/rule-api/rule.ts';
import { INPUT_RULES } from './input-rules.ts';
// -- invariant rules (issue: invariants over the rollout timeline) --
import canaryAndSoak from './canary-and-soak.ts';
import redundancyGroupConcurrency from './redundancy-group-concurrency.ts';
import survivingCapacity from './surviving-capacity.ts';
import capacityEndState from './capacity-end-state.ts';
import emergencyRouteDiversity from './emergency-route-diversity.ts';
import changeCollision from './change-collision.ts';
// -- process rules (issue: change-process rules) --
import maintenanceWindow from './maintenance-window.ts';
import rollbackPlan from './rollback-plan.ts';
import postStepVerification from './post-step-verification.ts';
import stakeholderNotification from './stakeholder-notification.ts';
import drainBeforeIsolate from './drain-before-isolate.ts';
import riskClassification from './risk-classification.ts';
import approvals from './approvals.ts';
import softwareQualification from './software-qualification.ts';
import planConsistency from './plan-consistency.ts';
// -- comparison rules (judged against the base: src/git/) --
import policyLoosening from './policy-loosening.ts';
import executionRecord from './execution-record.ts';

export const defaultRules: readonly AnyRule[] = [
  ...INPUT_RULES,
  // -- invariant rules list --
  redundancyGroupConcurrency,
  canaryAndSoak,
  survivingCapacity,
  emergencyRouteDiversity,
  changeCollision,
  capacityEndState,
  // -- process rules list --
  maintenanceWindow,
  rollbackPlan,
  postStepVerification,
  stakeholderNotification,
  drainBeforeIsolate,
  riskClassification,
  approvals,
  softwareQualification,
  planConsistency,
  // -- comparison rules list --
  policyLoosening,
  executionRecord,
];

/** The default pack under the name the build scripts and tests use. */
export const ALL_RULES = defaultRules;
