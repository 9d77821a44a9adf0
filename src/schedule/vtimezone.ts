// VTIMEZONE components (RFC 5545, 3.6.5) written from the IANA database the process runs with: the
// offset in force at the start of the covered range, then every transition inside it, each with its exact
// instant. No recurrence rules: explicit transitions are exact even where a zone changed its rules.
import { zoneOf } from '../core/time.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ZoneTransition {
  /** Instant of the change. */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

function offsetAt(zoneName: string, ms: number): number {
  const zone = zoneOf(zoneName);
  if (!zone) throw new Error(`"${zoneName}" is not an IANA time zone`);
  return zone.offset(ms);
}

/** Offset changes of `zoneName` in [start, end], in order. */
export function transitionsOf(zoneName: string, start: number, end: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  // Zones change offset at most a few times a year and never twice within a day, so a daily scan finds
  // every change and a bisection places it to the millisecond.
  for (let t = start; t < end; t += DAY) {
    const next = Math.min(t + DAY, end);
    const before = offsetAt(zoneName, t);
    if (offsetAt(zoneName, next) === before) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(zoneName, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: offsetAt(zoneName, hi) });
  }
  return found;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "+0100", "-0330" (RFC 5545 UTC-OFFSET). */
export function utcOffsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** The wall-clock reading of `ms` at `offsetMinutes`, as an iCalendar local DATE-TIME ("20270328T020000"). */
export function wallText(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * MINUTE);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}`;
}

/** The content lines of one VTIMEZONE covering [start, end]. */
export function vtimezoneLines(zoneName: string, start: number, end: number): string[] {
  const initial = offsetAt(zoneName, start);
  const transitions = transitionsOf(zoneName, start, end);
  // Standard time is the smallest offset the zone uses around the range; anything above it is daylight.
  const standard = Math.min(initial, offsetAt(zoneName, start + 182 * DAY), ...transitions.map((t) => t.to));
  const component = (onset: string, from: number, to: number) => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${utcOffsetText(from)}`, `TZOFFSETTO:${utcOffsetText(to)}`, `END:${kind}`];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zoneName}`,
    // The onset of an observance is written in the local time in force before it (TZOFFSETFROM).
    ...component(wallText(start, initial), initial, initial),
    ...transitions.flatMap((t) => component(wallText(t.at, t.from), t.from, t.to)),
    'END:VTIMEZONE',
  ];
}
