import rule from '../../rules/canary-and-soak.ts';
import { SITE_IDS, changeRequest, night, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header, so the first step is on line 9.

// A five-line step carrying software 7.5.0 (new on the group: every server runs 7.4.2).
const upgrade = (id: string, servers: string, start: string, end: string) =>
  step({ id, action: 'software-upgrade', software: { version: '7.5.0', previousVersion: '7.4.2' }, targets: { callServers: `[${servers}]` }, window: { start, end } });

// Canary on the night of Monday 7 to Tuesday 8 December 2026: ends Tue 02:00, soak (24 h) ends Wed 02:00,
// the Tuesday 18:00-19:00 peak lies inside it, so the version is proven on Wednesday at 02:00.
const CANARY = upgrade('s1', 'par1-cs1', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00');

// A reconnection with procedure RECONNECT-SEQ-V2 on every site at once.
const ALL_SITES_V2 = step({ id: 's1', action: 'reconnection', procedure: 'RECONNECT-SEQ-V2', targets: { sites: SITE_IDS }, window: night(8, '01:00', '02:00') });

const qualifiedCatalog = (groups: string, approvals: string, platform = 'vx-mgcf') => `kind: SoftwareCatalog
versions:
  - { platform: vx-mgcf, version: 7.4.2, status: qualified }
  - { platform: vx-mgcf, version: 7.5.0, status: qualified }
qualifications:
  - signature: reconnection:RECONNECT-SEQ-V2
    platform: ${platform}
    groups: [${groups}]
    evidence: Lab campaign LAB-2026-114 and 30 days on a twin platform
    approvals: ${approvals}
`;

// A done change request whose canary ran RECONNECT-SEQ-V2 on par1-cs1 in November.
const doneCanary = changeRequest(
  'CR-TEST-0',
  [
    {
      id: 'c1',
      action: 'reconnection',
      procedure: 'RECONNECT-SEQ-V2',
      targets: { callServers: ['par1-cs1'] },
      window: { start: '2026-11-17T01:00:00+01:00', end: '2026-11-17T02:00:00+01:00' },
      verification: { testCalls: [{ number: '112' }] },
    },
  ],
  { title: 'Canary of RECONNECT-SEQ-V2', purpose: 'Prove the procedure on one call server', state: 'done' },
);

const canaryRecord = (result: string, answered: boolean, end = '2026-11-17T01:40:00+01:00') => `kind: ExecutionRecord
change: CR-TEST-0
steps:
  - step: c1
    start: 2026-11-17T01:02:00+01:00
    end: ${end}
    result: ${result}
    operator: m.leroy
    testCalls: [{ number: "112", at: 2026-11-17T01:45:00+01:00, answered: ${answered} }]
`;

// A second, one-member redundancy group on the same platform, and a reconnection of its member.
const SECOND_GROUP = `kind: Inventory
redundancyGroups:
  - { id: ECI-B, name: Twin interconnect, emergency: false }
callServers:
  - { id: lil1-cs3, site: LIL1, role: mgcf, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 10000, cps: 150 }, redundancyGroup: ECI-B, emergency: false }
`;
const RECONNECT_ECI_B = `  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V2
    targets: { callServers: [lil1-cs3] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`;

ruleTester(rule, {
  valid: [
    {
      name: 'one canary, then a wave of a third of the group exactly when the soak ends',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', CANARY + upgrade('s2', 'par1-cs2, par2-cs1, lyo1-cs1, mrs1-cs1', '2026-12-09T02:00:00+01:00', '2026-12-09T03:00:00+01:00')),
      },
    },
    {
      name: 'canary in one change request, the next waves in another',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', CANARY),
        'changes/CR-TEST-2.yaml': changeRequest(
          'CR-TEST-2',
          upgrade('w1', 'par1-cs2, par2-cs1', '2026-12-10T01:00:00+01:00', '2026-12-10T02:00:00+01:00') +
            upgrade('w2', 'par2-cs2, lyo1-cs1, lyo1-cs2', '2026-12-11T01:00:00+01:00', '2026-12-11T02:00:00+01:00'),
        ),
      },
    },
    {
      name: 'a signature qualified in the catalog with two CAB approvals needs no canary on the groups it names',
      files: {
        'software/catalog.yaml': qualifiedCatalog('ECI', '[{ by: a.martin, role: cab }, { by: l.bernard, role: cab }]'),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
    },
    {
      name: 'a proof on one group holds on another group the policy says shares platform and software',
      options: { groupsSharingProof: [['ECI', 'ECI-B']] },
      files: {
        'inventory/extra.yaml': SECOND_GROUP,
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', RECONNECT_ECI_B),
      },
    },
    {
      name: 'a completed canary of a done change request, verified and soaked, proves the signature on its group',
      asOf: '2026-11-27T09:00:00+01:00',
      files: {
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
    },
    {
      name: 'a config-push without a procedure on one canary, then a wave after its soak',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: config-push
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: config-push
    targets: { callServers: [par2-cs1, lyo1-cs1] }
    window: { start: 2026-12-09T02:00:00+01:00, end: 2026-12-09T03:00:00+01:00 }
`),
      },
    },
    {
      name: 'a version some member already runs is proven',
      files: {
        'inventory/extra.yaml': `kind: Inventory
callServers:
  - { id: lil1-cs3, site: LIL1, role: mgcf, platform: vx-mgcf, softwareVersion: 7.5.0, capacity: { sessions: 10000, cps: 150 }, redundancyGroup: ECI, emergency: true }
`,
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', upgrade('s1', 'par1-cs1, par1-cs2, par2-cs1', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')),
      },
    },
    {
      name: 'steps without a change signature (restart, drain) start no rollout',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
    },
  ],
  invalid: [
    {
      name: 'a catalog qualification without the approvals of two CAB members proves nothing',
      files: {
        'software/catalog.yaml': qualifiedCatalog('ECI', '[{ by: a.martin, role: cab }, { by: j.dupont, role: cab }, { by: s.moreau, role: cab }]'),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5, data: { signature: 'reconnection:RECONNECT-SEQ-V2', memberCount: 12 } }],
    },
    {
      name: 'a qualification for another redundancy group does not carry to this one',
      files: {
        'software/catalog.yaml': qualifiedCatalog('ECI-B', '[{ by: a.martin, role: cab }, { by: l.bernard, role: cab }]'),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5 }],
    },
    {
      name: 'a qualification on another platform does not carry to this one',
      files: {
        'software/catalog.yaml': qualifiedCatalog('ECI', '[{ by: a.martin, role: cab }, { by: l.bernard, role: cab }]', 'vy-sbc'),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5 }],
    },
    {
      name: 'a proof does not carry to another redundancy group the policy does not say shares platform and software',
      files: {
        'inventory/extra.yaml': SECOND_GROUP,
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', RECONNECT_ECI_B),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5, data: { group: 'ECI-B', memberCount: 1 } }],
    },
    {
      name: "a proof on one platform does not carry to a second vendor's nodes in the same group",
      files: {
        'inventory/extra.yaml': `kind: Inventory
callServers:
  - { id: lil1-cs3, site: LIL1, role: mgcf, platform: vy-mgcf, softwareVersion: 2.1.0, capacity: { sessions: 10000, cps: 150 }, redundancyGroup: ECI, emergency: true }
`,
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5, data: { memberCount: 13 } }],
    },
    {
      name: 'a done canary whose test call was not answered proves nothing',
      files: {
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', false),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5 }],
    },
    {
      name: 'a done canary that was rolled back proves nothing',
      files: {
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('rolled-back', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5 }],
    },
    {
      name: 'a done canary whose soak has not elapsed by as-of proves nothing yet',
      asOf: '2026-11-17T12:00:00+01:00',
      files: {
        'changes/CR-TEST-0.yaml': doneCanary,
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', ALL_SITES_V2),
      },
      errors: [{ messageId: 'wholeGroupUnproven', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5 }],
    },
    {
      name: 'a wave after a canary the record shows failed',
      asOf: '2026-12-09T12:00:00+01:00',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', CANARY + upgrade('s2', 'par2-cs1', '2026-12-10T01:00:00+01:00', '2026-12-10T02:00:00+01:00')).replace('state: approved', 'state: in-progress'),
        'records/CR-TEST-1.yaml': `kind: ExecutionRecord
change: CR-TEST-1
steps:
  - { step: s1, start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T01:50:00+01:00, result: failed, operator: m.leroy }
`,
      },
      errors: [
        {
          messageId: 'waveAfterFailedCanary',
          file: 'changes/CR-TEST-1.yaml',
          line: 18,
          column: 22,
          stepId: 's2',
          data: { canaryStatus: 'failed', canaryStep: 'CR-TEST-1#s1', members: ['par2-cs1'] },
        },
      ],
    },
    {
      name: 'the first wave reaches two members',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', upgrade('s1', 'par1-cs1, lyo1-cs1', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')),
      },
      errors: [
        {
          messageId: 'canaryTooWide',
          line: 12,
          column: 5,
          stepId: 's1',
          data: {
            signature: 'software-upgrade:7.5.0',
            group: 'ECI',
            members: ['lyo1-cs1', 'par1-cs1'],
            memberCount: 2,
            steps: ['CR-TEST-1#s1'],
            provenAt: '2026-12-09 02:00 (+01:00)',
            maxWaveMembers: 4,
          },
        },
      ],
    },
    {
      name: 'two single-server steps that overlap form one first wave of two',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          CANARY + upgrade('s2', 'par2-cs1', '2026-12-08T01:59:00+01:00', '2026-12-08T03:00:00+01:00'),
        ),
      },
      errors: [{ messageId: 'canaryTooWide', line: 12, column: 5, stepId: 's1', data: { members: ['par1-cs1', 'par2-cs1'], steps: ['CR-TEST-1#s1', 'CR-TEST-1#s2'] } }],
    },
    {
      name: 'a second wave twelve hours after the canary, before the soak ends',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', CANARY + upgrade('s2', 'par2-cs1', '2026-12-08T14:00:00+01:00', '2026-12-08T15:00:00+01:00')),
      },
      errors: [
        {
          messageId: 'waveBeforeSoak',
          line: 18,
          column: 22,
          stepId: 's2',
          data: {
            canaryStep: 'CR-TEST-1#s1',
            canaryMembers: ['par1-cs1'],
            canaryEnd: '2026-12-08 02:00 (+01:00)',
            soakHours: 24,
            soakEnd: '2026-12-09 02:00 (+01:00)',
            provenAt: '2026-12-09 02:00 (+01:00)',
            waveStart: '2026-12-08 14:00 (+01:00)',
            members: ['par2-cs1'],
          },
        },
      ],
    },
    {
      name: 'a short soak that has not carried a traffic peak',
      options: { soakHours: 2 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', CANARY + upgrade('s2', 'par2-cs1', '2026-12-08T05:00:00+01:00', '2026-12-08T06:00:00+01:00')),
      },
      errors: [
        {
          messageId: 'waveBeforePeak',
          line: 18,
          column: 22,
          data: { soakHours: 2, soakEnd: '2026-12-08 04:00 (+01:00)', soakSpansPeak: false, provenAt: '2026-12-08 19:00 (+01:00)' },
        },
      ],
    },
    {
      name: 'a canary ending inside the peak hour must wait for the next whole peak',
      files: {
        // Tuesday 17:00-18:30: the 24 h soak ends Wednesday 18:30, the next whole peak hour ends at 19:00.
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          upgrade('s1', 'par1-cs1', '2026-12-08T17:00:00+01:00', '2026-12-08T18:30:00+01:00') +
            upgrade('s2', 'par2-cs1', '2026-12-09T18:45:00+01:00', '2026-12-09T19:30:00+01:00'),
        ),
      },
      errors: [
        {
          messageId: 'waveBeforePeak',
          line: 18,
          column: 22,
          data: { soakEnd: '2026-12-09 18:30 (+01:00)', soakSpansPeak: false, provenAt: '2026-12-09 19:00 (+01:00)', waveStart: '2026-12-09 18:45 (+01:00)' },
        },
      ],
    },
    {
      name: 'a wave after the soak that reaches more than a third of the group',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          CANARY + upgrade('s2', 'par1-cs2, par2-cs1, par2-cs2, lyo1-cs1, lyo1-cs2', '2026-12-09T02:00:00+01:00', '2026-12-09T03:00:00+01:00'),
        ),
      },
      errors: [
        {
          messageId: 'waveTooLarge',
          line: 17,
          column: 5,
          data: { memberCount: 5, groupSize: 12, maxWaveMembers: 4, maxWaveFraction: 0.34, waveStart: '2026-12-09 02:00 (+01:00)' },
        },
      ],
    },
    {
      name: 'a procedure applied to every site at once (the 2 June 2021 shape)',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V3
    targets: { sites: [PAR1, PAR2, LYO1, MRS1, BDX1, LIL1] }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'wholeGroupUnproven',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-1',
          stepId: 's1',
          data: { signature: 'reconnection:RECONNECT-SEQ-V3', memberCount: 12, groupSize: 12, soakEnd: '2026-12-10 17:30 (+01:00)', provenAt: '2026-12-10 17:30 (+01:00)' },
        },
      ],
    },
    {
      name: 'leaving the procedure out does not make the change look proven',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: reconnection
    targets: { sites: [PAR1, PAR2, LYO1, MRS1, BDX1, LIL1] }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'wholeGroupUnproven',
          line: 11,
          column: 5,
          stepId: 's1',
          data: { signature: 'reconnection without a procedure identifier in CR-TEST-1', memberCount: 12, groupSize: 12 },
        },
      ],
    },
    {
      // The record of a done change request whose canary pushed a configuration without a procedure
      // identifier, ok, with its test call answered and long soaked: what it pushed has no name, so it
      // proves nothing about what another change pushes without one.
      name: 'the signature of a step without procedure is never proven, even by a verified, soaked canary of a done change request',
      asOf: '2026-11-27T09:00:00+01:00',
      files: {
        'changes/CR-TEST-0.yaml': doneCanary.replace('    action: reconnection\n    procedure: RECONNECT-SEQ-V2\n', '    action: config-push\n'),
        'records/CR-TEST-0.yaml': canaryRecord('ok', true),
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: config-push
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: config-push
    targets: { callServers: [par2-cs1] }
    window: { start: 2026-12-08T14:00:00+01:00, end: 2026-12-08T15:00:00+01:00 }
`),
      },
      errors: [{ messageId: 'waveBeforeSoak', line: 16, column: 22, stepId: 's2', data: { signature: 'config-push without a procedure identifier in CR-TEST-1', canaryStep: 'CR-TEST-1#s1' } }],
    },
    {
      name: 'the rest of the group before the canary has soaked: the whole group runs it unproven',
      options: { maxWaveFraction: 1 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          CANARY +
            upgrade(
              's2',
              'par1-cs2, par2-cs1, par2-cs2, lyo1-cs1, lyo1-cs2, mrs1-cs1, mrs1-cs2, bdx1-cs1, bdx1-cs2, lil1-cs1, lil1-cs2',
              '2026-12-08T03:00:00+01:00',
              '2026-12-08T04:00:00+01:00',
            ),
        ),
      },
      errors: [{ messageId: 'wholeGroupUnproven', line: 17, column: 5, stepId: 's2', data: { memberCount: 12, steps: ['CR-TEST-1#s2'] } }],
    },
    {
      name: 'a reconnection of trunks reaches the servers at their ends',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: reconnection
    procedure: TRUNK-REHOME-V1
    targets: { trunks: [par1-cs1-tpa, lyo1-cs1-tla] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
      errors: [{ messageId: 'canaryTooWide', line: 12, column: 5, data: { signature: 'reconnection:TRUNK-REHOME-V1', members: ['lyo1-cs1', 'par1-cs1'] } }],
    },
  ],
});
