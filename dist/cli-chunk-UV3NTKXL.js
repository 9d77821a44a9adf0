import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/report/terminal.ts
var ANSI = { red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", green: "\x1B[32m", reset: "\x1B[0m" };
function painter(color) {
  return (code, text) => color ? ANSI[code] + text + ANSI.reset : text;
}
function severityLabel(f, paint) {
  return f.severity === "error" ? paint("red", "error  ") : f.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "notice ");
}
function displayPath(prefix, file) {
  if (file === "") return "(repository)";
  if (prefix === "" || prefix === ".") return file;
  return prefix.replace(/\/+$/, "") + "/" + file;
}

export {
  painter,
  severityLabel,
  displayPath
};
