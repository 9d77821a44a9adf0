// A cache of loaded and validated documents for the git sources, so the pre-commit hook re-reads only
// the files a commit changes; the engine still judges the whole plan. An entry is keyed by the file's
// path, its git blob id (or the SHA-256 of the bytes read from a working tree), the load limits and
// changegate's version, and stored under .git/ (never
// committed). An entry that is not exactly what was asked for (another version, path, blob or limits),
// that fails its checksum or does not have the expected shape is ignored and rewritten, never trusted.
import { createHash, hash } from 'node:crypto';
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
  /** A valid change request's revision hash (revisionOf of its value), computed once per content. */
  revision?: string;
}

export interface DocumentCache {
  get(file: RepoFile, limits: LoadLimits): CachedLoad | undefined;
  put(file: RepoFile, limits: LoadLimits, entry: CachedLoad): void;
}

/** Bumped when the layout of an entry changes. */
const ENTRY_FORMAT = 2;

/**
 * An entry on disk: the SHA-256 (hex) of the body and a newline, then the body: the payload's length in
 * bytes and a newline, the payload (JSON), then the document's position rows as raw 32-bit integers in
 * this machine's byte order (part of the key). Raw rows are read straight into their array: as base64
 * inside the JSON they were two thirds of the bytes to read, hash, parse and decode.
 */
interface Payload {
  key: string;
  issues: LoadIssue[];
  validation?: KindResult;
  revision?: string;
  document?: { value: unknown; count: number; spelledKeys: [number, string][] };
}

const ROW_BYTES = 6 * Int32Array.BYTES_PER_ELEMENT;

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
  return `sha256:${hash('sha256', bytes, 'hex')}`;
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
  // Entries read or written by this process, restored once: the staged check evaluates the index and
  // HEAD, which share most files, and both evaluations then hold the very same loaded documents (read-only
  // once loaded, as the planner's series shares them), so the model built from them is shared too.
  const seen = new Map<string, CachedLoad>();
  const byteOrder = endianness();
  const keyOf = (file: RepoFile, limits: LoadLimits) =>
    JSON.stringify([ENTRY_FORMAT, version, byteOrder, file.path, file.blob, limits.maxBytes, limits.maxDepth, limits.maxAliases, limits.maxNodes]);
  const pathOf = (key: string) => join(dir, `${hash('sha256', key, 'hex').slice(0, 40)}.entry`);

  return {
    get(file, limits) {
      if (file.blob === undefined) return undefined;
      const key = keyOf(file, limits);
      const known = seen.get(key);
      if (known !== undefined) return known;
      let entry: CachedLoad | undefined;
      try {
        const body = verified(readFileSync(pathOf(key)));
        entry = body === undefined ? undefined : restore(body, key, file);
      } catch {
        return undefined;
      }
      if (entry !== undefined) seen.set(key, entry);
      return entry;
    },
    put(file, limits, entry) {
      if (file.blob === undefined) return;
      const key = keyOf(file, limits);
      const body = serialise(key, entry);
      if (body === undefined) return;
      seen.set(key, entry);
      try {
        mkdirSync(dir, { recursive: true });
        const path = pathOf(key);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${checksum(body)}\n`, 'latin1'), body]));
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

const REVISION = /^sha256:[0-9a-f]{64}$/;

// The one-shot crypto.hash: the same digest as createHash().update().digest(), without a stream object
// per file (a repository holds thousands).
function checksum(body: Uint8Array): string {
  return hash('sha256', body, 'hex');
}

/** The body of an entry whose checksum holds, else undefined. */
function verified(bytes: Buffer): Buffer | undefined {
  if (bytes.length < 65 || bytes[64] !== 0x0a) return undefined;
  const body = bytes.subarray(65);
  return checksum(body) === bytes.toString('latin1', 0, 64) ? body : undefined;
}

function serialise(key: string, entry: CachedLoad): Buffer | undefined {
  const payload: Payload = { key, issues: entry.issues };
  let rowBytes: Uint8Array = new Uint8Array(0);
  if (entry.validation) payload.validation = entry.validation;
  if (entry.revision !== undefined) payload.revision = entry.revision;
  if (entry.document) {
    // JSON cannot tell -0 from 0: such a (rare) file is simply not cached.
    if (hasNegativeZero(entry.document.value)) return undefined;
    const { rows, count, spelledKeys } = entry.document.spans;
    const used = rows.subarray(0, count * 6);
    rowBytes = Buffer.from(used.buffer, used.byteOffset, used.byteLength);
    payload.document = { value: entry.document.value, count, spelledKeys: [...spelledKeys] };
  }
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  return Buffer.concat([Buffer.from(`${json.length}\n`, 'latin1'), json, rowBytes]);
}

function restore(body: Buffer, key: string, file: RepoFile): CachedLoad | undefined {
  const newline = body.indexOf(0x0a);
  if (newline < 1 || newline > 12) return undefined;
  const lengthText = body.toString('latin1', 0, newline);
  if (!/^[0-9]+$/.test(lengthText)) return undefined;
  const rowsStart = newline + 1 + Number(lengthText);
  if (rowsStart > body.length) return undefined;
  let parsed: Payload;
  try {
    parsed = JSON.parse(body.toString('utf8', newline + 1, rowsStart)) as Payload;
  } catch {
    return undefined;
  }
  const rowBytes = body.length - rowsStart;
  if (parsed === null || typeof parsed !== 'object' || parsed.key !== key || !Array.isArray(parsed.issues)) return undefined;
  const entry: CachedLoad = { issues: parsed.issues };
  if (parsed.validation !== undefined) {
    if (parsed.validation === null || typeof parsed.validation !== 'object' || !Array.isArray(parsed.validation.problems)) return undefined;
    entry.validation = parsed.validation;
  }
  if (parsed.revision !== undefined) {
    if (typeof parsed.revision !== 'string' || !REVISION.test(parsed.revision) || parsed.validation?.kind !== 'ChangeRequest' || parsed.document === undefined) return undefined;
    entry.revision = parsed.revision;
  }
  if (parsed.document === undefined) {
    if (rowBytes !== 0) return undefined;
  } else {
    const d = parsed.document;
    if (d === null || typeof d !== 'object' || !Number.isInteger(d.count) || d.count < 0 || !Array.isArray(d.spelledKeys)) return undefined;
    if (rowBytes !== d.count * ROW_BYTES) return undefined;
    const rows = new Int32Array(d.count * 6);
    new Uint8Array(rows.buffer).set(body.subarray(rowsStart));
    const text = decodedText(file.bytes);
    if (text === undefined) return undefined;
    entry.document = { file: file.path, text, value: d.value, spans: { rows, count: d.count, spelledKeys: new Map(d.spelledKeys) }, lines: new LineIndex(text) };
  }
  return entry;
}

// One decoder for every entry: a call without `stream` starts afresh, even after a failed one.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text as loadYaml decodes it (strict UTF-8, a byte-order mark read as a space). */
function decodedText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
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
