// A rule tester in the spirit of ESLint's RuleTester: static valid/invalid cases with inline YAML and
// expected positions. Each case is the six-site network (test/support/builders.ts) plus the files it adds or
// replaces, evaluated through the real engine with only the rule under test (and the input rules).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { expectFocusAgrees } from '../support/focus.ts';
import { readFolder } from '../../src/source/folder.ts';
import type { Evaluation, RepoFile } from '../../src/engine/evaluate.ts';
import type { Finding, FindingData } from '../../src/core/finding.ts';
import type { AnyRule } from '../../src/rule-api/rule.ts';
import { DEFAULT_AS_OF, SIX_SITES, networkFiles, sixSiteFiles } from '../support/builders.ts';

export { DEFAULT_AS_OF };

/** The canonical six-site network (see test/support/builders.ts). */
export const BASE_NETWORK = SIX_SITES;

export function baseNetworkFiles(): RepoFile[] {
  return sixSiteFiles();
}

export interface RuleCase {
  /** Unique name of the case. */
  name: string;
  /** Files to add or replace (repository-relative path -> YAML text); a null value removes the file. */
  files: Record<string, string | null>;
  /** Rule options (merged over defaults through the policy, as a user would set them). */
  options?: Record<string, unknown>;
  /** ISO instant; default 2026-11-27T09:00:00+01:00. */
  asOf?: string;
  includeDrafts?: boolean;
}

export interface ExpectedFinding {
  messageId: string;
  /** Defaults to the only file the case adds. */
  file?: string;
  line: number;
  column: number;
  /** Entries that must be present in the finding's data (numbers compared exactly). */
  data?: Partial<FindingData>;
  changeId?: string;
  stepId?: string;
  /** Compared only where the case states it. */
  severity?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

/** Builds the snapshot of a case: the base network with the case's files applied. */
export function caseFiles(c: Pick<RuleCase, 'files'>, rule?: AnyRule, options?: Record<string, unknown>): RepoFile[] {
  const map = new Map(networkFiles(c.files).map((f) => [f.path, f.bytes]));
  if (rule && options) {
    // Options go through the policy file exactly as a user sets them.
    const policyPath = 'policy/policy.yaml';
    const policy = new TextDecoder().decode(map.get(policyPath));
    const override = `\nrules:\n  ${rule.id}:\n    options: ${JSON.stringify(options)}\n`;
    if (/^rules:/m.test(policy)) throw new Error('the base policy already has a rules: section; the harness cannot add options');
    map.set(policyPath, new TextEncoder().encode(policy.trimEnd() + '\n' + override));
  }
  return [...map.entries()].map(([path, bytes]) => ({ path, bytes }));
}

/** The files of the bundled example network (examples/six-sites), as `changegate check` reads them. */
export function exampleFiles(): RepoFile[] {
  return readFolder(join(import.meta.dirname, '..', '..', 'examples', 'six-sites')).files;
}

/**
 * Evaluates the case, and checks on the way that an evaluation focused on each of its change requests
 * (the run-time guard's) keeps exactly the findings concerning it.
 */
export function evaluateCase(rule: AnyRule, c: RuleCase): Evaluation {
  const asOf = Date.parse(c.asOf ?? DEFAULT_AS_OF);
  const rules = rule.category === 'input' ? INPUT_RULES : [...INPUT_RULES, rule];
  const files = caseFiles(c, rule, c.options);
  const options = { asOf, rules, ...(c.includeDrafts ? { includeDrafts: true } : {}) };
  const whole = evaluate(files, options);
  expectFocusAgrees(whole, (focusChange) => evaluate(files, { ...options, focusChange }));
  return whole;
}

function describeFinding(f: Finding): string {
  return `${f.ruleId}/${f.messageId} at ${f.file}:${f.line}:${f.column} ${JSON.stringify(f.data)} — ${f.message}`;
}

/** Runs a rule's cases as vitest tests. */
export function ruleTester(rule: AnyRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`duplicate case name "${duplicate}"`);
  if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.id}: a rule needs valid and invalid cases`);

  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const evaluation = evaluateCase(rule, c);
          const input = evaluation.findings.filter((f) => f.ruleId !== rule.id && f.ruleId !== 'waiver-validity');
          expect(input.map(describeFinding), 'the case itself must be valid input').toEqual([]);
          const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
          expect(own.map(describeFinding)).toEqual([]);
          expect(evaluation.counts.rules).toBeGreaterThan(0);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          for (const e of c.errors) {
            if (!(e.messageId in rule.messages)) throw new Error(`case "${c.name}" expects unknown message id "${e.messageId}"`);
          }
          const evaluation = evaluateCase(rule, c);
          if (rule.category !== 'input') {
            const input = evaluation.findings.filter((f) => f.ruleId !== rule.id && f.ruleId !== 'waiver-validity');
            expect(input.map(describeFinding), 'the case itself must be valid input').toEqual([]);
          }
          const own = evaluation.findings.filter((f) => f.ruleId === rule.id);
          const added = Object.keys(c.files).filter((p) => c.files[p] !== null);
          // changeId/stepId are compared only where the case states them.
          const actual = own.map((f, i) => ({
            messageId: f.messageId,
            file: f.file,
            line: f.line,
            column: f.column,
            ...(c.errors[i]?.changeId !== undefined ? { changeId: f.changeId } : {}),
            ...(c.errors[i]?.stepId !== undefined ? { stepId: f.stepId } : {}),
            ...(c.errors[i]?.severity !== undefined ? { severity: f.severity } : {}),
            data: f.data,
          }));
          const expected = c.errors.map((e) => ({
            messageId: e.messageId,
            file: e.file ?? (added.length === 1 ? added[0] : expect.any(String)),
            line: e.line,
            column: e.column,
            ...(e.changeId !== undefined ? { changeId: e.changeId } : {}),
            ...(e.stepId !== undefined ? { stepId: e.stepId } : {}),
            ...(e.severity !== undefined ? { severity: e.severity } : {}),
            data: expect.objectContaining(e.data ?? {}),
          }));
          expect(actual, own.map(describeFinding).join('\n')).toEqual(expected);
          if (rule.category === 'input') expect(evaluation.verdict).toBe('error');
          else if (own.some((f) => f.severity === 'error')) expect(evaluation.verdict).toBe('fail');
        });
      }
    });
  });
}
