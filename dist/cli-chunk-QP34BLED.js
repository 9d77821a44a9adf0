import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Option
} from "./cli-chunk-D34V5FPE.js";
import {
  folderProblem
} from "./cli-chunk-SIYBN2J6.js";
import "./cli-chunk-EEPDGUPQ.js";
import {
  parseAsOf
} from "./cli-chunk-CZ4W4BIZ.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  PLAN_OBJECTIVES,
  planChange
} from "./cli-chunk-WS37NGRC.js";
import "./cli-chunk-PHJPIKM6.js";
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
  documentReviser
} from "./cli-chunk-A2AA4HOL.js";
import "./cli-chunk-GMU7VMS6.js";
import "./cli-chunk-IYNTTMBJ.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/plan.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/planner/explain.ts
function cost(m) {
  return `${m.routes} emergency route(s)${m.numbers.length > 0 ? ` (${m.numbers.join(", ")})` : ""}, ${m.emergencySessions} emergency sessions`;
}
function hhmm(ms, zone) {
  return formatInstant(ms, zone).slice(11, 16);
}
function planText(outcome) {
  if (outcome.status === "error") return errorText(outcome);
  if (outcome.status === "gave-up") return `${outcome.changeId}: no plan found within ${outcome.evaluations} evaluations.
`;
  if (outcome.status === "no-plan") return noPlanText(outcome);
  return plannedText(outcome);
}
function plannedText(p) {
  const at = (ms) => formatInstant(ms, p.zone);
  const out = [];
  const steps = p.batches.reduce((n, b) => n + b.stepIds.length, 0);
  out.push(`${p.changeId}: a safe plan exists: ${p.nights} night(s), ${steps} step(s) in ${p.batches.length} batch(es), first step ${at(p.firstStart)}, last step ends ${at(p.lastEnd)}.`);
  out.push("");
  out.push(`Earliest start: ${at(p.earliestStart.at)} (${p.earliestStart.reason}); every step is placed at the earliest slot of a maintenance window where the rules pass.`);
  out.push(
    p.objective === "fewest-per-night" ? `Objective: fewest call servers per night: at most ${p.maxPerNight} in any night (no smaller limit has a plan within the horizon), then the earliest finish.` : `Objective: earliest finish (at most ${p.maxPerNight} call server(s) in one night; --objective fewest-per-night spreads them thinner).`
  );
  if (p.canary) {
    const others = p.canary.runnersUp.map((m) => `${m.server} ${cost(m)}`).join("; ");
    out.push(`Canary: ${p.canary.member.server} (${p.canary.member.site}), the member whose loss costs least: ${cost(p.canary.member)}${others ? ` (next: ${others})` : ""}.`);
  }
  if (p.soak) {
    out.push(
      `Soak: ${p.soak.signature} runs on the canary alone from ${at(p.soak.canaryEnd)} until ${at(p.soak.provenAt)}` + (p.soak.peak !== void 0 ? `, across the daily traffic peak of ${at(p.soak.peak)}` : "") + ` (soak until ${at(p.soak.soakEnd)}); no wave starts before it is proven.`
    );
  }
  const limits = [...new Set(p.batches.flatMap((b) => b.limitedBy))].sort();
  out.push(
    `Waves: each as large as passes at its slot, whole sites together` + (p.maxWave ? `, at most ${p.maxWave.members} of the ${p.maxWave.groupSize} members (canary-and-soak maxWaveFraction ${p.maxWave.fraction})` : "") + (limits.length > 0 ? `; larger waves were refused by ${limits.join(", ")}` : "") + "."
  );
  out.push("");
  for (const b of p.batches) {
    const what = b.kind === "canary" ? "canary" : `wave ${b.index}`;
    out.push(`  ${b.night}  ${hhmm(b.start, p.zone)}-${hhmm(b.end, p.zone)}  ${b.stepIds.length > 1 ? `${b.stepIds[0]}..${b.stepIds[b.stepIds.length - 1]}` : b.stepIds[0]}  ${what}: ${b.members.map((m) => m.server).join(", ")} (${b.sites.join(", ")})${b.testCalls.length > 0 ? `; test calls ${b.testCalls.join(", ")}` : ""}${b.limitedBy.length > 0 ? `; larger refused by ${b.limitedBy.join(", ")}` : ""}`);
  }
  out.push("");
  out.push(`Declared risk: ${p.declaredRisk.now}${p.declaredRisk.was !== p.declaredRisk.now ? ` (was ${p.declaredRisk.was})` : ""}.`);
  out.push("Other edits to the change request:");
  for (const n of p.notes) out.push(`  - ${n}`);
  out.push("");
  out.push(`Verified: the repository with this plan evaluates to ${p.verified.verdict}, with no blocking finding the plan adds (${p.evaluations} evaluations${p.refusedWithoutEvaluation > 0 ? `; ${p.refusedWithoutEvaluation} larger batch(es) refused without one, as they would overload a redundancy group` : ""}).`);
  out.push(`Write it into ${p.file} with: changegate plan ${p.changeId} --write (or --format yaml for the revised file).`);
  return out.join("\n") + "\n";
}
function noPlanText(n) {
  const out = [];
  out.push(`${n.changeId}: no safe plan within the horizon.`);
  out.push(`Binding constraint: ${n.binding.what}.`);
  for (const f of n.binding.findings.slice(0, 5)) out.push(`  - ${f.ruleId}: ${f.message}`);
  if (n.binding.findings.length > 5) out.push(`  \u2026 and ${n.binding.findings.length - 5} more`);
  out.push("What would unblock it:");
  for (const u of n.binding.unblock) out.push(`  - ${u}`);
  if (n.placed.length > 0) out.push(`(${n.placed.length} batch(es) could be placed before that: ${n.placed.map((b) => b.members.map((m) => m.server).join("+")).join(", ")}.)`);
  return out.join("\n") + "\n";
}
function errorText(e) {
  return `${e.changeId}: cannot plan:
${e.problems.map((p) => `  ${p}`).join("\n")}
`;
}
function planJson(outcome) {
  return JSON.stringify(outcome, null, 2) + "\n";
}

// src/cli/commands/plan.ts
function registerPlan(program, io, setExit) {
  program.command("plan").description("Propose the earliest plan for a change request that every rule accepts (canary, soak, waves, windows), verified by the same evaluation as check").argument("<change-id>", "the change request to plan, e.g. CR-2026-0601").argument("[repo-dir]", "the repository (or folder) holding the network files", ".").option("--from <instant>", 'plan as of this instant (ISO 8601 with offset, or "now"): no step starts earlier; default: now').option("--horizon <days>", "look this many days ahead for slots", "30").addOption(
    new Option("--objective <objective>", "earliest-finish: the plan that ends first; fewest-per-night: the fewest call servers touched in any one night, then the earliest finish").choices([...PLAN_OBJECTIVES]).default("earliest-finish")
  ).addOption(new Option("-f, --format <format>", "output format: text explains, json gives the plan as data, yaml prints the revised change request").choices(["text", "json", "yaml"]).default("text")).option("--write", "rewrite the change request file in place (comments, key order and other fields kept); it goes back to proposed, needing approval").option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--include-drafts", "also put draft change requests on the timeline").addHelpText(
    "after",
    `
Exit codes: 0 a plan was found (and written with --write), 1 no plan within the horizon (the binding
constraint and what would unblock it are printed), 2 the repository cannot be evaluated, the change
request is unknown or has started, or bad usage.

Examples:
  $ changegate plan CR-2026-0601 examples/six-sites --from 2026-11-27T09:00:00+01:00
  $ changegate plan CR-2026-0601 network --format yaml > proposed.yaml
  $ changegate plan CR-2026-0601 network --objective fewest-per-night
  $ changegate plan CR-2026-0601 network --write`
  ).action(async (changeId, repoDir, options) => {
    setExit(await runPlan(changeId, repoDir, options, io));
  });
}
async function runPlan(changeId, repoDir, options, io) {
  const from = parseAsOf(options.from ?? "now", io.now);
  if (typeof from !== "number") throw new UsageError(from.error.replace("--as-of", "--from"));
  const horizonDays = Number(options.horizon);
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 366) throw new UsageError(`--horizon must be a whole number of days from 1 to 366, not "${options.horizon}"`);
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== void 0) {
    io.stderr(`changegate: ${problem}
`);
    return 2 /* Error */;
  }
  const root = resolve(io.cwd, repoDir);
  let snapshot;
  try {
    snapshot = readFolder(root, options.config !== void 0 ? { configPath: options.config } : {});
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${err.message}
`);
    return 2 /* Error */;
  }
  const approvalEvidence = await gitApprovalEvidence(root, snapshot.files, { kind: "worktree" }, io.env);
  const outcome = planChange(snapshot.files, {
    changeId,
    from,
    horizonDays,
    objective: options.objective,
    reviser: documentReviser,
    evaluation: {
      rules: defaultRules,
      refused: snapshot.refused,
      ...approvalEvidence ? { approvalEvidence } : {},
      ...options.config !== void 0 ? { configPath: options.config } : {},
      ...options.includeDrafts ? { includeDrafts: true } : {}
    }
  });
  if (outcome.status === "planned" && options.write) {
    try {
      writeFileSync(resolve(root, outcome.file), outcome.text);
    } catch (err) {
      io.stderr(`changegate: cannot write ${outcome.file}: ${err.message}
`);
      return 2 /* Error */;
    }
    io.stderr(`changegate: wrote the revised plan into ${outcome.file}; it is proposed again and needs approval.
`);
  }
  if (options.format === "yaml") {
    if (outcome.status === "planned") io.stdout(outcome.text);
    else io.stderr(planText(outcome));
  } else io.stdout(options.format === "json" ? planJson(outcome) : planText(outcome));
  return outcome.status === "planned" ? 0 /* Pass */ : outcome.status === "no-plan" ? 1 /* Fail */ : 2 /* Error */;
}
export {
  registerPlan,
  runPlan
};
