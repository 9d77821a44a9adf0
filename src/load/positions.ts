/** A 1-based source range; `endColumn` is exclusive, as in SARIF and editors. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Converts character offsets of one text into 1-based line/column ranges (binary search on line starts). */
export class LineIndex {
  // Built on the first lookup: most files of a large repository never need a position.
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const lineStarts = (this.lineStarts ??= lineStartsOf(this.text));
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  }

  range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Most tokens need no escaping; skip the regular expressions for them (this runs for every node).
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  let pointer = '';
  for (let i = 0; i < tokens.length; i++) pointer += '/' + escapePointerToken(tokens[i] as string | number);
  return pointer;
}

export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}
