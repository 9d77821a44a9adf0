import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  isoInstant
} from "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/json.ts
function seriesJson(series) {
  return {
    uid: series.uid,
    kind: series.kind,
    title: series.title,
    days: series.spec.days,
    start: series.spec.start,
    end: series.spec.end,
    timeZone: series.spec.timeZone,
    occurrences: series.occurrences.map((o) => ({ date: o.date, dayType: o.dayType, start: isoInstant(o.start, series.spec.timeZone), end: isoInstant(o.end, series.spec.timeZone) }))
  };
}
function renderJson(schedule) {
  const zone = schedule.timeZone;
  const document = {
    kind: "ChangeSchedule",
    calendarId: schedule.calendarId,
    from: isoInstant(schedule.from, zone),
    to: isoInstant(schedule.to, zone),
    asOf: isoInstant(schedule.asOf, zone),
    verdict: schedule.verdict,
    timeZone: zone,
    steps: schedule.steps.map((s) => ({
      uid: s.uid,
      change: s.changeId,
      changeTitle: s.changeTitle,
      owner: s.owner,
      changeState: s.changeState,
      changeStatus: s.changeStatus,
      step: s.stepId,
      action: s.action,
      ...s.description !== void 0 ? { description: s.description } : {},
      targets: s.targets,
      start: isoInstant(s.start, s.timeZone),
      end: isoInstant(s.end, s.timeZone),
      timeZone: s.timeZone,
      night: s.night,
      insideWindow: s.insideWindow,
      execution: s.execution,
      blockingFindings: s.blockingFindings,
      findings: s.findings,
      file: s.file,
      line: s.line,
      revision: s.revision
    })),
    freezes: schedule.freezes.map((f) => ({ uid: f.uid, id: f.id, reason: f.reason, start: isoInstant(f.start, f.timeZone), end: isoInstant(f.end, f.timeZone) })),
    maintenanceWindows: schedule.windows.map(seriesJson),
    trafficPeaks: schedule.peaks.map(seriesJson)
  };
  return JSON.stringify(document, null, 2) + "\n";
}
export {
  renderJson
};
