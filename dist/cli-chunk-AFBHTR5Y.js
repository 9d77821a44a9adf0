import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  entryCodeFile
} from "./cli-chunk-ZRQ63Y3F.js";
import {
  LineIndex
} from "./cli-chunk-MCFCEMX4.js";

// src/source/document-cache.ts
import { createHash, hash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var ENTRY_FORMAT = 2;
var ROW_BYTES = 6 * Int32Array.BYTES_PER_ELEMENT;
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
  return `sha256:${hash("sha256", bytes, "hex")}`;
}
function withContentIds(files) {
  return files.map((file) => file.size !== void 0 && file.size > file.bytes.length ? file : { ...file, blob: contentId(file.bytes) });
}
function documentCache(dir, version) {
  const seen = /* @__PURE__ */ new Map();
  const byteOrder = endianness();
  const keyOf = (file, limits) => JSON.stringify([ENTRY_FORMAT, version, byteOrder, file.path, file.blob, limits.maxBytes, limits.maxDepth, limits.maxAliases, limits.maxNodes]);
  const pathOf = (key) => join(dir, `${hash("sha256", key, "hex").slice(0, 40)}.entry`);
  return {
    get(file, limits) {
      if (file.blob === void 0) return void 0;
      const key = keyOf(file, limits);
      const known = seen.get(key);
      if (known !== void 0) return known;
      let entry;
      try {
        const body = verified(readFileSync(pathOf(key)));
        entry = body === void 0 ? void 0 : restore(body, key, file);
      } catch {
        return void 0;
      }
      if (entry !== void 0) seen.set(key, entry);
      return entry;
    },
    put(file, limits, entry) {
      if (file.blob === void 0) return;
      const key = keyOf(file, limits);
      const body = serialise(key, entry);
      if (body === void 0) return;
      seen.set(key, entry);
      try {
        mkdirSync(dir, { recursive: true });
        const path = pathOf(key);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${checksum(body)}
`, "latin1"), body]));
        renameSync(temporary, path);
      } catch {
      }
    }
  };
}
var REVISION = /^sha256:[0-9a-f]{64}$/;
function checksum(body) {
  return hash("sha256", body, "hex");
}
function verified(bytes) {
  if (bytes.length < 65 || bytes[64] !== 10) return void 0;
  const body = bytes.subarray(65);
  return checksum(body) === bytes.toString("latin1", 0, 64) ? body : void 0;
}
function serialise(key, entry) {
  const payload = { key, issues: entry.issues };
  let rowBytes = new Uint8Array(0);
  if (entry.validation) payload.validation = entry.validation;
  if (entry.revision !== void 0) payload.revision = entry.revision;
  if (entry.document) {
    if (hasNegativeZero(entry.document.value)) return void 0;
    const { rows, count, spelledKeys } = entry.document.spans;
    const used = rows.subarray(0, count * 6);
    rowBytes = Buffer.from(used.buffer, used.byteOffset, used.byteLength);
    payload.document = { value: entry.document.value, count, spelledKeys: [...spelledKeys] };
  }
  const json = Buffer.from(JSON.stringify(payload), "utf8");
  return Buffer.concat([Buffer.from(`${json.length}
`, "latin1"), json, rowBytes]);
}
function restore(body, key, file) {
  const newline = body.indexOf(10);
  if (newline < 1 || newline > 12) return void 0;
  const lengthText = body.toString("latin1", 0, newline);
  if (!/^[0-9]+$/.test(lengthText)) return void 0;
  const rowsStart = newline + 1 + Number(lengthText);
  if (rowsStart > body.length) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8", newline + 1, rowsStart));
  } catch {
    return void 0;
  }
  const rowBytes = body.length - rowsStart;
  if (parsed === null || typeof parsed !== "object" || parsed.key !== key || !Array.isArray(parsed.issues)) return void 0;
  const entry = { issues: parsed.issues };
  if (parsed.validation !== void 0) {
    if (parsed.validation === null || typeof parsed.validation !== "object" || !Array.isArray(parsed.validation.problems)) return void 0;
    entry.validation = parsed.validation;
  }
  if (parsed.revision !== void 0) {
    if (typeof parsed.revision !== "string" || !REVISION.test(parsed.revision) || parsed.validation?.kind !== "ChangeRequest" || parsed.document === void 0) return void 0;
    entry.revision = parsed.revision;
  }
  if (parsed.document === void 0) {
    if (rowBytes !== 0) return void 0;
  } else {
    const d = parsed.document;
    if (d === null || typeof d !== "object" || !Number.isInteger(d.count) || d.count < 0 || !Array.isArray(d.spelledKeys)) return void 0;
    if (rowBytes !== d.count * ROW_BYTES) return void 0;
    const rows = new Int32Array(d.count * 6);
    new Uint8Array(rows.buffer).set(body.subarray(rowsStart));
    const text = decodedText(file.bytes);
    if (text === void 0) return void 0;
    entry.document = { file: file.path, text, value: d.value, spans: { rows, count: d.count, spelledKeys: new Map(d.spelledKeys) }, lines: new LineIndex(text) };
  }
  return entry;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodedText(bytes) {
  let text;
  try {
    text = strictUtf8.decode(bytes);
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
  contentId,
  withContentIds,
  documentCache
};
