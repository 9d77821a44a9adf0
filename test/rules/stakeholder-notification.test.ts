import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/stakeholder-notification.ts';
import { changePath, changeRequest, changeRequestFile, networkFiles, night } from '../support/builders.ts';
import { exampleFiles, ruleTester } from './harness.ts';

/**
 * A change request on par1-cs1 (which serves 15, 18, 114 and 197 towards SAMU-75, CTA-69, CNR-114 and
 * PFA-197). `head` holds notify/escalation lines and starts on line 8.
 */
function configPush(head: string, state = 'approved', start = '2026-12-08T00:30:00+01:00'): Record<string, string> {
  const push = { id: 's1', action: 'config-push', procedure: 'CFG-1', targets: { callServers: ['par1-cs1'] }, window: { start, end: '2026-12-08T02:00:00+01:00' } };
  return changeRequestFile('CR-TEST-1', [push], { state, head });
}

const PAR1_CS1_PSAPS = ['CNR-114', 'CTA-69', 'PFA-197', 'SAMU-75'];
const FULL = `notify:
  - { party: regulator, name: ARCEP duty desk, leadTimeHours: 72 }
  - { party: psap, name: PSAP liaison officers, psaps: [SAMU-75, CTA-69, CNR-114, PFA-197], leadTimeHours: 48 }
  - { party: noc, name: Voice core NOC, leadTimeHours: 24 }
escalation: { contact: NOC duty manager, phone: "+33 1 00 00 00 00", targetMinutes: 30 }
`;

/** An execution record of CR-TEST-1 saying every notify entry of FULL was told at `sentAt`. */
const noticesSent = (sentAt: string, regulatorSentAt = sentAt) => `kind: ExecutionRecord
change: CR-TEST-1
notifications:
  - { party: ARCEP duty desk, sentAt: ${regulatorSentAt}, to: astreinte@example.org, by: j.dupont }
  - { party: PSAP liaison officers, sentAt: ${sentAt}, to: liaison-psap@example.org }
  - { party: Voice core NOC, sentAt: ${sentAt}, to: noc-voice@example.org }
`;

ruleTester(rule, {
  valid: [
    { name: 'regulator, every affected PSAP, NOC and escalation', files: configPush(FULL) },
    {
      name: 'authority and emergency-services entries split over two, at exactly the required lead times',
      files: configPush(`notify:
  - { party: authority, name: Prefecture operations centre, leadTimeHours: 48 }
  - { party: emergency-services, name: SAMU liaison, psaps: [SAMU-75], leadTimeHours: 48 }
  - { party: psap, name: Other PSAPs, psaps: [CTA-69, CNR-114, PFA-197], leadTimeHours: 48 }
  - { party: noc, name: Voice core NOC, leadTimeHours: 24 }
  - { party: other, name: Customer care, leadTimeHours: 1 }
escalation: { contact: NOC duty manager, targetMinutes: 30 }
`),
    },
    { name: 'the first step starts exactly the longest lead time after as-of', files: configPush(FULL), asOf: '2026-12-06T00:30:00+01:00' },
    {
      name: 'a few hours before the first step, notices the record shows sent in time satisfy the lead time',
      files: { ...configPush(FULL), 'records/CR-TEST-1.yaml': noticesSent('2026-12-05T00:30:00+01:00') },
      asOf: '2026-12-07T23:00:00+01:00',
    },
    { name: 'a first step already in the past is left to plan-consistency', files: configPush(FULL), asOf: '2026-12-08T00:31:00+01:00' },
    { name: 'shorter lead times set in the policy', files: configPush(FULL.replace('leadTimeHours: 72', 'leadTimeHours: 12')), options: { regulatorLeadTimeHours: 12, maxEscalationMinutes: 30 } },
  ],
  invalid: [
    {
      name: 'a change in progress whose notices the record does not show is still judged on lead time left',
      files: configPush(FULL, 'in-progress'),
      asOf: '2026-12-07T23:00:00+01:00',
      errors: [{ messageId: 'tooLateToNotify', line: 18, column: 22, data: { party: 'regulator or authority', requiredHours: 48, hoursLeft: 1.5 } }],
    },
    {
      name: 'a notice to the regulator the record shows sent 30 hours ahead, when 48 are required',
      files: { ...configPush(FULL), 'records/CR-TEST-1.yaml': noticesSent('2026-12-05T00:30:00+01:00', '2026-12-06T18:30:00+01:00') },
      asOf: '2026-12-07T23:00:00+01:00',
      errors: [
        {
          messageId: 'sentTooLate',
          file: 'records/CR-TEST-1.yaml',
          line: 4,
          column: 39,
          data: { name: 'ARCEP duty desk', hoursBefore: 30, requiredHours: 48, deadline: '2026-12-06 00:30 (+01:00)' },
        },
      ],
    },
    {
      name: 'nobody told and no escalation (the 2 June 2021 shape)',
      files: configPush(''),
      errors: [
        { messageId: 'psapsNotNotified', line: 2, column: 5, changeId: 'CR-TEST-1', data: { affectedPsaps: PAR1_CS1_PSAPS, missing: PAR1_CS1_PSAPS, numbers: ['15', '18', '114', '197'], requiredHours: 48 } },
        { messageId: 'missingRegulator', line: 2, column: 5, data: { requiredHours: 48 } },
        { messageId: 'missingNoc', line: 2, column: 5, data: { requiredHours: 24 } },
        { messageId: 'missingEscalation', line: 2, column: 5, data: { maxEscalationMinutes: 30 } },
      ],
    },
    {
      name: 'two PSAPs missing, NOC told too late, escalation too slow',
      files: configPush(`notify:
  - { party: regulator, name: ARCEP duty desk, leadTimeHours: 72 }
  - { party: psap, name: PSAP liaison officers, psaps: [SAMU-75, CTA-69], leadTimeHours: 48 }
  - { party: noc, name: Voice core NOC, leadTimeHours: 23.5 }
escalation: { contact: NOC duty manager, targetMinutes: 31 }
`),
      errors: [
        { messageId: 'psapsNotNotified', line: 8, column: 1, data: { affectedPsaps: PAR1_CS1_PSAPS, missing: ['CNR-114', 'PFA-197'] } },
        { messageId: 'leadTimeTooShort', line: 11, column: 56, data: { party: 'noc', name: 'Voice core NOC', leadTimeHours: 23.5, requiredHours: 24 } },
        { messageId: 'escalationTooSlow', line: 12, column: 57, data: { contact: 'NOC duty manager', targetMinutes: 31, maxEscalationMinutes: 30 } },
      ],
    },
    {
      name: 'an emergency-services entry without psaps covers none of them',
      files: configPush(FULL.replace('party: psap, name: PSAP liaison officers, psaps: [SAMU-75, CTA-69, CNR-114, PFA-197]', 'party: emergency-services, name: Emergency services')),
      errors: [{ messageId: 'psapsNotNotified', line: 8, column: 1, data: { missing: PAR1_CS1_PSAPS } }],
    },
    {
      name: 'too little time left before the first step to tell the regulator',
      files: configPush(FULL),
      asOf: '2026-12-06T00:31:00+01:00',
      errors: [{ messageId: 'tooLateToNotify', line: 18, column: 22, stepId: 's1', data: { party: 'regulator or authority', requiredHours: 48, hoursLeft: 47.9, earliestStart: '2026-12-08 00:31 (+01:00)' } }],
    },
  ],
});

/** The six-site example: the staged plan passes this rule, the incident-shaped change fails it as its README says. */
describe('stakeholder-notification on examples/six-sites', () => {
  it('CR-2026-0412 passes; CR-2026-0601 notifies nobody and has no escalation', () => {
    const files = exampleFiles();
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
    expect(own.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.message)).toEqual([]);
    expect(own.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.messageId).sort()).toEqual(['missingEscalation', 'missingNoc', 'missingRegulator', 'psapsNotNotified']);
  });
  it('names the emergency numbers only when there are some: an emergency element on no route gives no empty "()"', () => {
    const spare = `kind: Inventory
callServers:
  - { id: par1-cs9, site: PAR1, role: mgcf, platform: vx-mgcf, vendor: VendorX, softwareVersion: 7.4.2, capacity: { sessions: 10000, cps: 150 }, redundancyGroup: ECI, emergency: true }
`;
    const change = changeRequest('CR-TEST-1', [{ id: 's1', action: 'config-push', procedure: 'CFG-1', targets: { callServers: ['par1-cs9'] }, window: night(8, '00:30', '02:00') }]);
    const files = networkFiles({ 'inventory/spare.yaml': spare, [changePath('CR-TEST-1')]: change });
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    expect(evaluation.findings.filter((f) => f.ruleId !== rule.id && f.severity === 'error')).toEqual([]);
    const regulator = evaluation.findings.find((f) => f.changeId === 'CR-TEST-1' && f.messageId === 'missingRegulator');
    expect(regulator?.message).toBe('CR-TEST-1 touches the emergency path but notifies no regulator or authority; add a notify entry with party regulator or authority and leadTimeHours >= 48.');
  });
});
