// waiver-validity: a waiver covers the findings of one rule on one change request (optionally one step)
// until it expires. An expired waiver, or one that matches nothing, is reported as a warning on the
// waiver file, and the findings it no longer covers stay in force.
import { describe, expect, it } from 'vitest';
import { waiverValidity } from '../../rules/input-rules.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { AS_OF, BASE_CR, CR_PATH, EVERY_STEP_RULE, describeFinding, edit, evaluateInput, positionOf } from '../validate/helpers.ts';

const WAIVER_PATH = 'waivers/W-2026-007.yaml';
const WAIVER = `kind: Waiver
id: W-2026-007
rule: test-every-step
change: CR-2026-0700
step: s2
justification: Vendor hot-fix must be applied before the end-of-year freeze; NOC staffed.
approvedBy: a.martin
ticket: CAB-2026-1187
expires: 2026-12-20T00:00:00+01:00
`;

const exercised = new Set<string>();

function check(waiver: string, asOf = AS_OF): { evaluation: Evaluation; own: Evaluation['findings'] } {
  const evaluation = evaluateInput({ [CR_PATH]: BASE_CR, [WAIVER_PATH]: waiver }, { extraRules: [EVERY_STEP_RULE], asOf });
  const input = evaluation.findings.filter((f) => !['waiver-validity', EVERY_STEP_RULE.id].includes(f.ruleId));
  expect(input.map(describeFinding), 'the case itself must be valid input').toEqual([]);
  const own = evaluation.findings.filter((f) => f.ruleId === 'waiver-validity');
  for (const f of own) {
    expect(f.severity).toBe('warning');
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

  it('every message id is exercised', () => {
    expect(Object.keys(waiverValidity.messages).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
