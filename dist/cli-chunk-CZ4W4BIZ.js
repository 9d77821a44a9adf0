import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  parseInstant
} from "./cli-chunk-45VVUP2D.js";

// src/core/as-of.ts
function parseAsOf(text, now) {
  if (text === "now") return now();
  const candidate = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  if (!/(?:Z|[+-]\d{2}:\d{2})$/.test(candidate)) {
    return { error: `--as-of "${text}" needs a time zone offset, e.g. 2026-12-01T09:00:00+01:00 or 2026-12-01T08:00:00Z` };
  }
  const parsed = parseInstant(candidate, "UTC");
  if (!parsed.ok) return { error: `--as-of "${text}" is not a valid instant; write e.g. 2026-12-01T09:00:00+01:00` };
  return parsed.ms;
}

export {
  parseAsOf
};
