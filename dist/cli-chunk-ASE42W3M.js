import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Option
} from "./cli-chunk-D34V5FPE.js";
import {
  readAndEvaluateFolder
} from "./cli-chunk-SIYBN2J6.js";
import "./cli-chunk-EEPDGUPQ.js";
import {
  parseAsOf
} from "./cli-chunk-CZ4W4BIZ.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  FORMAT_LOADERS,
  FORMAT_NAMES
} from "./cli-chunk-YXPIUY3H.js";
import {
  memoryDocumentCache
} from "./cli-chunk-PHJPIKM6.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-IYNTTMBJ.js";
import {
  writeReport
} from "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import {
  exitCodeFor
} from "./cli-chunk-TEIBIKKK.js";
import {
  INPUT_RULE_IDS
} from "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import {
  didYouMean
} from "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/check.ts
import { resolve } from "node:path";

// src/cli/filter.ts
function refuseUnknown(kind, option, wanted, known) {
  for (const id of wanted) {
    if (known.includes(id)) continue;
    const near = didYouMean(id, known);
    throw new UsageError(`${option} ${id}: no ${kind} "${id}"${near !== void 0 ? `; did you mean "${near}"?` : ""} (known: ${known.join(", ") || "none"})`);
  }
}
function filterFindings(evaluation, filter) {
  if (filter.changes.length === 0 && filter.rules.length === 0) return { evaluation, note: "" };
  refuseUnknown("change request", "--change", filter.changes, evaluation.changes.map((c) => c.id));
  refuseUnknown("rule", "--rule", filter.rules, [.../* @__PURE__ */ new Set([...INPUT_RULE_IDS, ...evaluation.rules.map((r) => r.id)])]);
  const changes = new Set(filter.changes);
  const rules = new Set(filter.rules);
  const keep = (f) => (changes.size === 0 || f.changeId !== void 0 && changes.has(f.changeId)) && (rules.size === 0 || rules.has(f.ruleId));
  const findings = evaluation.findings.filter(keep);
  const waived = evaluation.waived.filter(keep);
  const hidden = evaluation.findings.length - findings.length;
  const by = [...filter.changes.map((c) => `--change ${c}`), ...filter.rules.map((r) => `--rule ${r}`)].join(" ");
  const note = `showing ${findings.length} of ${evaluation.findings.length} findings (${by}); ${hidden} other${hidden === 1 ? "" : "s"} still count in the verdict, which is the whole plan's`;
  return { evaluation: { ...evaluation, findings, waived, changes: changes.size === 0 ? evaluation.changes : evaluation.changes.filter((c) => changes.has(c.id)) }, note };
}

// src/cli/commands/check.ts
var collect = (value, previous) => [...previous, value];
function terminalColumns(io, output) {
  if (output !== void 0) return {};
  if (io.columns !== void 0) return { columns: io.columns };
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? { columns: fromEnv } : {};
}
function registerCheck(program, io, setExit) {
  program.command("check").description("Evaluate a network-config repository and print the verdict").argument("[repo-dir]", "the repository (or folder) holding the network files", ".").addOption(new Option("-f, --format <format>", "output format").choices(FORMAT_NAMES).default("text")).option("--as-of <instant>", 'evaluate as of this instant (ISO 8601 with offset, or "now"); default: now').option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--include-drafts", "also put draft change requests on the timeline").option("--max-per-rule <n>", "text output: show at most n findings per rule", "50").option("--change <id>", "show only the findings about this change request (repeat for several); the verdict and exit code stay those of the whole plan", collect, []).option("--rule <id>", "show only the findings of this rule (repeat for several); the verdict and exit code stay those of the whole plan", collect, []).option("-o, --output <file>", "write the report to a file instead of standard output").option("--no-color", "disable colour (also: NO_COLOR environment variable)").option("--base <ref>", "also evaluate this git ref and label each finding new, existing or fixed (see docs/git.md)").option("--head <ref>", "evaluate this git ref instead of the working tree (read from git objects, no checkout)").option("--only-new", "with --base (or --staged): report only what the change introduces or makes worse").option("--staged", "evaluate exactly what is staged for commit (the git index), compared with HEAD; used by the pre-commit hook").addOption(new Option("--publish <forge>", "in CI, also publish the verdict: gitlab keeps the merge-request note (as `changegate gitlab` does)").choices(["gitlab"])).option("--plugin <path>", "also run the rules exported by this ES module, made with defineRule (repeat for several; see docs/api.md)", collect, []).option("--no-plan-hint", "text output: do not search for a safe plan for failing change requests (see changegate plan)").option("--no-cache", "with --base, --head or --staged: do not use the cache of loaded documents under .git/changegate/").addHelpText(
    "after",
    `
Exit codes: 0 pass or warn, 1 fail (a blocking finding), 2 error (the gate could not evaluate) or bad usage.

Examples:
  $ changegate check examples/six-sites
  $ changegate check . --format json --as-of 2026-12-01T09:00:00+01:00
  $ changegate check network/ --config network/changegate.yaml --include-drafts
  $ changegate check . --base origin/main --only-new
  $ changegate check --staged
  $ changegate check . --plugin ./acme-rules.mjs`
  ).action(async (repoDir, options) => {
    setExit(await runCheck(repoDir, options, io));
  });
}
async function runCheck(repoDir, options, io) {
  const asOf = parseAsOf(options.asOf ?? "now", io.now);
  if (typeof asOf !== "number") throw new UsageError(asOf.error);
  const maxPerRule = Number(options.maxPerRule);
  if (!Number.isInteger(maxPerRule) || maxPerRule < 1) throw new UsageError(`--max-per-rule must be a whole number of at least 1, not "${options.maxPerRule}"`);
  const plugins = options.plugin ?? [];
  if (plugins.length > 0 && options.publish !== void 0) throw new UsageError("--plugin cannot be combined with --publish: the published verdict is the one the CI job computes with the built-in and repository rules");
  const rules = plugins.length > 0 ? await (await import("./cli-chunk-JRA7T62X.js")).rulesWithPlugins(plugins, io.cwd) : void 0;
  if (options.publish === "gitlab") {
    const { publishCheckToGitLab } = await import("./cli-chunk-WU3UKTYP.js");
    return publishCheckToGitLab(repoDir, options, io, { asOf, maxPerRule });
  }
  if (options.base !== void 0 || options.head !== void 0 || options.staged || options.onlyNew) {
    if ((options.change ?? []).length > 0 || (options.rule ?? []).length > 0) throw new UsageError("--change and --rule filter the working-tree check; they cannot be combined with --base, --head, --staged or --only-new yet");
    const { runGitCheck } = await import("./cli-chunk-UB7LHV6K.js");
    return runGitCheck(repoDir, options, io, { asOf, maxPerRule, ...rules ? { rules } : {} });
  }
  const wantsHint = options.format === "text" && options.planHint !== false;
  const loaded = wantsHint ? memoryDocumentCache() : void 0;
  const read = await readAndEvaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts, ...rules ? { rules } : {}, ...loaded ? { keepLoaded: loaded } : {} }, io);
  if (!read) return 2 /* Error */;
  const { repository, evaluation } = read;
  const formatter = await FORMAT_LOADERS[options.format]();
  const color = options.color && io.isTTY && !io.env.NO_COLOR && !options.output;
  const shown = filterFindings(evaluation, { changes: options.change ?? [], rules: options.rule ?? [] });
  if (shown.note !== "") io.stderr(`changegate: ${shown.note}
`);
  const report = formatter(shown.evaluation, { color, pathPrefix: repoDir === "." ? "" : repoDir, maxPerRule, root: resolve(io.cwd, repoDir), ...terminalColumns(io, options.output) });
  const hint = wantsHint ? await (await import("./cli-chunk-5RC3ERTW.js")).safePlanText(repository, options, shown.evaluation, rules, loaded ? { evaluation, documentCache: loaded } : void 0) : "";
  const full = hint === "" ? report : typeof report === "string" ? report + hint : [...report, hint];
  if (!await writeReport(io, full, options.output)) return 2 /* Error */;
  return exitCodeFor(evaluation.verdict);
}
export {
  registerCheck,
  runCheck
};
