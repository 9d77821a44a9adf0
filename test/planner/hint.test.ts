// The "a safe plan exists" hint: under a failing check's text and in the PR/MR comment, for change
// requests that fail only on rules the planner can satisfy; never a change of verdict.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import { markdownSafePlans, safePlanHints } from '../../src/planner/hint.ts';
import { documentReviser } from '../../src/planner/document.ts';
import { formatMarkdown } from '../../src/report/markdown.ts';
import { readFolder } from '../../src/source/folder.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';
const HINT = 'CR-2026-0601: a safe plan exists: 3 nights, first step 2026-12-01 00:00 (+01:00); run `changegate plan CR-2026-0601`';

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => {}, env: {}, cwd: ROOT, isTTY: false, now: () => Date.parse(AS_OF) };
  return { code: await main(argv, io), stdout };
}

describe('the safe-plan hint', () => {
  it('follows the failing verdict of check in text, which keeps its exit code', async () => {
    const r = await run(['check', 'examples/six-sites', '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().endsWith(HINT)).toBe(true);
    expect(r.stdout).toMatch(/^FAIL 26 errors/m);
  });

  it('is left out with --no-plan-hint and in machine formats', async () => {
    const off = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--no-plan-hint']);
    expect(off.code).toBe(1);
    expect(off.stdout).not.toContain('a safe plan exists');
    const json = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--format', 'json']);
    expect(json.stdout).not.toContain('a safe plan exists');
  });

  it('is in the PR comment, and the verdict it sits under is the evaluation\'s own', () => {
    const { files } = readFolder(join(ROOT, 'examples', 'six-sites'));
    const evaluation = evaluate(files, { asOf: Date.parse(AS_OF) });
    const hints = safePlanHints(files, evaluation, { rules: defaultRules }, documentReviser);
    expect(hints.map((h) => h.text)).toEqual([HINT]);
    expect(evaluation.verdict).toBe('fail');
    const comment = formatMarkdown(evaluation, { safePlans: markdownSafePlans(hints) });
    expect(comment).toContain('> 💡 CR-2026-0601: a safe plan exists: 3 nights, first step 2026-12-01 00:00 (+01:00); run `changegate plan CR-2026-0601`');
    expect(comment).toMatch(/^### ❌ changegate: FAIL/m);
  });

  it('is not offered for a change that fails on a rule a schedule cannot fix, nor when the budget is too small', () => {
    const { files } = readFolder(join(ROOT, 'examples', 'six-sites'));
    const evaluation = evaluate(files, { asOf: Date.parse(AS_OF) });
    const withBadVersion = {
      ...evaluation,
      findings: [...evaluation.findings, { ...(evaluation.findings[0] as (typeof evaluation.findings)[number]), ruleId: 'software-qualification', changeId: 'CR-2026-0601' }],
    };
    expect(safePlanHints(files, withBadVersion, { rules: defaultRules }, documentReviser)).toEqual([]);
    // The budget shrinks with the repository: on a plan of thousands of steps no search is made.
    expect(safePlanHints(files, { ...evaluation, counts: { ...evaluation.counts, steps: 5000 } }, { rules: defaultRules }, documentReviser)).toEqual([]);
  });
});
