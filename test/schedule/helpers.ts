// Runs the real CLI in-process on the example repository (or a copy of it) and reads the iCalendar
// output back with ical.js, a maintained RFC 5545 parser, with the calendar's own VTIMEZONEs.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'six-sites');
export const CALENDAR_ID = 'test-voice-core';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {},
    cwd,
    isTTY: false,
    now: () => {
      throw new Error('the schedule read the wall clock');
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A copy of the example repository to edit. */
export function copyExample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'changegate-schedule-')), 'six-sites');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  sequence: number;
  categories: string[];
  recurrenceId?: string;
  /** Every occurrence as [start, end] epoch ms, exceptions applied. */
  occurrences: [number, number][];
}

/** Parses a calendar, registers its time zones, and expands each event (overriding instances related to their series). */
export function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    const vevents = calendar.getAllSubcomponents('vevent');
    const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
    return masters.map((master) => {
      const event = new ICAL.Event(master);
      for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === event.uid)) event.relateException(exception);
      const occurrences: [number, number][] = [];
      if (event.isRecurring()) {
        const iterator = event.iterator();
        for (let next = iterator.next(); next; next = iterator.next()) {
          const details = event.getOccurrenceDetails(next);
          occurrences.push([details.startDate.toJSDate().getTime(), details.endDate.toJSDate().getTime()]);
          if (occurrences.length > 2000) throw new Error(`${event.uid} recurs without end`);
        }
      } else occurrences.push([event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()]);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        sequence: Number(master.getFirstPropertyValue('sequence')),
        categories: master.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
        occurrences,
      };
    });
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}
