import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/source/git-env.ts
import { execFile } from "node:child_process";
import { resolve } from "node:path";
var UNNEEDED_ENV = /* @__PURE__ */ new Set([
  "EDITOR",
  "PAGER",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "GIT_PAGER",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_EXTERNAL_DIFF",
  "GIT_PROXY_COMMAND",
  "GIT_TEMPLATE_DIR",
  "PREFIX"
]);
function gitEnvOf(env) {
  return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== void 0 && !UNNEEDED_ENV.has(e[0].toUpperCase())));
}
function gitCacheDirOf(dir, env) {
  return new Promise((done) => {
    execFile("git", ["rev-parse", "--is-inside-work-tree", "--git-path", "changegate/documents"], { cwd: dir, env: gitEnvOf(env), windowsHide: true }, (error, stdout) => {
      const [inside, path] = error ? [] : String(stdout).split("\n");
      done(inside?.trim() === "true" && path !== void 0 && path.trim() !== "" ? resolve(dir, path.trim()) : void 0);
    });
  });
}

export {
  gitEnvOf,
  gitCacheDirOf
};
