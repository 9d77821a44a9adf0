// The policy's maintenance windows as instants: which openings a range of local dates has, merged where
// they touch. The maintenance-window rule judges steps against them and the planner places steps in them.
import type { DayType, LocalWindow, Network } from '../model/types.ts';
import { dateOfText, dateText, dayTypeOf, localClockInstant } from '../core/time.ts';

/** Longest run of local dates scanned for windows around one step; a longer step cannot fit anyway. */
export const MAX_DAYS_SCANNED = 400;

export interface Opening {
  start: number;
  end: number;
  /** The policy windows whose occurrences were merged into this allowed span, e.g. "00:00–05:00 (weekday)". */
  labels: string[];
}

// Calendar arithmetic on local dates (YYYY-MM-DD) in plain UTC Date maths: this runs for every day
// of every step, and luxon objects made it the most expensive rule on large plans.
export function addDays(date: string, days: number): string {
  const day = dateOfText(date);
  day.setUTCDate(day.getUTCDate() + days);
  return dateText(day);
}

export function dayTypeOfDate(date: string, holidays: ReadonlySet<string>): DayType {
  const weekday = ((dateOfText(date).getUTCDay() + 6) % 7) + 1;
  return dayTypeOf({ date, hour: 0, minute: 0, weekday }, holidays);
}

export function hhmm(text: string): [number, number] {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return [h, m];
}

export function describeWindow(w: LocalWindow): string {
  return `${w.start}–${w.end} (${w.days.join(', ')})`;
}

/** Occurrences of the policy windows opening on the local dates `from`..`to`, merged where they touch. */
export function allowedSpans(network: Network, from: string, to: string): Opening[] {
  const policy = network.policy;
  const occurrences: Opening[] = [];
  for (let date = from, n = 0; date <= to && n < MAX_DAYS_SCANNED; date = addDays(date, 1), n++) {
    const dayType = dayTypeOfDate(date, network.forecast.holidays);
    for (const w of policy.maintenanceWindows) {
      if (!w.days.includes(dayType)) continue;
      const [sh, sm] = hhmm(w.start);
      const [eh, em] = hhmm(w.end);
      const start = localClockInstant(date, sh, sm, policy.timeZone);
      // "24:00" closes at the next midnight; an end at or before the start crosses midnight.
      const closesNextDay = eh === 24 || eh * 60 + em <= sh * 60 + sm;
      const end = eh === 24 ? localClockInstant(addDays(date, 1), 0, 0, policy.timeZone) : localClockInstant(closesNextDay ? addDays(date, 1) : date, eh, em, policy.timeZone);
      if (end > start) occurrences.push({ start, end, labels: [`${describeWindow(w)} opening ${date}`] });
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Opening[] = [];
  for (const o of occurrences) {
    const last = merged[merged.length - 1];
    if (last && o.start <= last.end) {
      last.end = Math.max(last.end, o.end);
      last.labels.push(...o.labels);
    } else merged.push({ ...o, labels: [...o.labels] });
  }
  return merged;
}

