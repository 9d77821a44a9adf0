import rule from '../../rules/plan-consistency.ts';
import { at as atDay, changeRequestFile, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

// The builder's 8-line header, then 5 lines per step: step k (0-based) has its window on line 12 + 5k (the mapping
// at column 13, start's value at column 22) and dependsOn on line 13 + 5k (first id at column 17).
const restart = (id: string, start: string, end: string, dependsOn: string[] = []) => step({ id, action: 'restart', targets: { callServers: ['par1-cs1'] }, window: { start, end }, dependsOn });

const at = (hhmm: string, day = 8) => atDay(day, hhmm);
const CR = (steps: string, state = 'proposed') => changeRequestFile('CR-TEST-1', steps, { state });

ruleTester(rule, {
  valid: [
    {
      name: 'a chain where each step starts exactly when the previous one ends',
      files: CR(restart('s1', at('01:00'), at('01:30')) + restart('s2', at('01:30'), at('02:00'), ['s1']) + restart('s3', at('02:00'), at('02:30'), ['s2', 's1'])),
    },
    {
      name: 'a window of exactly maxWindowHours (12 h)',
      files: CR(restart('s1', at('00:00'), at('12:00'))),
    },
    {
      name: 'a longer window when maxWindowHours allows it',
      options: { maxWindowHours: 24 },
      files: CR(restart('s1', at('00:00'), at('18:00'))),
    },
    {
      name: 'an in-progress change may have steps in the past',
      asOf: at('03:00'),
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('04:00'), ['s1']), 'in-progress'),
    },
    {
      name: 'a step starting exactly at the as-of instant is not in the past',
      asOf: at('01:00'),
      files: CR(restart('s1', at('01:00'), at('02:00')), 'approved'),
    },
    {
      name: 'a done change whose steps all ended before the as-of instant',
      asOf: at('03:00'),
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('03:00'), ['s1']), 'done'),
    },
    {
      name: 'steps in parallel without dependencies may overlap',
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('01:00'), at('02:00'))),
    },
  ],
  invalid: [
    {
      name: 'two steps depending on each other',
      files: CR(restart('s1', at('01:00'), at('02:00'), ['s2']) + restart('s2', at('02:00'), at('03:00'), ['s1'])),
      errors: [{ messageId: 'dependencyCycle', line: 13, column: 17, stepId: 's1', data: { cycle: ['s1', 's2', 's1'], cycleText: 's1 -> s2 -> s1', steps: ['s1', 's2'] } }],
    },
    {
      name: 'a step depending on itself',
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('03:00'), ['s1', 's2'])),
      errors: [{ messageId: 'dependencyCycle', line: 18, column: 21, stepId: 's2', data: { cycle: ['s2', 's2'] } }],
    },
    {
      name: 'a three-step cycle is reported once, from its first step, along the dependencies',
      files: CR(restart('s1', at('01:00'), at('02:00'), ['s3']) + restart('s2', at('02:00'), at('03:00'), ['s1']) + restart('s3', at('03:00'), at('04:00'), ['s2'])),
      errors: [{ messageId: 'dependencyCycle', line: 13, column: 17, data: { cycle: ['s1', 's3', 's2', 's1'], steps: ['s1', 's2', 's3'] } }],
    },
    {
      name: 'a step that starts ten minutes before the step it depends on ends',
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('01:50'), at('03:00'), ['s1'])),
      errors: [
        {
          messageId: 'startsBeforeDependency',
          line: 18,
          column: 17,
          stepId: 's2',
          data: { dependency: 's1', overlapMinutes: 10, start: '2026-12-08 01:50 (+01:00)', dependencyEnd: '2026-12-08 02:00 (+01:00)' },
        },
      ],
    },
    {
      name: 'the second dependency is the one not respected',
      files: CR(restart('s1', at('01:00'), at('01:30')) + restart('s2', at('01:00'), at('02:30')) + restart('s3', at('02:00'), at('03:00'), ['s1', 's2'])),
      errors: [{ messageId: 'startsBeforeDependency', line: 23, column: 21, stepId: 's3', data: { dependency: 's2', overlapMinutes: 30 } }],
    },
    {
      name: 'a window one minute longer than 12 hours',
      files: CR(restart('s1', at('00:00'), at('12:01'))),
      errors: [{ messageId: 'windowTooLong', line: 12, column: 13, data: { hours: 12.02, maxHours: 12 } }],
    },
    {
      name: 'a window longer than a stricter maxWindowHours',
      options: { maxWindowHours: 2 },
      files: CR(restart('s1', at('01:00'), at('04:00'))),
      errors: [{ messageId: 'windowTooLong', line: 12, column: 13, data: { hours: 3, maxHours: 2 } }],
    },
    {
      name: 'an approved change whose first step already started',
      asOf: at('01:30'),
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('03:00'), ['s1']), 'approved'),
      errors: [{ messageId: 'stepInPast', line: 12, column: 22, stepId: 's1', data: { state: 'approved', start: '2026-12-08 01:00 (+01:00)', asOf: '2026-12-08 01:30 (+01:00)' } }],
    },
    {
      name: 'a done change with steps still to come: reported once, at the first of them, as an error',
      asOf: at('01:30'),
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('03:00'), ['s1']), 'done'),
      errors: [{ messageId: 'closedWithFutureSteps', line: 12, column: 22, stepId: 's1', severity: 'error', data: { state: 'done', futureSteps: 2, start: '2026-12-08 01:00 (+01:00)', asOf: '2026-12-08 01:30 (+01:00)' } }],
    },
    {
      name: 'a cancelled change with future steps: a warning, the rule being an error',
      files: CR(restart('s1', at('01:00'), at('02:00')) + restart('s2', at('02:00'), at('03:00'), ['s1']), 'cancelled'),
      errors: [{ messageId: 'closedWithFutureSteps', line: 12, column: 22, stepId: 's1', severity: 'warning', data: { state: 'cancelled', futureSteps: 2 } }],
    },
  ],
});
