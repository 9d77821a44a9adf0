import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  dateOfText,
  dateText,
  dayTypeOf,
  localClockInstant
} from "./cli-chunk-45VVUP2D.js";

// src/schedule/series.ts
function addDays(date, days) {
  const day = dateOfText(date);
  day.setUTCDate(day.getUTCDate() + days);
  return dateText(day);
}
function weekdayOf(date) {
  return (dateOfText(date).getUTCDay() + 6) % 7 + 1;
}
function dayTypeOfDate(date, holidays) {
  return dayTypeOf({ date, hour: 0, minute: 0, weekday: weekdayOf(date) }, holidays);
}
function hhmm(text) {
  const [h, m] = text.split(":").map(Number);
  return [h, m];
}
function occurrenceOn(spec, date, holidays) {
  const [sh, sm] = hhmm(spec.start);
  const [eh, em] = hhmm(spec.end);
  const start = localClockInstant(date, sh, sm, spec.timeZone);
  const closesNextDay = eh === 24 || eh * 60 + em <= sh * 60 + sm;
  const end = eh === 24 ? localClockInstant(addDays(date, 1), 0, 0, spec.timeZone) : localClockInstant(closesNextDay ? addDays(date, 1) : date, eh, em, spec.timeZone);
  return { date, dayType: dayTypeOfDate(date, holidays), start, end };
}
function occurrencesOf(spec, fromDate, toDate, holidays, from, to) {
  const found = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    if (!spec.days.includes(dayTypeOfDate(date, holidays))) continue;
    const occurrence = occurrenceOn(spec, date, holidays);
    if (occurrence.end > occurrence.start && occurrence.end > from && occurrence.start < to) found.push(occurrence);
  }
  return found;
}

export {
  addDays,
  weekdayOf,
  occurrencesOf
};
