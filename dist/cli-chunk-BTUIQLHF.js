import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  git
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
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-IYNTTMBJ.js";
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

// src/cli/commands/schedule.ts
import { readFileSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
var DAY = 864e5;
function registerSchedule(program, io, setExit) {
  program.command("schedule").description("Write the forward schedule of change: every planned step with freezes, maintenance windows and traffic peaks (iCalendar, Markdown, HTML or JSON)").argument("[repo-dir]", "the repository (or folder) holding the network files", ".").requiredOption("--from <instant>", 'start of the range (ISO 8601 with offset, a date, or "now")').option("--to <instant>", "end of the range (ISO 8601 with offset, or a date); default: 31 days after --from").addOption(new Option("-f, --format <format>", "ics, md, html or json (default: from the --out extension, else md)").choices(["ics", "md", "html", "json"])).option("-o, --out <file>", "write the schedule to this file instead of standard output").option("--as-of <instant>", "evaluate and stamp (DTSTAMP) as of this instant; default: --from").option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--include-drafts", "also put draft change requests on the schedule").option("--calendar-id <id>", "identity of the repository in every event's UID (default: the git remote, else the first commit, else the folder name)").option("--previous <file.ics>", "the calendar published last time: events whose content changed since get SEQUENCE + 1").addHelpText(
    "after",
    `
The schedule is drawn from the same evaluation as \`changegate check\` (each step shows its change's
verdict) and the exit code follows the same verdict: 0 pass or warn, 1 fail, 2 error or bad usage. A
failing plan is still written, marked FAIL; when a file cannot be read or validated (error), nothing
is written, since a calendar missing that file's steps would look complete. No wall clock is read
unless you pass "now": the same repository and options give the same bytes.

Examples:
  $ changegate schedule examples/six-sites --from 2026-12-01 --to 2027-01-15 --out noc.ics
  $ changegate schedule . --from 2026-12-07T00:00:00+01:00 --format html --out schedule.html
  $ changegate schedule . --from 2026-12-01 --previous published/noc.ics --out published/noc.ics`
  ).action(async (repoDir, options) => {
    setExit(await runSchedule(repoDir, options, io));
  });
}
function formatOf(options) {
  if (options.format !== void 0) return options.format;
  const extension = /\.(ics|ical|ifb|md|markdown|html?|json)$/i.exec(options.out ?? "")?.[1]?.toLowerCase();
  if (extension === "ics" || extension === "ical" || extension === "ifb") return "ics";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "json") return "json";
  return "md";
}
function instantOption(name, text, io) {
  const parsed = parseAsOf(text, io.now);
  if (typeof parsed !== "number") throw new UsageError(parsed.error.replace("--as-of", name));
  return parsed;
}
function gitValue(cwd, args) {
  const out = git(cwd, args);
  return out === "" ? void 0 : out;
}
function calendarIdOf(repoDir, io) {
  const folder = resolve(io.cwd, repoDir);
  const top = gitValue(folder, ["rev-parse", "--show-toplevel"]);
  if (top === void 0) return basename(folder);
  const inside = relative(top, folder).split(sep).join("/");
  const remote = gitValue(folder, ["config", "--get", "remote.origin.url"])?.replace(/\/\/[^/@]*@/, "//");
  const root = gitValue(folder, ["rev-list", "--max-parents=0", "HEAD"])?.split("\n").sort()[0];
  const base = remote ?? (root !== void 0 ? `git:${root}` : basename(top));
  return inside === "" ? base : `${base}#${inside}`;
}
async function runSchedule(repoDir, options, io) {
  const format = formatOf(options);
  const from = instantOption("--from", options.from ?? "", io);
  const to = options.to !== void 0 ? instantOption("--to", options.to, io) : from + 31 * DAY;
  const { MAX_RANGE_DAYS, buildSchedule } = await import("./cli-chunk-I6DYE2TE.js");
  if (to <= from) throw new UsageError(`--to must be after --from (got ${options.to} before or at ${options.from})`);
  if (to - from > MAX_RANGE_DAYS * DAY) throw new UsageError(`the range from --from to --to spans more than ${MAX_RANGE_DAYS} days; write one schedule per year at most`);
  const asOf = options.asOf !== void 0 ? instantOption("--as-of", options.asOf, io) : from;
  let previous;
  if (options.previous !== void 0) {
    if (format !== "ics") throw new UsageError("--previous only applies to --format ics");
    let text2;
    try {
      text2 = readFileSync(resolve(io.cwd, options.previous), "utf8");
    } catch (err) {
      if (err.code !== "ENOENT") {
        io.stderr(`changegate: cannot read --previous ${options.previous}: ${err.message}
`);
        return 2 /* Error */;
      }
    }
    if (text2 !== void 0) {
      const { readPreviousCalendar } = await import("./cli-chunk-2HQJNAGS.js");
      const read = readPreviousCalendar(text2);
      if (!read.ok) {
        io.stderr(`changegate: ${options.previous}: ${read.message}
`);
        return 2 /* Error */;
      }
      previous = read.events;
    }
  }
  const evaluation = await evaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts }, io);
  if (!evaluation) return 2 /* Error */;
  if (evaluation.verdict === "error" || !evaluation.network) {
    const errors = evaluation.findings.filter((f) => f.severity === "error");
    const shown = errors.slice(0, 5).map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.ruleId}: ${f.message}
`);
    const more = errors.length > shown.length ? `  \u2026 and ${errors.length - shown.length} more
` : "";
    io.stderr(`changegate: ERROR; ${repoDir} could not be evaluated, so no schedule is written (a partial calendar would hide changes):
${shown.join("")}${more}Run changegate check ${repoDir} for the details.
`);
    return 2 /* Error */;
  }
  const schedule = buildSchedule(evaluation, { from, to, asOf, calendarId: options.calendarId ?? calendarIdOf(repoDir, io) });
  let text;
  if (format === "ics") text = (await import("./cli-chunk-SAJLIOE2.js")).renderIcs(schedule, previous ? { previous } : {});
  else if (format === "json") text = (await import("./cli-chunk-4XDBJ5HX.js")).renderJson(schedule);
  else if (format === "html") text = (await import("./cli-chunk-RREFEEJV.js")).renderHtml(schedule);
  else text = (await import("./cli-chunk-GYNRZUPX.js")).renderMarkdown(schedule);
  const summary = `${schedule.steps.length} step(s), ${schedule.freezes.length} freeze(s), ${schedule.windows.length} window series, ${schedule.peaks.length} peak series`;
  if (options.out !== void 0) {
    if (!writeOutputFile(options.out, text, io, { createFolder: true })) return 2 /* Error */;
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; schedule written to ${options.out} (${summary})
`);
  } else {
    io.stdout(text);
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; ${summary}
`);
  }
  return exitCodeFor(evaluation.verdict);
}
export {
  calendarIdOf,
  registerSchedule,
  runSchedule
};
