// The guard evaluates the repository focused on the guarded change request: its decision must be the one
// a whole evaluation gives, for every step of every change request, and an evaluation focused on another
// change request must never let a step start.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardStep } from '../../src/lifecycle/guard.ts';
import { readFolder } from '../../src/source/folder.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import { fixtureRepo } from '../support/fixture-repos.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');

describe('the guard on an evaluation focused on the guarded change request', () => {
  const example = readFolder(EXAMPLE).files.filter((f) => !f.path.startsWith('gallery/'));
  // The staged upgrade part-way through its record: its next steps may start.
  const underWay = readFolder(fixtureRepo('lifecycle')).files;

  it('decides as on a whole evaluation, for every step of the example and of the upgrade under way, at each planned start and mid-plan', () => {
    const statuses = new Set<string>();
    for (const files of [example, underWay]) expect(sameDecisions(files, statuses)).toBeGreaterThan(50);
    expect([...statuses].sort()).toEqual(['go', 'no-go']);
  });

  /** Compares the decisions for every step at every instant; returns how many, adding their statuses to `statuses`. */
  function sameDecisions(files: ReturnType<typeof readFolder>['files'], statuses: Set<string>): number {
    const whole0 = evaluate(files, { rules: defaultRules });
    const instants = new Set<number>([Date.parse('2026-12-09T01:30:00+01:00')]);
    for (const change of whole0.network?.allChanges ?? []) for (const step of change.steps) instants.add(step.window.start);
    let decisions = 0;
    for (const asOf of [...instants].sort((a, b) => a - b)) {
      const whole = evaluate(files, { rules: defaultRules, asOf });
      for (const change of whole.network?.allChanges ?? []) {
        const focused = evaluate(files, { rules: defaultRules, asOf, focusChange: change.id });
        for (const step of change.steps) {
          const expected = guardStep(whole, change.id, step.id, 'option');
          expect(guardStep(focused, change.id, step.id, 'option'), `${change.id}#${step.id} at ${new Date(asOf).toISOString()}`).toEqual(expected);
          statuses.add(expected.status);
          decisions++;
        }
      }
    }
    return decisions;
  }

  it('refuses to judge a step on an evaluation focused on another change request', () => {
    const asOf = Date.parse('2026-12-10T00:31:00+01:00');
    expect(guardStep(evaluate(underWay, { rules: defaultRules, asOf, focusChange: 'CR-2026-0412' }), 'CR-2026-0412', 's7', 'option').status).toBe('go');
    const focusedOnOther = evaluate(underWay, { rules: defaultRules, asOf, focusChange: 'CR-2026-0601' });
    const decision = guardStep(focusedOnOther, 'CR-2026-0412', 's7', 'option');
    expect(decision.status).toBe('error');
    expect(decision.reasons.map((r) => r.check)).toEqual(['not-evaluated']);
  });
});
