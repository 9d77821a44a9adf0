import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Option
} from "./cli-chunk-D34V5FPE.js";
import {
  rulesWithPlugins
} from "./cli-chunk-B4YMDTPB.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-TM2NS74O.js";
import {
  writeReport
} from "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/test.ts
import { resolve } from "node:path";
var collect = (value, previous) => [...previous, value];
function registerTest(program, io, setExit) {
  program.command("test").description("Run rule unit tests (kind: RuleTest files) and print a verdict per test").argument("[path]", "a folder searched for RuleTest files, or one test file", ".").addOption(new Option("-f, --format <format>", "output format").choices(["text", "junit"]).default("text")).option("--plugin <path>", "also load the rules exported by this ES module (repeat for several)", collect, []).option("-o, --output <file>", "write the report to a file instead of standard output").addHelpText(
    "after",
    `
Exit codes: 0 every test passed, 1 a test failed, 2 an invalid test file, no test found, or bad usage.

Examples:
  $ changegate test examples/six-sites/tests
  $ changegate test . --format junit -o rule-tests.xml
  $ changegate test tests/holiday.yaml --plugin ./acme-rules.mjs`
  ).action(async (path, options) => {
    setExit(await runTest(path, options, io));
  });
}
async function runTest(path, options, io) {
  const { findRuleTests, runRuleTests } = await import("./cli-chunk-MZFR7326.js");
  const rules = await rulesWithPlugins(options.plugin, io.cwd);
  const files = findRuleTests(resolve(io.cwd, path));
  if (files === void 0) throw new UsageError(`"${path}" does not exist: give a folder holding RuleTest files (e.g. examples/six-sites/tests) or one test file`);
  if (files.length === 0) throw new UsageError(`no rule tests under "${path}": a test is a YAML file with \`kind: RuleTest\` (see docs/formats.md#ruletest); an empty test run proves nothing`);
  const run = await runRuleTests(files, { rules, cwd: io.cwd });
  const report = options.format === "junit" ? (await import("./cli-chunk-CQJUYUWI.js")).formatTestJunit(run) : (await import("./cli-chunk-V4LK2YMQ.js")).formatTestText(run);
  if (!await writeReport(io, report, options.output)) return 2 /* Error */;
  if (run.problems.length > 0) return 2 /* Error */;
  return run.outcomes.some((o) => o.status === "fail") ? 1 /* Fail */ : 0 /* Pass */;
}
export {
  registerTest
};
