import rule from '../../rules/surviving-capacity.ts';
import { SITE_IDS, changeRequest, flow } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header: the first step's `id` is on line 9 and its
// `window` key on line 12, column 5.

const ALL_SITES = flow(SITE_IDS);

// Base network: 12 servers of 10,000 sessions / 150 cps (2 per site), 24 trunks of 8,000 sessions.
// Wednesday 9 December 2026, weekday forecast: 12:00 52,000 / 745; 13:00 50,000 / 715; 16:00 60,000 / 860;
// 17:00 66,000 / 940 (emergency 840 / 14).
ruleTester(rule, {
  valid: [
    {
      name: 'one site drained, upgraded and restored at night',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: drain
    targets: { callServers: [par1-cs1, par1-cs2] }
    window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T00:50:00+01:00 }
  - id: s2
    action: capacity-add
    targets: { callServers: [par1-cs1, par1-cs2] }
    window: { start: 2026-12-08T00:50:00+01:00, end: 2026-12-08T02:50:00+01:00 }
    capacityChange: { sessions: 4000, cps: 60 }
  - id: s3
    action: restore
    targets: { callServers: [par1-cs1, par1-cs2] }
    window: { start: 2026-12-08T02:50:00+01:00, end: 2026-12-08T03:10:00+01:00 }
`),
      },
    },
    {
      name: 'one server restarted in the afternoon',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-09T14:00:00+01:00, end: 2026-12-09T15:00:00+01:00 }
`),
      },
    },
    {
      name: 'two trunks restarted at the evening peak',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { trunks: [par1-cs1-tpa, lyo1-cs2-tma] }
    window: { start: 2026-12-09T18:00:00+01:00, end: 2026-12-09T18:30:00+01:00 }
`),
      },
    },
    {
      // Two sites out at 13:00: 60,000 sessions after N-1 = 50,000 x 1.2 exactly (margin 0 passes).
      name: 'margin exactly zero passes',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
`),
      },
    },
    {
      // Without the capacity added the night before, three sites out at 13:00 would leave 40,000.
      name: 'capacity added by an earlier step counts once that step has ended',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: capacity-add
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T01:30:00+01:00 }
    capacityLoss: 0
    capacityChange: { sessions: 10000, cps: 150 }
  - id: s2
    action: restart
    targets: { sites: [PAR1, PAR2, LYO1] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
`),
      },
    },
  ],
  invalid: [
    {
      name: 'every site at once ahead of the evening peak (the 2 June 2021 shape)',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          line: 12,
          column: 5,
          stepId: 's1',
          data: {
            intervalStart: '2026-12-09 16:30 (+01:00)',
            intervalEnd: '2026-12-09 17:30 (+01:00)',
            runEnd: '2026-12-09 17:30 (+01:00)',
            busiestHour: '2026-12-09T17:00',
            availableSessions: 0,
            requiredSessions: 79200,
            marginSessions: -79200,
            availableCps: 0,
            requiredCps: 1128,
            marginCps: -1128,
            marginTrunkSessions: -79200,
            largestSite: 'none left',
            sitesAtRisk: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2'],
            soakingSteps: [],
          },
        },
        {
          messageId: 'emergencyCallsShort',
          line: 12,
          column: 5,
          data: { availableSessions: 0, requiredSessions: 1008, marginSessions: -1008, requiredCps: 17, marginCps: -17, forecastSessions: 840, forecastCps: 14 },
        },
      ],
    },
    {
      name: 'an unproven procedure keeps the run open until it has soaked',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V3
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          line: 13,
          column: 5,
          data: {
            runStart: '2026-12-09 16:30 (+01:00)',
            runEnd: '2026-12-10 17:30 (+01:00)',
            // Coverage is 0 % all along: the first interval, where the shortfall begins, is reported.
            intervalStart: '2026-12-09 16:30 (+01:00)',
            intervalEnd: '2026-12-09 17:30 (+01:00)',
            soakingSteps: ['CR-TEST-1#s1'],
          },
        },
        { messageId: 'emergencyCallsShort', line: 13, column: 5, data: { soakingSteps: ['CR-TEST-1#s1'] } },
      ],
    },
    {
      name: 'margin just below zero at the busiest hour of the interval',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-09T12:30:00+01:00, end: 2026-12-09T13:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          line: 12,
          column: 5,
          data: {
            busiestHour: '2026-12-09T12:00',
            forecastSessions: 52000,
            availableSessions: 60000,
            requiredSessions: 62400,
            marginSessions: -2400,
            availableCps: 900,
            requiredCps: 894,
            marginCps: 6,
            availableTrunkSessions: 96000,
            largestSite: 'BDX1',
            largestSiteSessions: 20000,
            notAtRiskSessions: 80000,
            short: ['sessions'],
          },
        },
      ],
    },
    {
      name: 'a larger headroom option turns the exact fit into a shortfall',
      options: { headroom: 0.21 },
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
`),
      },
      errors: [{ messageId: 'allCallsShort', line: 12, column: 5, data: { requiredSessions: 60500, marginSessions: -500, requiredCps: 866, headroomPercent: 21 } }],
    },
    {
      name: 'capacity added only after the change does not help',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2, LYO1] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
  - id: s2
    action: capacity-add
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-10T00:30:00+01:00, end: 2026-12-10T01:30:00+01:00 }
    capacityLoss: 0
    capacityChange: { sessions: 10000, cps: 150 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          line: 12,
          column: 5,
          stepId: 's1',
          data: { availableSessions: 40000, requiredSessions: 60000, marginSessions: -20000, availableCps: 600, marginCps: -258, availableTrunkSessions: 64000, marginTrunkSessions: 4000, short: ['sessions', 'cps'] },
        },
      ],
    },
    {
      name: 'two change requests that pass alone fail together, and both are told',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
`),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', `  - id: s1
    action: software-upgrade
    software: { version: 7.5.0, previousVersion: 7.4.2 }
    targets: { callServers: [lyo1-cs1] }
    window: { start: 2026-12-09T13:00:00+01:00, end: 2026-12-09T14:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          file: 'changes/CR-TEST-1.yaml',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-1',
          data: { availableSessions: 50000, marginSessions: -10000, availableCps: 750, marginCps: -108, changes: ['CR-TEST-1', 'CR-TEST-2'] },
        },
        {
          messageId: 'allCallsShort',
          file: 'changes/CR-TEST-2.yaml',
          line: 13,
          column: 5,
          changeId: 'CR-TEST-2',
          data: { availableSessions: 50000, marginSessions: -10000, changes: ['CR-TEST-1', 'CR-TEST-2'] },
        },
      ],
    },
    {
      name: 'a change request running harmlessly beside a failing one is not blamed',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
`),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', `  - id: s1
    action: drain
    targets: { callServers: [par1-cs1] }
    window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:00:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          file: 'changes/CR-TEST-1.yaml',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-1',
          data: { intervalStart: '2026-12-09 16:30 (+01:00)', intervalEnd: '2026-12-09 17:00 (+01:00)', runEnd: '2026-12-09 17:30 (+01:00)', changes: ['CR-TEST-1', 'CR-TEST-2'] },
        },
        { messageId: 'emergencyCallsShort', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5, changeId: 'CR-TEST-1' },
      ],
    },
    {
      // Sunday 25 October 2026, clocks go back at 03:00 (+02:00) to 02:00 (+01:00): the window covers the
      // second 02:00 hour (weekend 9,000 sessions) and 03:00 (7,000), read on the local clock.
      name: 'the busiest hour is read on the local clock after the October change',
      asOf: '2026-10-01T09:00:00+02:00',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: ${ALL_SITES} }
    window: { start: 2026-10-25T02:30:00+01:00, end: 2026-10-25T03:30:00+01:00 }
`),
      },
      errors: [
        {
          messageId: 'allCallsShort',
          line: 12,
          column: 5,
          data: { intervalStart: '2026-10-25 02:30 (+01:00)', intervalEnd: '2026-10-25 03:30 (+01:00)', busiestHour: '2026-10-25T02:00', dayType: 'weekend', forecastSessions: 9000, requiredSessions: 10800 },
        },
        { messageId: 'emergencyCallsShort', line: 12, column: 5, data: { busiestHour: '2026-10-25T02:00', forecastSessions: 240, requiredSessions: 288 } },
      ],
    },
    {
      name: 'a new set of sites at risk starts a new finding',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', `  - id: s1
    action: restart
    targets: { sites: [PAR1, PAR2, LYO1] }
    window: { start: 2026-12-09T16:00:00+01:00, end: 2026-12-09T17:00:00+01:00 }
  - id: s2
    action: restart
    targets: { sites: [MRS1, BDX1, LIL1] }
    window: { start: 2026-12-09T17:00:00+01:00, end: 2026-12-09T18:00:00+01:00 }
`),
      },
      errors: [
        { messageId: 'allCallsShort', line: 12, column: 5, stepId: 's1', data: { availableSessions: 40000, requiredSessions: 72000, marginSessions: -32000, marginCps: -432, sitesAtRisk: ['LYO1', 'PAR1', 'PAR2'] } },
        { messageId: 'allCallsShort', line: 16, column: 5, stepId: 's2', data: { availableSessions: 40000, requiredSessions: 79200, marginSessions: -39200, marginCps: -528, sitesAtRisk: ['BDX1', 'LIL1', 'MRS1'] } },
      ],
    },
  ],
});
