// Instants and local wall-clock times. Every conversion between local time and UTC goes through here,
// so daylight-saving gaps and overlaps are handled (and refused when ambiguous) in one place.
import { DateTime, IANAZone } from 'luxon';
import type { DayType } from '../model/types.ts';

const WITH_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
/** Date.UTC without its two-digit-year quirk (years 0-99 would otherwise become 1900-1999). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const date = new Date(Date.UTC(2000, month, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

const OFFSET_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

export type InstantResult =
  | { ok: true; ms: number }
  | { ok: false; reason: 'invalid' | 'nonexistent' | 'ambiguous' | 'bad-zone'; message: string };

const zoneCache = new Map<string, IANAZone>();
const BUCKET = 3600_000;

/**
 * The luxon zone for an IANA name, with its offset lookups cached per hour: asking Intl for an offset
 * is the most expensive thing a large plan does (every interval, every hour). An hour is cached only
 * when the offset is the same at both of its ends (the offsets at the top of each hour are asked once
 * and shared by the two hours they bound); an hour holding a transition, or ending on one, is computed
 * exactly every time.
 */
export function zoneOf(name: string): IANAZone | undefined {
  let zone = zoneCache.get(name);
  if (!zone) {
    if (!IANAZone.isValidZone(name)) return undefined;
    zone = IANAZone.create(name);
    const exact = zone.offset.bind(zone);
    const atHour = new Map<number, number>();
    const offsetAtHour = (hour: number): number => {
      let offset = atHour.get(hour);
      if (offset === undefined) atHour.set(hour, (offset = exact(hour * BUCKET)));
      return offset;
    };
    const cache = new Map<number, number | null>();
    zone.offset = (ms: number): number => {
      const key = Math.floor(ms / BUCKET);
      let known = cache.get(key);
      if (known === undefined) {
        const first = offsetAtHour(key);
        known = first === offsetAtHour(key + 1) ? first : null;
        cache.set(key, known);
      }
      return known ?? exact(ms);
    };
    zoneCache.set(name, zone);
  }
  return zone;
}

function offsetOf(ms: number, zoneName: string): number {
  return zoneOf(zoneName)?.offset(ms) ?? 0;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Offset of `zone` at `ms`, in minutes east of UTC. */
export function offsetMinutes(zone: IANAZone, ms: number): number {
  return zone.offset(ms);
}

/**
 * Parses an instant written with an offset, or a local date-time read in `zoneName`.
 * A local time skipped by a spring-forward change, or repeated by a fall-back change, is refused.
 */
// A plan's steps start and end at a few hundred distinct instants (01:00 and 02:30 of each night), so
// each text is parsed once. Results are frozen and the memo is bounded.
const parsedInstants = new Map<string, Readonly<InstantResult>>();

export function parseInstant(text: string, zoneName: string): InstantResult {
  // With an offset the zone plays no part; a local time is read in its zone.
  const key = WITH_OFFSET.test(text) ? text : `${zoneName}\u0000${text}`;
  let parsed = parsedInstants.get(key);
  if (!parsed) {
    parsed = Object.freeze(parseInstantText(text, zoneName));
    if (parsedInstants.size < 10_000) parsedInstants.set(key, parsed);
  }
  return parsed;
}

function parseInstantText(text: string, zoneName: string): InstantResult {
  if (WITH_OFFSET.test(text)) {
    // Plain arithmetic rather than a luxon object: every step window of every change goes through here.
    const m = OFFSET_INSTANT.exec(text);
    if (!m) return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const wall = utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0').slice(0, 3)));
    const check = new Date(wall);
    if (check.getUTCMonth() + 1 !== Number(mo) || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || Number(mi) > 59 || Number(s ?? 0) > 59) {
      return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
    }
    const offsetMinutes = zone === 'Z' || zone === undefined ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    if (Math.abs(offsetMinutes) >= 24 * 60) return { ok: false, reason: 'invalid', message: `"${text}" has an offset out of range` };
    // +01:99 is no offset: refused rather than read as +02:39.
    if (zone !== 'Z' && zone !== undefined && Number(zone.slice(4, 6)) >= 60) return { ok: false, reason: 'invalid', message: `"${text}" has an offset whose minutes are 60 or more` };
    return { ok: true, ms: wall - offsetMinutes * 60_000 };
  }
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
  const zone = zoneOf(zoneName);
  if (!zone) return { ok: false, reason: 'bad-zone', message: `"${zoneName}" is not an IANA time zone` };
  const [, y, mo, d, h, mi, s, frac] = m;
  const wallAsUtc = utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0').slice(0, 3)));
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() + 1 !== Number(mo) || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h)) {
    return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
  }
  const candidates = new Set(wallClockInstants(wallAsUtc, zone));
  if (candidates.size === 0) {
    return {
      ok: false,
      reason: 'nonexistent',
      message: `${text} does not exist in ${zoneName} (the clocks skip it at a daylight-saving change); write the instant with an explicit offset`,
    };
  }
  if (candidates.size > 1) {
    const [a, b] = [...candidates].sort((p, q) => p - q) as [number, number];
    return {
      ok: false,
      reason: 'ambiguous',
      message: `${text} happens twice in ${zoneName} (at ${formatOffsetInstant(a, zone)} and ${formatOffsetInstant(b, zone)}, the clocks go back); write the instant with an explicit offset`,
    };
  }
  return { ok: true, ms: [...candidates][0] as number };
}

/**
 * The instants at which the local clock of `zone` reads the wall time `wallAsUtc` (that wall time's
 * fields written as if in UTC), in order: none in a spring-forward gap, two in a fall-back overlap.
 * Offsets within 14 hours either side cover every change any zone makes.
 */
export function wallClockInstants(wallAsUtc: number, zone: IANAZone): number[] {
  const instants: number[] = [];
  for (const probe of [wallAsUtc - 14 * 3600_000, wallAsUtc, wallAsUtc + 14 * 3600_000]) {
    const offset = zone.offset(probe);
    const instant = wallAsUtc - offset * 60_000;
    if (zone.offset(instant) === offset && !instants.includes(instant)) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}

function formatOffsetInstant(ms: number, zone: IANAZone): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? String(ms);
}

/** "2026-12-09 16:30 (+01:00)" in the given zone. */
export function formatInstant(ms: number, zoneName: string): string {
  const offset = offsetOf(ms, zoneName);
  const local = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${dateText(local)} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())} (${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)})`;
}

/** An instant as ISO 8601 with the zone's offset, to the second: "2026-12-08T00:31:00+01:00". */
export function isoInstant(ms: number, zoneName: string): string {
  const offset = offsetOf(ms, zoneName);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${dateText(local)}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Local calendar facts of an instant. */
export interface LocalParts {
  date: string;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** "YYYY-MM-DD" of a Date's UTC fields (ISO 8601 expanded years beyond 0000-9999). */
export function dateText(date: Date): string {
  const year = date.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return `${yearText}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** The Date (UTC fields) of a "YYYY-MM-DD" local date written by dateText. */
export function dateOfText(text: string): Date {
  const [, y, m, d] = /^([+-]?\d+)-(\d+)-(\d+)$/.exec(text) ?? [];
  const date = new Date(Date.UTC(2000, Number(m) - 1, Number(d)));
  date.setUTCFullYear(Number(y));
  return date;
}

export function localParts(ms: number, zoneName: string): LocalParts {
  const local = new Date(ms + offsetOf(ms, zoneName) * 60_000);
  return {
    date: dateText(local),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

export function dayTypeOf(parts: LocalParts, holidays: ReadonlySet<string>): DayType {
  if (holidays.has(parts.date)) return 'holiday';
  return parts.weekday >= 6 ? 'weekend' : 'weekday';
}

/** Start instants of the local hours overlapping [start, end), in order (bounded by `limit`). */
export function localHourStarts(start: number, end: number, zoneName: string, limit = 24 * 14): number[] {
  // The start of the local hour holding `start` (local hours begin at a whole local hour).
  const offsetMs = offsetOf(start, zoneName) * 60_000;
  const first = Math.floor((start + offsetMs) / 3600_000) * 3600_000 - offsetMs;
  const hours: number[] = [];
  // Hours are 3,600,000 ms apart in every IANA zone that changes offsets by whole hours or half hours
  // on hour boundaries; stepping in UTC keeps each local hour exactly once.
  for (let t = first; t < end && hours.length < limit; t += 3600_000) hours.push(t);
  return hours;
}

/**
 * The first instant at which the local clock in `zone` shows `date` `hh:mm` or later. A time the clocks
 * skip (spring forward) becomes the instant they jump; a time they repeat (fall back) its first pass.
 */
export function localClockInstant(date: string, hh: number, mm: number, zoneName: string): number {
  const zone = zoneOf(zoneName);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  if (!zone) return wall;
  const [first] = wallClockInstants(wall, zone);
  if (first !== undefined) return first;
  // In a spring-forward gap the wall time lies between the readings with the old and the new offset;
  // the jump is where the offset changes, found by bisection between the two.
  const offsets = [zone.offset(wall - 14 * 3_600_000), zone.offset(wall + 14 * 3_600_000)];
  let lo = wall - Math.max(...offsets) * 60_000;
  let hi = wall - Math.min(...offsets) * 60_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + zone.offset(mid) * 60_000 >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
