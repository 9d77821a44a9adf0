// The CAB view-model on the example repository: the facts the board reads, computed from the one
// evaluation (the same evaluate() call as check), with the numbers the example's README states.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Clock, windowOccurrences } from '../../src/cab/clock.ts';
import { buildCabReport } from '../../src/cab/model.ts';
import { parseAsOf } from '../../src/core/as-of.ts';
import { evaluate } from '../default-pack.ts';
import type { Policy } from '../../src/model/types.ts';
import { readFolder } from '../../src/source/folder.ts';
import { AS_OF, EXAMPLE, TEST_SOURCE, ROOT } from './helpers.ts';

function exampleReport(changes: string[]) {
  const snapshot = readFolder(join(ROOT, EXAMPLE));
  const evaluation = evaluate(snapshot.files, { asOf: parseAsOf(AS_OF, () => 0) as number, refused: snapshot.refused });
  return { evaluation, report: buildCabReport(evaluation, { changes, docsBase: 'docs/rules', source: TEST_SOURCE }) };
}

describe('CAB view-model of the incident-shaped change CR-2026-0601', () => {
  const { evaluation, report } = exampleReport(['CR-2026-0601']);

  it('puts all six sites at risk in the afternoon interval, 1 h 30 min before the evening peak, emergency margin below zero', () => {
    const h = report.headline;
    expect(h?.interval.label).toBe('Wed 9 Dec 16:30–17:30');
    expect(h?.sitesAtRisk).toEqual(['PAR1', 'PAR2', 'LYO1', 'MRS1', 'BDX1', 'LIL1']);
    expect(h?.dayPart).toBe('afternoon');
    expect(h?.nextPeak).toMatchObject({ label: 'Wed 9 Dec 18:00', before: '1 h 30 min', dayPart: 'evening', sessions: 70000 });
    // 840 emergency sessions forecast at 17:00 x 1.2, and nothing left outside the change.
    expect(h?.margin?.emergency).toMatchObject({ available: 0, afterN1: 0, required: 1008, margin: -1008 });
    expect(h?.margin?.all).toMatchObject({ available: 0, required: 79200, margin: -79200 });
    expect(h?.failing).toBe(true);
  });

  it('marks as failing exactly the intervals the blocking findings name', () => {
    const named = evaluation.findings.filter((f) => f.severity === 'error' && typeof f.data.intervalStart === 'string').map((f) => f.data.intervalStart);
    expect(named.length).toBeGreaterThan(0);
    const clock = new Clock('Europe/Paris');
    const first = report.capacity?.rows.find((r) => named.includes(clock.exact(r.start)));
    expect(first?.failing).toBe(true);
    expect(report.gantt?.failing.map((f) => f.label)).toContain('Wed 9 Dec 16:30 – Thu 10 Dec 17:30');
  });

  it('derives the risk class instead of trusting the label', () => {
    const c = report.changes[0];
    expect(c?.risk).toMatchObject({ declared: 'low', derived: 'critical', understated: true });
    expect(c?.approvals).toEqual([{ by: 'm.leroy', role: 'network-lead', at: '2026-12-07T09:12:00+01:00', revision: 'none', isOwner: true, knownApprover: false }]);
  });

  it('shows the blast radius: every emergency number and PSAP, no route left', () => {
    const b = report.blast;
    expect(b?.sites).toHaveLength(6);
    expect(b?.servers).toHaveLength(12);
    expect(b?.trunks).toHaveLength(24);
    expect(b?.numbers.map((n) => n.number)).toEqual(['15', '17', '18', '112', '114', '115', '119', '191', '196', '197']);
    expect(b?.numbers.every((n) => n.remaining.length === 0 && n.touchedRoutes === n.routes)).toBe(true);
    expect(b?.psaps).toHaveLength(11);
  });

  it('judges rollback against the maintenance window, and lists the missing test calls and notifications', () => {
    expect(report.rollback).toEqual([
      expect.objectContaining({ stepId: 's1', minutes: 20, fit: 'outside', fitText: 'No: the step starts outside every maintenance window; rollback would end 17:50' }),
    ]);
    expect(report.verification[0]?.tested).toEqual([]);
    expect(report.verification[0]?.missing).toHaveLength(10);
    expect(report.stakeholders[0]).toMatchObject({ notify: [], escalation: undefined });
    expect(report.stakeholders[0]?.uncoveredPsaps).toHaveLength(11);
  });

  it('draws one step bar per site in one column, soak tails, and the colliding steps of CR-2026-0412', () => {
    const bars = report.gantt?.bars ?? [];
    expect(bars.filter((b) => b.kind === 'focus')).toHaveLength(6);
    expect(new Set(bars.filter((b) => b.kind === 'focus').map((b) => b.start)).size).toBe(1);
    expect(bars.filter((b) => b.kind === 'soak')).toHaveLength(6);
    // LYO1's night (s7-s9) runs while the reconnection is still unproven on every site.
    expect(bars.filter((b) => b.kind === 'collision').map((b) => `${b.changeId} ${b.stepId} ${b.site}`)).toEqual(['CR-2026-0412 s7 LYO1', 'CR-2026-0412 s8 LYO1', 'CR-2026-0412 s9 LYO1']);
    expect(report.gantt?.shades.filter((s) => s.kind === 'peak').map((s) => new Clock('Europe/Paris').medium(s.start))).toContain('Wed 9 Dec 18:00');
  });
});

describe('CAB view-model of the staged capacity upgrade CR-2026-0412', () => {
  const { report } = exampleReport(['CR-2026-0412']);

  it('fits every rollback in its night window and tests every emergency number after each site', () => {
    expect(report.rollback).toHaveLength(18);
    expect(report.rollback.every((r) => r.fit === 'fits')).toBe(true);
    expect(report.rollback.find((r) => r.stepId === 's2')?.fitText).toBe('Yes: ends 03:30, window closes 05:00');
    const restores = report.verification.filter((v) => v.action === 'restore');
    expect(restores).toHaveLength(6);
    expect(restores.every((v) => v.missing.length === 0 && v.tested.length === 10)).toBe(true);
  });

  it('keeps at most one site at risk and a positive margin outside the reconnection it collides with', () => {
    const own = (report.capacity?.rows ?? []).filter((r) => r.sitesAtRisk.length <= 1);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.all.margin > 0 && r.emergency.margin > 0)).toBe(true);
    expect(report.stakeholders[0]?.notify.map((n) => [n.party, n.leadTimeHours, n.notifyBy])).toEqual([
      ['regulator', 72, 'Sat 5 Dec 2026 00:30'],
      ['psap', 48, 'Sun 6 Dec 2026 00:30'],
      ['noc', 24, 'Mon 7 Dec 2026 00:30'],
    ]);
    expect(report.stakeholders[0]?.uncoveredPsaps).toEqual([]);
  });
});

describe('maintenance-window occurrences', () => {
  const policy = (start: string, end: string): Policy =>
    ({ timeZone: 'Europe/Paris', maintenanceWindows: [{ days: ['weekday'], start, end, at: { file: '', pointer: '' } }] }) as unknown as Policy;

  it('opens a window crossing midnight on its own day and closes it the next day', () => {
    const from = Date.parse('2026-12-09T12:00:00+01:00');
    const occurrences = windowOccurrences(policy('22:00', '02:00'), new Set(), from, from + 12 * 3600_000);
    expect(occurrences.map((o) => [new Date(o.start).toISOString(), new Date(o.end).toISOString()])).toEqual([['2026-12-09T21:00:00.000Z', '2026-12-10T01:00:00.000Z']]);
  });

  it('follows the local clock across the autumn daylight-saving change', () => {
    // Monday 26 October 2026, the day after the clocks went back: 00:00-05:00 is UTC+1.
    const from = Date.parse('2026-10-25T12:00:00Z');
    const occurrences = windowOccurrences(policy('00:00', '05:00'), new Set(), from, from + 24 * 3600_000);
    expect(occurrences.map((o) => new Date(o.start).toISOString())).toEqual(['2026-10-25T23:00:00.000Z']);
  });
});
