import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/load/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  // Built on the first lookup: most files of a large repository never need a position.
  lineStarts;
  position(offset) {
    const lineStarts = this.lineStarts ??= lineStartsOf(this.text);
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  }
  range(start, end) {
    const from = this.position(start);
    const to = this.position(Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};
function lineStartsOf(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
function escapePointerToken(token) {
  if (typeof token === "number") return String(token);
  if (token.indexOf("~") < 0 && token.indexOf("/") < 0) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerOf(tokens) {
  let pointer = "";
  for (let i = 0; i < tokens.length; i++) pointer += "/" + escapePointerToken(tokens[i]);
  return pointer;
}

export {
  LineIndex,
  escapePointerToken,
  pointerOf
};
