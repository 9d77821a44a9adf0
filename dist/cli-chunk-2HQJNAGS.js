import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  unfoldLines
} from "./cli-chunk-QFBPERRL.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/previous.ts
function readPreviousCalendar(text) {
  const lines = unfoldLines(text);
  if (lines[0] !== "BEGIN:VCALENDAR") return { ok: false, message: "line 1: expected BEGIN:VCALENDAR; is this an iCalendar file written by changegate schedule?" };
  const events = /* @__PURE__ */ new Map();
  let current;
  for (const [index, line] of lines.entries()) {
    const where = `logical line ${index + 1}`;
    if (line === "BEGIN:VEVENT") {
      current = { line: index + 1, lines: [], recurring: false };
      continue;
    }
    if (!current) continue;
    if (line !== "END:VEVENT") current.lines.push(line);
    const name = line.slice(0, line.search(/[;:]/));
    const value = line.slice(line.indexOf(":") + 1);
    if (name === "UID") current.uid = value;
    else if (name === "RECURRENCE-ID") current.recurrenceId = value;
    else if (name === "RRULE" || name === "RDATE" || name === "EXDATE") current.recurring = true;
    else if (name === "SEQUENCE") {
      if (!/^\d{1,9}$/.test(value)) return { ok: false, message: `${where}: SEQUENCE must be a whole number, not "${value}"` };
      current.sequence = Number(value);
    } else if (name === "X-CHANGEGATE-HASH") current.hash = value;
    else if (line === "END:VEVENT") {
      if (current.uid === void 0 || current.sequence === void 0 || current.hash === void 0) {
        return { ok: false, message: `the event starting at logical line ${current.line} lacks UID, SEQUENCE or X-CHANGEGATE-HASH; only a calendar written by changegate schedule can be passed as --previous` };
      }
      const single = !current.recurring && current.recurrenceId === void 0;
      events.set(current.recurrenceId === void 0 ? current.uid : `${current.uid}|${current.recurrenceId}`, {
        uid: current.uid,
        sequence: current.sequence,
        hash: current.hash,
        ...single ? { lines: current.lines } : {}
      });
      current = void 0;
    }
  }
  if (lines[lines.length - 1] !== "END:VCALENDAR") return { ok: false, message: `the calendar does not end with END:VCALENDAR (${lines.length} logical lines read); it may be truncated` };
  return { ok: true, events };
}
export {
  readPreviousCalendar
};
