import rule from '../../rules/execution-record.ts';
import { changeRequest, night, testCalls } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

const CR = 'changes/CR-TEST-1.yaml';
const RECORD = 'records/CR-TEST-1.yaml';

/** Drain, config push, restore on par1-cs1, one after the other on the night of 7 to 8 December. */
const plan = (state = 'in-progress') =>
  changeRequest(
    'CR-TEST-1',
    [
      { id: 's1', action: 'drain', targets: { callServers: ['par1-cs1'] }, window: night(8, '00:30', '00:50') },
      { id: 's2', action: 'config-push', procedure: 'CFG-1', targets: { callServers: ['par1-cs1'] }, window: night(8, '00:50', '02:00'), dependsOn: ['s1'], verification: testCalls('112', '15') },
      { id: 's3', action: 'restore', targets: { callServers: ['par1-cs1'] }, window: night(8, '02:00', '02:30'), dependsOn: ['s2'] },
    ],
    { state },
  );

// Record lines: the header is 3 lines, so the first entry's `step` is on line 4.
const record = (entries: string) => `kind: ExecutionRecord
change: CR-TEST-1
steps:
${entries}`;

const S1_OK = '  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:48:00+01:00, result: ok, operator: m.leroy }\n';
const S2_CALLS = 'testCalls: [{ number: "112", at: 2026-12-08T01:52:00+01:00, answered: true }, { number: "15", at: 2026-12-08T01:53:00+01:00, answered: true }]';
const S2_OK = `  - { step: s2, start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T01:50:00+01:00, result: ok, operator: m.leroy, ${S2_CALLS} }\n`;

ruleTester(rule, {
  valid: [
    { name: 'an in-progress change before its first window, with no record yet', files: { [CR]: plan() } },
    {
      name: 'the first two steps done in their windows, verified, the third still ahead',
      asOf: '2026-12-08T01:55:00+01:00',
      files: { [CR]: plan(), [RECORD]: record(S1_OK + S2_OK) },
    },
    {
      name: 'a step running inside its window',
      asOf: '2026-12-08T01:00:00+01:00',
      files: { [CR]: plan(), [RECORD]: record(S1_OK + '  - { step: s2, start: 2026-12-08T00:51:00+01:00, operator: m.leroy }\n') },
    },
    {
      name: 'entries after as-of have not happened yet: the record is replayed as it stood',
      asOf: '2026-12-08T00:40:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:48:00+01:00, result: failed, operator: m.leroy }\n') },
    },
    {
      name: 'the record confirms the planned targets',
      asOf: '2026-12-08T00:49:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:48:00+01:00, result: ok, operator: m.leroy, targets: { sites: [] , callServers: [par1-cs1] } }\n') },
    },
  ],
  invalid: [
    {
      name: 'a step brought forward before its approved window',
      asOf: '2026-12-08T00:40:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:10:00+01:00, operator: m.leroy }\n') },
      errors: [{ messageId: 'startedBeforeWindow', file: RECORD, line: 4, column: 24, stepId: 's1', data: { minutes: 20, windowStart: '2026-12-08 00:30 (+01:00)' } }],
    },
    {
      name: 'a step still running after its window closed',
      asOf: '2026-12-08T01:10:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, operator: m.leroy }\n') },
      errors: [{ messageId: 'overrunning', file: RECORD, line: 4, column: 24, data: { windowEnd: '2026-12-08 00:50 (+01:00)' } }],
    },
    {
      name: 'a step that ended after its window closed',
      asOf: '2026-12-08T01:10:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:58:00+01:00, result: ok, operator: m.leroy }\n') },
      errors: [
        { messageId: 'endedAfterWindow', file: RECORD, line: 4, column: 56, data: { minutes: 8 } },
        // s2's window (00:50-02:00) is still open at 01:10, so it is not yet missed.
      ],
    },
    {
      name: 'a step run on a call server its plan does not target',
      asOf: '2026-12-08T00:49:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:48:00+01:00, result: ok, operator: m.leroy, targets: { callServers: [par1-cs1, par2-cs1] } }\n') },
      errors: [{ messageId: 'otherTargets', file: RECORD, line: 4, column: 114, data: { extra: ['par2-cs1'], planned: ['par1-cs1'] } }],
    },
    {
      name: 'a step started before the step it depends on ended',
      asOf: '2026-12-08T00:55:00+01:00',
      files: {
        [CR]: plan(),
        [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, operator: m.leroy }\n  - { step: s2, start: 2026-12-08T00:51:00+01:00, operator: m.leroy }\n'),
      },
      errors: [
        { messageId: 'overrunning', file: RECORD, line: 4, column: 24, stepId: 's1' },
        { messageId: 'startedBeforeDependency', file: RECORD, line: 5, column: 24, stepId: 's2', data: { dependency: 's1', dependencyState: 'had ended (it is still running)' } },
      ],
    },
    {
      name: 'a step started after the one it depends on failed, and the step after it blocked',
      asOf: '2026-12-08T01:00:00+01:00',
      files: {
        [CR]: plan(),
        [RECORD]: record(
          '  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:45:00+01:00, result: failed, operator: m.leroy }\n  - { step: s2, start: 2026-12-08T00:52:00+01:00, operator: m.leroy }\n',
        ),
      },
      errors: [{ messageId: 'startedAfterFailedDependency', file: RECORD, line: 5, column: 24, stepId: 's2', data: { dependency: 's1', dependencyStatus: 'failed' } }],
    },
    {
      name: 'a failed step blocks the steps that depend on it',
      asOf: '2026-12-08T00:46:00+01:00',
      files: { [CR]: plan(), [RECORD]: record('  - { step: s1, start: 2026-12-08T00:31:00+01:00, end: 2026-12-08T00:45:00+01:00, result: rolled-back, operator: m.leroy }\n') },
      errors: [{ messageId: 'blockedByFailure', file: CR, line: 18, column: 17, stepId: 's2', data: { dependency: 's1', dependencyStatus: 'rolled-back' } }],
    },
    {
      name: 'a step recorded ok whose planned test calls were not all answered is unverified, and blocks the next',
      asOf: '2026-12-08T01:55:00+01:00',
      files: {
        [CR]: plan(),
        [RECORD]: record(S1_OK + '  - { step: s2, start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T01:50:00+01:00, result: ok, operator: m.leroy, testCalls: [{ number: "112", at: 2026-12-08T01:52:00+01:00, answered: true }, { number: "15", at: 2026-12-08T01:53:00+01:00, answered: false }] }\n'),
      },
      errors: [
        { messageId: 'blockedByFailure', file: CR, line: 24, column: 17, stepId: 's3', data: { dependency: 's2', dependencyStatus: 'ok' } },
        { messageId: 'unverified', file: RECORD, line: 5, column: 91, stepId: 's2', data: { numbers: ['15'] } },
      ],
    },
    {
      name: 'a window that closed without its step',
      asOf: '2026-12-08T03:00:00+01:00',
      files: { [CR]: plan(), [RECORD]: record(S1_OK + S2_OK) },
      errors: [{ messageId: 'missedWindow', file: CR, line: 23, column: 54, stepId: 's3', data: { windowEnd: '2026-12-08 02:30 (+01:00)' } }],
    },
    {
      name: 'steps recorded on a change that is only proposed ran without approval',
      asOf: '2026-12-08T00:49:00+01:00',
      files: { [CR]: plan('proposed'), [RECORD]: record(S1_OK) },
      errors: [{ messageId: 'ranWithoutApproval', file: RECORD, line: 4, column: 24, stepId: 's1', data: { state: 'proposed' } }],
    },
  ],
});
