import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  impactTier,
  rankFindings
} from "./cli-chunk-VGQZXMZU.js";
import {
  describeEvaluated
} from "./cli-chunk-2LXPUEUT.js";
import {
  displayPath,
  painter,
  severityLabel
} from "./cli-chunk-UV3NTKXL.js";
import {
  withheldText
} from "./cli-chunk-POQZWAN2.js";
import {
  oneLine,
  withoutWorkflowCommands
} from "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/report/text.ts
var DEFAULT_COLUMNS = 100;
var MIN_COLUMNS = 40;
function wrapText(text, width, indent) {
  const room = Math.max(MIN_COLUMNS, width) - indent.length;
  const lines = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}
function formatText(evaluation, options) {
  const paint = painter(options.color);
  const width = options.columns ?? DEFAULT_COLUMNS;
  const out = [];
  const shownPerRule = /* @__PURE__ */ new Map();
  const hiddenPerRule = /* @__PURE__ */ new Map();
  const visible = [];
  for (const f of rankFindings(evaluation.findings)) {
    const shown = shownPerRule.get(f.ruleId) ?? 0;
    if (shown >= options.maxPerRule) {
      hiddenPerRule.set(f.ruleId, (hiddenPerRule.get(f.ruleId) ?? 0) + 1);
      continue;
    }
    shownPerRule.set(f.ruleId, shown + 1);
    visible.push(f);
  }
  for (const f of visible) {
    if (out.length > 0) out.push("");
    const where = f.file === "" ? "(repository)" : `${displayPath(options.pathPrefix, f.file)}:${f.line}:${f.column}`;
    const about = f.changeId !== void 0 ? ` ${oneLine(f.changeId)}${f.stepId !== void 0 ? ` step ${oneLine(f.stepId)}` : ""}` : "";
    out.push(paint("bold", oneLine(where)));
    out.push(`  ${severityLabel(f, paint)} ${paint("dim", f.ruleId)}${about}`);
    out.push(...wrapText(oneLine(f.message), width, "    "));
  }
  for (const [rule, hidden] of [...hiddenPerRule].sort(([a], [b]) => a < b ? -1 : 1)) {
    out.push("", paint("dim", `  \u2026 and ${hidden} more ${rule} finding${hidden === 1 ? "" : "s"} (use --max-per-rule or --format json to see all)`));
  }
  if (evaluation.waived.length > 0) {
    out.push("", paint("bold", `Waived (${evaluation.waived.length}):`));
    for (const f of evaluation.waived.slice(0, options.maxPerRule * 4)) {
      out.push(`  ${oneLine(displayPath(options.pathPrefix, f.file))}:${f.line}:${f.column} ${f.ruleId} waived by ${oneLine(f.waivedBy ?? "")}`);
      out.push(...wrapText(oneLine(f.message), width, "    "));
    }
  }
  for (const w of evaluation.withheld) {
    if (out.length > 0) out.push("");
    out.push(paint("bold", "Withheld:"), ...wrapText(oneLine(withheldText(w)), width, "  "));
  }
  if (out.length > 0) out.push("");
  out.push(...changeSummary(evaluation, paint));
  const c = evaluation.counts;
  const label = { pass: paint("green", "PASS"), warn: paint("yellow", "WARN"), fail: paint("red", "FAIL"), error: paint("red", "ERROR") }[evaluation.verdict];
  const tally = `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}, ${c.notices} notice${c.notices === 1 ? "" : "s"}, ${c.waived} waived`;
  out.push(`${paint("bold", label)} ${tally}. ${describeEvaluated(evaluation)}`);
  return withoutWorkflowCommands(out.join("\n") + "\n");
}
function changeSummary(evaluation, paint) {
  const considered = evaluation.changes.filter((c) => c.considered || evaluation.verdict === "error");
  if (considered.length === 0) return [];
  let width = 0;
  let statusWidth = 0;
  for (const c of considered) {
    width = Math.max(width, c.id.length);
    statusWidth = Math.max(statusWidth, c.status.length);
  }
  const countsByChange = /* @__PURE__ */ new Map();
  for (const f of evaluation.findings) {
    if (f.changeId === void 0) continue;
    let counts = countsByChange.get(f.changeId);
    if (!counts) countsByChange.set(f.changeId, counts = /* @__PURE__ */ new Map());
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  }
  const lines = ["Change requests:"];
  for (const change of considered) {
    const colour = { fail: "red", warn: "yellow", pass: "green", "not evaluated": "red" }[change.status];
    const status = paint(colour, change.status.padEnd(statusWidth));
    const order = impactTier;
    const rules = [...countsByChange.get(change.id) ?? []].sort(([a], [b]) => order(a) - order(b)).map(([rule, n]) => n > 1 ? `${rule} \xD7${n}` : rule).join(", ");
    lines.push(`  ${oneLine(change.id).padEnd(width)}  ${status}  ${oneLine(change.title)}${rules ? ` \u2014 ${rules}` : ""}`);
    if (change.progress !== void 0) lines.push(`  ${" ".repeat(width)}  ${change.state}: ${oneLine(change.progress)}`);
  }
  lines.push("");
  return lines;
}
export {
  formatText,
  wrapText
};
