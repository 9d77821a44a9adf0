// Local-time wording for the CAB report: every instant is shown on the network's clock (the policy's
// time zone), the way the board reads a plan. Conversions go through luxon with an IANA zone, like the
// rest of the project (src/core/time.ts), so daylight-saving days come out right.
import { DateTime } from 'luxon';
import type { DayType, LocalWindow, Policy } from '../model/types.ts';
import { dayTypeOf, formatInstant, localParts, parseInstant, zoneOf } from '../core/time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class Clock {
  constructor(readonly timeZone: string) {}

  private dt(ms: number): DateTime {
    const zone = zoneOf(this.timeZone);
    return DateTime.fromMillis(ms, zone ? { zone } : { zone: 'utc' });
  }

  /** "2026-12-09 16:30 (+01:00)": the exact form the rules use in their messages. */
  exact(ms: number): string {
    return formatInstant(ms, this.timeZone);
  }

  /** "Wed 9 Dec 2026 16:30". */
  long(ms: number): string {
    return this.dt(ms).setLocale('en-GB').toFormat('ccc d LLL yyyy HH:mm');
  }

  /** "Wed 9 Dec 16:30". */
  medium(ms: number): string {
    return this.dt(ms).setLocale('en-GB').toFormat('ccc d LLL HH:mm');
  }

  /** "Wed 16:30". */
  short(ms: number): string {
    return this.dt(ms).setLocale('en-GB').toFormat('ccc HH:mm');
  }

  /** "16:30". */
  time(ms: number): string {
    return this.dt(ms).toFormat('HH:mm');
  }

  /** "2026-12-09 16:30", the form Mermaid's gantt reads (wall clock, no zone). */
  mermaid(ms: number): string {
    return this.dt(ms).toFormat('yyyy-MM-dd HH:mm');
  }

  /** "Wed 9 Dec 16:30–17:30", or with both dates when the span crosses midnight. */
  span(start: number, end: number): string {
    const sameDay = this.dt(start).toISODate() === this.dt(end - 1).toISODate();
    return sameDay ? `${this.medium(start)}–${this.time(end)}` : `${this.medium(start)} – ${this.medium(end)}`;
  }

  /** Local hour (0..23). */
  hour(ms: number): number {
    return localParts(ms, this.timeZone).hour;
  }

  /** Part of the day an instant falls in, as the board would say it. */
  dayPart(ms: number): string {
    const h = this.hour(ms);
    if (h < 6) return 'night';
    if (h < 12) return 'morning';
    if (h < 18) return 'afternoon';
    return 'evening';
  }

  /** Start of the local day holding `ms`, plus `days`. */
  startOfDay(ms: number, days = 0): number {
    return this.dt(ms).startOf('day').plus({ days }).toMillis();
  }

  /** Local date "YYYY-MM-DD". */
  date(ms: number): string {
    return localParts(ms, this.timeZone).date;
  }

  /**
   * Axis ticks on whole local hours: the smallest step of 1, 2, 3, 6, 12 or 24 hours that gives at most
   * `maxTicks` ticks over the span; steps are counted from local midnight so 00:00 is always a tick.
   */
  ticks(start: number, end: number, maxTicks = 14): { at: number; label: string; midnight: boolean }[] {
    const stepHours = [1, 2, 3, 6, 12, 24, 48, 96, 168].find((h) => (end - start) / (h * HOUR) <= maxTicks) ?? 336;
    const out: { at: number; label: string; midnight: boolean }[] = [];
    let t = this.dt(start).startOf('hour');
    const stop = this.dt(end);
    for (let guard = 0; t <= stop && guard < 10_000; guard++, t = t.plus({ hours: 1 })) {
      if (t.toMillis() < start) continue;
      const sinceMidnight = t.hour;
      const dayIndex = Math.floor(t.startOf('day').toMillis() / (24 * HOUR));
      const aligned = stepHours <= 24 ? sinceMidnight % stepHours === 0 : sinceMidnight === 0 && dayIndex % (stepHours / 24) === 0;
      if (!aligned) continue;
      const midnight = sinceMidnight === 0;
      out.push({ at: t.toMillis(), label: midnight ? t.setLocale('en-GB').toFormat('ccc d LLL') : t.toFormat('HH:mm'), midnight });
    }
    return out;
  }
}

/** "1 h 30 min", "45 min", "2 h". */
export function duration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** One occurrence of a policy maintenance window. */
export interface WindowOccurrence {
  start: number;
  end: number;
  /** "00:00–05:00". */
  label: string;
}

/**
 * The occurrences of the policy's maintenance windows that open on the local dates from `from` to `to`
 * (and the day before, for windows crossing midnight). A window belongs to the day it opens on
 * (docs/formats.md); a window edge that the clocks skip or repeat is left out rather than guessed.
 */
export function windowOccurrences(policy: Policy, holidays: ReadonlySet<string>, from: number, to: number): WindowOccurrence[] {
  const clock = new Clock(policy.timeZone);
  const out: WindowOccurrence[] = [];
  for (let day = clock.startOfDay(from, -1), guard = 0; day <= to && guard < 400; day = clock.startOfDay(day, 1), guard++) {
    const date = clock.date(day);
    const dayType: DayType = dayTypeOf(localParts(day, policy.timeZone), holidays);
    for (const w of policy.maintenanceWindows) {
      if (!w.days.includes(dayType)) continue;
      const occurrence = occurrenceOn(w, date, day, clock, policy.timeZone);
      if (occurrence && occurrence.end > from && occurrence.start < to) out.push(occurrence);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function occurrenceOn(w: LocalWindow, date: string, dayStart: number, clock: Clock, zone: string): WindowOccurrence | undefined {
  const start = parseInstant(`${date}T${w.start}`, zone);
  if (!start.ok) return undefined;
  let end: number;
  if (w.end === '24:00') end = clock.startOfDay(dayStart, 1);
  else {
    const crosses = w.end <= w.start;
    const endDate = crosses ? clock.date(clock.startOfDay(dayStart, 1)) : date;
    const parsed = parseInstant(`${endDate}T${w.end}`, zone);
    if (!parsed.ok) return undefined;
    end = parsed.ms;
  }
  return { start: start.ms, end, label: `${w.start}–${w.end}` };
}
