import rule from '../../rules/capacity-end-state.ts';
import { SITE_IDS, changeRequest, flow, night, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Every change request below is a capacity upgrade: the builder's header with `capacityUpgrade` on line 8
// (the key at column 1), so the first step is on line 10.
const upgrade = (id: string, steps: string, { state = 'approved', capacityUpgrade = true } = {}) => changeRequest(id, steps, { state, head: `capacityUpgrade: ${capacityUpgrade}\n` });

const ALL_SITES = flow(SITE_IDS);
const change = (action: 'capacity-add' | 'capacity-remove', targets: string, sessions: number, cps: number, id = 's1', day = '08') =>
  step({ id, action, targets, window: night(Number(day), '00:50', '02:50'), capacityChange: { sessions, cps } });

// Base network: 12 servers of 10,000 sessions / 150 cps, 2 per site; 24 trunks of 8,000 sessions.
// Forecast peak over every day type: 70,000 sessions (weekday 18:00), 1,000 cps; emergency 900 / 15.
// With the default 10 % growth: 77,000 sessions / 1,100 cps; emergency 990 / 17.
ruleTester(rule, {
  valid: [
    {
      name: 'one site upgraded: 28,000 of 128,000 sessions, 100,000 left without it',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ sites: [PAR1] }', 4000, 60)) },
    },
    {
      name: 'every site upgraded over two nights',
      files: {
        'changes/CR-TEST-1.yaml': upgrade(
          'CR-TEST-1',
          change('capacity-add', '{ sites: [PAR1, PAR2, LYO1] }', 4000, 60) + change('capacity-add', '{ sites: [MRS1, BDX1, LIL1] }', 4000, 60, 's2', '09'),
        ),
      },
    },
    {
      name: 'a capacity removal that is not declared a capacity upgrade is not judged here',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -6000, -90), { capacityUpgrade: false }) },
    },
    {
      name: 'a draft capacity upgrade is not on the timeline',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -6000, -90), { state: 'draft' }) },
    },
    {
      // PAR1 at 25,000 of 125,000 sessions is exactly a 20 % share.
      name: 'a site share exactly at maxSiteShare passes',
      options: { maxSiteShare: 0.2 },
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ sites: [PAR1] }', 2500, 0)) },
    },
    {
      // 7,700 sessions / 110 cps per server: 77,000 / 1,100 left without a site, exactly the peak + 10 %.
      name: 'margin exactly zero after a site loss passes',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -2300, -40)) },
    },
  ],
  invalid: [
    {
      name: 'capacity removed on every server no longer survives a site loss',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -6000, -90)) },
      errors: [
        {
          messageId: 'siteLossNotSurvived',
          line: 8,
          column: 1,
          changeId: 'CR-TEST-1',
          data: {
            change: 'CR-TEST-1',
            completedAt: '2026-12-08 02:50 (+01:00)',
            lostSite: 'BDX1',
            lostSiteSessions: 8000,
            totalSessions: 48000,
            availableSessions: 40000,
            requiredSessions: 77000,
            marginSessions: -37000,
            availableCps: 600,
            requiredCps: 1100,
            marginCps: -500,
            availableTrunkSessions: 160000,
            marginTrunkSessions: 83000,
            short: ['sessions', 'cps'],
            failingSites: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2'],
            peakSessions: 70000,
            peakAt: 'weekday 18:00',
            growthPercent: 10,
          },
        },
      ],
    },
    {
      name: 'one session per server below the exact fit fails',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -2301, -40)) },
      errors: [{ messageId: 'siteLossNotSurvived', line: 8, column: 1, data: { availableSessions: 76990, requiredSessions: 77000, marginSessions: -10, availableCps: 1100, marginCps: 0, short: ['sessions'] } }],
    },
    {
      name: 'emergency capacity fails too when almost everything is removed',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -9950, -140)) },
      errors: [
        { messageId: 'emergencySiteLossNotSurvived', line: 8, column: 1, data: { availableSessions: 500, requiredSessions: 990, marginSessions: -490, availableCps: 100, requiredCps: 17, peakSessions: 900 } },
        { messageId: 'siteLossNotSurvived', line: 8, column: 1, data: { availableSessions: 500, requiredSessions: 77000 } },
      ],
    },
    {
      name: 'emergency capacity just enough: only all calls fail',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-remove', `{ sites: ${ALL_SITES} }`, -9900, -140)) },
      errors: [{ messageId: 'siteLossNotSurvived', line: 8, column: 1, data: { availableSessions: 1000, requiredSessions: 77000 } }],
    },
    {
      name: 'capacity concentrated on one site holds too large a share of the group',
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ callServers: [par1-cs1, par1-cs2] }', 30000, 0)) },
      errors: [
        {
          messageId: 'siteShareTooHigh',
          line: 8,
          column: 1,
          data: { group: 'ECI', site: 'PAR1', siteSessions: 80000, groupSessions: 180000, sessionsSharePercent: 44.44, siteCps: 300, groupCps: 1800, cpsSharePercent: 16.67, maxSiteSharePercent: 40 },
        },
      ],
    },
    {
      name: 'one session above the maxSiteShare option fails',
      options: { maxSiteShare: 0.2 },
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ sites: [PAR1] }', 2501, 0)) },
      errors: [{ messageId: 'siteShareTooHigh', line: 8, column: 1, data: { site: 'PAR1', siteSessions: 25002, groupSessions: 125002, maxSiteSharePercent: 20 } }],
    },
    {
      name: 'a higher growth option needs more than one upgraded site gives',
      options: { growth: 0.5 },
      files: { 'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ sites: [PAR1] }', 4000, 60)) },
      errors: [
        {
          messageId: 'siteLossNotSurvived',
          line: 8,
          column: 1,
          data: { lostSite: 'PAR1', lostSiteSessions: 28000, availableSessions: 100000, requiredSessions: 105000, marginSessions: -5000, growthPercent: 50, failingSites: ['PAR1'] },
        },
      ],
    },
    {
      name: 'the end state includes capacity removed by another change request before completion',
      files: {
        'changes/CR-TEST-1.yaml': upgrade('CR-TEST-1', change('capacity-add', '{ sites: [PAR1] }', 4000, 60, 's1', '10')),
        'changes/CR-TEST-2.yaml': upgrade('CR-TEST-2', change('capacity-remove', '{ sites: [PAR2, LYO1, MRS1, BDX1, LIL1] }', -5000, -10), { capacityUpgrade: false }),
      },
      errors: [
        {
          messageId: 'siteLossNotSurvived',
          file: 'changes/CR-TEST-1.yaml',
          line: 8,
          column: 1,
          changeId: 'CR-TEST-1',
          data: { completedAt: '2026-12-10 02:50 (+01:00)', lostSite: 'PAR1', totalSessions: 78000, availableSessions: 50000, marginSessions: -27000 },
        },
      ],
    },
  ],
});
