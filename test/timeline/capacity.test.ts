// The shared capacity arithmetic, on the six-site test network (test/support/builders.ts) evaluated by the real
// engine, plus a property test comparing the indexed capacity with a naive sum over random plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Network, Step } from '../../src/model/types.ts';
import {
  attributeFailure,
  exposureFootprint,
  buildCapacityIndex,
  capacityIndexFor,
  forecastPeak,
  lossesOf,
  remainingCapacity,
  requiredCapacity,
  serverCapacityAt,
  stepToReport,
  worstSiteLoss,
} from '../../src/analysis/capacity.ts';
import type { StepExposure, Timeline } from '../../src/timeline/types.ts';
import { stepKey } from '../../src/timeline/types.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import survivingCapacity from '../../rules/surviving-capacity.ts';
import { changeRequest, networkFiles } from '../support/builders.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

function build(files: Record<string, string>, includeDrafts = false): { network: Network; timeline: Timeline } {
  // One real rule runs so the engine builds the timeline (a gate with no rule is an error).
  const evaluation = evaluate(networkFiles(files), { asOf: AS_OF, rules: [...INPUT_RULES, survivingCapacity], ...(includeDrafts ? { includeDrafts } : {}) });
  expect(evaluation.findings.filter((f) => f.ruleId !== survivingCapacity.id).map((f) => f.message)).toEqual([]);
  if (!evaluation.network || !evaluation.timeline) throw new Error('no network/timeline');
  return { network: evaluation.network, timeline: evaluation.timeline };
}

const ADD_PAR1 = `  - id: s1
    action: capacity-add
    targets: { sites: [PAR1] }
    window: { start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T02:50:00+01:00 }
    capacityChange: { sessions: 4000, cps: 60 }
  - id: s2
    action: capacity-remove
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-09T00:50:00+01:00, end: 2026-12-09T01:50:00+01:00 }
    capacityChange: { sessions: -20000, cps: -100 }
`;

describe('serverCapacityAt', () => {
  const { network, timeline } = build({ 'changes/CR-CAP-1.yaml': changeRequest('CR-CAP-1', ADD_PAR1) });
  const end1 = Date.parse('2026-12-08T02:50:00+01:00');
  const end2 = Date.parse('2026-12-09T01:50:00+01:00');

  it('applies a capacity change only once its step has ended', () => {
    expect(serverCapacityAt(network, timeline, 'par1-cs1', end1 - 1)).toEqual({ sessions: 10000, cps: 150 });
    expect(serverCapacityAt(network, timeline, 'par1-cs1', end1)).toEqual({ sessions: 14000, cps: 210 });
    // A site target changes every server of the site.
    expect(serverCapacityAt(network, timeline, 'par1-cs2', end1)).toEqual({ sessions: 14000, cps: 210 });
    expect(serverCapacityAt(network, timeline, 'par2-cs1', end1)).toEqual({ sessions: 10000, cps: 150 });
  });

  it('sums changes in time order and never goes below zero', () => {
    // 14,000 - 20,000 clamps at 0 sessions; 210 - 100 = 110 cps.
    expect(serverCapacityAt(network, timeline, 'par1-cs1', end2)).toEqual({ sessions: 0, cps: 110 });
    expect(serverCapacityAt(network, timeline, 'par1-cs2', end2)).toEqual({ sessions: 14000, cps: 210 });
    const index = capacityIndexFor(network, timeline);
    expect(index.changesOf('par1-cs1').map((c) => [c.stepId, c.sessions])).toEqual([['s1', 4000], ['s2', -20000]]);
    // The clamped server makes its site total fall back to the per-server sum.
    expect(index.siteTotalsAt('PAR1', end2, 'all')).toEqual({ sessions: 14000, cps: 320, trunkSessions: 32000 });
  });

  it('caches one index per timeline', () => {
    expect(capacityIndexFor(network, timeline)).toBe(capacityIndexFor(network, timeline));
  });

  it('ignores change requests that are not on the timeline (drafts)', () => {
    const draft = build({ 'changes/CR-CAP-2.yaml': changeRequest('CR-CAP-2', ADD_PAR1, { state: 'draft' }) });
    expect(serverCapacityAt(draft.network, draft.timeline, 'par1-cs1', end2)).toEqual({ sessions: 10000, cps: 150 });
    const included = build({ 'changes/CR-CAP-2.yaml': changeRequest('CR-CAP-2', ADD_PAR1, { state: 'draft' }) }, true);
    expect(serverCapacityAt(included.network, included.timeline, 'par1-cs1', end1)).toEqual({ sessions: 14000, cps: 210 });
  });
});

describe('remaining capacity and N-1', () => {
  const drain = `  - id: s1
    action: drain
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T00:50:00+01:00 }
  - id: s2
    action: isolate
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T01:50:00+01:00 }
    capacityLoss: 0.5
  - id: s3
    action: restart
    targets: { trunks: [lyo1-cs1-tla] }
    window: { start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T01:50:00+01:00 }
`;
  const { network, timeline } = build({ 'changes/CR-CAP-3.yaml': changeRequest('CR-CAP-3', drain) });
  const index = capacityIndexFor(network, timeline);

  it('with nothing at risk, N-1 leaves 100,000 sessions / 1,500 cps / 160,000 trunk sessions', () => {
    const remaining = remainingCapacity(network, index, AS_OF, { servers: new Map(), trunks: new Map(), sites: new Set() }, 'all');
    expect(remaining.total).toEqual({ sessions: 120000, cps: 1800, trunkSessions: 192000 });
    const j = worstSiteLoss(remaining, requiredCapacity({ totalSessions: 70000, totalCps: 1000, emergencySessions: 900, emergencyCps: 15 }, 1.2, 'all'));
    expect(j).toMatchObject({
      ok: true,
      available: { sessions: 100000, cps: 1500, trunkSessions: 160000 },
      required: { sessions: 84000, cps: 1200, trunkSessions: 84000 },
      margin: { sessions: 16000, cps: 300, trunkSessions: 76000 },
      failingSites: [],
    });
  });

  it('a drain keeps capacity; a partial loss takes its fraction from the server and its trunks', () => {
    const [draining, isolating] = timeline.intervals;
    expect(draining?.activeSteps.map((s) => s.id)).toEqual(['s1']);
    const drained = lossesOf(network, draining?.exposures ?? [], draining?.start ?? 0);
    expect(drained.servers.get('par1-cs1')).toBe(0);
    const losses = lossesOf(network, isolating?.exposures ?? [], isolating?.start ?? 0);
    expect(losses.servers.get('par1-cs1')).toBe(0.5);
    expect(losses.trunks.get('par1-cs1-tpa')).toBe(0.5);
    expect(losses.trunks.get('lyo1-cs1-tla')).toBe(1);
    const remaining = remainingCapacity(network, index, isolating?.start ?? 0, losses, 'all');
    expect(remaining.bySite.get('PAR1')).toEqual({ sessions: 15000, cps: 225, trunkSessions: 24000 });
    expect(remaining.bySite.get('LYO1')).toEqual({ sessions: 20000, cps: 300, trunkSessions: 24000 });
    // The worst loss is now a full site (20,000 sessions): 115,000 - 20,000.
    const j = worstSiteLoss(remaining, { sessions: 95000, cps: 1000, trunkSessions: 95000 });
    expect(j).toMatchObject({ ok: true, lostSite: 'BDX1', available: { sessions: 95000, cps: 1425, trunkSessions: 144000 }, margin: { sessions: 0 } });
    const short = worstSiteLoss(remaining, { sessions: 95001, cps: 1000, trunkSessions: 95001 });
    expect(short).toMatchObject({ ok: false, short: ['sessions'], margin: { sessions: -1 }, failingSites: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR2'] });
  });

  it('a step still soaking counts as entirely lost', () => {
    const exposure = timeline.exposures.get('CR-CAP-3#s2') as StepExposure;
    const losses = lossesOf(network, [exposure], Date.parse('2026-12-08T03:00:00+01:00'));
    expect(losses.servers.get('par1-cs1')).toBe(1);
  });

  it('losses from lossesOf (trunk facts carried in order) and the same losses built by hand give the same remaining capacity', () => {
    // Trunks of two sites in one step, and trunks at risk through two overlapping steps.
    const overlapping = `  - id: s1
    action: restart
    targets: { sites: [PAR1, LYO1] }
    window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T01:30:00+01:00 }
  - id: s2
    action: isolate
    targets: { callServers: [lyo1-cs1] }
    window: { start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T01:50:00+01:00 }
    capacityLoss: 0.5
  - id: s3
    action: restart
    targets: { trunks: [par1-cs1-tpa, lyo1-cs1-tla] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`;
    const other = build({ 'changes/CR-CAP-4.yaml': changeRequest('CR-CAP-4', overlapping) });
    const check = (net: Network, tl: Timeline) => {
      const capacity = capacityIndexFor(net, tl);
      expect(tl.intervals.length).toBeGreaterThan(0);
      for (const interval of tl.intervals) {
        const losses = lossesOf(net, interval.exposures, interval.start);
        expect(losses.trunks.size).toBeGreaterThan(0);
        // Copies are not made by lossesOf: remainingCapacity looks each trunk up in the inventory.
        const byHand = { servers: new Map(losses.servers), trunks: new Map(losses.trunks), sites: new Set(losses.sites) };
        for (const scope of ['all', 'emergency'] as const) {
          expect(remainingCapacity(net, capacity, interval.start, losses, scope)).toEqual(remainingCapacity(net, capacity, interval.start, byHand, scope));
        }
      }
    };
    check(network, timeline);
    check(other.network, other.timeline);
    // The two sites' trunks are both at risk in the first interval, so a misplaced fact would show.
    const first = other.timeline.intervals[0];
    const remaining = remainingCapacity(other.network, capacityIndexFor(other.network, other.timeline), first?.start ?? 0, lossesOf(other.network, first?.exposures ?? [], first?.start ?? 0), 'all');
    expect(remaining.bySite.get('PAR1')?.trunkSessions).toBe(0);
    expect(remaining.bySite.get('LYO1')?.trunkSessions).toBe(0);
  });

  it('emergency scope counts only emergency-capable servers and trunks', () => {
    const remaining = remainingCapacity(network, index, AS_OF, { servers: new Map([['par1-cs1', 1]]), trunks: new Map(), sites: new Set() }, 'emergency');
    expect(remaining.total.sessions).toBe(110000);
  });

  it('with every site lost, nothing remains and nothing more can be lost', () => {
    const all = new Map([...network.inventory.callServers.keys()].map((id) => [id, 1]));
    const trunks = new Map([...network.inventory.trunks.keys()].map((id) => [id, 1]));
    const remaining = remainingCapacity(network, index, AS_OF, { servers: all, trunks, sites: new Set() }, 'all');
    const j = worstSiteLoss(remaining, { sessions: 1, cps: 0, trunkSessions: 0 });
    expect(j).toMatchObject({ ok: false, lostSite: undefined, available: { sessions: 0 }, margin: { sessions: -1 }, coverage: 0 });
  });
});

describe('forecast helpers', () => {
  const { network } = build({});
  it('rounds requirements up without binary-fraction surprises', () => {
    expect(requiredCapacity({ totalSessions: 70000, totalCps: 1000, emergencySessions: 840, emergencyCps: 14 }, 1.2, 'all')).toEqual({ sessions: 84000, cps: 1200, trunkSessions: 84000 });
    expect(requiredCapacity({ totalSessions: 70000, totalCps: 1000, emergencySessions: 840, emergencyCps: 14 }, 1.2, 'emergency')).toEqual({ sessions: 1008, cps: 17, trunkSessions: 1008 });
  });
  it('finds the peak of every metric over every day type', () => {
    expect(forecastPeak(network)).toEqual({
      totalSessions: 70000,
      totalCps: 1000,
      emergencySessions: 900,
      emergencyCps: 15,
      sessionsPeakAt: 'weekday 18:00',
      emergencySessionsPeakAt: 'weekday 18:00',
    });
  });
});

describe('attribution', () => {
  const fake = (changeId: string, id: string, start: number, end: number): StepExposure =>
    ({ step: { changeId, id, index: 0, window: { start, end } } as Step, start, end, execution: undefined as never, servers: [], trunks: [], exposureEnd: end, unproven: false });
  const a = fake('A', 's1', 0, 10);
  const b = fake('B', 's1', 0, 10);
  const c = fake('C', 's1', 5, 10);

  it('blames a change request that fails alone, not one running beside it harmlessly', () => {
    expect(attributeFailure([a, b], (subset) => subset.some((e) => e.step.changeId === 'A'))).toEqual(['A']);
  });
  it('blames both halves of a joint failure', () => {
    expect(attributeFailure([a, b, c], (subset) => subset.some((e) => e.step.changeId === 'A') && subset.some((e) => e.step.changeId === 'B'))).toEqual(['A', 'B']);
  });
  it('blames everyone when each is redundant to the others', () => {
    expect(attributeFailure([a, b, c], (subset) => subset.length >= 2)).toEqual(['A', 'B', 'C']);
  });
  it('with a footprint, asks once for change requests that repeat each other, and blames the same', () => {
    const same = (changeId: string) => ({ ...fake(changeId, 's1', 0, 10), servers: ['par1-cs1'], step: { ...fake(changeId, 's1', 0, 10).step, capacityLoss: 1, targets: { sites: [] } } as unknown as Step });
    const copies = ['A', 'B', 'C', 'D'].map(same);
    const other = { ...same('E'), servers: ['lyo1-cs1'] };
    const asked: number[] = [];
    const fails = (subset: readonly StepExposure[]) => {
      asked.push(subset.length);
      return subset.some((e) => e.servers.includes('par1-cs1')) && subset.some((e) => e.servers.includes('lyo1-cs1'));
    };
    const plain = attributeFailure([...copies, other], fails);
    const askedPlain = asked.length;
    asked.length = 0;
    expect(attributeFailure([...copies, other], fails, exposureFootprint)).toEqual(plain);
    expect(plain).toEqual(['E']);
    // Plain: own and without for each of the five; with the footprint the four copies share one question.
    expect(askedPlain).toBe(10);
    expect(asked.length).toBe(7);
  });
  it('points at the latest-starting running step of a change request', () => {
    const interval = { index: 0, start: 6, end: 10, activeSteps: [], exposures: [a, c, fake('C', 's0', 0, 5)], atRiskServers: [], atRiskTrunks: [], serverLoss: new Map(), unprovenServers: [], forecast: {} } as never;
    expect(stepToReport(interval, 'C')?.id).toBe('s1');
    expect(stepToReport(interval, 'Z')).toBeUndefined();
  });
});

describe('index against a naive sum (property)', () => {
  const { network } = build({});
  const servers = [...network.inventory.callServers.keys()].sort();
  it('serverAt and siteTotalsAt equal summing every ended change', () => {
    const event = fc.record({
      server: fc.constantFrom(...servers),
      end: fc.integer({ min: 1, max: 50 }),
      sessions: fc.integer({ min: -12000, max: 12000 }),
      cps: fc.integer({ min: -200, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 0, max: 51 }), (events, t) => {
        const exposures = new Map<string, StepExposure>();
        events.forEach((e, i) => {
          const step = { changeId: 'CR-P', id: `s${i}`, index: i, action: i % 2 ? 'capacity-add' : 'capacity-remove', capacityChange: { sessions: e.sessions, cps: e.cps }, window: { start: 0, end: e.end } } as unknown as Step;
          exposures.set(stepKey(step), { step, start: 0, end: e.end, execution: undefined as never, servers: [e.server], trunks: [], exposureEnd: e.end, unproven: false });
        });
        const timeline: Timeline = { timeZone: 'Europe/Paris', intervals: [], exposures, rollouts: [], soakHours: 24, options: { soakHours: 24 }, proofs: new Map() };
        const index = buildCapacityIndex(network, timeline);
        const naive = (id: string) => {
          const base = network.inventory.callServers.get(id)?.capacity ?? { sessions: 0, cps: 0 };
          const ended = events.filter((e) => e.server === id && e.end <= t);
          return {
            sessions: Math.max(0, base.sessions + ended.reduce((n, e) => n + e.sessions, 0)),
            cps: Math.max(0, base.cps + ended.reduce((n, e) => n + e.cps, 0)),
          };
        };
        for (const id of servers) expect(index.serverAt(id, t)).toEqual(naive(id));
        for (const site of index.siteIds) {
          const members = servers.filter((id) => network.inventory.callServers.get(id)?.site === site);
          const sum = members.map(naive).reduce((acc, c) => ({ sessions: acc.sessions + c.sessions, cps: acc.cps + c.cps }), { sessions: 0, cps: 0 });
          expect(index.siteTotalsAt(site, t, 'all')).toMatchObject(sum);
        }
      }),
      { numRuns: 150 },
    );
  });
});
