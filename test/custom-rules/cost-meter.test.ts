// What a custom rule costs is part of its contract (its costLimit): the meter must count the same work
// however the values are built and shared. The example's three rules on the example repository, at the
// exact limit each needs, and each rule's findings whether it runs alone or after the others (which
// share the values it reads).
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../default-pack.ts';
import type { Evaluation, RepoFile } from '../../src/engine/evaluate.ts';
import { DEFAULT_AS_OF, exampleFiles } from '../rules/harness.ts';

const RULE_IDS = ['holiday-freeze', 'major-version-soak', 'one-site-per-night'];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function withRules(files: readonly RepoFile[], keep: readonly string[], limits: Record<string, number> = {}): RepoFile[] {
  return files
    .filter((f) => !f.path.startsWith('rules/') || keep.some((id) => f.path === `rules/${id}.yaml`))
    .map((f) => {
      const id = /^rules\/(.+)\.yaml$/.exec(f.path)?.[1];
      const limit = id !== undefined ? limits[id] : undefined;
      if (limit === undefined) return f;
      const text = decoder.decode(f.bytes).replace(/^costLimit:.*$/m, '').trimEnd();
      return { ...f, bytes: encoder.encode(`${text}\ncostLimit: ${limit}\n`) };
    });
}

function run(files: readonly RepoFile[]): Evaluation {
  return evaluate(files, { asOf: Date.parse(DEFAULT_AS_OF), rules: INPUT_RULES });
}

function stopped(evaluation: Evaluation, id: string): boolean {
  return evaluation.findings.some((f) => f.messageId === 'customRuleCost' && f.file === `rules/${id}.yaml`);
}

describe('the cost meter', () => {
  // Counted on the example (list elements visited and objects judged); a change in how values are
  // built must not move these.
  const exactCost: Record<string, number> = { 'holiday-freeze': 76, 'major-version-soak': 19, 'one-site-per-night': 238 };

  for (const id of RULE_IDS) {
    it(`counts exactly ${exactCost[id]} for ${id} on the example`, () => {
      const files = exampleFiles();
      const cost = exactCost[id] as number;
      expect(stopped(run(withRules(files, RULE_IDS, { [id]: cost })), id)).toBe(false);
      expect(stopped(run(withRules(files, RULE_IDS, { [id]: cost - 1 })), id)).toBe(true);
    });
  }
});

describe('values shared by the custom rules', () => {
  it('give each rule the same findings alone as after the others', () => {
    const files = exampleFiles();
    const together = run(withRules(files, RULE_IDS));
    expect(together.findings.filter((f) => RULE_IDS.includes(f.ruleId)).length).toBeGreaterThan(0);
    for (const id of RULE_IDS) {
      const alone = run(withRules(files, [id]));
      const of = (e: Evaluation) => e.findings.filter((f) => f.ruleId === id);
      expect(of(alone)).toEqual(of(together));
    }
  });
});
