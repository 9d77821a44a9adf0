// JUnit XML of `changegate test` for CI dashboards: one <testcase> per rule test, a <failure> per test
// whose expectations broke, an <error> per invalid test file.
import { escapeXmlAttr, escapeXmlText } from '../report/junit.ts';
import type { TestRun } from './run.ts';

export function formatTestJunit(run: TestRun): string {
  const failed = run.outcomes.filter((o) => o.status === 'fail').length;
  const invalidFiles = [...new Set(run.problems.map((p) => p.file))];
  const cases: string[] = [];
  for (const outcome of run.outcomes) {
    const head = `    <testcase classname="${escapeXmlAttr(outcome.file)}" name="${escapeXmlAttr(outcome.name)}" file="${escapeXmlAttr(outcome.file)}" line="${outcome.range.line}"`;
    if (outcome.status === 'pass') {
      cases.push(`${head}/>`);
      continue;
    }
    const text = outcome.failures.map((f) => `${outcome.file}:${f.range.line}:${f.range.column} ${f.message}`).join('\n');
    cases.push(`${head}>\n      <failure message="${escapeXmlAttr(outcome.failures[0]?.message.split('\n')[0] ?? 'failed')}" type="expectation">${escapeXmlText(text)}</failure>\n    </testcase>`);
  }
  for (const file of invalidFiles) {
    const problems = run.problems.filter((p) => p.file === file);
    const text = problems.map((p) => `${p.file}:${p.range.line}:${p.range.column} ${p.message}`).join('\n');
    cases.push(`    <testcase classname="${escapeXmlAttr(file)}" name="invalid test file" file="${escapeXmlAttr(file)}">\n      <error message="${escapeXmlAttr(problems[0]?.message ?? 'invalid')}" type="invalid-test">${escapeXmlText(text)}</error>\n    </testcase>`);
  }
  const total = run.outcomes.length + invalidFiles.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="changegate test" tests="${total}" failures="${failed}" errors="${invalidFiles.length}">`,
    `  <testsuite name="changegate rule tests" tests="${total}" failures="${failed}" errors="${invalidFiles.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
