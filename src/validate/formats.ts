// Custom JSON Schema formats used by the schemas in schemas/. They are looked up by name, both when
// ajv compiles a schema at run time and from the standalone validators generated at build time.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { IANAZone } from 'luxon';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

// luxon answers by constructing an Intl.DateTimeFormat; a repository names a handful of zones thousands
// of times, so each name is asked once.
const zoneValidity = new Map<string, boolean>();

/**
 * An Area/Location name (Europe/Paris) or UTC. Abbreviations and legacy names (CET, EST, MST7MDT) and
 * fixed offsets (Etc/GMT+1) are refused although the IANA database lists them: they do not say which
 * region's daylight-saving rules apply, and a maintenance window must.
 */
function isRegionZoneName(name: string): boolean {
  if (name === 'UTC' || name === 'Etc/UTC') return true;
  return name.includes('/') && !name.startsWith('Etc/') && /^[A-Z]/.test(name);
}

export function isValidTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0) return false;
  if (!isRegionZoneName(name)) return false;
  let valid = zoneValidity.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    // Bounded: a file of invented names must not grow the cache without limit.
    if (zoneValidity.size < 1000) zoneValidity.set(name, valid);
  }
  return valid;
}

// Bounded memo: a repository's instants repeat (every step of a night starts at the same time).
const instantTexts = new Map<string, boolean>();

export function isInstantText(text: string): boolean {
  let valid = instantTexts.get(text);
  if (valid === undefined) {
    valid = checkInstantText(text);
    if (instantTexts.size < 10_000) instantTexts.set(text, valid);
  }
  return valid;
}

function checkInstantText(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, offsetHours, offsetMinutes] = m;
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && Number(h) <= 23 && Number(mi) <= 59 && Number(s ?? 0) <= 59 &&
    // +01:99 is no offset: refused rather than read as +02:39.
    Number(offsetHours ?? 0) <= 23 && Number(offsetMinutes ?? 0) <= 59
  );
}


export const CUSTOM_FORMATS = {
  date: fullFormats.date as { validate: (s: string) => boolean; compare: (a: string, b: string) => number | undefined },
  'iana-time-zone': { type: 'string' as const, validate: isValidTimeZone },
  instant: { type: 'string' as const, validate: isInstantText },
};
