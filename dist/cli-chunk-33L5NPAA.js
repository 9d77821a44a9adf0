import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";

// src/cli/source-info.ts
import { spawnSync } from "node:child_process";
import { basename, relative, resolve, sep } from "node:path";
function git(cwd, args) {
  const run = spawnSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
  return run.status === 0 ? run.stdout.trim() : void 0;
}
function pullRequestOf(explicit, env) {
  if (explicit !== void 0 && explicit.trim() !== "") return /^\d+$/.test(explicit.trim()) ? `#${explicit.trim()}` : explicit.trim();
  const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? "");
  if (!match) return void 0;
  return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}#${match[1]}` : `#${match[1]}`;
}
function describeSource(repoDir, io, pullRequest) {
  const folder = resolve(io.cwd, repoDir);
  const top = git(folder, ["rev-parse", "--show-toplevel"]);
  const pr = pullRequestOf(pullRequest, io.env);
  if (top === void 0) return { name: basename(folder), folder: "", commit: void 0, dirty: false, pullRequest: pr, version: VERSION };
  const commit = git(folder, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  const status = git(folder, ["status", "--porcelain", "--untracked-files=normal", "--", "."]);
  return {
    name: basename(top),
    folder: relative(top, folder).split(sep).join("/"),
    commit: commit === "" ? void 0 : commit,
    dirty: status !== void 0 && status !== "",
    pullRequest: pr,
    version: VERSION
  };
}

export {
  git,
  describeSource
};
