import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  isoInstant
} from "./cli-chunk-2LXPUEUT.js";

// src/report/json.ts
var JSON_SCHEMA_VERSION = 1;
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    data: f.data,
    changeId: f.changeId ?? null,
    stepId: f.stepId ?? null,
    fingerprint: f.fingerprint,
    ...f.waivedBy !== void 0 ? { waivedBy: f.waivedBy } : {}
  };
}
function toJsonObject(evaluation) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: "changegate",
    verdict: evaluation.verdict,
    asOf: isoInstant(evaluation.asOf),
    counts: evaluation.counts,
    approvals: evaluation.approvals ?? null,
    findings: evaluation.findings.map(findingJson),
    waived: evaluation.waived.map(findingJson),
    rules: evaluation.rules,
    changes: evaluation.changes,
    withheld: evaluation.withheld,
    files: evaluation.files
  };
}
function formatJson(evaluation) {
  return [...jsonChunks(evaluation)].join("");
}
function* jsonChunks(evaluation) {
  const entries = Object.entries(toJsonObject({ ...evaluation, findings: [], waived: [] }));
  yield "{";
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index > 0 ? "," : ""}
  ${JSON.stringify(key)}: `;
    const list = key === "findings" ? evaluation.findings : key === "waived" ? evaluation.waived : void 0;
    if (!list) {
      yield indented(JSON.stringify(value, null, 2), "  ");
      continue;
    }
    if (list.length === 0) {
      yield "[]";
      continue;
    }
    yield "[";
    for (const [i, f] of list.entries()) yield `${i > 0 ? "," : ""}
    ${indented(JSON.stringify(findingJson(f), null, 2), "    ")}`;
    yield "\n  ]";
  }
  yield "\n}\n";
}
function indented(text, prefix) {
  return text.includes("\n") ? text.replaceAll("\n", `
${prefix}`) : text;
}

export {
  JSON_SCHEMA_VERSION,
  findingJson,
  toJsonObject,
  formatJson,
  jsonChunks
};
