// The schedule as an iCalendar stream (RFC 5545) a NOC calendar can subscribe to or import.
// - Every time is written in its own zone (TZID) with a VTIMEZONE holding that zone's transitions over
//   the range; an instant whose local reading the clocks show twice is written in UTC.
// - UIDs come from identities (repository, change, step), never from times, so a moved step updates.
// - Windows and peaks recur: RRULE by weekday, EXDATE for the days that do not open (holidays),
//   RDATE for holidays that do, and an overriding instance (RECURRENCE-ID) wherever a daylight-saving
//   change makes an occurrence shorter or longer than the first. A series whose start time the clocks
//   skip or repeat on some day is written expanded, one event per occurrence.
// - DTSTAMP is the schedule's as-of instant; SEQUENCE counts changes against a previous calendar, and
//   an event gone since that calendar is repeated as cancelled until it is over.
import { createHash } from 'node:crypto';
import { VERSION } from '../core/version.ts';
import { parseInstant, wallClockInstants, zoneOf } from '../core/time.ts';
import { escapeText, joinLines } from './content-lines.ts';
import type { DailySeries, Schedule, ScheduledFreeze, ScheduledStep } from './model.ts';
import { addDays, weekdayOf } from './series.ts';
import type { Occurrence } from './series.ts';
import { vtimezoneLines, wallText } from './vtimezone.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What a previous calendar said about an event, keyed by UID (and `|RECURRENCE-ID` for an instance). */
export interface PreviousEvent {
  uid: string;
  sequence: number;
  hash: string;
  /** The event's content lines, unfolded, for a single event (no recurrence): what a cancellation repeats. */
  lines?: string[];
}

export interface IcsOptions {
  previous?: ReadonlyMap<string, PreviousEvent>;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

class Writer {
  private readonly span = new Map<string, { min: number; max: number }>();

  /**
   * `NAME;TZID=zone:local` when the local reading names `ms` alone, else `NAME:utcZ`. A reading the clocks
   * show twice is never written: RFC 5545 says it means the first pass, but readers differ (ical.js
   * takes the second), and a step an hour off is worse than a step shown in UTC.
   */
  dateTime(name: string, ms: number, zoneName: string): string {
    const zone = zoneOf(zoneName);
    if (zone) {
      const offset = zone.offset(ms);
      const instants = wallClockInstants(ms + offset * MINUTE, zone);
      if (instants.length === 1 && instants[0] === ms) {
        this.cover(zoneName, ms);
        return `${name};TZID=${zoneName}:${wallText(ms, offset)}`;
      }
    }
    return `${name}:${wallText(ms, 0)}Z`;
  }

  /** A list property (EXDATE, RDATE) of local readings in one zone. */
  dateTimes(name: string, instants: number[], zoneName: string): string {
    const zone = zoneOf(zoneName);
    if (!zone) throw new Error(`"${zoneName}" is not an IANA time zone`);
    for (const ms of instants) this.cover(zoneName, ms);
    return `${name};TZID=${zoneName}:${instants.map((ms) => wallText(ms, zone.offset(ms))).join(',')}`;
  }

  cover(zoneName: string, ms: number): void {
    const known = this.span.get(zoneName);
    if (!known) this.span.set(zoneName, { min: ms, max: ms });
    else {
      known.min = Math.min(known.min, ms);
      known.max = Math.max(known.max, ms);
    }
  }

  timezones(): string[] {
    return [...this.span.keys()].sort().flatMap((zone) => {
      const { min, max } = this.span.get(zone) as { min: number; max: number };
      return vtimezoneLines(zone, min - DAY, max + DAY);
    });
  }
}

function utcStamp(ms: number): string {
  return `${wallText(ms, 0)}Z`;
}

/** Wraps an event's properties with UID, DTSTAMP and SEQUENCE (bumped when the content differs from the previous calendar's). */
function event(uid: string, body: string[], schedule: Schedule, options: IcsOptions, recurrenceId?: string): string[] {
  const hash = createHash('sha256').update(body.join('\n')).digest('hex').slice(0, 16);
  const previous = options.previous?.get(recurrenceId === undefined ? uid : `${uid}|${recurrenceId}`);
  const sequence = previous === undefined ? 0 : previous.hash === hash ? previous.sequence : previous.sequence + 1;
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${utcStamp(schedule.asOf)}`, `SEQUENCE:${sequence}`, ...body, `X-CHANGEGATE-HASH:${hash}`, 'END:VEVENT'];
}

const STATUS_TAG: Record<string, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'not evaluated': 'NOT EVALUATED' };

function targetsText(step: ScheduledStep): string {
  return [...step.targets.callServers, ...step.targets.trunks, ...step.targets.sites.map((s) => `site ${s}`)].join(', ') || 'no targets';
}

function stepEvent(step: ScheduledStep, schedule: Schedule, writer: Writer, options: IcsOptions): string[] {
  const findings = step.findings.length === 0 ? ['Findings on this step: none.'] : [`Findings on this step (${step.findings.length}, ${step.blockingFindings} blocking):`, ...step.findings.slice(0, 20).map((f) => `- ${f}`)];
  if (step.findings.length > 20) findings.push(`- … and ${step.findings.length - 20} more (changegate check)`);
  const description = [
    `${step.changeId}: ${step.changeTitle}`,
    `Step ${step.stepId}: ${step.action} on ${targetsText(step)}`,
    ...(step.description !== undefined ? [step.description] : []),
    `Owner: ${step.owner}. Change state: ${step.changeState}. Verdict of the change: ${step.changeStatus}. Step as of the schedule: ${step.execution}.`,
    ...findings,
    `Source: ${step.file}:${step.line} (revision ${step.revision}).`,
  ].join('\n');
  const body = [
    writer.dateTime('DTSTART', step.start, step.timeZone),
    writer.dateTime('DTEND', step.end, step.timeZone),
    `SUMMARY:${escapeText(`[${STATUS_TAG[step.changeStatus] ?? step.changeStatus}] ${step.changeId} ${step.stepId} ${step.action}: ${targetsText(step)}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(step.targets.sites.length > 0 ? [`LOCATION:${escapeText(step.targets.sites.join(', '))}`] : []),
    `CATEGORIES:changegate,change-step,${step.action}`,
    `STATUS:${step.changeState === 'proposed' || step.changeState === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
  ];
  return event(step.uid, body, schedule, options);
}

function freezeEvent(freeze: ScheduledFreeze, schedule: Schedule, writer: Writer, options: IcsOptions): string[] {
  const body = [
    writer.dateTime('DTSTART', freeze.start, freeze.timeZone),
    writer.dateTime('DTEND', freeze.end, freeze.timeZone),
    `SUMMARY:${escapeText(`FREEZE ${freeze.id}: no change on the voice core`)}`,
    `DESCRIPTION:${escapeText(`${freeze.reason}\nNo step may run during a freeze period (policy).`)}`,
    'CATEGORIES:changegate,freeze',
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
  ];
  return event(freeze.uid, body, schedule, options);
}

function seriesBody(series: DailySeries): string[] {
  return [
    `SUMMARY:${escapeText(series.title)}`,
    `DESCRIPTION:${escapeText(series.description)}`,
    `CATEGORIES:changegate,${series.kind === 'window' ? 'maintenance-window' : 'traffic-peak'}`,
    'TRANSP:TRANSPARENT',
  ];
}

function byDayOf(series: DailySeries): number[] {
  const weekdays: number[] = [];
  if (series.spec.days.includes('weekday')) weekdays.push(1, 2, 3, 4, 5);
  if (series.spec.days.includes('weekend')) weekdays.push(6, 7);
  return weekdays;
}

/** True when every occurrence starts at the series' wall-clock time, and that reading names one instant. */
function startsAreRegular(series: DailySeries, writer: Writer): boolean {
  return series.occurrences.every((o) => writer.dateTime('X', o.start, series.spec.timeZone) === `X;TZID=${series.spec.timeZone}:${o.date.replace(/-/g, '')}T${series.spec.start.replace(':', '')}00`);
}

function seriesEvents(series: DailySeries, schedule: Schedule, writer: Writer, options: IcsOptions): string[] {
  const zone = series.spec.timeZone;
  const occurrences = series.occurrences;
  const [first] = occurrences;
  if (!first) return [];
  const byDay = byDayOf(series);
  const regular = startsAreRegular(series, writer) && (byDay.length === 0 || byDay.includes(weekdayOf(first.date)));
  if (!regular) {
    return occurrences.flatMap((o) =>
      event(series.uid.replace('@', `-${o.date}@`), [writer.dateTime('DTSTART', o.start, zone), writer.dateTime('DTEND', o.end, zone), ...seriesBody(series)], schedule, options),
    );
  }
  const duration = first.end - first.start;
  const last = occurrences[occurrences.length - 1] as Occurrence;
  const byDate = new Map(occurrences.map((o) => [o.date, o]));
  const exdates: number[] = [];
  const rdates: number[] = [];
  const overrides: Occurrence[] = [];
  if (byDay.length > 0) {
    // Every date the rule generates between the first and the last occurrence that does not open is excluded.
    for (const o of occurrences) if (!byDay.includes(weekdayOf(o.date))) rdates.push(o.start);
    for (let date = first.date; date <= last.date; date = addDays(date, 1)) {
      if (byDay.includes(weekdayOf(date)) && !byDate.has(date)) exdates.push(regularStart(date, series));
    }
    // Without a weekly rule every occurrence is an RDATE, the first included: RFC 5545 counts DTSTART once
    // whether or not it is listed, and some readers (ical.js) skip a DTSTART that no RRULE or RDATE yields.
  } else for (const o of occurrences) rdates.push(o.start);
  for (const o of occurrences) if (o.end - o.start !== duration) overrides.push(o);
  const master = [
    writer.dateTime('DTSTART', first.start, zone),
    writer.dateTime('DTEND', first.end, zone),
    ...(byDay.length > 0 && occurrences.length > 1 ? [`RRULE:FREQ=WEEKLY;BYDAY=${byDay.map((d) => BYDAY[d - 1]).join(',')};UNTIL=${utcStamp(last.start)}`] : []),
    ...(exdates.length > 0 ? [writer.dateTimes('EXDATE', exdates.sort((a, b) => a - b), zone)] : []),
    ...(rdates.length > 0 && occurrences.length > 1 ? [writer.dateTimes('RDATE', rdates, zone)] : []),
    ...seriesBody(series),
  ];
  const lines = event(series.uid, master, schedule, options);
  for (const o of overrides) {
    const recurrenceId = writer.dateTime('RECURRENCE-ID', o.start, zone);
    const note = `${series.description}\nThe clocks change this day: this occurrence lasts ${Math.round((o.end - o.start) / MINUTE)} minutes.`;
    lines.push(
      ...event(series.uid, [recurrenceId, writer.dateTime('DTSTART', o.start, zone), writer.dateTime('DTEND', o.end, zone), ...seriesBody(series).map((l) => (l.startsWith('DESCRIPTION:') ? `DESCRIPTION:${escapeText(note)}` : l))], schedule, options, recurrenceId.slice(recurrenceId.indexOf(':') + 1)),
    );
  }
  return lines;
}

/** The instant the series' rule generates on `date` (its start time read in its zone; regular series only). */
function regularStart(date: string, series: DailySeries): number {
  const zone = zoneOf(series.spec.timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = series.spec.start.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const [first] = zone ? wallClockInstants(wall, zone) : [wall];
  return first ?? wall;
}

const LOCAL_READING = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;

/** The instant of a DTSTART or DTEND line this module wrote (`;TZID=zone:local` or `:utcZ`), and its zone. */
function instantOfLine(line: string): { ms: number; zone?: string } | undefined {
  const m = /^DT(?:START|END)(?:;TZID=([^:;]+))?:(\d{8}T\d{6})(Z?)$/.exec(line);
  const parts = m ? LOCAL_READING.exec(m[2] as string) : null;
  if (!m || !parts) return undefined;
  const [, y, mo, d, h, mi, sec] = parts;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}`;
  if (m[3] === 'Z' || m[1] === undefined) return { ms: Date.parse(`${iso}Z`) };
  const parsed = parseInstant(iso, m[1]);
  return parsed.ok ? { ms: parsed.ms, zone: m[1] } : undefined;
}

/**
 * Events of the previous calendar that are gone (a step deleted, a change cancelled, a freeze lifted)
 * and not yet over: repeated once more as cancelled, so a calendar that imported them marks them
 * cancelled instead of keeping a change that will not happen. Over events are dropped.
 */
function cancelledEvents(current: ReadonlySet<string>, schedule: Schedule, writer: Writer, options: IcsOptions): string[] {
  const lines: string[] = [];
  const gone = [...(options.previous?.entries() ?? [])].filter(([key, event]) => !current.has(key) && event.lines !== undefined).sort(([a], [b]) => a.localeCompare(b));
  for (const [, old] of gone) {
    const previousLines = old.lines as string[];
    const start = previousLines.map((l) => (l.startsWith('DTSTART') ? instantOfLine(l) : undefined)).find((x) => x !== undefined);
    const end = previousLines.map((l) => (l.startsWith('DTEND') ? instantOfLine(l) : undefined)).find((x) => x !== undefined);
    if (!start || !end || end.ms <= schedule.from) continue;
    if (start.zone) writer.cover(start.zone, start.ms);
    if (end.zone) writer.cover(end.zone, end.ms);
    const body = previousLines
      .filter((l) => !/^(UID|DTSTAMP|SEQUENCE|X-CHANGEGATE-HASH)[;:]/.test(l))
      .map((l) => (l.startsWith('STATUS:') ? 'STATUS:CANCELLED' : l.startsWith('SUMMARY:') && !l.startsWith('SUMMARY:CANCELLED ') ? `SUMMARY:CANCELLED ${l.slice('SUMMARY:'.length)}` : l));
    lines.push(...event(old.uid, body, schedule, options));
  }
  return lines;
}

export function renderIcs(schedule: Schedule, options: IcsOptions = {}): string {
  const writer = new Writer();
  const events = [
    ...schedule.steps.flatMap((s) => stepEvent(s, schedule, writer, options)),
    ...schedule.freezes.flatMap((f) => freezeEvent(f, schedule, writer, options)),
    ...schedule.windows.flatMap((w) => seriesEvents(w, schedule, writer, options)),
    ...schedule.peaks.flatMap((p) => seriesEvents(p, schedule, writer, options)),
  ];
  if (options.previous) {
    const current = new Set<string>();
    let uid = '';
    for (const line of events) {
      if (line.startsWith('UID:')) current.add((uid = line.slice(4)));
      else if (line.startsWith('RECURRENCE-ID')) current.add(`${uid}|${line.slice(line.indexOf(':') + 1)}`);
    }
    events.push(...cancelledEvents(current, schedule, writer, options));
  }
  const name = `changegate schedule (${schedule.calendarId})`;
  return joinLines([
    'BEGIN:VCALENDAR',
    `PRODID:-//changegate//changegate ${VERSION}//EN`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${schedule.timeZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...writer.timezones(),
    ...events,
    'END:VCALENDAR',
  ]);
}
