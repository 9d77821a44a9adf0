// `changegate schedule --format ics` end to end on the example repository, read back by ical.js: the same
// steps, freezes, windows and peaks the evaluation holds, at the same instants (across both daylight-saving
// changes of Europe/Paris), stable UIDs, and SEQUENCE bumped only for what moved.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedSpans } from '../../src/analysis/windows.ts';
import { evaluate } from '../default-pack.ts';
import { readFolder } from '../../src/source/folder.ts';
import { dailyPeaks } from '../../src/timeline/build.ts';
import { CALENDAR_ID, EXAMPLE, copyExample, parseCalendar, runCli } from './helpers.ts';
import type { ParsedEvent } from './helpers.ts';

const HOUR = 3_600_000;

function schedule(repo: string, from: string, to: string, ...extra: string[]) {
  return runCli(['schedule', repo, '--from', from, '--to', to, '--format', 'ics', '--calendar-id', CALENDAR_ID, ...extra]);
}

function networkOf(repo: string, asOf: number) {
  const snapshot = readFolder(repo);
  const evaluation = evaluate(snapshot.files, { asOf, refused: snapshot.refused });
  if (!evaluation.network) throw new Error('example did not model');
  return evaluation.network;
}

const byCategory = (events: ParsedEvent[], category: string) => events.filter((e) => e.categories.includes(category));

describe('changegate schedule --format ics on examples/six-sites', () => {
  const FROM = '2026-12-01T00:00:00+01:00';
  const TO = '2027-01-10T00:00:00+01:00';

  it('holds every step of both change requests, the freeze, the windows and the peaks at the evaluated instants', async () => {
    const run = await schedule(EXAMPLE, FROM, TO);
    // The incident-shaped change fails, so the verdict (and the exit code) is a fail; the calendar is written anyway.
    expect(run.code).toBe(1);
    const events = parseCalendar(run.stdout);
    const from = Date.parse(FROM);
    const to = Date.parse(TO);
    const network = networkOf(EXAMPLE, from);

    const steps = byCategory(events, 'change-step');
    const expected = network.changes.flatMap((c) => c.steps.filter((s) => s.window.end > from && s.window.start < to).map((s) => ({ change: c.id, step: s.id, when: [s.window.start, s.window.end] })));
    expect(new Set(network.changes.map((c) => c.id))).toEqual(new Set(['CR-2026-0412', 'CR-2026-0601']));
    expect(steps).toHaveLength(expected.length);
    expect(expected.length).toBe(19);
    for (const want of expected) {
      const found = steps.filter((e) => e.summary.includes(` ${want.change} ${want.step} `));
      expect(found, `${want.change} ${want.step}`).toHaveLength(1);
      expect(found[0]?.occurrences).toEqual([want.when]);
    }
    // The incident-shaped change is marked failing in the title the NOC sees first; the staged upgrade passes.
    expect(steps.find((e) => e.summary.includes('CR-2026-0601 s1 '))?.summary).toMatch(/^\[FAIL\] CR-2026-0601 s1 reconnection: /);
    expect(steps.find((e) => e.summary.includes('CR-2026-0412 s1 '))?.summary).toBe('[PASS] CR-2026-0412 s1 drain: par1-cs1, par1-cs2');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    const [freeze] = byCategory(events, 'freeze');
    const policyFreeze = network.policy.freezePeriods[0];
    expect(freeze?.occurrences).toEqual([[policyFreeze?.start, policyFreeze?.end]]);

    // The windows, as the maintenance-window rule reads them: no opening on the two holidays.
    const windowOccurrences = byCategory(events, 'maintenance-window').flatMap((e) => e.occurrences).sort((a, b) => a[0] - b[0]);
    const spans = allowedSpans(network, '2026-11-30', '2027-01-10').filter((s) => s.end > from && s.start < to).map((s) => [s.start, s.end]);
    expect(windowOccurrences).toEqual(spans);
    expect(windowOccurrences).toHaveLength(38);

    // The peaks, as the timeline finds them (the busiest hour of each day type, holidays included).
    const peakStarts = byCategory(events, 'traffic-peak').flatMap((e) => e.occurrences).map(([start, end]) => {
      expect(end - start).toBe(HOUR);
      return start;
    });
    expect(peakStarts.sort((a, b) => a - b)).toEqual(dailyPeaks(network, from, to - 1));
  });

  it('is byte-identical on a re-run, CRLF throughout, folded at 75 octets, with VTIMEZONE and DTSTAMP from the as-of', async () => {
    const first = (await schedule(EXAMPLE, FROM, TO)).stdout;
    const second = (await schedule(EXAMPLE, FROM, TO)).stdout;
    expect(second).toBe(first);
    expect(first.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(first.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = first.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', expect.stringMatching(/^PRODID:-\/\/changegate\/\/changegate /), 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines).toContain('TZID:Europe/Paris');
    expect(new Set(lines.filter((l) => l.startsWith('DTSTAMP:')))).toEqual(new Set(['DTSTAMP:20261130T230000Z']));
    const stamped = (await schedule(EXAMPLE, FROM, TO, '--as-of', '2026-12-02T08:00:00Z')).stdout;
    expect(new Set(stamped.split('\r\n').filter((l) => l.startsWith('DTSTAMP:')))).toEqual(new Set(['DTSTAMP:20261202T080000Z']));
  });

  it('expands windows and peaks across both daylight-saving changes of Europe/Paris as the rules read them', async () => {
    const from = '2027-03-01T00:00:00+01:00';
    const to = '2027-11-15T00:00:00+01:00';
    const run = await schedule(EXAMPLE, from, to);
    const text = run.stdout;
    // Recurrence rules with overriding instances on the two nights the clocks change, not an expanded list.
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;UNTIL=');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20270328T000000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20271031T000000');
    expect(text).toMatch(/BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/);
    expect(text).toMatch(/BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/);
    const events = parseCalendar(text);
    const network = networkOf(EXAMPLE, Date.parse(from));
    const windows = byCategory(events, 'maintenance-window').flatMap((e) => e.occurrences).sort((a, b) => a[0] - b[0]);
    const spans = allowedSpans(network, '2027-02-28', '2027-11-15').filter((s) => s.end > Date.parse(from) && s.start < Date.parse(to)).map((s) => [s.start, s.end]);
    expect(windows).toEqual(spans);
    // 00:00-05:00 local: 4 hours the night the clocks spring forward, 6 the night they fall back, 5 otherwise.
    const lengthOn = (iso: string) => windows.find(([start]) => start === Date.parse(iso))?.map((t, i, a) => (i === 1 ? (t - (a[0] as number)) / HOUR : 0))[1];
    expect(lengthOn('2027-03-28T00:00:00+01:00')).toBe(4);
    expect(lengthOn('2027-03-29T00:00:00+02:00')).toBe(5);
    expect(lengthOn('2027-10-31T00:00:00+02:00')).toBe(6);
    expect(lengthOn('2027-11-01T00:00:00+01:00')).toBe(5);
    // The weekday peak stays at 18:00 local on both sides of each change.
    const peaks = byCategory(events, 'traffic-peak').flatMap((e) => e.occurrences.map(([start]) => start)).sort((a, b) => a - b);
    expect(peaks).toEqual(dailyPeaks(network, Date.parse(from), Date.parse(to) - 1));
    expect(peaks).toContain(Date.parse('2027-03-26T18:00:00+01:00'));
    expect(peaks).toContain(Date.parse('2027-03-29T18:00:00+02:00'));
    expect(peaks).toContain(Date.parse('2027-11-02T18:00:00+01:00'));
  });

  it('keeps a moved step UID, moves its instants and bumps its SEQUENCE against --previous, leaving the rest alone', async () => {
    const repo = copyExample();
    const before = await schedule(repo, FROM, TO);
    const published = join(repo, '..', 'noc.ics');
    writeFileSync(published, before.stdout);
    const file = join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    const yaml = readFileSync(file, 'utf8');
    // The incident-shaped change moves one day later, into the night.
    writeFileSync(file, yaml.replace('start: 2026-12-09T16:30:00+01:00', 'start: 2026-12-10T01:30:00+01:00').replace('end: 2026-12-09T17:30:00+01:00', 'end: 2026-12-10T02:30:00+01:00'));
    const after = await schedule(repo, FROM, TO, '--previous', published);
    const old = parseCalendar(before.stdout);
    const moved = parseCalendar(after.stdout);
    expect(moved.map((e) => e.uid).sort()).toEqual(old.map((e) => e.uid).sort());
    const find = (events: ParsedEvent[], needle: string) => events.find((e) => e.summary.includes(needle)) as ParsedEvent;
    expect(find(old, 'CR-2026-0601 s1 ').occurrences).toEqual([[Date.parse('2026-12-09T16:30:00+01:00'), Date.parse('2026-12-09T17:30:00+01:00')]]);
    expect(find(moved, 'CR-2026-0601 s1 ').occurrences).toEqual([[Date.parse('2026-12-10T01:30:00+01:00'), Date.parse('2026-12-10T02:30:00+01:00')]]);
    expect(find(moved, 'CR-2026-0601 s1 ').uid).toBe(find(old, 'CR-2026-0601 s1 ').uid);
    expect(find(old, 'CR-2026-0601 s1 ').sequence).toBe(0);
    expect(find(moved, 'CR-2026-0601 s1 ').sequence).toBe(1);
    // Unchanged events keep SEQUENCE 0: the staged upgrade, the freeze, the windows.
    for (const e of moved.filter((m) => !m.summary.includes('CR-2026-0601'))) expect(e.sequence, e.summary).toBe(0);
    // Published again from the new previous: nothing changed, nothing bumped.
    writeFileSync(published, after.stdout);
    const again = await schedule(repo, FROM, TO, '--previous', published);
    expect(again.stdout).toBe(after.stdout);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and folds multi-byte text without splitting a character', async () => {
    const repo = copyExample();
    const file = join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    const title = 'Reconnexion; séquence V3, «tous sites» \\ 緊急 — test';
    // A control character (BEL) is no part of any content line: it is dropped.
    const yaml = readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(title + '\u0007')}`);
    writeFileSync(file, yaml);
    const run = await schedule(repo, FROM, TO);
    const step = parseCalendar(run.stdout).find((e) => e.summary.includes('CR-2026-0601 s1 '));
    expect(step?.description.split('\n')[0]).toBe(`CR-2026-0601: ${title}`);
    expect(run.stdout.replace(/\r\n /g, '')).toContain('Reconnexion\\; séquence V3\\, «tous sites» \\\\ 緊急');
    expect(Buffer.from(run.stdout, 'utf8').toString('utf8')).toBe(run.stdout);
    expect(run.stdout).not.toContain('\uFFFD');
    expect(run.stdout).not.toContain('\u0007');
  });

  it('writes a step in the hour the clocks repeat in UTC, so no reader can place it an hour off', async () => {
    const repo = copyExample();
    const file = join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: 2026-12-09T16:30:00+01:00', 'start: 2027-10-31T01:30:00+02:00').replace('end: 2026-12-09T17:30:00+01:00', 'end: 2027-10-31T02:45:00+01:00'));
    const run = await schedule(repo, '2027-10-25T00:00:00+02:00', '2027-11-05T00:00:00+01:00');
    const unfolded = run.stdout.replace(/\r\n /g, '');
    const block = unfolded.slice(unfolded.indexOf('CR-2026-0601 s1 ') - 400);
    expect(block).toContain('DTSTART;TZID=Europe/Paris:20271031T013000');
    expect(block).toContain('DTEND:20271031T014500Z');
    const step = parseCalendar(run.stdout).find((e) => e.summary.includes('CR-2026-0601 s1 '));
    expect(step?.occurrences).toEqual([[Date.parse('2027-10-31T01:30:00+02:00'), Date.parse('2027-10-31T02:45:00+01:00')]]);
  });

  it('writes a step in the zone its window was written in, with that zone\'s VTIMEZONE', async () => {
    const repo = copyExample();
    const file = join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: 2026-12-09T16:30:00+01:00\n      end: 2026-12-09T17:30:00+01:00', 'start: 2026-12-09T22:30:00\n      end: 2026-12-09T23:30:00\n      timeZone: America/New_York'));
    const run = await schedule(repo, FROM, TO);
    const unfolded = run.stdout.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;TZID=America/New_York:20261209T223000');
    expect(unfolded.match(/^TZID:.*$/gm)).toEqual(['TZID:America/New_York', 'TZID:Europe/Paris']);
    const step = parseCalendar(run.stdout).find((e) => e.summary.includes('CR-2026-0601 s1 '));
    expect(step?.occurrences).toEqual([[Date.parse('2026-12-10T03:30:00Z'), Date.parse('2026-12-10T04:30:00Z')]]);
  });

  it('repeats a step that is gone since --previous as CANCELLED until it is over, then drops it', async () => {
    const repo = copyExample();
    const published = join(repo, '..', 'noc.ics');
    writeFileSync(published, (await schedule(repo, FROM, TO)).stdout);
    // The incident-shaped change is withdrawn.
    rmSync(join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml'));
    const after = await schedule(repo, FROM, TO, '--previous', published);
    const old = parseCalendar(readFileSync(published, 'utf8')).find((e) => e.summary.includes('CR-2026-0601 s1 ')) as ParsedEvent;
    const gone = parseCalendar(after.stdout).find((e) => e.uid === old.uid);
    expect(gone?.summary).toBe(`CANCELLED ${old.summary}`);
    expect(gone?.sequence).toBe(1);
    expect(gone?.occurrences).toEqual(old.occurrences);
    expect(after.stdout.replace(/\r\n /g, '')).toMatch(new RegExp(`UID:${old.uid}\r\n(?:.*\r\n)*?STATUS:CANCELLED\r\n`));
    // Published again: the cancellation is stable (same SEQUENCE, same bytes).
    writeFileSync(published, after.stdout);
    const again = await schedule(repo, FROM, TO, '--previous', published);
    expect(again.stdout).toBe(after.stdout);
    // Once the step is over (the range starts after it), the cancellation is no longer repeated.
    const later = await schedule(repo, '2026-12-10T00:00:00+01:00', TO, '--previous', published);
    expect(later.stdout).not.toContain(old.uid);
  });
});
