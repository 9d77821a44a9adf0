// A step on an emergency path is proven by test calls to every number it serves before the redundancy
// group is touched again, so a latent fault shows on one element instead of spreading to the next.
import { defineRule } from '../src/rule-api/rule.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import { dependsTransitively } from '../src/timeline/dependencies.ts';
import type { Step, TestCall } from '../src/model/types.ts';
import { sortNumbers, stepsEmergencyReach } from '../src/timeline/routes.ts';
import { targetsOf } from '../src/timeline/targets.ts';

interface StepFacts {
  step: Step;
  servers: readonly string[];
  trunks: readonly string[];
  groups: Set<string>;
  numbers: string[];
  /** Position in start order. */
  position: number;
}

interface OrderProblem {
  kind: 'nextStepNotDependent' | 'nextStepTooEarly' | 'touchedBeforeVerification';
  next: StepFacts;
  verifier: StepFacts;
  /** Steps whose verification the next step should have waited for. */
  verified: string[];
  groups: Set<string>;
}

function sharesGroup(a: StepFacts, b: StepFacts): boolean {
  for (const g of a.groups) if (b.groups.has(g)) return true;
  return false;
}

function covers(outer: StepFacts, inner: StepFacts): boolean {
  return inner.servers.every((s) => outer.servers.includes(s)) && inner.trunks.every((t) => outer.trunks.includes(t));
}

export default defineRule<Record<string, never>, 'unknownNumber' | 'noTestCalls' | 'missingNumbers' | 'nextStepNotDependent' | 'nextStepTooEarly' | 'touchedBeforeVerification'>({
  id: 'post-step-verification',
  title: 'Steps on emergency paths are verified by test calls before the next step',
  summary:
    'A step on elements serving emergency numbers is followed by test calls to every number they serve, and the next step on the same redundancy group depends on that verification and starts after it.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'On 2 June 2021 about an hour passed before anyone realised that emergency calls were failing. Test calls to every emergency number an element serves, placed before the next element of the redundancy group is touched, catch a fault while only one element carries it and while the rest of the group still routes the calls.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    unknownNumber:
      'step {{stepId}} places a test call to {{number}}, which is neither an emergency number nor a test number of the inventory, so the call proves nothing about the network and does not count as verification. Call an emergency number the step serves, or declare {{number}} under testNumbers in the inventory (a change of its own, reviewed with the inventory).',
    noTestCalls:
      'step {{stepId}} ({{action}}) touches elements that serve emergency numbers {{numbers}}, but neither it nor a later step of {{changeId}} that depends on it and covers the same elements places test calls; add verification.testCalls for {{numbers}} to this step or to the step that brings the elements back.',
    missingNumbers:
      'step {{stepId}} serves emergency numbers {{numbers}} but its test calls cover only {{tested}}; add test calls to {{missing}}.',
    nextStepNotDependent:
      'step {{nextStepId}} is the next step of {{changeId}} on redundancy group {{groups}} after step {{verifiedSteps}}, but it does not depend on {{verifiedBy}}, where the test calls are placed; add "{{verifiedBy}}" to its dependsOn so it cannot start unless the verification passed.',
    nextStepTooEarly:
      'step {{nextStepId}} on redundancy group {{groups}} starts {{nextStart}}, before the verification of step {{verifiedSteps}} (test calls in {{verifiedBy}}) ends {{verifiedEnd}}; start it after the test calls.',
    touchedBeforeVerification:
      'step {{nextStepId}} touches other elements of redundancy group {{groups}} after step {{verifiedSteps}} but before the test calls that verify it (in {{verifiedBy}}, which waits for {{nextStepId}}); verify step {{verifiedSteps}} first, with test calls on it or on a step that brings its elements back, and make {{nextStepId}} depend on that.',
  },
  waivable: true,
  check(context) {
    const { network } = context;
    const serverGroup = new Map([...network.inventory.callServers.values()].map((s) => [s.id, s.redundancyGroup]));

    const { emergencyNumbers, testNumbers } = network.inventory;
    // Only calls to numbers the inventory knows verify anything; the others are reported and ignored.
    const knownCalls = new Map<Step, TestCall[]>();
    const callsOf = (step: Step) => knownCalls.get(step) ?? [];
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const known = step.testCalls.filter((call, index) => {
          if (emergencyNumbers.has(call.number) || testNumbers.has(call.number)) return true;
          context.reportStep(step, {
            messageId: 'unknownNumber',
            data: { stepId: step.id, number: call.number },
            at: { file: step.at.file, pointer: `${step.at.pointer}/verification/testCalls/${index}/number` },
          });
          return false;
        });
        knownCalls.set(step, known);
      }
    }

    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      const facts = new Map<string, StepFacts>();
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        const groups = new Set<string>();
        // An index loop: the list is frozen, and for-of over a frozen array allocates per element.
        for (let i = 0; i < servers.length; i++) groups.add(serverGroup.get(servers[i] as string) as string);
        // The trunks of a targeted server are in its group already; only trunks named on their own add one.
        for (const t of step.targets.trunks) {
          const trunk = network.inventory.trunks.get(t);
          if (trunk) groups.add(serverGroup.get(trunk.callServer) as string);
        }
        facts.set(step.id, { step, servers, trunks, groups, numbers: stepsEmergencyReach(network, [step]).numbers, position: 0 });
      }
      const ordered = [...facts.values()].sort((a, b) => compareSteps(a.step, b.step));
      ordered.forEach((f, i) => (f.position = i));
      // `later` depends on `earlier`, directly or through other steps of the change request.
      const follows = (later: StepFacts, earlier: StepFacts) => dependsTransitively(change, later.step, earlier.step.id);
      const problems = new Map<string, OrderProblem>();
      // A pure drain only moves traffic away; it cannot break a number, and its elements carry no calls to test.
      const needsVerification = (f: StepFacts) => f.numbers.length > 0 && !(f.step.action === 'drain' && f.step.capacityLoss === 0);
      const testing = ordered.filter((v) => callsOf(v.step).length > 0 && needsVerification(v));

      for (const f of ordered) {
        if (!needsVerification(f)) continue;
        const step = f.step;

        if (callsOf(step).length > 0) {
          const tested = new Set(callsOf(step).map((t) => t.number));
          const missing = f.numbers.filter((n) => !tested.has(n));
          if (missing.length > 0) {
            context.reportStep(step, {
              messageId: 'missingNumbers',
              data: { stepId: step.id, numbers: f.numbers, tested: sortNumbers([...tested]), missing },
              at: { file: step.at.file, pointer: `${step.at.pointer}/verification/testCalls` },
            });
          }
        }

        // The verifier: the step itself, or the earliest later step that depends on it, covers its elements
        // and places test calls (a staged drain -> work -> restore tests once, on the restore). Its own
        // coverage is judged on that step: its elements serve at least the numbers this one serves.
        const verifier =
          callsOf(step).length > 0
            ? f
            : testing.find((v) => v !== f && covers(v, f) && follows(v, f));
        if (!verifier) {
          context.reportStep(step, {
            messageId: 'noTestCalls',
            data: { stepId: step.id, action: step.action, changeId: change.id, numbers: f.numbers },
            at: { file: step.at.file, pointer: `${step.at.pointer}/action` },
          });
          continue;
        }

        // Steps between this one and its verifier belong to the same staged operation when they follow
        // from this step, lead to the verifier and stay on this step's elements: touching another member
        // of the group before the test calls is exactly what the rule forbids.
        const inChain = (t: StepFacts) => t === verifier || (covers(f, t) && follows(t, f) && follows(verifier, t));
        let next: StepFacts | undefined;
        for (let i = f.position + 1; i < ordered.length && !next; i++) {
          const t = ordered[i] as StepFacts;
          if (sharesGroup(t, f) && !inChain(t)) next = t;
        }
        if (!next) continue;
        const kinds: OrderProblem['kind'][] = follows(verifier, next)
          ? ['touchedBeforeVerification']
          : [...(follows(next, verifier) ? [] : (['nextStepNotDependent'] as const)), ...(next.step.window.start < verifier.step.window.end ? (['nextStepTooEarly'] as const) : [])];
        for (const kind of kinds) {
          const key = `${kind}\u0000${next.step.id}\u0000${verifier.step.id}`;
          const problem = problems.get(key) ?? { kind, next, verifier, verified: [], groups: new Set<string>() };
          problem.verified.push(step.id);
          for (const g of next.groups) if (f.groups.has(g)) problem.groups.add(g);
          problems.set(key, problem);
        }
      }

      // One finding per next step and verifier, naming every step it should have waited for.
      for (const { kind, next, verifier, verified, groups } of problems.values()) {
        const data = {
          changeId: change.id,
          nextStepId: next.step.id,
          verifiedSteps: verified,
          groups: [...groups].sort(),
          verifiedBy: verifier.step.id,
          verifiedEnd: context.formatInstant(verifier.step.window.end),
          nextStart: context.formatInstant(next.step.window.start),
        };
        const pointer =
          kind === 'nextStepTooEarly' ? next.step.window.at.pointer + '/start' : kind === 'nextStepNotDependent' ? `${next.step.at.pointer}/dependsOn` : `${next.step.at.pointer}/targets`;
        context.reportStep(next.step, { messageId: kind, data, at: { file: next.step.at.file, pointer } });
      }
    }
  },
});
