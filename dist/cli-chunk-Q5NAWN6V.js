import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
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
import "./cli-chunk-TEIBIKKK.js";
import {
  INPUT_RULE_IDS
} from "./cli-chunk-R64I6EY7.js";
import {
  concernsChange
} from "./cli-chunk-IHQNHCRA.js";
import {
  stepKey,
  targetsOf
} from "./cli-chunk-TO5V6PRQ.js";
import {
  changeExecution,
  stepExecution
} from "./cli-chunk-IK2H635M.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import {
  didYouMean
} from "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/lifecycle/guard.ts
var RUNNABLE_STATES = /* @__PURE__ */ new Set(["approved", "scheduled", "in-progress"]);
function fromFinding(f) {
  return { check: "finding", ruleId: f.ruleId, messageId: f.messageId, message: f.message, file: f.file, line: f.line, column: f.column };
}
function guardStep(evaluation, changeId, stepId, atSource) {
  const at = evaluation.asOf ?? Number.NaN;
  const zone = evaluation.network?.policy.timeZone ?? "UTC";
  const decision = { status: "go", change: changeId, step: stepId, at, atText: Number.isFinite(at) ? formatInstant(at, zone) : "unknown", atSource, reasons: [] };
  const refuse = (check, message, where) => {
    decision.reasons.push({ check, message, ...where ?? {} });
  };
  const inputErrors = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
  const { network, timeline } = evaluation;
  if (evaluation.focusChange !== void 0 && evaluation.focusChange !== changeId) {
    decision.status = "error";
    refuse("not-evaluated", `the evaluation judged only what concerns ${evaluation.focusChange}, not ${changeId}, so no step of ${changeId} may start on it`);
    return decision;
  }
  if (inputErrors.length > 0 || !network || !timeline || !Number.isFinite(at)) {
    decision.status = "error";
    decision.reasons.push(...inputErrors.map(fromFinding));
    if (decision.reasons.length === 0) refuse("not-evaluated", "the repository could not be evaluated, so no step may start");
    return decision;
  }
  const change = network.allChanges.find((c) => c.id === changeId);
  if (!change) {
    const suggestion = didYouMean(changeId, network.allChanges.map((c) => c.id));
    decision.status = "error";
    refuse("unknown-change", `there is no change request ${changeId}` + (suggestion ? `; did you mean ${suggestion}?` : ""));
    return decision;
  }
  const step = change.steps.find((s) => s.id === stepId);
  if (!step) {
    const suggestion = didYouMean(stepId, change.steps.map((s) => s.id));
    decision.status = "error";
    refuse("unknown-step", `${changeId} has no step ${stepId}` + (suggestion ? `; did you mean ${suggestion}?` : `; its steps are ${change.steps.map((s) => s.id).join(", ")}`), { file: change.file });
    return decision;
  }
  const fmt = (ms) => formatInstant(ms, zone);
  const stepAt = { file: change.file };
  if (!RUNNABLE_STATES.has(change.state)) {
    refuse("state", `${changeId} is ${change.state}; steps run only when it is approved, scheduled or in progress`, stepAt);
  }
  const own = stepExecution(step, change.record?.steps.get(step.id), at);
  if (own.status !== "planned") {
    refuse("already-started", `step ${stepId} already started at ${fmt(own.start)} (recorded ${own.status}); a step runs once`, change.record ? { file: change.record.file } : stepAt);
  }
  checkWindow(step, at, fmt, refuse, stepAt);
  checkDependencies(change, step, at, fmt, refuse, stepAt);
  checkCanary(timeline, step, at, fmt, refuse, stepAt);
  checkOthersRunning(network, change, step, at, fmt, refuse);
  for (const freeze of network.policy.freezePeriods) {
    if (at >= freeze.start && at < freeze.end) refuse("freeze", `${fmt(at)} is inside freeze period ${freeze.id} (${freeze.reason}), ${fmt(freeze.start)} to ${fmt(freeze.end)}`, { file: freeze.at.file });
  }
  for (const f of evaluation.findings) {
    if (f.severity !== "error" || !concernsChange(f, changeId)) continue;
    if (f.ruleId === "plan-consistency" && f.messageId === "stepInPast" && f.stepId === stepId) continue;
    decision.reasons.push(fromFinding(f));
  }
  if (decision.reasons.length > 0) decision.status = "no-go";
  return decision;
}
function checkWindow(step, at, fmt, refuse, where) {
  const { start, end } = step.window;
  if (at < start) {
    const minutes = Math.ceil((start - at) / 6e4);
    refuse("window-not-open", `step ${step.id} is approved for ${fmt(start)} to ${fmt(end)}; starting at ${fmt(at)} would bring it forward by ${minutes} minute(s). Wait for the window`, where);
  } else if (at >= end) {
    refuse("window-closed", `the approved window of step ${step.id} closed at ${fmt(end)}; it cannot start at ${fmt(at)}. Re-plan it with a new window (approved again)`, where);
  }
}
function checkDependencies(change, step, at, fmt, refuse, where) {
  const executions = changeExecution(change, at);
  for (const id of step.dependsOn) {
    const dep = executions.get(id);
    if (!dep) continue;
    if (dep.status === "planned") refuse("dependency", `step ${id}, which ${step.id} depends on, has not started (no record of it)`, where);
    else if (dep.status === "running") refuse("dependency", `step ${id}, which ${step.id} depends on, is still running (started ${fmt(dep.start)}); record its end first`, where);
    else if (!dep.succeeded) {
      const detail = dep.status === "ok" ? `ok but unverified: no answered test call to ${dep.unansweredCalls.join(", ")}` : dep.status;
      refuse("dependency", `step ${id}, which ${step.id} depends on, is recorded ${detail}; a step never runs after a failed or unverified one`, where);
    }
  }
}
function checkCanary(timeline, step, at, fmt, refuse, where) {
  const key = stepKey(step);
  for (const rollout of timeline.rollouts) {
    if (rollout.canary.step === step || !rollout.steps.some((e) => stepKey(e.step) === key)) continue;
    const canary = rollout.canary;
    const name = `${stepKey(canary.step)} (canary of ${rollout.signature} on ${rollout.group})`;
    const status = canary.execution.status;
    if (rollout.canaryOutcome) {
      refuse("canary", `${name} is recorded ${status}${status === "ok" ? ` but unverified (no answered test call to ${rollout.canaryOutcome.unansweredCalls.join(", ")})` : ""}; it proves nothing`, where);
    } else if (status === "planned" || status === "running") {
      refuse("canary", `${name} has not finished (${status}); it must end ok, verified, and soak before further members receive ${rollout.signature}`, where);
    } else if (rollout.provenAt === void 0 || rollout.provenAt > at) {
      refuse("canary", `${name} ended ${fmt(canary.end)} but has not soaked: ${rollout.signature} is proven at ${rollout.provenAt === void 0 ? "no time found (no daily peak after it)" : fmt(rollout.provenAt)}`, where);
    }
  }
}
function groupsOf(network, step) {
  const groups = /* @__PURE__ */ new Set();
  for (const s of targetsOf(network, step).servers) {
    const g = network.inventory.callServers.get(s)?.redundancyGroup;
    if (g) groups.add(g);
  }
  return groups;
}
function checkOthersRunning(network, change, step, at, fmt, refuse) {
  const groups = groupsOf(network, step);
  const considered = new Set(network.changes.map((c) => c.id));
  for (const other of network.allChanges) {
    if (other.id === change.id || !other.record) continue;
    for (const otherStep of other.steps) {
      const e = stepExecution(otherStep, other.record.steps.get(otherStep.id), at);
      if (e.status !== "running") continue;
      const shared = [...groupsOf(network, otherStep)].filter((g) => groups.has(g));
      if (shared.length === 0) continue;
      const judged = considered.has(other.id) && otherStep.window.start < step.window.end && step.window.start < otherStep.window.end && at < otherStep.window.end;
      if (judged) continue;
      refuse(
        "other-change-running",
        `${other.id} step ${otherStep.id} is running on redundancy group ${shared.join(", ")} (started ${fmt(e.start)}), and this plan was not judged with it running now; wait until it ends`,
        { file: other.record.file }
      );
    }
  }
}

// src/cli/commands/guard.ts
function registerGuard(program, io, setExit) {
  program.command("guard").description("Run-time check before automation starts a step: exit 0 only if starting it now matches the approved plan and the record").argument("<change-id>", "the change request, e.g. CR-2026-0412").requiredOption("--step <step-id>", "the step about to start").option("--at <instant>", "judge starting at this instant (ISO 8601 with offset); default: now, read from the clock").option("-C, --repo <dir>", "the network-config repository", ".").option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("--no-cache", "do not keep loaded documents under .git/changegate/ (the decision is the same; only slower)").addHelpText(
    "after",
    `
Exit codes: 0 go, 1 no-go (the reasons are printed), 2 the repository could not be evaluated or bad usage.

Examples:
  $ changegate guard CR-2026-0412 --step s4 --repo network-config
  $ changegate guard CR-2026-0412 --step s4 --at 2026-12-09T00:30:00+01:00 --format json`
  ).action(async (changeId, options) => {
    setExit(await runGuard(changeId, options, io));
  });
}
async function runGuard(changeId, options, io) {
  const at = parseAsOf(options.at ?? "now", io.now);
  if (typeof at !== "number") throw new UsageError(at.error.replace("--as-of", "--at"));
  const evaluation = await evaluateFolder(options.repo, { asOf: at, config: options.config, documentCache: options.cache !== false, focusChange: changeId }, io);
  if (!evaluation) return 2 /* Error */;
  const decision = guardStep(evaluation, changeId, options.step, options.at === void 0 ? "clock" : "option");
  io.stdout(options.format === "json" ? JSON.stringify(decision, null, 2) + "\n" : guardText(decision));
  return decision.status === "go" ? 0 /* Pass */ : decision.status === "no-go" ? 1 /* Fail */ : 2 /* Error */;
}
function guardText(d) {
  const when = `${d.atText} (${d.atSource === "clock" ? "now, from the clock" : "from --at"})`;
  const head = d.status === "go" ? `GO: ${d.change} step ${d.step} may start at ${when}.
` : d.status === "no-go" ? `NO-GO: ${d.change} step ${d.step} must not start at ${when}. ${d.reasons.length} reason(s):
` : `ERROR: cannot judge ${d.change} step ${d.step} at ${when}; nothing may start:
`;
  const lines = d.reasons.map((r) => {
    const where = r.file ? ` [${r.file}${r.line ? `:${r.line}:${r.column}` : ""}]` : "";
    return `  - ${r.ruleId ? `${r.ruleId}/${r.messageId}` : r.check}: ${r.message}${where}
`;
  });
  return head + lines.join("");
}
export {
  registerGuard,
  runGuard
};
