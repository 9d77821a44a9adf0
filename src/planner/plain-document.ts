// The revised change request written without the `yaml` package, for the plain files repositories are
// made of: the same edits (revision.ts) and, byte for byte, the text document.ts writes with `yaml`.
// It answers only where it is sure to: a file laid out as top-level `key: value` lines and indented
// blocks, with comments and blank lines, and values of plain data whose every scalar it can spell as
// `yaml` would. For
// anything else it throws OutsidePlainYaml and the caller writes with document.ts instead. It spares the
// safe-plan hint of `check` loading, parsing and running `yaml` (about a tenth of the text check).
import { reviserOf } from './revision.ts';
import type { DocumentReviser, Json, TopLevelPair } from './revision.ts';

/** The text or a value is outside what this writer spells exactly as `yaml` does: write with document.ts. */
export class OutsidePlainYaml extends Error {}

function outside(why: string): never {
  throw new OutsidePlainYaml(why);
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:([ ]+)(.*))?$/;
/** Literal or folded block scalar headers, clipped or stripped, without an indentation indicator. */
const BLOCK_SCALAR_HEADER = /^[|>]-?$/;

/**
 * Revisions of `original` (see DocumentReviser), as document.ts writes them, without `yaml`. Throws
 * OutsidePlainYaml, when made or when revising, wherever it could differ from document.ts.
 */
export function plainDocumentReviser(original: string): DocumentReviser {
  const { pairs, stepsStart } = topLevelPairs(original);
  return reviserOf(original, pairs, stepsStart, renderPair);
}

/**
 * The top-level keys and their ranges as `yaml` reports them, for a file whose every line at column 0 is
 * `key: value`, `key:` opening an indented block, a blank line or a comment.
 */
function topLevelPairs(original: string): { pairs: TopLevelPair[]; stepsStart: number } {
  if (original.includes('\r') || original.includes('\t')) outside('carriage returns or tabs');
  const pairs: TopLevelPair[] = [];
  const seen = new Set<string>();
  let stepsStart = original.length;
  // The pair being read. `valueEnd` is `yaml`'s end of the value (after its last line with content, or
  // after an inline value's text); `nodeEnd` also takes what trails it (comment lines of the block, or the
  // rest of an inline value's line).
  let open:
    | { key: string; keyStart: number; valueStart: number; valueEnd: number; nodeEnd: number; kind: 'inline' | 'block-scalar' | 'block'; content: boolean; blankAfterContent: boolean; interrupted: boolean; doubtfulTrail: boolean }
    | undefined;
  const close = () => {
    if (!open) return;
    if (!open.content && open.kind !== 'inline') outside(`${open.key} has no value`);
    if (open.doubtfulTrail) outside(`a comment after a blank line at the end of ${open.key}`);
    pairs.push({ key: open.key, keyRange: [open.keyStart, open.keyStart + open.key.length, open.keyStart + open.key.length], valueRange: [open.valueStart, open.valueEnd, open.nodeEnd] });
    open = undefined;
  };
  let offset = 0;
  while (offset < original.length) {
    const newline = original.indexOf('\n', offset);
    const lineEnd = newline === -1 ? original.length : newline;
    const next = newline === -1 ? original.length : newline + 1;
    const line = original.slice(offset, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '') {
      // A blank line belongs to no value's range unless content follows it.
      if (open) open.blankAfterContent = open.content;
    } else if (line[0] === '#') {
      // A comment at column 0 belongs to no value; a block scalar cannot go on after it.
      if (open) open.interrupted = true;
    } else if (line[0] === ' ') {
      if (!open) outside('an indented line above the first key');
      if (open.kind === 'inline') outside(`${open.key} continues over several lines`);
      if (trimmed.startsWith('#')) {
        if (open.kind === 'block-scalar') outside(`a comment line in the block scalar ${open.key}`);
        // A comment line of the block: inside it when content follows, else trailing (in the node only).
        if (open.content) {
          if (open.blankAfterContent) open.doubtfulTrail = true;
          else open.nodeEnd = next;
        }
      } else {
        if (open.kind === 'block-scalar' && open.interrupted) outside(`a comment at column 0 inside the block scalar ${open.key}`);
        if (!open.content && open.kind === 'block') open.valueStart = offset + (line.length - line.trimStart().length);
        open.content = true;
        open.blankAfterContent = false;
        open.doubtfulTrail = false;
        open.valueEnd = next;
        open.nodeEnd = next;
      }
    } else {
      close();
      const match = KEY_LINE.exec(line.trimEnd());
      if (!match) outside(`a line at column 0 that is not a plain key: ${trimmed.slice(0, 40)}`);
      const key = match[1] as string;
      if (seen.has(key)) outside(`${key} appears twice`);
      seen.add(key);
      if (key === 'steps') stepsStart = offset;
      const rest = match[3] ?? '';
      const valueStart = offset + key.length + 1 + (match[2]?.length ?? 0);
      const common = { key, keyStart: offset, blankAfterContent: false, interrupted: false, doubtfulTrail: false };
      if (rest === '') open = { ...common, valueStart: next, valueEnd: next, nodeEnd: next, kind: 'block', content: false };
      else if (BLOCK_SCALAR_HEADER.test(rest)) open = { ...common, valueStart, valueEnd: next, nodeEnd: next, kind: 'block-scalar', content: false };
      else {
        // A plain value ends where its comment starts; a quoted or bracketed one must carry none.
        const value = /^["'[{]/.test(rest) ? rest : rest.replace(/\s+#.*$/, '');
        if (!completeOnOneLine(value)) outside(`${key} may continue on the next line`);
        open = { ...common, valueStart, valueEnd: valueStart + value.length, nodeEnd: next, kind: 'inline', content: true };
      }
    }
    offset = next;
  }
  close();
  return { pairs, stepsStart };
}

/** Whether an inline value surely ends on its line: no comment, quote or bracket that could go on. */
function completeOnOneLine(text: string): boolean {
  if (/(?:^|\s)#/.test(text) || /^[&*!|>%@`]/.test(text)) return false;
  if (text.startsWith('"')) return text.length > 1 && text.endsWith('"') && !text.includes('\\') && text.indexOf('"', 1) === text.length - 1;
  if (text.startsWith("'")) return text.length > 1 && text.endsWith("'") && (text.match(/'/g) ?? []).length % 2 === 0;
  if (text.startsWith('[') || text.startsWith('{')) {
    // Brackets balanced outside quotes, and the line ends with the outermost one.
    let depth = 0;
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quote !== undefined) {
        if (ch === '\\') return false;
        if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = undefined;
        }
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') {
        depth--;
        if (depth < 0 || (depth === 0 && i !== text.length - 1)) return false;
      }
    }
    return depth === 0 && quote === undefined;
  }
  return !/["'[\]{}]/.test(text);
}

// The core schema's tests (yaml's schema/core and schema/common): a string matching one is quoted.
const CORE_SCHEMA_TESTS = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** yaml's plainString: what a plain scalar may not start with, contain or end with. */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Characters yaml writes escaped, in double quotes, or that this writer leaves to it. */
// eslint-disable-next-line no-control-regex
const LEFT_TO_YAML = /[\x00-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\u2028\u2029\ufeff]/u;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function keyText(key: string): string {
  if (!PLAIN_KEY.test(key) || CORE_SCHEMA_TESTS.some((test) => test.test(key))) outside(`the key ${JSON.stringify(key)}`);
  return key;
}

/** A one-line string as yaml writes it with lineWidth 0: plain where it reads back as the same string, else quoted. */
function stringText(value: string, inFlow: boolean): string {
  if (LEFT_TO_YAML.test(value) || /^(?:---|\.\.\.)/.test(value)) outside('a string with line breaks, control characters or a document marker');
  const plain = !(inFlow && /[[\]{},]/.test(value)) && !NOT_PLAIN.test(value) && !CORE_SCHEMA_TESTS.some((test) => test.test(value));
  if (plain) return value;
  // yaml's quotedString: single quotes for a string with double quotes only, else double quotes (JSON's
  // spelling, for a string without line breaks or control characters).
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

function scalarText(value: Json, inFlow: boolean): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : JSON.stringify(value)) : Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  if (typeof value === 'string') return stringText(value, inFlow);
  return undefined;
}

function isPlainObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Where document.ts writes a collection on one line (short lists and test calls, as people write them):
 * by place, as `yaml` marks each node it made, so a value met in two places is judged in each.
 */
interface FlowPlaces {
  seq?: true;
  map?: true;
  keys?: Readonly<Record<string, FlowPlaces>>;
  anyKey?: FlowPlaces;
  items?: FlowPlaces;
}
const PLANNED_ITEM: FlowPlaces = {
  keys: {
    verification: { keys: { testCalls: { items: { map: true } } } },
    targets: { anyKey: { seq: true } },
    dependsOn: { seq: true },
    psaps: { seq: true },
  },
};
const NOWHERE: FlowPlaces = {};
/** Deeper than any change request: a guard against a value that contains itself. */
const MAX_DEPTH = 64;

/** `key: value` as document.ts's renderPair writes it with `yaml`. */
function renderPair(key: string, value: Json): string {
  const flowText = (node: Json): string => {
    const scalar = scalarText(node, true);
    if (scalar !== undefined) return scalar;
    if (Array.isArray(node)) {
      return node.length === 0 ? '[]' : `[ ${node.map((item) => (typeof item === 'object' && item !== null ? outside('a collection inside a one-line collection') : flowText(item))).join(', ')} ]`;
    }
    if (!isPlainObject(node)) return outside('a value that is not plain data');
    const entries = Object.entries(node);
    if (entries.some(([, v]) => v === undefined || (typeof v === 'object' && v !== null))) outside('a collection or undefined inside a one-line collection');
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(', ')} }`;
  };

  /** A value after `key:` or `- ` on the same line (scalars, empty or one-line collections), or undefined for a block. */
  const inlineText = (node: Json, places: FlowPlaces): string | undefined => {
    if (node === undefined) outside('an undefined value');
    const scalar = scalarText(node, false);
    if (scalar !== undefined) return scalar;
    if (Array.isArray(node)) return node.length === 0 || places.seq ? flowText(node) : undefined;
    if (!isPlainObject(node)) return outside('a value that is not plain data');
    return Object.keys(node).length === 0 || places.map ? flowText(node) : undefined;
  };

  const mapBlock = (node: { [key: string]: Json }, indent: string, places: FlowPlaces, depth: number): string => {
    let text = '';
    for (const [k, v] of Object.entries(node)) {
      const inner = places.keys?.[k] ?? places.anyKey ?? NOWHERE;
      const inline = inlineText(v, inner);
      if (inline !== undefined) text += `${indent}${keyText(k)}: ${inline}\n`;
      else text += `${indent}${keyText(k)}:\n${block(v, `${indent}  `, inner, depth + 1)}`;
    }
    return text;
  };

  const seqBlock = (node: Json[], indent: string, places: FlowPlaces, depth: number): string => {
    const inner = places.items ?? NOWHERE;
    let text = '';
    for (const item of node) {
      const inline = inlineText(item, inner);
      if (inline !== undefined) text += `${indent}- ${inline}\n`;
      else text += `${indent}- ${block(item, `${indent}  `, inner, depth + 1).slice(indent.length + 2)}`;
    }
    return text;
  };

  const block = (node: Json, indent: string, places: FlowPlaces, depth: number): string => {
    if (depth > MAX_DEPTH) outside('a value nested too deep');
    return Array.isArray(node) ? seqBlock(node, indent, places, depth) : mapBlock(node as { [key: string]: Json }, indent, places, depth);
  };

  return mapBlock({ [key]: value }, '', { keys: { [key]: { items: PLANNED_ITEM } } }, 0);
}
