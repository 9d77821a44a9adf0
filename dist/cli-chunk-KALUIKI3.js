import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Option
} from "./cli-chunk-D34V5FPE.js";
import {
  parseAsOf
} from "./cli-chunk-CZ4W4BIZ.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/gitlab.ts
function registerGitLab(program, io, setExit) {
  program.command("gitlab").description("Evaluate a merge request in GitLab CI: Code Quality and JUnit reports, one sticky merge-request note, collisions with other open merge requests").argument("[repo-dir]", "the folder holding the network files, inside the project clone", ".").option("--as-of <instant>", 'evaluate as of this instant (ISO 8601 with offset, or "now"); default: now').option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--include-drafts", "also put draft change requests on the timeline").addOption(new Option("--fail-on <severity>", "what fails the job: error findings, or warnings too").choices(["error", "warning"]).default("error")).option("--codequality <file>", "write the Code Quality report here (for artifacts:reports:codequality)").option("--junit <file>", "write the JUnit report here (for artifacts:reports:junit)").addOption(new Option("--note <mode>", "keep one sticky note with the verdict on the merge request").choices(["sticky", "off"]).default("sticky")).addOption(
    new Option("--other-merge-requests <mode>", "check collisions with the change requests of other open merge requests; block makes them fail the job").choices(["report", "block", "off"]).default("report")
  ).option("--note-name <name>", "name in the note marker, to keep several changegate jobs apart", "changegate").option("--token-variable <name>", "CI/CD variable holding a project access token (api scope, Reporter role); CI_JOB_TOKEN otherwise", "CHANGEGATE_GITLAB_TOKEN").option("--max-per-rule <n>", "job log: show at most n findings per rule", "50").addHelpText(
    "after",
    `
Reads GitLab CI's variables: CI_API_V4_URL, CI_PROJECT_ID, CI_PROJECT_URL, CI_COMMIT_SHA and, in a
merge-request pipeline, CI_MERGE_REQUEST_IID, CI_MERGE_REQUEST_TARGET_BRANCH_NAME and
CI_MERGE_REQUEST_DIFF_BASE_SHA. Trouble posting to GitLab is reported and never changes the verdict.

Exit codes: 0 pass or warn, 1 fail (a blocking finding, or a blocking collision), 2 error.
Run it in the script of a .gitlab-ci.yml job (docs/gitlab.md has the whole set-up).

Examples:
  $ changegate gitlab network --codequality gl-code-quality-report.json --junit changegate-junit.xml
  $ changegate gitlab . --other-merge-requests block --fail-on warning`
  ).action(async (repoDir, options) => {
    const asOf = parseAsOf(options.asOf ?? "now", io.now);
    if (typeof asOf !== "number") throw new UsageError(asOf.error);
    const maxPerRule = Number(options.maxPerRule);
    if (!Number.isInteger(maxPerRule) || maxPerRule < 1) throw new UsageError(`--max-per-rule must be a whole number of at least 1, not "${options.maxPerRule}"`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.tokenVariable)) throw new UsageError(`--token-variable must be a variable name, not "${options.tokenVariable}"`);
    const { runGitLab } = await import("./cli-chunk-HNTCINJK.js");
    const { GitLabContextError } = await import("./cli-chunk-PLCK2O72.js");
    try {
      setExit(await runGitLab(repoDir, { ...options, asOf, maxPerRule }, io));
    } catch (err) {
      if (err instanceof GitLabContextError) throw new UsageError(err.message);
      throw err;
    }
  });
}
export {
  registerGitLab
};
