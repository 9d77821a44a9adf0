import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  escapeText,
  joinLines
} from "./cli-chunk-QFBPERRL.js";
import {
  addDays,
  weekdayOf
} from "./cli-chunk-GN6EBSOL.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import {
  parseInstant,
  wallClockInstants,
  zoneOf
} from "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/schedule/ics.ts
import { createHash } from "node:crypto";

// src/schedule/vtimezone.ts
var MINUTE = 6e4;
var DAY = 864e5;
function offsetAt(zoneName, ms) {
  const zone = zoneOf(zoneName);
  if (!zone) throw new Error(`"${zoneName}" is not an IANA time zone`);
  return zone.offset(ms);
}
function transitionsOf(zoneName, start, end) {
  const found = [];
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
var pad2 = (n) => String(n).padStart(2, "0");
function utcOffsetText(minutes) {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}
function wallText(ms, offsetMinutes) {
  const d = new Date(ms + offsetMinutes * MINUTE);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}`;
}
function vtimezoneLines(zoneName, start, end) {
  const initial = offsetAt(zoneName, start);
  const transitions = transitionsOf(zoneName, start, end);
  const standard = Math.min(initial, offsetAt(zoneName, start + 182 * DAY), ...transitions.map((t) => t.to));
  const component = (onset, from, to) => {
    const kind = to > standard ? "DAYLIGHT" : "STANDARD";
    return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${utcOffsetText(from)}`, `TZOFFSETTO:${utcOffsetText(to)}`, `END:${kind}`];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${zoneName}`,
    // The onset of an observance is written in the local time in force before it (TZOFFSETFROM).
    ...component(wallText(start, initial), initial, initial),
    ...transitions.flatMap((t) => component(wallText(t.at, t.from), t.from, t.to)),
    "END:VTIMEZONE"
  ];
}

// src/schedule/ics.ts
var MINUTE2 = 6e4;
var DAY2 = 864e5;
var BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
var Writer = class {
  span = /* @__PURE__ */ new Map();
  /**
   * `NAME;TZID=zone:local` when the local reading names `ms` alone, else `NAME:utcZ`. A reading the clocks
   * show twice is never written: RFC 5545 says it means the first pass, but readers differ (ical.js
   * takes the second), and a step an hour off is worse than a step shown in UTC.
   */
  dateTime(name, ms, zoneName) {
    const zone = zoneOf(zoneName);
    if (zone) {
      const offset = zone.offset(ms);
      const instants = wallClockInstants(ms + offset * MINUTE2, zone);
      if (instants.length === 1 && instants[0] === ms) {
        this.cover(zoneName, ms);
        return `${name};TZID=${zoneName}:${wallText(ms, offset)}`;
      }
    }
    return `${name}:${wallText(ms, 0)}Z`;
  }
  /** A list property (EXDATE, RDATE) of local readings in one zone. */
  dateTimes(name, instants, zoneName) {
    const zone = zoneOf(zoneName);
    if (!zone) throw new Error(`"${zoneName}" is not an IANA time zone`);
    for (const ms of instants) this.cover(zoneName, ms);
    return `${name};TZID=${zoneName}:${instants.map((ms) => wallText(ms, zone.offset(ms))).join(",")}`;
  }
  cover(zoneName, ms) {
    const known = this.span.get(zoneName);
    if (!known) this.span.set(zoneName, { min: ms, max: ms });
    else {
      known.min = Math.min(known.min, ms);
      known.max = Math.max(known.max, ms);
    }
  }
  timezones() {
    return [...this.span.keys()].sort().flatMap((zone) => {
      const { min, max } = this.span.get(zone);
      return vtimezoneLines(zone, min - DAY2, max + DAY2);
    });
  }
};
function utcStamp(ms) {
  return `${wallText(ms, 0)}Z`;
}
function event(uid, body, schedule, options, recurrenceId) {
  const hash = createHash("sha256").update(body.join("\n")).digest("hex").slice(0, 16);
  const previous = options.previous?.get(recurrenceId === void 0 ? uid : `${uid}|${recurrenceId}`);
  const sequence = previous === void 0 ? 0 : previous.hash === hash ? previous.sequence : previous.sequence + 1;
  return ["BEGIN:VEVENT", `UID:${uid}`, `DTSTAMP:${utcStamp(schedule.asOf)}`, `SEQUENCE:${sequence}`, ...body, `X-CHANGEGATE-HASH:${hash}`, "END:VEVENT"];
}
var STATUS_TAG = { pass: "PASS", warn: "WARN", fail: "FAIL", "not evaluated": "NOT EVALUATED" };
function targetsText(step) {
  return [...step.targets.callServers, ...step.targets.trunks, ...step.targets.sites.map((s) => `site ${s}`)].join(", ") || "no targets";
}
function stepEvent(step, schedule, writer, options) {
  const findings = step.findings.length === 0 ? ["Findings on this step: none."] : [`Findings on this step (${step.findings.length}, ${step.blockingFindings} blocking):`, ...step.findings.slice(0, 20).map((f) => `- ${f}`)];
  if (step.findings.length > 20) findings.push(`- \u2026 and ${step.findings.length - 20} more (changegate check)`);
  const description = [
    `${step.changeId}: ${step.changeTitle}`,
    `Step ${step.stepId}: ${step.action} on ${targetsText(step)}`,
    ...step.description !== void 0 ? [step.description] : [],
    `Owner: ${step.owner}. Change state: ${step.changeState}. Verdict of the change: ${step.changeStatus}. Step as of the schedule: ${step.execution}.`,
    ...findings,
    `Source: ${step.file}:${step.line} (revision ${step.revision}).`
  ].join("\n");
  const body = [
    writer.dateTime("DTSTART", step.start, step.timeZone),
    writer.dateTime("DTEND", step.end, step.timeZone),
    `SUMMARY:${escapeText(`[${STATUS_TAG[step.changeStatus] ?? step.changeStatus}] ${step.changeId} ${step.stepId} ${step.action}: ${targetsText(step)}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...step.targets.sites.length > 0 ? [`LOCATION:${escapeText(step.targets.sites.join(", "))}`] : [],
    `CATEGORIES:changegate,change-step,${step.action}`,
    `STATUS:${step.changeState === "proposed" || step.changeState === "draft" ? "TENTATIVE" : "CONFIRMED"}`,
    "TRANSP:OPAQUE"
  ];
  return event(step.uid, body, schedule, options);
}
function freezeEvent(freeze, schedule, writer, options) {
  const body = [
    writer.dateTime("DTSTART", freeze.start, freeze.timeZone),
    writer.dateTime("DTEND", freeze.end, freeze.timeZone),
    `SUMMARY:${escapeText(`FREEZE ${freeze.id}: no change on the voice core`)}`,
    `DESCRIPTION:${escapeText(`${freeze.reason}
No step may run during a freeze period (policy).`)}`,
    "CATEGORIES:changegate,freeze",
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE"
  ];
  return event(freeze.uid, body, schedule, options);
}
function seriesBody(series) {
  return [
    `SUMMARY:${escapeText(series.title)}`,
    `DESCRIPTION:${escapeText(series.description)}`,
    `CATEGORIES:changegate,${series.kind === "window" ? "maintenance-window" : "traffic-peak"}`,
    "TRANSP:TRANSPARENT"
  ];
}
function byDayOf(series) {
  const weekdays = [];
  if (series.spec.days.includes("weekday")) weekdays.push(1, 2, 3, 4, 5);
  if (series.spec.days.includes("weekend")) weekdays.push(6, 7);
  return weekdays;
}
function startsAreRegular(series, writer) {
  return series.occurrences.every((o) => writer.dateTime("X", o.start, series.spec.timeZone) === `X;TZID=${series.spec.timeZone}:${o.date.replace(/-/g, "")}T${series.spec.start.replace(":", "")}00`);
}
function seriesEvents(series, schedule, writer, options) {
  const zone = series.spec.timeZone;
  const occurrences = series.occurrences;
  const [first] = occurrences;
  if (!first) return [];
  const byDay = byDayOf(series);
  const regular = startsAreRegular(series, writer) && (byDay.length === 0 || byDay.includes(weekdayOf(first.date)));
  if (!regular) {
    return occurrences.flatMap(
      (o) => event(series.uid.replace("@", `-${o.date}@`), [writer.dateTime("DTSTART", o.start, zone), writer.dateTime("DTEND", o.end, zone), ...seriesBody(series)], schedule, options)
    );
  }
  const duration = first.end - first.start;
  const last = occurrences[occurrences.length - 1];
  const byDate = new Map(occurrences.map((o) => [o.date, o]));
  const exdates = [];
  const rdates = [];
  const overrides = [];
  if (byDay.length > 0) {
    for (const o of occurrences) if (!byDay.includes(weekdayOf(o.date))) rdates.push(o.start);
    for (let date = first.date; date <= last.date; date = addDays(date, 1)) {
      if (byDay.includes(weekdayOf(date)) && !byDate.has(date)) exdates.push(regularStart(date, series));
    }
  } else for (const o of occurrences) rdates.push(o.start);
  for (const o of occurrences) if (o.end - o.start !== duration) overrides.push(o);
  const master = [
    writer.dateTime("DTSTART", first.start, zone),
    writer.dateTime("DTEND", first.end, zone),
    ...byDay.length > 0 && occurrences.length > 1 ? [`RRULE:FREQ=WEEKLY;BYDAY=${byDay.map((d) => BYDAY[d - 1]).join(",")};UNTIL=${utcStamp(last.start)}`] : [],
    ...exdates.length > 0 ? [writer.dateTimes("EXDATE", exdates.sort((a, b) => a - b), zone)] : [],
    ...rdates.length > 0 && occurrences.length > 1 ? [writer.dateTimes("RDATE", rdates, zone)] : [],
    ...seriesBody(series)
  ];
  const lines = event(series.uid, master, schedule, options);
  for (const o of overrides) {
    const recurrenceId = writer.dateTime("RECURRENCE-ID", o.start, zone);
    const note = `${series.description}
The clocks change this day: this occurrence lasts ${Math.round((o.end - o.start) / MINUTE2)} minutes.`;
    lines.push(
      ...event(series.uid, [recurrenceId, writer.dateTime("DTSTART", o.start, zone), writer.dateTime("DTEND", o.end, zone), ...seriesBody(series).map((l) => l.startsWith("DESCRIPTION:") ? `DESCRIPTION:${escapeText(note)}` : l)], schedule, options, recurrenceId.slice(recurrenceId.indexOf(":") + 1))
    );
  }
  return lines;
}
function regularStart(date, series) {
  const zone = zoneOf(series.spec.timeZone);
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = series.spec.start.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const [first] = zone ? wallClockInstants(wall, zone) : [wall];
  return first ?? wall;
}
var LOCAL_READING = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;
function instantOfLine(line) {
  const m = /^DT(?:START|END)(?:;TZID=([^:;]+))?:(\d{8}T\d{6})(Z?)$/.exec(line);
  const parts = m ? LOCAL_READING.exec(m[2]) : null;
  if (!m || !parts) return void 0;
  const [, y, mo, d, h, mi, sec] = parts;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}`;
  if (m[3] === "Z" || m[1] === void 0) return { ms: Date.parse(`${iso}Z`) };
  const parsed = parseInstant(iso, m[1]);
  return parsed.ok ? { ms: parsed.ms, zone: m[1] } : void 0;
}
function cancelledEvents(current, schedule, writer, options) {
  const lines = [];
  const gone = [...options.previous?.entries() ?? []].filter(([key, event2]) => !current.has(key) && event2.lines !== void 0).sort(([a], [b]) => a.localeCompare(b));
  for (const [, old] of gone) {
    const previousLines = old.lines;
    const start = previousLines.map((l) => l.startsWith("DTSTART") ? instantOfLine(l) : void 0).find((x) => x !== void 0);
    const end = previousLines.map((l) => l.startsWith("DTEND") ? instantOfLine(l) : void 0).find((x) => x !== void 0);
    if (!start || !end || end.ms <= schedule.from) continue;
    if (start.zone) writer.cover(start.zone, start.ms);
    if (end.zone) writer.cover(end.zone, end.ms);
    const body = previousLines.filter((l) => !/^(UID|DTSTAMP|SEQUENCE|X-CHANGEGATE-HASH)[;:]/.test(l)).map((l) => l.startsWith("STATUS:") ? "STATUS:CANCELLED" : l.startsWith("SUMMARY:") && !l.startsWith("SUMMARY:CANCELLED ") ? `SUMMARY:CANCELLED ${l.slice("SUMMARY:".length)}` : l);
    lines.push(...event(old.uid, body, schedule, options));
  }
  return lines;
}
function renderIcs(schedule, options = {}) {
  const writer = new Writer();
  const events = [
    ...schedule.steps.flatMap((s) => stepEvent(s, schedule, writer, options)),
    ...schedule.freezes.flatMap((f) => freezeEvent(f, schedule, writer, options)),
    ...schedule.windows.flatMap((w) => seriesEvents(w, schedule, writer, options)),
    ...schedule.peaks.flatMap((p) => seriesEvents(p, schedule, writer, options))
  ];
  if (options.previous) {
    const current = /* @__PURE__ */ new Set();
    let uid = "";
    for (const line of events) {
      if (line.startsWith("UID:")) current.add(uid = line.slice(4));
      else if (line.startsWith("RECURRENCE-ID")) current.add(`${uid}|${line.slice(line.indexOf(":") + 1)}`);
    }
    events.push(...cancelledEvents(current, schedule, writer, options));
  }
  const name = `changegate schedule (${schedule.calendarId})`;
  return joinLines([
    "BEGIN:VCALENDAR",
    `PRODID:-//changegate//changegate ${VERSION}//EN`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${schedule.timeZone}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...writer.timezones(),
    ...events,
    "END:VCALENDAR"
  ]);
}
export {
  renderIcs
};
