import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  DateTime,
  IANAZone
} from "./cli-chunk-W4CA3O5L.js";

// src/core/time.ts
var WITH_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
function utc(year, month, day, hour, minute, second, ms) {
  const date = new Date(Date.UTC(2e3, month, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}
var OFFSET_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
var LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
var zoneCache = /* @__PURE__ */ new Map();
var BUCKET = 36e5;
function zoneOf(name) {
  let zone = zoneCache.get(name);
  if (!zone) {
    if (!IANAZone.isValidZone(name)) return void 0;
    zone = IANAZone.create(name);
    const exact = zone.offset.bind(zone);
    const atHour = /* @__PURE__ */ new Map();
    const offsetAtHour = (hour) => {
      let offset = atHour.get(hour);
      if (offset === void 0) atHour.set(hour, offset = exact(hour * BUCKET));
      return offset;
    };
    const cache = /* @__PURE__ */ new Map();
    zone.offset = (ms) => {
      const key = Math.floor(ms / BUCKET);
      let known = cache.get(key);
      if (known === void 0) {
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
function offsetOf(ms, zoneName) {
  return zoneOf(zoneName)?.offset(ms) ?? 0;
}
var pad2 = (n) => String(n).padStart(2, "0");
var parsedInstants = /* @__PURE__ */ new Map();
function parseInstant(text, zoneName) {
  const key = WITH_OFFSET.test(text) ? text : `${zoneName}\0${text}`;
  let parsed = parsedInstants.get(key);
  if (!parsed) {
    parsed = Object.freeze(parseInstantText(text, zoneName));
    if (parsedInstants.size < 1e4) parsedInstants.set(key, parsed);
  }
  return parsed;
}
function parseInstantText(text, zoneName) {
  if (WITH_OFFSET.test(text)) {
    const m2 = OFFSET_INSTANT.exec(text);
    if (!m2) return { ok: false, reason: "invalid", message: `"${text}" is not a valid date-time` };
    const [, y2, mo2, d2, h2, mi2, s2, frac2, zone2] = m2;
    const wall = utc(Number(y2), Number(mo2) - 1, Number(d2), Number(h2), Number(mi2), Number(s2 ?? 0), Number((frac2 ?? "0").padEnd(3, "0").slice(0, 3)));
    const check2 = new Date(wall);
    if (check2.getUTCMonth() + 1 !== Number(mo2) || check2.getUTCDate() !== Number(d2) || check2.getUTCHours() !== Number(h2) || Number(mi2) > 59 || Number(s2 ?? 0) > 59) {
      return { ok: false, reason: "invalid", message: `"${text}" is not a valid date-time` };
    }
    const offsetMinutes = zone2 === "Z" || zone2 === void 0 ? 0 : (zone2.startsWith("-") ? -1 : 1) * (Number(zone2.slice(1, 3)) * 60 + Number(zone2.slice(4, 6)));
    if (Math.abs(offsetMinutes) >= 24 * 60) return { ok: false, reason: "invalid", message: `"${text}" has an offset out of range` };
    if (zone2 !== "Z" && zone2 !== void 0 && Number(zone2.slice(4, 6)) >= 60) return { ok: false, reason: "invalid", message: `"${text}" has an offset whose minutes are 60 or more` };
    return { ok: true, ms: wall - offsetMinutes * 6e4 };
  }
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, reason: "invalid", message: `"${text}" is not a valid date-time` };
  const zone = zoneOf(zoneName);
  if (!zone) return { ok: false, reason: "bad-zone", message: `"${zoneName}" is not an IANA time zone` };
  const [, y, mo, d, h, mi, s, frac] = m;
  const wallAsUtc = utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? "0").padEnd(3, "0").slice(0, 3)));
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() + 1 !== Number(mo) || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h)) {
    return { ok: false, reason: "invalid", message: `"${text}" is not a valid date-time` };
  }
  const candidates = new Set(wallClockInstants(wallAsUtc, zone));
  if (candidates.size === 0) {
    return {
      ok: false,
      reason: "nonexistent",
      message: `${text} does not exist in ${zoneName} (the clocks skip it at a daylight-saving change); write the instant with an explicit offset`
    };
  }
  if (candidates.size > 1) {
    const [a, b] = [...candidates].sort((p, q) => p - q);
    return {
      ok: false,
      reason: "ambiguous",
      message: `${text} happens twice in ${zoneName} (at ${formatOffsetInstant(a, zone)} and ${formatOffsetInstant(b, zone)}, the clocks go back); write the instant with an explicit offset`
    };
  }
  return { ok: true, ms: [...candidates][0] };
}
function wallClockInstants(wallAsUtc, zone) {
  const instants = [];
  for (const probe of [wallAsUtc - 14 * 36e5, wallAsUtc, wallAsUtc + 14 * 36e5]) {
    const offset = zone.offset(probe);
    const instant = wallAsUtc - offset * 6e4;
    if (zone.offset(instant) === offset && !instants.includes(instant)) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}
function formatOffsetInstant(ms, zone) {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? String(ms);
}
function formatInstant(ms, zoneName) {
  const offset = offsetOf(ms, zoneName);
  const local = new Date(ms + offset * 6e4);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${dateText(local)} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())} (${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)})`;
}
function isoInstant(ms, zoneName) {
  const offset = offsetOf(ms, zoneName);
  const local = new Date(Math.floor(ms / 1e3) * 1e3 + offset * 6e4);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${dateText(local)}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
function dateText(date) {
  const year = date.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(6, "0");
  return `${yearText}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}
function dateOfText(text) {
  const [, y, m, d] = /^([+-]?\d+)-(\d+)-(\d+)$/.exec(text) ?? [];
  const date = new Date(Date.UTC(2e3, Number(m) - 1, Number(d)));
  date.setUTCFullYear(Number(y));
  return date;
}
function localParts(ms, zoneName) {
  const local = new Date(ms + offsetOf(ms, zoneName) * 6e4);
  return {
    date: dateText(local),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: (local.getUTCDay() + 6) % 7 + 1
  };
}
function dayTypeOf(parts, holidays) {
  if (holidays.has(parts.date)) return "holiday";
  return parts.weekday >= 6 ? "weekend" : "weekday";
}
function localHourStarts(start, end, zoneName, limit = 24 * 14) {
  const offsetMs = offsetOf(start, zoneName) * 6e4;
  const first = Math.floor((start + offsetMs) / 36e5) * 36e5 - offsetMs;
  const hours = [];
  for (let t = first; t < end && hours.length < limit; t += 36e5) hours.push(t);
  return hours;
}
function localClockInstant(date, hh, mm, zoneName) {
  const zone = zoneOf(zoneName);
  const [y, mo, d] = date.split("-").map(Number);
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  if (!zone) return wall;
  const [first] = wallClockInstants(wall, zone);
  if (first !== void 0) return first;
  const offsets = [zone.offset(wall - 14 * 36e5), zone.offset(wall + 14 * 36e5)];
  let lo = wall - Math.max(...offsets) * 6e4;
  let hi = wall - Math.min(...offsets) * 6e4;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + zone.offset(mid) * 6e4 >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

export {
  zoneOf,
  parseInstant,
  wallClockInstants,
  formatInstant,
  isoInstant,
  dateText,
  dateOfText,
  localParts,
  dayTypeOf,
  localHourStarts,
  localClockInstant
};
