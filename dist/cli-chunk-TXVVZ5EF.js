import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  addDays
} from "./cli-chunk-GN6EBSOL.js";
import {
  dateOfText,
  localParts
} from "./cli-chunk-45VVUP2D.js";

// src/schedule/nights.ts
var DAY_LABEL = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
function dayLabel(date) {
  return DAY_LABEL.format(dateOfText(date)).replace(/,/g, "");
}
var pad2 = (n) => String(n).padStart(2, "0");
function clockText(ms, zone, night) {
  const parts = localParts(ms, zone);
  const time = `${pad2(parts.hour)}:${pad2(parts.minute)}`;
  return night === void 0 || parts.date === night || parts.date === addDays(night, 1) ? time : `${dayLabel(parts.date).replace(/ \d{4}$/, "")} ${time}`;
}
function nightsOf(schedule) {
  const byDate = /* @__PURE__ */ new Map();
  for (const step of schedule.steps) {
    const list = byDate.get(step.night) ?? [];
    list.push(step);
    byDate.set(step.night, list);
  }
  const peaks = schedule.peaks.flatMap((p) => p.occurrences).sort((a, b) => a.start - b.start);
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, steps]) => {
    const next = addDays(date, 1);
    const first = steps[0];
    const last = Math.max(...steps.map((s) => s.end));
    const nextPeak = peaks.find((p) => p.start >= first.start);
    return {
      date,
      label: date.slice(0, 7) === next.slice(0, 7) ? `${dayLabel(date).replace(/ \w+ \d{4}$/, "")} \u2192 ${dayLabel(next)}` : `${dayLabel(date)} \u2192 ${dayLabel(next)}`,
      steps,
      freezes: schedule.freezes.filter((f) => f.start < last && f.end > first.start),
      windows: schedule.windows.flatMap((w) => w.occurrences).filter((o) => o.date === date || o.date === next).filter((o) => o.end > first.start && o.start < last).sort((a, b) => a.start - b.start),
      ...nextPeak ? { nextPeak } : {}
    };
  });
}

export {
  dayLabel,
  clockText,
  nightsOf
};
