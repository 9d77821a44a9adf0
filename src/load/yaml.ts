// Loads one YAML file into plain JSON-compatible data plus a map from JSON Pointer to source offsets.
// The text is parsed once with js-yaml's event parser; values are built here from the events so that
// changegate controls every policy a safety gate needs: no custom tags, bounded aliases and nesting,
// duplicate keys refused, no prototype pollution, no silently lossy numbers.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import { indentationHint } from './indentation-hint.ts';
import type { Event } from 'js-yaml';
import { LineIndex, escapePointerToken } from './positions.ts';
import { readCommonSubset } from './subset-reader.ts';
import type { Range } from './positions.ts';

export interface LoadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most aliases (`*name`) in one file. */
  maxAliases: number;
  /** Most nodes once aliases are expanded (guards against alias bombs). */
  maxNodes: number;
}

/** The most `maxFileBytes` in changegate.yaml may allow (its schema's maximum): one file must not exhaust memory. */
export const MAX_FILE_BYTES_CEILING = 64 * 1024 * 1024;

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 1_000_000,
};

export type LoadIssueCode =
  | 'file-too-large'
  | 'invalid-utf8'
  | 'empty-file'
  | 'syntax'
  | 'too-deep'
  | 'multiple-documents'
  | 'duplicate-key'
  | 'complex-key'
  | 'unsupported-tag'
  | 'too-many-aliases'
  | 'too-many-nodes'
  | 'unknown-alias'
  | 'non-finite-number'
  | 'unsafe-integer';

export interface LoadIssue {
  code: LoadIssueCode;
  message: string;
  range: Range;
  /** JSON Pointer of the node the issue is about, where there is one. */
  pointer?: string;
}

/** A loaded document: its data and where every node of it sits in the text. */
export interface YamlDocument {
  file: string;
  text: string;
  value: unknown;
  /** Where every node sits in the text (see `locate`). */
  spans: SpanTable;
  lines: LineIndex;
}

export interface LoadResult {
  document?: YamlDocument;
  issues: LoadIssue[];
}

// The verbatim forms are the same standard tags written out in full (`!<tag:yaml.org,2002:str> 5`).
const ALLOWED_TAGS = new Set([
  '!!str',
  '!!map',
  '!!seq',
  '!<tag:yaml.org,2002:str>',
  '!<tag:yaml.org,2002:map>',
  '!<tag:yaml.org,2002:seq>',
]);

class LoadError extends Error {
  constructor(
    readonly code: LoadIssueCode,
    message: string,
    readonly start: number,
    readonly end: number,
    readonly pointer?: string,
  ) {
    super(message);
  }
}

/** Finds the byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    if (i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms are invalid too.
    const c1 = bytes[i + 1] as number;
    if (b === 0xe0 && c1 < 0xa0) return i;
    if (b === 0xed && c1 > 0x9f) return i;
    if (b === 0xf0 && c1 < 0x90) return i;
    if (b === 0xf4 && c1 > 0x8f) return i;
    i += need + 1;
  }
  return -1;
}

const PLAIN_NULL = /^(?:~|null|Null|NULL)?$/;
const PLAIN_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const PLAIN_INT = /^[-+]?[0-9]+$/;
const PLAIN_OCT = /^0o[0-7]+$/;
const PLAIN_HEX = /^0x[0-9a-fA-F]+$/;
const PLAIN_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const PLAIN_SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Resolves a plain scalar with the YAML 1.2 core schema (so `no`, `on` and dates stay strings). */
function resolvePlain(text: string, start: number, end: number, pointer: string): unknown {
  if (PLAIN_NULL.test(text)) return null;
  if (PLAIN_BOOL.test(text)) return text.toLowerCase() === 'true';
  let n: number | undefined;
  if (PLAIN_INT.test(text)) n = Number(text);
  else if (PLAIN_OCT.test(text)) n = parseInt(text.slice(2), 8);
  else if (PLAIN_HEX.test(text)) n = parseInt(text.slice(2), 16);
  else if (PLAIN_FLOAT.test(text)) n = Number(text);
  else if (PLAIN_SPECIAL_FLOAT.test(text)) {
    throw new LoadError(
      'non-finite-number',
      `"${text}" is an infinite or not-a-number value, which changegate does not accept; write a finite number, or quote it if you meant text`,
      start,
      end,
      pointer,
    );
  }
  if (n === undefined) return text;
  if (!Number.isFinite(n)) {
    throw new LoadError('non-finite-number', `"${text}" is too large to be a number; quote it if you meant text`, start, end, pointer);
  }
  if (Number.isInteger(n) && !Number.isSafeInteger(n) && /^[-+]?(?:0x|0o)?[0-9a-fA-F]+$/.test(text)) {
    throw new LoadError(
      'unsafe-integer',
      `${text} is an integer too large to be represented exactly; quote it if it is an identifier`,
      start,
      end,
      pointer,
    );
  }
  return n;
}

/**
 * Sets an own property without ever invoking a setter: on a plain object only `__proto__` has one, so
 * only that key pays for defineProperty.
 */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + countNodes(v), 1);
  if (value !== null && typeof value === 'object') {
    let sum = 1;
    for (const v of Object.values(value)) sum += countNodes(v);
    return sum;
  }
  return 1;
}

function deepCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepCopy);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) defineOwn(copy, k, deepCopy(v));
    return copy;
  }
  return value;
}

/**
 * Where every node of a document sits in the text, in document order (pre-order): one row of
 * `SPAN_FIELDS` integers per node in a typed array. A mapping entry's key is read back from the text
 * at its key span; only keys the text does not spell as they are (quoted, escaped, `~`, an alias)
 * are kept, by row. A JSON Pointer is resolved by walking this table only when a finding needs a
 * position. Rows in a typed array, instead of an object (and a Map) and a key string per node, keep a
 * large repository's heap small, and garbage collection time grows with the heap that survives.
 */
export interface SpanTable {
  /** `count` rows of SPAN_FIELDS: start, end, key start, key end (-1 if none), first row after the subtree, shape. */
  rows: Int32Array;
  /** Keys not spelled verbatim in the text at their key span, by row. */
  spelledKeys: Map<number, string>;
  count: number;
}

const SPAN_FIELDS = 6;
const START = 0;
const END = 1;
const KEY_START = 2;
const KEY_END = 3;
const AFTER = 4;
const SHAPE = 5;
const SHAPE_LEAF = 0;
const SHAPE_MAP = 1;
const SHAPE_SEQ = 2;

class SpanRecorder {
  rows = new Int32Array(SPAN_FIELDS * 256);
  readonly spelledKeys = new Map<number, string>();
  count = 0;

  constructor(private readonly text: string) {}

  /** Adds a row and returns its index; containers get their end and AFTER when they close. */
  open(start: number, end: number, shape: number, key: string | undefined, keyStart: number, keyEnd: number): number {
    if ((this.count + 1) * SPAN_FIELDS > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const row = this.count++;
    const at = row * SPAN_FIELDS;
    this.rows[at + START] = start;
    this.rows[at + END] = end;
    this.rows[at + KEY_START] = keyStart;
    this.rows[at + KEY_END] = keyEnd;
    this.rows[at + AFTER] = row + 1;
    this.rows[at + SHAPE] = shape;
    if (key !== undefined && !spelledAt(this.text, key, keyStart, keyEnd)) this.spelledKeys.set(row, key);
    return row;
  }

  close(row: number, end: number): void {
    this.rows[row * SPAN_FIELDS + END] = end;
    this.rows[row * SPAN_FIELDS + AFTER] = this.count;
  }

  /** The key start of the child of `parent` whose key is `key` (for the duplicate-key message). */
  keyStartOf(parent: number, key: string): number {
    // Only asked of the mapping being built, whose children so far run to the end of the table.
    for (let child = parent + 1; child < this.count; child = this.rows[child * SPAN_FIELDS + AFTER] as number) {
      if (keyIs(this.text, this.rows, this.spelledKeys, child, key)) return this.rows[child * SPAN_FIELDS + KEY_START] as number;
    }
    return -1;
  }

  table(): SpanTable {
    return { rows: this.rows.slice(0, this.count * SPAN_FIELDS), spelledKeys: this.spelledKeys, count: this.count };
  }
}

/** Whether `key` is exactly the text between `start` and `end`. */
function spelledAt(text: string, key: string, start: number, end: number): boolean {
  return key.length === end - start && text.startsWith(key, start);
}

/** Whether the mapping key of `row` is `key`. */
function keyIs(text: string, rows: Int32Array, spelledKeys: ReadonlyMap<number, string>, row: number, key: string): boolean {
  const spelled = spelledKeys.get(row);
  if (spelled !== undefined) return spelled === key;
  const start = rows[row * SPAN_FIELDS + KEY_START] as number;
  return start >= 0 && spelledAt(text, key, start, rows[row * SPAN_FIELDS + KEY_END] as number);
}

interface Frame {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  /** The container's row in the span table. */
  row: number;
  lastEnd: number;
  anchor?: string;
  /** For maps: the key waiting for its value (undefined when none), and where it is. */
  pendingKey: string | undefined;
  pendingKeyStart: number;
  pendingKeyEnd: number;
}

class Builder {
  readonly spans: SpanRecorder;
  private readonly anchors = new Map<string, { value: unknown; nodes: number }>();
  private aliasCount = 0;
  private nodeCount = 0;
  private readonly stack: Frame[] = [];
  root: unknown = undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly limits: LoadLimits,
  ) {
    this.spans = new SpanRecorder(text);
  }

  /** The JSON Pointer of the slot the next node fills (only computed for error messages). */
  private slotPointer(): string {
    let pointer = '';
    for (let i = 0; i < this.stack.length; i++) {
      const frame = this.stack[i] as Frame;
      if (frame.kind === 'seq') pointer += '/' + (frame.value as unknown[]).length;
      // A map's slot is under its pending key; with none, the next node is a key of the map itself.
      else if (frame.pendingKey !== undefined) pointer += '/' + escapePointerToken(frame.pendingKey);
    }
    return pointer;
  }

  /** Where an empty scalar sits: after the colon of its key, or after the dash of its sequence entry. */
  private emptyValueAt(): number {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return 0;
    if (top.kind === 'map') {
      if (top.pendingKey === undefined) return top.lastEnd;
      const colon = this.skipBlank(top.pendingKeyEnd);
      return this.text.charCodeAt(colon) === 0x3a ? colon + 1 : top.pendingKeyEnd;
    }
    // The first entry's dash is where the sequence starts, just before lastEnd.
    if ((top.value as unknown[]).length === 0) return top.lastEnd;
    const dash = this.skipBlank(top.lastEnd);
    return this.text.charCodeAt(dash) === 0x2d ? dash + 1 : top.lastEnd;
  }

  /** The first offset from `p` that is not a space, a line break or a comment. */
  private skipBlank(p: number): number {
    const text = this.text;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++;
      else if (c === 0x23) {
        const eol = text.indexOf('\n', p);
        p = eol < 0 ? text.length : eol;
      } else break;
    }
    return p;
  }

  private isKeySlot(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && top.kind === 'map' && top.pendingKey === undefined;
  }

  private checkTag(tagStart: number, tagEnd: number, at: number): string | undefined {
    if (tagStart < 0) return undefined;
    const tag = this.text.slice(tagStart, tagEnd);
    if (!ALLOWED_TAGS.has(tag)) {
      throw new LoadError(
        'unsupported-tag',
        `the tag ${tag} is not supported: changegate files hold plain data; remove the tag${tag.startsWith('!!') ? '' : ' (custom tags are refused by design)'}`,
        tagStart,
        Math.max(tagEnd, at),
        this.slotPointer(),
      );
    }
    return tag;
  }

  private countNode(n: number, start: number, end: number): void {
    this.nodeCount += n;
    if (this.nodeCount > this.limits.maxNodes) {
      throw new LoadError(
        'too-many-nodes',
        `the document expands to more than ${this.limits.maxNodes} nodes (aliases included); this looks like an alias bomb`,
        start,
        end,
        this.slotPointer(),
      );
    }
  }

  /** Opens the span row of the node that fills the next slot, with the mapping key it is the value of. */
  private openRow(start: number, end: number, shape: number): number {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined && top.kind === 'map') return this.spans.open(start, end, shape, top.pendingKey, top.pendingKeyStart, top.pendingKeyEnd);
    return this.spans.open(start, end, shape, undefined, -1, -1);
  }

  private place(value: unknown, end: number, anchor: string | undefined): void {
    const top = this.stack[this.stack.length - 1];
    if (anchor !== undefined) this.anchors.set(anchor, { value, nodes: countNodes(value) });
    if (!top) {
      this.root = value;
      return;
    }
    if (end > top.lastEnd) top.lastEnd = end;
    if (top.kind === 'seq') {
      (top.value as unknown[]).push(value);
      return;
    }
    const pending = top.pendingKey;
    if (pending === undefined) throw new Error('internal: mapping value without key');
    defineOwn(top.value as Record<string, unknown>, pending, value);
    top.pendingKey = undefined;
  }

  private acceptKey(key: unknown, start: number, end: number): void {
    const top = this.stack[this.stack.length - 1] as Frame;
    const keyText = typeof key === 'string' ? key : key === null ? '' : String(key);
    if (Object.prototype.hasOwnProperty.call(top.value, keyText)) {
      const line = this.lines.position(this.spans.keyStartOf(top.row, keyText)).line;
      throw new LoadError(
        'duplicate-key',
        `duplicate ${keyText === '' ? 'empty (or null) key' : `key "${keyText}"`}: it is already defined on line ${line}; remove one of them`,
        start,
        end,
        this.slotPointer() + '/' + escapePointerToken(keyText),
      );
    }
    top.pendingKey = keyText;
    top.pendingKeyStart = start;
    top.pendingKeyEnd = end;
    if (end > top.lastEnd) top.lastEnd = end;
  }

  handle(event: Event): void {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        let start = quoted ? event.valueStart - 1 : event.valueStart;
        if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
          // A block scalar's content starts at the beginning of its first line: point past the indentation.
          while (start < event.valueEnd && this.text.charCodeAt(start) === 32) start++;
        }
        let end = quoted ? event.valueEnd + 1 : event.valueEnd;
        // An empty value (`procedure:` and nothing after it) has no text: it sits where its text would.
        if (event.valueStart < 0) start = end = this.emptyValueAt();
        const tag = this.checkTag(event.tagStart, event.tagEnd, start);
        const raw = getScalarValue(this.text, event);
        let value: unknown = raw;
        if (event.style === SCALAR_STYLE.PLAIN && tag === undefined) {
          try {
            value = resolvePlain(raw, start, end, '');
          } catch (err) {
            if (err instanceof LoadError) throw new LoadError(err.code, err.message, err.start, err.end, this.slotPointer());
            throw err;
          }
        }
        this.countNode(1, start, end);
        const anchor = event.anchorStart >= 0 ? this.text.slice(event.anchorStart, event.anchorEnd) : undefined;
        if (this.isKeySlot()) {
          if (anchor !== undefined) this.anchors.set(anchor, { value, nodes: 1 });
          this.acceptKey(value, start, end);
        } else {
          this.openRow(start, end, SHAPE_LEAF);
          this.place(value, end, anchor);
        }
        return;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (this.isKeySlot()) {
          throw new LoadError(
            'complex-key',
            'a mapping or sequence cannot be used as a key; keys must be plain text',
            event.start,
            event.start + 1,
            this.slotPointer(),
          );
        }
        this.checkTag(event.tagStart, event.tagEnd, event.start);
        if (this.stack.length >= this.limits.maxDepth) {
          throw new LoadError(
            'too-deep',
            `nesting deeper than ${this.limits.maxDepth} levels is refused`,
            event.start,
            event.start + 1,
            this.slotPointer(),
          );
        }
        this.countNode(1, event.start, event.start + 1);
        const anchor = event.anchorStart >= 0 ? this.text.slice(event.anchorStart, event.anchorEnd) : undefined;
        const isMap = event.type === EVENT_ID.MAPPING;
        const frame: Frame = {
          kind: isMap ? 'map' : 'seq',
          value: isMap ? {} : [],
          row: this.openRow(event.start, event.start + 1, isMap ? SHAPE_MAP : SHAPE_SEQ),
          lastEnd: event.start + 1,
          pendingKey: undefined,
          pendingKeyStart: -1,
          pendingKeyEnd: -1,
        };
        if (anchor !== undefined) frame.anchor = anchor;
        this.stack.push(frame);
        return;
      }
      case EVENT_ID.POP: {
        const frame = this.stack.pop();
        if (!frame) return; // end of document
        this.spans.close(frame.row, frame.lastEnd);
        this.place(frame.value, frame.lastEnd, frame.anchor);
        return;
      }
      case EVENT_ID.ALIAS: {
        const name = this.text.slice(event.anchorStart, event.anchorEnd);
        const start = Math.max(0, event.anchorStart - 1);
        const end = event.anchorEnd;
        this.aliasCount++;
        if (this.aliasCount > this.limits.maxAliases) {
          throw new LoadError(
            'too-many-aliases',
            `more than ${this.limits.maxAliases} aliases in one file; write the values out instead`,
            start,
            end,
            this.slotPointer(),
          );
        }
        const target = this.anchors.get(name);
        if (!target) {
          throw new LoadError('unknown-alias', `alias *${name} refers to no anchor defined before it`, start, end, this.slotPointer());
        }
        this.countNode(target.nodes, start, end);
        // The alias itself is the located node; positions inside it resolve to the alias.
        if (this.isKeySlot()) this.acceptKey(target.value, start, end);
        else {
          this.openRow(start, end, SHAPE_LEAF);
          this.place(deepCopy(target.value), end, undefined);
        }
        return;
      }
      default:
        return;
    }
  }
}

function issueFromError(lines: LineIndex, err: LoadError): LoadIssue {
  return {
    code: err.code,
    message: err.message,
    range: lines.range(err.start, err.end),
    ...(err.pointer !== undefined ? { pointer: err.pointer } : {}),
  };
}

/**
 * Which parser reads the text: `auto` tries the fast reader for the plain subset first (see
 * `subset-reader.ts`) and falls back to js-yaml; `js-yaml` always uses js-yaml (the tests compare the two).
 */
export type YamlReader = 'auto' | 'js-yaml';

/** The issue for a file over the size limit; the sources check sizes before reading, with the same words. */
export function fileTooLarge(size: number, limits: LoadLimits): LoadIssue {
  return {
    code: 'file-too-large',
    message: `the file is ${size} bytes, more than the limit of ${limits.maxBytes} bytes; split it into smaller files (an inventory may be spread over several Inventory files in inventory/, for example one per region, whose sections are merged) or raise maxFileBytes in changegate.yaml (at most ${MAX_FILE_BYTES_CEILING} bytes, 64 MiB)`,
    range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}

/**
 * Decodes and parses one file. Never throws for bad input: every problem comes back as a located issue.
 */
export function loadYaml(
  file: string,
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  reader: YamlReader = 'auto',
): LoadResult {
  const origin: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (bytes.length > limits.maxBytes) return { issues: [fileTooLarge(bytes.length, limits)] };
  // The strict decoder is fast; the byte scanner that finds where the encoding breaks runs only then.
  let decoded: string | undefined;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    decoded = undefined;
  }
  const bad = decoded === undefined ? firstInvalidUtf8(bytes) : -1;
  if (bad >= 0) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = new LineIndex(prefix);
    const at = lines.position(prefix.length);
    return {
      issues: [
        {
          code: 'invalid-utf8',
          message: `byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')} at offset ${bad} is not valid UTF-8; save the file as UTF-8`,
          range: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 },
        },
      ],
    };
  }
  let text = decoded ?? new TextDecoder('utf-8').decode(bytes);
  // A leading byte-order mark is harmless; js-yaml would otherwise see it as content.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  const lines = new LineIndex(text);

  if (reader === 'auto') {
    // Most repository files are in the plain subset the fast reader handles; it declines the rest, and
    // any document it reads that the builder refuses (a duplicate key, a limit) is read again by js-yaml
    // below, so every issue is reported exactly as js-yaml's reading reports it.
    const builder = new Builder(text, lines, limits);
    let read = false;
    try {
      read = readCommonSubset(text, (event) => builder.handle(event));
    } catch (err) {
      if (!(err instanceof LoadError)) throw err;
    }
    if (read) return { document: { file, text, value: builder.root, spans: builder.spans.table(), lines }, issues: [] };
  }

  let events: Event[];
  try {
    // js-yaml counts every node, scalars included, so a collection nested maxDepth deep needs two more
    // levels in the parser; the builder enforces the exact bound on collections.
    events = parseEvents(text, { filename: file, maxDepth: limits.maxDepth + 2 });
  } catch (err) {
    const mark = (err as { mark?: { position?: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? (err instanceof Error ? err.message : String(err));
    const position = typeof mark?.position === 'number' ? mark.position : 0;
    const code: LoadIssueCode = /maxDepth/.test(reason) ? 'too-deep' : 'syntax';
    // js-yaml refuses tabs in some places YAML allows them (inside flow collections, after `key:`) with
    // a misleading message; say what to change.
    const lineStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
    const tabHint = text.slice(lineStart, position + 1).includes('\t') ? ' (this line has a tab character: use spaces instead)' : '';
    const indentation = /^bad indentation of a (mapping|sequence) entry/.test(reason) ? indentationHint(text, position) : '';
    const message =
      code === 'too-deep' ? `nesting deeper than ${limits.maxDepth} levels is refused` : `YAML syntax error: ${reason}${indentation}${tabHint}`;
    return { issues: [{ code, message, range: lines.range(position, position + 1) }] };
  }

  const documentStarts: number[] = [];
  events.forEach((e, i) => {
    if (e.type === EVENT_ID.DOCUMENT) documentStarts.push(i);
  });
  if (documentStarts.length === 0 || events.length <= 2) {
    return {
      issues: [
        {
          code: 'empty-file',
          message: 'the file holds no YAML document; expected a mapping that starts with `kind:`',
          range: origin,
        },
      ],
    };
  }
  if (documentStarts.length > 1) {
    const secondIndex = documentStarts[1] as number;
    const next = events[secondIndex + 1];
    const offset = next && 'start' in next ? next.start : next && 'valueStart' in next ? next.valueStart : text.length;
    // Report at the `---` line before the second document when there is one.
    const marker = text.lastIndexOf('---', offset);
    const at = marker >= 0 ? marker : offset;
    return {
      issues: [
        {
          code: 'multiple-documents',
          message: 'changegate reads one YAML document per file (by design); move each further document into a file of its own',
          range: lines.range(at, at + 3),
        },
      ],
    };
  }

  const builder = new Builder(text, lines, limits);
  try {
    for (const event of events) builder.handle(event);
  } catch (err) {
    if (err instanceof LoadError) return { issues: [issueFromError(lines, err)] };
    throw err;
  }
  return {
    document: {
      file,
      text,
      value: builder.root,
      spans: builder.spans.table(),
      lines,
    },
    issues: [],
  };
}

/**
 * The range of the node at `pointer`, or of its nearest ancestor that exists in the file (a missing
 * property is reported on the object that should hold it). With `preferKey`, a mapping entry points at its key.
 */
export function locate(doc: YamlDocument, pointer: string, preferKey = false): Range {
  const { rows, spelledKeys, count } = doc.spans;
  if (count === 0) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let found = 0;
  if (pointer !== '') {
    const tokens = pointer.slice(1).split('/');
    for (let i = 0; i < tokens.length; i++) {
      const token = (tokens[i] as string).replace(/~1/g, '/').replace(/~0/g, '~');
      const shape = rows[found * SPAN_FIELDS + SHAPE];
      const after = rows[found * SPAN_FIELDS + AFTER] as number;
      let child = found + 1;
      if (shape === SHAPE_MAP) {
        while (child < after && !keyIs(doc.text, rows, spelledKeys, child, token)) child = rows[child * SPAN_FIELDS + AFTER] as number;
      } else if (shape === SHAPE_SEQ && /^(0|[1-9][0-9]*)$/.test(token)) {
        for (let skip = Number(token); skip > 0 && child < after; skip--) child = rows[child * SPAN_FIELDS + AFTER] as number;
      } else child = after;
      if (child >= after) break;
      found = child;
    }
  }
  const at = found * SPAN_FIELDS;
  if (preferKey && (rows[at + KEY_START] as number) >= 0) return doc.lines.range(rows[at + KEY_START] as number, rows[at + KEY_END] as number);
  return doc.lines.range(rows[at + START] as number, rows[at + END] as number);
}
