import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  INPUT_RULE_IDS
} from "./cli-chunk-R64I6EY7.js";
import {
  comparisonOf,
  labelOf
} from "./cli-chunk-KPJMAXJI.js";
import {
  displayPath
} from "./cli-chunk-UV3NTKXL.js";
import {
  stripControl,
  withoutWorkflowCommands
} from "./cli-chunk-3I33IZPJ.js";

// src/report/junit.ts
var NOT_XML_CHAR = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function clean(text) {
  return stripControl(text).replace(NOT_XML_CHAR, "");
}
function escapeXmlText(text) {
  return clean(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeXmlAttr(text) {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var ALWAYS_RUN_INPUT_RULES = ["yaml-syntax", "schema-valid", "reference-integrity", "gate-config"];
function formatJunit(evaluation, context) {
  const comparison = comparisonOf(evaluation);
  const all = [...evaluation.findings, ...evaluation.waived];
  const fixed = comparison?.labelling.fixed ?? [];
  const ruleIds = [
    ...ALWAYS_RUN_INPUT_RULES,
    ...evaluation.rules.filter((r) => r.evaluated).map((r) => r.id),
    ...[...new Set([...all, ...fixed].map((f) => f.ruleId))].sort()
  ].filter((id, i, list) => list.indexOf(id) === i);
  const severityOf = new Map(evaluation.rules.map((r) => [r.id, r.severity]));
  const files = [.../* @__PURE__ */ new Set([...evaluation.files, ...all.map((f) => f.file), ...fixed.map((f) => comparison ? mapToHead(comparison, f.file) : f.file)])].sort();
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const suites = [];
  const findingsOf = groupBy(all, (f) => f.file);
  const fixedOf = groupBy(fixed, (f) => comparison ? mapToHead(comparison, f.file) : f.file);
  for (const ruleId of ruleIds) {
    const input = INPUT_RULE_IDS.has(ruleId);
    const cases = files.map((file) => ({
      file,
      findings: findingsOf.get(`${ruleId}\0${file}`) ?? [],
      fixed: fixedOf.get(`${ruleId}\0${file}`) ?? []
    }));
    let suiteFailures = 0;
    let suiteErrors = 0;
    const body = [];
    for (const c of cases) {
      const blocking = c.findings.filter((f) => f.severity === "error" && f.waivedBy === void 0);
      const other = c.findings.filter((f) => !blocking.includes(f));
      const path = displayPath(context.pathPrefix, c.file);
      const describe = (f) => describeFinding(f, path, comparison);
      const attrs = `classname="${escapeXmlAttr(ruleId)}" name="${escapeXmlAttr(path)}" file="${escapeXmlAttr(path)}" time="0"`;
      const inner = [];
      if (blocking.length > 0) {
        const element = input ? "error" : "failure";
        if (input) suiteErrors++;
        else suiteFailures++;
        const first = blocking[0];
        const message = `${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}: ${first.message}`;
        inner.push(`      <${element} type="${escapeXmlAttr(ruleId)}" message="${escapeXmlAttr(message)}">${escapeXmlText(blocking.map(describe).join("\n"))}</${element}>`);
      }
      const notes = [...other.map(describe), ...c.fixed.map((f) => `${displayPath(context.pathPrefix, f.file)}:${f.line}:${f.column} ${f.severity} [fixed] ${f.message}`)];
      if (notes.length > 0) inner.push(`      <system-out>${escapeXmlText(notes.join("\n"))}</system-out>`);
      body.push(inner.length === 0 ? `    <testcase ${attrs}/>` : `    <testcase ${attrs}>
${inner.join("\n")}
    </testcase>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    const properties = [
      ["severity", input ? "error" : severityOf.get(ruleId) ?? "error"],
      ...comparison ? [
        ["base", comparison.base.description],
        ["head", comparison.head.description],
        ["onlyNew", String(comparison.onlyNew)]
      ] : []
    ].map(([name, value]) => `      <property name="${escapeXmlAttr(name ?? "")}" value="${escapeXmlAttr(value ?? "")}"/>`).join("\n");
    suites.push(
      `  <testsuite name="${escapeXmlAttr(ruleId)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">
    <properties>
${properties}
    </properties>
` + body.join("\n") + (body.length > 0 ? "\n" : "") + "  </testsuite>"
    );
  }
  for (const rule of notEvaluated(evaluation, ruleIds)) {
    tests++;
    skipped++;
    const message = `not evaluated: ${NOT_EVALUATED_REASON}`;
    suites.push(
      `  <testsuite name="${escapeXmlAttr(rule.id)}" tests="1" failures="0" errors="0" skipped="1" time="0">
    <properties>
      <property name="severity" value="${escapeXmlAttr(rule.severity)}"/>
    </properties>
    <testcase classname="${escapeXmlAttr(rule.id)}" name="not evaluated" time="0">
      <skipped message="${escapeXmlAttr(message)}"/>
    </testcase>
  </testsuite>`
    );
  }
  return withoutWorkflowCommands(
    `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="changegate" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">
` + suites.join("\n") + (suites.length > 0 ? "\n" : "") + "</testsuites>\n"
  );
}
var NOT_EVALUATED_REASON = "the repository could not be read, validated or evaluated (see the errors in the input suites), so this rule never ran; this is not a pass";
function notEvaluated(evaluation, listed) {
  if (evaluation.verdict !== "error") return [];
  const ran = new Set(evaluation.rules.filter((r) => r.evaluated).map((r) => r.id));
  return evaluation.settings.filter((s) => s.rule.category !== "input" && s.rule.check !== void 0 && s.severity !== "off" && !ran.has(s.rule.id) && !listed.includes(s.rule.id)).map((s) => ({ id: s.rule.id, severity: s.severity }));
}
function groupBy(findings, fileOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${fileOf(f)}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}
function mapToHead(comparison, file) {
  return comparison.renames.get(file) ?? file;
}
function describeFinding(f, path, comparison) {
  const label = comparison ? ` [${labelOf(comparison, f).worsened ? "new: made worse" : labelOf(comparison, f).label}]` : "";
  const waived = f.waivedBy !== void 0 ? ` (waived by ${f.waivedBy})` : "";
  const where = f.changeId !== void 0 ? ` (${f.changeId}${f.stepId !== void 0 ? ` step ${f.stepId}` : ""})` : "";
  return `${path}:${f.line}:${f.column} ${f.severity}${label} ${f.message}${where}${waived}`;
}

export {
  escapeXmlText,
  escapeXmlAttr,
  formatJunit
};
