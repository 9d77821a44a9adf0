import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  fileTooLarge,
  loadYaml
} from "./cli-chunk-HMPC5YSJ.js";
import {
  DOCUMENT_KINDS,
  didYouMean,
  validateDocument
} from "./cli-chunk-ZKHIW7JU.js";

// src/source/select.ts
var KIND_PEEK_BYTES = 64 * 1024;
var DEFAULT_CONFIG_FILE = "changegate.yaml";
var DEFAULT_INCLUDE = ["inventory", "traffic", "software", "policy", "changes", "waivers", "records", "rules"];
var YAML_FILE = /\.ya?ml$/i;
function normaliseRepoPath(raw) {
  if (raw.startsWith("/") || /^[A-Za-z]:[\\/]/.test(raw) || raw.includes("\\") || raw.includes("\0")) return void 0;
  const parts = [];
  for (const part of raw.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return void 0;
    parts.push(part);
  }
  return parts.join("/");
}
function folders(files) {
  const out = /* @__PURE__ */ new Set();
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join("/"));
  }
  return [...out].sort();
}
function under(path, prefix) {
  return prefix === "" || path === prefix || path.startsWith(prefix + "/");
}
function isIncluded(path, scope) {
  return YAML_FILE.test(path) && scope.include.some((p) => under(path, p)) && !isExcluded(path, scope);
}
function isExcluded(path, scope) {
  return scope.exclude.some((p) => under(path, p));
}
function mayHoldIncluded(dir, scope) {
  if (isExcluded(dir, scope)) return false;
  return scope.include.some((p) => under(dir, p) || under(p, dir));
}
function configFilePath(configPath) {
  return configPath === void 0 ? DEFAULT_CONFIG_FILE : normaliseRepoPath(configPath);
}
function readConfig(configFile, configPath, limits) {
  const problems = [];
  const documents = /* @__PURE__ */ new Map();
  const wanted = configFilePath(configPath);
  const broken = () => ({ scope: { include: DEFAULT_INCLUDE, exclude: [], ...wanted ? { configFile: wanted } : {} }, includeDrafts: false, documents, problems, broken: true });
  if (wanted === void 0) {
    problems.push({
      ruleId: "gate-config",
      messageId: "pathOutsideRepo",
      message: `the config path "${configPath}" leaves the repository; give a path inside it`,
      at: { file: "", pointer: "" },
      data: { path: String(configPath) }
    });
    return broken();
  }
  if (!configFile) {
    if (configPath !== void 0) {
      problems.push({
        ruleId: "gate-config",
        messageId: "configMissing",
        message: `the config file "${configPath}" does not exist`,
        at: { file: "", pointer: "" },
        data: { path: configPath }
      });
      return broken();
    }
    return { scope: { include: DEFAULT_INCLUDE, exclude: [] }, includeDrafts: false, documents, problems, broken: false };
  }
  const base = wanted.includes("/") ? wanted.slice(0, wanted.lastIndexOf("/")) : "";
  const truncated = configFile.size !== void 0 && configFile.size > configFile.bytes.length;
  const loaded = truncated ? { issues: [fileTooLarge(configFile.size ?? 0, limits)], document: void 0 } : loadYaml(configFile.path, configFile.bytes, limits);
  for (const issue of loaded.issues) {
    problems.push({ ruleId: "yaml-syntax", messageId: issue.code, message: issue.message, at: { file: configFile.path, pointer: issue.pointer ?? "" }, range: issue.range, data: { code: issue.code } });
  }
  if (!loaded.document || problems.length > 0) return broken();
  documents.set(configFile.path, loaded.document);
  const result = validateDocument(loaded.document.value, configFile.path);
  for (const p of result.problems) {
    problems.push({ ruleId: "schema-valid", messageId: p.messageId, message: p.message, at: { file: configFile.path, pointer: p.pointer }, atKey: p.atKey, data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, String(v)])) });
  }
  if (result.problems.length === 0 && result.kind !== "ChangegateConfig") {
    problems.push({ ruleId: "gate-config", messageId: "notAConfig", message: `${configFile.path} must be of kind ChangegateConfig`, at: { file: configFile.path, pointer: "/kind" }, data: {} });
  }
  if (problems.length > 0) return broken();
  const value = loaded.document.value;
  const resolvePath = (p, i, key) => {
    const normal = normaliseRepoPath(base ? `${base}/${p}` : p);
    if (normal === void 0 || base !== "" && !under(normal, base) && normal !== base) {
      problems.push({ ruleId: "gate-config", messageId: "pathOutsideRepo", message: `"${p}" leaves the repository; paths in the config must stay inside it`, at: { file: configFile.path, pointer: `/${key}/${i}` }, data: { path: p } });
      return void 0;
    }
    return normal;
  };
  const explicitInclude = value.include?.map((p, i) => ({ written: p, path: resolvePath(p, i, "include") }));
  const include = explicitInclude ? explicitInclude.flatMap((e) => e.path === void 0 ? [] : [e.path]) : DEFAULT_INCLUDE.map((p) => base ? `${base}/${p}` : p);
  const exclude = (value.exclude ?? []).flatMap((p, i) => {
    const normal = resolvePath(p, i, "exclude");
    return normal === void 0 ? [] : [normal];
  });
  return {
    scope: { include, exclude, configFile: configFile.path, ...value.maxFileBytes !== void 0 ? { maxFileBytes: value.maxFileBytes } : {} },
    includeDrafts: value.includeDrafts ?? false,
    documents,
    problems,
    ...explicitInclude ? { explicitInclude } : {},
    broken: problems.length > 0
  };
}
function readScope(configFile, configPath, limits) {
  return readConfig(configFile, configPath, limits).scope;
}
function selectFiles(all, configPath, limits) {
  const wanted = configFilePath(configPath);
  const configFile = wanted === void 0 ? void 0 : all.find((f) => f.path === wanted);
  const config = readConfig(configFile, configPath, limits);
  const { documents, problems, includeDrafts, scope } = config;
  if (config.broken) return { files: [], unread: [], include: scope.include, includeDrafts, documents, problems };
  config.explicitInclude?.forEach((entry, i) => {
    const normal = entry.path;
    if (normal !== void 0 && !all.some((f) => under(f.path, normal))) {
      const configAt = configFile?.path ?? "";
      const base = configAt.includes("/") ? configAt.slice(0, configAt.lastIndexOf("/")) : "";
      const near = didYouMean(normal, [.../* @__PURE__ */ new Set([...folders(all), ...DEFAULT_INCLUDE.map((d) => base ? `${base}/${d}` : d)])]);
      const hint = near !== void 0 ? `did you mean "${base !== "" && near.startsWith(`${base}/`) ? near.slice(base.length + 1) : near}"? ` : "";
      problems.push({
        ruleId: "gate-config",
        messageId: "includeMissing",
        message: `"${entry.written}" is listed in include but no file exists there: ${hint}Fix the name, create the folder, or remove it from include (changegate init writes a starter repository with the standard folders: ${DEFAULT_INCLUDE.join(", ")})`,
        at: { file: configFile?.path ?? "", pointer: `/include/${i}` },
        data: { path: entry.written, ...near !== void 0 ? { suggestion: near } : {} }
      });
    }
  });
  const files = [];
  const unread = [];
  for (const file of all) {
    if (!YAML_FILE.test(file.path) || file.path === scope.configFile) continue;
    if (isIncluded(file.path, scope)) files.push(file);
    else if (!isExcluded(file.path, scope)) {
      const declared = peekKind(file.bytes);
      if (declared) unread.push({ path: file.path, ...declared });
    }
  }
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  files.sort(byPath);
  unread.sort(byPath);
  return { files, unread, include: scope.include, includeDrafts, documents, problems, ...scope.maxFileBytes !== void 0 ? { maxFileBytes: scope.maxFileBytes } : {} };
}
var KIND_LINE = /^kind[ \t]*:[ \t]*(["']?)([A-Za-z]+)\1[ \t]*(?:#.*)?$/m;
var KNOWN_KINDS = new Map(DOCUMENT_KINDS.filter((k) => k !== "ChangegateConfig").map((k) => [k.toLowerCase(), k]));
function peekKind(bytes) {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, KIND_PEEK_BYTES)).replace(/\r\n/g, "\n");
  const match = KIND_LINE.exec(head);
  const kind = match?.[2] !== void 0 ? KNOWN_KINDS.get(match[2].toLowerCase()) : void 0;
  if (match === null || kind === void 0) return void 0;
  const line = head.slice(0, match.index).split("\n").length;
  return { kind, range: { line, column: 1, endLine: line, endColumn: match[0].length + 1 } };
}
var RULE_TEST_LINE = /^kind[ \t]*:[ \t]*(["']?)RuleTest\1[ \t]*(?:#.*)?$/m;
function declaresRuleTestKind(bytes) {
  const head = bytes.subarray(0, KIND_PEEK_BYTES);
  if (Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf("RuleTest") < 0) return false;
  return RULE_TEST_LINE.test(new TextDecoder("utf-8").decode(head));
}
function isRuleTestDocument(loaded) {
  const value = loaded.document?.value;
  return loaded.issues.length === 0 && typeof value === "object" && value !== null && value.kind === "RuleTest";
}

export {
  KIND_PEEK_BYTES,
  DEFAULT_CONFIG_FILE,
  normaliseRepoPath,
  isIncluded,
  isExcluded,
  mayHoldIncluded,
  configFilePath,
  readScope,
  selectFiles,
  declaresRuleTestKind,
  isRuleTestDocument
};
