// What was done must be what was approved: the execution record of a change request is checked
// against its plan. A step run outside its approved window, on other targets, before its dependencies
// ended or after one of them failed, a window that closed without its step, and a step the record
// shows unverified are blocking findings; a failed step blocks the steps that depend on it.
import { defineRule } from '../src/rule-api/rule.ts';
import type { RuleContext } from '../src/rule-api/rule.ts';
import type { ChangeRequest, ChangeState, Network, Step } from '../src/model/types.ts';
import { changeExecution, failedDependencies, isFinished } from '../src/timeline/execution.ts';
import type { StepExecution } from '../src/timeline/execution.ts';
import { targetsOf } from '../src/timeline/targets.ts';

/** States in which steps may run: anything else with a started step ran without approval. */
const RUNNABLE_STATES: ReadonlySet<ChangeState> = new Set(['approved', 'scheduled', 'in-progress']);

type MessageId =
  | 'startedBeforeWindow'
  | 'startedAfterWindow'
  | 'endedAfterWindow'
  | 'overrunning'
  | 'otherTargets'
  | 'startedBeforeDependency'
  | 'startedAfterFailedDependency'
  | 'blockedByFailure'
  | 'missedWindow'
  | 'unverified'
  | 'ranWithoutApproval';

function recordAt(step: Step, execution: StepExecution, field = ''): { file: string; pointer: string } {
  const at = execution.record?.at ?? step.at;
  return { file: at.file, pointer: at.pointer + field };
}

/** Servers and trunks the record says the step acted on that its plan does not touch. */
function extraTargets(network: Network, step: Step, execution: StepExecution): string[] {
  const actual = execution.record?.targets;
  if (!actual) return [];
  const planned = targetsOf(network, step);
  const done = targetsOf(network, { ...step, key: `${step.key}#record`, targets: actual });
  const plannedSet = new Set([...planned.servers, ...planned.trunks]);
  const servers = done.servers.filter((s) => !plannedSet.has(s));
  // A new server's trunks come with it: name the server, and only trunks reached on their own.
  const trunks = done.trunks.filter((t) => !plannedSet.has(t) && !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ''));
  return [...servers, ...trunks].sort();
}

/** A step's planned targets as written: call servers (directly or through sites) and trunks named. */
function plannedTargets(network: Network, step: Step): string[] {
  return [...targetsOf(network, step).servers, ...step.targets.trunks];
}

export default defineRule<Record<string, never>, MessageId>({
  id: 'execution-record',
  title: 'What was run is what was approved',
  summary:
    'The execution record agrees with the plan: each step ran inside its approved window, on its planned targets, after its dependencies ended ok and verified; a window that closed without its step, a failed step with steps still waiting on it, and a step left unverified block.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'A plan is approved for a slot, a set of targets and an order. Several outages began with a step brought forward outside its approved slot, or run after a failed one; on 2 June 2021 a routine procedure ran in the afternoon ahead of the peak instead of in a night window. The record (what actually happened) is what the next go/no-go checkpoint and the next review rely on, so a record that contradicts the plan means the plan the CAB approved is no longer the one being run: the change stops until it is re-planned and approved again. These findings cannot be waived.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    startedBeforeWindow:
      'step {{stepId}} of {{changeId}} started {{actualStart}}, {{minutes}} minute(s) before its approved window opened ({{windowStart}}): it was brought forward outside its approved slot. Stop the change and have the CAB review what ran.',
    startedAfterWindow:
      'step {{stepId}} of {{changeId}} started {{actualStart}}, after its approved window closed ({{windowEnd}}). A step runs only inside its approved window; re-plan it with a new window and approval.',
    endedAfterWindow:
      'step {{stepId}} of {{changeId}} ended {{actualEnd}}, {{minutes}} minute(s) after its approved window closed ({{windowEnd}}): its targets were at risk outside the approved slot. Review why it overran before the next step.',
    overrunning:
      'step {{stepId}} of {{changeId}} started {{actualStart}} and is still running at {{asOf}}, after its approved window closed ({{windowEnd}}). Finish or roll it back now, and record its end.',
    otherTargets:
      'step {{stepId}} of {{changeId}} acted on {{extra}}, which its plan does not target (planned: {{planned}}). A step acts only on its approved targets; have the CAB review what ran.',
    startedBeforeDependency:
      'step {{stepId}} of {{changeId}} started {{actualStart}}, before step {{dependency}}, which it depends on, {{dependencyState}}. Steps run in their approved order: each waits for what it depends on to end ok and verified.',
    startedAfterFailedDependency:
      'step {{stepId}} of {{changeId}} started {{actualStart}} although step {{dependency}}, which it depends on, is recorded {{dependencyStatus}}{{unverifiedNote}}. A step never runs after a failed one; stop and re-plan.',
    blockedByFailure:
      'step {{stepId}} of {{changeId}} depends on step {{dependency}}, which is recorded {{dependencyStatus}}{{unverifiedNote}}: it cannot run as planned. Re-plan the rest of the change (a new revision, approved again) or cancel it.',
    missedWindow:
      'the approved window of step {{stepId}} of {{changeId}} closed at {{windowEnd}} (before {{asOf}}, as of) and the record shows the step never started. It cannot run outside that window: re-plan it with a new window (approved again) or cancel the change.',
    unverified:
      'step {{stepId}} of {{changeId}} ended ok at {{actualEnd}}, but the record shows no answered test call to {{numbers}}, which its verification plans. Place the test calls and record them (changegate record --test-call) before anything depends on this step.',
    ranWithoutApproval:
      'the record shows step {{stepId}} of {{changeId}} started {{actualStart}}, but the change is {{state}}: steps run only once the change is approved. Have the CAB review what ran.',
  },
  waivable: false,
  check(context) {
    const { network, asOf } = context;
    for (const change of network.changes) {
      if ((!change.record && change.state !== 'in-progress') || !context.wants(change.id)) continue;
      checkChange(context, change, asOf);
    }
  },
});

type Context = RuleContext<Record<string, never>>;

function checkChange(context: Context, change: ChangeRequest, asOf: number | undefined): void {
  const { network } = context;
  const fmt = (ms: number) => context.formatInstant(ms);
  const executions = changeExecution(change, asOf);
  const base = (step: Step) => ({ changeId: change.id, stepId: step.id });
  for (const step of change.steps) {
    const execution = executions.get(step.id) as StepExecution;
    const { window } = step;
    if (execution.status === 'planned') {
      const failed = failedDependencies(step, executions)[0];
      if (failed) {
        context.reportStep(step, {
          messageId: 'blockedByFailure',
          at: { file: step.at.file, pointer: `${step.at.pointer}/dependsOn/${step.dependsOn.indexOf(failed.step)}` },
          data: { ...base(step), dependency: failed.step, dependencyStatus: failed.status, unverifiedNote: unverifiedNote(failed) },
        });
      } else if (asOf !== undefined && window.end <= asOf) {
        context.reportStep(step, { messageId: 'missedWindow', at: { file: step.at.file, pointer: window.at.pointer + '/end' }, data: { ...base(step), windowEnd: fmt(window.end), asOf: fmt(asOf) } });
      }
      continue;
    }
    const record = execution.record;
    if (!record) continue;
    const actualStart = fmt(execution.start);
    if (!RUNNABLE_STATES.has(change.state)) {
      context.reportStep(step, { messageId: 'ranWithoutApproval', at: recordAt(step, execution, '/start'), data: { ...base(step), actualStart, state: change.state } });
    }
    if (execution.start < window.start) {
      context.reportStep(step, {
        messageId: 'startedBeforeWindow',
        at: recordAt(step, execution, '/start'),
        data: { ...base(step), actualStart, windowStart: fmt(window.start), minutes: Math.ceil((window.start - execution.start) / 60_000) },
      });
    } else if (execution.start >= window.end) {
      context.reportStep(step, { messageId: 'startedAfterWindow', at: recordAt(step, execution, '/start'), data: { ...base(step), actualStart, windowEnd: fmt(window.end) } });
    } else if (execution.status === 'running' && asOf !== undefined && asOf > window.end) {
      context.reportStep(step, { messageId: 'overrunning', at: recordAt(step, execution, '/start'), data: { ...base(step), actualStart, windowEnd: fmt(window.end), asOf: fmt(asOf) } });
    } else if (isFinished(execution.status) && execution.end > window.end) {
      context.reportStep(step, {
        messageId: 'endedAfterWindow',
        at: recordAt(step, execution, '/end'),
        data: { ...base(step), actualEnd: fmt(execution.end), windowEnd: fmt(window.end), minutes: Math.ceil((execution.end - window.end) / 60_000) },
      });
    }
    const extra = extraTargets(network, step, execution);
    if (extra.length > 0) {
      context.reportStep(step, { messageId: 'otherTargets', at: recordAt(step, execution, '/targets'), atKey: true, data: { ...base(step), extra, planned: plannedTargets(network, step) } });
    }
    step.dependsOn.forEach((depId) => {
      const dep = executions.get(depId);
      if (!dep) return;
      if (isFinished(dep.status) && !dep.succeeded && dep.end <= execution.start) {
        context.reportStep(step, {
          messageId: 'startedAfterFailedDependency',
          at: recordAt(step, execution, '/start'),
          data: { ...base(step), actualStart, dependency: depId, dependencyStatus: dep.status, unverifiedNote: unverifiedNote({ status: dep.status, unansweredCalls: dep.unansweredCalls }) },
        });
      } else if (!isFinished(dep.status) || dep.end > execution.start) {
        const dependencyState = dep.status === 'planned' ? 'had started' : isFinished(dep.status) ? `ended (${fmt(dep.end)})` : 'had ended (it is still running)';
        context.reportStep(step, { messageId: 'startedBeforeDependency', at: recordAt(step, execution, '/start'), data: { ...base(step), actualStart, dependency: depId, dependencyState } });
      }
    });
    if (execution.status === 'ok' && execution.unansweredCalls.length > 0) {
      context.reportStep(step, { messageId: 'unverified', at: recordAt(step, execution, '/result'), data: { ...base(step), actualEnd: fmt(execution.end), numbers: execution.unansweredCalls } });
    }
  }
}

function unverifiedNote(dep: { status: string; unansweredCalls: readonly string[] }): string {
  return dep.status === 'ok' ? ` but unverified (no answered test call to ${dep.unansweredCalls.join(', ')})` : '';
}
