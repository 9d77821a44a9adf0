// The examples of a rule's docs page as rule tests: each example (with the page's context files)
// applied to a base network, judged on the page's rule alone. A failing example asserts exactly the
// findings its marker lists; a passing one asserts the rule says nothing and the files are valid.
import type { AnyRule } from '../rule-api/rule.ts';
import type { DocExample } from '../docs/rule-docs.ts';
import type { ExpectedFinding, RuleTest } from './schema.ts';

export const DEFAULT_EXAMPLE_AS_OF = '2026-11-27T09:00:00+01:00';

export function docExampleTest(rule: AnyRule, example: DocExample, context: readonly { path: string; yaml: string }[], name: string): RuleTest {
  const expected = new Map<string, ExpectedFinding>();
  for (const f of example.findings ?? []) {
    const key = `${f.messageId}@${f.line}`;
    const entry = expected.get(key);
    if (entry) entry.count = (entry.count ?? 0) + 1;
    else expected.set(key, { rule: rule.id, messageId: f.messageId, file: example.path, line: f.line, count: 1 });
  }
  const findings = [...expected.values()];
  return {
    kind: 'RuleTest',
    name,
    base: '.',
    asOf: example.asOf ?? DEFAULT_EXAMPLE_AS_OF,
    apply: [...context.map((c) => ({ path: c.path, content: c.yaml })), { path: example.path, content: example.yaml }],
    rules: [rule.id],
    expect:
      example.expect === 'fail'
        ? { ...(rule.category === 'input' ? { verdict: 'error' as const } : {}), findings: findings.length > 0 ? findings : [{ rule: rule.id }], exhaustive: findings.length > 0 }
        : { pass: true, findings: [{ rule: rule.id, count: 0 }] },
  };
}
