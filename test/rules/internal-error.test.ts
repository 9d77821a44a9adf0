// internal-error: any exception inside a rule (or an engine stage) becomes an error finding naming where
// it happened, and the verdict is error. The gate fails closed: a crash can never read as a pass.
import { describe, expect, it } from 'vitest';
import { internalError } from '../../rules/input-rules.ts';
import { EMPTY_OPTIONS_SCHEMA, defineRule } from '../../src/rule-api/rule.ts';
import type { AnyRule } from '../../src/rule-api/rule.ts';
import { BASE_CR, CR_PATH, EVERY_STEP_RULE, describeFinding, edit, evaluateInput } from '../validate/helpers.ts';

function ruleThat(check: AnyRule['check'], id = 'test-crashing'): AnyRule {
  return defineRule({
    id,
    title: 'Test rule that misbehaves',
    summary: 'Throws or reports nonsense on purpose (tests only).',
    category: 'invariant',
    defaultSeverity: 'error',
    rationale: 'Proves that an exception inside a rule makes the verdict error instead of silently passing the plan.',
    optionsSchema: EMPTY_OPTIONS_SCHEMA,
    defaultOptions: {},
    messages: { seen: 'step {{step}} seen' },
    waivable: true,
    ...(check ? { check } : {}),
  });
}

const SECOND_CR = edit(BASE_CR, 'id: CR-2026-0700', 'id: CR-2026-0701').replace(/par1-cs1/g, 'par2-cs1');
const TWO_CHANGES = { [CR_PATH]: BASE_CR, 'changes/CR-2026-0701-test.yaml': SECOND_CR };

describe('internal-error', () => {
  it('valid: a rule that runs cleanly leaves no internal-error finding', () => {
    const evaluation = evaluateInput(TWO_CHANGES, { extraRules: [EVERY_STEP_RULE] });
    expect(evaluation.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    expect(evaluation.counts.rules).toBe(1);
  });

  it('a rule that throws: one error naming the rule and the exception, verdict error', () => {
    const crashing = ruleThat(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sessions')");
    });
    const evaluation = evaluateInput({ [CR_PATH]: BASE_CR }, { extraRules: [crashing] });
    const own = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
    expect(own.length).toBeGreaterThanOrEqual(1);
    expect(own[0]).toMatchObject({ messageId: 'exception', severity: 'error', data: { stage: 'rule test-crashing' } });
    expect(own[0]!.message).toBe(
      "internal error in rule test-crashing: TypeError: Cannot read properties of undefined (reading 'sessions'). This is a bug in changegate; the verdict is error so nothing unsafe passes.",
    );
    expect(evaluation.verdict).toBe('error');
  });

  it('a throw of something that is not an Error still fails closed', () => {
    for (const thrown of ['a string', undefined, null, 42, { code: 'E' }]) {
      const crashing = ruleThat(() => {
        throw thrown;
      });
      const evaluation = evaluateInput({ [CR_PATH]: BASE_CR }, { extraRules: [crashing] });
      expect(evaluation.verdict, String(thrown)).toBe('error');
      expect(evaluation.findings.some((f) => f.ruleId === 'internal-error' && f.message.startsWith('internal error in rule test-crashing: '))).toBe(true);
    }
  });

  it('a rule that fails on one change request: that change is named, the other keeps its findings', () => {
    const picky = ruleThat((context) => {
      for (const change of context.network.changes) {
        if (change.id === 'CR-2026-0701') throw new RangeError('window outside the forecast');
        for (const step of change.steps) context.reportStep(step, { messageId: 'seen', data: { step: step.id } });
      }
    });
    const evaluation = evaluateInput(TWO_CHANGES, { extraRules: [picky] });
    expect(evaluation.verdict).toBe('error');
    const internal = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
    expect(internal.map((f) => [f.changeId ?? null, f.file])).toContainEqual(['CR-2026-0701', 'changes/CR-2026-0701-test.yaml']);
    expect(internal.find((f) => f.changeId === 'CR-2026-0701')!.message).toContain('RangeError: window outside the forecast');
    const seen = evaluation.findings.filter((f) => f.ruleId === 'test-crashing');
    expect(seen.map((f) => [f.changeId, f.stepId])).toEqual([
      ['CR-2026-0700', 's1'],
      ['CR-2026-0700', 's2'],
    ]);
  });

  it('a rule reporting an unknown message id is an internal error', () => {
    const sloppy = ruleThat((context) => {
      const step = context.network.changes[0]!.steps[0]!;
      context.reportStep(step, { messageId: 'noSuchMessage', data: {} });
    });
    const evaluation = evaluateInput({ [CR_PATH]: BASE_CR }, { extraRules: [sloppy] });
    const own = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
    expect(own.map(describeFinding).join('\n')).toContain('reported unknown message id "noSuchMessage"');
    expect(evaluation.verdict).toBe('error');
  });

  it('cannot be waived', () => {
    const waiver = 'kind: Waiver\nid: W-1\nrule: internal-error\nchange: CR-2026-0700\njustification: The crash is known and harmless, honestly.\napprovedBy: a.martin\nticket: CAB-1\nexpires: 2026-12-20T00:00:00+01:00\n';
    const crashing = ruleThat(() => {
      throw new Error('boom');
    });
    const evaluation = evaluateInput({ [CR_PATH]: BASE_CR, 'waivers/W-1.yaml': waiver }, { extraRules: [crashing] });
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.findings.some((f) => f.ruleId === 'gate-config' && f.messageId === 'waiverNotAllowed')).toBe(true);
    expect(evaluation.verdict).toBe('error');
  });

  it('has exactly the message id it uses', () => {
    expect(Object.keys(internalError.messages)).toEqual(['exception']);
  });
});
