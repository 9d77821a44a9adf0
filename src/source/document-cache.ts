// A cache of loaded and validated documents for the git sources, so the pre-commit hook re-reads only
// the files a commit changes; the engine still judges the whole plan. An entry is keyed by the file's
// path, its git blob id (or the SHA-256 of the bytes read from a working tree), the load limits and
// changegate's version, and stored under .git/ (never
// committed). An entry that is not exactly what was asked for (another version, path, blob or limits),
// that fails its checksum or does not have the expected shape is ignored and rewritten, never trusted.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepoFile } from './select.ts';
import { entryCodeFile } from '../core/code-file.ts';
import { LineIndex } from '../load/positions.ts';
import type { LoadIssue, LoadLimits, YamlDocument } from '../load/yaml.ts';
import type { KindResult } from '../validate/schemas.ts';

/** What evaluate() computes for one file before the model: the loaded document or its issues, and its validation. */
export interface CachedLoad {
  document?: YamlDocument;
  issues: LoadIssue[];
  validation?: KindResult;
}

export interface DocumentCache {
  get(file: RepoFile, limits: LoadLimits): CachedLoad | undefined;
  put(file: RepoFile, limits: LoadLimits, entry: CachedLoad): void;
}

/** Bumped when the layout of an entry changes. */
const ENTRY_FORMAT = 1;

interface Payload {
  key: string;
  issues: LoadIssue[];
  validation?: KindResult;
  document?: { value: unknown; rows: string; count: number; spelledKeys: [number, string][] };
}

/**
 * Which changegate wrote an entry: its version and a hash of the code running (the bundle's entry, or
 * this module when run from the sources), so a rebuilt changegate with the same version number never
 * reads what another build wrote.
 */
export function codeIdentity(version: string): string {
  let code = '';
  try {
    code = createHash('sha256').update(readFileSync(entryCodeFile() ?? fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
  } catch {
    code = 'unknown';
  }
  return `${version}+${code}`;
}

/**
 * The cache key of bytes read from a working tree: their SHA-256, never git's blob id, which is a plain
 * SHA-1 here (git itself hashes with collision detection): two files made to collide could otherwise
 * share an entry. The prefix keeps it apart from every git object id.
 */
export function contentId(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Files read from a working tree, each keyed for the cache by the hash of the bytes actually read, so an
 * edited, uncommitted file never meets an entry of another version. A file read only in part keeps no
 * key (the cache never serves it).
 */
export function withContentIds(files: readonly RepoFile[]): RepoFile[] {
  return files.map((file) => (file.size !== undefined && file.size > file.bytes.length ? file : { ...file, blob: contentId(file.bytes) }));
}

/** The cache in `dir` (created on the first write) for this version of changegate. */
export function documentCache(dir: string, version: string): DocumentCache {
  // Payloads read or written by this process: the staged check evaluates the index and HEAD, which
  // share most files; each get still returns fresh objects.
  const seen = new Map<string, string>();
  const keyOf = (file: RepoFile, limits: LoadLimits) =>
    JSON.stringify([ENTRY_FORMAT, version, endianness(), file.path, file.blob, limits.maxBytes, limits.maxDepth, limits.maxAliases, limits.maxNodes]);
  const pathOf = (key: string) => join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);

  return {
    get(file, limits) {
      if (file.blob === undefined) return undefined;
      const key = keyOf(file, limits);
      let payload = seen.get(key);
      if (payload === undefined) {
        try {
          payload = verified(readFileSync(pathOf(key), 'utf8'));
        } catch {
          return undefined;
        }
        if (payload === undefined) return undefined;
        seen.set(key, payload);
      }
      return restore(payload, key, file);
    },
    put(file, limits, entry) {
      if (file.blob === undefined) return;
      const key = keyOf(file, limits);
      const payload = serialise(key, entry);
      if (payload === undefined) return;
      seen.set(key, payload);
      try {
        mkdirSync(dir, { recursive: true });
        const path = pathOf(key);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, `${checksum(payload)}\n${payload}`);
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

function checksum(payload: string): string {
  return createHash('sha256').update(payload).digest('hex');
}

/** The payload of an entry whose checksum holds, else undefined. */
function verified(text: string): string | undefined {
  const newline = text.indexOf('\n');
  if (newline !== 64) return undefined;
  const payload = text.slice(newline + 1);
  return checksum(payload) === text.slice(0, newline) ? payload : undefined;
}

function serialise(key: string, entry: CachedLoad): string | undefined {
  const payload: Payload = { key, issues: entry.issues };
  if (entry.validation) payload.validation = entry.validation;
  if (entry.document) {
    // JSON cannot tell -0 from 0: such a (rare) file is simply not cached.
    if (hasNegativeZero(entry.document.value)) return undefined;
    const { rows, count, spelledKeys } = entry.document.spans;
    const used = rows.subarray(0, count * 6);
    payload.document = { value: entry.document.value, rows: Buffer.from(used.buffer, used.byteOffset, used.byteLength).toString('base64'), count, spelledKeys: [...spelledKeys] };
  }
  return JSON.stringify(payload);
}

function restore(payload: string, key: string, file: RepoFile): CachedLoad | undefined {
  let parsed: Payload;
  try {
    parsed = JSON.parse(payload) as Payload;
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.key !== key || !Array.isArray(parsed.issues)) return undefined;
  const entry: CachedLoad = { issues: parsed.issues };
  if (parsed.validation !== undefined) {
    if (parsed.validation === null || typeof parsed.validation !== 'object' || !Array.isArray(parsed.validation.problems)) return undefined;
    entry.validation = parsed.validation;
  }
  if (parsed.document !== undefined) {
    const d = parsed.document;
    if (d === null || typeof d !== 'object' || typeof d.rows !== 'string' || !Number.isInteger(d.count) || !Array.isArray(d.spelledKeys)) return undefined;
    const bytes = Buffer.from(d.rows, 'base64');
    if (bytes.length !== d.count * 6 * 4) return undefined;
    const rows = new Int32Array(d.count * 6);
    new Uint8Array(rows.buffer).set(bytes);
    const text = decodedText(file.bytes);
    if (text === undefined) return undefined;
    entry.document = { file: file.path, text, value: d.value, spans: { rows, count: d.count, spelledKeys: new Map(d.spelledKeys) }, lines: new LineIndex(text) };
  }
  return entry;
}

/** The text as loadYaml decodes it (strict UTF-8, a byte-order mark read as a space). */
function decodedText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

function hasNegativeZero(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0);
  if (value === null || typeof value !== 'object') return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (hasNegativeZero(item)) return true;
  return false;
}
