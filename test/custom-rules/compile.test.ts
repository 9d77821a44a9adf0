// Custom rules through the real engine: compile errors located inside the expression (exit-2 verdict
// before any rule runs), runtime errors and the cost limit failing closed, the three scopes, waivers.
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import maintenanceWindow from '../../rules/maintenance-window.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import type { AnyRule } from '../../src/rule-api/rule.ts';
import { caseFiles, DEFAULT_AS_OF } from '../rules/harness.ts';

const RULE = 'rules/test-rule.yaml';

/** A Rule document: `when` is on line 7 (written as given, so quote it when it needs quotes). */
function rule(fields: { id?: string; scope?: string; when: string; message?: string; extra?: string; severity?: string }): string {
  return `kind: Rule
id: ${fields.id ?? 'test-rule'}
title: A test rule
severity: ${fields.severity ?? 'error'}
category: process
scope: ${fields.scope ?? 'step'}
when: ${fields.when}
message: ${fields.message ?? '"step {{ step.id }} matched"'}
${fields.extra ?? ''}`;
}

const CHANGE = 'changes/CR-TEST-1.yaml';
const change = (start = '2026-12-08T00:30:00+01:00', end = '2026-12-08T01:30:00+01:00') => `kind: ChangeRequest
id: CR-TEST-1
title: Test change
owner: j.dupont
purpose: Exercise custom rules
declaredRisk: high
state: approved
steps:
  - id: s1
    action: capacity-add
    targets: { callServers: [par1-cs1] }
    window: { start: ${start}, end: ${end} }
    rollback: { procedure: Undo the change, minutes: 20 }
`;

function run(files: Record<string, string>, rules: readonly AnyRule[] = INPUT_RULES): Evaluation {
  return evaluate(caseFiles({ files }), { asOf: Date.parse(DEFAULT_AS_OF), rules });
}

const located = (e: Evaluation, ruleId: string) => e.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ messageId: f.messageId, file: f.file, line: f.line, column: f.column, endColumn: f.endColumn }));

describe('compile errors are located in the rule file and stop the run (verdict error)', () => {
  it('unknown field of a typed variable: on the field, inside a plain scalar', () => {
    const e = run({ [RULE]: rule({ when: 'step.action == "restart" && step.sitez.size() > 1' }), [CHANGE]: change() });
    expect(located(e, 'gate-config')).toEqual([{ messageId: 'customRuleCompile', file: RULE, line: 7, column: 40, endColumn: 45 }]);
    expect(e.findings[0]?.message).toContain('does not type-check in scope step: No such key: sitez');
    expect(e.verdict).toBe('error');
    expect(e.counts.rules).toBe(0);
    expect(e.counts.intervals).toBe(0);
  });

  it('unknown variable, inside a folded block scalar: on its own line', () => {
    const e = run({ [RULE]: rule({ when: '>-\n  step.action == "restart" &&\n    intervall.hours > 2.0' }) });
    expect(located(e, 'gate-config')).toEqual([{ messageId: 'customRuleCompile', file: RULE, line: 9, column: 5, endColumn: 14 }]);
    expect(e.findings[0]?.message).toContain('Unknown variable: intervall');
    expect(e.findings[0]?.message).toContain('Variables of this scope: step, change, network, policy, asOf');
  });

  it('syntax error inside a double-quoted scalar, after the quote', () => {
    const e = run({ [RULE]: rule({ scope: 'interval', when: `"interval.routesLeft['112'] < 2 &&"`, message: 'x' }) });
    expect(located(e, 'gate-config')).toEqual([{ messageId: 'customRuleCompile', file: RULE, line: 7, column: 41, endColumn: 42 }]);
    expect(e.findings[0]?.message).toContain('CEL syntax error in `when`');
  });

  it('type mismatch in a message part, and a condition that is not a bool', () => {
    const e = run({ [RULE]: rule({ when: 'step.hours', message: '"step {{ step.id + 1 }}"' }) });
    expect(located(e, 'gate-config')).toEqual([
      { messageId: 'customRuleCompile', file: RULE, line: 7, column: 7, endColumn: 17 },
      { messageId: 'customRuleCompile', file: RULE, line: 8, column: 19, endColumn: 30 },
    ]);
    expect(e.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('`when` must be a condition (bool), but it gives double'),
      expect.stringContaining('no such overload: string + int'),
    ]);
  });

  it('a built-in id, a duplicate id, regular expressions', () => {
    const e = run({
      'rules/a.yaml': rule({ id: 'maintenance-window', when: '"true"' }),
      'rules/b.yaml': rule({ id: 'same', when: '"true"' }),
      'rules/c.yaml': rule({ id: 'same', when: '"true"' }),
      'rules/d.yaml': rule({ id: 'regex', when: 'step.owner.matches("^(a+)+$")' }),
    }, [...INPUT_RULES, maintenanceWindow]);
    expect(e.findings.filter((f) => f.ruleId === 'gate-config').map((f) => `${f.messageId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'customRuleIdClash rules/a.yaml:2:5',
      'customRuleDuplicate rules/c.yaml:2:5',
      'customRuleCompile rules/d.yaml:7:7',
    ]);
  });

  it('a schema mistake is a schema-valid finding on the key', () => {
    const e = run({ [RULE]: rule({ when: '"true"', extra: 'scopes: step\n' }) });
    expect(e.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.line}:${f.column}`)).toEqual(['schema-valid/unknownProperty 9:1']);
  });
});

describe('evaluation fails closed', () => {
  it('a runtime error (a key no map holds) is a gate-config error on the expression', () => {
    const e = run({ [RULE]: rule({ scope: 'interval', when: `interval.routesLeft["999"] < 2`, message: '"x"' }), [CHANGE]: change() });
    expect(located(e, 'gate-config')).toEqual([{ messageId: 'customRuleEvaluation', file: RULE, line: 7, column: 7, endColumn: 33 }]);
    expect(e.findings[0]?.message).toMatch(/^custom rule test-rule failed on interval 2026-12-08 00:30 \(\+01:00\) \(change request CR-TEST-1\): No such key: 999/);
    expect(e.verdict).toBe('error');
  });

  it('going over the cost limit stops the rule with a gate-config error', () => {
    const when = 'network.servers.exists(a, network.servers.exists(b, network.servers.exists(c, a.id + b.id == c.id + "zz")))';
    const e = run({ [RULE]: rule({ when, extra: 'costLimit: 50\n' }), [CHANGE]: change() });
    expect(located(e, 'gate-config')).toEqual([{ messageId: 'customRuleCost', file: RULE, line: 9, column: 12, endColumn: 14 }]);
    expect(e.findings[0]?.message).toContain('went over its cost limit of 50');
    expect(e.verdict).toBe('error');
    // Within the default limit the same rule runs.
    const fine = run({ [RULE]: rule({ when }), [CHANGE]: change() });
    expect(fine.findings.filter((f) => f.ruleId === 'gate-config')).toEqual([]);
    expect(fine.counts.rules).toBeGreaterThan(0);
  });
});

describe('network.stepsByNight', () => {
  const other = (id: string, server: string, start: string, end: string) => change(start, end).replace('id: CR-TEST-1', `id: ${id}`).replace('par1-cs1', server);
  const others = {
    'changes/CR-TEST-2.yaml': other('CR-TEST-2', 'mrs1-cs1', '2026-12-08T02:00:00+01:00', '2026-12-08T03:00:00+01:00'),
    'changes/CR-TEST-3.yaml': other('CR-TEST-3', 'lyo1-cs1', '2026-12-09T01:00:00+01:00', '2026-12-09T02:00:00+01:00'),
  };
  it('holds the steps of each night (noon to noon), keyed by Step.night, and its reads are metered', () => {
    const message = ">-\n  {{ step.night }}: {{ network.stepsByNight[step.night].map(o, o.change + '#' + o.id).join(', ') }}";
    const e = run({ [RULE]: rule({ when: 'network.stepsByNight[step.night].size() > 1', message, severity: 'warning' }), [CHANGE]: change(), ...others });
    // CR-TEST-1 (00:30 on the 8th) and CR-TEST-2 (02:00 on the 8th) are in the night of the 7th; CR-TEST-3 alone in the 8th's.
    expect(e.findings.filter((f) => f.ruleId === 'test-rule').map((f) => `${f.changeId}: ${f.message}`).sort()).toEqual(['CR-TEST-1: 2026-12-07: CR-TEST-1#s1, CR-TEST-2#s1', 'CR-TEST-2: 2026-12-07: CR-TEST-1#s1, CR-TEST-2#s1']);
    const capped = run({ [RULE]: rule({ when: 'network.stepsByNight[step.night].exists(o, o.id == "none")', extra: 'costLimit: 3\n' }), [CHANGE]: change(), ...others });
    expect(located(capped, 'gate-config').map((f) => f.messageId)).toEqual(['customRuleCost']);
  });
});

describe('the cost of every iteration is bounded', () => {
  it('refuses iterating a list the rule writes or computes, where no meter could count it', () => {
    const literal = run({ [RULE]: rule({ when: `'[1, 2, 3].all(x, x > 0)'` }) });
    expect(located(literal, 'gate-config')).toEqual([{ messageId: 'customRuleCompile', file: RULE, line: 7, column: 8, endColumn: 31 }]);
    expect(literal.findings[0]?.message).toContain('has an iteration whose cost cannot be bounded: `all` may only range over the variables');
    const mapped = run({ [RULE]: rule({ when: `'step.sites.map(s, [s, s]).size() > 1'` }) });
    expect(located(mapped, 'gate-config')).toEqual([{ messageId: 'customRuleCompile', file: RULE, line: 7, column: 26, endColumn: 32 }]);
    expect(mapped.findings[0]?.message).toContain('a list or map written in the rule may only be compared (==, !=) or searched (in)');
    const split = run({ [RULE]: rule({ when: `'step.owner.split(".").exists(p, p == "j")'` }) });
    expect(split.findings.map((f) => f.message)).toEqual([expect.stringContaining('`exists` may only range over the variables')]);
    // Written lists stay usable where they cost nothing: searched with `in`, or compared.
    const fine = run({ [RULE]: rule({ when: `'step.sites.exists(s, s in ["PAR1", "LYO1"]) && step.sites != ["X"]'` }), [CHANGE]: change() });
    expect(fine.findings.filter((f) => f.ruleId === 'gate-config')).toEqual([]);
    expect(fine.findings.filter((f) => f.ruleId === 'test-rule')).toHaveLength(1);
  });

  it('counts the keys of maps, and stops a rule whose overrun an `||` would absorb', () => {
    const nested = 'interval.routesLeft.all(a, interval.routesLeft.all(b, interval.routesLeft.all(c, a + b != c)))';
    const maps = run({ [RULE]: rule({ scope: 'interval', when: `'${nested}'`, message: 'x', extra: 'costLimit: 100\n' }), [CHANGE]: change() });
    expect(located(maps, 'gate-config').map((f) => f.messageId)).toEqual(['customRuleCost']);
    const absorbed = run({ [RULE]: rule({ when: `'network.servers.exists(a, network.servers.exists(b, a.id + b.id == "zz")) || true'`, extra: 'costLimit: 50\n' }), [CHANGE]: change() });
    expect(located(absorbed, 'gate-config').map((f) => f.messageId)).toEqual(['customRuleCost']);
    expect(absorbed.verdict).toBe('error');
  });
});

describe('scopes', () => {
  it('change scope points at the field named by `at`', () => {
    const e = run({ [RULE]: rule({ scope: 'change', when: 'change.owner == "j.dupont" && change.sites == ["PAR1"]', message: '"{{ change.id }} by {{ change.owner }} on {{ change.sites }}"', extra: 'at: /owner\n' }), [CHANGE]: change() });
    expect(e.findings.filter((f) => f.ruleId === 'test-rule').map((f) => `${f.line}:${f.column} ${f.changeId} ${f.stepId} ${f.message}`)).toEqual(['4:8 CR-TEST-1 undefined CR-TEST-1 by j.dupont on PAR1']);
  });

  it('interval scope sees the elements at risk, margins and routes, and reports once per change and message', () => {
    const e = run({
      [RULE]: rule({
        scope: 'interval',
        when: `'"par1-cs1" in interval.atRiskServers && interval.routesLeft["112"] >= 1 && interval.margin.sessions > 0 && interval.groups.exists(g, g.atRisk.size() == 1)'`,
        message: '"at risk: {{ interval.atRiskServers }} on {{ interval.atRiskSites }}; 112 keeps {{ interval.routesLeft[\'112\'] }} routes on {{ interval.routeSitesLeft[\'112\'] }} sites"',
      }),
      [CHANGE]: change(),
    });
    const own = e.findings.filter((f) => f.ruleId === 'test-rule');
    expect(own.map((f) => `${f.line}:${f.column} ${f.stepId}`)).toEqual(['9:5 s1']);
    expect(own[0]?.message).toMatch(/^at risk: par1-cs1 on PAR1; 112 keeps \d+ routes on \d+ sites$/);
  });
});

describe('waivers', () => {
  const waiver = (extra = '') => `kind: Waiver
id: WVR-TEST-1
rule: test-rule
change: CR-TEST-1
justification: Accepted for this test change after review by the CAB
requestedBy: j.dupont
approvedBy: [a.martin, l.bernard]
ticket: CAB-1
expires: 2027-01-31T00:00:00+01:00
${extra}`;

  it('cover a waivable custom rule finding like a built-in one', () => {
    const e = run({ [RULE]: rule({ when: '"true"' }), [CHANGE]: change(), 'waivers/WVR-TEST-1.yaml': waiver() });
    expect(e.findings.filter((f) => f.ruleId === 'test-rule')).toEqual([]);
    expect(e.waived.map((f) => `${f.ruleId} ${f.waivedBy}`)).toEqual(['test-rule WVR-TEST-1']);
  });

  it('never cover findings the rule declares unwaivable, nor a rule with waivable: false', () => {
    const unwaivable = run({ [RULE]: rule({ when: '"true"', extra: 'unwaivableWhen: step.servers.size() >= 1\n' }), [CHANGE]: change(), 'waivers/WVR-TEST-1.yaml': waiver() });
    expect(unwaivable.findings.filter((f) => f.ruleId === 'test-rule').map((f) => f.messageId)).toEqual(['unwaivable']);
    expect(unwaivable.findings.some((f) => f.ruleId === 'waiver-validity' && f.messageId === 'unwaivable')).toBe(true);
    const notWaivable = run({ [RULE]: rule({ when: '"true"', extra: 'waivable: false\n' }), [CHANGE]: change(), 'waivers/WVR-TEST-1.yaml': waiver() });
    expect(notWaivable.findings.filter((f) => f.ruleId === 'test-rule').map((f) => f.messageId)).toEqual(['violation']);
    expect(notWaivable.findings.some((f) => f.ruleId === 'gate-config' && f.messageId === 'waiverNotAllowed')).toBe(true);
  });

  it('the policy may change a custom rule severity like a built-in one', () => {
    const policy = new TextDecoder().decode(caseFiles({ files: {} }).find((f) => f.path === 'policy/policy.yaml')?.bytes);
    const e = run({ [RULE]: rule({ when: '"true"' }), [CHANGE]: change(), 'policy/policy.yaml': `${policy.trimEnd()}\nrules:\n  test-rule: { severity: notice }\n` });
    expect(e.findings.filter((f) => f.ruleId === 'test-rule').map((f) => f.severity)).toEqual(['notice']);
  });
});
