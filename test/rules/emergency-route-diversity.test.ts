import rule from '../../rules/emergency-route-diversity.ts';
import { changeRequest, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header: the first step's `id` is on line 9 and its
// `targets` key on line 11, column 5.

// Routes of the six-site network (by call-server site): 114 PAR1 LYO1 MRS1; 115 PAR2 BDX1 LIL1;
// 119 PAR1 LYO1 BDX1; 191 LYO1 PAR2 MRS1; 196 MRS1 BDX1 PAR1; 197 PAR1 LYO1 LIL1; 17 PAR1 PAR2 LYO1 LIL1;
// 15, 18 and 112 one route per site.
const restart = (id: string, targets: string, start: string, end: string) => step({ id, action: 'restart', targets, window: { start, end } });

ruleTester(rule, {
  valid: [
    {
      // 114, 119, 196 and 197 keep exactly two routes on two sites: the threshold passes.
      name: 'one site out leaves every number two routes on two sites',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
    },
    {
      name: 'two sites in windows that touch but do not overlap',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          restart('s1', '{ sites: [PAR1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00') +
            restart('s2', '{ sites: [LYO1] }', '2026-12-08T02:00:00+01:00', '2026-12-08T03:00:00+01:00'),
        ),
      },
    },
    {
      name: 'two sites no number depends on together',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [MRS1, LIL1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
    },
    {
      name: 'a draft change request is not on the timeline',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR2, BDX1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00'), { state: 'draft' }) },
    },
    {
      name: 'a lower minRoutes accepts one route left on one site',
      options: { minRoutes: 1, minSites: 1 },
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR2, BDX1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
    },
  ],
  invalid: [
    {
      name: 'two sites at once leave 114, 119 and 197 with one route',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1, LYO1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
      errors: [
        {
          messageId: 'tooFewRoutes',
          line: 11,
          column: 5,
          stepId: 's1',
          data: {
            number: '114',
            psaps: ['CNR-114'],
            psapsAffected: ['CNR-114'],
            psapsUnreachable: [],
            routesTotal: 3,
            routesRemaining: 1,
            routesLostCount: 2,
            routesLost: ['par1-cs1 > par1-cs1-tpa > TR-PAR-A > CNR-114', 'lyo1-cs1 > lyo1-cs1-tla > TR-LYO-A > CNR-114'],
            remainingRoutes: ['mrs1-cs1 > mrs1-cs1-tma > TR-MRS-A > CNR-114'],
            remainingSites: ['MRS1'],
            siteCount: 1,
            intervalStart: '2026-12-08 01:00 (+01:00)',
            intervalEnd: '2026-12-08 02:00 (+01:00)',
          },
        },
        { messageId: 'tooFewRoutes', line: 11, column: 5, data: { number: '119', routesRemaining: 1, remainingSites: ['BDX1'] } },
        { messageId: 'tooFewRoutes', line: 11, column: 5, data: { number: '197', routesRemaining: 1, remainingSites: ['LIL1'] } },
      ],
    },
    {
      name: 'every site at once leaves every PSAP of 15 without a route',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1, PAR2, LYO1, MRS1, BDX1, LIL1] }', '2026-12-09T16:30:00+01:00', '2026-12-09T17:30:00+01:00')) },
      options: { minRoutes: 1, minSites: 1 },
      errors: ['112', '114', '115', '119', '15', '17', '18', '191', '196', '197'].map((number) => ({
        messageId: 'noRouteLeft',
        line: 11,
        column: 5,
        data: number === '15' ? { number, routesRemaining: 0, psapsUnreachable: ['SAMU-69', 'SAMU-75'], psapsUnreachableText: 'SAMU-69, SAMU-75', remainingSitesText: 'none' } : { number, routesRemaining: 0 },
      })),
    },
    {
      name: 'trunks taken out leave 114 one route',
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ trunks: [par1-cs1-tpa, lyo1-cs1-tla] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
      errors: [{ messageId: 'tooFewRoutes', line: 11, column: 5, data: { number: '114', routesRemaining: 1, routesLostCount: 2 } }],
    },
    {
      name: 'minSites 3 refuses a single site out for numbers on three sites',
      options: { minSites: 3 },
      files: { 'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')) },
      errors: ['114', '119', '196', '197'].map((number) => ({ messageId: 'tooFewRoutes', line: 11, column: 5, data: { number, routesRemaining: 2, siteCount: 2, minSites: 3 } })),
    },
    {
      name: 'two change requests overlapping on the sites of 115 are both reported',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR2] }', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ sites: [BDX1] }', '2026-12-08T01:00:00+01:00', '2026-12-08T02:00:00+01:00')),
      },
      errors: [
        {
          messageId: 'tooFewRoutes',
          file: 'changes/CR-TEST-1.yaml',
          line: 11,
          column: 5,
          changeId: 'CR-TEST-1',
          data: { number: '115', routesRemaining: 1, intervalStart: '2026-12-08 01:00 (+01:00)', intervalEnd: '2026-12-08 01:30 (+01:00)', changes: ['CR-TEST-1', 'CR-TEST-2'] },
        },
        { messageId: 'tooFewRoutes', file: 'changes/CR-TEST-2.yaml', line: 11, column: 5, changeId: 'CR-TEST-2', data: { number: '115', routesRemaining: 1 } },
      ],
    },
    {
      name: 'a change request on a site 115 can spare is not blamed for 115',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR2, BDX1] }', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ sites: [LIL1] }', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00')),
      },
      errors: [
        {
          messageId: 'noRouteLeft',
          file: 'changes/CR-TEST-1.yaml',
          line: 11,
          column: 5,
          changeId: 'CR-TEST-1',
          data: { number: '115', routesRemaining: 0, psapsUnreachable: ['SAMUSOCIAL-75'], changes: ['CR-TEST-1', 'CR-TEST-2'] },
        },
      ],
    },
    {
      name: 'consecutive steps make one finding per number over the whole run',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest(
          'CR-TEST-1',
          restart('s1', '{ sites: [PAR2, BDX1] }', '2026-12-08T00:30:00+01:00', '2026-12-08T01:00:00+01:00') +
            restart('s2', '{ callServers: [par2-cs1, bdx1-cs2] }', '2026-12-08T01:00:00+01:00', '2026-12-08T01:30:00+01:00'),
        ),
      },
      errors: [
        {
          messageId: 'tooFewRoutes',
          line: 11,
          column: 5,
          stepId: 's1',
          data: { number: '115', runStart: '2026-12-08 00:30 (+01:00)', runEnd: '2026-12-08 01:30 (+01:00)', intervalStart: '2026-12-08 00:30 (+01:00)', routesRemaining: 1 },
        },
      ],
    },
  ],
});
