import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  DEFAULT_LOAD_LIMITS,
  loadYaml
} from "./cli-chunk-HMPC5YSJ.js";

// src/approvals/gather.ts
import { execFile as execFile2 } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
import { promisify as promisify2 } from "node:util";

// src/approvals/evidence.ts
function unavailableEvidence(source, reason) {
  return {
    source,
    description: `${source} (unavailable: ${reason})`,
    approvalsOf: () => ({ proofs: [], note: reason }),
    authorsOf: () => []
  };
}

// src/approvals/signed-commits.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var NOT_COMMITTED = /^0{40}$/;
async function git(root, args, env) {
  const { stdout } = await run("git", args, { cwd: root, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
function parseBlame(porcelain) {
  const lines = [];
  for (const row of porcelain.split("\n")) {
    const match = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(row);
    if (match) lines[Number(match[2])] = match[1];
  }
  return lines;
}
async function signedCommitEvidence(input) {
  let scratch;
  try {
    const prefix = (await git(input.root, ["rev-parse", "--show-prefix"], input.env)).trim();
    scratch = mkdtempSync(join(tmpdir(), "changegate-signers-"));
    const signersFile = join(scratch, "allowed_signers");
    writeFileSync(signersFile, input.allowedSignersText);
    const blame = /* @__PURE__ */ new Map();
    for (const [i, file] of input.files.entries()) {
      const contents = join(scratch, `contents-${i}`);
      if (!input.commit) writeFileSync(contents, file.bytes);
      const args = ["blame", "--porcelain", ...input.commit ? [input.commit] : ["--contents", contents], "--", prefix + file.path];
      try {
        blame.set(file.path, parseBlame(await git(input.root, args, input.env)));
      } catch {
        blame.set(file.path, []);
      }
    }
    const commits = [...new Set([...blame.values()].flat().filter((c) => c && !NOT_COMMITTED.test(c)))].sort();
    const signatures = /* @__PURE__ */ new Map();
    if (commits.length > 0) {
      const out = await git(
        input.root,
        ["-c", `gpg.ssh.allowedSignersFile=${signersFile}`, "log", "--no-walk=unsorted", "--format=%H%x09%G?%x09%GS", ...commits],
        input.env
      );
      for (const row of out.split("\n")) {
        const [sha, status, principal] = row.split("	");
        if (sha && status) signatures.set(sha, { status, principal: principal ?? "" });
      }
    }
    return new SignedCommitEvidence(input.allowedSigners, blame, signatures);
  } catch (err) {
    return unavailableEvidence("signed-commits", `git could not be consulted in ${input.root}: ${err.message.split("\n")[0]}`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
var SignedCommitEvidence = class {
  constructor(allowedSigners, blame, signatures) {
    this.blame = blame;
    this.signatures = signatures;
    this.description = `signed commits verified by git against ${allowedSigners}`;
  }
  blame;
  signatures;
  source = "signed-commits";
  description;
  approvalsOf(file, lines) {
    const commits = this.blame.get(file) ?? [];
    let signer;
    for (let line = lines.line; line <= lines.endLine; line++) {
      const commit = commits[line];
      const problem = this.problemOf(commit);
      if (problem) return { proofs: [], note: `line ${line} ${problem}` };
      const principal = this.signatures.get(commit).principal;
      if (signer !== void 0 && principal !== signer) return { proofs: [], note: `its lines were signed by different keys (${signer}, ${principal})` };
      signer = principal;
    }
    if (signer === void 0) return { proofs: [], note: "no line of it was found in git" };
    return { proofs: [{ identity: { kind: "person", id: signer }, how: `commit ${commits[lines.line]?.slice(0, 12)} signed by ${signer}` }] };
  }
  authorsOf(file, except) {
    const commits = this.blame.get(file) ?? [];
    const proofs = /* @__PURE__ */ new Map();
    commits.forEach((commit, line) => {
      if (except.some((s) => line >= s.line && line <= s.endLine) || this.problemOf(commit)) return;
      const principal = this.signatures.get(commit).principal;
      if (!proofs.has(principal)) proofs.set(principal, { identity: { kind: "person", id: principal }, how: `line ${line} signed by ${principal} in ${commit.slice(0, 12)}` });
    });
    return [...proofs.values()];
  }
  /** Why a line's commit proves nothing, or undefined when it carries a good signature of a known key. */
  problemOf(commit) {
    if (commit === void 0 || NOT_COMMITTED.test(commit)) return "is not committed yet";
    const signature = this.signatures.get(commit);
    const short = commit.slice(0, 12);
    if (!signature || signature.status === "N") return `comes from commit ${short}, which is not signed`;
    if (signature.status === "G" && signature.principal !== "") return void 0;
    if (signature.status === "B") return `comes from commit ${short}, whose signature is bad`;
    return `comes from commit ${short}, signed by a key that is not in the allowed signers`;
  }
};

// src/approvals/gather.ts
var run2 = promisify2(execFile2);
var decoder = new TextDecoder();
var POLICY_BYTES = Buffer.from("Policy");
var KIND = (kind) => new RegExp(`^kind:\\s*["']?${kind}["']?\\s*(#.*)?$`, "m");
function policySourceOf(files) {
  for (const file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    if (Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).indexOf(POLICY_BYTES) < 0) continue;
    const text = decoder.decode(file.bytes);
    if (!KIND("Policy").test(text)) continue;
    const doc = loadYaml(file.path, file.bytes, DEFAULT_LOAD_LIMITS).document;
    const source = doc?.value?.approvalSource;
    if (!source || typeof source.kind !== "string") return void 0;
    const folder = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/") + 1) : "";
    return {
      kind: source.kind,
      ...source.kind === "signed-commits" ? { allowedSigners: folder + (typeof source.allowedSigners === "string" ? source.allowedSigners : "allowed_signers") } : {},
      teams: source.teams && typeof source.teams === "object" ? source.teams : {}
    };
  }
  return void 0;
}
function approvalFiles(files) {
  return files.filter((f) => /\.ya?ml$/.test(f.path) && (KIND("ChangeRequest").test(decoder.decode(f.bytes)) || KIND("Waiver").test(decoder.decode(f.bytes))));
}
async function gitApprovalEvidence(root, files, origin, env) {
  const source = policySourceOf(files);
  if (source?.kind !== "signed-commits" || source.allowedSigners === void 0) return void 0;
  const signers = await readAllowedSigners(root, source.allowedSigners, origin, env);
  if (signers === void 0) return unavailableEvidence("signed-commits", `the allowed-signers file ${source.allowedSigners} named by the policy does not exist`);
  return signedCommitEvidence({
    root,
    files: approvalFiles(files),
    allowedSigners: source.allowedSigners,
    allowedSignersText: signers,
    ...origin.kind === "commit" ? { commit: origin.commit } : {},
    ...env ? { env } : {}
  });
}
async function readAllowedSigners(root, path, origin, env) {
  if (path.split("/").includes("..")) return void 0;
  try {
    if (origin.kind === "worktree") {
      const realRoot = realpathSync(root);
      const real = realpathSync(resolve(root, path));
      if (!real.startsWith(realRoot + sep)) return void 0;
      return readFileSync(real, "utf8");
    }
    const prefix = (await run2("git", ["rev-parse", "--show-prefix"], { cwd: root, env: env ?? process.env })).stdout.trim();
    const object = `${origin.kind === "commit" ? origin.commit : ""}:${prefix}${path}`;
    return (await run2("git", ["show", object], { cwd: root, env: env ?? process.env, maxBuffer: 8 * 1024 * 1024 })).stdout;
  } catch {
    return void 0;
  }
}

export {
  unavailableEvidence,
  policySourceOf,
  gitApprovalEvidence
};
