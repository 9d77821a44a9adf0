// Daylight-saving changes in Europe/Paris (the policy and forecast zone of the base network):
// Sunday 29 March 2026 the clocks go from 02:00 (+01:00) to 03:00 (+02:00); Sunday 25 October 2026 they
// go back from 03:00 (+02:00) to 02:00 (+01:00). Intervals are measured in real time, forecast hours are
// read on the local clock, and local times the change skips or repeats are refused unless written with
// an offset.
import { describe, expect, it } from 'vitest';
import type canaryAndSoak from '../../rules/canary-and-soak.ts';
import redundancyGroupConcurrency from '../../rules/redundancy-group-concurrency.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { localHourStarts } from '../../src/core/time.ts';
import { evaluateCase } from '../rules/harness.ts';
import { changeRequest, step } from '../support/builders.ts';

const HOUR = 3_600_000;

// The builder's 8-line header: the first step is on line 9, its window's start on line 13 and end on line 14.
const restartWithWindow = (window: string, action = 'restart', extra = '') =>
  changeRequest('CR-DST-1', step({ id: 's1', action, targets: { callServers: ['par1-cs1'] } }) + `${extra}    window:\n${window}`, {
    title: 'Step across a daylight-saving change',
    purpose: 'Check daylight-saving handling',
  });

// Each hour's value is 1000 x (hour + 1), so the busiest hour of any interval is its latest local hour,
// and a wrong hour would show in the values.
const ramp = (scale: number) => `[${Array.from({ length: 24 }, (_, h) => scale * (h + 1)).join(', ')}]`;
const FORECAST = `kind: TrafficForecast
timeZone: Europe/Paris
profiles:
  weekday: { totalSessions: ${ramp(1000)}, totalCps: ${ramp(10)}, emergencySessions: ${ramp(10)}, emergencyCps: ${ramp(1)} }
  weekend: { totalSessions: ${ramp(1000)}, totalCps: ${ramp(10)}, emergencySessions: ${ramp(10)}, emergencyCps: ${ramp(1)} }
`;

function evaluateWindow(window: string, options: { action?: string; extra?: string; rule?: typeof redundancyGroupConcurrency | typeof canaryAndSoak } = {}): Evaluation {
  return evaluateCase(options.rule ?? redundancyGroupConcurrency, {
    name: 'dst',
    files: { 'changes/CR-DST-1.yaml': restartWithWindow(window, options.action, options.extra), 'traffic/forecast.yaml': FORECAST },
  });
}

function inputFindings(e: Evaluation) {
  return e.findings.filter((f) => ['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config'].includes(f.ruleId));
}

describe('daylight saving in Europe/Paris', () => {
  describe('spring forward (29 March 2026)', () => {
    it('a window from 01:30 to 03:30 local lasts one hour and reads the local hours 01:00 and 03:00', () => {
      const e = evaluateWindow('      start: 2026-03-29T01:30\n      end: 2026-03-29T03:30\n');
      expect(inputFindings(e)).toEqual([]);
      const [interval] = e.timeline?.intervals ?? [];
      expect(e.timeline?.intervals).toHaveLength(1);
      expect(interval?.start).toBe(Date.parse('2026-03-29T00:30:00Z'));
      expect(interval?.end).toBe(Date.parse('2026-03-29T01:30:00Z'));
      expect((interval?.end ?? 0) - (interval?.start ?? 0)).toBe(HOUR);
      // The local hour 02:00 does not exist that night: the busiest hour is 03:00 (value of hour 3).
      expect(interval?.forecast).toMatchObject({ busiestHour: '2026-03-29T03:00', totalSessions: 4000, dayType: 'weekend' });
      expect(localHourStarts(interval?.start ?? 0, interval?.end ?? 0, 'Europe/Paris')).toEqual([Date.parse('2026-03-29T00:00:00Z'), Date.parse('2026-03-29T01:00:00Z')]);
    });

    it('a local time the clocks skip is a located schema-valid error', () => {
      const e = evaluateWindow('      start: 2026-03-29T02:30\n      end: 2026-03-29T04:00\n');
      expect(e.verdict).toBe('error');
      expect(inputFindings(e).map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.line, column: f.column, data: f.data }))).toEqual([
        { ruleId: 'schema-valid', messageId: 'nonexistentLocalTime', line: 13, column: 14, data: { value: '2026-03-29T02:30', zone: 'Europe/Paris' } },
      ]);
      expect(inputFindings(e)[0]?.message).toContain('does not exist in Europe/Paris');
    });

    it('the same instant written with an offset is accepted', () => {
      const e = evaluateWindow('      start: 2026-03-29T02:30:00+01:00\n      end: 2026-03-29T04:00\n');
      expect(inputFindings(e)).toEqual([]);
      const [interval] = e.timeline?.intervals ?? [];
      // 02:30 at +01:00 is 03:30 on the summer clock: 30 minutes before 04:00 (+02:00).
      expect(interval?.start).toBe(Date.parse('2026-03-29T01:30:00Z'));
      expect((interval?.end ?? 0) - (interval?.start ?? 0)).toBe(HOUR / 2);
    });

    it('the skipped time is read in the window zone when it has one', () => {
      // New York changed its clocks on 8 March: 02:30 on 29 March exists there.
      const e = evaluateWindow('      timeZone: America/New_York\n      start: 2026-03-29T02:30\n      end: 2026-03-29T03:30\n');
      expect(inputFindings(e)).toEqual([]);
      expect(e.timeline?.intervals[0]?.start).toBe(Date.parse('2026-03-29T06:30:00Z'));
    });

    it('a soak counts real hours across the change: 24 h after Saturday 02:00 (+01:00) is Sunday 03:00 (+02:00)', () => {
      const e = evaluateWindow('      start: 2026-03-28T01:00:00+01:00\n      end: 2026-03-28T02:00:00+01:00\n', {
        action: 'software-upgrade',
        extra: '    software: { version: 7.5.0, previousVersion: 7.4.2 }\n',
      });
      expect(inputFindings(e)).toEqual([]);
      const [rollout] = e.timeline?.rollouts ?? [];
      expect(rollout?.soakEnd).toBe(Date.parse('2026-03-29T01:00:00Z'));
      expect(rollout?.soakSpansPeak).toBe(true);
      const soaking = e.timeline?.intervals.at(-1);
      expect(soaking?.end).toBe(Date.parse('2026-03-29T01:00:00Z'));
      expect(soaking?.unprovenServers).toEqual(['par1-cs1']);
    });
  });

  describe('fall back (25 October 2026)', () => {
    it('a window from 01:30 (+02:00) to the second 02:30 (+01:00) lasts two hours and reads 02:00 twice', () => {
      const e = evaluateWindow('      start: 2026-10-25T01:30\n      end: 2026-10-25T02:30:00+01:00\n');
      expect(inputFindings(e)).toEqual([]);
      const [interval] = e.timeline?.intervals ?? [];
      expect(interval?.start).toBe(Date.parse('2026-10-24T23:30:00Z'));
      expect((interval?.end ?? 0) - (interval?.start ?? 0)).toBe(2 * HOUR);
      expect(localHourStarts(interval?.start ?? 0, interval?.end ?? 0, 'Europe/Paris')).toEqual([
        Date.parse('2026-10-24T23:00:00Z'),
        Date.parse('2026-10-25T00:00:00Z'),
        Date.parse('2026-10-25T01:00:00Z'),
      ]);
      expect(interval?.forecast).toMatchObject({ busiestHour: '2026-10-25T02:00', totalSessions: 3000, dayType: 'weekend' });
    });

    it('a window from 00:00 to 04:00 local lasts five hours', () => {
      const e = evaluateWindow('      start: 2026-10-25T00:00\n      end: 2026-10-25T04:00\n');
      expect(inputFindings(e)).toEqual([]);
      const [interval] = e.timeline?.intervals ?? [];
      expect((interval?.end ?? 0) - (interval?.start ?? 0)).toBe(5 * HOUR);
      expect(interval?.forecast).toMatchObject({ busiestHour: '2026-10-25T03:00', totalSessions: 4000 });
    });

    it('a local time the clocks repeat is a located schema-valid error', () => {
      const e = evaluateWindow('      start: 2026-10-25T01:00\n      end: 2026-10-25T02:30\n');
      expect(e.verdict).toBe('error');
      expect(inputFindings(e).map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.line, column: f.column, data: f.data }))).toEqual([
        { ruleId: 'schema-valid', messageId: 'ambiguousLocalTime', line: 14, column: 12, data: { value: '2026-10-25T02:30', zone: 'Europe/Paris' } },
      ]);
      expect(inputFindings(e)[0]?.message).toContain('happens twice in Europe/Paris');
    });

    it('either repeated 02:30 is accepted with its offset, one hour apart', () => {
      const first = evaluateWindow('      start: 2026-10-25T01:00\n      end: 2026-10-25T02:30:00+02:00\n');
      const second = evaluateWindow('      start: 2026-10-25T01:00\n      end: 2026-10-25T02:30:00+01:00\n');
      expect(inputFindings(first)).toEqual([]);
      expect(inputFindings(second)).toEqual([]);
      expect((second.timeline?.intervals[0]?.end ?? 0) - (first.timeline?.intervals[0]?.end ?? 0)).toBe(HOUR);
    });

    it('findings format each side of the change with its own offset', () => {
      // A second, overlapping step on the other site makes redundancy-group-concurrency report the interval.
      const e = evaluateCase(redundancyGroupConcurrency, {
        name: 'dst-format',
        files: {
          'changes/CR-DST-1.yaml': restartWithWindow('      start: 2026-10-25T01:30\n      end: 2026-10-25T02:30:00+01:00\n'),
          'changes/CR-DST-2.yaml': `kind: ChangeRequest
id: CR-DST-2
title: Overlapping step
owner: j.dupont
purpose: Overlap the first one
declaredRisk: high
state: approved
steps:
  - id: s1
    action: restart
    targets: { callServers: [lyo1-cs1] }
    window: { start: 2026-10-25T00:00, end: 2026-10-25T04:00 }
`,
        },
      });
      const finding = e.findings.find((f) => f.ruleId === 'redundancy-group-concurrency');
      expect(finding?.data).toMatchObject({ intervalStart: '2026-10-25 01:30 (+02:00)', intervalEnd: '2026-10-25 02:30 (+01:00)', durationMinutes: 120 });
    });
  });
});
