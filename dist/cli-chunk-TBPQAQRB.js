import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  stripControl
} from "./cli-chunk-3I33IZPJ.js";

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", notice: "notice" };
function escapeCommandData(text) {
  return stripControlKeepingBreaks(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function stripControlKeepingBreaks(text) {
  return stripControl(text.replace(/\r\n?/g, "\n"));
}
function joinRepoPath(prefix, file) {
  const clean = prefix.replace(/^\.\/?/, "").replace(/\/+$/, "");
  return clean === "" ? file : `${clean}/${file}`;
}
function annotationCommand(finding, options, messagePrefix = "") {
  const props = [];
  if (finding.file !== "") {
    props.push(`file=${escapeCommandProperty(joinRepoPath(options.pathPrefix, finding.file))}`);
    props.push(`line=${finding.line}`, `endLine=${finding.endLine}`);
    if (finding.line === finding.endLine) props.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
  }
  props.push(`title=${escapeCommandProperty(`changegate ${finding.ruleId}`)}`);
  return `::${COMMAND[finding.severity]} ${props.join(",")}::${escapeCommandData(messagePrefix + finding.message)}`;
}
function formatGithub(evaluation, options) {
  const lines = evaluation.findings.map((f) => annotationCommand(f, options));
  const c = evaluation.counts;
  lines.push(
    `changegate: verdict ${evaluation.verdict}; ${c.errors} error(s), ${c.warnings} warning(s), ${c.notices} notice(s), ${c.waived} waived.`
  );
  return lines.join("\n") + "\n";
}

export {
  escapeCommandData,
  escapeCommandProperty,
  joinRepoPath,
  annotationCommand,
  formatGithub
};
