// A fast reader for the plain subset of YAML that config repositories are written in: block mappings
// and sequences, single-line plain and quoted scalars, literal and folded block scalars, flow
// collections (over several lines too), comments. It
// produces exactly the events js-yaml's parser would (same kinds, same source offsets), so the loader's
// builder, and every check it makes, is the same whichever reader ran. It is an optimisation only:
// on anything outside the subset, or anything doubtful, it declines, and the loader parses the file
// with js-yaml instead. js-yaml spends most of its time allocating an event object per node; this
// reader streams two reused event objects, and reads a repository several times faster.
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
import type { Event, MappingEvent, PopEvent, ScalarEvent, SequenceEvent } from 'js-yaml';

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COMMA = 44;
const PIPE = 124;
const GREATER = 62;
const PLUS = 43;

/** YAML caps implicit keys at 1024 characters; longer ones are js-yaml's to refuse. */
const MAX_IMPLICIT_KEY = 1024;

/** Thrown to unwind when the text leaves the subset; never escapes `readCommonSubset`. */
const DECLINE = Symbol('decline');

/** Characters that cannot start a plain scalar here (YAML's indicators, plus `-` `?` `:` handled apart). */
function isIndicator(c: number): boolean {
  switch (c) {
    case COMMA:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case CLOSE_BRACE:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
    case 63: // ?
    case COLON:
      return true;
    default:
      return false;
  }
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/**
 * Whether every character is one this reader treats the way YAML does without a second thought:
 * no tabs, carriage returns other than in CRLF line breaks, control characters, byte-order marks,
 * non-characters or Unicode line separators (each has rules of its own that js-yaml applies).
 */
function hasOnlyPlainCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < SPACE) {
      if (c !== NEWLINE && !(c === CARRIAGE_RETURN && text.charCodeAt(i + 1) === NEWLINE)) return false;
    } else if (c >= 0x7f) {
      if (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) return false;
    }
  }
  return true;
}

class SubsetReader {
  /** The start of the current line while between lines; the read position within a line. */
  private pos = 0;
  private lineStart = 0;
  /** The indentation of the block collection holding the flow collection being read. */
  private flowParentIndent = 0;
  private readonly scalar: ScalarEvent = {
    type: EVENT_ID.SCALAR,
    valueStart: -1,
    valueEnd: -1,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: SCALAR_STYLE.PLAIN,
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast: true,
  };
  private readonly mapping: MappingEvent = {
    type: EVENT_ID.MAPPING,
    start: 0,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: COLLECTION_STYLE.BLOCK,
  };
  private readonly sequence: SequenceEvent = {
    type: EVENT_ID.SEQUENCE,
    start: 0,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: COLLECTION_STYLE.BLOCK,
  };
  private readonly pop: PopEvent = { type: EVENT_ID.POP };

  constructor(
    private readonly text: string,
    private readonly handle: (event: Event) => void,
  ) {}

  /**
   * The character at `i`, with the end of the text and the CR of a CRLF line break read as a line
   * break (every CR is followed by LF here; lines always run to their LF, which `indexOf` finds).
   */
  private at(i: number): number {
    if (i >= this.text.length) return NEWLINE;
    const c = this.text.charCodeAt(i);
    return c === CARRIAGE_RETURN ? NEWLINE : c;
  }

  /** The first position at or after `p` that is not a space. */
  private afterSpaces(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The start of the line after the one holding `p` (the end of the text on the last line). */
  private nextLineStart(p: number): number {
    const end = this.text.indexOf('\n', p);
    return end < 0 ? this.text.length : end + 1;
  }

  read(): void {
    const indent = this.nextContentLine();
    if (indent !== 0 || this.startsSequenceEntry(this.lineStart)) throw DECLINE;
    this.blockMapping(0);
    if (this.nextContentLine() >= 0) throw DECLINE;
    // Closes the document, as js-yaml's last event does.
    this.handle(this.pop);
  }

  /**
   * Moves to the next line holding content (skipping blank and comment-only lines) and returns its
   * indentation, or -1 at the end of the text. `pos` must be at a line start.
   */
  private nextContentLine(): number {
    const text = this.text;
    let start = this.pos;
    while (start < text.length) {
      const p = this.afterSpaces(start);
      const c = this.at(p);
      if (c !== NEWLINE && c !== HASH) {
        const indent = p - start;
        // Document markers and directives belong to the full parser.
        if (indent === 0 && (text.startsWith('---', p) || text.startsWith('...', p) || c === 37)) throw DECLINE;
        this.pos = start;
        this.lineStart = start;
        return indent;
      }
      start = this.nextLineStart(p);
    }
    this.pos = start;
    this.lineStart = start;
    return -1;
  }

  /** Moves to the start of the next line; the rest of this line must be blank or a comment. */
  private endLine(): void {
    const p = this.afterSpaces(this.pos);
    const c = this.at(p);
    if (c === HASH) {
      // A comment needs a space before it.
      if (p === this.pos && this.text.charCodeAt(p - 1) !== SPACE) throw DECLINE;
    } else if (c !== NEWLINE) throw DECLINE;
    this.pos = this.nextLineStart(p);
  }

  private startsSequenceEntry(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const next = this.at(p + 1);
    return next === SPACE || next === NEWLINE;
  }

  private emitScalar(style: ScalarEvent['style'], valueStart: number, valueEnd: number, fast: boolean): void {
    const scalar = this.scalar;
    scalar.style = style;
    scalar.valueStart = valueStart;
    scalar.valueEnd = valueEnd;
    scalar.fast = fast;
    this.handle(scalar);
  }

  private open(event: MappingEvent | SequenceEvent, start: number, style: MappingEvent['style']): void {
    event.start = start;
    event.style = style;
    this.handle(event);
  }

  /** A block mapping whose keys sit at column `indent`; `lineStart` is the line of its first key. */
  private blockMapping(indent: number): void {
    this.open(this.mapping, this.lineStart + indent, COLLECTION_STYLE.BLOCK);
    for (;;) {
      const keyStart = this.lineStart + indent;
      if (this.startsSequenceEntry(keyStart)) throw DECLINE;
      this.pos = keyStart;
      this.blockKey();
      this.valueAfterKey(indent);
      const next = this.nextContentLine();
      if (next === indent) continue;
      if (next < indent) break;
      throw DECLINE;
    }
    this.handle(this.pop);
  }

  /** A block mapping key at `pos`, through its colon. */
  private blockKey(): void {
    const p = this.pos;
    const c = this.text.charCodeAt(p);
    let end: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      this.quoted(p);
      end = this.pos;
    } else {
      if (isIndicator(c) || c === DASH) throw DECLINE;
      end = this.plainKeyColon(p);
      if (end < 0 || this.text.charCodeAt(end - 1) === SPACE) throw DECLINE;
      this.emitScalar(SCALAR_STYLE.PLAIN, p, end, true);
    }
    if (end - p > MAX_IMPLICIT_KEY || this.at(end) !== COLON) throw DECLINE;
    const after = this.at(end + 1);
    if (after !== SPACE && after !== NEWLINE) throw DECLINE;
    this.pos = end + 1;
  }

  /** What follows `key:`: a node on the same line, or a block collection on the lines below. */
  private valueAfterKey(mapIndent: number): void {
    const p = this.afterSpaces(this.pos);
    const c = this.at(p);
    if (c !== NEWLINE && c !== HASH) {
      this.pos = p;
      this.inlineNode(mapIndent);
      return;
    }
    this.endLine();
    const indent = this.nextContentLine();
    if (indent > mapIndent) this.blockNode(indent);
    // A sequence may sit at its key's own indentation.
    else if (indent === mapIndent && indent >= 0 && this.startsSequenceEntry(this.lineStart + indent)) this.blockSequence(indent);
    else throw DECLINE; // an empty value: js-yaml's to read
  }

  /** A block collection whose first line starts at `lineStart` + `indent`. */
  private blockNode(indent: number): void {
    if (this.startsSequenceEntry(this.lineStart + indent)) this.blockSequence(indent);
    else this.blockMapping(indent);
  }

  private blockSequence(indent: number): void {
    this.open(this.sequence, this.lineStart + indent, COLLECTION_STYLE.BLOCK);
    for (;;) {
      const dash = this.lineStart + indent;
      const p = this.afterSpaces(dash + 1);
      const c = this.at(p);
      if (c === NEWLINE || (c === HASH && p > dash + 1)) {
        this.pos = p;
        this.endLine();
        const inner = this.nextContentLine();
        if (inner <= indent) throw DECLINE; // an empty entry
        this.blockNode(inner);
      } else if (this.startsSequenceEntry(p)) {
        throw DECLINE; // `- - x`
      } else if (this.isBlockKeyAt(p)) {
        // `- key: value`, the mapping's keys aligned under the first one.
        this.blockMapping(p - this.lineStart);
      } else {
        this.pos = p;
        this.inlineNode(indent);
      }
      const next = this.nextContentLine();
      if (next === indent && this.startsSequenceEntry(this.lineStart + indent)) continue;
      if (next <= indent) break;
      throw DECLINE;
    }
    this.handle(this.pop);
  }

  /**
   * Whether a block mapping key (`key:` followed by a space or the end of the line) starts at `p`.
   * Declines where a quoted scalar there would (an escape, a line break before the closing quote).
   */
  private isBlockKeyAt(p: number): boolean {
    const c = this.text.charCodeAt(p);
    let colon: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) colon = this.afterSpaces(this.closingQuote(p) + 1);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) return false;
    else colon = this.plainKeyColon(p);
    if (colon < 0 || this.at(colon) !== COLON) return false;
    const after = this.at(colon + 1);
    return after === SPACE || after === NEWLINE;
  }

  /**
   * The colon ending a plain key that starts at `p` (the first `:` followed by a space or the end of
   * the line), or -1 when the line ends, or a comment starts, before one.
   */
  private plainKeyColon(p: number): number {
    for (let end = p; ; end++) {
      const d = this.at(end);
      if (d === NEWLINE) return -1;
      if (d === COLON) {
        const after = this.at(end + 1);
        if (after === SPACE || after === NEWLINE) return end;
      } else if (d === HASH && end > p && this.text.charCodeAt(end - 1) === SPACE) return -1;
    }
  }

  /**
   * A node starting at `pos` after `key: ` or `- `, in a block collection indented `parentIndent`: a
   * scalar, a flow collection, or a block scalar. Leaves `pos` at the start of the next line.
   */
  private inlineNode(parentIndent: number): void {
    const text = this.text;
    const p = this.pos;
    const c = text.charCodeAt(p);
    if (c === PIPE || c === GREATER) return this.blockScalar(p, parentIndent);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) this.quoted(p);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      this.flowParentIndent = parentIndent;
      this.flowCollection(p, c === OPEN_BRACE);
    } else this.plainScalar(p);
    this.endLine();
  }

  /** A plain scalar at `p` in block context; it ends at the end of the line or at a comment. */
  private plainScalar(p: number): void {
    const text = this.text;
    this.plainStart(p);
    let end = p;
    for (;;) {
      const d = this.at(end);
      if (d === NEWLINE) break;
      if (d === HASH && text.charCodeAt(end - 1) === SPACE) break;
      if (d === COLON) {
        const after = this.at(end + 1);
        if (after === SPACE || after === NEWLINE) throw DECLINE; // `a: b: c`
      }
      end++;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    this.emitScalar(SCALAR_STYLE.PLAIN, p, end, true);
    this.pos = end;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose indicator is at `p`, as js-yaml reports it: the
   * value runs from the line after the header to the first non-blank line indented less than its
   * first line (trailing blank lines included; chomping is applied when the value is read).
   */
  private blockScalar(p: number, parentIndent: number): void {
    const text = this.text;
    let q = p + 1;
    let chomping: ScalarEvent['chomping'] = CHOMPING_MODE.CLIP;
    const indicator = this.at(q);
    if (indicator === DASH) chomping = CHOMPING_MODE.STRIP;
    else if (indicator === PLUS) chomping = CHOMPING_MODE.KEEP;
    if (chomping !== CHOMPING_MODE.CLIP) q++;
    // An explicit indentation indicator (`|2`) and anything else after the header are js-yaml's.
    const afterHeader = this.at(q);
    if (afterHeader !== SPACE && afterHeader !== NEWLINE) throw DECLINE;
    this.pos = q;
    this.endLine();
    const valueStart = this.pos;
    const contentIndent = this.afterSpaces(valueStart) - valueStart;
    // Leading blank lines and empty values have rules of their own.
    if (this.at(valueStart + contentIndent) === NEWLINE || contentIndent <= parentIndent) throw DECLINE;
    let lineStart = valueStart;
    let valueEnd = text.length;
    while (lineStart < text.length) {
      const content = this.afterSpaces(lineStart);
      if (this.at(content) !== NEWLINE && content - lineStart < contentIndent) {
        valueEnd = lineStart;
        break;
      }
      // A last line of spaces with no line break after it is not part of the value for js-yaml.
      if (content === text.length && content > lineStart) throw DECLINE;
      lineStart = this.nextLineStart(content);
    }
    const scalar = this.scalar;
    scalar.chomping = chomping;
    scalar.indent = contentIndent;
    this.emitScalar(text.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK, valueStart, valueEnd, false);
    scalar.chomping = CHOMPING_MODE.CLIP;
    scalar.indent = -1;
    this.pos = valueEnd;
  }

  /** Refuses plain scalars that start with an indicator; `-` is fine before anything but a space. */
  private plainStart(p: number): void {
    const c = this.text.charCodeAt(p);
    if (c === DASH) {
      const next = this.at(p + 1);
      if (next === SPACE || next === NEWLINE || isFlowIndicator(next)) throw DECLINE;
    } else if (isIndicator(c)) throw DECLINE;
  }

  /** A single-line quoted scalar whose opening quote is at `p`; leaves `pos` after the closing quote. */
  private quoted(p: number): void {
    const quote = this.text.charCodeAt(p);
    const end = this.closingQuote(p);
    // `''` inside single quotes is one quote: the value is then not the text as it stands. The scan for
    // the closing quote saw it; searching the rest of the file for `''` would make reading quadratic.
    const fast = !this.doubledQuote;
    this.emitScalar(quote === DOUBLE_QUOTE ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED, p + 1, end, fast);
    this.pos = end + 1;
  }

  /** Whether the last scalar closingQuote() scanned holds a doubled single quote (`''`). */
  private doubledQuote = false;

  /** The quote closing the single-line quoted scalar opened at `p`. */
  private closingQuote(p: number): number {
    const quote = this.text.charCodeAt(p);
    this.doubledQuote = false;
    for (let end = p + 1; ; end++) {
      const d = this.at(end);
      if (d === NEWLINE) throw DECLINE;
      // Escapes are js-yaml's to check and decode.
      if (d === BACKSLASH && quote === DOUBLE_QUOTE) throw DECLINE;
      if (d === quote) {
        if (quote !== SINGLE_QUOTE || this.at(end + 1) !== SINGLE_QUOTE) return end;
        this.doubledQuote = true;
        end++;
      }
    }
  }

  /**
   * Skips spaces, comments and line breaks inside a flow collection and returns the next character.
   * Every line it moves to must be indented more than the block collection holding the flow one.
   */
  private skipFlowSpace(): number {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = this.at(p);
      if (c === SPACE) p++;
      else if (c === HASH && (text.charCodeAt(p - 1) === SPACE || text.charCodeAt(p - 1) === NEWLINE)) {
        const end = text.indexOf('\n', p);
        if (end < 0) throw DECLINE;
        p = end;
      } else if (c === NEWLINE) {
        if (p >= text.length) throw DECLINE; // the collection is never closed
        const lineStart = this.nextLineStart(p);
        p = this.afterSpaces(lineStart);
        if (this.at(p) !== NEWLINE && p - lineStart <= this.flowParentIndent) throw DECLINE;
      } else break;
    }
    this.pos = p;
    return this.at(p);
  }

  private skipSpaces(): number {
    this.pos = this.afterSpaces(this.pos);
    return this.at(this.pos);
  }

  /** `[a, b]` or `{ k: v, ... }`, opening bracket or brace at `p`. */
  private flowCollection(p: number, isMapping: boolean): void {
    const close = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    this.open(isMapping ? this.mapping : this.sequence, p, COLLECTION_STYLE.FLOW);
    this.pos = p + 1;
    if (this.skipFlowSpace() !== close) {
      for (;;) {
        if (isMapping) this.flowMappingEntry();
        else this.flowNode();
        const c = this.skipFlowSpace();
        if (c === close) break;
        if (c !== COMMA) throw DECLINE;
        this.pos++;
        const next = this.skipFlowSpace();
        if (next === close || next === COMMA) throw DECLINE; // a trailing or doubled comma
      }
    }
    this.pos++;
    this.handle(this.pop);
  }

  /** `key: value` in a flow mapping, on one line, with a scalar key. */
  private flowMappingEntry(): void {
    const k = this.at(this.pos);
    if (k === OPEN_BRACKET || k === OPEN_BRACE) throw DECLINE;
    this.flowNode();
    if (this.at(this.pos) !== COLON || this.at(this.pos + 1) !== SPACE) throw DECLINE;
    this.pos++;
    const v = this.skipSpaces();
    if (v === COMMA || v === CLOSE_BRACE || v === NEWLINE) throw DECLINE;
    this.flowNode();
  }

  /** A node inside a flow collection at `pos`. */
  private flowNode(): void {
    const text = this.text;
    const p = this.pos;
    const c = this.at(p);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.quoted(p);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.flowCollection(p, c === OPEN_BRACE);
    if (c === NEWLINE) throw DECLINE;
    this.plainStart(p);
    // It ends at a flow indicator, `: `, a comment or the end of the line (a plain scalar going on over
    // the next line is then refused where a comma or a closing bracket is expected).
    let end = p;
    for (;;) {
      const d = this.at(end);
      if (d === NEWLINE || isFlowIndicator(d)) break;
      if (d === HASH && text.charCodeAt(end - 1) === SPACE) break;
      if (d === COLON) {
        const after = this.at(end + 1);
        if (after === SPACE || after === NEWLINE || isFlowIndicator(after)) break;
      }
      end++;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end === p) throw DECLINE;
    this.emitScalar(SCALAR_STYLE.PLAIN, p, end, true);
    this.pos = end;
  }
}

/**
 * Reads `text` and hands its events to `handle`, as js-yaml's `parseEvents` would list them (without the
 * document's opening event, which the builder ignores). Returns false, having stopped part way, when the
 * text is not in the subset: the caller then starts again with js-yaml. The event objects are reused from
 * one call to the next, so `handle` must read what it needs and not keep them.
 */
export function readCommonSubset(text: string, handle: (event: Event) => void): boolean {
  if (!hasOnlyPlainCharacters(text)) return false;
  try {
    new SubsetReader(text, handle).read();
    return true;
  } catch (err) {
    if (err === DECLINE) return false;
    throw err;
  }
}
