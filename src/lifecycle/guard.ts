// The run-time guard: may this step of this change start at this instant? Called by automation (an
// Ansible playbook, a runbook) right before it starts a step. It is a go only when starting now matches
// the approved plan and the execution record: inside the approved window, the content still the one
// approved, every dependency recorded ok and verified, the canary soaked, no unjudged change running on
// the same redundancy group, not in a freeze, and every rule still holding with the record as it is.
import type { Evaluation } from '../engine/evaluate.ts';
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { concernsChange } from '../core/finding.ts';
import { didYouMean } from '../core/suggest.ts';
import type { ChangeRequest, Network, Step } from '../model/types.ts';
import { changeExecution, stepExecution } from '../timeline/execution.ts';
import { targetsOf } from '../timeline/targets.ts';
import { formatInstant } from '../core/time.ts';
import type { Timeline } from '../timeline/types.ts';
import { stepKey } from '../timeline/types.ts';

export type GuardStatus = 'go' | 'no-go' | 'error';

export interface GuardReason {
  /** Stable identifier of the check that refused, e.g. "window-not-open", or "finding" for a rule's finding. */
  check: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  ruleId?: string;
  messageId?: string;
}

export interface GuardDecision {
  status: GuardStatus;
  change: string;
  step: string;
  /** The instant judged (epoch ms) and as text in the policy's zone. */
  at: number;
  atText: string;
  /** Where the instant came from: "--at" or "clock". */
  atSource: 'option' | 'clock';
  reasons: GuardReason[];
}

const RUNNABLE_STATES = new Set(['approved', 'scheduled', 'in-progress']);

function fromFinding(f: Finding): GuardReason {
  return { check: 'finding', ruleId: f.ruleId, messageId: f.messageId, message: f.message, file: f.file, line: f.line, column: f.column };
}

/**
 * Judges starting `stepId` of `changeId` at the evaluation's as-of instant. The evaluation must have
 * been made as of that instant (the record is read as it stands then), whole or focused on `changeId`.
 */
export function guardStep(evaluation: Evaluation, changeId: string, stepId: string, atSource: GuardDecision['atSource']): GuardDecision {
  const at = evaluation.asOf ?? Number.NaN;
  const zone = evaluation.network?.policy.timeZone ?? 'UTC';
  const decision: GuardDecision = { status: 'go', change: changeId, step: stepId, at, atText: Number.isFinite(at) ? formatInstant(at, zone) : 'unknown', atSource, reasons: [] };
  const refuse = (check: string, message: string, where?: { file: string; line?: number; column?: number }) => {
    decision.reasons.push({ check, message, ...(where ?? {}) });
  };

  // Fail closed: a repository the gate cannot evaluate allows nothing.
  const inputErrors = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
  const { network, timeline } = evaluation;
  // An evaluation focused on another change request has dropped this one's findings.
  if (evaluation.focusChange !== undefined && evaluation.focusChange !== changeId) {
    decision.status = 'error';
    refuse('not-evaluated', `the evaluation judged only what concerns ${evaluation.focusChange}, not ${changeId}, so no step of ${changeId} may start on it`);
    return decision;
  }
  if (inputErrors.length > 0 || !network || !timeline || !Number.isFinite(at)) {
    decision.status = 'error';
    decision.reasons.push(...inputErrors.map(fromFinding));
    if (decision.reasons.length === 0) refuse('not-evaluated', 'the repository could not be evaluated, so no step may start');
    return decision;
  }
  const change = network.allChanges.find((c) => c.id === changeId);
  if (!change) {
    const suggestion = didYouMean(changeId, network.allChanges.map((c) => c.id));
    decision.status = 'error';
    refuse('unknown-change', `there is no change request ${changeId}` + (suggestion ? `; did you mean ${suggestion}?` : ''));
    return decision;
  }
  const step = change.steps.find((s) => s.id === stepId);
  if (!step) {
    const suggestion = didYouMean(stepId, change.steps.map((s) => s.id));
    decision.status = 'error';
    refuse('unknown-step', `${changeId} has no step ${stepId}` + (suggestion ? `; did you mean ${suggestion}?` : `; its steps are ${change.steps.map((s) => s.id).join(', ')}`), { file: change.file });
    return decision;
  }
  const fmt = (ms: number) => formatInstant(ms, zone);
  const stepAt = { file: change.file };

  if (!RUNNABLE_STATES.has(change.state)) {
    refuse('state', `${changeId} is ${change.state}; steps run only when it is approved, scheduled or in progress`, stepAt);
  }
  const own = stepExecution(step, change.record?.steps.get(step.id), at);
  if (own.status !== 'planned') {
    refuse('already-started', `step ${stepId} already started at ${fmt(own.start)} (recorded ${own.status}); a step runs once`, change.record ? { file: change.record.file } : stepAt);
  }
  checkWindow(step, at, fmt, refuse, stepAt);
  checkDependencies(change, step, at, fmt, refuse, stepAt);
  checkCanary(timeline, step, at, fmt, refuse, stepAt);
  checkOthersRunning(network, change, step, at, fmt, refuse);
  for (const freeze of network.policy.freezePeriods) {
    if (at >= freeze.start && at < freeze.end) refuse('freeze', `${fmt(at)} is inside freeze period ${freeze.id} (${freeze.reason}), ${fmt(freeze.start)} to ${fmt(freeze.end)}`, { file: freeze.at.file });
  }
  // Every rule with the record as it is: approvals of the current content, invariants, the record.
  // The guarded step's own start is judged above (its window), not as "a step in the past".
  for (const f of evaluation.findings) {
    if (f.severity !== 'error' || !concernsChange(f, changeId)) continue;
    if (f.ruleId === 'plan-consistency' && f.messageId === 'stepInPast' && f.stepId === stepId) continue;
    decision.reasons.push(fromFinding(f));
  }
  if (decision.reasons.length > 0) decision.status = 'no-go';
  return decision;
}

type Refuse = (check: string, message: string, where?: { file: string }) => void;

function checkWindow(step: Step, at: number, fmt: (ms: number) => string, refuse: Refuse, where: { file: string }): void {
  const { start, end } = step.window;
  if (at < start) {
    const minutes = Math.ceil((start - at) / 60_000);
    refuse('window-not-open', `step ${step.id} is approved for ${fmt(start)} to ${fmt(end)}; starting at ${fmt(at)} would bring it forward by ${minutes} minute(s). Wait for the window`, where);
  } else if (at >= end) {
    refuse('window-closed', `the approved window of step ${step.id} closed at ${fmt(end)}; it cannot start at ${fmt(at)}. Re-plan it with a new window (approved again)`, where);
  }
}

function checkDependencies(change: ChangeRequest, step: Step, at: number, fmt: (ms: number) => string, refuse: Refuse, where: { file: string }): void {
  const executions = changeExecution(change, at);
  for (const id of step.dependsOn) {
    const dep = executions.get(id);
    if (!dep) continue;
    if (dep.status === 'planned') refuse('dependency', `step ${id}, which ${step.id} depends on, has not started (no record of it)`, where);
    else if (dep.status === 'running') refuse('dependency', `step ${id}, which ${step.id} depends on, is still running (started ${fmt(dep.start)}); record its end first`, where);
    else if (!dep.succeeded) {
      const detail = dep.status === 'ok' ? `ok but unverified: no answered test call to ${dep.unansweredCalls.join(', ')}` : dep.status;
      refuse('dependency', `step ${id}, which ${step.id} depends on, is recorded ${detail}; a step never runs after a failed or unverified one`, where);
    }
  }
}

function checkCanary(timeline: Timeline, step: Step, at: number, fmt: (ms: number) => string, refuse: Refuse, where: { file: string }): void {
  const key = stepKey(step);
  for (const rollout of timeline.rollouts) {
    if (rollout.canary.step === step || !rollout.steps.some((e) => stepKey(e.step) === key)) continue;
    const canary = rollout.canary;
    const name = `${stepKey(canary.step)} (canary of ${rollout.signature} on ${rollout.group})`;
    const status = canary.execution.status;
    if (rollout.canaryOutcome) {
      refuse('canary', `${name} is recorded ${status}${status === 'ok' ? ` but unverified (no answered test call to ${rollout.canaryOutcome.unansweredCalls.join(', ')})` : ''}; it proves nothing`, where);
    } else if (status === 'planned' || status === 'running') {
      refuse('canary', `${name} has not finished (${status}); it must end ok, verified, and soak before further members receive ${rollout.signature}`, where);
    } else if (rollout.provenAt === undefined || rollout.provenAt > at) {
      refuse('canary', `${name} ended ${fmt(canary.end)} but has not soaked: ${rollout.signature} is proven at ${rollout.provenAt === undefined ? 'no time found (no daily peak after it)' : fmt(rollout.provenAt)}`, where);
    }
  }
}

/** Redundancy groups a step touches. */
function groupsOf(network: Network, step: Step): Set<string> {
  const groups = new Set<string>();
  for (const s of targetsOf(network, step).servers) {
    const g = network.inventory.callServers.get(s)?.redundancyGroup;
    if (g) groups.add(g);
  }
  return groups;
}

/**
 * Another change running on the same redundancy group is allowed only when the plan was judged with it:
 * that change is on the timeline and its running step's approved window overlaps this step's.
 */
function checkOthersRunning(network: Network, change: ChangeRequest, step: Step, at: number, fmt: (ms: number) => string, refuse: Refuse): void {
  const groups = groupsOf(network, step);
  const considered = new Set(network.changes.map((c) => c.id));
  for (const other of network.allChanges) {
    if (other.id === change.id || !other.record) continue;
    for (const otherStep of other.steps) {
      const e = stepExecution(otherStep, other.record.steps.get(otherStep.id), at);
      if (e.status !== 'running') continue;
      const shared = [...groupsOf(network, otherStep)].filter((g) => groups.has(g));
      if (shared.length === 0) continue;
      const judged = considered.has(other.id) && otherStep.window.start < step.window.end && step.window.start < otherStep.window.end && at < otherStep.window.end;
      if (judged) continue;
      refuse(
        'other-change-running',
        `${other.id} step ${otherStep.id} is running on redundancy group ${shared.join(', ')} (started ${fmt(e.start)}), and this plan was not judged with it running now; wait until it ends`,
        { file: other.record.file },
      );
    }
  }
}
