import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  entryCodeFile
} from "./cli-chunk-ZRQ63Y3F.js";
import {
  LineIndex
} from "./cli-chunk-KT6KJQ5E.js";

// src/source/document-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var ENTRY_FORMAT = 1;
function codeIdentity(version) {
  let code = "";
  try {
    code = createHash("sha256").update(readFileSync(entryCodeFile() ?? fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
  } catch {
    code = "unknown";
  }
  return `${version}+${code}`;
}
function contentId(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function withContentIds(files) {
  return files.map((file) => file.size !== void 0 && file.size > file.bytes.length ? file : { ...file, blob: contentId(file.bytes) });
}
function documentCache(dir, version) {
  const seen = /* @__PURE__ */ new Map();
  const keyOf = (file, limits) => JSON.stringify([ENTRY_FORMAT, version, endianness(), file.path, file.blob, limits.maxBytes, limits.maxDepth, limits.maxAliases, limits.maxNodes]);
  const pathOf = (key) => join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.json`);
  return {
    get(file, limits) {
      if (file.blob === void 0) return void 0;
      const key = keyOf(file, limits);
      let payload = seen.get(key);
      if (payload === void 0) {
        try {
          payload = verified(readFileSync(pathOf(key), "utf8"));
        } catch {
          return void 0;
        }
        if (payload === void 0) return void 0;
        seen.set(key, payload);
      }
      return restore(payload, key, file);
    },
    put(file, limits, entry) {
      if (file.blob === void 0) return;
      const key = keyOf(file, limits);
      const payload = serialise(key, entry);
      if (payload === void 0) return;
      seen.set(key, payload);
      try {
        mkdirSync(dir, { recursive: true });
        const path = pathOf(key);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, `${checksum(payload)}
${payload}`);
        renameSync(temporary, path);
      } catch {
      }
    }
  };
}
function checksum(payload) {
  return createHash("sha256").update(payload).digest("hex");
}
function verified(text) {
  const newline = text.indexOf("\n");
  if (newline !== 64) return void 0;
  const payload = text.slice(newline + 1);
  return checksum(payload) === text.slice(0, newline) ? payload : void 0;
}
function serialise(key, entry) {
  const payload = { key, issues: entry.issues };
  if (entry.validation) payload.validation = entry.validation;
  if (entry.document) {
    if (hasNegativeZero(entry.document.value)) return void 0;
    const { rows, count, spelledKeys } = entry.document.spans;
    const used = rows.subarray(0, count * 6);
    payload.document = { value: entry.document.value, rows: Buffer.from(used.buffer, used.byteOffset, used.byteLength).toString("base64"), count, spelledKeys: [...spelledKeys] };
  }
  return JSON.stringify(payload);
}
function restore(payload, key, file) {
  let parsed;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return void 0;
  }
  if (parsed === null || typeof parsed !== "object" || parsed.key !== key || !Array.isArray(parsed.issues)) return void 0;
  const entry = { issues: parsed.issues };
  if (parsed.validation !== void 0) {
    if (parsed.validation === null || typeof parsed.validation !== "object" || !Array.isArray(parsed.validation.problems)) return void 0;
    entry.validation = parsed.validation;
  }
  if (parsed.document !== void 0) {
    const d = parsed.document;
    if (d === null || typeof d !== "object" || typeof d.rows !== "string" || !Number.isInteger(d.count) || !Array.isArray(d.spelledKeys)) return void 0;
    const bytes = Buffer.from(d.rows, "base64");
    if (bytes.length !== d.count * 6 * 4) return void 0;
    const rows = new Int32Array(d.count * 6);
    new Uint8Array(rows.buffer).set(bytes);
    const text = decodedText(file.bytes);
    if (text === void 0) return void 0;
    entry.document = { file: file.path, text, value: d.value, spans: { rows, count: d.count, spelledKeys: new Map(d.spelledKeys) }, lines: new LineIndex(text) };
  }
  return entry;
}
function decodedText(bytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
  return text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
}
function hasNegativeZero(value) {
  if (typeof value === "number") return Object.is(value, -0);
  if (value === null || typeof value !== "object") return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (hasNegativeZero(item)) return true;
  return false;
}

export {
  codeIdentity,
  withContentIds,
  documentCache
};
