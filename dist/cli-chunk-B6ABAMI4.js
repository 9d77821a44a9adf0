import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  describeSource
} from "./cli-chunk-33L5NPAA.js";
import {
  Option
} from "./cli-chunk-D34V5FPE.js";
import {
  evaluateFolder
} from "./cli-chunk-SIYBN2J6.js";
import "./cli-chunk-EEPDGUPQ.js";
import {
  parseAsOf
} from "./cli-chunk-CZ4W4BIZ.js";
import {
  rulesWithPlugins
} from "./cli-chunk-B4YMDTPB.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import {
  RULE_DOCS_URL
} from "./cli-chunk-IYNTTMBJ.js";
import {
  writeOutputFile
} from "./cli-chunk-ZKSQ5UZ5.js";
import {
  exitCodeFor
} from "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/report.ts
import { dirname, relative, resolve, sep } from "node:path";
var collect = (value, previous) => [...previous, value];
function registerReport(program, io, setExit) {
  program.command("report").description("Write the CAB review summary (Markdown with a Mermaid timeline, or self-contained HTML with SVG charts)").argument("[repo-dir]", "the repository (or folder) holding the network files", ".").option("--change <id>", "summarise this change request (repeat for several; default: every change request on the timeline)", collect, []).addOption(new Option("-f, --format <format>", "md or html (default: from the --out extension, else md)").choices(["md", "html"])).option("-o, --out <file>", "write the summary to this file instead of standard output").option("--as-of <instant>", 'evaluate as of this instant (ISO 8601 with offset, or "now"); default: now').option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--include-drafts", "also put draft change requests on the timeline").option("--docs-base <url-or-path>", `where the findings' links to the rule pages point (default: ${RULE_DOCS_URL})`).option("--plugin <path>", "also run the rules exported by this ES module, made with defineRule (repeat for several; see docs/api.md)", collect, []).option("--repo-files-base <url-or-path>", "where a custom rule's findings link its Rule document (default: on GitHub Actions the file at the commit, else the path from the page into the repository)").option("--pull-request <number-or-url>", "name the pull request the change is proposed in (default: from GITHUB_REF on GitHub Actions)").addHelpText(
    "after",
    `
The summary is drawn from the same evaluation as \`changegate check\`, and the exit code follows the same
verdict: 0 pass or warn, 1 fail, 2 error or bad usage. The file is written in every case, so a failing
plan still gets its summary.

Examples:
  $ changegate report examples/six-sites --change CR-2026-0601 --out cab.html
  $ changegate report . --format md --as-of 2026-12-01T09:00:00+01:00 > cab.md`
  ).action(async (repoDir, options) => {
    setExit(await runReport(repoDir, options, io));
  });
}
function formatOf(options) {
  if (options.format === "md" || options.format === "html") return options.format;
  if (options.format !== void 0) throw new UsageError(`--format must be md or html, not "${options.format}"`);
  return options.out !== void 0 && /\.html?$/i.test(options.out) ? "html" : "md";
}
function repoFilesBase(repoDir, options, io, source) {
  if (options.repoFilesBase !== void 0) return options.repoFilesBase;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  if (server && repository && source.commit !== void 0) return `${server.replace(/\/+$/, "")}/${repository}/blob/${source.commit}${source.folder !== "" ? `/${source.folder}` : ""}`;
  const folder = resolve(io.cwd, repoDir);
  const top = source.folder === "" ? folder : resolve(folder, ...source.folder.split("/").map(() => ".."));
  const from = options.out !== void 0 ? dirname(resolve(io.cwd, options.out)) : io.cwd;
  const insideRepository = from === top || from.startsWith(top + sep);
  return insideRepository ? relative(from, folder).split(sep).join("/") : "";
}
async function runReport(repoDir, options, io) {
  const format = formatOf(options);
  const asOf = parseAsOf(options.asOf ?? "now", io.now);
  if (typeof asOf !== "number") throw new UsageError(asOf.error);
  const rules = (options.plugin ?? []).length > 0 ? await rulesWithPlugins(options.plugin, io.cwd) : void 0;
  const evaluation = await evaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts, ...rules ? { rules } : {} }, io);
  if (!evaluation) return 2 /* Error */;
  const { buildCabReport, unknownChanges } = await import("./cli-chunk-WWPPNSW3.js");
  const wanted = [...new Set(options.change)];
  const unknown = evaluation.network ? unknownChanges(evaluation, wanted) : [];
  if (unknown.length > 0) {
    const known = evaluation.changes.map((c) => c.id).join(", ") || "none";
    throw new UsageError(`no change request ${unknown.map((u) => `"${u}"`).join(", ")} in ${repoDir} (known: ${known})`);
  }
  const source = describeSource(repoDir, io, options.pullRequest);
  const report = buildCabReport(evaluation, {
    changes: wanted,
    docsBase: options.docsBase ?? RULE_DOCS_URL,
    source,
    repoFilesBase: repoFilesBase(repoDir, options, io, source)
  });
  const text = format === "html" ? (await import("./cli-chunk-XAEOYQZ6.js")).renderHtml(report) : (await import("./cli-chunk-SCNKAWMN.js")).renderMarkdown(report);
  if (options.out !== void 0) {
    if (!writeOutputFile(options.out, text, io, { createFolder: true })) return 2 /* Error */;
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; CAB summary written to ${options.out}
`);
  } else io.stdout(text);
  return exitCodeFor(evaluation.verdict);
}
export {
  registerReport,
  runReport
};
