// The plan must make sense as a schedule: dependencies without cycles and respected by the windows,
// windows of bounded length, and no step of a change that has not started placed in the past.
import type { ChangeRequest, Step } from '../src/model/types.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import { defineRule } from '../src/rule-api/rule.ts';

interface Options {
  maxWindowHours: number;
}

const DEFAULTS: Options = { maxWindowHours: 12 };

const HOUR = 3600_000;

/**
 * Strongly connected components of the dependency graph (Tarjan), restricted to steps that exist:
 * unknown step ids are reference-integrity's findings. Returns the cyclic components only.
 */
function cyclicComponents(change: ChangeRequest): Step[][] {
  const byId = new Map(change.steps.map((s) => [s.id, s]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: Step[][] = [];
  let counter = 0;
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dep)) continue;
      if (!index.has(dep)) {
        visit(dep);
        low.set(id, Math.min(low.get(id) as number, low.get(dep) as number));
      } else if (onStack.has(dep)) {
        low.set(id, Math.min(low.get(id) as number, index.get(dep) as number));
      }
    }
    if (low.get(id) === index.get(id)) {
      const members: string[] = [];
      let top: string | undefined;
      do {
        top = stack.pop() as string;
        onStack.delete(top);
        members.push(top);
      } while (top !== id);
      const selfLoop = members.length === 1 && (byId.get(id)?.dependsOn.includes(id) ?? false);
      if (members.length > 1 || selfLoop) {
        components.push(members.map((m) => byId.get(m) as Step).sort(compareSteps));
      }
    }
  };
  // Recursion depth is bounded by the number of steps in one change request, which the schema keeps small.
  for (const step of change.steps) if (!index.has(step.id)) visit(step.id);
  return components.sort((a, b) => compareSteps(a[0] as Step, b[0] as Step));
}

/** The shortest dependency path from `start` back to itself inside one component, e.g. [s2, s3, s2]: s2 waits for s3, which waits for s2. */
function shortestCycle(start: Step, component: Step[]): string[] {
  const inside = new Map(component.map((s) => [s.id, s]));
  const previous = new Map<string, string>();
  const queue: string[] = [];
  for (const dep of start.dependsOn) {
    if (dep === start.id) return [start.id, start.id];
    if (inside.has(dep) && !previous.has(dep)) {
      previous.set(dep, start.id);
      queue.push(dep);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const dep of inside.get(id)?.dependsOn ?? []) {
      if (dep === start.id) {
        const path = [id];
        for (let p = previous.get(id); p !== undefined && p !== start.id; p = previous.get(p)) path.push(p);
        return [start.id, ...path.reverse(), start.id];
      }
      if (inside.has(dep) && !previous.has(dep)) {
        previous.set(dep, id);
        queue.push(dep);
      }
    }
  }
  return [start.id, start.id];
}

export default defineRule({
  id: 'plan-consistency',
  title: 'The plan is a consistent schedule',
  summary: 'Step dependencies form no cycle and are respected by the windows; windows are at most maxWindowHours long; no step of a change not yet in progress lies in the past, and no done or cancelled change has steps still to come.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'Every other rule reads the plan as a schedule: which elements are at risk when, which step is verified before the next one starts. A plan whose dependencies loop, whose steps start before what they depend on has ended, or whose windows stretch over half a day cannot be run as written, and the gate would judge a schedule nobody will follow. Steps placed in the past are usually a copied plan whose dates were never updated.',
  optionsSchema: {
    type: 'object',
    properties: {
      maxWindowHours: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 168,
        description: 'Longest allowed step window, in hours; a longer window hides when the element is really at risk.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: DEFAULTS,
  messages: {
    dependencyCycle:
      'the steps of {{changeId}} depend on each other in a cycle ({{cycleText}}, each waiting for the next), so none of them can start first. Remove one of these dependencies so that the order is well defined.',
    startsBeforeDependency:
      'step {{stepId}} starts at {{start}}, {{overlapMinutes}} minute(s) before step {{dependency}}, which it depends on, ends ({{dependencyEnd}}). Start {{stepId}} at or after {{dependencyEnd}}, or remove the dependency if it is not one.',
    windowTooLong:
      'the window of step {{stepId}} lasts {{hours}} hours ({{start}} to {{end}}), longer than the {{maxHours}} hours allowed: it no longer says when the targets are really at risk. Split the step or narrow its window to when the work happens.',
    stepInPast:
      'step {{stepId}} of {{changeId}} starts at {{start}}, before {{asOf}} (as of), but the change is {{state}}, not in progress, and its execution record shows no start. Reschedule the step, or set the state to in-progress if the change has started (the state is not part of the approved revision) and record what ran.',
    closedWithFutureSteps:
      '{{changeId}} is {{state}}, but {{futureSteps}} of its steps end after {{asOf}} (as of), the first being {{stepId}} at {{start}}: {{state}} changes are taken off the timeline, so no rule judges these steps. If the work is still to come, set the state back to proposed, approved or scheduled; if it ran, record the dates it ran.',
  },
  waivable: true,
  check(context) {
    const { options, asOf } = context;
    // Done and cancelled changes are not on the timeline: a future step there is judged by nobody.
    for (const change of context.network.allChanges) {
      if (asOf === undefined || (change.state !== 'done' && change.state !== 'cancelled') || !context.wants(change.id)) continue;
      const future = change.steps.filter((s) => s.window.end > asOf).sort(compareSteps);
      const first = future[0];
      if (!first) continue;
      context.reportStep(first, {
        messageId: 'closedWithFutureSteps',
        at: { file: first.window.at.file, pointer: first.window.at.pointer + '/start' },
        data: { changeId: change.id, stepId: first.id, state: change.state, futureSteps: future.length, start: context.formatInstant(first.window.start), asOf: context.formatInstant(asOf) },
        // A change cancelled before it ran keeps its planned dates: worth a word, not a block. A change
        // marked done before its steps have run is a contradiction, judged at the rule's severity.
        ...(change.state === 'cancelled' ? { maxSeverity: 'warning' as const } : {}),
      });
    }
    for (const change of context.network.changes) {
      if (!context.wants(change.id)) continue;
      const byId = new Map(change.steps.map((s) => [s.id, s]));
      const inCycle = new Map<string, Set<string>>();

      for (const component of cyclicComponents(change)) {
        const first = component[0] as Step;
        const cycle = shortestCycle(first, component);
        const members = new Set(component.map((s) => s.id));
        for (const s of component) inCycle.set(s.id, members);
        const k = first.dependsOn.indexOf(cycle[1] as string);
        context.reportStep(first, {
          messageId: 'dependencyCycle',
          at: { file: first.at.file, pointer: `${first.at.pointer}/dependsOn${k >= 0 ? `/${k}` : ''}` },
          data: { changeId: change.id, stepId: first.id, cycle, cycleText: cycle.join(' -> '), steps: component.map((s) => s.id) },
        });
      }

      for (const step of change.steps) {
        step.dependsOn.forEach((depId, k) => {
          const dep = byId.get(depId);
          // Inside a cycle some dependency is necessarily violated; the cycle finding says what to fix.
          if (!dep || inCycle.get(step.id)?.has(depId)) return;
          if (step.window.start >= dep.window.end) return;
          context.reportStep(step, {
            messageId: 'startsBeforeDependency',
            at: { file: step.at.file, pointer: `${step.at.pointer}/dependsOn/${k}` },
            data: {
              changeId: change.id,
              stepId: step.id,
              dependency: dep.id,
              start: context.formatInstant(step.window.start),
              dependencyEnd: context.formatInstant(dep.window.end),
              overlapMinutes: Math.round((dep.window.end - step.window.start) / 60_000),
            },
          });
        });

        // A window that does not end after it starts is refused earlier (schema-valid, endNotAfterStart).
        const length = step.window.end - step.window.start;
        if (length > options.maxWindowHours * HOUR) {
          context.reportStep(step, {
            messageId: 'windowTooLong',
            at: step.window.at,
            data: {
              changeId: change.id,
              stepId: step.id,
              hours: Math.round((length / HOUR) * 100) / 100,
              maxHours: options.maxWindowHours,
              start: context.formatInstant(step.window.start),
              end: context.formatInstant(step.window.end),
            },
          });
        }

        // A step the record shows started is judged by the record (execution-record), not refused here.
        const started = change.record?.steps.get(step.id);
        if (asOf !== undefined && change.state !== 'in-progress' && step.window.start < asOf && !(started && started.start <= asOf)) {
          context.reportStep(step, {
            messageId: 'stepInPast',
            at: { file: step.window.at.file, pointer: step.window.at.pointer + '/start' },
            data: { changeId: change.id, stepId: step.id, state: change.state, start: context.formatInstant(step.window.start), asOf: context.formatInstant(asOf) },
          });
        }
      }
    }
  },
});
