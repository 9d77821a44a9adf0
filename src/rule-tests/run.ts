// Runs RuleTest files: finds them, reads each test's base repository once (as `changegate check` reads
// a folder), applies the test's edits to an in-memory copy, evaluates through the public API and judges
// the result. Nothing on disk is modified.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { evaluate, loadRepository } from '../api/evaluate.ts';
import type { Repository } from '../api/evaluate.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import type { Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import type { RepoFile } from '../source/select.ts';
import { declaresRuleTestKind, normaliseRepoPath } from '../source/select.ts';
import { locate } from '../load/yaml.ts';
import type { Range } from '../load/positions.ts';
import { judge } from './judge.ts';
import type { ExpectationFailure } from './judge.ts';
import { readRuleTest, unknownRules } from './read.ts';
import type { TestFileProblem } from './read.ts';
import type { ApplyEdit, RuleTest } from './schema.ts';

export type { TestFileProblem } from './read.ts';

export interface TestOutcome {
  /** The test file, as shown to the user (relative to the working directory). */
  file: string;
  name: string;
  /** Where the test's `name` is, for the per-test line. */
  range: Range;
  status: 'pass' | 'fail';
  /** The evaluation's verdict. */
  verdict: VerdictStatus;
  failures: { range: Range; message: string }[];
}

export interface TestRun {
  outcomes: TestOutcome[];
  /** Test files that are not valid tests: the run's exit code is 2. */
  problems: TestFileProblem[];
}

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The RuleTest files under a folder (sorted), or the file itself; undefined when the path does not exist. */
export function findRuleTests(path: string): string[] | undefined {
  if (!existsSync(path)) return undefined;
  if (statSync(path).isFile()) return [path];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (entry.isFile() && YAML_FILE.test(entry.name) && declaresRuleTestKind(readFileSync(full))) found.push(full);
    }
  };
  walk(path);
  return found;
}

/** The base's files with the test's edits applied, or the first edit that cannot be applied. */
export function applyEdits(base: readonly RepoFile[], edits: readonly ApplyEdit[]): { files: RepoFile[] } | { pointer: string; message: string } {
  const files = new Map(base.map((f) => [f.path, f]));
  for (const [index, edit] of edits.entries()) {
    const path = normaliseRepoPath(edit.path);
    if (path === undefined || path === '') return { pointer: `/apply/${index}/path`, message: `"${edit.path}" leaves the repository; give a repository-relative path such as changes/CR-TEST-1.yaml` };
    if ('delete' in edit) {
      if (!files.delete(path)) return { pointer: `/apply/${index}/path`, message: `cannot delete ${path}: the base has no such network file (check the path and the base folder)` };
    } else files.set(path, { path, bytes: new TextEncoder().encode(edit.content) });
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** Evaluates one valid test on its base's files and judges it. Pure, for callers that hold the base in memory. */
export function runRuleTest(
  test: RuleTest,
  base: Pick<Repository, 'files' | 'refused' | 'configPath' | 'approvalEvidence'> & { root?: string },
  rules: readonly AnyRule[],
): { ok: true; evaluation: Evaluation; failures: ExpectationFailure[] } | { ok: false; problems: { pointer: string; message: string }[] } {
  const applied = applyEdits(base.files, test.apply);
  if (!('files' in applied)) return { ok: false, problems: [applied] };
  const evaluation = evaluate(
    { root: base.root ?? '', ...base, files: applied.files },
    { asOf: test.asOf, rules, ...(test.includeDrafts ? { includeDrafts: true } : {}) },
  );
  const unknown = unknownRules(test, [...new Set([...rules.map((r) => r.id), ...evaluation.rules.map((r) => r.id)])]);
  if (unknown.length > 0) return { ok: false, problems: unknown };
  return { ok: true, evaluation, failures: judge(test, evaluation) };
}

export async function runRuleTests(paths: readonly string[], options: { rules: readonly AnyRule[]; cwd: string }): Promise<TestRun> {
  const outcomes: TestOutcome[] = [];
  const problems: TestFileProblem[] = [];
  const bases = new Map<string, Promise<Repository>>();
  for (const path of paths) {
    const full = resolve(options.cwd, path);
    const shown = relative(options.cwd, full).split(sep).join('/') || path;
    const read = readRuleTest(shown, readFileSync(full));
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { test, document } = read;
    const at = (pointer: string) => locate(document, pointer);
    const baseDir = resolve(dirname(full), test.base);
    if (!existsSync(baseDir) || !statSync(baseDir).isDirectory()) {
      problems.push({ file: shown, range: at('/base'), message: `the base folder ${test.base} (${relative(options.cwd, baseDir) || '.'}) does not exist; give the repository folder relative to this file` });
      continue;
    }
    let base: Repository;
    try {
      if (!bases.has(baseDir)) bases.set(baseDir, loadRepository(baseDir));
      base = await (bases.get(baseDir) as Promise<Repository>);
    } catch (err) {
      problems.push({ file: shown, range: at('/base'), message: `cannot read the base folder ${test.base}: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const result = runRuleTest(test, base, options.rules);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ file: shown, range: at(p.pointer), message: p.message })));
      continue;
    }
    const { evaluation, failures } = result;
    outcomes.push({
      file: shown,
      name: test.name,
      range: at('/name'),
      status: failures.length === 0 ? 'pass' : 'fail',
      verdict: evaluation.verdict,
      failures: failures.map((f) => ({ range: at(f.pointer), message: f.message })),
    });
  }
  return { outcomes, problems };
}
