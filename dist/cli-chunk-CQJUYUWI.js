import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  escapeXmlAttr,
  escapeXmlText
} from "./cli-chunk-3YU4BEYH.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-UV3NTKXL.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/rule-tests/format-junit.ts
function formatTestJunit(run) {
  const failed = run.outcomes.filter((o) => o.status === "fail").length;
  const invalidFiles = [...new Set(run.problems.map((p) => p.file))];
  const cases = [];
  for (const outcome of run.outcomes) {
    const head = `    <testcase classname="${escapeXmlAttr(outcome.file)}" name="${escapeXmlAttr(outcome.name)}" file="${escapeXmlAttr(outcome.file)}" line="${outcome.range.line}"`;
    if (outcome.status === "pass") {
      cases.push(`${head}/>`);
      continue;
    }
    const text = outcome.failures.map((f) => `${outcome.file}:${f.range.line}:${f.range.column} ${f.message}`).join("\n");
    cases.push(`${head}>
      <failure message="${escapeXmlAttr(outcome.failures[0]?.message.split("\n")[0] ?? "failed")}" type="expectation">${escapeXmlText(text)}</failure>
    </testcase>`);
  }
  for (const file of invalidFiles) {
    const problems = run.problems.filter((p) => p.file === file);
    const text = problems.map((p) => `${p.file}:${p.range.line}:${p.range.column} ${p.message}`).join("\n");
    cases.push(`    <testcase classname="${escapeXmlAttr(file)}" name="invalid test file" file="${escapeXmlAttr(file)}">
      <error message="${escapeXmlAttr(problems[0]?.message ?? "invalid")}" type="invalid-test">${escapeXmlText(text)}</error>
    </testcase>`);
  }
  const total = run.outcomes.length + invalidFiles.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="changegate test" tests="${total}" failures="${failed}" errors="${invalidFiles.length}">`,
    `  <testsuite name="changegate rule tests" tests="${total}" failures="${failed}" errors="${invalidFiles.length}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
export {
  formatTestJunit
};
