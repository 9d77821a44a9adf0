import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  describeEvaluated
} from "./cli-chunk-2LXPUEUT.js";
import {
  comparisonOf,
  labelOf
} from "./cli-chunk-KPJMAXJI.js";
import {
  progressText
} from "./cli-chunk-IK2H635M.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";
import {
  escapeMarkdown
} from "./cli-chunk-3I33IZPJ.js";

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var CHECK_SUMMARY_LIMIT = 65535;
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", error: "\u26D4" };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var DEFAULT_MAX = GITHUB_COMMENT_LIMIT - 536;
var FORGE_WORDS = {
  github: { request: "pull request", reference: (n) => `#${n}`, limit: `GitHub limits a comment to ${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")} characters`, failOnWarning: "`fail-on: warning`" },
  gitlab: { request: "merge request", reference: (n) => `!${n}`, limit: `the note is kept under ${DEFAULT_MAX.toLocaleString("en-US")} characters`, failOnWarning: "`--fail-on warning`" }
};
function isBlocking(finding, failOn) {
  return finding.severity === "error" || failOn === "warning" && finding.severity === "warning";
}
function riskWindows(intervals) {
  const windows = [];
  for (const interval of intervals) {
    if (interval.atRiskServers.length === 0 && interval.atRiskTrunks.length === 0) continue;
    const changes = [...new Set(interval.exposures.map((e) => e.step.changeId))].sort();
    const last = windows[windows.length - 1];
    if (last && last.end === interval.start && same(last.servers, interval.atRiskServers) && same(last.trunks, interval.atRiskTrunks) && same(last.changes, changes) && same(last.unproven, interval.unprovenServers)) {
      last.end = interval.end;
      last.totalSessions = Math.max(last.totalSessions, interval.forecast.totalSessions);
      last.emergencySessions = Math.max(last.emergencySessions, interval.forecast.emergencySessions);
      continue;
    }
    windows.push({
      start: interval.start,
      end: interval.end,
      changes,
      servers: [...interval.atRiskServers],
      trunks: [...interval.atRiskTrunks],
      unproven: [...interval.unprovenServers],
      totalSessions: interval.forecast.totalSessions,
      emergencySessions: interval.forecast.emergencySessions
    });
  }
  return windows;
}
function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function list(ids, max = 6) {
  if (ids.length === 0) return "\u2014";
  const shown = ids.slice(0, max).map(escapeMarkdown).join(", ");
  return ids.length > max ? `${shown} \\+${ids.length - max} more` : shown;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? "" : "s"}`;
}
function formatMarkdown(evaluation, options = {}) {
  const maxLength = options.maxLength ?? DEFAULT_MAX;
  const allWindows = evaluation.timeline ? riskWindows(evaluation.timeline.intervals) : [];
  let limits = { findings: Number.MAX_SAFE_INTEGER, windows: options.maxWindows ?? 30 };
  const prepared = prepare(evaluation, options);
  const render = (shownLimits) => renderPrepared(evaluation, options, prepared, allWindows, shownLimits);
  let text = render(limits);
  let tooMany;
  while (text.length > maxLength && (limits.findings > 0 || limits.windows > 0)) {
    const shown = Math.min(limits.findings, evaluation.findings.length + collisionCount(options));
    tooMany = shown;
    limits = { findings: Math.floor(shown / 2), windows: Math.floor(Math.min(limits.windows, allWindows.length) / 2) };
    text = render(limits);
  }
  if (tooMany !== void 0 && text.length <= maxLength) {
    let fits = limits.findings;
    while (tooMany - fits > 1) {
      const middle = Math.floor((fits + tooMany) / 2);
      const candidate = render({ ...limits, findings: middle });
      if (candidate.length <= maxLength) [fits, text] = [middle, candidate];
      else tooMany = middle;
    }
  }
  if (text.length > maxLength) {
    const note = "\n\n_Report truncated to fit the length limit; see the full report._\n";
    text = text.slice(0, Math.max(0, maxLength - note.length)) + note;
  }
  return text;
}
function collisionCount(options) {
  return (options.collisions ?? []).reduce((n, c) => n + c.findings.length, 0);
}
function prepare(evaluation, options) {
  const failOn = options.failOn ?? "error";
  const blocking = evaluation.findings.filter((f) => isBlocking(f, failOn));
  const other = evaluation.findings.filter((f) => !isBlocking(f, failOn));
  const comparison = comparisonOf(evaluation);
  const isNew = options.isNew ?? (comparison ? (f) => labelOf(comparison, f).label === "new" : void 0);
  const blockedIds = new Set(blocking.map((f) => f.changeId));
  const network = evaluation.network;
  const progress = (network?.changes ?? []).flatMap((c) => {
    const text = network ? progressText(c, evaluation.asOf, (ms) => formatInstant(ms, network.policy.timeZone)) : void 0;
    return text === void 0 ? [] : [`- **${escapeMarkdown(c.id)}** (${escapeMarkdown(c.state)}): ${escapeMarkdown(text)}`];
  });
  const rows = /* @__PURE__ */ new Map();
  const row = (f, fileUrl) => {
    let made = rows.get(fileUrl);
    if (!made) rows.set(fileUrl, made = /* @__PURE__ */ new Map());
    let text = made.get(f);
    if (text === void 0) {
      const label = `${escapeMarkdown(f.file)}:${f.line}`;
      const where = f.file === "" ? "(repository)" : fileUrl ? `[${label}](${fileUrl(f.file, f.line)})` : label;
      text = `| ${SEVERITY_ICON[f.severity]} | ${where} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(f.message)} |`;
      made.set(f, text);
    }
    return text;
  };
  return {
    blocking,
    other,
    ...isNew && blocking.length > 0 ? { split: { fresh: blocking.filter(isNew), old: blocking.filter((f) => !isNew(f)) } } : {},
    blockedChanges: evaluation.changes.filter((c) => blockedIds.has(c.id)),
    notEvaluated: evaluation.changes.filter((c) => c.status === "not evaluated"),
    progress,
    row
  };
}
function renderPrepared(evaluation, options, prepared, windows, limits) {
  const failOn = options.failOn ?? "error";
  const words = FORGE_WORDS[options.forge ?? "github"];
  const out = [];
  let budget = limits.findings;
  let omitted = 0;
  const c = evaluation.counts;
  if (options.marker) out.push(options.marker);
  const tally = `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.notices, "notice")}, ${count(c.waived)} waived`;
  out.push(`### ${VERDICT_ICON[evaluation.verdict]} changegate: ${evaluation.verdict.toUpperCase()} \u2014 ${tally}`, "");
  out.push(verdictSentence(evaluation, failOn, words.failOnWarning), "");
  for (const note of options.notes ?? []) out.push(`> ${escapeMarkdown(note)}`, "");
  for (const plan of options.safePlans ?? []) {
    out.push(`> \u{1F4A1} ${escapeMarkdown(plan.changeId)}: a safe plan exists: ${plural(plan.nights, "night")}, first step ${escapeMarkdown(plan.firstStart)}; run \`changegate plan ${plan.changeId.replace(/`/g, "")}\``, "");
  }
  const findingTable = (findings, fileUrl = options.fileUrl) => {
    const rows = [];
    for (const f of findings) {
      if (budget <= 0) {
        omitted++;
        continue;
      }
      budget--;
      rows.push(prepared.row(f, fileUrl));
    }
    return rows.length === 0 ? [] : ["| | Where | Rule | Finding |", "| --- | --- | --- | --- |", ...rows];
  };
  const { blocking, other, split, blockedChanges, notEvaluated, progress } = prepared;
  if (blocking.length > 0) {
    if (split) {
      const { fresh, old } = split;
      const label = options.baseLabel ?? comparisonOf(evaluation)?.base.description;
      const baseName = label ? escapeMarkdown(label) : "the base branch";
      if (fresh.length > 0) out.push(`#### New blocking findings in this ${words.request} (${count(fresh.length)})`, "", ...findingTable(fresh), "");
      if (old.length > 0) out.push(`#### Blocking findings already on ${baseName} (${count(old.length)})`, "", ...findingTable(old), "");
    } else {
      out.push(`#### Blocking findings (${count(blocking.length)})`, "", ...findingTable(blocking), "");
    }
  }
  if (blockedChanges.length > 0) {
    out.push("Change requests with blocking findings:", "");
    for (const c2 of blockedChanges.slice(0, Math.max(limits.windows, 1))) {
      out.push(`- **${escapeMarkdown(c2.id)}** ${escapeMarkdown(c2.title)} (${escapeMarkdown(c2.state)}, declared ${escapeMarkdown(c2.declaredRisk)} risk)`);
    }
    out.push("");
  }
  if (notEvaluated.length > 0) {
    out.push(`Change requests not evaluated (${count(notEvaluated.length)}), so none of them passed: ${list(notEvaluated.map((c2) => c2.id), 8)}.`, "");
  }
  if (progress.length > 0) out.push("#### Progress from the execution records", "", ...progress.slice(0, Math.max(limits.windows, 1)), "");
  if (windows.length > 0 && evaluation.timeline) {
    const zone = evaluation.timeline.timeZone;
    const shown = windows.slice(0, limits.windows);
    out.push(`#### What is at risk, window by window (${escapeMarkdown(zone)})`, "");
    out.push("| Window | Change requests | Call servers at risk | Trunks at risk | Unproven | Forecast peak (all / emergency sessions) |");
    out.push("| --- | --- | --- | --- | --- | --- |");
    for (const w of shown) {
      out.push(
        `| ${formatInstant(w.start, zone)} \u2192 ${formatInstant(w.end, zone)} | ${list(w.changes, 4)} | ${count(w.servers.length)}: ${list(w.servers)} | ${count(w.trunks.length)} | ${count(w.unproven.length)} | ${count(w.totalSessions)} / ${count(w.emergencySessions)} |`
      );
    }
    if (windows.length > shown.length) out.push("", `_${count(windows.length - shown.length)} more window(s) not shown; see the full report._`);
    out.push("");
  }
  for (const collision of options.collisions ?? []) {
    if (collision.findings.length === 0) continue;
    const pr = words.reference(collision.pull.number);
    const link = collision.pull.url ? `[${pr}](${collision.pull.url})` : pr;
    out.push(`#### Collides with open ${words.request} ${link} (${escapeMarkdown(collision.pull.title)})`, "");
    out.push(`These findings appear only when this plan and the change requests of ${pr} are judged together; whichever merges second will fail.`, "");
    out.push(...findingTable(collision.findings, collision.fileUrl ?? options.fileUrl), "");
  }
  if (other.length > 0) {
    const rows = findingTable(other);
    if (rows.length > 0) out.push(`<details><summary>Other findings (${count(other.length)})</summary>`, "", ...rows, "", "</details>", "");
  }
  if (evaluation.waived.length > 0) {
    out.push(`${plural(evaluation.waived.length, "finding")} covered by a waiver (listed in the full report).`, "");
  }
  if (omitted > 0) {
    const limit = (options.maxLength ?? DEFAULT_MAX) > GITHUB_COMMENT_LIMIT ? "the job summary holds 1 MiB" : words.limit;
    out.push(`_${plural(omitted, "more finding")} not shown: ${limit}. See the full report for all of them._`, "");
  }
  const footer = [escapeMarkdown(describeEvaluated(evaluation))];
  if (options.reportUrl) footer.push(`[Full report](${options.reportUrl})`);
  out.push("---", footer.join(" \xB7 "));
  return out.join("\n") + "\n";
}
function verdictSentence(evaluation, failOn, failOnWarning) {
  switch (evaluation.verdict) {
    case "pass":
      return "No finding blocks this change.";
    case "warn":
      return failOn === "warning" ? `**Blocked:** warnings block with ${failOnWarning}. Fix them, or waive them with an approved waiver.` : "Nothing blocks, but read the warnings before approving.";
    case "fail":
      return "**Blocked:** the plan breaks at least one invariant. Fix the findings below (or, where a rule allows it, add an approved, expiring waiver).";
    case "error":
      return "**Blocked:** changegate could not read, validate or evaluate the repository, so it cannot say the plan is safe. Fix the input errors below.";
  }
}

export {
  GITHUB_COMMENT_LIMIT,
  CHECK_SUMMARY_LIMIT,
  isBlocking,
  riskWindows,
  formatMarkdown
};
