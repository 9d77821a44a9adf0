import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/drain-before-isolate.ts';
import { changeRequestFile, night, step } from '../support/builders.ts';
import { exampleFiles, ruleTester } from './harness.ts';

// Change requests come from the shared builder (test/support/builders.ts): their steps start on line 9.
/** One step on 8 December as YAML (5 or 6 lines: id, action, targets, window, optional dependsOn). */
const stepAt = (id: string, action: string, targets: string, from: string, to: string, dependsOn?: string[]) => step({ id, action, targets, window: night(8, from, to), dependsOn });

const CS1 = '{ callServers: [par1-cs1] }';

ruleTester(rule, {
  valid: [
    { name: 'drain, isolate, restore chained by dependsOn', files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'isolate', CS1, '00:50', '01:30', ['s1']) + stepAt('s3', 'restore', CS1, '01:30', '01:50', ['s2'])) },
    {
      name: 'the staged plan: drain, capacity-add, restore (restore follows the drain)',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', '{ callServers: [par1-cs1, par1-cs2] }', '00:30', '00:50') + stepAt('s2', 'capacity-add', '{ callServers: [par1-cs1, par1-cs2] }', '00:50', '02:50', ['s1']) + stepAt('s3', 'restore', '{ callServers: [par1-cs1, par1-cs2] }', '02:50', '03:10', ['s2'])),
    },
    { name: 'restart after a drain, through an intermediate step', files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'config-push', CS1, '00:50', '01:00', ['s1']) + stepAt('s3', 'restart', CS1, '01:00', '01:20', ['s2'])) },
    { name: 'a trunk is drained by the drain of its call server', files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'restart', '{ trunks: [par1-cs1-tpa] }', '00:50', '01:00', ['s1'])) },
    { name: 'restart of an isolated element', files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'isolate', CS1, '00:50', '01:00', ['s1']) + stepAt('s3', 'restart', CS1, '01:00', '01:20', ['s2'])) },
    { name: 'a site drain covers the servers of the site', files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', '{ sites: [PAR1] }', '00:30', '00:50') + stepAt('s2', 'isolate', '{ callServers: [par1-cs1, par1-cs2] }', '00:50', '01:00', ['s1'])) },
  ],
  invalid: [
    {
      name: 'isolate without any drain',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'isolate', '{ sites: [LYO1] }', '00:30', '01:00')),
      errors: [{ messageId: 'notDrained', line: 10, column: 13, stepId: 's1', data: { action: 'isolate', elements: ['lyo1-cs1', 'lyo1-cs2'] } }],
    },
    {
      name: 'a drain still running when the restart starts does not count',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:51') + stepAt('s2', 'restart', CS1, '00:50', '01:10', ['s1'])),
      errors: [{ messageId: 'notDrained', line: 14, column: 13, stepId: 's2', data: { elements: ['par1-cs1'], stepStart: '2026-12-08 00:50 (+01:00)' } }],
    },
    {
      name: 'only one of the two servers of the site was drained',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'isolate', '{ sites: [PAR1] }', '00:50', '01:10', ['s1'])),
      errors: [{ messageId: 'notDrained', line: 14, column: 13, data: { elements: ['par1-cs2'] } }],
    },
    {
      name: 'restored in between: the element carries traffic again',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'restore', CS1, '00:50', '01:00', ['s1']) + stepAt('s3', 'restart', CS1, '01:00', '01:20', ['s2'])),
      errors: [{ messageId: 'restoredBeforeIsolate', line: 19, column: 13, stepId: 's3', data: { restoreStepId: 's2', elements: ['par1-cs1'] } }],
    },
    {
      name: 'isolate follows the drain only by its times',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'isolate', CS1, '01:00', '01:20')),
      errors: [{ messageId: 'drainNotDependedOn', line: 13, column: 5, stepId: 's2', data: { drainStepId: 's1', elements: ['par1-cs1'] } }],
    },
    {
      name: 'restore of an element nothing took out',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'restore', '{ callServers: [mrs1-cs2] }', '00:30', '00:50')),
      errors: [{ messageId: 'restoreWithoutIsolate', line: 10, column: 13, data: { elements: ['mrs1-cs2'] } }],
    },
    {
      name: 'restore follows the isolate only by its times',
      files: changeRequestFile('CR-TEST-1',stepAt('s1', 'drain', CS1, '00:30', '00:50') + stepAt('s2', 'isolate', CS1, '00:50', '01:00', ['s1']) + stepAt('s3', 'restore', CS1, '01:10', '01:20')),
      errors: [{ messageId: 'restoreNotDependent', line: 18, column: 5, stepId: 's3', data: { outStepId: 's2', outAction: 'isolate', elements: ['par1-cs1'] } }],
    },
  ],
});

/** The six-site example: the staged plan passes this rule, the incident-shaped change fails it as its README says. */
describe('drain-before-isolate on examples/six-sites', () => {
  it('CR-2026-0412 restores after its drains; CR-2026-0601 neither isolates nor restarts', () => {
    const files = exampleFiles();
    const evaluation = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, rule] });
    const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
    expect(own.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.message)).toEqual([]);
    expect(own.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.messageId).sort()).toEqual([]);
  });
});
