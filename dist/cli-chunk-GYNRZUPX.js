import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  clockText,
  dayLabel,
  nightsOf
} from "./cli-chunk-TXVVZ5EF.js";
import "./cli-chunk-GN6EBSOL.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/markdown.ts
function cell(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/([\\`*_{}[\]#+!|<>~])/g, "\\$1");
}
var VERDICT = { pass: "PASS", warn: "WARN", fail: "**FAIL**", "not evaluated": "**NOT EVALUATED**" };
function targets(step) {
  return [...step.targets.callServers, ...step.targets.trunks, ...step.targets.sites.map((s) => `site ${s}`)].join(", ") || "\u2014";
}
function seriesLine(series) {
  const first = series.occurrences[0];
  const last = series.occurrences[series.occurrences.length - 1];
  const span = first && last ? `${series.occurrences.length} occurrence(s), ${dayLabel(first.date)} to ${dayLabel(last.date)}` : "no occurrence";
  const odd = series.occurrences.filter((o) => first && o.end - o.start !== first.end - first.start);
  const clocks = odd.length > 0 ? `; the clocks change on ${odd.map((o) => `${dayLabel(o.date)} (${Math.round((o.end - o.start) / 6e4)} min)`).join(", ")}` : "";
  return `- ${cell(series.title)}, ${series.spec.timeZone}: ${span}${clocks}`;
}
function renderMarkdown(schedule) {
  const zone = schedule.timeZone;
  const out = [];
  out.push(`# Schedule of change: ${cell(schedule.calendarId)}`, "");
  out.push(`From ${formatInstant(schedule.from, zone)} to ${formatInstant(schedule.to, zone)}; as of ${formatInstant(schedule.asOf, zone)}. Times are local to ${zone}.`, "");
  out.push(`Verdict of the repository: **${schedule.verdict.toUpperCase()}**. ${schedule.steps.length} step(s) on ${new Set(schedule.steps.map((s) => s.night)).size} night(s).`, "");
  if (schedule.freezes.length > 0) {
    out.push("## Freezes: no change may run", "", "| Freeze | From | To | Reason |", "| --- | --- | --- | --- |");
    for (const f of schedule.freezes) out.push(`| **${cell(f.id)}** | ${formatInstant(f.start, zone)} | ${formatInstant(f.end, zone)} | ${cell(f.reason)} |`);
    out.push("");
  }
  const nights = nightsOf(schedule);
  out.push("## Nights", "");
  if (nights.length === 0) out.push("No step of a planned change request runs in this range.", "");
  for (const night of nights) {
    out.push(`### Night of ${night.label}`, "");
    for (const f of night.freezes) out.push(`> **FREEZE ${cell(f.id)}** in force: ${cell(f.reason)}`, "");
    const windows = night.windows.map((o) => `${clockText(o.start, zone, night.date)}\u2013${clockText(o.end, zone, night.date)}`);
    out.push(`Window: ${windows.length > 0 ? windows.join(", ") : "**none open during these steps**"}. Next traffic peak: ${night.nextPeak ? `${dayLabel(night.nextPeak.date)} ${clockText(night.nextPeak.start, zone)}` : "none in range"}.`, "");
    out.push("| Time | Change | Step | Action | Targets | Owner | Verdict | State |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const s of night.steps) {
      const blocking = s.blockingFindings > 0 ? ` (${s.blockingFindings} blocking)` : "";
      const outside = s.insideWindow ? "" : " **outside every window**";
      out.push(
        `| ${clockText(s.start, zone, night.date)}\u2013${clockText(s.end, zone, night.date)}${outside} | ${cell(s.changeId)} | ${cell(s.stepId)} | ${s.action} | ${cell(targets(s))} | ${cell(s.owner)} | ${VERDICT[s.changeStatus] ?? s.changeStatus}${blocking} | ${s.changeState}, step ${s.execution} |`
      );
    }
    out.push("");
  }
  out.push("## Maintenance windows", "");
  out.push(...schedule.windows.length > 0 ? schedule.windows.map(seriesLine) : ["None in this range."], "");
  out.push("## Daily traffic peaks", "");
  out.push(...schedule.peaks.length > 0 ? schedule.peaks.map(seriesLine) : ["None in this range."], "");
  return out.join("\n");
}
export {
  renderMarkdown
};
