// The schedule as JSON for scripts: instants as ISO 8601 with the offset of the zone each was planned in,
// windows and peaks expanded to their occurrences in the range.
import { isoInstant } from '../core/time.ts';
import type { DailySeries, Schedule } from './model.ts';

function seriesJson(series: DailySeries) {
  return {
    uid: series.uid,
    kind: series.kind,
    title: series.title,
    days: series.spec.days,
    start: series.spec.start,
    end: series.spec.end,
    timeZone: series.spec.timeZone,
    occurrences: series.occurrences.map((o) => ({ date: o.date, dayType: o.dayType, start: isoInstant(o.start, series.spec.timeZone), end: isoInstant(o.end, series.spec.timeZone) })),
  };
}

export function renderJson(schedule: Schedule): string {
  const zone = schedule.timeZone;
  const document = {
    kind: 'ChangeSchedule',
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
      ...(s.description !== undefined ? { description: s.description } : {}),
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
      revision: s.revision,
    })),
    freezes: schedule.freezes.map((f) => ({ uid: f.uid, id: f.id, reason: f.reason, start: isoInstant(f.start, f.timeZone), end: isoInstant(f.end, f.timeZone) })),
    maintenanceWindows: schedule.windows.map(seriesJson),
    trafficPeaks: schedule.peaks.map(seriesJson),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
