import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  evaluateWithCache,
  loadRepository
} from "./cli-chunk-EEPDGUPQ.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import {
  didYouMean
} from "./cli-chunk-ZKHIW7JU.js";

// src/cli/evaluate-folder.ts
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
async function evaluateFolder(repoDir, options, io) {
  return (await readAndEvaluateFolder(repoDir, options, io))?.evaluation;
}
async function readAndEvaluateFolder(repoDir, options, io) {
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== void 0) {
    io.stderr(`changegate: ${problem}
`);
    return void 0;
  }
  let repository;
  try {
    repository = await loadRepository(resolve(io.cwd, repoDir), { ...options.config !== void 0 ? { config: options.config } : {}, env: io.env });
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${err.message}
`);
    return void 0;
  }
  const cached = options.documentCache ? await cachedDocuments(repository, io) : void 0;
  const progress = progressReporter(io);
  const evaluation = evaluateWithCache(
    cached?.repository ?? repository,
    {
      asOf: options.asOf,
      ...progress ? { onProgress: progress.update } : {},
      ...options.includeDrafts ? { includeDrafts: true } : {},
      ...options.rules ? { rules: options.rules } : {},
      ...options.focusChange !== void 0 ? { focusChange: options.focusChange } : {}
    },
    cached?.cache ?? options.keepLoaded
  );
  progress?.done();
  return { repository, evaluation };
}
async function cachedDocuments(repository, io) {
  const [{ gitCacheDirOf }, { codeIdentity, documentCache, withContentIds }] = await Promise.all([import("./cli-chunk-YG4UBOHF.js"), import("./cli-chunk-QVC22QRW.js")]);
  const cacheDir = await gitCacheDirOf(repository.root, io.env);
  if (cacheDir === void 0) return void 0;
  return { repository: { ...repository, files: withContentIds(repository.files) }, cache: documentCache(cacheDir, codeIdentity(VERSION)) };
}
function folderProblem(repoDir, cwd) {
  const path = resolve(cwd, repoDir);
  let isFolder;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    let near;
    try {
      const siblings = readdirSync(dirname(path), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      near = didYouMean(basename(path), siblings);
    } catch {
      near = void 0;
    }
    const suggestion = near !== void 0 ? `did you mean "${repoDir.slice(0, repoDir.length - basename(path).length)}${near}"? ` : "";
    return `the repository folder "${repoDir}" does not exist: ${suggestion}Give the folder that holds the network files (changegate.yaml, inventory/, changes/, ...), or create a starter one with changegate init ${repoDir}`;
  }
  if (!isFolder) return `"${repoDir}" is a file, not a folder: give the repository folder that holds it (changegate reads every network file in the folder)`;
  return void 0;
}
function progressReporter(io) {
  if (!io.stderrIsTTY) return void 0;
  const started = io.now();
  let shown = false;
  return {
    update: (p) => {
      if (!shown && io.now() - started < 1e3) return;
      shown = true;
      const what = p.stage === "load" ? `reading files ${p.done + 1}/${p.total}` : p.stage === "rules" ? `rule ${p.done + 1}/${p.total}` : p.stage === "model" ? "building the model" : p.stage === "timeline" ? "building the timeline" : "applying waivers and the verdict";
      io.stderr(`\r\x1B[2Kchangegate: ${what}\u2026`);
    },
    done: () => {
      if (shown) io.stderr("\r\x1B[2K");
    }
  };
}

export {
  evaluateFolder,
  readAndEvaluateFolder,
  folderProblem
};
