// waiver-validity: a waiver covers the findings of one rule on one change request (optionally one step)
// until it expires, and only when enough distinct approvers other than the owner and the waiver's
// authors, holding the required role and verified by the policy's source, approved it; never a finding
// its rule marks unwaivable. A refused waiver is an error and the finding stays blocking; an expired
// waiver, or one that matches nothing, is a warning on the waiver file.
import { describe, expect, it } from 'vitest';
import { waiverValidity } from '../../rules/input-rules.ts';
import { defineRule } from '../../src/rule-api/rule.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { AS_OF, BASE_CR, CR_PATH, EVERY_STEP_RULE, baseText, describeFinding, edit, evaluateInput, positionOf } from '../validate/helpers.ts';

const WAIVER_PATH = 'waivers/W-2026-007.yaml';
const WAIVER = `kind: Waiver
id: W-2026-007
rule: test-every-step
change: CR-2026-0700
step: s2
justification: Vendor hot-fix must be applied before the end-of-year freeze; NOC staffed.
approvedBy:
  - a.martin
  - l.bernard
ticket: CAB-2026-1187
expires: 2026-12-20T00:00:00+01:00
`;

const exercised = new Set<string>();

const POLICY_PATH = 'policy/policy.yaml';

function check(waiver: string, asOf = AS_OF, extra: Record<string, string> = {}, rules = [EVERY_STEP_RULE]): { evaluation: Evaluation; own: Evaluation['findings'] } {
  const evaluation = evaluateInput({ [CR_PATH]: BASE_CR, [WAIVER_PATH]: waiver, ...extra }, { extraRules: rules, asOf });
  const input = evaluation.findings.filter((f) => !['waiver-validity', ...rules.map((r) => r.id)].includes(f.ruleId));
  expect(input.map(describeFinding), 'the case itself must be valid input').toEqual([]);
  const own = evaluation.findings.filter((f) => f.ruleId === 'waiver-validity');
  for (const f of own) {
    expect(f.severity).toBe(['expired', 'unmatched'].includes(f.messageId) ? 'warning' : 'error');
    expect(f.file).toBe(WAIVER_PATH);
    exercised.add(f.messageId);
  }
  return { evaluation, own };
}

describe('waiver-validity', () => {
  it('valid: a current waiver covers the finding on its step, which is listed as waived', () => {
    const { evaluation, own } = check(WAIVER);
    expect(own).toEqual([]);
    expect(evaluation.waived.map((f) => [f.ruleId, f.changeId, f.stepId, f.waivedBy])).toEqual([['test-every-step', 'CR-2026-0700', 's2', 'W-2026-007']]);
    // s1 is not covered: its finding stays in force and fails the gate.
    expect(evaluation.findings.filter((f) => f.ruleId === EVERY_STEP_RULE.id).map((f) => f.stepId)).toEqual(['s1']);
    expect(evaluation.counts.waived).toBe(1);
    expect(evaluation.verdict).toBe('fail');
  });

  it('valid: a waiver without step covers every step; the verdict passes', () => {
    const { evaluation, own } = check(edit(WAIVER, 'step: s2\n', ''));
    expect(own).toEqual([]);
    expect(evaluation.waived.map((f) => f.stepId)).toEqual(['s1', 's2']);
    expect(evaluation.verdict).toBe('pass');
  });

  it('expired: reported on `expires`, and the findings are back in force', () => {
    const text = edit(WAIVER, 'step: s2\n', '');
    const { evaluation, own } = check(text, Date.parse('2026-12-21T09:00:00+01:00'));
    expect(own.map((f) => [f.messageId, f.line, f.column])).toEqual([['expired', ...Object.values(positionOf(text, '2026-12-20T00:00:00+01:00'))]]);
    expect(own[0]!.message).toBe('waiver W-2026-007 expired on 2026-12-20 00:00 (+01:00); it no longer covers test-every-step findings of CR-2026-0700');
    expect(own[0]!.data).toEqual({ waiver: 'W-2026-007', rule: 'test-every-step', change: 'CR-2026-0700' });
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.verdict).toBe('fail');
  });

  it('expired exactly at the instant it expires', () => {
    expect(check(WAIVER, Date.parse('2026-12-20T00:00:00+01:00')).own.map((f) => f.messageId)).toEqual(['expired']);
    expect(check(WAIVER, Date.parse('2026-12-19T23:59:59+01:00')).own).toEqual([]);
  });

  it('unmatched: a waiver for a step without findings of that rule', () => {
    const text = edit(WAIVER, 'step: s2', 'step: s1');
    const noStepFindings = edit(BASE_CR, 'state: approved', 'state: done');
    const evaluation = evaluateInput({ [CR_PATH]: noStepFindings, [WAIVER_PATH]: text }, { extraRules: [EVERY_STEP_RULE] });
    const own = evaluation.findings.filter((f) => f.ruleId === 'waiver-validity');
    exercised.add('unmatched');
    expect(own.map((f) => [f.messageId, f.file, f.line, f.column])).toEqual([['unmatched', WAIVER_PATH, ...Object.values(positionOf(text, 'test-every-step'))]]);
    expect(own[0]!.message).toBe('waiver W-2026-007 matches no finding of test-every-step on CR-2026-0700 step s1; remove it or correct it');
    // A warning only: the done change request has nothing in force, so the verdict is warn.
    expect(evaluation.verdict).toBe('warn');
  });

  const refusedWith = (waiver: string, extra: Record<string, string> = {}) => {
    const text = edit(waiver, 'step: s2\n', '');
    const { evaluation, own } = check(text, AS_OF, extra);
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.findings.filter((f) => f.ruleId === EVERY_STEP_RULE.id).map((f) => f.stepId)).toEqual(['s1', 's2']);
    expect(evaluation.verdict).toBe('fail');
    // Located on the approvers: the first item of the block list, one line below the key.
    expect(own.map((f) => [f.messageId, f.line, f.column])).toEqual([['notApproved', positionOf(text, 'approvedBy').line + 1, 3]]);
    return own[0]!;
  };

  it('notApproved: one approver where an error finding needs two CAB approvers', () => {
    const finding = refusedWith(edit(WAIVER, '  - l.bernard\n', ''));
    expect(finding.message).toBe(
      "waiver W-2026-007 does not count: an error of test-every-step on CR-2026-0700 (high risk) needs 2 distinct approver(s) holding cab, other than the owner and the waiver's authors, each proven by a declaration in the file; it has 1 (a.martin). The finding stays blocking. Ask a.martin, l.bernard to approve it.",
    );
    expect(finding.data).toMatchObject({ required: 2, roles: ['cab'], counted: ['a.martin'], refused: [] });
  });

  it("notApproved: the change's owner cannot approve a waiver of their own change", () => {
    const finding = refusedWith(edit(WAIVER, '  - l.bernard\n', '  - j.dupont\n'));
    expect(finding.data).toMatchObject({ counted: ['a.martin'], refused: ['j.dupont owns CR-2026-0700'] });
  });

  it('notApproved: the author of the waiver, someone outside the approvers, and an approver without the role do not count', () => {
    const waiver = edit(edit(WAIVER, 'approvedBy:\n  - a.martin\n  - l.bernard\n', 'approvedBy:\n  - a.martin\n  - x.nobody\n  - s.moreau\n'), 'ticket:', 'requestedBy: a.martin\nticket:');
    const finding = refusedWith(waiver);
    expect(finding.data).toMatchObject({ counted: [], refused: ['a.martin wrote the waiver', 'x.nobody is not an approver in the policy', 's.moreau does not hold cab'], askFrom: ['l.bernard'] });
  });

  it('notApproved: without an approval source in the policy, no waiver approval counts', () => {
    const policy = baseText(POLICY_PATH).replace('approvalSource: { kind: declared }\n', '');
    const finding = refusedWith(WAIVER, { [POLICY_PATH]: policy });
    expect(finding.data).toMatchObject({ counted: [] });
    expect(finding.message).toContain("a.martin's approval is not verified: the policy names no approval source");
  });

  it("the policy's waiverApprovals set the number and role", () => {
    const policy = baseText(POLICY_PATH).replace('approvalSource:', 'waiverApprovals:\n  - { severity: error, approvers: 1, role: security }\napprovalSource:');
    const { evaluation } = check(edit(edit(WAIVER, 'step: s2\n', ''), '  - a.martin\n  - l.bernard\n', '  - s.moreau\n'), AS_OF, { [POLICY_PATH]: policy });
    expect(evaluation.waived.map((f) => f.stepId)).toEqual(['s1', 's2']);
    expect(evaluation.verdict).toBe('pass');
  });

  it('unwaivable: a waiver targeting a message id its rule marks unwaivable is refused, the finding stays', () => {
    const rule = defineRule({ ...EVERY_STEP_RULE, id: 'test-unwaivable', messages: { seen: 'step {{step}} of {{change}} seen' }, unwaivable: ['seen'], check: EVERY_STEP_RULE.check });
    const waiver = edit(edit(WAIVER, 'rule: test-every-step', 'rule: test-unwaivable'), 'step: s2\n', '');
    const { evaluation, own } = check(waiver, AS_OF, {}, [rule]);
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.findings.filter((f) => f.ruleId === 'test-unwaivable')).toHaveLength(2);
    expect(own.map((f) => [f.messageId, f.line, f.column])).toEqual([['unwaivable', ...Object.values(positionOf(waiver, 'test-unwaivable'))]]);
    expect(own[0]!.message).toBe(
      'waiver W-2026-007 cannot cover test-unwaivable findings "seen" on CR-2026-0700: no waiver may allow this, whoever approves it (see docs/rules/test-unwaivable.md). The finding stays blocking; change the plan instead.',
    );
    expect(evaluation.verdict).toBe('fail');
  });

  it('scope: a waiver of a rule whose findings name an element covers only the element it names', () => {
    const rule = defineRule({
      ...EVERY_STEP_RULE,
      id: 'test-scoped',
      waiverScope: { field: 'step', description: 'the step' },
      check: EVERY_STEP_RULE.check,
    });
    const base = edit(edit(WAIVER, 'rule: test-every-step', 'rule: test-scoped'), 'step: s2\n', '');
    const scoped = check(edit(base, 'ticket:', 'element: s1\nticket:'), AS_OF, {}, [rule]);
    expect(scoped.evaluation.waived.map((f) => f.stepId)).toEqual(['s1']);
    expect(scoped.evaluation.findings.filter((f) => f.ruleId === 'test-scoped').map((f) => f.stepId)).toEqual(['s2']);

    const unscoped = check(base, AS_OF, {}, [rule]);
    expect(unscoped.evaluation.waived).toEqual([]);
    expect(unscoped.own.map((f) => [f.messageId, f.line, f.column])).toEqual([['scopeMissing', ...Object.values(positionOf(base, 'test-scoped'))]]);
    expect(unscoped.own[0]!.message).toBe(
      'waiver W-2026-007 does not name the element it covers: each test-scoped finding is about the step, and a waiver covers exactly one. Add element: <one of s1, s2>, one waiver per element.',
    );
  });

  it('every message id is exercised', () => {
    expect(Object.keys(waiverValidity.messages).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
