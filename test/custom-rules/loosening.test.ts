// Loosening the gate's own custom rules is a change of its own: removing a rule, lowering it, making
// it waivable or changing its condition in a pull request is a policy-loosening finding on the head.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { findLoosenings } from '../../src/git/loosening.ts';
import { caseFiles, DEFAULT_AS_OF } from '../rules/harness.ts';

const RULE = 'rules/holiday-freeze.yaml';
const TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'six-sites', RULE), 'utf8');
const POLICY = new TextDecoder().decode(caseFiles({ files: {} }).find((f) => f.path === 'policy/policy.yaml')?.bytes);

function loosenings(head: Record<string, string | null>): string[] {
  const options = { asOf: Date.parse(DEFAULT_AS_OF) };
  const base = evaluate(caseFiles({ files: { [RULE]: TEXT } }), options);
  const after = evaluate(caseFiles({ files: { [RULE]: TEXT, ...head } }), options);
  expect(base.customRules.map((r) => r.id)).toEqual(['holiday-freeze']);
  return findLoosenings(base, after).map((l) => `${l.kind} ${l.file}${l.pointer} ${l.what}`);
}

describe('custom rule loosenings', () => {
  it('none when the rule is unchanged, or only tightened or reworded', () => {
    expect(loosenings({})).toEqual([]);
    expect(loosenings({ [RULE]: TEXT.replace('title: No change', 'title: Never a change').replace('severity: error', 'severity: error\nwaivable: false') })).toEqual([]);
  });

  it('removing the rule file', () => {
    expect(loosenings({ [RULE]: null })).toEqual(['customRule rules/holiday-freeze.yaml custom rule holiday-freeze (rules/holiday-freeze.yaml) no longer runs: its file is removed, renamed to another id, or no longer compiles']);
  });

  it('lowering its severity in the rule or through the policy, and editing its condition', () => {
    expect(loosenings({ [RULE]: TEXT.replace('severity: error', 'severity: warning') })).toEqual(['customRule rules/holiday-freeze.yaml/severity custom rule holiday-freeze is lowered from error to warning']);
    expect(loosenings({ 'policy/policy.yaml': `${POLICY.trimEnd()}\nrules:\n  holiday-freeze: { severity: notice }\n` })).toEqual([
      'ruleSeverity policy/policy.yaml/rules/holiday-freeze/severity rule holiday-freeze is lowered from error to notice',
    ]);
    expect(loosenings({ [RULE]: TEXT.replace('step.emergency &&', 'step.emergency && step.hours > 8.0 &&') })).toEqual([
      'customRule rules/holiday-freeze.yaml/when custom rule holiday-freeze changes its when from "step.emergency && step.localDates.exists(d, d in network.holidays)" to "step.emergency && step.hours > 8.0 && step.localDates.exists(d, d in network.holidays)"',
    ]);
  });
});
