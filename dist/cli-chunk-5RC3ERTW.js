import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  safePlanHints
} from "./cli-chunk-E4XWKQD3.js";
import "./cli-chunk-WS37NGRC.js";
import "./cli-chunk-PHJPIKM6.js";
import {
  defaultRules
} from "./cli-chunk-TM2NS74O.js";
import {
  reviserOf
} from "./cli-chunk-GMU7VMS6.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/planner/plain-document.ts
var OutsidePlainYaml = class extends Error {
};
function outside(why) {
  throw new OutsidePlainYaml(why);
}
var KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:([ ]+)(.*))?$/;
var BLOCK_SCALAR_HEADER = /^[|>]-?$/;
function plainDocumentReviser(original) {
  const { pairs, stepsStart } = topLevelPairs(original);
  return reviserOf(original, pairs, stepsStart, renderPair);
}
function topLevelPairs(original) {
  if (original.includes("\r") || original.includes("	")) outside("carriage returns or tabs");
  const pairs = [];
  const seen = /* @__PURE__ */ new Set();
  let stepsStart = original.length;
  let open;
  const close = () => {
    if (!open) return;
    if (!open.content && open.kind !== "inline") outside(`${open.key} has no value`);
    if (open.doubtfulTrail) outside(`a comment after a blank line at the end of ${open.key}`);
    pairs.push({ key: open.key, keyRange: [open.keyStart, open.keyStart + open.key.length, open.keyStart + open.key.length], valueRange: [open.valueStart, open.valueEnd, open.nodeEnd] });
    open = void 0;
  };
  let offset = 0;
  while (offset < original.length) {
    const newline = original.indexOf("\n", offset);
    const lineEnd = newline === -1 ? original.length : newline;
    const next = newline === -1 ? original.length : newline + 1;
    const line = original.slice(offset, lineEnd);
    const trimmed = line.trim();
    if (trimmed === "") {
      if (open) open.blankAfterContent = open.content;
    } else if (line[0] === "#") {
      if (open) open.interrupted = true;
    } else if (line[0] === " ") {
      if (!open) outside("an indented line above the first key");
      if (open.kind === "inline") outside(`${open.key} continues over several lines`);
      if (trimmed.startsWith("#")) {
        if (open.kind === "block-scalar") outside(`a comment line in the block scalar ${open.key}`);
        if (open.content) {
          if (open.blankAfterContent) open.doubtfulTrail = true;
          else open.nodeEnd = next;
        }
      } else {
        if (open.kind === "block-scalar" && open.interrupted) outside(`a comment at column 0 inside the block scalar ${open.key}`);
        if (!open.content && open.kind === "block") open.valueStart = offset + (line.length - line.trimStart().length);
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
      const key = match[1];
      if (seen.has(key)) outside(`${key} appears twice`);
      seen.add(key);
      if (key === "steps") stepsStart = offset;
      const rest = match[3] ?? "";
      const valueStart = offset + key.length + 1 + (match[2]?.length ?? 0);
      const common = { key, keyStart: offset, blankAfterContent: false, interrupted: false, doubtfulTrail: false };
      if (rest === "") open = { ...common, valueStart: next, valueEnd: next, nodeEnd: next, kind: "block", content: false };
      else if (BLOCK_SCALAR_HEADER.test(rest)) open = { ...common, valueStart, valueEnd: next, nodeEnd: next, kind: "block-scalar", content: false };
      else {
        const value = /^["'[{]/.test(rest) ? rest : rest.replace(/\s+#.*$/, "");
        if (!completeOnOneLine(value)) outside(`${key} may continue on the next line`);
        open = { ...common, valueStart, valueEnd: valueStart + value.length, nodeEnd: next, kind: "inline", content: true };
      }
    }
    offset = next;
  }
  close();
  return { pairs, stepsStart };
}
function completeOnOneLine(text) {
  if (/(?:^|\s)#/.test(text) || /^[&*!|>%@`]/.test(text)) return false;
  if (text.startsWith('"')) return text.length > 1 && text.endsWith('"') && !text.includes("\\") && text.indexOf('"', 1) === text.length - 1;
  if (text.startsWith("'")) return text.length > 1 && text.endsWith("'") && (text.match(/'/g) ?? []).length % 2 === 0;
  if (text.startsWith("[") || text.startsWith("{")) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quote !== void 0) {
        if (ch === "\\") return false;
        if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = void 0;
        }
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") {
        depth--;
        if (depth < 0 || depth === 0 && i !== text.length - 1) return false;
      }
    }
    return depth === 0 && quote === void 0;
  }
  return !/["'[\]{}]/.test(text);
}
var CORE_SCHEMA_TESTS = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
];
var NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
var LEFT_TO_YAML = /[\x00-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\u2028\u2029\ufeff]/u;
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function keyText(key) {
  if (!PLAIN_KEY.test(key) || CORE_SCHEMA_TESTS.some((test) => test.test(key))) outside(`the key ${JSON.stringify(key)}`);
  return key;
}
function stringText(value, inFlow) {
  if (LEFT_TO_YAML.test(value) || /^(?:---|\.\.\.)/.test(value)) outside("a string with line breaks, control characters or a document marker");
  const plain = !(inFlow && /[[\]{},]/.test(value)) && !NOT_PLAIN.test(value) && !CORE_SCHEMA_TESTS.some((test) => test.test(value));
  if (plain) return value;
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}
function scalarText(value, inFlow) {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? Object.is(value, -0) ? "-0" : JSON.stringify(value) : Number.isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
  if (typeof value === "string") return stringText(value, inFlow);
  return void 0;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
var PLANNED_ITEM = {
  keys: {
    verification: { keys: { testCalls: { items: { map: true } } } },
    targets: { anyKey: { seq: true } },
    dependsOn: { seq: true },
    psaps: { seq: true }
  }
};
var NOWHERE = {};
var MAX_DEPTH = 64;
function renderPair(key, value) {
  const flowText = (node) => {
    const scalar = scalarText(node, true);
    if (scalar !== void 0) return scalar;
    if (Array.isArray(node)) {
      return node.length === 0 ? "[]" : `[ ${node.map((item) => typeof item === "object" && item !== null ? outside("a collection inside a one-line collection") : flowText(item)).join(", ")} ]`;
    }
    if (!isPlainObject(node)) return outside("a value that is not plain data");
    const entries = Object.entries(node);
    if (entries.some(([, v]) => v === void 0 || typeof v === "object" && v !== null)) outside("a collection or undefined inside a one-line collection");
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(", ")} }`;
  };
  const inlineText = (node, places) => {
    if (node === void 0) outside("an undefined value");
    const scalar = scalarText(node, false);
    if (scalar !== void 0) return scalar;
    if (Array.isArray(node)) return node.length === 0 || places.seq ? flowText(node) : void 0;
    if (!isPlainObject(node)) return outside("a value that is not plain data");
    return Object.keys(node).length === 0 || places.map ? flowText(node) : void 0;
  };
  const mapBlock = (node, indent, places, depth) => {
    let text = "";
    for (const [k, v] of Object.entries(node)) {
      const inner = places.keys?.[k] ?? places.anyKey ?? NOWHERE;
      const inline = inlineText(v, inner);
      if (inline !== void 0) text += `${indent}${keyText(k)}: ${inline}
`;
      else text += `${indent}${keyText(k)}:
${block(v, `${indent}  `, inner, depth + 1)}`;
    }
    return text;
  };
  const seqBlock = (node, indent, places, depth) => {
    const inner = places.items ?? NOWHERE;
    let text = "";
    for (const item of node) {
      const inline = inlineText(item, inner);
      if (inline !== void 0) text += `${indent}- ${inline}
`;
      else text += `${indent}- ${block(item, `${indent}  `, inner, depth + 1).slice(indent.length + 2)}`;
    }
    return text;
  };
  const block = (node, indent, places, depth) => {
    if (depth > MAX_DEPTH) outside("a value nested too deep");
    return Array.isArray(node) ? seqBlock(node, indent, places, depth) : mapBlock(node, indent, places, depth);
  };
  return mapBlock({ [key]: value }, "", { keys: { [key]: { items: PLANNED_ITEM } } }, 0);
}

// src/cli/plan-hint.ts
async function safePlanText(repository, options, evaluation, rules = defaultRules, evaluated) {
  if (evaluation.verdict !== "fail") return "";
  const search = (reviser) => safePlanHints(
    repository.files,
    evaluation,
    {
      rules,
      refused: repository.refused,
      ...repository.configPath !== void 0 ? { configPath: repository.configPath } : {},
      ...repository.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {},
      ...options.includeDrafts ? { includeDrafts: true } : {}
    },
    reviser,
    evaluated
  );
  let hints;
  try {
    hints = search(plainDocumentReviser);
  } catch (err) {
    if (!(err instanceof OutsidePlainYaml)) throw err;
    hints = search((await import("./cli-chunk-2GCRJX55.js")).documentReviser);
  }
  return hints.length === 0 ? "" : "\n" + hints.map((h) => h.text).join("\n") + "\n";
}
export {
  safePlanText
};
