import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import "./cli-chunk-QTBQUBZ5.js";

// src/rule-tests/format-text.ts
function formatTestText(run) {
  const lines = [];
  for (const outcome of run.outcomes) {
    const where = `${outcome.file}:${outcome.range.line}`;
    lines.push(`${outcome.status === "pass" ? "PASS" : "FAIL"}  ${where}  ${outcome.name}`);
    for (const failure of outcome.failures) lines.push(`      ${outcome.file}:${failure.range.line}:${failure.range.column}  ${failure.message.replace(/\n/g, "\n      ")}`);
  }
  for (const problem of run.problems) lines.push(`INVALID  ${problem.file}:${problem.range.line}:${problem.range.column}  ${problem.message}`);
  const passed = run.outcomes.filter((o) => o.status === "pass").length;
  const failed = run.outcomes.length - passed;
  const invalidFiles = new Set(run.problems.map((p) => p.file)).size;
  if (lines.length > 0) lines.push("");
  lines.push(
    `${run.outcomes.length} test${run.outcomes.length === 1 ? "" : "s"}: ${passed} passed, ${failed} failed` + (invalidFiles > 0 ? `; ${invalidFiles} invalid test file${invalidFiles === 1 ? "" : "s"} (fix ${invalidFiles === 1 ? "it" : "them"}: nothing in ${invalidFiles === 1 ? "it" : "them"} was run)` : "")
  );
  return lines.join("\n") + "\n";
}
export {
  formatTestText
};
