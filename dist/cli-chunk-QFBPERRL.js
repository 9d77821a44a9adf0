import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/schedule/content-lines.ts
function escapeText(value) {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}
var LIMIT = 75;
function foldLine(line) {
  if (Buffer.byteLength(line, "utf8") <= LIMIT) return line;
  const parts = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const room = parts.length === 0 ? LIMIT : LIMIT - 1;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
function joinLines(lines) {
  return lines.map((l) => foldLine(l) + "\r\n").join("");
}
function unfoldLines(text) {
  return text.replace(/\r\n[ \t]/g, "").replace(/\n[ \t]/g, "").split(/\r?\n/).filter((l) => l !== "");
}

export {
  escapeText,
  joinLines,
  unfoldLines
};
