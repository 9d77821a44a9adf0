import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  packageRoot
} from "./cli-chunk-2Z5H7SNB.js";
import {
  joinRepoPath
} from "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/report/sarif.ts
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";

// src/report/json-chunks.ts
var STREAMED_DEPTH = 4;
function* jsonTextChunks(value, indent = "", depth = 0) {
  if (value === null || typeof value !== "object" || depth >= STREAMED_DEPTH || typeof value.toJSON === "function") {
    const text = JSON.stringify(value, null, 2);
    yield text === void 0 ? "null" : indent === "" ? text : text.replaceAll("\n", `
${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? "," : ""}
${inner}`;
      yield* jsonTextChunks(value[i], inner, depth + 1);
    }
    yield `
${indent}]`;
    return;
  }
  const record = value;
  const keys = Object.keys(record).filter((k) => {
    const v = record[k];
    return v !== void 0 && typeof v !== "function" && typeof v !== "symbol";
  });
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [i, key] of keys.entries()) {
    yield `${i > 0 ? "," : ""}
${inner}${JSON.stringify(key)}: `;
    yield* jsonTextChunks(record[key], inner, depth + 1);
  }
  yield `
${indent}}`;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "changegateFindingHash/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function packageVersion() {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return void 0;
  }
}
function packageUri(...parts) {
  try {
    return pathToFileURL(join(packageRoot(), ...parts)).href;
  } catch {
    return void 0;
  }
}
function ruleName(id) {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function ensureSentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + ".";
}
function toSarif(evaluation, options = {}) {
  const registered = options.rules ?? evaluation.settings.map((e) => e.rule);
  const helpBase = options.rulesHelpBase ?? packageUri("docs", "rules", "/");
  const informationUri = options.informationUri ?? packageUri("README.md");
  const version = options.toolVersion ?? packageVersion();
  const index = /* @__PURE__ */ new Map();
  const descriptors = [];
  const describe = (id, rule) => {
    if (index.has(id)) return;
    index.set(id, descriptors.length);
    const title = rule?.title ?? id;
    descriptors.push({
      id,
      // SARIF wants `name` omitted when it equals the id (compared without case).
      ...ruleName(id).toLowerCase() !== id.toLowerCase() ? { name: ruleName(id) } : {},
      shortDescription: { text: ensureSentence(title) },
      fullDescription: { text: ensureSentence(rule?.summary ?? title) },
      help: rule ? { text: `${ensureSentence(rule.summary)} ${rule.rationale}`, markdown: `**${rule.title}.** ${rule.summary}

${rule.rationale}` } : { text: `See the changegate documentation of ${id}.` },
      ...rule?.source !== void 0 ? ruleFileHelp(rule.source, options.pathPrefix ?? "", helpBase) : helpBase ? { helpUri: new URL(`${id}.md`, helpBase).href } : {},
      defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? "error"] },
      properties: { category: rule?.category ?? "input", waivable: rule?.waivable ?? false, ...rule?.source !== void 0 ? { source: rule.source } : {} }
    });
  };
  const custom = evaluation.customRules ?? [];
  for (const rule of [...registered, ...custom]) describe(rule.id, rule);
  const byId = new Map([...registered, ...custom].map((r) => [r.id, r]));
  for (const f of [...evaluation.findings, ...evaluation.waived]) describe(f.ruleId, byId.get(f.ruleId));
  const result = (f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: ensureSentence(f.message) },
    ...f.file !== "" ? {
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(joinRepoPath(options.pathPrefix ?? "", f.file)),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          },
          ...f.path !== "" ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: "member" }] } : {}
        }
      ]
    } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.waivedBy !== void 0 ? { suppressions: [{ kind: "external", status: "accepted", justification: `waiver ${f.waivedBy}` }] } : {},
    properties: {
      messageId: f.messageId,
      data: f.data,
      ...f.changeId !== void 0 ? { changeId: f.changeId } : {},
      ...f.stepId !== void 0 ? { stepId: f.stepId } : {}
    }
  });
  const internal = evaluation.findings.filter((f) => f.ruleId === "internal-error");
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "changegate",
            ...version ? { version, semanticVersion: version } : {},
            ...informationUri ? { informationUri } : {},
            rules: descriptors
          }
        },
        invocations: [
          {
            executionSuccessful: internal.length === 0,
            ...internal.length > 0 ? { toolExecutionNotifications: internal.map((f) => ({ level: "error", message: { text: ensureSentence(f.message) } })) } : {}
          }
        ],
        // The loader counts columns in JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: [...evaluation.findings, ...evaluation.waived].map(result),
        // Each change request's own result: "not evaluated" when the run could not judge it, never "pass".
        properties: { verdict: evaluation.verdict, counts: evaluation.counts, changes: evaluation.changes.map((c) => ({ id: c.id, status: c.status })) }
      }
    ]
  };
}
function ruleFileHelp(source, pathPrefix, helpBase) {
  const location = artifactLocation(joinRepoPath(pathPrefix, source));
  if (location.uriBaseId === void 0) return { helpUri: location.uri };
  return helpBase ? { helpUri: new URL("custom-rules.md", helpBase).href } : {};
}
function artifactLocation(path) {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function formatSarif(evaluation, options = {}) {
  return [...sarifChunks(evaluation, options)].join("");
}
function* sarifChunks(evaluation, options = {}) {
  yield* jsonTextChunks(toSarif(evaluation, options));
  yield "\n";
}
export {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  formatSarif,
  sarifChunks,
  toSarif
};
