import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/post-step-verification.ts';
import { changeRequestFile } from '../support/builders.ts';
import { exampleFiles, ruleTester } from './harness.ts';

// Change requests come from the shared builder (test/support/builders.ts): their steps start on line 9.
/** Test calls to the given numbers, as a flow sequence. */
const calls = (...numbers: string[]) => `verification: { testCalls: [${numbers.map((n) => `{ number: "${n}" }`).join(', ')}] }`;
const w = (day: number, from: string, to: string) => `window: { start: 2026-12-${String(day).padStart(2, '0')}T${from}:00+01:00, end: 2026-12-${String(day).padStart(2, '0')}T${to}:00+01:00 }`;
const PAR1_CS1 = ['15', '18', '114', '197'];
const TEST_NUMBERS = {
  'inventory/test-numbers.yaml': `kind: Inventory
testNumbers:
  - { number: "+33100000001", name: PAR1 test line (answering machine) }
`,
};
const ALL = ['15', '17', '18', '112', '114', '115', '119', '191', '196', '197'];

/** One night of the staged plan on one site: drain, capacity-add, restore with test calls to every number. */
function night(site: string, n: number, day: number, after?: string): string {
  const servers = `[${site}-cs1, ${site}-cs2]`;
  return `  - id: d${n}
    action: drain
    targets: { callServers: ${servers} }
    ${w(day, '00:30', '00:50')}
${after ? `    dependsOn: [${after}]\n` : ''}  - id: c${n}
    action: capacity-add
    targets: { callServers: ${servers} }
    ${w(day, '00:50', '02:50')}
    dependsOn: [d${n}]
    capacityChange: { sessions: 4000, cps: 60 }
  - id: r${n}
    action: restore
    targets: { callServers: ${servers} }
    ${w(day, '02:50', '03:10')}
    dependsOn: [c${n}]
    ${calls(...ALL)}
`;
}

ruleTester(rule, {
  valid: [
    {
      name: 'one step with test calls to every number it serves (and more)',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls(...PAR1_CS1, '112')}
`),
    },
    { name: 'staged drain -> capacity-add -> restore, test calls on each restore, nights chained', files: changeRequestFile('CR-TEST-1',night('par1', 1, 8) + night('par2', 2, 9, 'r1') + night('lyo1', 3, 10, 'r2')) },
    {
      name: 'next step on the group starts exactly when the verified step ends',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls(...PAR1_CS1)}
  - id: s2
    action: config-push
    procedure: CFG-1
    targets: { callServers: [lyo1-cs2] }
    ${w(8, '01:00', '01:30')}
    dependsOn: [s1]
    ${calls('17', '197')}
`),
    },
    {
      name: 'a pure drain needs no test calls',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: drain
    targets: { sites: [PAR1] }
    ${w(8, '00:30', '01:00')}
`),
    },
    {
      name: 'a trunk step verified by the restore of its call server',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V2
    targets: { trunks: [par1-cs1-tpa] }
    ${w(8, '00:30', '01:00')}
  - id: s2
    action: restore
    targets: { callServers: [par1-cs1] }
    ${w(8, '01:00', '01:20')}
    dependsOn: [s1]
    ${calls(...PAR1_CS1)}
`),
    },
    {
      name: 'a test call to a test number the inventory declares, besides every emergency number served',
      files: {
        ...changeRequestFile('CR-TEST-1', `  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls(...PAR1_CS1, '+33100000001')}
`),
        ...TEST_NUMBERS,
      },
    },
  ],
  invalid: [
    {
      name: 'a test call to a number the inventory does not know is refused and does not count',
      files: {
        ...changeRequestFile('CR-TEST-1', `  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls('15', '18', '114', '1977')}
`),
        ...TEST_NUMBERS,
      },
      errors: [
        { messageId: 'missingNumbers', line: 14, column: 32, data: { numbers: PAR1_CS1, tested: ['15', '18', '114'], missing: ['197'] } },
        { messageId: 'unknownNumber', line: 14, column: 98, stepId: 's1', data: { number: '1977' } },
      ],
    },
    {
      name: 'test calls only to unknown numbers are no verification at all',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls('+33100000001')}
`),
      errors: [
        { messageId: 'noTestCalls', line: 10, column: 13, data: { numbers: PAR1_CS1 } },
        { messageId: 'unknownNumber', line: 14, column: 43, data: { number: '+33100000001' } },
      ],
    },
    {
      name: 'all six sites at once without test calls (the 2 June 2021 shape)',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: reconnection
    procedure: RECONNECT-SEQ-V3
    targets: { sites: [PAR1, PAR2, LYO1, MRS1, BDX1, LIL1] }
    ${w(9, '16:30', '17:30')}
`),
      errors: [{ messageId: 'noTestCalls', line: 10, column: 13, stepId: 's1', data: { action: 'reconnection', numbers: ALL } }],
    },
    {
      name: 'test calls miss two of the numbers the server serves',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls('18', '15')}
`),
      errors: [{ messageId: 'missingNumbers', line: 14, column: 32, data: { numbers: PAR1_CS1, tested: ['15', '18'], missing: ['114', '197'] } }],
    },
    {
      name: 'the next step on the group does not depend on the verified step',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls(...PAR1_CS1)}
  - id: s2
    action: config-push
    procedure: CFG-1
    targets: { callServers: [lyo1-cs2] }
    ${w(9, '00:30', '01:00')}
    ${calls('17', '197')}
`),
      errors: [{ messageId: 'nextStepNotDependent', line: 15, column: 5, stepId: 's2', data: { verifiedSteps: ['s1'], nextStepId: 's2', verifiedBy: 's1', groups: ['ECI'] } }],
    },
    {
      name: 'the next step depends on the verified step but starts before it ends',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: config-push
    procedure: CFG-1
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:30', '01:00')}
    ${calls(...PAR1_CS1)}
  - id: s2
    action: config-push
    procedure: CFG-1
    targets: { callServers: [lyo1-cs2] }
    ${w(8, '00:59', '01:30')}
    dependsOn: [s1]
    ${calls('17', '197')}
`),
      errors: [{ messageId: 'nextStepTooEarly', line: 19, column: 22, stepId: 's2', data: { verifiedSteps: ['s1'], nextStart: '2026-12-08 00:59 (+01:00)', verifiedEnd: '2026-12-08 01:00 (+01:00)' } }],
    },
    {
      name: 'staged plan whose next night depends on the capacity step instead of the restore',
      files: changeRequestFile('CR-TEST-1',night('par1', 1, 8) + night('par2', 2, 9, 'c1')),
      errors: [{ messageId: 'nextStepNotDependent', line: 29, column: 16, stepId: 'd2', data: { verifiedSteps: ['c1', 'r1'], verifiedBy: 'r1' } }],
    },
    {
      name: 'a restore not linked to the capacity step does not verify it',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: capacity-add
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:50', '02:50')}
    capacityChange: { sessions: 4000, cps: 60 }
  - id: s2
    action: restore
    targets: { callServers: [par1-cs1] }
    ${w(8, '02:50', '03:10')}
    ${calls(...PAR1_CS1)}
`),
      errors: [
        { messageId: 'noTestCalls', line: 10, column: 13, stepId: 's1', data: { numbers: PAR1_CS1 } },
      ],
    },
    {
      name: 'another member touched between a step and its deferred test calls',
      files: changeRequestFile('CR-TEST-1',`  - id: s1
    action: capacity-add
    targets: { callServers: [par1-cs1] }
    ${w(8, '00:50', '01:50')}
    capacityChange: { sessions: 4000, cps: 60 }
  - id: s2
    action: capacity-add
    targets: { callServers: [lyo1-cs2] }
    ${w(8, '01:50', '02:50')}
    dependsOn: [s1]
    capacityChange: { sessions: 4000, cps: 60 }
  - id: s3
    action: restore
    targets: { callServers: [par1-cs1, lyo1-cs2] }
    ${w(8, '02:50', '03:10')}
    dependsOn: [s2]
    ${calls(...PAR1_CS1, '17')}
`),
      errors: [{ messageId: 'touchedBeforeVerification', line: 16, column: 14, stepId: 's2', data: { verifiedSteps: ['s1'], verifiedBy: 's3', groups: ['ECI'] } }],
    },
  ],
});

/** The six-site example: the staged plan passes this rule, the incident-shaped change fails it as its README says. */
describe('post-step-verification on examples/six-sites', () => {
  it('CR-2026-0412 (test calls on each restore) passes; CR-2026-0601 has no test calls', () => {
    const files = exampleFiles();
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
    expect(own.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.message)).toEqual([]);
    expect(own.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.messageId).sort()).toEqual(['noTestCalls']);
  });
});
