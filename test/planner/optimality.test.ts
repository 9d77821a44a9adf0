// The planner against the truth on small generated networks: its plan finishes as early as the best
// schedule an exhaustive search finds (same slots, same acceptance), every plan it proposes passes an
// independent evaluation of the repository, and an impossible case names its binding constraint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_FROM, PLANNED_CHANGE, planInstance } from '../../bench/plan-instances.ts';
import type { PlanInstanceParams } from '../../bench/plan-instances.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import { exhaustiveEarliestFinish, exhaustiveFewestPerNight } from '../../src/planner/exhaustive.ts';
import { planChange, scheduleJudge } from '../../src/planner/plan.ts';
import { documentReviser } from '../../src/planner/document.ts';

const request = { changeId: PLANNED_CHANGE, from: PLAN_FROM, horizonDays: 6, gridMinutes: 60, reviser: documentReviser, evaluation: { rules: defaultRules } };

function withPlan(files: ReturnType<typeof planInstance>, text: string) {
  return files.map((f) => (f.path === `changes/${PLANNED_CHANGE}.yaml` ? { path: f.path, bytes: new TextEncoder().encode(text) } : f));
}

// Small cases (an exhaustive search costs up to hundreds of evaluations each); `npm run bench` compares more.
const cases: PlanInstanceParams[] = [
  { sites: 3, serversPerSite: 1, otherChanges: 1, stepMinutes: 90, rollbackMinutes: 60, seed: 7 },
  { sites: 3, serversPerSite: 1, otherChanges: 0, stepMinutes: 60, rollbackMinutes: 30, seed: 11 },
  { sites: 3, serversPerSite: 1, otherChanges: 0, stepMinutes: 120, rollbackMinutes: 60, seed: 3 },
  { sites: 2, serversPerSite: 2, otherChanges: 1, stepMinutes: 60, rollbackMinutes: 30, seed: 42 },
];

describe('the planner finishes as early as an exhaustive search', () => {
  for (const params of cases) {
    it(`on ${params.sites} sites, ${params.otherChanges} other change(s), ${params.stepMinutes} min steps (seed ${params.seed})`, () => {
      const files = planInstance(params);
      const plan = planChange(files, request);
      const judge = scheduleJudge(files, request);
      if ('status' in judge) throw new Error(`no judge: ${JSON.stringify(judge)}`);
      const best = exhaustiveEarliestFinish(judge, 3000);
      expect(best.complete).toBe(true);
      // Both find the same finish, or both find that no schedule fits the horizon.
      expect(plan.status === 'planned' ? plan.lastEnd : plan.status).toBe(best.finish ?? 'no-plan');
    });
  }
});

describe('--objective fewest-per-night touches as few members per night as an exhaustive search, then finishes as early', () => {
  for (const params of cases) {
    it(`on ${params.sites} sites, ${params.otherChanges} other change(s), ${params.stepMinutes} min steps (seed ${params.seed})`, () => {
      const files = planInstance(params);
      const fewest = { ...request, objective: 'fewest-per-night' as const };
      const plan = planChange(files, fewest);
      const judge = scheduleJudge(files, fewest);
      if ('status' in judge) throw new Error(`no judge: ${JSON.stringify(judge)}`);
      const best = exhaustiveFewestPerNight(judge, 3000);
      expect(best.complete).toBe(true);
      expect(plan.status === 'planned' ? [plan.objective, plan.maxPerNight, plan.lastEnd] : plan.status).toEqual(best.finish !== undefined ? ['fewest-per-night', best.perNight, best.finish] : 'no-plan');
    });
  }
});

describe('properties on generated networks', () => {
  it('every proposed plan passes an independent evaluation, with no finding about the change', () => {
    fc.assert(
      fc.property(
        fc.record({ sites: fc.integer({ min: 3, max: 5 }), serversPerSite: fc.integer({ min: 1, max: 2 }), otherChanges: fc.integer({ min: 0, max: 2 }), stepMinutes: fc.constantFrom(30, 60, 90), rollbackMinutes: fc.constantFrom(15, 30), seed: fc.integer({ min: 1, max: 1000 }) }),
        (params) => {
          const files = planInstance(params);
          const plan = planChange(files, { ...request, horizonDays: 14, gridMinutes: 30 });
          expect(plan.status).toBe('planned');
          if (plan.status !== 'planned') return;
          const evaluation = evaluate(withPlan(files, plan.text), { asOf: PLAN_FROM });
          expect(evaluation.findings.filter((f) => f.changeId === PLANNED_CHANGE)).toEqual([]);
          expect(evaluation.verdict).not.toBe('error');
          expect(evaluation.changes.find((c) => c.id === PLANNED_CHANGE)?.status).toBe('pass');
        },
      ),
      { numRuns: 3, seed: 17 },
    );
  });

  it('an impossible case names its binding constraint with the capacity that would unblock it', () => {
    fc.assert(
      fc.property(fc.record({ sites: fc.integer({ min: 3, max: 4 }), seed: fc.integer({ min: 1, max: 1000 }) }), ({ sites, seed }) => {
        // Servers far too small: no member can be at risk at any hour while the others carry the forecast.
        const files = planInstance({ sites, serversPerSite: 1, otherChanges: 0, stepMinutes: 60, rollbackMinutes: 30, serverSessions: 10, seed });
        const outcome = planChange(files, { ...request, horizonDays: 3 });
        expect(outcome.status).toBe('no-plan');
        if (outcome.status !== 'no-plan') return;
        expect(outcome.binding.what).toMatch(/^surviving-capacity: no slot in the horizon lets even s00\d-cs1/);
        expect(outcome.binding.unblock.some((u) => /^add at least \d+ sessions of capacity/.test(u))).toBe(true);
      }),
      { numRuns: 2, seed: 5 },
    );
  });
});
