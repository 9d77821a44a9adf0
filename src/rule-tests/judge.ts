// Compares one evaluation with what a RuleTest expects. Pure: the same evaluation and test always give
// the same failures, each at the line of the expectation it breaks.
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { ExpectedFinding, RuleTest } from './schema.ts';

/** One broken expectation: the JSON Pointer of the expectation in the test file, and what was found instead. */
export interface ExpectationFailure {
  pointer: string;
  message: string;
}

/** Findings listed under a failure, at most this many (the count is always given). */
const SHOWN = 8;

export function describeFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.messageId}: ${f.message}`;
}

function listed(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const lines = findings.slice(0, SHOWN).map((f) => `\n    ${describeFinding(f)}`);
  if (findings.length > SHOWN) lines.push(`\n    … and ${findings.length - SHOWN} more`);
  return lines.join('');
}

export function describeExpected(e: ExpectedFinding): string {
  const where = e.file !== undefined ? ` at ${e.file}${e.line !== undefined ? `:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : ''}` : e.line !== undefined ? ` on line ${e.line}` : '';
  const about = [e.change !== undefined ? `change ${e.change}` : '', e.step !== undefined ? `step ${e.step}` : '', e.severity ?? ''].filter(Boolean).join(', ');
  return `${e.rule}${e.messageId !== undefined ? `/${e.messageId}` : ''}${where}${about ? ` (${about})` : ''}`;
}

export function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.ruleId === e.rule &&
    (e.messageId === undefined || f.messageId === e.messageId) &&
    (e.file === undefined || f.file === e.file) &&
    (e.line === undefined || f.line === e.line) &&
    (e.column === undefined || f.column === e.column) &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.change === undefined || f.changeId === e.change) &&
    (e.step === undefined || f.stepId === e.step)
  );
}

export function judge(test: RuleTest, evaluation: Evaluation): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const judged = test.rules === undefined ? evaluation.findings : evaluation.findings.filter((f) => test.rules?.includes(f.ruleId));
  const expect = test.expect;
  // Fail closed: a repository that could not be read proves nothing, unless the test is about exactly that.
  if (evaluation.verdict === 'error' && expect.verdict !== 'error') {
    const inputFindings = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
    failures.push({ pointer: '/apply', message: `the repository could not be evaluated (verdict error), so nothing is proven:${listed(inputFindings)}` });
  }
  if (expect.verdict !== undefined && evaluation.verdict !== expect.verdict) {
    const blocking = evaluation.findings.filter((f) => f.severity === 'error');
    failures.push({ pointer: '/expect/verdict', message: `expected verdict ${expect.verdict}, found ${evaluation.verdict}${blocking.length > 0 ? `; blocking findings:${listed(blocking)}` : ''}` });
  }
  if (expect.pass === true) {
    const blocking = judged.filter((f) => f.severity === 'error');
    if (blocking.length > 0) failures.push({ pointer: '/expect/pass', message: `expected no blocking finding${test.rules ? ` of ${test.rules.join(', ')}` : ''}, found ${blocking.length}:${listed(blocking)}` });
  }
  const matched = new Set<Finding>();
  expect.findings?.forEach((e, i) => {
    const found = judged.filter((f) => matches(f, e));
    for (const f of found) matched.add(f);
    const ok = e.count === undefined ? found.length > 0 : found.length === e.count;
    if (ok) return;
    const wanted = e.count === undefined ? 'at least one' : String(e.count);
    const sameRule = judged.filter((f) => f.ruleId === e.rule && !found.includes(f));
    // Near misses first: what the rule said about the expected file, when it said anything there.
    const inFile = e.file === undefined ? [] : sameRule.filter((f) => f.file === e.file);
    const instead = inFile.length > 0 ? inFile : sameRule;
    const context = found.length > 0 ? `; matching:${listed(found)}` : instead.length > 0 ? `; ${e.rule} reported instead:${listed(instead)}` : `; ${e.rule} reported nothing`;
    failures.push({ pointer: `/expect/findings/${i}`, message: `expected ${wanted} ${describeExpected(e)}, found ${found.length}${context}` });
  });
  if (expect.exhaustive === true) {
    const others = judged.filter((f) => !matched.has(f));
    if (others.length > 0) failures.push({ pointer: '/expect/exhaustive', message: `expected nothing beyond the listed findings, found ${others.length} more:${listed(others)}` });
  }
  return failures;
}
