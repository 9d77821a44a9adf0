import { describe, expect, it } from 'vitest';
import rule from '../../rules/risk-classification.ts';
import { RISK_DEFAULTS, deriveRisk } from '../../src/analysis/risk.ts';
import { changeRequest, step as builtStep } from '../support/builders.ts';
import { evaluateCase, ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header: declaredRisk's value is on line 6, column 15.

/** A step on `targets` (the inside of a flow mapping), then `extra` YAML lines. */
const step = (id: string, action: string, targets: string, start: string, end: string, extra = '') => builtStep({ id, action, targets: `{ ${targets} }`, window: { start, end } }) + extra;

// Night of Monday 7 to Tuesday 8 December 2026 (weekday forecast 14,000 sessions at 00:00, 9,500 at 01:00).
const NIGHT = (day: number) => [`2026-12-${String(day).padStart(2, '0')}T01:00:00+01:00`, `2026-12-${String(day).padStart(2, '0')}T02:00:00+01:00`] as const;
const [N1, N1E] = NIGHT(8);

// A laboratory group outside the emergency path, on two sites of its own.
const LAB = `kind: Inventory
sites:
  - { id: LAB1, name: Lab one, region: Ile-de-France, failureDomain: lab-1, timeZone: Europe/Paris }
  - { id: LAB2, name: Lab two, region: Ile-de-France, failureDomain: lab-2, timeZone: Europe/Paris }
redundancyGroups:
  - { id: LAB, name: Interop lab }
callServers:
  - { id: lab-cs1, site: LAB1, role: mgcf, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 1000, cps: 10 }, redundancyGroup: LAB, emergency: false }
  - { id: lab-cs2, site: LAB2, role: mgcf, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 1000, cps: 10 }, redundancyGroup: LAB, emergency: false }
`;

const ALL_SITES = 'sites: [PAR1, PAR2, LYO1, MRS1, BDX1, LIL1]';

ruleTester(rule, {
  valid: [
    {
      name: 'one site at night on the emergency path, declared medium (derived medium)',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'drain', 'callServers: [par1-cs1, par1-cs2]', N1, N1E) + step('s2', 'capacity-add', 'callServers: [par1-cs1, par1-cs2]', N1E, '2026-12-08T03:00:00+01:00', '    dependsOn: [s1]\n    capacityChange: { sessions: 4000, cps: 60 }\n'), { declaredRisk: 'medium', state: 'proposed' }),
      },
    },
    {
      name: 'declared above the derived class',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'callServers: [par1-cs1]', N1, N1E), { declaredRisk: 'critical', state: 'proposed' }) },
    },
    {
      name: 'two sites over the change, one per night (below broadChangeSites 3), declared medium',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'sites: [PAR1]', N1, N1E) + step('s2', 'restart', 'sites: [PAR2]', ...NIGHT(9)), { declaredRisk: 'medium', state: 'proposed' }),
      },
    },
    {
      name: 'an element outside the emergency path, declared low (derived low)',
      files: { 'inventory/lab.yaml': LAB, 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'callServers: [lab-cs1]', N1, N1E), { declaredRisk: 'low', state: 'proposed' }) },
    },
    {
      name: 'a draft is not judged (it is not on the timeline)',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'reconnection', ALL_SITES, N1, N1E, '    procedure: RECONNECT-SEQ-V3\n'), { declaredRisk: 'low', state: 'draft' }) },
    },
    {
      name: 'a six-site staged plan passes as medium when broadChangeSites is raised to 7',
      options: { broadChangeSites: 7 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ['PAR1', 'PAR2', 'LYO1', 'MRS1', 'BDX1', 'LIL1'].map((site, i) => step(`s${i + 1}`, 'restart', `sites: [${site}]`, ...NIGHT(8 + i))).join(''), { declaredRisk: 'medium', state: 'proposed' }),
      },
    },
    {
      name: 'a thin margin at the evening peak is accepted when minCapacityMargin is lowered to 0.1',
      options: { minCapacityMargin: 0.1 },
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'sites: [PAR1]', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00'), { declaredRisk: 'medium', state: 'proposed' }) },
    },
  ],
  invalid: [
    {
      name: 'incident-shaped: one unproven reconnection on all six sites in the afternoon, declared low',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'reconnection', ALL_SITES, '2026-12-09T16:30:00+01:00', '2026-12-09T17:30:00+01:00', '    procedure: RECONNECT-SEQ-V3\n'), { declaredRisk: 'low', state: 'approved' }),
      },
      errors: [
        {
          messageId: 'declaredBelowDerived',
          line: 6,
          column: 15,
          changeId: 'CR-TEST-1',
          data: {
            declared: 'low',
            derived: 'critical',
            siteCount: 6,
            maxStepSites: 6,
            unprovenSignatures: ['reconnection:RECONNECT-SEQ-V3'],
            emergencyNumbers: ['15', '17', '18', '112', '114', '115', '119', '191', '196', '197'],
            minCapacityMargin: -1,
          },
        },
      ],
    },
    {
      name: 'one site at the weekday evening peak leaves a 14% N-1 margin (below 20%): high',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'sites: [PAR1]', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00'), { declaredRisk: 'medium', state: 'proposed' }) },
      // 120,000 - 20,000 (PAR1) - 20,000 (largest remaining site) = 80,000 against 70,000 forecast.
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'medium', derived: 'high', siteCount: 1, maxStepSites: 1, minCapacityMargin: 0.143 } }],
    },
    {
      name: 'two overlapping single-site steps at the peak leave capacity short: critical',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          step('s1', 'restart', 'sites: [PAR1]', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00') +
            step('s2', 'restart', 'sites: [PAR2]', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00'),
          { declaredRisk: 'high', state: 'proposed' },
        ),
      },
      // 120,000 - 40,000 - 20,000 = 60,000 against 70,000: 14.3% short.
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'high', derived: 'critical', siteCount: 2, maxStepSites: 1, minCapacityMargin: -0.143 } }],
    },
    {
      name: 'a step on two sites at once is high (below commonModeStepSites 3)',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'sites: [PAR1, PAR2]', N1, N1E), { declaredRisk: 'medium', state: 'proposed' }) },
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'medium', derived: 'high', maxStepSites: 2 } }],
    },
    {
      name: 'a step on exactly three sites at once is critical',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'callServers: [par1-cs1, par2-cs1, lyo1-cs1]', N1, N1E), { declaredRisk: 'high', state: 'proposed' }) },
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'high', derived: 'critical', siteCount: 3, maxStepSites: 3 } }],
    },
    {
      name: 'a step on every site of a two-site group is critical even off the emergency path',
      files: { 'inventory/lab.yaml': LAB, 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'callServers: [lab-cs1, lab-cs2]', N1, N1E), { declaredRisk: 'high', state: 'proposed' }) },
      errors: [{ messageId: 'declaredBelowDerived', file: 'changes/CR-TEST-1.yaml', line: 6, column: 15, data: { declared: 'high', derived: 'critical', emergencyNumbers: [], maxStepSites: 2 } }],
    },
    {
      name: 'an unproven version on one emergency server is high',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'software-upgrade', 'callServers: [par1-cs1]', N1, N1E, '    software: { version: 7.5.0, previousVersion: 7.4.2 }\n'), { declaredRisk: 'medium', state: 'proposed' }),
      },
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'medium', derived: 'high', unprovenSignatures: ['software-upgrade:7.5.0'], siteCount: 1 } }],
    },
    {
      name: 'exactly three sites over the change, one per night, is high',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ['PAR1', 'PAR2', 'LYO1'].map((site, i) => step(`s${i + 1}`, 'restart', `sites: [${site}]`, ...NIGHT(8 + i))).join(''), { declaredRisk: 'medium', state: 'proposed' }),
      },
      errors: [{ messageId: 'declaredBelowDerived', line: 6, column: 15, data: { declared: 'medium', derived: 'high', siteCount: 3, maxStepSites: 1, sites: ['LYO1', 'PAR1', 'PAR2'] } }],
    },
    {
      name: 'an element outside the emergency path with an unproven version is medium',
      files: {
        'inventory/lab.yaml': LAB,
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'software-upgrade', 'callServers: [lab-cs1]', N1, N1E, '    software: { version: 7.5.0, previousVersion: 7.4.2 }\n'), { declaredRisk: 'low', state: 'proposed' }),
      },
      errors: [{ messageId: 'declaredBelowDerived', file: 'changes/CR-TEST-1.yaml', line: 6, column: 15, data: { declared: 'low', derived: 'medium', emergencyNumbers: [] } }],
    },
  ],
});

describe('deriveRisk', () => {
  const evaluation = (files: Record<string, string>, includeDrafts = false) => evaluateCase(rule, { name: 'derive', files, includeDrafts });

  it('gives the class and reasons of a change that is not on the timeline (a draft), strongest first', () => {
    const e = evaluation({ 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'reconnection', ALL_SITES, '2026-12-09T16:30:00+01:00', '2026-12-09T17:30:00+01:00', '    procedure: RECONNECT-SEQ-V3\n'), { declaredRisk: 'low', state: 'draft' }) });
    const network = e.network!;
    const change = network.allChanges.find((c) => c.id === 'CR-TEST-1')!;
    expect(network.changes).toHaveLength(0);
    const derived = deriveRisk(network, e.timeline!, change, RISK_DEFAULTS);
    expect(derived.class).toBe('critical');
    expect(derived.factors.sites).toEqual(['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2']);
    expect(derived.factors.unproven).toEqual([{ stepId: 's1', signature: 'reconnection:RECONNECT-SEQ-V3', sites: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2'] }]);
    expect(derived.reasons[0]).toMatch(/^step s1 touches 6 sites at once .* \(critical\)$/);
    expect(derived.reasons.at(-1)).toMatch(/emergency path: routes of 10 emergency number\(s\) .* \(medium\)$/);
  });

  it('gives the same class on the timeline and off it', () => {
    const files = { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', step('s1', 'restart', 'sites: [PAR1]', '2026-12-09T18:00:00+01:00', '2026-12-09T19:00:00+01:00'), { declaredRisk: 'medium', state: 'draft' }) };
    const off = evaluation(files);
    const on = evaluation(files, true);
    const a = deriveRisk(off.network!, off.timeline!, off.network!.allChanges[0]!, RISK_DEFAULTS);
    const b = deriveRisk(on.network!, on.timeline!, on.network!.changes[0]!, RISK_DEFAULTS);
    expect(a).toEqual(b);
    expect(a.class).toBe('high');
    expect(a.factors.minCapacityMargin).toBeCloseTo(10000 / 70000, 6);
  });

  it('derives the example staged plan no higher than high and the incident plan critical', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '..', '..', 'examples', 'six-sites', 'changes');
    const staged = readFileSync(join(dir, 'CR-2026-0412-staged-capacity-upgrade.yaml'), 'utf8');
    const incident = readFileSync(join(dir, 'CR-2026-0601-reconnection-all-sites.yaml'), 'utf8');
    const e = evaluation({ 'changes/CR-2026-0412.yaml': staged, 'changes/CR-2026-0601.yaml': incident });
    const byId = new Map(e.network!.changes.map((c) => [c.id, deriveRisk(e.network!, e.timeline!, c, RISK_DEFAULTS)]));
    expect(byId.get('CR-2026-0412')?.class).toBe('high');
    expect(byId.get('CR-2026-0412')?.factors.widestStep?.sites).toEqual(['PAR1']);
    expect(byId.get('CR-2026-0412')?.factors.unproven).toEqual([]);
    expect(byId.get('CR-2026-0601')?.class).toBe('critical');
  });
});
