// The layer rules of .dependency-cruiser.cjs (run on the sources by `npm run lint`) refuse what they
// are meant to refuse: a small crafted tree with one backward import per rule, checked by
// dependency-cruiser's own API with the project's rule set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import type { ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; options: Record<string, unknown> };

const TREE: Record<string, string> = {
  // allowed: a type from the bottom layer, the engine from a shell, the pack from a shell
  'src/model/types.ts': "export type Severity = 'error' | 'warning';\n",
  'src/core/time.ts': "import type { Severity } from '../model/types.ts';\nexport const label = (s: Severity) => s;\n",
  'src/cli/check.ts': "import { evaluate } from '../engine/evaluate.ts';\nimport { defaultRules } from '../../rules/index.ts';\nexport const run = () => evaluate(defaultRules);\n",
  'src/rule-api/rule.ts': "import type { Severity } from '../model/types.ts';\nexport interface Rule { id: string; severity: Severity }\n",
  'rules/risk-classification.ts': "import type { Rule } from '../src/rule-api/rule.ts';\nexport const rule: Rule = { id: 'risk-classification', severity: 'error' };\n",
  // refused, one per rule
  'src/core/finding.ts': "import { evaluate } from '../engine/evaluate.ts';\nexport const f = evaluate;\n",
  'src/engine/evaluate.ts': "import { defaultRules } from '../../rules/index.ts';\nexport const evaluate = (rules = defaultRules) => rules;\n",
  'rules/index.ts': "import type { evaluate } from '../src/engine/evaluate.ts';\nimport { rule } from './risk-classification.ts';\nexport const defaultRules = [rule];\nexport type E = typeof evaluate;\n",
  'src/cab/risk.ts': "import { rule } from '../../rules/risk-classification.ts';\nexport const r = rule;\n",
  'src/report/text.ts': "import { run } from '../cli/check.ts';\nexport const t = run;\n",
  'src/timeline/build.ts': "export const build = async () => (await import('../analysis/risk.ts')).risk;\n",
  'src/analysis/risk.ts': "export const risk = 1;\n",
  'src/mystery/helper.ts': "import { label } from '../core/time.ts';\nexport const h = label;\n",
};

let dir: string;
let violations: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'changegate-layers-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // tsConfig is left out: the crafted files need no path mapping, and the option wants a parsed config.
  const { tsConfig: _tsConfig, ...options } = config.options;
  const result = await cruise(['src', 'rules'], { ...options, baseDir: dir, ruleSet: { forbidden: config.forbidden }, validate: true } as never);
  const output = result.output as ICruiseResult;
  violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('layer rules', () => {
  it('refuse each backward import, type-only and dynamic ones included, and nothing else', () => {
    expect(violations).toEqual([
      'engine-without-rules: src/engine/evaluate.ts -> rules/index.ts',
      'layer-core: src/core/finding.ts -> src/engine/evaluate.ts',
      'layer-report: src/report/text.ts -> src/cli/check.ts',
      'layer-timeline: src/timeline/build.ts -> src/analysis/risk.ts',
      'no-unplaced-module: src/mystery/helper.ts -> src/core/time.ts',
      'pack-chosen-by-shells: src/engine/evaluate.ts -> rules/index.ts',
      'rules-only-through-the-evaluation: src/cab/risk.ts -> rules/risk-classification.ts',
      'rules-without-engine: rules/index.ts -> src/engine/evaluate.ts',
    ]);
  });
});
