// Invariant 6: changes that overlap in time are judged together. The other invariant rules already
// judge overlapping plans jointly; this rule makes the collision itself visible to the CAB: two change
// requests whose step windows overlap and touch the same call server, trunk or redundancy group.
// It walks the timeline's intervals (steps active together), never all pairs of steps, and reports each
// change request once per element, naming the earlier change requests it overlaps there (listed up to a
// cap and counted), so a dense plan gives findings in proportion to its steps, not to its pairs.
import { defineRule, wantedChanges } from '../src/rule-api/rule.ts';
import type { RuleContext } from '../src/rule-api/rule.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import { FINDING_LIST_LIMIT } from '../src/core/finding.ts';
import type { FindingData } from '../src/core/finding.ts';
import type { Network, Step } from '../src/model/types.ts';
import type { StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';
import { addEach } from '../src/core/collections.ts';

type Kind = 'server' | 'trunk' | 'group';

const KINDS: readonly Kind[] = ['server', 'trunk', 'group'];

/** A step touching an element in an interval; for a group, through which member; for a trunk, whether through its call server. */
interface Touch {
  step: Step;
  member?: string;
  viaServer?: boolean;
}

/** An interval in which at least two change requests touch one element: each change's touches, in running order. */
interface Slot {
  start: number;
  end: number;
  byChange: Map<string, Touch[]>;
}

/** What one change request is reported for on one element: the earlier change requests it collides with there. */
interface Collision {
  kind: Kind;
  element: string;
  change: string;
  /** The first pair of steps found overlapping: this change's, then the other's. */
  first: [Step, Step];
  start: number;
  end: number;
  overlapMs: number;
  /** The other change requests, in the order they were met, at most FINDING_LIST_LIMIT of them. */
  others: string[];
  otherCount: number;
  /** Steps that took part, of this change and of the listed others, by change id. */
  steps: Map<string, Set<string>>;
  /** For group collisions: the members each change request touched. */
  members: Map<string, Set<string>>;
}

const KIND_LABEL: Record<Kind, string> = { server: 'call server', trunk: 'trunk', group: 'redundancy group' };

export default defineRule<Record<string, never>, 'sameElement' | 'sameGroup' | 'sameElementMany' | 'sameGroupMany'>({
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
    sameElementMany:
      '{{change}} step {{step}} touches {{elementKind}} {{element}} while {{otherCount}} other change requests that started before it also do, between {{overlapStart}} and {{overlapEnd}} ({{overlapMinutes}} min of overlap): {{others}}. With several change requests on the same element at the same time, a failure cannot be attributed to one of them and rolling one back can undo the others. Sequence them (or merge them into one plan) and have the owners agree on the order.',
    sameGroupMany:
      '{{change}} step {{step}} works on redundancy group {{group}} while {{otherCount}} other change requests that started before it also do, between {{overlapStart}} and {{overlapEnd}} ({{overlapMinutes}} min of overlap): {{others}}. {{change}} touches {{members}} while they touch {{otherMembers}}, so each plan leans on members the others have at risk. Sequence the change requests so that one group change runs at a time.',
  },
  waivable: true,
  check(context) {
    const { network, timeline } = context;
    const inv = network.inventory;
    const serverSets = new Map<StepExposure, ReadonlySet<string>>();
    const serverSet = (e: StepExposure) => {
      let set = serverSets.get(e);
      if (!set) serverSets.set(e, (set = addEach(new Set<string>(), e.servers)));
      return set;
    };
    // A change request's collisions are on elements its own steps touch, ranked by who arrived first on
    // them over the whole timeline: a focused evaluation keeps every interval but only those elements.
    const wanted = wantedElements(context);
    // Per element, the intervals in which two or more change requests touch it: the size of the timeline.
    const slotsByElement = new Map<string, { kind: Kind; element: string; slots: Slot[] }>();

    for (const interval of timeline.intervals) {
      if (interval.activeSteps.length < 2) continue;
      // Steps of at least two change requests must be running for anything to collide.
      if (new Set(interval.activeSteps.map((s) => s.changeId)).size < 2) continue;
      // Who touches each element in this interval, per kind, in the order the steps run.
      const touching: Record<Kind, Map<string, Touch[]>> = { server: new Map(), trunk: new Map(), group: new Map() };
      const touch = (kind: Kind, element: string, occurrence: Touch) => {
        if (wanted && !wanted[kind](element)) return;
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
        // An index loop: the list is frozen, and for-of over a frozen array allocates per element.
        for (let i = 0; i < exposure.servers.length; i++) {
          const s = exposure.servers[i] as string;
          touch('server', s, plain);
          const group = inv.callServers.get(s)?.redundancyGroup;
          if (group !== undefined) touch('group', group, { step, member: s });
        }
      }
      // Trunks: a step reaches the trunks of its call servers and the trunks it names. Two change requests
      // that both reach a trunk through its server share that server, which says it all (see below); so
      // only a trunk some running step names without its server can collide visibly, and only those
      // trunks are walked (not the thousands every server brings).
      for (const { step, exposure } of running) {
        for (const t of step.targets.trunks) {
          const trunk = inv.trunks.get(t);
          if (!trunk || serverSet(exposure).has(trunk.callServer) || touching.trunk.has(t) || (wanted && !wanted.trunk(t))) continue;
          for (const other of running) {
            const viaServer = serverSet(other.exposure).has(trunk.callServer);
            if (viaServer || other.step.targets.trunks.includes(t)) touch('trunk', t, { step: other.step, viaServer });
          }
        }
      }
      for (const kind of KINDS) {
        for (const [element, occurrences] of touching[kind]) {
          const firstChange = (occurrences[0] as Touch).step.changeId;
          if (occurrences.every((o) => o.step.changeId === firstChange)) continue;
          const byChange = new Map<string, Touch[]>();
          for (const o of occurrences) {
            const list = byChange.get(o.step.changeId);
            if (list) list.push(o);
            else byChange.set(o.step.changeId, [o]);
          }
          const key = `${kind}:${element}`;
          let entry = slotsByElement.get(key);
          if (!entry) slotsByElement.set(key, (entry = { kind, element, slots: [] }));
          entry.slots.push({ start: interval.start, end: interval.end, byChange });
        }
      }
    }

    const collisions: Collision[] = [];
    for (const { kind, element, slots } of slotsByElement.values()) collisions.push(...collisionsOn(kind, element, slots));
    collisions.sort((a, b) => (a.change < b.change ? -1 : a.change > b.change ? 1 : 0) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (a.element < b.element ? -1 : a.element > b.element ? 1 : 0));

    for (const c of collisions) {
      const [own, other] = c.first;
      const steps = [c.change, ...c.others].sort().flatMap((id) => [...(c.steps.get(id) ?? [])].sort().map((s) => `${id}#${s}`));
      const common = {
        change: own.changeId,
        step: own.id,
        otherChange: other.changeId,
        otherStep: other.id,
        changes: [c.change, ...c.others].sort(),
        overlapStart: context.formatInstant(c.start),
        overlapEnd: context.formatInstant(c.end),
        overlapMinutes: Math.round(c.overlapMs / 60_000),
        steps,
      };
      const many: FindingData = c.otherCount > 1 ? { otherChanges: c.others, otherCount: c.otherCount, others: listed(c.others, c.otherCount) } : {};
      const at = { file: own.at.file, pointer: own.at.pointer + '/window' };
      if (c.kind === 'group') {
        const otherMembers = new Set<string>();
        for (const id of c.others) for (const m of c.members.get(id) ?? []) otherMembers.add(m);
        context.reportStep(own, {
          messageId: c.otherCount > 1 ? 'sameGroupMany' : 'sameGroup',
          at,
          atKey: true,
          data: { ...common, ...many, group: c.element, members: [...(c.members.get(c.change) ?? [])].sort(), otherMembers: [...otherMembers].sort() },
        });
      } else {
        context.reportStep(own, {
          messageId: c.otherCount > 1 ? 'sameElementMany' : 'sameElement',
          at,
          atKey: true,
          data: { ...common, ...many, elementKind: KIND_LABEL[c.kind], element: c.element },
        });
      }
    }
  },
});

/**
 * The elements the wanted change requests touch, per kind: their steps' servers, those servers' groups,
 * the trunks they name and the trunks of their servers. Undefined when every change request is wanted.
 */
function wantedElements(context: Pick<RuleContext<unknown>, 'wants' | 'network' | 'timeline'>): Record<Kind, (element: string) => boolean> | undefined {
  const changes = wantedChanges(context);
  if (!changes) return undefined;
  const inv: Network['inventory'] = context.network.inventory;
  const servers = new Set<string>();
  const namedTrunks = new Set<string>();
  for (const e of context.timeline.exposures.values()) {
    if (!changes.has(e.step.changeId)) continue;
    addEach(servers, e.servers);
    addEach(namedTrunks, e.step.targets.trunks);
  }
  const groups = new Set<string>();
  for (const s of servers) {
    const group = inv.callServers.get(s)?.redundancyGroup;
    if (group !== undefined) groups.add(group);
  }
  return {
    server: (s) => servers.has(s),
    group: (g) => groups.has(g),
    trunk: (t) => {
      if (namedTrunks.has(t)) return true;
      const server = inv.trunks.get(t)?.callServer;
      return server !== undefined && servers.has(server);
    },
  };
}

/** "CR-1, CR-2 and 27 more": the listed ids and a count of the rest. */
function listed(ids: readonly string[], count: number): string {
  return count > ids.length ? `${ids.join(', ')} and ${count - ids.length} more` : ids.join(', ');
}

/**
 * The collisions on one element. Change requests are ranked by their first step in the first interval
 * they collide in; each pair that overlaps is reported once, on the later-ranked change request, and each
 * change request gets one finding per element naming the earlier ones it overlaps (listed up to
 * FINDING_LIST_LIMIT, all counted). Work is proportional to the pairs that meet, memory to the slots.
 */
function collisionsOn(kind: Kind, element: string, slots: readonly Slot[]): Collision[] {
  const rank = new Map<string, number>();
  const firstStep = new Map<string, Step>();
  const slotsOf = new Map<string, number[]>();
  for (const [index, slot] of slots.entries()) {
    const arrivals: Step[] = [];
    for (const [changeId, touches] of slot.byChange) {
      if (!firstStep.has(changeId)) arrivals.push((touches[0] as Touch).step);
      const list = slotsOf.get(changeId);
      if (list) list.push(index);
      else slotsOf.set(changeId, [index]);
    }
    arrivals.sort(compareSteps);
    for (const step of arrivals) {
      firstStep.set(step.changeId, step);
      rank.set(step.changeId, rank.size);
    }
  }
  const metBy = new Map<string, number>();
  const result: Collision[] = [];
  for (const [change, own] of slotsOf) {
    const ownRank = rank.get(change) as number;
    let c: Collision | undefined;
    for (const index of own) {
      const slot = slots[index] as Slot;
      const mine = slot.byChange.get(change) as Touch[];
      let metHere = false;
      for (const [other, theirs] of slot.byChange) {
        if ((rank.get(other) as number) >= ownRank || hiddenBySharedServer(kind, mine, theirs)) continue;
        if (!c) {
          c = { kind, element, change, first: [(mine[0] as Touch).step, (theirs[0] as Touch).step], start: slot.start, end: slot.end, overlapMs: 0, others: [], otherCount: 0, steps: new Map(), members: new Map() };
          result.push(c);
        }
        metHere = true;
        if (metBy.get(other) !== ownRank) {
          metBy.set(other, ownRank);
          c.otherCount++;
          if (c.others.length < FINDING_LIST_LIMIT) c.others.push(other);
        }
        if (c.others.includes(other)) record(c, other, theirs);
      }
      if (!metHere || !c) continue;
      // Count the interval's duration once per collision.
      c.overlapMs += slot.end - slot.start;
      c.end = slot.end;
      record(c, change, mine);
    }
  }
  return result;
}

function record(c: Collision, changeId: string, touches: readonly Touch[]): void {
  let steps = c.steps.get(changeId);
  if (!steps) c.steps.set(changeId, (steps = new Set()));
  for (const t of touches) steps.add(t.step.id);
  if (c.kind !== 'group') return;
  let members = c.members.get(changeId);
  if (!members) c.members.set(changeId, (members = new Set()));
  for (const t of touches) if (t.member !== undefined) members.add(t.member);
}

/**
 * A shared call server already says it all: two change requests that both reach a trunk through its
 * server, or both touch the same member of a group, in this interval collide on that server, which is
 * reported on its own.
 */
function hiddenBySharedServer(kind: Kind, mine: readonly Touch[], theirs: readonly Touch[]): boolean {
  if (kind === 'trunk') return mine.some((t) => t.viaServer) && theirs.some((t) => t.viaServer);
  if (kind === 'group') return mine.some((t) => theirs.some((o) => o.member === t.member));
  return false;
}
