import rule from '../../rules/redundancy-group-concurrency.ts';
import { SITE_IDS, changeRequest, flow } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header, so the first step is on line 9.

// A non-emergency redundancy group of four servers on four sites, for the second set of limits.
const sipGroup = `kind: Inventory
redundancyGroups:
  - { id: SIPT, name: SIP trunking (non-emergency) }
callServers:
  - { id: par1-sip, site: PAR1, role: sbc, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 5000, cps: 50 }, redundancyGroup: SIPT, emergency: false }
  - { id: par2-sip, site: PAR2, role: sbc, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 5000, cps: 50 }, redundancyGroup: SIPT, emergency: false }
  - { id: lyo1-sip, site: LYO1, role: sbc, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 5000, cps: 50 }, redundancyGroup: SIPT, emergency: false }
  - { id: mrs1-sip, site: MRS1, role: sbc, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 5000, cps: 50 }, redundancyGroup: SIPT, emergency: false }
`;

const ALL_SITES = flow(SITE_IDS);

ruleTester(rule, {
  valid: [
    {
      name: 'the two servers of one site at night',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
    },
    {
      name: 'windows on two sites that touch but do not overlap',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: restart
    targets: { callServers: [par2-cs1, par2-cs2] }
    window: { start: 2026-12-08T02:00:00+01:00, end: 2026-12-08T03:00:00+01:00 }
`),
      },
    },
    {
      name: 'two steps on the two servers of the same site at once count as one site',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: drain
    targets: { callServers: [lyo1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: restart
    targets: { callServers: [lyo1-cs2] }
    window: { start: 2026-12-08T01:30:00+01:00, end: 2026-12-08T02:30:00+01:00 }
`),
      },
    },
    {
      name: 'exactly at raised limits: two sites and four servers',
      options: { maxSitesAtRisk: 2, maxServersAtRisk: 4 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
    },
    {
      name: 'a draft change request is not on the timeline',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`, { state: 'draft' }),
      },
    },
    {
      name: 'a non-emergency group may have two sites at risk by default',
      files: {
        'inventory/sipt.yaml': sipGroup,
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { callServers: [par1-sip, par2-sip] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
    },
    {
      name: 'a change running a proven version keeps its targets at risk only during its window',
      files: {
        // 7.4.2 already runs on the group: no soak, so the next night's site is alone at risk.
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: software-upgrade
    software: { version: 7.4.2, previousVersion: 7.4.2 }
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: restart
    targets: { sites: [PAR2] }
    window: { start: 2026-12-09T01:00:00+01:00, end: 2026-12-09T02:00:00+01:00 }
`),
      },
    },
  ],
  invalid: [
    {
      name: 'two sites overlapping by half an hour: the later step opened the interval',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: restart
    targets: { sites: [PAR2] }
    window: { start: 2026-12-08T01:30:00+01:00, end: 2026-12-08T02:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'tooManyAtRisk',
          line: 16,
          column: 5,
          stepId: 's2',
          data: {
            group: 'ECI',
            intervalStart: '2026-12-08 01:30 (+01:00)',
            intervalEnd: '2026-12-08 02:00 (+01:00)',
            durationMinutes: 30,
            servers: ['par1-cs1', 'par1-cs2', 'par2-cs1', 'par2-cs2'],
            serverCount: 4,
            sites: ['PAR1', 'PAR2'],
            siteCount: 2,
            maxSitesAtRisk: 1,
            maxServersAtRisk: 2,
            steps: ['CR-TEST-1#s1', 'CR-TEST-1#s2'],
            changeIds: ['CR-TEST-1'],
            soakingSteps: [],
          },
        },
      ],
    },
    {
      name: 'three servers on three sites exceed the server limit even when sites are allowed',
      options: { maxSitesAtRisk: 3, maxServersAtRisk: 2 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { callServers: [par1-cs1, lyo1-cs1, bdx1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'tooManyAtRisk',
          line: 12,
          column: 5,
          data: { serverCount: 3, siteCount: 3, sites: ['BDX1', 'LYO1', 'PAR1'], maxSitesAtRisk: 3, maxServersAtRisk: 2, groupSize: 12 },
        },
      ],
    },
    {
      name: 'the whole group is refused whatever the options say',
      options: { maxSitesAtRisk: 6, maxServersAtRisk: 12 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'wholeGroupAtRisk',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-1',
          stepId: 's1',
          data: {
            intervalStart: '2026-12-09 16:30 (+01:00)',
            intervalEnd: '2026-12-09 17:30 (+01:00)',
            serverCount: 12,
            groupSize: 12,
            siteCount: 6,
            sites: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2'],
          },
        },
      ],
    },
    {
      name: 'two change requests that are each fine collide; the finding names both',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [MRS1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T03:00:00+01:00 }
`),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', `  - id: a1
    action: isolate
    targets: { callServers: [lil1-cs2] }
    window: { start: 2026-12-08T02:00:00+01:00, end: 2026-12-08T04:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'tooManyAtRisk',
          file: 'changes/CR-TEST-2.yaml',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-2',
          stepId: 'a1',
          data: {
            intervalStart: '2026-12-08 02:00 (+01:00)',
            intervalEnd: '2026-12-08 03:00 (+01:00)',
            servers: ['lil1-cs2', 'mrs1-cs1', 'mrs1-cs2'],
            steps: ['CR-TEST-1#s1', 'CR-TEST-2#a1'],
            changeIds: ['CR-TEST-1', 'CR-TEST-2'],
          },
        },
      ],
    },
    {
      name: 'a canary still soaking keeps its server at risk when the next site is touched',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V4
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s2
    action: restart
    targets: { sites: [PAR2] }
    window: { start: 2026-12-09T01:00:00+01:00, end: 2026-12-09T02:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'tooManyAtRisk',
          line: 17,
          column: 5,
          stepId: 's2',
          data: {
            intervalStart: '2026-12-09 01:00 (+01:00)',
            intervalEnd: '2026-12-09 02:00 (+01:00)',
            servers: ['par1-cs1', 'par2-cs1', 'par2-cs2'],
            steps: ['CR-TEST-1#s1', 'CR-TEST-1#s2'],
            soakingSteps: ['CR-TEST-1#s1'],
          },
        },
      ],
    },
    {
      name: 'one finding per run of intervals with the same members at risk, a new one when the set changes',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T03:00:00+01:00 }
  - id: s2
    action: drain
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-08T01:30:00+01:00, end: 2026-12-08T02:00:00+01:00 }
  - id: s3
    action: restart
    targets: { callServers: [lyo1-cs1] }
    window: { start: 2026-12-08T02:30:00+01:00, end: 2026-12-08T03:30:00+01:00 }
`),
      },
      // After s1 ends at 03:00 only lyo1-cs1 is left, which is within the limits: two findings, not three.
      errors: [
        {
          messageId: 'tooManyAtRisk',
          line: 12,
          column: 5,
          stepId: 's1',
          data: {
            intervalStart: '2026-12-08 01:00 (+01:00)',
            intervalEnd: '2026-12-08 02:30 (+01:00)',
            durationMinutes: 90,
            serverCount: 4,
            steps: ['CR-TEST-1#s1', 'CR-TEST-1#s2'],
          },
        },
        {
          messageId: 'tooManyAtRisk',
          line: 20,
          column: 5,
          stepId: 's3',
          data: {
            intervalStart: '2026-12-08 02:30 (+01:00)',
            intervalEnd: '2026-12-08 03:00 (+01:00)',
            serverCount: 5,
            siteCount: 3,
            steps: ['CR-TEST-1#s1', 'CR-TEST-1#s3'],
          },
        },
      ],
    },
    {
      name: 'a non-emergency group has its own limits',
      files: {
        'inventory/sipt.yaml': sipGroup,
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { callServers: [par1-sip, par2-sip, lyo1-sip] }
    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'tooManyAtRisk',
          file: 'changes/CR-TEST-1.yaml',
          line: 12,
          column: 5,
          data: { group: 'SIPT', emergency: false, serverCount: 3, siteCount: 3, maxSitesAtRisk: 2, maxServersAtRisk: 4, groupSize: 4 },
        },
      ],
    },
  ],
});
