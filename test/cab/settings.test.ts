// The CAB report reads the rule settings the evaluation ran with (validated, defaults filled in), never
// the raw policy: a policy override reaches the report's headroom and risk class, and a refused one is
// replaced by the defaults everywhere.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCabReport } from '../../src/cab/model.ts';
import { parseAsOf } from '../../src/core/as-of.ts';
import { readFolder } from '../../src/source/folder.ts';
import { evaluate } from '../default-pack.ts';
import { AS_OF, EXAMPLE, ROOT, TEST_SOURCE } from './helpers.ts';

const POLICY = 'policy/policy.yaml';

function withRules(rulesYaml: string) {
  const snapshot = readFolder(join(ROOT, EXAMPLE));
  const files = snapshot.files.map((f) => {
    if (f.path !== POLICY) return f;
    const text = Buffer.from(f.bytes).toString('utf8');
    if (!text.includes('\nrules: {}\n')) throw new Error('the example policy no longer has an empty rules section');
    return { ...f, bytes: Buffer.from(text.replace('\nrules: {}\n', `\nrules:\n${rulesYaml}`)) };
  });
  const evaluation = evaluate(files, { asOf: parseAsOf(AS_OF, () => 0) as number, refused: snapshot.refused });
  return { evaluation, report: buildCabReport(evaluation, { changes: ['CR-2026-0412'], docsBase: 'docs/rules', source: TEST_SOURCE }) };
}

const settingOf = (e: ReturnType<typeof withRules>['evaluation'], id: string) => e.settings.find((s) => s.rule.id === id);

describe('rule settings in the evaluation and the CAB report', () => {
  it('carries every rule of the pack with its default settings when the policy overrides nothing', () => {
    const { evaluation, report } = withRules('  {}\n');
    expect(evaluation.settings.map((s) => s.rule.id)).toContain('surviving-capacity');
    expect(settingOf(evaluation, 'surviving-capacity')).toMatchObject({ severity: 'error', options: { headroom: 0.2 } });
    expect(report.capacity?.headroom).toBe(0.2);
    expect(report.changes.find((c) => c.id === 'CR-2026-0412')?.risk.derived).toBe('high');
  });

  it('draws the capacity margins with the headroom and the risk class with the thresholds the policy sets', () => {
    const { evaluation, report } = withRules('  surviving-capacity:\n    options:\n      headroom: 0.05\n  risk-classification:\n    options:\n      broadChangeSites: 7\n');
    expect(evaluation.findings.filter((f) => f.ruleId === 'gate-config')).toEqual([]);
    expect(settingOf(evaluation, 'surviving-capacity')?.options).toEqual({ headroom: 0.05 });
    expect(report.capacity?.headroom).toBe(0.05);
    const row = report.capacity?.rows[0];
    expect(row?.all.required).toBe(Math.ceil(row!.all.forecast * 1.05));
    // Six sites over the change no longer make it high once the policy asks for seven.
    expect(report.changes.find((c) => c.id === 'CR-2026-0412')?.risk.derived).toBe('medium');
  });

  it('replaces a refused option by the default in the settings it hands on, and the verdict is error', () => {
    const { evaluation } = withRules('  surviving-capacity:\n    options:\n      headroom: 50\n');
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.filter((f) => f.ruleId === 'gate-config').map((f) => [f.messageId, f.file, f.line])).toEqual([['badOption', POLICY, expect.any(Number)]]);
    expect(settingOf(evaluation, 'surviving-capacity')?.options).toEqual({ headroom: 0.2 });
  });
});
