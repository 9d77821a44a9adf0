import rule from '../../rules/change-collision.ts';
import { changeRequest, night, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// Change requests have the builder's 8-line header: the first step's `id` is on line 9 and its `window`
// key on line 12, column 5; a second step's `window` is on line 16.
const restart = (id: string, targets: string, start: string, end: string) => step({ id, action: 'restart', targets, window: night(8, start, end) });

ruleTester(rule, {
  valid: [
    {
      name: 'the same server in windows that touch but do not overlap',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:00')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [par1-cs1] }', '01:00', '01:30')),
      },
    },
    {
      name: 'trunks of different servers at the same time',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ trunks: [par1-cs1-tpa] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ trunks: [lyo1-cs1-tla] }', '00:30', '01:30')),
      },
    },
    {
      name: 'two steps of one change request on the same server',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30') + restart('s2', '{ sites: [PAR1] }', '01:00', '02:00')),
      },
    },
    {
      name: 'a draft change request overlapping is not on the timeline',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [par1-cs1] }', '01:00', '02:00'), { state: 'draft' }),
      },
    },
  ],
  invalid: [
    {
      name: 'the same call server, reported once on the later-starting step',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [par1-cs1] }', '01:00', '02:00')),
      },
      errors: [
        {
          messageId: 'sameElement',
          file: 'changes/CR-TEST-2.yaml',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-2',
          stepId: 's1',
          data: {
            change: 'CR-TEST-2',
            step: 's1',
            otherChange: 'CR-TEST-1',
            otherStep: 's1',
            changes: ['CR-TEST-1', 'CR-TEST-2'],
            elementKind: 'call server',
            element: 'par1-cs1',
            overlapStart: '2026-12-08 01:00 (+01:00)',
            overlapEnd: '2026-12-08 01:30 (+01:00)',
            overlapMinutes: 30,
            steps: ['CR-TEST-1#s1', 'CR-TEST-2#s1'],
          },
        },
      ],
    },
    {
      name: 'the later-starting step is reported even when its file sorts first',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '01:00', '02:00')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30')),
      },
      errors: [{ messageId: 'sameElement', file: 'changes/CR-TEST-1.yaml', line: 12, column: 5, changeId: 'CR-TEST-1', data: { otherChange: 'CR-TEST-2', element: 'par1-cs1' } }],
    },
    {
      name: 'different members of one redundancy group',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ sites: [LYO1] }', '00:45', '01:45')),
      },
      errors: [
        {
          messageId: 'sameGroup',
          file: 'changes/CR-TEST-2.yaml',
          line: 12,
          column: 5,
          changeId: 'CR-TEST-2',
          data: { group: 'ECI', members: ['lyo1-cs1', 'lyo1-cs2'], otherMembers: ['par1-cs1'], overlapMinutes: 45, overlapStart: '2026-12-08 00:45 (+01:00)' },
        },
      ],
    },
    {
      name: 'a trunk of a site in another change request',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ trunks: [par1-cs2-tpb] }', '01:00', '01:15')),
      },
      errors: [{ messageId: 'sameElement', file: 'changes/CR-TEST-2.yaml', line: 12, column: 5, data: { elementKind: 'trunk', element: 'par1-cs2-tpb', overlapMinutes: 15 } }],
    },
    {
      name: 'a shared site gives one finding per shared server, not per trunk or group',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ sites: [PAR1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ sites: [PAR1] }', '00:30', '01:30')),
      },
      errors: [
        { messageId: 'sameElement', file: 'changes/CR-TEST-2.yaml', line: 12, column: 5, data: { element: 'par1-cs1', otherChange: 'CR-TEST-1', overlapMinutes: 60 } },
        { messageId: 'sameElement', file: 'changes/CR-TEST-2.yaml', line: 12, column: 5, data: { element: 'par1-cs2' } },
      ],
    },
    {
      name: 'one finding spans every overlapping step of the pair',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:00', '02:00')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:00') + restart('s2', '{ callServers: [par1-cs1] }', '01:30', '01:45')),
      },
      errors: [
        {
          messageId: 'sameElement',
          file: 'changes/CR-TEST-2.yaml',
          line: 12,
          column: 5,
          stepId: 's1',
          data: { overlapStart: '2026-12-08 00:30 (+01:00)', overlapEnd: '2026-12-08 01:45 (+01:00)', overlapMinutes: 45, steps: ['CR-TEST-1#s1', 'CR-TEST-2#s1', 'CR-TEST-2#s2'] },
        },
      ],
    },
    {
      name: 'three change requests on one server: each is reported once, naming the earlier ones',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [mrs1-cs2] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [mrs1-cs2] }', '00:40', '01:30')),
        'changes/CR-TEST-3.yaml': changeRequest('CR-TEST-3', restart('s1', '{ callServers: [mrs1-cs2] }', '00:50', '01:30')),
      },
      errors: [
        { messageId: 'sameElement', file: 'changes/CR-TEST-2.yaml', line: 12, column: 5, data: { otherChange: 'CR-TEST-1', overlapMinutes: 50 } },
        {
          messageId: 'sameElementMany',
          file: 'changes/CR-TEST-3.yaml',
          line: 12,
          column: 5,
          data: { otherChange: 'CR-TEST-1', otherChanges: ['CR-TEST-1', 'CR-TEST-2'], otherCount: 2, others: 'CR-TEST-1, CR-TEST-2', changes: ['CR-TEST-1', 'CR-TEST-2', 'CR-TEST-3'], overlapMinutes: 40 },
        },
      ],
    },
    {
      name: 'fourteen change requests on one server: one finding each, the others listed up to ten and counted',
      files: Object.fromEntries(
        Array.from({ length: 14 }, (_, i) => {
          const id = `CR-TEST-${String(i + 1).padStart(2, '0')}`;
          return [`changes/${id}.yaml`, changeRequest(id, restart('s1', '{ callServers: [mrs1-cs2] }', `00:${String(10 + i).padStart(2, '0')}`, '01:30'))];
        }),
      ),
      errors: [
        { messageId: 'sameElement', file: 'changes/CR-TEST-02.yaml', line: 12, column: 5, data: { otherChange: 'CR-TEST-01' } },
        ...Array.from({ length: 11 }, (_, i) => ({ messageId: 'sameElementMany', file: `changes/CR-TEST-${String(i + 3).padStart(2, '0')}.yaml`, line: 12, column: 5, data: { otherCount: i + 2 } })),
        {
          messageId: 'sameElementMany',
          file: 'changes/CR-TEST-14.yaml',
          line: 12,
          column: 5,
          data: {
            otherCount: 13,
            otherChanges: Array.from({ length: 10 }, (_, i) => `CR-TEST-${String(i + 1).padStart(2, '0')}`),
            others: `${Array.from({ length: 10 }, (_, i) => `CR-TEST-${String(i + 1).padStart(2, '0')}`).join(', ')} and 3 more`,
            overlapStart: '2026-12-08 00:23 (+01:00)',
            overlapMinutes: 67,
          },
        },
      ],
    },
    {
      name: 'three change requests on different members of one group: one finding each on the later two',
      files: {
        'changes/CR-TEST-1.yaml': changeRequest('CR-TEST-1', restart('s1', '{ callServers: [par1-cs1] }', '00:30', '01:30')),
        'changes/CR-TEST-2.yaml': changeRequest('CR-TEST-2', restart('s1', '{ callServers: [lyo1-cs1] }', '00:40', '01:30')),
        'changes/CR-TEST-3.yaml': changeRequest('CR-TEST-3', restart('s1', '{ callServers: [mrs1-cs1] }', '00:50', '01:30')),
      },
      errors: [
        { messageId: 'sameGroup', file: 'changes/CR-TEST-2.yaml', line: 12, column: 5, data: { group: 'ECI', members: ['lyo1-cs1'], otherMembers: ['par1-cs1'] } },
        { messageId: 'sameGroupMany', file: 'changes/CR-TEST-3.yaml', line: 12, column: 5, data: { group: 'ECI', members: ['mrs1-cs1'], otherMembers: ['lyo1-cs1', 'par1-cs1'], otherCount: 2 } },
      ],
    },
  ],
});
