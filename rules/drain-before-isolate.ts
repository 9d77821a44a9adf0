// Calls in progress are dropped when an element carrying them is isolated or restarted: traffic is drained
// first, and an element is only restored after it was taken out.
import { defineRule } from '../src/rule-api/rule.ts';
import type { ChangeRequest, Network, Step } from '../src/model/types.ts';
import { targetsOf } from '../src/timeline/targets.ts';
import type { StepTargets } from '../src/timeline/targets.ts';
import { dependsTransitively } from '../src/timeline/dependencies.ts';

/** An element whose traffic state a step changes: a call server, or a trunk targeted on its own. */
interface Element {
  kind: 'server' | 'trunk';
  id: string;
}

/** The elements a step acts on: its servers, plus trunks targeted without their call server. */
function elementsOf(network: Network, step: Step): Element[] {
  const { servers, trunks } = targetsOf(network, step);
  const own = trunks.filter((t) => !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ''));
  return [...servers.map((id) => ({ kind: 'server' as const, id })), ...own.map((id) => ({ kind: 'trunk' as const, id }))];
}

type Resolved = (step: Step) => StepTargets;

/** Whether a step acts on the element: a server directly or through its site; a trunk also through its server. */
function touches(resolved: Resolved, step: Step, element: Element): boolean {
  const { servers, trunks } = resolved(step);
  return element.kind === 'server' ? servers.includes(element.id) : trunks.includes(element.id);
}

const TRAFFIC_STATE_ACTIONS = new Set(['drain', 'isolate', 'restore']);

/**
 * The last step of the change before `step` that changed the element's traffic state (drain, isolate,
 * restore), among those that ended no later than `step` starts: end order, then file order.
 */
function lastStateChange(resolved: Resolved, change: ChangeRequest, step: Step, element: Element): Step | undefined {
  let last: Step | undefined;
  for (const other of change.steps) {
    if (other === step || !TRAFFIC_STATE_ACTIONS.has(other.action) || other.window.end > step.window.start) continue;
    if (!touches(resolved, other, element)) continue;
    if (!last || other.window.end > last.window.end || (other.window.end === last.window.end && other.index > last.index)) last = other;
  }
  return last;
}

type MessageId = 'notDrained' | 'restoredBeforeIsolate' | 'drainNotDependedOn' | 'restoreWithoutIsolate' | 'restoreNotDependent';

export default defineRule<Record<string, never>, MessageId>({
  id: 'drain-before-isolate',
  title: 'Traffic is drained before an element is isolated or restarted',
  summary:
    'An isolate or restart step follows, and depends on, a drain (or isolate) of every element it acts on in the same change request; a restore follows, and depends on, the drain or isolate that took the element out.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'Isolating or restarting a call server that still carries calls drops every call in progress, emergency calls included, and sends a burst of re-attempts to the rest of the group, the kind of storm that tipped servers over in past outages. Draining first moves the calls away gracefully; restoring only what was taken out keeps the plan honest about the state of each element.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    notDrained:
      'step {{stepId}} ({{action}}) acts on {{elements}} while traffic may still flow through them: no drain of them in {{changeId}} ends before {{stepStart}}; add a drain step for {{elements}} that ends before this step and add it to dependsOn.',
    restoredBeforeIsolate:
      'step {{stepId}} ({{action}}) acts on {{elements}} after step {{restoreStepId}} restored them, so they carry traffic again; drain them again before this step.',
    drainNotDependedOn:
      'step {{stepId}} ({{action}}) follows the drain in step {{drainStepId}} only by its times; add "{{drainStepId}}" to its dependsOn (directly or through other steps) so it cannot run if the drain is late or fails.',
    restoreWithoutIsolate:
      'restore step {{stepId}} brings back {{elements}}, which no drain or isolate in {{changeId}} took out before {{stepStart}}; restore only what the change took out, or add the step that takes them out.',
    restoreNotDependent:
      'restore step {{stepId}} follows step {{outStepId}} ({{outAction}}) only by its times; add "{{outStepId}}" to its dependsOn (directly or through other steps).',
  },
  waivable: true,
  check(context) {
    const { network } = context;
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      // Targets resolve once per step (targetsOf caches them): every isolate, restart and restore looks back over the change.
      const resolved: Resolved = (s) => targetsOf(network, s);
      for (const step of change.steps) {
        const isolating = step.action === 'isolate' || step.action === 'restart';
        if (!isolating && step.action !== 'restore') continue;
        const base = { stepId: step.id, action: step.action, changeId: change.id, stepStart: context.formatInstant(step.window.start) };
        const actionAt = { file: step.at.file, pointer: `${step.at.pointer}/action` };
        const dependsAt = { file: step.at.file, pointer: `${step.at.pointer}/dependsOn` };

        // Group the elements by what precedes them, so one finding names every element with the same problem.
        const missing: string[] = [];
        const restoredBy = new Map<string, string[]>();
        const undepended = new Map<string, string[]>();
        for (const element of elementsOf(network, step)) {
          const last = lastStateChange(resolved, change, step, element);
          // A restore as the last change means the element carries traffic again (for a restore: nothing
          // took it out since it was last brought back).
          if (!last || last.action === 'restore') {
            if (last && isolating) restoredBy.set(last.id, [...(restoredBy.get(last.id) ?? []), element.id]);
            else missing.push(element.id);
          } else if (!dependsTransitively(change, step, last.id)) {
            undepended.set(last.id, [...(undepended.get(last.id) ?? []), element.id]);
          }
        }
        if (missing.length > 0) {
          context.reportStep(step, { messageId: isolating ? 'notDrained' : 'restoreWithoutIsolate', data: { ...base, elements: missing }, at: actionAt });
        }
        for (const [restoreStepId, elements] of restoredBy) {
          context.reportStep(step, { messageId: 'restoredBeforeIsolate', data: { ...base, elements, restoreStepId }, at: actionAt });
        }
        for (const [outStepId, elements] of undepended) {
          const out = change.steps.find((s) => s.id === outStepId) as Step;
          context.reportStep(step, {
            messageId: isolating ? 'drainNotDependedOn' : 'restoreNotDependent',
            data: isolating ? { ...base, elements, drainStepId: outStepId } : { ...base, elements, outStepId, outAction: out.action },
            at: dependsAt,
          });
        }
      }
    }
  },
});
