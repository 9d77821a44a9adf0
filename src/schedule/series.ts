// Daily recurring periods of the calendar (maintenance windows, traffic peaks): a local start and end time
// on the days of some day types, in one time zone. Occurrences are computed exactly, the way the
// maintenance-window rule reads a window: a time the clocks skip becomes the instant they jump, a time
// they repeat its first pass, and a window belongs to the local date it opens on.
import type { DayType } from '../model/types.ts';
import { localClockInstant } from '../core/time.ts';
import { dateOfText, dateText, dayTypeOf } from '../core/time.ts';

export interface DailySpec {
  days: DayType[];
  /** "HH:MM" local; `end` at or before `start` crosses midnight, "24:00" is the next midnight. */
  start: string;
  end: string;
  timeZone: string;
}

export interface Occurrence {
  /** Local date (YYYY-MM-DD) the occurrence opens on. */
  date: string;
  dayType: DayType;
  start: number;
  end: number;
}

export function addDays(date: string, days: number): string {
  const day = dateOfText(date);
  day.setUTCDate(day.getUTCDate() + days);
  return dateText(day);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return ((dateOfText(date).getUTCDay() + 6) % 7) + 1;
}

export function dayTypeOfDate(date: string, holidays: ReadonlySet<string>): DayType {
  return dayTypeOf({ date, hour: 0, minute: 0, weekday: weekdayOf(date) }, holidays);
}

function hhmm(text: string): [number, number] {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return [h, m];
}

/** The occurrence of `spec` opening on `date` (whatever its day type). */
export function occurrenceOn(spec: DailySpec, date: string, holidays: ReadonlySet<string>): Occurrence {
  const [sh, sm] = hhmm(spec.start);
  const [eh, em] = hhmm(spec.end);
  const start = localClockInstant(date, sh, sm, spec.timeZone);
  const closesNextDay = eh === 24 || eh * 60 + em <= sh * 60 + sm;
  const end = eh === 24 ? localClockInstant(addDays(date, 1), 0, 0, spec.timeZone) : localClockInstant(closesNextDay ? addDays(date, 1) : date, eh, em, spec.timeZone);
  return { date, dayType: dayTypeOfDate(date, holidays), start, end };
}

/** Occurrences opening on local dates `fromDate`..`toDate` whose day type the spec lists and that overlap [from, to). */
export function occurrencesOf(spec: DailySpec, fromDate: string, toDate: string, holidays: ReadonlySet<string>, from: number, to: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    if (!spec.days.includes(dayTypeOfDate(date, holidays))) continue;
    const occurrence = occurrenceOn(spec, date, holidays);
    if (occurrence.end > occurrence.start && occurrence.end > from && occurrence.start < to) found.push(occurrence);
  }
  return found;
}
