// The RuleTest documents shipped with the example's custom rules (examples/six-sites/tests/) are read
// here and checked against the engine directly, so they are known to hold before `changegate test`
// runs them: each applies its files to a copy of the example and expects the judged rules' findings.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { exampleFiles } from '../rules/harness.ts';

interface RuleTest {
  kind: 'RuleTest';
  name: string;
  base: string;
  asOf: string;
  apply: { path: string; content?: string; delete?: boolean }[];
  expect: { pass?: boolean; findings?: { rule: string; messageId: string; file: string; line: number; count: number }[] };
  rules?: string[];
}

const DIR = join(import.meta.dirname, '..', '..', 'examples', 'six-sites', 'tests');

describe('the example RuleTests hold', () => {
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.yaml')).sort()) {
    const doc = load(readFileSync(join(DIR, name), 'utf8')) as RuleTest;
    it(`${name}: ${doc.name}`, () => {
      expect(doc.kind).toBe('RuleTest');
      expect(doc.base).toBe('..');
      const files = new Map(exampleFiles().map((f) => [f.path, f.bytes]));
      for (const step of doc.apply) {
        if (step.delete) expect(files.delete(step.path), step.path).toBe(true);
        else files.set(step.path, new TextEncoder().encode(step.content));
      }
      const evaluation = evaluate([...files].map(([path, bytes]) => ({ path, bytes })), { asOf: Date.parse(doc.asOf) });
      expect(evaluation.findings.filter((f) => f.ruleId === 'gate-config' || f.ruleId === 'schema-valid' || f.ruleId === 'yaml-syntax')).toEqual([]);
      const judged = evaluation.findings.filter((f) => doc.rules === undefined || doc.rules.includes(f.ruleId));
      const counted = new Map<string, number>();
      for (const f of judged) {
        const key = JSON.stringify({ rule: f.ruleId, messageId: f.messageId, file: f.file, line: f.line });
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
      const actual = [...counted].map(([key, count]) => ({ ...(JSON.parse(key) as object), count }));
      expect(actual).toEqual(doc.expect.pass ? [] : doc.expect.findings);
    });
  }
});
