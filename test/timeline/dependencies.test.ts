// The dependency index answers "does this step depend on that one, directly or through others" exactly
// as a plain walk over dependsOn does, on random plans with chains, diamonds, cycles, unknown ids and
// duplicate ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeRequest, Step } from '../../src/model/types.ts';
import { dependsTransitively } from '../../src/timeline/dependencies.ts';

const plan = (steps: { id: string; dependsOn: string[] }[]) => ({ id: 'CR-T', steps: steps as unknown as Step[] }) as unknown as ChangeRequest;

/** The plain walk: every id reachable through dependsOn, looking ids up as the last step with that id. */
function naive(change: ChangeRequest, step: Step, on: string): boolean {
  const byId = new Map(change.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = [...step.dependsOn];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const d of byId.get(id)?.dependsOn ?? []) stack.push(d);
  }
  return byId.has(on) && seen.has(on);
}

describe('dependsTransitively', () => {
  it('follows a long chain both ways without recursion', () => {
    const steps = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, dependsOn: i > 0 ? [`s${i - 1}`] : [] }));
    const change = plan(steps);
    const last = change.steps[19_999] as Step;
    expect(dependsTransitively(change, last, 's0')).toBe(true);
    expect(dependsTransitively(change, change.steps[0] as Step, 's19999')).toBe(false);
    expect(dependsTransitively(change, last, 's19999')).toBe(false);
  });

  it('sees a step inside a cycle as depending on itself, and ignores ids that name no step', () => {
    const change = plan([
      { id: 'a', dependsOn: ['c', 'ghost'] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c', dependsOn: ['b'] },
      { id: 'd', dependsOn: ['c'] },
    ]);
    const [a, , , d] = change.steps as [Step, Step, Step, Step];
    expect(dependsTransitively(change, a, 'a')).toBe(true);
    expect(dependsTransitively(change, d, 'b')).toBe(true);
    expect(dependsTransitively(change, d, 'd')).toBe(false);
    expect(dependsTransitively(change, a, 'd')).toBe(false);
    expect(dependsTransitively(change, a, 'ghost')).toBe(false);
  });

  it('agrees with the plain walk on random plans', () => {
    const arbitraryPlan = fc
      .integer({ min: 1, max: 14 })
      .chain((n) =>
        fc.array(
          fc.record({ id: fc.integer({ min: 0, max: n + 1 }).map((i) => `s${i}`), dependsOn: fc.array(fc.integer({ min: 0, max: n + 2 }).map((i) => `s${i}`), { maxLength: 3 }) }),
          { minLength: 1, maxLength: n },
        ),
      );
    fc.assert(
      fc.property(arbitraryPlan, (steps) => {
        const change = plan(steps);
        for (const step of change.steps) {
          for (let i = 0; i < 17; i++) expect(dependsTransitively(change, step, `s${i}`)).toBe(naive(change, step, `s${i}`));
        }
      }),
      { numRuns: 200, seed: 21 },
    );
  });
});
