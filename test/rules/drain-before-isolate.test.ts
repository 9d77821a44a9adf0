import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import rule from '../../rules/drain-before-isolate.ts';
import { exampleFiles, ruleTester } from './harness.ts';

/** A change request whose steps start on line 9. */
function cr(steps: string): Record<string, string> {
  return {
    'changes/CR-TEST-1.yaml': `kind: ChangeRequest
id: CR-TEST-1
title: Test change
owner: j.dupont
purpose: Exercise the drain-before-isolate rule
declaredRisk: high
state: approved
steps:
${steps}`,
  };
}

const w = (from: string, to: string) => `window: { start: 2026-12-08T${from}:00+01:00, end: 2026-12-08T${to}:00+01:00 }`;

/** One step as YAML (5 or 6 lines: id, action, targets, window, optional dependsOn). */
function step(id: string, action: string, targets: string, from: string, to: string, dependsOn?: string[]): string {
  return `  - id: ${id}
    action: ${action}
    targets: ${targets}
    ${w(from, to)}
${dependsOn ? `    dependsOn: [${dependsOn.join(', ')}]\n` : ''}`;
}

const CS1 = '{ callServers: [par1-cs1] }';

ruleTester(rule, {
  valid: [
    { name: 'drain, isolate, restore chained by dependsOn', files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'isolate', CS1, '00:50', '01:30', ['s1']) + step('s3', 'restore', CS1, '01:30', '01:50', ['s2'])) },
    {
      name: 'the staged plan: drain, capacity-add, restore (restore follows the drain)',
      files: cr(step('s1', 'drain', '{ callServers: [par1-cs1, par1-cs2] }', '00:30', '00:50') + step('s2', 'capacity-add', '{ callServers: [par1-cs1, par1-cs2] }', '00:50', '02:50', ['s1']) + step('s3', 'restore', '{ callServers: [par1-cs1, par1-cs2] }', '02:50', '03:10', ['s2'])),
    },
    { name: 'restart after a drain, through an intermediate step', files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'config-push', CS1, '00:50', '01:00', ['s1']) + step('s3', 'restart', CS1, '01:00', '01:20', ['s2'])) },
    { name: 'a trunk is drained by the drain of its call server', files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'restart', '{ trunks: [par1-cs1-tpa] }', '00:50', '01:00', ['s1'])) },
    { name: 'restart of an isolated element', files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'isolate', CS1, '00:50', '01:00', ['s1']) + step('s3', 'restart', CS1, '01:00', '01:20', ['s2'])) },
    { name: 'a site drain covers the servers of the site', files: cr(step('s1', 'drain', '{ sites: [PAR1] }', '00:30', '00:50') + step('s2', 'isolate', '{ callServers: [par1-cs1, par1-cs2] }', '00:50', '01:00', ['s1'])) },
  ],
  invalid: [
    {
      name: 'isolate without any drain',
      files: cr(step('s1', 'isolate', '{ sites: [LYO1] }', '00:30', '01:00')),
      errors: [{ messageId: 'notDrained', line: 10, column: 13, stepId: 's1', data: { action: 'isolate', elements: ['lyo1-cs1', 'lyo1-cs2'] } }],
    },
    {
      name: 'a drain still running when the restart starts does not count',
      files: cr(step('s1', 'drain', CS1, '00:30', '00:51') + step('s2', 'restart', CS1, '00:50', '01:10', ['s1'])),
      errors: [{ messageId: 'notDrained', line: 14, column: 13, stepId: 's2', data: { elements: ['par1-cs1'], stepStart: '2026-12-08 00:50 (+01:00)' } }],
    },
    {
      name: 'only one of the two servers of the site was drained',
      files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'isolate', '{ sites: [PAR1] }', '00:50', '01:10', ['s1'])),
      errors: [{ messageId: 'notDrained', line: 14, column: 13, data: { elements: ['par1-cs2'] } }],
    },
    {
      name: 'restored in between: the element carries traffic again',
      files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'restore', CS1, '00:50', '01:00', ['s1']) + step('s3', 'restart', CS1, '01:00', '01:20', ['s2'])),
      errors: [{ messageId: 'restoredBeforeIsolate', line: 19, column: 13, stepId: 's3', data: { restoreStepId: 's2', elements: ['par1-cs1'] } }],
    },
    {
      name: 'isolate follows the drain only by its times',
      files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'isolate', CS1, '01:00', '01:20')),
      errors: [{ messageId: 'drainNotDependedOn', line: 13, column: 5, stepId: 's2', data: { drainStepId: 's1', elements: ['par1-cs1'] } }],
    },
    {
      name: 'restore of an element nothing took out',
      files: cr(step('s1', 'restore', '{ callServers: [mrs1-cs2] }', '00:30', '00:50')),
      errors: [{ messageId: 'restoreWithoutIsolate', line: 10, column: 13, data: { elements: ['mrs1-cs2'] } }],
    },
    {
      name: 'restore follows the isolate only by its times',
      files: cr(step('s1', 'drain', CS1, '00:30', '00:50') + step('s2', 'isolate', CS1, '00:50', '01:00', ['s1']) + step('s3', 'restore', CS1, '01:10', '01:20')),
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
