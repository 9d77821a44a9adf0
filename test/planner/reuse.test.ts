// The planner's search reuses what its evaluations build from unchanged documents (src/model/reuse.ts).
// Its outcome must be exactly the one of a search whose every evaluation builds afresh: the same plans,
// refusals and hints, byte for byte, on the example and on generated repositories.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_FROM, PLANNED_CHANGE, planInstance } from '../../bench/plan-instances.ts';
import type { PlanInstanceParams } from '../../bench/plan-instances.ts';
import { safePlanHints } from '../../src/planner/hint.ts';
import { documentReviser } from '../../src/planner/document.ts';
import { planChange } from '../../src/planner/plan.ts';
import type { PlanRequest } from '../../src/planner/plan.ts';
import { readFolder } from '../../src/source/folder.ts';
import { memoryDocumentCache } from '../../src/source/memory-document-cache.ts';
import type * as ModelReuse from '../../src/model/reuse.ts';
import type * as Engine from '../../src/engine/evaluate.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import type { RepoFile } from '../default-pack.ts';

// The memo with a switch: off, it never returns an entry, so every evaluation builds every change request.
const memo = vi.hoisted(() => ({ reuse: true, hits: 0 }));
vi.mock('../../src/model/reuse.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof ModelReuse>();
  return {
    ...actual,
    reusedChange: (...args: Parameters<typeof actual.reusedChange>) => {
      if (!memo.reuse) return undefined;
      const known = actual.reusedChange(...args);
      if (known) memo.hits++;
      return known;
    },
  };
});

// Counts the evaluations the planner runs (the verification may take the last attempt's).
const engine = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/engine/evaluate.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Engine>();
  return {
    ...actual,
    evaluate: (...args: Parameters<typeof actual.evaluate>) => {
      engine.calls++;
      return actual.evaluate(...args);
    },
  };
});

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const EXAMPLE_FROM = Date.parse('2026-11-27T09:00:00+01:00');

/** The outcome with reuse and without, as JSON, and how many change requests were reused. */
function bothWays<T>(run: () => T): { reused: string; fresh: string; hits: number } {
  memo.reuse = true;
  memo.hits = 0;
  const reused = JSON.stringify(run());
  const hits = memo.hits;
  memo.reuse = false;
  const fresh = JSON.stringify(run());
  memo.reuse = true;
  return { reused, fresh, hits };
}

beforeEach(() => {
  memo.reuse = true;
});

const exampleRequests: { name: string; request: PlanRequest }[] = [
  { name: 'CR-2026-0601, earliest finish', request: { changeId: 'CR-2026-0601', from: EXAMPLE_FROM, horizonDays: 30, reviser: documentReviser, evaluation: { rules: defaultRules } } },
  { name: 'CR-2026-0601, fewest per night', request: { changeId: 'CR-2026-0601', from: EXAMPLE_FROM, horizonDays: 30, objective: 'fewest-per-night', reviser: documentReviser, evaluation: { rules: defaultRules } } },
  { name: 'CR-2026-0601, a 4-day horizon (no plan)', request: { changeId: 'CR-2026-0601', from: EXAMPLE_FROM, horizonDays: 4, reviser: documentReviser, evaluation: { rules: defaultRules } } },
  { name: 'CR-2026-0601, 5 evaluations at most', request: { changeId: 'CR-2026-0601', from: EXAMPLE_FROM, horizonDays: 30, maxEvaluations: 5, reviser: documentReviser, evaluation: { rules: defaultRules } } },
  { name: 'CR-2026-0412, started', request: { changeId: 'CR-2026-0412', from: EXAMPLE_FROM, horizonDays: 30, reviser: documentReviser, evaluation: { rules: defaultRules, includeDrafts: true } } },
];

describe('a planner search that reuses built change requests plans exactly as one that builds afresh', () => {
  for (const { name, request } of exampleRequests) {
    it(`on the example: ${name}`, () => {
      const files = readFolder(EXAMPLE).files;
      const { reused, fresh } = bothWays(() => planChange(files, request));
      expect(reused).toBe(fresh);
    });
  }

  it('on the example, and the search does reuse them', () => {
    const files = readFolder(EXAMPLE).files;
    const { reused, fresh, hits } = bothWays(() => planChange(files, exampleRequests[0]?.request as PlanRequest));
    expect(JSON.parse(reused).status).toBe('planned');
    expect(reused).toBe(fresh);
    // One change request besides the planned one, reused by every evaluation after the first.
    expect(hits).toBeGreaterThanOrEqual(JSON.parse(reused).evaluations - 1);
  });

  it('verifies the plan with the evaluation of the last attempt when their texts are the same, as a fresh evaluation would', () => {
    const example = readFolder(EXAMPLE).files;
    const declaring = (files: RepoFile[], path: string, from: string, to: string) => files.map((f) => (f.path === path ? { path, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace(from, to)) } : f));
    const generated = planInstance({ sites: 4, serversPerSite: 2, otherChanges: 3, stepMinutes: 60, rollbackMinutes: 30, seed: 3 });
    const generatedRequest: PlanRequest = { changeId: PLANNED_CHANGE, from: PLAN_FROM, horizonDays: 6, gridMinutes: 60, reviser: documentReviser, evaluation: { rules: defaultRules } };
    const cases = [
      // The plan raises the declared risk (low to high): its text is not the last attempt's.
      { files: example, request: exampleRequests[0]?.request as PlanRequest, reused: false },
      // Declared high already: the verified text is the last attempt's.
      { files: declaring(example, 'changes/CR-2026-0601-reconnection-all-sites.yaml', 'declaredRisk: low', 'declaredRisk: high'), request: exampleRequests[0]?.request as PlanRequest, reused: true },
      { files: declaring(example, 'changes/CR-2026-0601-reconnection-all-sites.yaml', 'declaredRisk: low', 'declaredRisk: high'), request: exampleRequests[1]?.request as PlanRequest, reused: true },
      { files: declaring(generated, `changes/${PLANNED_CHANGE}.yaml`, 'declaredRisk: low', 'declaredRisk: critical'), request: generatedRequest, reused: true },
    ];
    for (const { files, request, reused } of cases) {
      engine.calls = 0;
      const plan = planChange(files, request);
      if (plan.status !== 'planned') throw new Error(`no plan: ${JSON.stringify(plan)}`);
      expect(plan.declaredRisk.now === plan.declaredRisk.was).toBe(reused);
      // Every search that found a plan verified it (fewest-per-night runs one per cap tried): each reused one is an evaluation saved.
      if (reused && request.objective === 'fewest-per-night') expect(engine.calls).toBeLessThan(plan.evaluations);
      else expect(engine.calls).toBe(reused ? plan.evaluations - 1 : plan.evaluations);
      const withPlan = files.map((f) => (f.path === plan.file ? { path: f.path, bytes: new TextEncoder().encode(plan.text) } : f));
      const fresh = evaluate(withPlan, { rules: defaultRules, asOf: request.from });
      expect(plan.verified).toEqual({ verdict: fresh.verdict, findings: fresh.findings.length });
    }
  });

  it('for the safe-plan hint under a failing check', () => {
    const files = readFolder(EXAMPLE).files;
    const evaluation = evaluate(files, { rules: defaultRules, asOf: EXAMPLE_FROM });
    const { reused, fresh } = bothWays(() => safePlanHints(files, evaluation, { rules: defaultRules }, documentReviser));
    expect(JSON.parse(reused)).toHaveLength(1);
    expect(reused).toBe(fresh);
  });

  it('for the safe-plan hint starting from the check\'s evaluation and the documents it loaded', () => {
    const files = readFolder(EXAMPLE).files;
    const documentCache = memoryDocumentCache();
    const evaluation = evaluate(files, { rules: defaultRules, asOf: EXAMPLE_FROM, documentCache });
    engine.calls = 0;
    const alone = JSON.stringify(safePlanHints(files, evaluation, { rules: defaultRules }, documentReviser));
    const callsAlone = engine.calls;
    engine.calls = 0;
    const started = JSON.stringify(safePlanHints(files, evaluation, { rules: defaultRules }, documentReviser, { evaluation, documentCache }));
    expect(started).toBe(alone);
    expect(JSON.parse(started)).toHaveLength(1);
    // One search (one failing change request): the evaluation of the repository as it is was not run again.
    expect(engine.calls).toBe(callsAlone - 1);
  });

  const generated: PlanInstanceParams[] = [
    { sites: 4, serversPerSite: 2, otherChanges: 3, stepMinutes: 60, rollbackMinutes: 30, seed: 3 },
    { sites: 3, serversPerSite: 1, otherChanges: 2, stepMinutes: 90, rollbackMinutes: 60, seed: 7 },
    { sites: 5, serversPerSite: 1, otherChanges: 4, stepMinutes: 120, rollbackMinutes: 60, serverSessions: 10, seed: 19 },
  ];
  for (const params of generated) {
    it(`on a generated repository: ${params.sites} sites, ${params.otherChanges} other changes (seed ${params.seed})`, () => {
      const files: RepoFile[] = planInstance(params);
      for (const objective of ['earliest-finish', 'fewest-per-night'] as const) {
        const request: PlanRequest = { changeId: PLANNED_CHANGE, from: PLAN_FROM, horizonDays: 6, gridMinutes: 60, objective, reviser: documentReviser, evaluation: { rules: defaultRules } };
        const { reused, fresh, hits } = bothWays(() => planChange(files, request));
        expect(reused).toBe(fresh);
        expect(hits).toBeGreaterThan(0);
      }
    });
  }
});
