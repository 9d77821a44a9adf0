import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import "./cli-chunk-TEIBIKKK.js";
import {
  packageRoot
} from "./cli-chunk-2Z5H7SNB.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/hook.ts
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
var HOOK_MARKER = "# changegate-pre-commit-hook v1";
var SKIP_HINT = "To skip the check once (not recommended): git commit --no-verify";
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function hookScript(repoDir, installedBin) {
  return `#!/bin/sh
${HOOK_MARKER}
# Installed by \`changegate hook install\`: checks exactly what is staged for commit, with the same
# rules as CI. ${SKIP_HINT}
if [ -x ./node_modules/.bin/changegate ]; then
  set -- ./node_modules/.bin/changegate
elif [ -f ${shellQuote(installedBin)} ]; then
  set -- node ${shellQuote(installedBin)}
elif command -v changegate >/dev/null 2>&1; then
  set -- changegate
else
  echo "changegate pre-commit hook: changegate is not installed (npm install --save-dev changegate); the commit is refused. ${SKIP_HINT}" >&2
  exit 2
fi
"$@" check --staged ${shellQuote(repoDir)}
status=$?
if [ "$status" -ne 0 ]; then
  echo "" >&2
  echo "changegate: commit refused (exit $status). Fix the findings above and git add the files. ${SKIP_HINT}" >&2
fi
exit $status
`;
}
var QUOTED_WORD = "'(?:[^']|'\\\\'')*'";
var OWN_HOOK = new RegExp(
  "^" + hookScript("@FOLDER@", "@BIN@").replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'@FOLDER@'|'@BIN@'/g, QUOTED_WORD) + "$"
);
function isOwnHook(text) {
  return OWN_HOOK.test(text);
}
function existingHook(path) {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { kind: "none" };
  }
  if (stats.isDirectory()) return { kind: "other", what: "a directory" };
  if (stats.isSymbolicLink()) return { kind: "other", what: "a symbolic link" };
  if (!stats.isFile()) return { kind: "other", what: "not a regular file" };
  return { kind: "file", text: readFileSync(path, "utf8") };
}
function freeBackupPath(path) {
  let candidate = `${path}.changegate-backup`;
  for (let i = 1; existsSync(candidate); i++) candidate = `${path}.changegate-backup.${i}`;
  return candidate;
}
function registerHook(program, io, setExit) {
  const hook = program.command("hook").description("Install or remove the git pre-commit hook that runs `changegate check --staged`").addHelpText("after", "\nExamples:\n  $ changegate hook install\n  $ changegate hook install network/ --force\n  $ changegate hook uninstall");
  hook.command("install").description("Write .git/hooks/pre-commit (or the core.hooksPath folder) to check what is staged before every commit").argument("[repo-dir]", "the folder holding the network files (may be a subfolder of the git work tree)", ".").option("--force", "replace a pre-commit hook that changegate did not write (it is kept as a .changegate-backup file)").addHelpText("after", `
Examples:
  $ changegate hook install
  $ changegate hook install network/ --force

Skip the hook once with \`git commit --no-verify\`. With the pre-commit framework, use .pre-commit-hooks.yaml instead (docs/git.md).`).action(async (repoDir, options) => {
    setExit(await installHook(repoDir, options.force === true, io));
  });
  hook.command("uninstall").description("Remove the pre-commit hook that changegate installed (a foreign hook is left alone)").argument("[repo-dir]", "a folder inside the git work tree", ".").addHelpText("after", "\nExample:\n  $ changegate hook uninstall").action(async (repoDir) => {
    setExit(await uninstallHook(repoDir, io));
  });
}
async function hookLocation(repoDir, io) {
  const { GitRepo, GitSourceError } = await import("./cli-chunk-IWZTLLZF.js");
  try {
    const repo = await GitRepo.open(resolve(io.cwd, repoDir), io.env);
    return { repo, path: await repo.hookPath("pre-commit") };
  } catch (err) {
    io.stderr(`changegate: ${err instanceof GitSourceError ? err.message : String(err)}
`);
    return void 0;
  }
}
async function installHook(repoDir, force, io) {
  const located = await hookLocation(repoDir, io);
  if (!located) return 2 /* Error */;
  const { repo, path } = located;
  const shown = relative(io.cwd, path) || path;
  const folder = repo.prefix === "" ? "." : repo.prefix.replace(/\/$/, "");
  const script = hookScript(folder, join(packageRoot(), "bin", "changegate.js"));
  const existing = existingHook(path);
  if (existing.kind === "other") {
    io.stderr(`changegate: ${shown} is ${existing.what}, not a hook script; it was left unchanged. Move it away and run \`changegate hook install\` again.
`);
    return 2 /* Error */;
  }
  if (existing.kind === "file" && !isOwnHook(existing.text) && !force) {
    io.stderr(
      `changegate: ${shown} already exists and was not written by changegate; it was left unchanged.
  Run \`changegate hook install --force\` to replace it (the old hook is kept as a .changegate-backup file),
  or call \`changegate check --staged\` from it yourself (with the pre-commit framework, see .pre-commit-hooks.yaml).
`
    );
    return 2 /* Error */;
  }
  let backup;
  try {
    if (existing.kind === "file" && existing.text !== script) {
      backup = freeBackupPath(path);
      renameSync(path, backup);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, script);
    chmodSync(path, 493);
  } catch (err) {
    io.stderr(`changegate: cannot write the hook at ${shown}: ${err.message}${backup ? `; the previous hook is at ${relative(io.cwd, backup) || backup}` : ""}
`);
    return 2 /* Error */;
  }
  io.stdout(
    `Installed the changegate pre-commit hook at ${shown}.
` + (backup ? `The previous hook was moved to ${relative(io.cwd, backup) || backup}.
` : "") + `Every commit now runs \`changegate check --staged ${folder}\` on exactly what is staged; a blocking finding refuses the commit.
${SKIP_HINT}
`
  );
  return 0 /* Pass */;
}
async function uninstallHook(repoDir, io) {
  const located = await hookLocation(repoDir, io);
  if (!located) return 2 /* Error */;
  const shown = relative(io.cwd, located.path) || located.path;
  const existing = existingHook(located.path);
  if (existing.kind === "none") {
    io.stdout(`No pre-commit hook at ${shown}; nothing to remove.
`);
    return 0 /* Pass */;
  }
  if (existing.kind === "other" || !isOwnHook(existing.text)) {
    io.stderr(`changegate: ${shown} was not written by changegate${existing.kind === "other" ? ` (it is ${existing.what})` : ""}; it was left unchanged.
`);
    return 2 /* Error */;
  }
  try {
    unlinkSync(located.path);
  } catch (err) {
    io.stderr(`changegate: cannot remove the hook at ${shown}: ${err.message}
`);
    return 2 /* Error */;
  }
  io.stdout(`Removed the changegate pre-commit hook at ${shown}.
`);
  return 0 /* Pass */;
}
export {
  HOOK_MARKER,
  hookScript,
  installHook,
  isOwnHook,
  registerHook,
  uninstallHook
};
