import { hash } from 'node:crypto';
import type { Severity } from '../model/types.ts';

/** A value a finding carries in `data`: plain JSON so formatters and baselines can compare it. */
export type FindingValue = string | number | boolean | null | readonly (string | number)[];
export type FindingData = Record<string, FindingValue>;

/** The one result shape every stage, rule and formatter shares. Lines and columns are 1-based. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** Repository-relative POSIX path; '' for findings about the repository as a whole. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON Pointer into the file's document. */
  path: string;
  data: FindingData;
  /** The change request (and step) the finding is about, when there is one: waivers match on these. */
  changeId?: string;
  stepId?: string;
  /** Stable identity across line moves: rule, message, file, path and data; never the line. */
  fingerprint: string;
  /** Set when a waiver covers the finding. */
  waivedBy?: string;
}

/** Whether a finding is about this change request: its own, or one naming it among the changes it involves. */
export function concernsChange(f: Pick<Finding, 'changeId' | 'data'>, changeId: string): boolean {
  if (f.changeId === changeId) return true;
  const ids = f.data.changeIds;
  return Array.isArray(ids) && ids.includes(changeId);
}

// Each key's quoted form with its colon, made once: the same few dozen keys recur in every document.
const quotedKeys = new Map<string, string>();

// The sorted order of each key sequence seen, by its first key. Documents repeat a few dozen shapes
// (every step, window, test call), and sorting copies the keys into a work array each time: at XL that
// was a sixth of everything the evaluation allocated. Bounded, like quotedKeys.
const sortedOrders = new Map<string, string[][]>();
let sortedOrderCount = 0;

/** `keys` in sorted order: the remembered order of the same sequence, or a sort. Callers only read it. */
function sortedKeys(keys: string[]): readonly string[] {
  const n = keys.length;
  if (n < 2) return keys;
  const first = keys[0] as string;
  const known = sortedOrders.get(first);
  if (known !== undefined) {
    // Pairs: the sequence as seen, then its sorted order.
    candidates: for (let c = 0; c < known.length; c += 2) {
      const seen = known[c] as string[];
      if (seen.length !== n) continue;
      for (let i = 1; i < n; i++) if (seen[i] !== keys[i]) continue candidates;
      return known[c + 1] as string[];
    }
  }
  const sorted = keys.slice().sort();
  // At most 16 sequences per first key, so a lookup never scans many (data keys are the user's).
  if (sortedOrderCount < 4096 && (known === undefined || known.length < 32)) {
    sortedOrderCount++;
    if (known === undefined) sortedOrders.set(first, [keys, sorted]);
    else known.push(keys, sorted);
  }
  return sorted;
}

/** JSON with object keys sorted, so equal data always gives equal text (hashes, fingerprints, revisions). */
export function stableStringify(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = '[' + stableStringify(value[0]);
    for (let i = 1; i < value.length; i++) out += ',' + stableStringify(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(Object.keys(record));
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key) + ':';
      // Bounded: keys are mostly schema names, but data keys (policy rule ids) are the user's.
      if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
    }
    out += (i > 0 ? ',' : '') + quoted + stableStringify(record[key]);
  }
  return out + '}';
}

/**
 * SHA-256 of a text's UTF-8 bytes, in hex. The one-shot `crypto.hash` (Node 20.12 and later) gives the
 * same digest as `createHash().update().digest()` without building a stream object per call: every
 * finding and every change request is hashed.
 */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function fingerprintOf(f: Pick<Finding, 'ruleId' | 'messageId' | 'file' | 'path' | 'data'>): string {
  return sha256Hex(stableStringify([f.ruleId, f.messageId, f.file, f.path, f.data])).slice(0, 24);
}

/** A message template split once: literal text, then per placeholder its whole text, its name and the text after it. */
const compiledTemplates = new Map<string, string[]>();

function compileTemplate(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/(\{\{\s*([A-Za-z0-9_]+)\s*\}\})/);
    // Templates come from rule definitions, a bounded set; the bound guards against misuse.
    if (compiledTemplates.size < 10_000) compiledTemplates.set(template, parts);
  }
  return parts;
}

/** Replaces `{{name}}` placeholders with values from `data` (arrays joined with ", "); unknown names stay as written. */
export function interpolate(template: string, data: FindingData): string {
  const parts = compileTemplate(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1] as string;
    if (!Object.hasOwn(data, name)) out += parts[i] as string;
    else {
      const value = data[name];
      out += Array.isArray(value) ? value.join(', ') : String(value);
    }
    out += parts[i + 2] as string;
  }
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Deterministic order: by file, position, rule, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0) ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  );
}

/**
 * How many items a finding lists when it names steps or change requests that took part in the same story
 * (thousands of change requests can overlap): the rest are counted, so a finding's size follows the
 * input, not the number of pairs.
 */
export const FINDING_LIST_LIMIT = 10;

/** The first `limit` items and the total: "a, b, c and 27 more". */
export function listedAndCounted(items: readonly string[], limit = FINDING_LIST_LIMIT): { listed: string[]; count: number; text: string } {
  const listed = items.slice(0, limit);
  const text = items.length > listed.length ? `${listed.join(', ')} and ${items.length - listed.length} more` : listed.join(', ');
  return { listed, count: items.length, text };
}
