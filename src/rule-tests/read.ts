// Reads one RuleTest file: YAML with positions, the schema, and the references only the runner can
// check (rule ids). Every problem is located in the test file, so an invalid test is fixed in one look.
import { loadYaml, locate } from '../load/yaml.ts';
import type { YamlDocument } from '../load/yaml.ts';
import type { Range } from '../load/positions.ts';
import { didYouMean } from '../core/suggest.ts';
import { validateAgainstSchema } from '../validate/schemas.ts';
import { RULE_TEST_KIND, RULE_TEST_SCHEMA } from './schema.ts';
import type { RuleTest } from './schema.ts';

/** A problem with a test file itself (exit 2), at a position in it. */
export interface TestFileProblem {
  file: string;
  range: Range;
  message: string;
}

export type ReadResult = { ok: true; test: RuleTest; document: YamlDocument } | { ok: false; problems: TestFileProblem[] };

export function readRuleTest(file: string, bytes: Uint8Array): ReadResult {
  const loaded = loadYaml(file, bytes);
  if (!loaded.document || loaded.issues.length > 0) return { ok: false, problems: loaded.issues.map((i) => ({ file, range: i.range, message: i.message })) };
  const document = loaded.document;
  const at = (pointer: string, key = false) => locate(document, pointer, key);
  const value = document.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || value.kind !== RULE_TEST_KIND) {
    return { ok: false, problems: [{ file, range: at('/kind'), message: `not a rule test: the document needs \`kind: ${RULE_TEST_KIND}\`` }] };
  }
  const schemaProblems = validateAgainstSchema(RULE_TEST_SCHEMA, value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems.map((p) => ({ file, range: at(p.pointer, p.atKey), message: p.message })) };
  const test = value as unknown as RuleTest;
  const problems: TestFileProblem[] = [];
  test.expect.findings?.forEach((f, i) => {
    if (test.rules !== undefined && !test.rules.includes(f.rule)) {
      problems.push({ file, range: at(`/expect/findings/${i}/rule`), message: `expects a finding of ${f.rule}, but \`rules:\` judges only ${test.rules.join(', ')}; add it there` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, test, document };
}

/**
 * The rule ids a test names that the run does not know, each at its pointer with a "did you mean".
 * Checked after the evaluation, so rules the base repository itself defines count as known.
 */
export function unknownRules(test: RuleTest, known: readonly string[]): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  const check = (id: string, pointer: string) => {
    if (known.includes(id)) return;
    const near = didYouMean(id, known);
    problems.push({ pointer, message: `unknown rule "${id}"` + (near !== undefined ? `; did you mean "${near}"?` : '; `changegate rules` lists them (a custom rule needs its --plugin)') });
  };
  test.rules?.forEach((id, i) => check(id, `/rules/${i}`));
  test.expect.findings?.forEach((f, i) => check(f.rule, `/expect/findings/${i}/rule`));
  return problems;
}
