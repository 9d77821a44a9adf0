// Recurring windows and peaks in many shapes and zones, written as iCalendar and expanded back by ical.js:
// the occurrences a reader computes are exactly those the schedule holds (holidays skipped or added,
// windows across midnight, openings the clocks shorten or lengthen, start times the clocks skip or repeat).
import { describe, expect, it } from 'vitest';
import type { DayType } from '../../src/model/types.ts';
import { renderIcs } from '../../src/schedule/ics.ts';
import type { DailySeries, Schedule } from '../../src/schedule/model.ts';
import { occurrencesOf } from '../../src/schedule/series.ts';
import type { DailySpec } from '../../src/schedule/series.ts';
import { parseCalendar } from './helpers.ts';

const FROM = Date.parse('2027-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');

function scheduleOf(spec: DailySpec, holidays: Set<string>): { schedule: Schedule; series: DailySeries } {
  const series: DailySeries = { uid: 'series-under-test@changegate', kind: 'window', title: 'window', description: 'd', spec, occurrences: occurrencesOf(spec, '2026-12-31', '2028-01-01', holidays, FROM, TO) };
  return {
    series,
    schedule: { from: FROM, to: TO, asOf: FROM, calendarId: 'test', verdict: 'pass', timeZone: spec.timeZone, steps: [], freezes: [], windows: [series], peaks: [] },
  };
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Europe/Paris', 'Australia/Sydney', 'America/St_Johns', 'Asia/Kolkata', 'America/New_York', 'Europe/London'];
const DAY_SETS: DayType[][] = [['weekday'], ['weekend'], ['holiday'], ['weekday', 'weekend'], ['weekday', 'holiday'], ['weekday', 'weekend', 'holiday']];
const HOLIDAYS = new Set(['2027-01-01', '2027-04-05', '2027-05-01', '2027-07-14', '2027-11-11', '2027-12-25', '2027-03-28', '2027-10-31']);

describe('daily series through iCalendar and back', () => {
  const cases: [string, DailySpec][] = [
    ['a night window crossing both Paris changes', { days: ['weekday', 'weekend'], start: '00:00', end: '05:00', timeZone: 'Europe/Paris' }],
    ['a window opening at a time Paris skips and repeats (written expanded)', { days: ['weekday', 'weekend', 'holiday'], start: '02:30', end: '04:00', timeZone: 'Europe/Paris' }],
    ['a window across midnight in Sydney', { days: ['weekday'], start: '22:00', end: '06:00', timeZone: 'Australia/Sydney' }],
    ['a window closing at 24:00', { days: ['weekend', 'holiday'], start: '20:00', end: '24:00', timeZone: 'America/New_York' }],
  ];
  const next = random(20261203);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const hhmm = () => `${String(Math.floor(next() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  for (let i = 0; i < 24; i++) {
    const spec: DailySpec = { days: pick(DAY_SETS), start: hhmm(), end: hhmm(), timeZone: pick(ZONES) };
    cases.push([`generated ${i}: ${spec.days.join('+')} ${spec.start}-${spec.end} ${spec.timeZone}`, spec]);
  }

  it.each(cases)('%s', (_name, spec) => {
    const { schedule, series } = scheduleOf(spec, HOLIDAYS);
    const text = renderIcs(schedule);
    const read = parseCalendar(text)
      .flatMap((e) => e.occurrences)
      .sort((a, b) => a[0] - b[0]);
    expect(read).toEqual(series.occurrences.map((o) => [o.start, o.end]));
    expect(series.occurrences.length).toBeGreaterThan(0);
  });

  it('uses recurrence rules where it can, and expands only a series whose start the clocks skip or repeat', () => {
    const regular = renderIcs(scheduleOf({ days: ['weekday', 'weekend'], start: '00:00', end: '05:00', timeZone: 'Europe/Paris' }, HOLIDAYS).schedule);
    // Both nights the clocks change are holidays here, so no opening needs an overriding instance.
    expect(regular.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(regular.replace(/\r\n /g, '')).toContain('EXDATE;TZID=Europe/Paris:20270328T000000,20270405T000000,20270501T000000,20270714T000000,20271031T000000,20271111T000000,20271225T000000\r\n');
    const overridden = renderIcs(scheduleOf({ days: ['weekday', 'weekend'], start: '00:00', end: '05:00', timeZone: 'Europe/Paris' }, new Set()).schedule);
    expect(overridden.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(overridden.match(/RECURRENCE-ID;TZID=Europe\/Paris:2027(0328|1031)T000000/g)).toHaveLength(2);
    const irregular = renderIcs(scheduleOf({ days: ['weekday', 'weekend'], start: '02:30', end: '04:00', timeZone: 'Europe/Paris' }, new Set()).schedule);
    expect(irregular).not.toContain('RRULE');
    expect(irregular.match(/BEGIN:VEVENT/g)).toHaveLength(365);
  });
});
