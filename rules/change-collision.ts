// Invariant 6: changes that overlap in time are judged together. The other invariant rules already
// judge overlapping plans jointly; this rule makes the collision itself visible to the CAB: two change
// requests whose step windows overlap and touch the same call server, trunk or redundancy group.
// It walks the timeline's intervals (steps active together), never all pairs of steps.
import { defineRule } from '../src/engine/rule.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import type { Step } from '../src/model/types.ts';
import type { StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';

type Kind = 'server' | 'trunk' | 'group';

interface Collision {
  kind: Kind;
  element: string;
  /** The two change requests, sorted. */
  changes: [string, string];
  /** The first pair of steps found overlapping. */
  first: [Step, Step];
  start: number;
  end: number;
  overlapMs: number;
  /** Every step of each change request that took part, by change id. */
  steps: Map<string, Set<string>>;
  /** For group collisions: the members each change request touched. */
  members: Map<string, Set<string>>;
}

const KINDS: readonly Kind[] = ['server', 'trunk', 'group'];

/** A step touching an element in an interval; for a group, through which member. */
interface Touch {
  step: Step;
  member?: string;
}

const KIND_LABEL: Record<Kind, string> = { server: 'call server', trunk: 'trunk', group: 'redundancy group' };

export default defineRule<Record<string, never>, 'sameElement' | 'sameGroup'>({
  id: 'change-collision',
  title: 'Change requests that overlap on the same element or group are made visible',
  summary:
    'Two change requests whose step windows overlap in time and touch the same call server, trunk or redundancy group are reported, with both ids, the element or group, and the overlap, even when each plan passes on its own.',
  category: 'invariant',
  defaultSeverity: 'warning',
  rationale:
    'Plans are written and approved one at a time, but the network lives through all of them at once. Public outage reports keep showing changes rated low risk because each looked fine alone. When two change requests work on the same element or redundancy group at the same time, a failure cannot be attributed to one of them, a rollback of one can undo the other, and the redundancy each plan counted on may be the other plan\'s target. The capacity, redundancy and route rules already judge the joint plan; this rule puts the collision in front of the CAB so the owners agree on an order. It is a warning by default: the joint risk itself is judged (and fails the gate) in those rules.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    sameElement:
      '{{change}} step {{step}} and {{otherChange}} step {{otherStep}} both touch {{elementKind}} {{element}} from {{overlapStart}} to {{overlapEnd}} ({{overlapMinutes}} min overlap): with two change requests on the same element at the same time, a failure cannot be attributed to one of them and rolling one back can undo the other. Sequence the two change requests (or merge them into one plan) and have both owners agree on the order.',
    sameGroup:
      '{{change}} step {{step}} and {{otherChange}} step {{otherStep}} work on redundancy group {{group}} at the same time, from {{overlapStart}} to {{overlapEnd}} ({{overlapMinutes}} min overlap): {{change}} touches {{members}} while {{otherChange}} touches {{otherMembers}}, so each plan leans on members the other one has at risk. Sequence the two change requests so that one group change runs at a time.',
  },
  waivable: true,
  check(context) {
    const { network, timeline } = context;
    const inv = network.inventory;
    const collisions = new Map<string, Collision>();
    const serverSets = new Map<StepExposure, ReadonlySet<string>>();
    const serverSet = (e: StepExposure) => {
      let set = serverSets.get(e);
      if (!set) serverSets.set(e, (set = new Set(e.servers)));
      return set;
    };

    for (const interval of timeline.intervals) {
      if (interval.activeSteps.length < 2) continue;
      // Steps of at least two change requests must be running for anything to collide.
      if (new Set(interval.activeSteps.map((s) => s.changeId)).size < 2) continue;
      // Who touches each element in this interval, per kind, in the order the steps run.
      const touching: Record<Kind, Map<string, Touch[]>> = { server: new Map(), trunk: new Map(), group: new Map() };
      const touch = (kind: Kind, element: string, occurrence: Touch) => {
        const list = touching[kind].get(element);
        if (list) list.push(occurrence);
        else touching[kind].set(element, [occurrence]);
      };
      const running: { step: Step; exposure: StepExposure }[] = [];
      for (const step of interval.activeSteps) {
        const exposure = timeline.exposures.get(stepKey(step));
        if (!exposure) continue;
        running.push({ step, exposure });
        const plain: Touch = { step };
        for (const s of exposure.servers) {
          touch('server', s, plain);
          const group = inv.callServers.get(s)?.redundancyGroup;
          if (group !== undefined) touch('group', group, { step, member: s });
        }
      }
      // Trunks: a step reaches the trunks of its call servers and the trunks it names. Two change requests
      // that both reach a trunk through its server share that server, which hides their trunk collision
      // (see below); so only a trunk some running step names without its server can collide visibly, and
      // only those trunks are walked (not the thousands every server brings).
      for (const { step, exposure } of running) {
        for (const t of step.targets.trunks) {
          const trunk = inv.trunks.get(t);
          if (!trunk || serverSet(exposure).has(trunk.callServer) || touching.trunk.has(t)) continue;
          // Every running step that reaches the trunk, in running order.
          for (const other of running) {
            if (serverSet(other.exposure).has(trunk.callServer) || other.step.targets.trunks.includes(t)) touch('trunk', t, { step: other.step });
          }
        }
      }
      for (const kind of KINDS) {
        for (const [element, occurrences] of touching[kind]) {
          const firstChange = (occurrences[0] as Touch).step.changeId;
          if (occurrences.every((o) => o.step.changeId === firstChange)) continue;
          // Every occurrence of one change request pairs with every occurrence of another, so per pair of
          // change requests the collision takes all their steps and members; its first pair of steps is
          // the first occurrence of each (what a walk over all pairs of occurrences would meet first).
          const byChange = new Map<string, Touch[]>();
          for (const o of occurrences) {
            const list = byChange.get(o.step.changeId);
            if (list) list.push(o);
            else byChange.set(o.step.changeId, [o]);
          }
          const sides = [...byChange.values()];
          for (let i = 0; i < sides.length; i++) {
            for (let j = i + 1; j < sides.length; j++) {
              const left = sides[i] as Touch[];
              const right = sides[j] as Touch[];
              const a = left[0] as Touch;
              const b = right[0] as Touch;
              const changes = [a.step.changeId, b.step.changeId].sort() as [string, string];
              const key = `${changes[0]}\u0000${changes[1]}\u0000${kind}:${element}`;
              let c = collisions.get(key);
              if (!c) {
                c = { kind, element, changes, first: [a.step, b.step], start: interval.start, end: interval.end, overlapMs: 0, steps: new Map(), members: new Map() };
                collisions.set(key, c);
              }
              // Count the interval's duration once per collision.
              if (c.end !== interval.end || c.overlapMs === 0) {
                c.overlapMs += interval.end - interval.start;
                c.end = interval.end;
              }
              for (const side of [left, right]) {
                const changeId = (side[0] as Touch).step.changeId;
                const set = c.steps.get(changeId) ?? new Set<string>();
                c.steps.set(changeId, set);
                for (const o of side) set.add(o.step.id);
                if (kind !== 'group') continue;
                const members = c.members.get(changeId) ?? new Set<string>();
                c.members.set(changeId, members);
                for (const o of side) if (o.member !== undefined) members.add(o.member);
              }
            }
          }
        }
      }
    }

    const pairKey = (c: Collision) => `${c.changes[0]}\u0000${c.changes[1]}`;
    const sharedServers = new Map<string, Set<string>>();
    for (const c of collisions.values()) {
      if (c.kind !== 'server') continue;
      const set = sharedServers.get(pairKey(c)) ?? new Set<string>();
      set.add(c.element);
      sharedServers.set(pairKey(c), set);
    }

    const ordered = [...collisions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, c] of ordered) {
      const shared = sharedServers.get(pairKey(c));
      // A shared call server already says it all: its trunks and its group add nothing for the CAB.
      if (c.kind === 'trunk') {
        const server = inv.trunks.get(c.element)?.callServer;
        if (server !== undefined && shared?.has(server)) continue;
      }
      if (c.kind === 'group' && [...(shared ?? [])].some((s) => inv.callServers.get(s)?.redundancyGroup === c.element)) continue;

      const [x, y] = c.first;
      const [later, earlier] = compareSteps(x, y) >= 0 ? [x, y] : [y, x];
      const common = {
        change: later.changeId,
        step: later.id,
        otherChange: earlier.changeId,
        otherStep: earlier.id,
        changes: c.changes,
        overlapStart: context.formatInstant(c.start),
        overlapEnd: context.formatInstant(c.end),
        overlapMinutes: Math.round(c.overlapMs / 60_000),
        steps: c.changes.flatMap((id) => [...(c.steps.get(id) ?? [])].sort().map((s) => `${id}#${s}`)),
      };
      const at = { file: later.at.file, pointer: later.at.pointer + '/window' };
      if (c.kind === 'group') {
        context.reportStep(later, {
          messageId: 'sameGroup',
          at,
          atKey: true,
          data: {
            ...common,
            group: c.element,
            members: [...(c.members.get(later.changeId) ?? [])].sort(),
            otherMembers: [...(c.members.get(earlier.changeId) ?? [])].sort(),
          },
        });
      } else {
        context.reportStep(later, {
          messageId: 'sameElement',
          at,
          atKey: true,
          data: { ...common, elementKind: KIND_LABEL[c.kind], element: c.element },
        });
      }
    }
  },
});
