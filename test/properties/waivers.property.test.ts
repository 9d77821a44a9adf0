// Property: for random plans on the base network, judged by every rule, adding waivers for every
// blocking finding, approved by the change's owner, by people outside the policy's approvers, by
// approvers without the CAB role, or by the waiver's own author, never changes a failing verdict nor
// hides a blocking finding. Waivers approved by two CAB members other than those do cover waivable
// findings (so the property does not hold only because waivers never work).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import type { Evaluation, RepoFile } from '../../src/engine/evaluate.ts';
import { SITE_IDS, changeRequest, night, sixSiteFiles } from '../support/builders.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261203);
const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
const BASE = sixSiteFiles();
const enc = (text: string) => new TextEncoder().encode(text);

interface StepShape {
  action: 'restart' | 'drain' | 'isolate' | 'config-push';
  sites: number[];
  day: number;
  hour: number;
  hours: number;
}

const stepArb: fc.Arbitrary<StepShape> = fc.record({
  action: fc.constantFrom('restart' as const, 'drain' as const, 'isolate' as const, 'config-push' as const),
  sites: fc.uniqueArray(fc.integer({ min: 0, max: SITE_IDS.length - 1 }), { minLength: 1, maxLength: SITE_IDS.length }),
  day: fc.integer({ min: 7, max: 11 }),
  hour: fc.integer({ min: 0, max: 21 }),
  hours: fc.integer({ min: 1, max: 2 }),
});

interface PlanShape {
  owner: string;
  declaredRisk: string;
  steps: StepShape[];
  approvers: string[];
  author: string;
}

const planArb: fc.Arbitrary<PlanShape> = fc.record({
  owner: fc.constantFrom('j.dupont', 'm.leroy', 'a.martin'),
  declaredRisk: fc.constantFrom('low', 'medium', 'high'),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  /** Who signs the bad waivers: the owner, outsiders, approvers without the CAB role, the waiver's author. */
  approvers: fc.subarray(['OWNER', 'x.outsider', 's.moreau', 'n.petit', 'AUTHOR'], { minLength: 1 }),
  author: fc.constantFrom('a.martin', 'l.bernard'),
});

const pad = (n: number) => String(n).padStart(2, '0');

function planText(plan: PlanShape): string {
  const steps = plan.steps.map((s, i) => ({
    id: `s${i + 1}`,
    action: s.action,
    procedure: s.action === 'config-push' ? 'PUSH-V1' : undefined,
    targets: { sites: s.sites.map((x) => SITE_IDS[x] as string) },
    window: night(s.day, `${pad(s.hour)}:00`, `${pad(s.hour + s.hours)}:00`),
    rollback: { procedure: 'Undo', minutes: 10 },
  }));
  return changeRequest('CR-PROP-1', steps, { title: 'Random plan', owner: plan.owner, purpose: 'Property test', declaredRisk: plan.declaredRisk, state: 'proposed' });
}

function waivers(evaluation: Evaluation, approvedBy: string[], requestedBy: string): RepoFile[] {
  const rules = [...new Set(evaluation.findings.filter((f) => f.severity === 'error' && f.changeId === 'CR-PROP-1').map((f) => f.ruleId))].sort();
  return rules.map((rule, i) => ({
    path: `waivers/W-PROP-${i + 1}.yaml`,
    bytes: enc(
      [
        'kind: Waiver',
        `id: W-PROP-${i + 1}`,
        `rule: ${rule}`,
        'change: CR-PROP-1',
        'justification: Random waiver written by the property test.',
        `requestedBy: ${requestedBy}`,
        'approvedBy:',
        ...approvedBy.map((a) => `  - ${a}`),
        'ticket: PROP-1',
        'expires: 2027-01-31T00:00:00+01:00',
        '',
      ].join('\n'),
    ),
  }));
}

const blocking = (e: Evaluation) =>
  e.findings
    .filter((f) => f.severity === 'error' && f.ruleId !== 'waiver-validity')
    .map((f) => f.fingerprint)
    .sort();

describe('waiver properties', () => {
  it('waivers approved by the owner, outsiders, non-CAB approvers or their author never change a failing verdict', () => {
    let failing = 0;
    let honestlyWaived = 0;
    fc.assert(
      fc.property(planArb, (plan) => {
        const files = [...BASE, { path: 'changes/CR-PROP-1.yaml', bytes: enc(planText(plan)) }];
        const before = evaluate(files, { asOf: AS_OF });
        expect(before.findings.filter((f) => ['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config'].includes(f.ruleId)).map((f) => f.message)).toEqual([]);
        if (before.verdict !== 'fail') return;
        failing++;
        const names = plan.approvers.map((a) => (a === 'OWNER' ? plan.owner : a === 'AUTHOR' ? plan.author : a));
        const attacked = evaluate([...files, ...waivers(before, [...new Set(names)], plan.author)], { asOf: AS_OF });
        expect(attacked.verdict).toBe('fail');
        expect(attacked.waived).toEqual([]);
        expect(blocking(attacked)).toEqual(blocking(before));

        // The honest counterpart: two CAB members who neither own the change nor wrote the waiver.
        const cab = ['a.martin', 'l.bernard'].filter((p) => p !== plan.owner);
        if (cab.length < 2) return;
        const honest = evaluate([...files, ...waivers(before, cab, 'j.dupont')], { asOf: AS_OF });
        if (honest.waived.length > 0) honestlyWaived++;
        for (const f of honest.waived) expect(['wholeGroupAtRisk', 'wholeGroupUnproven', 'noRouteLeft']).not.toContain(f.messageId);
      }),
      { numRuns: 60, seed: SEED },
    );
    // Not vacuous: most random plans fail, and honest waivers do cover findings in some of them.
    expect(failing).toBeGreaterThan(30);
    expect(honestlyWaived).toBeGreaterThan(5);
  });
});
