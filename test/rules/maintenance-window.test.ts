import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/maintenance-window.ts';
import { changeRequestFile, networkText } from '../support/builders.ts';
import { exampleFiles, ruleTester } from './harness.ts';

const FILE = 'changes/CR-TEST-1.yaml';

/** One change request with one step on par1-cs1; the window sits on line 12, the rollback on line 13. */
function capacityAdd(start: string, end: string, rollbackMinutes = 30): Record<string, string> {
  return changeRequestFile('CR-TEST-1', [
    { id: 's1', action: 'capacity-add', targets: { callServers: ['par1-cs1'] }, window: { start, end }, rollback: { procedure: 'Undo the change', minutes: rollbackMinutes } },
  ]);
}

const basePolicy = networkText('policy/policy.yaml');

/** The base policy with other maintenance windows (and, optionally, without its freeze). */
function policyWith(windows: string, keepFreeze = true): string {
  let text = basePolicy.replace(/maintenanceWindows:\n(?: {2}.*\n)+/, `maintenanceWindows:\n${windows}\n`);
  if (!keepFreeze) text = text.replace(/freezePeriods:\n(?: {2}.*\n)+/, 'freezePeriods: []\n');
  return text;
}

ruleTester(rule, {
  valid: [
    { name: 'night step with rollback inside 00:00-05:00', files: capacityAdd('2026-12-08T00:30:00+01:00', '2026-12-08T02:00:00+01:00') },
    { name: 'rollback ends exactly when the window closes', files: capacityAdd('2026-12-08T03:00:00+01:00', '2026-12-08T04:30:00+01:00', 30) },
    { name: 'local instants read in the policy zone', files: capacityAdd('2026-12-09T01:00', '2026-12-09T02:00') },
    {
      name: 'step spanning two touching windows (22:00-24:00 and 00:00-05:00)',
      files: {
        ...capacityAdd('2026-12-08T23:30:00+01:00', '2026-12-09T00:30:00+01:00'),
        'policy/policy.yaml': policyWith('  - { days: [weekday, weekend], start: "22:00", end: "24:00" }\n  - { days: [weekday, weekend], start: "00:00", end: "05:00" }'),
      },
    },
    {
      name: 'window crossing midnight belongs to the day it opens on (Friday 22:00 into Saturday)',
      files: {
        ...capacityAdd('2026-12-12T00:30:00+01:00', '2026-12-12T01:00:00+01:00'),
        'policy/policy.yaml': policyWith('  - { days: [weekday], start: "22:00", end: "02:00" }'),
      },
    },
    { name: 'step right after a freeze ends (end exclusive)', files: capacityAdd('2027-01-02T00:00:00+01:00', '2027-01-02T01:00:00+01:00') },
    { name: 'autumn daylight-saving night: 00:30 CEST to 04:30 CET plus rollback fits in the 6-hour window', files: capacityAdd('2026-10-25T00:30:00+02:00', '2026-10-25T04:30:00+01:00', 30) },
    {
      name: 'spring daylight-saving night: a window opening at a skipped local time opens at the jump',
      files: {
        ...capacityAdd('2027-03-28T03:00:00+02:00', '2027-03-28T03:30:00+02:00', 0),
        'policy/policy.yaml': policyWith('  - { days: [weekday, weekend], start: "02:30", end: "04:00" }'),
      },
    },
    {
      name: 'traffic exactly at maxPeakShare passes (New Year 00:00 hour is the holiday peak: share 1)',
      files: { ...capacityAdd('2027-01-01T00:00:00+01:00', '2027-01-01T00:45:00+01:00'), 'policy/policy.yaml': policyWith('  - { days: [holiday], start: "00:00", end: "05:00" }', false) },
      options: { maxPeakShare: 1, peakLeadHours: 0 },
    },
    { name: 'rollback ends exactly peakLeadHours before the peak', files: capacityAdd('2026-12-08T02:00:00+01:00', '2026-12-08T02:30:00+01:00', 30), options: { peakLeadHours: 15 } },
  ],
  invalid: [
    {
      name: 'afternoon step ahead of the evening peak (the 2 June 2021 shape)',
      files: capacityAdd('2026-12-09T16:30:00+01:00', '2026-12-09T17:30:00+01:00', 20),
      errors: [
        { messageId: 'tooCloseToPeak', line: 12, column: 13, stepId: 's1', data: { peakStart: '2026-12-09 18:00 (+01:00)', peakLeadHours: 4, minutesBeforePeak: 90, rollbackEnd: '2026-12-09 17:50 (+01:00)' } },
        { messageId: 'outsideWindow', line: 12, column: 13, data: { stepStart: '2026-12-09 16:30 (+01:00)', stepEnd: '2026-12-09 17:30 (+01:00)', dayType: 'weekday', windows: ['00:00–05:00 (weekday, weekend)'] } },
        { messageId: 'trafficTooHigh', line: 12, column: 13, data: { hourStart: '2026-12-09 17:00 (+01:00)', sessions: 66000, peakSessions: 70000, share: 0.943, emergencySessions: 840, maxPeakShare: 0.5 } },
      ],
    },
    {
      name: 'rollback fits, but not with the recovery of dependent traffic it states (04:15 + 20 + 40 min)',
      files: {
        [FILE]: (capacityAdd('2026-12-08T03:30:00+01:00', '2026-12-08T04:15:00+01:00', 20)[FILE] as string).replace(
          'minutes: 20 }',
          'minutes: 20, recovery: { of: subscribers re-registering, minutes: 40 } }',
        ),
      },
      errors: [{ messageId: 'rollbackOverrunsWindow', line: 13, column: 54, data: { rollbackMinutes: 60, overrunMinutes: 15, rollbackEnd: '2026-12-08 05:15 (+01:00)' } }],
    },
    {
      name: 'rollback overruns the window by 15 minutes',
      files: capacityAdd('2026-12-08T03:30:00+01:00', '2026-12-08T04:45:00+01:00', 30),
      errors: [{ messageId: 'rollbackOverrunsWindow', line: 13, column: 54, data: { rollbackMinutes: 30, overrunMinutes: 15, windowEnd: '2026-12-08 05:00 (+01:00)', rollbackEnd: '2026-12-08 05:15 (+01:00)' } }],
    },
    {
      name: 'step in the end-of-year freeze (start inclusive)',
      files: capacityAdd('2026-12-24T00:00:00+01:00', '2026-12-24T01:00:00+01:00'),
      errors: [{ messageId: 'inFreeze', line: 12, column: 13, data: { freezeId: 'FRZ-2026-EOY', freezeStart: '2026-12-24 00:00 (+01:00)', freezeEnd: '2027-01-02 00:00 (+01:00)' } }],
    },
    {
      name: 'a holiday uses the holiday day type, which has no window here',
      files: { ...capacityAdd('2026-12-25T03:00:00+01:00', '2026-12-25T04:00:00+01:00'), 'policy/policy.yaml': policyWith('  - { days: [weekday, weekend], start: "00:00", end: "05:00" }', false) },
      errors: [{ messageId: 'outsideWindow', file: FILE, line: 12, column: 13, data: { dayType: 'holiday' } }],
    },
    {
      name: 'a crossing-midnight weekday window does not open on Sunday evening',
      files: { ...capacityAdd('2026-12-13T23:00:00+01:00', '2026-12-14T01:00:00+01:00'), 'policy/policy.yaml': policyWith('  - { days: [weekday], start: "22:00", end: "02:00" }') },
      errors: [{ messageId: 'outsideWindow', file: FILE, line: 12, column: 13, data: { dayType: 'weekend', windows: ['22:00–02:00 (weekday)'] } }],
    },
    {
      name: 'spring daylight-saving night: the window is an hour shorter on the clock',
      files: capacityAdd('2027-03-28T00:30:00+01:00', '2027-03-28T05:30:00+02:00', 0),
      errors: [{ messageId: 'outsideWindow', line: 12, column: 13, data: { stepEnd: '2027-03-28 05:30 (+02:00)' } }],
    },
    {
      name: 'traffic just above maxPeakShare (New Year 00:00 hour at 0.99)',
      files: { ...capacityAdd('2027-01-01T00:00:00+01:00', '2027-01-01T00:45:00+01:00'), 'policy/policy.yaml': policyWith('  - { days: [holiday], start: "00:00", end: "05:00" }', false) },
      options: { maxPeakShare: 0.99, peakLeadHours: 0 },
      errors: [{ messageId: 'trafficTooHigh', file: FILE, line: 12, column: 13, data: { dayType: 'holiday', sessions: 60000, peakSessions: 60000, share: 1, emergencyShare: 0.795, maxPeakShare: 0.99 } }],
    },
    {
      name: 'emergency traffic counts against its own peak (weekday 00:00: 260 of 900 emergency sessions)',
      files: capacityAdd('2026-12-08T00:00:00+01:00', '2026-12-08T00:45:00+01:00'),
      options: { maxPeakShare: 0.25 },
      errors: [{ messageId: 'trafficTooHigh', line: 12, column: 13, data: { share: 0.2, emergencyShare: 0.289, emergencySessions: 260, peakEmergencySessions: 900, maxPeakShare: 0.25 } }],
    },
    {
      name: 'rollback reaches into the pre-peak lead time',
      files: capacityAdd('2026-12-08T02:00:00+01:00', '2026-12-08T02:30:00+01:00', 31),
      options: { peakLeadHours: 15 },
      errors: [{ messageId: 'tooCloseToPeak', line: 12, column: 13, data: { peakStart: '2026-12-08 18:00 (+01:00)', peakLeadHours: 15, minutesBeforePeak: 960 } }],
    },
  ],
});

/** The six-site example: the staged plan passes this rule, the incident-shaped change fails it as its README says. */
describe('maintenance-window on examples/six-sites', () => {
  it('CR-2026-0412 passes; CR-2026-0601 at 16:30 is outside the window, at high traffic and before the peak', () => {
    const files = exampleFiles();
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
    expect(own.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.message)).toEqual([]);
    expect(own.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.messageId).sort()).toEqual(['outsideWindow', 'tooCloseToPeak', 'trafficTooHigh']);
  });
});
