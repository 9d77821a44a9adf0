// The VTIMEZONE components, read by ical.js, turn local readings (DTSTART;TZID=...) into the instants the
// IANA database gives at every hour of a year, in zones with northern and southern daylight saving, half-hour offsets and none at all.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/schedule/content-lines.ts';
import { transitionsOf, vtimezoneLines, wallText } from '../../src/schedule/vtimezone.ts';
import { wallClockInstants, zoneOf } from '../../src/core/time.ts';

const HOUR = 3_600_000;
const START = Date.parse('2027-01-01T00:00:00Z');
// The calendar covers a day either side of what it holds; so does the zone written here.
const COVER = 86_400_000;
const END = Date.parse('2028-01-01T00:00:00Z');

describe('vtimezoneLines', () => {
  it.each(['Europe/Paris', 'Australia/Sydney', 'America/St_Johns', 'Asia/Kolkata', 'America/Sao_Paulo'])('%s: ical.js turns every local reading of 2027 into the instant the IANA database gives', (name) => {
    const text = joinLines(['BEGIN:VCALENDAR', 'PRODID:-//test//EN', 'VERSION:2.0', ...vtimezoneLines(name, START - COVER, END + COVER), 'END:VCALENDAR']);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const zone = zoneOf(name);
    let checked = 0;
    for (let t = START + HOUR / 2; t < END; t += HOUR) {
      const offset = zone?.offset(t) ?? NaN;
      const wall = wallText(t, offset);
      const [, y, mo, d, h, mi] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(wall) ?? [];
      const local = ICAL.Time.fromData({ year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: 0, isDate: false }, timezone);
      const instants = zone ? wallClockInstants(t + offset * 60_000, zone) : [];
      // A reading the clocks show twice names either pass depending on the reader (ical.js takes the
      // second, RFC 5545 says the first): the calendar writes such instants in UTC instead.
      if (instants.length === 1) expect(local.toUnixTime() * 1000, `${name} ${wall}`).toBe(t);
      else expect(instants).toContain(local.toUnixTime() * 1000);
      checked++;
    }
    expect(checked).toBe(8760);
  });

  it('places each transition to the millisecond', () => {
    expect(transitionsOf('Europe/Paris', START, END)).toEqual([
      { at: Date.parse('2027-03-28T01:00:00Z'), from: 60, to: 120 },
      { at: Date.parse('2027-10-31T01:00:00Z'), from: 120, to: 60 },
    ]);
    expect(transitionsOf('Asia/Kolkata', START, END)).toEqual([]);
  });
});
