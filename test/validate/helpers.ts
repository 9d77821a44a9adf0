// Shared by the input-rule tests: a valid change request to edit, text edits that must hit exactly one
// place, and a position oracle computed from the YAML text itself (independent of the loader).
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { EvaluateOptions, Evaluation } from '../../src/engine/evaluate.ts';
import type { Finding } from '../../src/core/finding.ts';
import { EMPTY_OPTIONS_SCHEMA, defineRule } from '../../src/rule-api/rule.ts';
import type { AnyRule } from '../../src/rule-api/rule.ts';
import { caseFiles } from '../rules/harness.ts';
import { block, changeRequest, networkText, night } from '../support/builders.ts';

export const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
export const CR_PATH = 'changes/CR-2026-0700-test.yaml';

/** A valid change request on the base network; cases change one thing in it. */
export const BASE_CR = changeRequest(
  'CR-2026-0700',
  [
    { id: 's1', action: 'drain', targets: { callServers: ['par1-cs1'] }, window: block(night(8, '00:30', '00:50')), rollback: { procedure: 'Re-admit traffic', minutes: 10 } },
    {
      id: 's2',
      action: 'software-upgrade',
      targets: block({ callServers: ['par1-cs1'] }),
      window: block({ ...night(8, '00:50', '02:30'), timeZone: 'Europe/Paris' }),
      dependsOn: ['s1'],
      software: { version: '7.5.0', previousVersion: '7.4.2' },
      rollback: block({ procedure: 'Reinstall 7.4.2 from the standby partition', minutes: 40 }),
    },
  ],
  { title: 'Software upgrade of par1-cs1', purpose: 'Move the canary server to the qualified 7.5.0 release' },
);

/**
 * Evaluates the base network plus `files` (null removes a file) with the input rules and `extraRules`.
 * `bytes` adds files as raw bytes (for encodings the text helpers cannot express).
 */
export function evaluateInput(
  files: Record<string, string | null>,
  options: Omit<EvaluateOptions, 'rules'> & { extraRules?: readonly AnyRule[]; bytes?: Record<string, Uint8Array> } = {},
): Evaluation {
  const { extraRules = [], bytes = {}, ...rest } = options;
  const snapshot = caseFiles({ files }).filter((f) => !(f.path in bytes));
  for (const [path, content] of Object.entries(bytes)) snapshot.push({ path, bytes: content });
  return evaluate(snapshot, { asOf: AS_OF, ...rest, rules: [...INPUT_RULES, ...extraRules] });
}

/** The findings of the input stages, without the "no rule ran" notice that the input-only rule set causes. */
export function inputFindings(files: Record<string, string | null>, options: Parameters<typeof evaluateInput>[1] = {}): Finding[] {
  return evaluateInput(files, options).findings.filter(
    (f) => f.ruleId !== 'waiver-validity' && !(f.ruleId === 'gate-config' && f.messageId === 'noRules'),
  );
}

/** The text of one file of the six-site test network. */
export const baseText = networkText;

/** Replaces exactly one occurrence (so a case cannot silently edit nothing). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column of the `occurrence`-th `needle` in `text`: the oracle for positions. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

export function describeFinding(f: Finding): string {
  return `${f.ruleId}/${f.messageId} ${f.file}:${f.line}:${f.column} ${f.message}`;
}

/**
 * A waivable rule that reports one warning on every step of every change request on the timeline: a
 * stand-in for the invariant rules, so waiver handling is tested whatever rules are registered.
 */
export const EVERY_STEP_RULE = defineRule({
  id: 'test-every-step',
  title: 'Test rule: every step',
  summary: 'Reports every step of every change request on the timeline (tests only).',
  category: 'process',
  defaultSeverity: 'error',
  rationale: 'A stand-in for the invariant rules in tests of waivers and verdicts, so they do not depend on which rules are registered.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { seen: 'step {{step}} of {{change}} seen' },
  waivable: true,
  check(context) {
    for (const change of context.network.changes) {
      for (const step of change.steps) context.reportStep(step, { messageId: 'seen', data: { step: step.id, change: change.id } });
    }
  },
});
