// An interval answers "is this trunk at risk?" without building the set of its trunks (a trunk is at
// risk when a step names it or its call server is at risk); the set is built only when listed. Both
// must equal the plain union of the interval's exposures' trunk lists, on random plans of the six-site
// test network whose steps name sites, call servers and trunks (unknown ids included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Interval } from '../../src/timeline/types.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import survivingCapacity from '../../rules/surviving-capacity.ts';
import { changeRequest, networkFiles, night, sixSiteFiles } from '../support/builders.ts';
import type { StepSpec } from '../support/builders.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

/** The union of the exposures' trunk lists, in exposure order: the plain definition. */
function plainUnion(interval: Interval): Set<string> {
  const all = new Set<string>();
  for (const e of interval.exposures) for (const t of e.trunks) all.add(t);
  return all;
}

describe('the trunks at risk in an interval', () => {
  const base = evaluate(networkFiles(), { asOf: AS_OF, rules: [...INPUT_RULES, survivingCapacity] });
  if (!base.network) throw new Error('the six-site network did not build');
  const inventory = base.network.inventory;
  const sites = [...inventory.sites.keys()].sort();
  const servers = [...inventory.callServers.keys()].sort();
  const trunks = [...inventory.trunks.keys()].sort();
  const unknown = ['no-such-trunk', `${trunks[0]}x`];

  const targets = fc.record(
    {
      sites: fc.subarray(sites, { maxLength: 2 }),
      callServers: fc.subarray([...servers, 'no-such-server'], { maxLength: 3 }),
      trunks: fc.subarray([...trunks, ...unknown], { maxLength: 4 }),
    },
    { requiredKeys: [] },
  );
  const stepSpec = fc.record({ targets, day: fc.integer({ min: 8, max: 10 }), from: fc.constantFrom('01:00', '01:30', '02:00'), unproven: fc.boolean() });

  it('answers has() as the plain union does, then lists exactly it, in the same order', () => {
    fc.assert(
      fc.property(fc.array(stepSpec, { minLength: 1, maxLength: 8 }), (specs) => {
        const steps: StepSpec[] = specs.map((s, i) => {
          const named = Object.fromEntries(Object.entries(s.targets).filter(([, list]) => list.length > 0));
          return {
            id: `s${i}`,
            action: s.unproven ? 'config-push' : 'restart',
            targets: Object.keys(named).length > 0 ? named : { callServers: [servers[0] as string] },
            window: night(s.day, s.from, '03:00'),
            ...(s.unproven ? { procedure: `PROC-${i % 2}` } : {}),
            rollback: { procedure: 'undo', minutes: 30 },
          };
        });
        const files = networkFiles({ 'changes/CR-PROP.yaml': changeRequest('CR-PROP', steps) }, sixSiteFiles());
        const evaluation = evaluate(files, { asOf: AS_OF, rules: [...INPUT_RULES, survivingCapacity] });
        const timeline = evaluation.timeline;
        if (!timeline) throw new Error(`no timeline: ${evaluation.findings.map((f) => f.message).join('; ')}`);
        expect(timeline.intervals.length).toBeGreaterThan(0);
        for (const interval of timeline.intervals) {
          const expected = plainUnion(interval);
          // Asked first, before anything lists the set.
          for (const t of [...trunks, ...unknown]) expect(interval.atRiskTrunkSet.has(t), t).toBe(expected.has(t));
          expect([...interval.atRiskTrunkSet]).toEqual([...expected]);
          expect(interval.atRiskTrunkSet.size).toBe(expected.size);
          expect(interval.atRiskTrunks).toEqual([...expected].sort());
          for (const t of [...trunks, ...unknown]) expect(interval.atRiskTrunkSet.has(t)).toBe(expected.has(t));
        }
      }),
      { numRuns: 60 },
    );
  });
});
