import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  KIND_PEEK_BYTES,
  configFilePath,
  isExcluded,
  isIncluded,
  mayHoldIncluded,
  readScope
} from "./cli-chunk-QDRY2GZP.js";
import {
  DEFAULT_LOAD_LIMITS
} from "./cli-chunk-HMPC5YSJ.js";

// src/source/folder.ts
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
function readFolder(root, options = {}) {
  const realRoot = realpathSync(root);
  const limits = options.limits ?? DEFAULT_LOAD_LIMITS;
  const files = [];
  const refused = [];
  const inside = (real) => real === realRoot || real.startsWith(realRoot + sep);
  const follow = (full) => {
    let real;
    try {
      real = realpathSync(full);
    } catch {
      return { type: "dangling" };
    }
    if (!inside(real)) return { type: "outside", target: real };
    const stats = statSync(real);
    return stats.isDirectory() ? { type: "dir", real } : stats.isFile() ? { type: "file", real } : { type: "other" };
  };
  const configRel = configFilePath(options.configPath);
  let configFile;
  if (configRel !== void 0) {
    const found = follow(join(root, configRel));
    if (found.type === "file") configFile = readBounded(configRel, found.real, limits.maxBytes);
    else if (found.type === "outside") refused.push({ path: configRel, reason: `it is a symbolic link to ${found.target}, outside the repository` });
  }
  const scope = readScope(configFile, options.configPath, limits);
  if (configFile) files.push(configFile);
  const readReal = /* @__PURE__ */ new Set();
  const peekable = [];
  const relevant = (rel) => isIncluded(rel, scope) || mayHoldIncluded(rel, scope);
  const walk = (dir, relDir, realDir, ancestors) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (rel === configRel) continue;
      let found;
      if (entry.isSymbolicLink()) found = follow(full);
      else if (entry.isDirectory()) found = { type: "dir", real: join(realDir, entry.name) };
      else if (entry.isFile()) found = { type: "file", real: join(realDir, entry.name) };
      else found = { type: "other" };
      switch (found.type) {
        case "dir": {
          if (entry.name === ".git") break;
          if ((entry.name === "node_modules" || entry.isSymbolicLink()) && !relevant(rel)) break;
          if (ancestors.has(found.real)) {
            if (relevant(rel)) refused.push({ path: rel, reason: "it is a symbolic link to a folder that contains it (a loop)" });
            break;
          }
          walk(full, rel, found.real, /* @__PURE__ */ new Set([...ancestors, found.real]));
          break;
        }
        case "outside":
          if (relevant(rel)) refused.push({ path: rel, reason: `it is a symbolic link to ${found.target}, outside the repository` });
          break;
        case "dangling":
          if (relevant(rel)) refused.push({ path: rel, reason: "it is a symbolic link whose target does not exist" });
          break;
        case "file":
          if (!YAML_FILE.test(entry.name)) break;
          if (isIncluded(rel, scope)) {
            const file = tryRead(rel, found.real, scope.maxFileBytes ?? limits.maxBytes, false, refused);
            if (file) files.push(file);
            readReal.add(found.real);
          } else if (!isExcluded(rel, scope) && !rel.split("/").includes("node_modules")) {
            peekable.push({ path: rel, real: found.real });
          }
          break;
        case "other":
          if (isIncluded(rel, scope)) refused.push({ path: rel, reason: "it is not a regular file" });
          break;
      }
    }
  };
  walk(root, "", realRoot, /* @__PURE__ */ new Set([realRoot]));
  for (const p of peekable) {
    if (readReal.has(p.real)) continue;
    const file = tryRead(p.path, p.real, KIND_PEEK_BYTES, true, refused);
    if (file) files.push(file);
  }
  return { files, refused };
}
function tryRead(path, real, limit, peek, refused) {
  try {
    return readBounded(path, real, limit, peek);
  } catch (err) {
    const code = err.code ?? err.message;
    refused.push({ path, reason: `it could not be read (${code})${peek ? " to see whether it declares a changegate kind; list it under exclude if it is not part of the network" : ""}` });
    return void 0;
  }
}
function readBounded(path, real, limit, peek = false) {
  const fd = openSync(real, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > limit && !peek) return { path, bytes: new Uint8Array(), size };
    const wanted = Math.min(size, limit);
    const bytes = new Uint8Array(wanted);
    let at = 0;
    while (at < wanted) {
      const n = readSync(fd, bytes, at, wanted - at, at);
      if (n === 0) break;
      at += n;
    }
    const read = at < wanted ? bytes.subarray(0, at) : bytes;
    return size > read.length ? { path, bytes: read, size } : { path, bytes: read };
  } finally {
    closeSync(fd);
  }
}

export {
  readFolder
};
