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
import {
  escapeHtml
} from "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/html.ts
var e = escapeHtml;
var STYLE = `
:root { color-scheme: dark light; --bg: #101418; --fg: #f2f4f6; --muted: #aab4bf; --card: #1b2229; --line: #34404c;
  --fail: #ff6b6b; --warn: #ffc24b; --pass: #6fdc8c; --freeze-bg: #5a1010; --freeze-fg: #fff; }
@media (prefers-color-scheme: light) { :root { --bg: #fff; --fg: #111; --muted: #444; --card: #f4f6f8; --line: #c9d1d9;
  --fail: #b00020; --warn: #8a5a00; --pass: #106b2b; --freeze-bg: #b00020; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem; background: var(--bg); color: var(--fg); font: 18px/1.45 system-ui, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.night { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; }
.night h2 { margin: 0 0 .25rem; }
.freeze { background: var(--freeze-bg); color: var(--freeze-fg); font-weight: 700; padding: .5rem .75rem; border-radius: 6px; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-top: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; font-size: .9rem; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 700; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-weight: 700; border: 2px solid currentColor; }
.fail { color: var(--fail); } .warn { color: var(--warn); } .pass { color: var(--pass); } .unknown { color: var(--fail); }
.muted { color: var(--muted); }
ul { padding-left: 1.25rem; }
body, td { overflow-wrap: break-word; }
.badge, td.time { white-space: nowrap; }
/* On a phone each step is a block of lines instead of a row of seven columns. */
@media (max-width: 720px) {
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr.step { border-top: 1px solid var(--line); padding: .5rem 0; }
  td { border: 0; padding: .1rem 0; }
}
`;
var BADGE = { pass: ["pass", "PASS"], warn: ["warn", "WARN"], fail: ["fail", "FAIL"], "not evaluated": ["unknown", "NOT EVALUATED"] };
function badge(status) {
  const [cls, text] = BADGE[status] ?? ["unknown", status.toUpperCase()];
  return `<span class="badge ${cls}">${e(text)}</span>`;
}
function targets(step) {
  return [...step.targets.callServers, ...step.targets.trunks, ...step.targets.sites.map((s) => `site ${s}`)].join(", ") || "\u2014";
}
function seriesItem(series) {
  const first = series.occurrences[0];
  const last = series.occurrences[series.occurrences.length - 1];
  const odd = series.occurrences.filter((o) => first && o.end - o.start !== first.end - first.start);
  const clocks = odd.length > 0 ? `; clocks change on ${odd.map((o) => `${dayLabel(o.date)} (${Math.round((o.end - o.start) / 6e4)} min)`).join(", ")}` : "";
  return `<li>${e(series.title)} <span class="muted">${e(series.spec.timeZone)}: ${series.occurrences.length} occurrence(s)${first && last ? `, ${e(dayLabel(first.date))} to ${e(dayLabel(last.date))}` : ""}${e(clocks)}</span></li>`;
}
function renderHtml(schedule) {
  const zone = schedule.timeZone;
  const nights = nightsOf(schedule);
  const body = [];
  body.push(`<h1>Schedule of change</h1>`);
  body.push(
    `<p class="meta">${e(schedule.calendarId)} \xB7 ${e(formatInstant(schedule.from, zone))} to ${e(formatInstant(schedule.to, zone))} \xB7 as of ${e(formatInstant(schedule.asOf, zone))} \xB7 times local to ${e(zone)}</p>`
  );
  body.push(`<p>Verdict of the repository: ${badge(schedule.verdict === "error" ? "not evaluated" : schedule.verdict)} \xB7 ${schedule.steps.length} step(s) on ${nights.length} night(s)</p>`);
  for (const f of schedule.freezes) {
    body.push(`<div class="freeze" role="alert">FREEZE ${e(f.id)}: ${e(formatInstant(f.start, zone))} to ${e(formatInstant(f.end, zone))}. ${e(f.reason)}</div>`);
  }
  if (nights.length === 0) body.push("<p>No step of a planned change request runs in this range.</p>");
  for (const night of nights) {
    const windows = night.windows.map((o) => `${clockText(o.start, zone, night.date)}\u2013${clockText(o.end, zone, night.date)}`);
    const rows = night.steps.map(
      (s) => `<tr class="step"><td class="time">${e(clockText(s.start, zone, night.date))}\u2013${e(clockText(s.end, zone, night.date))}${s.insideWindow ? "" : '<br><span class="fail outside">outside every window</span>'}</td><td>${badge(s.changeStatus)}${s.blockingFindings > 0 ? ` <span class="fail">${s.blockingFindings} blocking</span>` : ""}</td><td><b>${e(s.changeId)}</b> ${e(s.stepId)}<br><span class="muted">${e(s.changeTitle)}</span></td><td>${e(s.action)}</td><td>${e(targets(s))}</td><td>${e(s.owner)}</td><td>${e(s.changeState)}<br><span class="muted">step ${e(s.execution)}</span></td></tr>`
    );
    body.push(
      `<section class="night" id="night-${e(night.date)}"><h2>Night of ${e(night.label)}</h2>`,
      ...night.freezes.map((f) => `<div class="freeze" role="alert">FREEZE ${e(f.id)} in force: ${e(f.reason)}</div>`),
      `<p class="muted">Window: ${windows.length > 0 ? e(windows.join(", ")) : '<b class="fail">none open during these steps</b>'} \xB7 next traffic peak: ${night.nextPeak ? e(`${dayLabel(night.nextPeak.date)} ${clockText(night.nextPeak.start, zone)}`) : "none in range"}</p>`,
      `<table><thead><tr><th>Time</th><th>Verdict</th><th>Change / step</th><th>Action</th><th>Targets</th><th>Owner</th><th>State</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`
    );
  }
  body.push("<h2>Maintenance windows</h2>", schedule.windows.length > 0 ? `<ul>${schedule.windows.map(seriesItem).join("")}</ul>` : "<p>None in this range.</p>");
  body.push("<h2>Daily traffic peaks</h2>", schedule.peaks.length > 0 ? `<ul>${schedule.peaks.map(seriesItem).join("")}</ul>` : "<p>None in this range.</p>");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Schedule of change: ${e(schedule.calendarId)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}
export {
  renderHtml
};
