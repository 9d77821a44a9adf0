// Reads back a calendar this command wrote before, for the one thing it needs from it: each event's
// SEQUENCE and content hash, so an event whose content changed gets SEQUENCE + 1 and an unchanged one
// keeps its number (calendar clients then update the event instead of ignoring or duplicating it), and
// the lines of each single event, so one that is gone can be repeated as cancelled.
import { unfoldLines } from './content-lines.ts';
import type { PreviousEvent } from './ics.ts';

export type PreviousResult = { ok: true; events: Map<string, PreviousEvent> } | { ok: false; message: string };

export function readPreviousCalendar(text: string): PreviousResult {
  const lines = unfoldLines(text);
  if (lines[0] !== 'BEGIN:VCALENDAR') return { ok: false, message: 'line 1: expected BEGIN:VCALENDAR; is this an iCalendar file written by changegate schedule?' };
  const events = new Map<string, PreviousEvent>();
  let current: { uid?: string; recurrenceId?: string; sequence?: number; hash?: string; recurring: boolean; line: number; lines: string[] } | undefined;
  for (const [index, line] of lines.entries()) {
    const where = `logical line ${index + 1}`;
    if (line === 'BEGIN:VEVENT') {
      current = { line: index + 1, lines: [], recurring: false };
      continue;
    }
    if (!current) continue;
    if (line !== 'END:VEVENT') current.lines.push(line);
    const name = line.slice(0, line.search(/[;:]/));
    const value = line.slice(line.indexOf(':') + 1);
    if (name === 'UID') current.uid = value;
    else if (name === 'RECURRENCE-ID') current.recurrenceId = value;
    else if (name === 'RRULE' || name === 'RDATE' || name === 'EXDATE') current.recurring = true;
    else if (name === 'SEQUENCE') {
      if (!/^\d{1,9}$/.test(value)) return { ok: false, message: `${where}: SEQUENCE must be a whole number, not "${value}"` };
      current.sequence = Number(value);
    } else if (name === 'X-CHANGEGATE-HASH') current.hash = value;
    else if (line === 'END:VEVENT') {
      if (current.uid === undefined || current.sequence === undefined || current.hash === undefined) {
        return { ok: false, message: `the event starting at logical line ${current.line} lacks UID, SEQUENCE or X-CHANGEGATE-HASH; only a calendar written by changegate schedule can be passed as --previous` };
      }
      const single = !current.recurring && current.recurrenceId === undefined;
      events.set(current.recurrenceId === undefined ? current.uid : `${current.uid}|${current.recurrenceId}`, {
        uid: current.uid,
        sequence: current.sequence,
        hash: current.hash,
        ...(single ? { lines: current.lines } : {}),
      });
      current = undefined;
    }
  }
  if (lines[lines.length - 1] !== 'END:VCALENDAR') return { ok: false, message: `the calendar does not end with END:VCALENDAR (${lines.length} logical lines read); it may be truncated` };
  return { ok: true, events };
}
