import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/core/sanitize.ts
function stripControl(text) {
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "");
}
function oneLine(text) {
  return stripControl(text).replace(/[\r\n\t]+/g, " ");
}
function escapeHtml(text) {
  return stripControl(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMarkdown(text) {
  return oneLine(text).replace(/[\\`*_[\]|~<>&]/g, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "\\" + c).replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_, space, lead) => /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`).replace(/\]\(/g, "]\\(").replace(/#(?=\d)/g, "\\#").replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
}
function markdownCode(text, context = "text") {
  let value = oneLine(text);
  if (context === "table") value = value.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = value === "" || value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function markdownLinkTarget(url) {
  return oneLine(url).replace(/[\s()<>[\]\\`"|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function withoutWorkflowCommands(text) {
  return text.replace(/^([ \t]*)::/gm, "$1./::");
}
function shellWord(text) {
  const value = stripControl(text).replace(/[\r\n\t]/g, "");
  return /^[A-Za-z0-9._/+,:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export {
  stripControl,
  oneLine,
  escapeHtml,
  escapeMarkdown,
  markdownCode,
  markdownLinkTarget,
  withoutWorkflowCommands,
  shellWord
};
