import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  addDays,
  occurrencesOf
} from "./cli-chunk-GN6EBSOL.js";
import {
  dailyPeaks
} from "./cli-chunk-TO5V6PRQ.js";
import {
  stepExecution
} from "./cli-chunk-IK2H635M.js";
import {
  localClockInstant,
  localParts
} from "./cli-chunk-45VVUP2D.js";
import {
  locate
} from "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/model.ts
import { createHash } from "node:crypto";
var MAX_RANGE_DAYS = 366;
var DAY = 864e5;
var HOUR = 36e5;
function uidOf(calendarId, ...parts) {
  const hash = createHash("sha256").update([calendarId, ...parts].join("\0")).digest("hex").slice(0, 32);
  const readable = parts.join("-").replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60);
  return `${readable}-${hash}@changegate`;
}
function nightOf(instant, timeZone) {
  return localParts(instant - 12 * HOUR, timeZone).date;
}
var pad2 = (n) => String(n).padStart(2, "0");
function peakSeries(network, options, fromDate, toDate) {
  const zone = network.forecast.timeZone;
  const hours = /* @__PURE__ */ new Map();
  const spans = [[options.from - DAY, Math.min(options.to, options.from + 8 * DAY) + DAY]];
  for (const holiday of network.forecast.holidays) {
    const start = localClockInstant(holiday, 0, 0, zone);
    if (start < options.to + DAY && start + DAY > options.from - DAY) spans.push([start, start + DAY]);
  }
  for (const peak of spans.flatMap(([start, end]) => dailyPeaks(network, start, end))) {
    const parts = localParts(peak, zone);
    const dayType = network.forecast.holidays.has(parts.date) ? "holiday" : parts.weekday >= 6 ? "weekend" : "weekday";
    if (!hours.has(parts.hour)) hours.set(parts.hour, /* @__PURE__ */ new Set());
    hours.get(parts.hour)?.add(dayType);
  }
  const order = ["weekday", "weekend", "holiday"];
  return [...hours.entries()].sort(([a], [b]) => a - b).map(([hour, set]) => {
    const days = order.filter((d) => set.has(d));
    const spec = { days, start: `${pad2(hour)}:00`, end: hour === 23 ? "24:00" : `${pad2(hour + 1)}:00`, timeZone: zone };
    return {
      uid: uidOf(options.calendarId, "peak", days.join("+"), spec.start),
      kind: "peak",
      title: `Traffic peak ${spec.start}\u2013${spec.end} (${days.join(", ")})`,
      description: `Busiest forecast hour of the ${days.join(" / ")} profile in ${zone}. Unproven changes soak across it; steps keep clear of the hours before it.`,
      spec,
      occurrences: occurrencesOf(spec, fromDate, toDate, network.forecast.holidays, options.from, options.to)
    };
  }).filter((s) => s.occurrences.length > 0);
}
function buildSchedule(evaluation, options) {
  const network = evaluation.network;
  if (!network) throw new Error("the repository could not be modelled; there is no schedule to draw");
  const zone = network.policy.timeZone;
  const status = new Map(evaluation.changes.map((c) => [c.id, c.status]));
  const findingsOf = /* @__PURE__ */ new Map();
  for (const f of evaluation.findings) {
    if (f.changeId === void 0 || f.stepId === void 0) continue;
    const key = `${f.changeId}#${f.stepId}`;
    const list = findingsOf.get(key) ?? [];
    list.push(f);
    findingsOf.set(key, list);
  }
  const steps = [];
  for (const change of network.changes) {
    for (const step of change.steps) {
      if (step.window.end <= options.from || step.window.start >= options.to) continue;
      const own = findingsOf.get(`${change.id}#${step.id}`) ?? [];
      const execution = stepExecution(step, change.record?.steps.get(step.id), options.asOf);
      steps.push({
        uid: uidOf(options.calendarId, change.id, step.id),
        changeId: change.id,
        changeTitle: change.title,
        owner: change.owner,
        changeState: change.state,
        changeStatus: status.get(change.id) ?? "not evaluated",
        stepId: step.id,
        action: step.action,
        ...step.description !== void 0 ? { description: step.description } : {},
        targets: step.targets,
        start: step.window.start,
        end: step.window.end,
        timeZone: step.window.timeZone,
        execution: execution.status,
        blockingFindings: own.filter((f) => f.severity === "error").length,
        findings: own.map((f) => `${f.ruleId}: ${f.message}`),
        file: change.file,
        line: lineOf(evaluation, step.at.file, step.at.pointer),
        revision: change.revision,
        night: nightOf(step.window.start, zone),
        insideWindow: false
      });
    }
  }
  steps.sort((a, b) => a.start - b.start || a.end - b.end || a.changeId.localeCompare(b.changeId) || a.stepId.localeCompare(b.stepId));
  const freezes = network.policy.freezePeriods.filter((f) => f.end > options.from && f.start < options.to).map((f) => ({ uid: uidOf(options.calendarId, "freeze", f.id), id: f.id, reason: f.reason, start: f.start, end: f.end, timeZone: zone })).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const fromDate = addDays(localParts(options.from, zone).date, -1);
  const toDate = localParts(options.to, zone).date;
  const distinct = new Map(network.policy.maintenanceWindows.map((w) => [`${w.days.join("+")} ${w.start} ${w.end}`, w]));
  const windows = [...distinct.values()].map((w) => {
    const spec = { days: [...w.days], start: w.start, end: w.end, timeZone: zone };
    return {
      uid: uidOf(options.calendarId, "window", w.days.join("+"), w.start, w.end),
      kind: "window",
      title: `Maintenance window ${w.start}\u2013${w.end} (${w.days.join(", ")})`,
      description: `Steps on the interconnect may run in this window (policy, ${zone}), unless a freeze or the run-up to a traffic peak says otherwise; a step and its rollback must fit inside it.`,
      spec,
      occurrences: occurrencesOf(spec, fromDate, toDate, network.forecast.holidays, options.from, options.to)
    };
  }).filter((s) => s.occurrences.length > 0);
  for (const step of steps) step.insideWindow = windows.some((w) => w.occurrences.some((o) => o.start <= step.start && step.end <= o.end));
  const peakFromDate = addDays(localParts(options.from, network.forecast.timeZone).date, -1);
  const peakToDate = localParts(options.to, network.forecast.timeZone).date;
  return {
    from: options.from,
    to: options.to,
    asOf: options.asOf,
    calendarId: options.calendarId,
    verdict: evaluation.verdict,
    timeZone: zone,
    steps,
    freezes,
    windows,
    peaks: peakSeries(network, options, peakFromDate, peakToDate)
  };
}
function lineOf(evaluation, file, pointer) {
  const doc = evaluation.documents.get(file);
  return doc ? locate(doc, pointer).line : 1;
}
export {
  MAX_RANGE_DAYS,
  buildSchedule,
  nightOf,
  uidOf
};
