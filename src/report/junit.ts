// JUnit XML for CI test dashboards (GitLab, Jenkins, Azure): one <testsuite> per rule evaluated and one
// <testcase> per file × rule. Blocking findings become <failure>s; findings of the input rules (the
// gate could not read the repository) become <error>s; warnings, notices and waived findings go to
// <system-out> so they are visible without failing the test. A rule the gate did not get to run (the
// repository could not be read) is a <skipped> case that says so, never an absent or passing suite, so a
// dashboard cannot read a broken repository as a clean one. Every value from the config repository is
// escaped, and characters XML 1.0 cannot carry are dropped, so the document is always well-formed.
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { comparisonOf, labelOf } from '../git/types.ts';
import type { Comparison } from '../git/types.ts';
import type { FormatContext } from './index.ts';
import { stripControl, withoutWorkflowCommands } from '../core/sanitize.ts';
import { displayPath } from './terminal.ts';

/** Characters outside the XML 1.0 Char production (including lone surrogates). */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function clean(text: string): string {
  return stripControl(text).replace(NOT_XML_CHAR, '');
}

export function escapeXmlText(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(text: string): string {
  // Newlines and tabs in attributes would be normalised to spaces by parsers: keep them as references.
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Input rules that judge every file of every evaluation; internal-error appears only when it fired. */
const ALWAYS_RUN_INPUT_RULES = ['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config'];

interface Case {
  file: string;
  findings: Finding[];
  fixed: Finding[];
}

export function formatJunit(evaluation: Evaluation, context: FormatContext): string {
  const comparison = comparisonOf(evaluation);
  const all = [...evaluation.findings, ...evaluation.waived];
  const fixed = comparison?.labelling.fixed ?? [];
  const ruleIds = [
    ...ALWAYS_RUN_INPUT_RULES,
    ...evaluation.rules.filter((r) => r.evaluated).map((r) => r.id),
    ...[...new Set([...all, ...fixed].map((f) => f.ruleId))].sort(),
  ].filter((id, i, list) => list.indexOf(id) === i);
  const severityOf = new Map(evaluation.rules.map((r) => [r.id, r.severity]));
  const files = [...new Set([...evaluation.files, ...all.map((f) => f.file), ...fixed.map((f) => (comparison ? mapToHead(comparison, f.file) : f.file))])].sort();

  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const suites: string[] = [];
  // Grouped once by rule and file, in their order: filtering every finding for each rule and file is
  // rules x files x findings, seconds on a national operator's repository.
  const findingsOf = groupBy(all, (f) => f.file);
  const fixedOf = groupBy(fixed, (f) => (comparison ? mapToHead(comparison, f.file) : f.file));
  for (const ruleId of ruleIds) {
    const input = INPUT_RULE_IDS.has(ruleId);
    const cases: Case[] = files.map((file) => ({
      file,
      findings: findingsOf.get(`${ruleId}\u0000${file}`) ?? [],
      fixed: fixedOf.get(`${ruleId}\u0000${file}`) ?? [],
    }));
    let suiteFailures = 0;
    let suiteErrors = 0;
    const body: string[] = [];
    for (const c of cases) {
      const blocking = c.findings.filter((f) => f.severity === 'error' && f.waivedBy === undefined);
      const other = c.findings.filter((f) => !blocking.includes(f));
      const path = displayPath(context.pathPrefix, c.file);
      const describe = (f: Finding) => describeFinding(f, path, comparison);
      const attrs = `classname="${escapeXmlAttr(ruleId)}" name="${escapeXmlAttr(path)}" file="${escapeXmlAttr(path)}" time="0"`;
      const inner: string[] = [];
      if (blocking.length > 0) {
        const element = input ? 'error' : 'failure';
        if (input) suiteErrors++;
        else suiteFailures++;
        const first = blocking[0] as Finding;
        const message = `${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}: ${first.message}`;
        inner.push(`      <${element} type="${escapeXmlAttr(ruleId)}" message="${escapeXmlAttr(message)}">${escapeXmlText(blocking.map(describe).join('\n'))}</${element}>`);
      }
      const notes = [...other.map(describe), ...c.fixed.map((f) => `${displayPath(context.pathPrefix, f.file)}:${f.line}:${f.column} ${f.severity} [fixed] ${f.message}`)];
      if (notes.length > 0) inner.push(`      <system-out>${escapeXmlText(notes.join('\n'))}</system-out>`);
      body.push(inner.length === 0 ? `    <testcase ${attrs}/>` : `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    const properties = [
      ['severity', input ? 'error' : (severityOf.get(ruleId) ?? 'error')],
      ...(comparison
        ? [
            ['base', comparison.base.description],
            ['head', comparison.head.description],
            ['onlyNew', String(comparison.onlyNew)],
          ]
        : []),
    ]
      .map(([name, value]) => `      <property name="${escapeXmlAttr(name ?? '')}" value="${escapeXmlAttr(value ?? '')}"/>`)
      .join('\n');
    suites.push(
      `  <testsuite name="${escapeXmlAttr(ruleId)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">\n` +
        `    <properties>\n${properties}\n    </properties>\n` +
        body.join('\n') +
        (body.length > 0 ? '\n' : '') +
        '  </testsuite>',
    );
  }
  for (const rule of notEvaluated(evaluation, ruleIds)) {
    tests++;
    skipped++;
    const message = `not evaluated: ${NOT_EVALUATED_REASON}`;
    suites.push(
      `  <testsuite name="${escapeXmlAttr(rule.id)}" tests="1" failures="0" errors="0" skipped="1" time="0">\n` +
        `    <properties>\n      <property name="severity" value="${escapeXmlAttr(rule.severity)}"/>\n    </properties>\n` +
        `    <testcase classname="${escapeXmlAttr(rule.id)}" name="not evaluated" time="0">\n      <skipped message="${escapeXmlAttr(message)}"/>\n    </testcase>\n` +
        '  </testsuite>',
    );
  }
  return withoutWorkflowCommands(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="changegate" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">\n` +
    suites.join('\n') +
    (suites.length > 0 ? '\n' : '') +
    '</testsuites>\n'
  );
}

const NOT_EVALUATED_REASON = 'the repository could not be read, validated or evaluated (see the errors in the input suites), so this rule never ran; this is not a pass';

/** Rules the settings switch on that never ran and have no suite of their own. */
function notEvaluated(evaluation: Evaluation, listed: readonly string[]): { id: string; severity: string }[] {
  if (evaluation.verdict !== 'error') return [];
  const ran = new Set(evaluation.rules.filter((r) => r.evaluated).map((r) => r.id));
  return evaluation.settings
    .filter((s) => s.rule.category !== 'input' && s.rule.check !== undefined && s.severity !== 'off' && !ran.has(s.rule.id) && !listed.includes(s.rule.id))
    .map((s) => ({ id: s.rule.id, severity: s.severity }));
}

/** Findings by rule and file (key `rule NUL file`), each list in the findings' order. */
function groupBy(findings: readonly Finding[], fileOf: (f: Finding) => string): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${fileOf(f)}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function mapToHead(comparison: Comparison, file: string): string {
  return comparison.renames.get(file) ?? file;
}

function describeFinding(f: Finding, path: string, comparison: Comparison | undefined): string {
  const label = comparison ? ` [${labelOf(comparison, f).worsened ? 'new: made worse' : labelOf(comparison, f).label}]` : '';
  const waived = f.waivedBy !== undefined ? ` (waived by ${f.waivedBy})` : '';
  const where = f.changeId !== undefined ? ` (${f.changeId}${f.stepId !== undefined ? ` step ${f.stepId}` : ''})` : '';
  return `${path}:${f.line}:${f.column} ${f.severity}${label} ${f.message}${where}${waived}`;
}
