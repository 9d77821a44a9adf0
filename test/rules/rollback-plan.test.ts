import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/rollback-plan.ts';
import { changeRequestFile } from '../support/builders.ts';
import { exampleFiles, ruleTester } from './harness.ts';

// Change requests come from the shared builder (test/support/builders.ts): their steps start on line 9.

const W1 = 'window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T01:00:00+01:00 }';
const W2 = 'window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }';

/** A restart of lyo1-cs2 with a 20-minute rollback and `minutes` of recovery of dependent traffic; `recovery.minutes` is on line 17. */
const restartWithRecovery = (minutes: number) => `  - id: s1
    action: restart
    targets: { callServers: [lyo1-cs2] }
    ${W1}
    rollback:
      procedure: Power-cycle and reload the last good configuration
      minutes: 20
      includesTrafficRecovery: true
      recovery: { of: re-registration of the subscribers homed on lyo1-cs2, minutes: ${minutes} }
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a stated recovery of dependent traffic that fits the bound with the rollback (20 + 30 <= 60)',
      options: { requireRecoveryForRoles: ['mgcf'] },
      files: changeRequestFile('CR-TEST-1',restartWithRecovery(30)),
    },
    {
      name: 'drain and restore without rollback put nothing at risk',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: drain
    targets: { callServers: [par1-cs1] }
    ${W1}
  - id: s2
    action: restore
    targets: { callServers: [par1-cs1] }
    ${W2}
`),
    },
    {
      name: 'upgrade with previous version and a rollback of exactly the bound including recovery',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: software-upgrade
    targets: { callServers: [par1-cs1] }
    ${W1}
    software: { version: 7.5.0, previousVersion: 7.4.2 }
    rollback: { procedure: Boot the standby partition with 7.4.2, minutes: 60, includesTrafficRecovery: true }
`),
    },
    {
      name: 'recovery minutes added on emergency elements still within the bound (30 + 30 = 60)',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-2026-12
    targets: { trunks: [par1-cs1-tpa] }
    ${W1}
    rollback: { procedure: Re-apply the saved configuration, minutes: 30 }
`),
    },
    {
      name: 'a larger bound set in the policy',
      options: { maxRollbackMinutes: 120, trafficRecoveryMinutes: 0 },
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: capacity-add
    targets: { sites: [LYO1] }
    ${W1}
    capacityChange: { sessions: 4000, cps: 60 }
    rollback: { procedure: Deactivate the licence, minutes: 120 }
`),
    },
  ],
  invalid: [
    {
      name: 'dependent traffic that takes longer to recover than the rollback pushes it over the bound (20 + 45 > 60)',
      files: changeRequestFile('CR-TEST-1',restartWithRecovery(45)),
      errors: [
        {
          messageId: 'rollbackTooLongWithDependentRecovery',
          line: 17,
          column: 86,
          data: { rollbackMinutes: 20, recoveryMinutes: 45, totalMinutes: 65, recoveryOf: 're-registration of the subscribers homed on lyo1-cs2' },
        },
      ],
    },
    {
      name: 'the policy requires a recovery estimate for steps on MGCF call servers',
      options: { requireRecoveryForRoles: ['mgcf'] },
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: restart
    targets: { callServers: [lyo1-cs2] }
    ${W1}
    rollback: { procedure: Power-cycle and reload the last good configuration, minutes: 20, includesTrafficRecovery: true }
`),
      errors: [{ messageId: 'missingRecovery', line: 13, column: 5, data: { servers: ['lyo1-cs2'], roles: ['mgcf'] } }],
    },
    {
      name: 'a reconnection without rollback',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V3
    targets: { callServers: [par1-cs1, par1-cs2] }
    ${W1}
`),
      errors: [{ messageId: 'missingRollback', line: 9, column: 9, stepId: 's1', data: { action: 'reconnection', capacityLoss: 1, targets: ['par1-cs1', 'par1-cs2'], maxRollbackMinutes: 60 } }],
    },
    {
      name: 'a drain that declares a capacity loss is at risk',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: drain
    capacityLoss: 0.5
    targets: { trunks: [par1-cs1-tpa] }
    ${W1}
`),
      errors: [{ messageId: 'missingRollback', line: 9, column: 9, data: { action: 'drain', capacityLoss: 0.5, targets: ['par1-cs1-tpa'] } }],
    },
    {
      name: 'recovery time on emergency elements pushes the rollback over the bound (40 + 30 > 60)',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: restart
    targets: { callServers: [lyo1-cs2] }
    ${W1}
    rollback: { procedure: Power-cycle and reload the last good configuration, minutes: 40, includesTrafficRecovery: false }
`),
      errors: [{ messageId: 'rollbackTooLongWithRecovery', line: 13, column: 89, data: { rollbackMinutes: 40, trafficRecoveryMinutes: 30, totalMinutes: 70, maxRollbackMinutes: 60 } }],
    },
    {
      name: 'a rollback one minute over the bound',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: capacity-remove
    targets: { callServers: [mrs1-cs1] }
    ${W1}
    capacityChange: { sessions: -2000, cps: -30 }
    rollback: { procedure: Re-activate the licence, minutes: 61, includesTrafficRecovery: true }
`),
      errors: [{ messageId: 'rollbackTooLong', line: 14, column: 62, data: { rollbackMinutes: 61, trafficRecoveryMinutes: 0, totalMinutes: 61, maxRollbackMinutes: 60 } }],
    },
    {
      name: 'a software upgrade that does not name the previous version',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: software-upgrade
    targets: { callServers: [bdx1-cs1] }
    ${W1}
    software: { version: 7.5.0 }
    rollback: { procedure: Reinstall the previous version, minutes: 45, includesTrafficRecovery: true }
`),
      errors: [{ messageId: 'missingPreviousVersion', line: 13, column: 5, data: { version: '7.5.0', runningVersions: ['7.4.2'] } }],
    },
  ],
});

/** The six-site example: the staged plan passes this rule, the incident-shaped change fails it as its README says. */
describe('rollback-plan on examples/six-sites', () => {
  it('both change requests have bounded rollbacks (0601: 20 + 30 recovery minutes <= 60)', () => {
    const files = exampleFiles();
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
    expect(own.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.message)).toEqual([]);
    expect(own.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.messageId).sort()).toEqual([]);
  });
});
