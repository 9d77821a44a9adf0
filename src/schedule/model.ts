// The forward schedule of change: every step of the planned change requests in a range of time, with the
// freezes, maintenance windows and daily traffic peaks around them, drawn from one evaluation so the
// calendar shows the same verdicts as `changegate check`. Formatters (ics, md, html, json) only render it.
import { createHash } from 'node:crypto';
import type { Evaluation } from '../engine/evaluate.ts';
import type { DayType, Network, StepAction } from '../model/types.ts';
import { dailyPeaks } from '../timeline/build.ts';
import { stepExecution } from '../timeline/execution.ts';
import type { ExecutionStatus } from '../timeline/execution.ts';
import { localParts } from '../core/time.ts';
import { locate } from '../load/yaml.ts';
import { localClockInstant } from '../core/time.ts';
import { addDays, occurrencesOf } from './series.ts';
import type { DailySpec, Occurrence } from './series.ts';

export const MAX_RANGE_DAYS = 366;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface ScheduleOptions {
  from: number;
  to: number;
  /** The instant the schedule is drawn as of (DTSTAMP, the execution record's reading). */
  asOf: number;
  /** Identity of the repository, part of every UID so two repositories' calendars never collide. */
  calendarId: string;
}

export interface ScheduledStep {
  uid: string;
  changeId: string;
  changeTitle: string;
  owner: string;
  changeState: string;
  /** The change request's own result in the evaluation (pass, warn, fail, not evaluated). */
  changeStatus: string;
  stepId: string;
  action: StepAction;
  description?: string;
  targets: { sites: string[]; callServers: string[]; trunks: string[] };
  /** The planned window. */
  start: number;
  end: number;
  /** The zone the window was written in. */
  timeZone: string;
  execution: ExecutionStatus;
  /** Blocking findings (errors, not waived) about this step. */
  blockingFindings: number;
  /** Findings in force about this step, "rule-id: message", in the evaluation's order. */
  findings: string[];
  file: string;
  line: number;
  /** Content hash of the change request (changes when anything but its approvals or state does). */
  revision: string;
  /** Local date (policy zone) of the evening the step's night begins: steps are grouped by night. */
  night: string;
  /** True when the step lies inside one occurrence of a policy maintenance window. */
  insideWindow: boolean;
}

export interface ScheduledFreeze {
  uid: string;
  id: string;
  reason: string;
  start: number;
  end: number;
  timeZone: string;
}

export interface DailySeries {
  uid: string;
  kind: 'window' | 'peak';
  title: string;
  description: string;
  spec: DailySpec;
  occurrences: Occurrence[];
}

export interface Schedule {
  from: number;
  to: number;
  asOf: number;
  calendarId: string;
  verdict: Evaluation['verdict'];
  /** Zone of the policy: nights, freezes and windows are read in it. */
  timeZone: string;
  steps: ScheduledStep[];
  freezes: ScheduledFreeze[];
  windows: DailySeries[];
  peaks: DailySeries[];
}

/** A UID from identities only (never from times), so a re-import updates an event instead of duplicating it. */
export function uidOf(calendarId: string, ...parts: string[]): string {
  const hash = createHash('sha256').update([calendarId, ...parts].join('\u0000')).digest('hex').slice(0, 32);
  const readable = parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  return `${readable}-${hash}@changegate`;
}

/** The local date whose evening starts the night holding `instant` (before noon belongs to the previous evening). */
export function nightOf(instant: number, timeZone: string): string {
  return localParts(instant - 12 * HOUR, timeZone).date;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function peakSeries(network: Network, options: ScheduleOptions, fromDate: string, toDate: string): DailySeries[] {
  const zone = network.forecast.timeZone;
  // The timeline's own peaks (its busiest hour per day type), grouped by the hour they start at.
  const hours = new Map<number, Set<DayType>>();
  // Every day type's peak hour shows in the first eight days (weekdays, a weekend) and on each holiday
  // of the range; asking the timeline about those days only keeps a year's schedule from reading the
  // zone's offset at every hour of the year.
  const spans: [number, number][] = [[options.from - DAY, Math.min(options.to, options.from + 8 * DAY) + DAY]];
  for (const holiday of network.forecast.holidays) {
    const start = localClockInstant(holiday, 0, 0, zone);
    if (start < options.to + DAY && start + DAY > options.from - DAY) spans.push([start, start + DAY]);
  }
  for (const peak of spans.flatMap(([start, end]) => dailyPeaks(network, start, end))) {
    const parts = localParts(peak, zone);
    const dayType = network.forecast.holidays.has(parts.date) ? 'holiday' : parts.weekday >= 6 ? 'weekend' : 'weekday';
    if (!hours.has(parts.hour)) hours.set(parts.hour, new Set());
    hours.get(parts.hour)?.add(dayType);
  }
  const order: DayType[] = ['weekday', 'weekend', 'holiday'];
  return [...hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, set]) => {
      const days = order.filter((d) => set.has(d));
      const spec: DailySpec = { days, start: `${pad2(hour)}:00`, end: hour === 23 ? '24:00' : `${pad2(hour + 1)}:00`, timeZone: zone };
      return {
        uid: uidOf(options.calendarId, 'peak', days.join('+'), spec.start),
        kind: 'peak' as const,
        title: `Traffic peak ${spec.start}–${spec.end} (${days.join(', ')})`,
        description: `Busiest forecast hour of the ${days.join(' / ')} profile in ${zone}. Unproven changes soak across it; steps keep clear of the hours before it.`,
        spec,
        occurrences: occurrencesOf(spec, fromDate, toDate, network.forecast.holidays, options.from, options.to),
      };
    })
    .filter((s) => s.occurrences.length > 0);
}

export function buildSchedule(evaluation: Evaluation, options: ScheduleOptions): Schedule {
  const network = evaluation.network;
  if (!network) throw new Error('the repository could not be modelled; there is no schedule to draw');
  const zone = network.policy.timeZone;
  const status = new Map(evaluation.changes.map((c) => [c.id, c.status]));
  const findingsOf = new Map<string, Evaluation['findings']>();
  for (const f of evaluation.findings) {
    if (f.changeId === undefined || f.stepId === undefined) continue;
    const key = `${f.changeId}#${f.stepId}`;
    const list = findingsOf.get(key) ?? [];
    list.push(f);
    findingsOf.set(key, list);
  }
  const steps: ScheduledStep[] = [];
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
        changeStatus: status.get(change.id) ?? 'not evaluated',
        stepId: step.id,
        action: step.action,
        ...(step.description !== undefined ? { description: step.description } : {}),
        targets: step.targets,
        start: step.window.start,
        end: step.window.end,
        timeZone: step.window.timeZone,
        execution: execution.status,
        blockingFindings: own.filter((f) => f.severity === 'error').length,
        findings: own.map((f) => `${f.ruleId}: ${f.message}`),
        file: change.file,
        line: lineOf(evaluation, step.at.file, step.at.pointer),
        revision: change.revision,
        night: nightOf(step.window.start, zone),
        insideWindow: false,
      });
    }
  }
  steps.sort((a, b) => a.start - b.start || a.end - b.end || a.changeId.localeCompare(b.changeId) || a.stepId.localeCompare(b.stepId));

  const freezes = network.policy.freezePeriods
    .filter((f) => f.end > options.from && f.start < options.to)
    .map((f) => ({ uid: uidOf(options.calendarId, 'freeze', f.id), id: f.id, reason: f.reason, start: f.start, end: f.end, timeZone: zone }))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

  // Windows open on the day before the range too: a night window opening then may still be open at its start.
  const fromDate = addDays(localParts(options.from, zone).date, -1);
  const toDate = localParts(options.to, zone).date;
  // A window is named by what it says (days and hours), not by its place in the policy: reordering the
  // policy keeps the UIDs, and a window written twice is one series.
  const distinct = new Map(network.policy.maintenanceWindows.map((w) => [`${w.days.join('+')} ${w.start} ${w.end}`, w]));
  const windows = [...distinct.values()]
    .map((w) => {
      const spec: DailySpec = { days: [...w.days], start: w.start, end: w.end, timeZone: zone };
      return {
        uid: uidOf(options.calendarId, 'window', w.days.join('+'), w.start, w.end),
        kind: 'window' as const,
        title: `Maintenance window ${w.start}–${w.end} (${w.days.join(', ')})`,
        description: `Steps on the interconnect may run in this window (policy, ${zone}), unless a freeze or the run-up to a traffic peak says otherwise; a step and its rollback must fit inside it.`,
        spec,
        occurrences: occurrencesOf(spec, fromDate, toDate, network.forecast.holidays, options.from, options.to),
      };
    })
    .filter((s) => s.occurrences.length > 0);
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
    peaks: peakSeries(network, options, peakFromDate, peakToDate),
  };
}

function lineOf(evaluation: Evaluation, file: string, pointer: string): number {
  const doc = evaluation.documents.get(file);
  return doc ? locate(doc, pointer).line : 1;
}
