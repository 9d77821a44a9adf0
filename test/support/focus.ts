// An evaluation focused on one change request (the run-time guard's) must keep exactly the findings of the
// whole evaluation that concern that change request, plus every input error: a rule that skips too much
// work for a focused evaluation would let a guarded step start past a finding.
import { expect } from 'vitest';
import { INPUT_RULE_IDS } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { concernsChange } from '../../src/core/finding.ts';
import type { Finding } from '../../src/core/finding.ts';

/** Everything a finding says, read through its getters (message and fingerprint are written lazily). */
function described(f: Finding): string {
  const { ruleId, messageId, severity, message, file, line, column, endLine, endColumn, path, data, changeId, stepId, fingerprint, waivedBy } = f;
  return JSON.stringify({ ruleId, messageId, severity, message, file, line, column, endLine, endColumn, path, data, changeId, stepId, fingerprint, waivedBy });
}

/**
 * Compares, for every change request of `whole`, the evaluation focused on it with the whole one's findings
 * about it; returns how many findings concerning some change request were compared (so a caller can make
 * sure the comparison was not vacuous).
 */
export function expectFocusAgrees(whole: Evaluation, focusedOn: (changeId: string) => Evaluation): number {
  expect(whole.focusChange).toBeUndefined();
  let compared = 0;
  for (const { id } of whole.changes) {
    const focused = focusedOn(id);
    expect(focused.focusChange).toBe(id);
    const wanted = (f: Finding) => INPUT_RULE_IDS.has(f.ruleId) || concernsChange(f, id);
    const expected = whole.findings.filter(wanted);
    compared += expected.filter((f) => !INPUT_RULE_IDS.has(f.ruleId)).length;
    expect(focused.findings.map(described), `findings concerning ${id}`).toEqual(expected.map(described));
    expect(focused.waived.map(described), `waived findings concerning ${id}`).toEqual(whole.waived.filter(wanted).map(described));
    expect(focused.withheld).toEqual(whole.withheld);
  }
  return compared;
}
