import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  isBlocking,
  judgeLoosenings,
  keepNewFindings,
  labelFindings,
  summariseChanges,
  withFindings
} from "./cli-chunk-7TBAMZWD.js";
import {
  FORMAT_LOADERS
} from "./cli-chunk-YXPIUY3H.js";
import {
  gitApprovalEvidence
} from "./cli-chunk-CVINXUCZ.js";
import {
  readFolder
} from "./cli-chunk-VQWI57H3.js";
import {
  defaultRules
} from "./cli-chunk-TM2NS74O.js";
import {
  GitRepo,
  GitSourceError
} from "./cli-chunk-WZRC7HS3.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import {
  writeReport
} from "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import {
  exitCodeFor
} from "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-USNZBKT4.js";
import {
  codeIdentity,
  documentCache
} from "./cli-chunk-AFBHTR5Y.js";
import "./cli-chunk-ZRQ63Y3F.js";
import {
  findingJson,
  toJsonObject
} from "./cli-chunk-W5G2MGEG.js";
import {
  describeEvaluated
} from "./cli-chunk-2LXPUEUT.js";
import {
  builtModelMemo,
  compiledRulesMemo,
  evaluate
} from "./cli-chunk-R64I6EY7.js";
import {
  labelOf
} from "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import {
  displayPath,
  painter,
  severityLabel
} from "./cli-chunk-UV3NTKXL.js";
import "./cli-chunk-POQZWAN2.js";
import {
  oneLine,
  withoutWorkflowCommands
} from "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/git-check.ts
import { resolve } from "node:path";

// src/source/snapshot.ts
function describeSpec(spec) {
  return spec.kind === "worktree" ? "the working tree" : spec.kind === "index" ? "the index (staged changes)" : spec.ref;
}
async function readSnapshot(root, spec, repo, role = "head", options = {}) {
  if (spec.kind === "worktree") return { ...readFolder(root, options), description: describeSpec(spec), source: { kind: "worktree" } };
  const git = repo ?? await GitRepo.open(root);
  if (spec.kind === "index") return { ...await git.readIndex(options), description: describeSpec(spec), source: { kind: "index" } };
  const commit = await git.resolve(spec.ref, role);
  return {
    ...await git.readCommit(commit, options),
    description: `${spec.ref} (${commit.slice(0, 7)})`,
    ref: spec.ref,
    commit,
    source: { kind: "commit", commit }
  };
}

// src/report/compare-json.ts
function previousJson(f) {
  return { severity: f.severity, messageId: f.messageId, message: f.message, file: f.file, line: f.line, column: f.column, data: f.data, fingerprint: f.fingerprint };
}
function fixedJson(f) {
  return { ...findingJson(f), label: "fixed" };
}
function comparisonJson(comparison) {
  const side = (s) => ({ description: s.description, source: s.source, ref: s.ref ?? null, commit: s.commit ?? null });
  return {
    base: { ...side(comparison.base), verdict: comparison.base.verdict },
    head: side(comparison.head),
    onlyNew: comparison.onlyNew,
    counts: comparison.counts,
    renames: [...comparison.renames].map(([from, to]) => ({ from, to })),
    fixed: comparison.labelling.fixed.map(fixedJson),
    changes: comparison.changes
  };
}
function toComparisonJsonObject(evaluation) {
  const plain = toJsonObject(evaluation);
  const { comparison } = evaluation;
  const label = (f, json) => {
    const l = labelOf(comparison, f);
    return {
      ...json,
      label: l.label,
      ...l.worsened !== void 0 ? { worsened: l.worsened } : {},
      ...l.gained !== void 0 ? { gained: l.gained } : {},
      ...l.previous !== void 0 ? { previous: previousJson(l.previous) } : {}
    };
  };
  return {
    ...plain,
    findings: plain.findings.map((json, i) => label(evaluation.findings[i], json)),
    waived: plain.waived.map((json, i) => label(evaluation.waived[i], json)),
    comparison: comparisonJson(comparison)
  };
}
function formatComparisonJson(evaluation) {
  return JSON.stringify(toComparisonJsonObject(evaluation), null, 2) + "\n";
}

// src/report/compare-text.ts
var WORSENING_TEXT = {
  nowBlocking: "it now blocks",
  severityRaised: "its severity rose",
  messageChanged: "it now reports a different problem",
  involvesMore: "it now involves more"
};
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatComparisonText(evaluation, options) {
  const { comparison } = evaluation;
  const paint = painter(options.color);
  const path = (file) => oneLine(displayPath(options.pathPrefix, file));
  const severityText = (f) => severityLabel(f, paint);
  const out = [];
  const baseName = comparison.base.ref ?? comparison.base.description;
  const line = (f, label) => {
    const waived = f.waivedBy !== void 0 ? ` (waived by ${oneLine(f.waivedBy)})` : "";
    return `  ${path(f.file)}:${f.line}:${f.column} ${severityText(f)} ${paint("dim", f.ruleId)} [${label}] ${oneLine(f.message)}${waived}`;
  };
  const section = (title, items) => {
    if (items.length === 0) return;
    out.push(paint("bold", `${title} (${items.length}):`));
    const shown = /* @__PURE__ */ new Map();
    const hidden = /* @__PURE__ */ new Map();
    for (const item of items) {
      const f = item.finding;
      const count = shown.get(f.ruleId) ?? 0;
      if (count >= options.maxPerRule) {
        hidden.set(f.ruleId, (hidden.get(f.ruleId) ?? 0) + 1);
        continue;
      }
      shown.set(f.ruleId, count + 1);
      out.push(line(f, item.worsened ? "new: made worse" : item.label));
      if (item.previous) {
        const why = item.worsened ? `made worse by this change: ${WORSENING_TEXT[item.worsened]}` : "changed by this change";
        const gained = item.gained ? ` (${Object.entries(item.gained).map(([k2, v]) => `${k2} + ${v.join(", ")}`).join("; ")})` : "";
        out.push(paint("dim", `      ${why}${oneLine(gained)}; at ${oneLine(baseName)} it read: ${oneLine(item.previous.message)}`));
      }
    }
    for (const [rule, n] of [...hidden].sort(([a], [b]) => a < b ? -1 : 1)) {
      out.push(paint("dim", `  \u2026 and ${n} more ${rule} finding${n === 1 ? "" : "s"} (use --max-per-rule or --format json to see all)`));
    }
    out.push("");
  };
  out.push(paint("bold", `Compared ${oneLine(comparison.head.description)} with ${oneLine(comparison.base.description)}.`), "");
  if (comparison.base.verdict === "error") {
    out.push(paint("dim", `The base could not be fully evaluated (its verdict is error), so findings it could not have reported count as new.`), "");
  }
  const labelled = [...evaluation.findings, ...evaluation.waived].map((f) => labelOf(comparison, f));
  const fresh = labelled.filter((l) => l.label === "new");
  const old = labelled.filter((l) => l.label === "existing");
  section("New blocking findings", fresh.filter((l) => isBlocking(l.finding)));
  section("Existing blocking findings", old.filter((l) => isBlocking(l.finding)));
  section("Other new findings", fresh.filter((l) => !isBlocking(l.finding)));
  const oldOther = old.filter((l) => !isBlocking(l.finding));
  if (options.compact) {
    if (oldOther.length > 0) out.push(paint("dim", `${plural(oldOther.length, "existing warning or notice")} not listed (run changegate check to see them).`), "");
  } else section("Existing findings", oldOther);
  if (comparison.onlyNew && comparison.counts.hidden > 0) {
    out.push(paint("dim", `${plural(comparison.counts.hidden, "existing finding")} not shown (--only-new).`), "");
  }
  const fixed = comparison.labelling.fixed;
  if (options.compact) {
    if (fixed.length > 0) out.push(paint("green", `${plural(fixed.length, "finding")} fixed by this change.`), "");
  } else if (fixed.length > 0) {
    out.push(paint("bold", `Fixed by this change (${fixed.length}, as reported at ${oneLine(baseName)}):`));
    for (const f of fixed.slice(0, options.maxPerRule * 4)) out.push(line(f, "fixed"));
    if (fixed.length > options.maxPerRule * 4) out.push(paint("dim", `  \u2026 and ${fixed.length - options.maxPerRule * 4} more (use --format json to see all)`));
    out.push("");
  }
  if (!options.compact) out.push(...changeSummaryLines(evaluation, path), "");
  const c = evaluation.counts;
  const verdict = { pass: paint("green", "PASS"), warn: paint("yellow", "WARN"), fail: paint("red", "FAIL"), error: paint("red", "ERROR") }[evaluation.verdict];
  const tally = `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.notices, "notice")}, ${c.waived} waived`;
  const k = comparison.counts;
  const labels = `${k.new} new${k.worsened > 0 ? ` (${k.worsened} made worse)` : ""}, ${k.existing} existing, ${k.fixed} fixed`;
  out.push(`${paint("bold", verdict)} ${tally}${comparison.onlyNew ? " (new only)" : ""}; ${labels}. ${describeEvaluated(evaluation)}`);
  return withoutWorkflowCommands(out.join("\n") + "\n");
}
function changeSummaryLines(evaluation, path) {
  const { changes } = evaluation.comparison;
  const out = ["Change:"];
  const describe = (f) => {
    const what = f.changeId !== void 0 ? `${oneLine(f.changeId)} (${path(f.path)})` : path(f.path);
    if (f.status === "renamed") return `renamed ${what} from ${path(f.previousPath ?? "")}${f.contentChanged ? " and edited it" : ""}`;
    return `${f.status} ${what}`;
  };
  const group = (title, items) => out.push(`  ${title}: ${items.length === 0 ? "none" : items.map(describe).join("; ")}`);
  group("change requests", changes.changeRequests);
  group("inventory", changes.inventory);
  group("policy", changes.policy);
  if (changes.waivers.length > 0) group("waivers", changes.waivers);
  if (changes.other.length > 0) group("other files", changes.other);
  if (changes.indirect.length === 0) out.push("  touched indirectly: none");
  else {
    out.push("  touched indirectly (unchanged change requests whose findings changed):");
    for (const i of changes.indirect) {
      const after = i.after.length > 0 ? `, after changes to ${i.after.map(path).join(", ")}` : "";
      out.push(`    ${oneLine(i.changeId)} (${path(i.file)}): ${i.verdict.base} -> ${i.verdict.head}, ${plural(i.newFindings, "new finding")}, ${i.fixedFindings} fixed${after}`);
    }
  }
  return out;
}

// src/cli/git-check.ts
function sideOf(snapshot) {
  return {
    description: snapshot.description,
    ...snapshot.ref !== void 0 ? { ref: snapshot.ref } : {},
    ...snapshot.commit !== void 0 ? { commit: snapshot.commit } : {},
    source: snapshot.source.kind
  };
}
async function compareSnapshots(input) {
  const repo = input.repo ?? await GitRepo.open(input.root, input.env);
  const readOptions = input.evaluateOptions.configPath !== void 0 ? { configPath: input.evaluateOptions.configPath } : {};
  const basePending = input.base === void 0 ? void 0 : readSnapshot(input.root, { kind: "ref", ref: input.base }, repo, "base", readOptions);
  basePending?.catch(() => void 0);
  const head = await readSnapshot(input.root, input.head, repo, "head", readOptions);
  const headEvidence = input.evaluateOptions.approvalEvidence ?? await gitApprovalEvidence(input.root, head.files, head.source, input.env);
  const headAlone = evaluate(head.files, { ...input.evaluateOptions, refused: head.refused, ...headEvidence ? { approvalEvidence: headEvidence } : {} });
  if (basePending === void 0 || input.base === void 0) return { evaluation: headAlone, head };
  const base = await basePending;
  const unchanged = sameContent(base, head);
  const { approvalEvidence: _headOnly, ...baseOptions } = input.evaluateOptions;
  const baseEvaluation = unchanged ? headAlone : evaluate(base.files, { ...baseOptions, refused: base.refused, ...await baseEvidence(input.root, base, input.env) });
  const loosening = unchanged ? void 0 : judgeLoosenings({
    base: { evaluation: baseEvaluation, files: base.files },
    head: { evaluation: headAlone, files: head.files },
    verifiedApprovers: input.verifiedApprovers ?? [],
    evaluateOptions: { ...input.evaluateOptions, refused: head.refused, ...headEvidence ? { approvalEvidence: headEvidence } : {} }
  });
  const headEvaluation = withFindings(headAlone, loosening?.findings ?? []);
  const headPaths = new Set(head.files.map((f) => f.path));
  const basePaths = new Set(base.files.map((f) => f.path));
  const mayRename = base.files.some((f) => !headPaths.has(f.path)) && head.files.some((f) => !basePaths.has(f.path));
  const renames = new Map(mayRename ? (await repo.renames(base.commit ?? input.base, head.source)).map((r) => [r.from, r.to]) : []);
  addIdentityRenames(renames, base, baseEvaluation, head, headEvaluation);
  const labelling = labelFindings(baseEvaluation, headEvaluation, renames);
  const changes = summariseChanges({
    base: { evaluation: baseEvaluation, files: base.files },
    head: { evaluation: headEvaluation, files: head.files },
    renames,
    labelling,
    ...input.evaluateOptions.configPath !== void 0 ? { configPath: input.evaluateOptions.configPath } : {}
  });
  const labelled = [...labelling.labels.values()];
  const existing = labelled.filter((l) => l.label === "existing").length;
  const comparison = {
    base: { ...sideOf(base), verdict: baseEvaluation.verdict },
    head: sideOf(head),
    onlyNew: input.onlyNew,
    labelling,
    renames,
    changes,
    counts: {
      new: labelled.length - existing,
      worsened: labelled.filter((l) => l.worsened !== void 0).length,
      existing,
      fixed: labelling.fixed.length,
      hidden: 0
    }
  };
  const evaluation = { ...headEvaluation, comparison };
  return { evaluation: input.onlyNew ? onlyNew(evaluation) : evaluation, head, base };
}
async function baseEvidence(root, base, env) {
  const evidence = await gitApprovalEvidence(root, base.files, base.source, env);
  return evidence ? { approvalEvidence: evidence } : {};
}
function sameContent(a, b) {
  if (a.files.length !== b.files.length || a.refused.length !== b.refused.length) return false;
  const sameFiles = a.files.every((f, i) => {
    const other = b.files[i];
    return other !== void 0 && other.path === f.path && Buffer.compare(other.bytes, f.bytes) === 0;
  });
  return sameFiles && a.refused.every((r, i) => r.path === b.refused[i]?.path && r.reason === b.refused[i]?.reason);
}
function addIdentityRenames(renames, base, baseEvaluation, head, headEvaluation) {
  const basePaths = new Set(base.files.map((f) => f.path));
  const headPaths = new Set(head.files.map((f) => f.path));
  const taken = new Set(renames.values());
  const free = (from, to) => !renames.has(from) && !taken.has(to) && !headPaths.has(from) && !basePaths.has(to);
  const pair = (from, to) => {
    if (from === to || !free(from, to)) return;
    renames.set(from, to);
    taken.add(to);
  };
  const ids = (evaluation) => [
    ...evaluation.changes.map((c) => [`cr:${c.id}`, c.file]),
    ...(evaluation.network?.waivers ?? []).map((w) => [`waiver:${w.id}`, w.at.file])
  ];
  const headIds = new Map(ids(headEvaluation));
  for (const [id, file] of ids(baseEvaluation)) {
    const to = headIds.get(id);
    if (to !== void 0) pair(file, to);
  }
  const added = head.files.filter((f) => !basePaths.has(f.path) && !taken.has(f.path));
  for (const removed of base.files) {
    if (headPaths.has(removed.path) || renames.has(removed.path)) continue;
    const same = added.find((f) => !taken.has(f.path) && Buffer.compare(f.bytes, removed.bytes) === 0);
    if (same) pair(removed.path, same.path);
  }
}
function onlyNew(evaluation) {
  const { comparison } = evaluation;
  const kept = keepNewFindings(evaluation, (f) => labelOf(comparison, f).label === "new");
  return { ...kept.evaluation, comparison: { ...comparison, counts: { ...comparison.counts, hidden: kept.hidden } } };
}
async function runGitCheck(repoDir, options, io, settings) {
  if (options.staged && options.head !== void 0) throw new UsageError("--staged checks the index and --head checks a ref: give one or the other");
  const root = resolve(io.cwd, repoDir);
  const head = options.staged ? { kind: "index" } : options.head !== void 0 ? { kind: "ref", ref: options.head } : { kind: "worktree" };
  let result;
  try {
    const repo = await GitRepo.open(root, io.env);
    let base = options.base;
    if (base === void 0 && options.staged) base = await repo.tryResolve("HEAD") ? "HEAD" : void 0;
    if (options.onlyNew && base === void 0) {
      throw new UsageError(options.staged ? "--only-new needs a base, and this repository has no commit yet" : "--only-new needs --base <ref> (or --staged, which compares with HEAD)");
    }
    const cacheDir = options.cache !== false ? await repo.cacheDir() : void 0;
    result = await compareSnapshots({
      root,
      head,
      ...base !== void 0 ? { base } : {},
      onlyNew: options.onlyNew === true,
      evaluateOptions: {
        // The same pack (built-in and --plugin rules) judges both sides, so a plugin finding is new, existing or fixed like any other.
        rules: settings.rules ?? defaultRules,
        asOf: settings.asOf,
        // With the cache, both sides get the very same loaded documents for every file the commit leaves
        // alone, so what is built from them (the model, the compiled custom rules) is built once.
        ...cacheDir !== void 0 ? { documentCache: documentCache(cacheDir, codeIdentity(VERSION)), builtModel: builtModelMemo(), compiledRules: compiledRulesMemo() } : {},
        ...options.config !== void 0 ? { configPath: options.config } : {},
        ...options.includeDrafts ? { includeDrafts: true } : {}
      },
      env: io.env,
      repo
    });
  } catch (err) {
    if (err instanceof GitSourceError) {
      io.stderr(`changegate: ${err.message}
`);
      return 2 /* Error */;
    }
    throw err;
  }
  const { evaluation } = result;
  const color = options.color && io.isTTY && !io.env.NO_COLOR && !options.output;
  const context = { color, pathPrefix: repoDir === "." ? "" : repoDir, maxPerRule: settings.maxPerRule, root };
  let text;
  if ("comparison" in evaluation && options.format === "text") text = formatComparisonText(evaluation, { ...context, compact: options.staged === true });
  else if ("comparison" in evaluation && options.format === "json") text = formatComparisonJson(evaluation);
  else {
    const loader = FORMAT_LOADERS[options.format];
    if (!loader) throw new UsageError(`unknown format "${options.format}"`);
    text = (await loader())(evaluation, context);
  }
  if (!await writeReport(io, text, options.output)) return 2 /* Error */;
  return exitCodeFor(evaluation.verdict);
}
export {
  compareSnapshots,
  runGitCheck
};
