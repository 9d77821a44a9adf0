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
import {
  readFolder
} from "./cli-chunk-VQWI57H3.js";
import {
  defaultRules
} from "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-TEIBIKKK.js";
import {
  INPUT_RULE_IDS,
  evaluate
} from "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import {
  isoInstant
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

// src/cli/commands/record.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/lifecycle/record.ts
function defaultRecordPath(changeId) {
  return `records/${changeId}.yaml`;
}
function appendToRecord(files, evaluation, request, evaluateOptions) {
  const network = evaluation.network;
  if (!network) {
    const reasons = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId)).slice(0, 5).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    return { ok: false, problems: ["the repository cannot be read, so the change request cannot be found; fix these first:", ...reasons] };
  }
  const change = network.allChanges.find((c) => c.id === request.change);
  if (!change) {
    const suggestion = didYouMean(request.change, network.allChanges.map((c) => c.id));
    return { ok: false, problems: [`there is no change request ${request.change}` + (suggestion ? `; did you mean ${suggestion}?` : "")] };
  }
  const zone = network.policy.timeZone;
  const at = isoInstant(request.at, zone);
  const file = change.record?.file ?? defaultRecordPath(change.id);
  const existing = files.find((f) => f.path === file);
  const unreadable = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId) && f.file === file);
  if (existing && (unreadable.length > 0 || change.record?.file !== file)) {
    const reasons = unreadable.slice(0, 5).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    return { ok: false, problems: [`${file} exists but is not a readable execution record of ${change.id}; fix it first, nothing was written`, ...reasons] };
  }
  const previousText = existing ? new TextDecoder().decode(existing.bytes) : "";
  const data = currentData(evaluation, file, change.id);
  const steps = data.steps ?? [];
  const action = request.action;
  let summary;
  if (action.kind === "notified") {
    const parties = change.notify.map((n) => n.name);
    if (!parties.includes(action.party)) {
      const suggestion = didYouMean(action.party, parties);
      return { ok: false, problems: [`${change.id} notifies no party named "${action.party}"` + (suggestion ? `; did you mean "${suggestion}"?` : `; its notify entries are: ${parties.join(", ") || "none"}`)] };
    }
    const notifications = data.notifications ?? [];
    notifications.push({ party: action.party, sentAt: at, to: action.to, by: action.operator });
    data.notifications = notifications;
    summary = `${change.id}: notice to "${action.party}" (${action.to}) sent ${at}`;
  } else {
    const step = change.steps.find((s) => s.id === action.step);
    if (!step) {
      const suggestion = didYouMean(action.step, change.steps.map((s) => s.id));
      return { ok: false, problems: [`${change.id} has no step ${action.step}` + (suggestion ? `; did you mean ${suggestion}?` : "")] };
    }
    const entry = steps.find((e) => e.step === action.step);
    const calls = (action.kind === "end" || action.kind === "test-calls" ? action.testCalls : []).map((c) => ({ number: c.number, at, answered: c.answered }));
    if (action.kind === "start") {
      if (entry) return { ok: false, problems: [`step ${action.step} of ${change.id} is already recorded as started at ${String(entry.start)}; a step has one record entry`] };
      const added = { step: action.step, start: at, operator: action.operator };
      if (action.note !== void 0) added.note = action.note;
      steps.push(added);
      summary = `${change.id} step ${action.step}: started ${at} by ${action.operator}`;
    } else {
      if (!entry) return { ok: false, problems: [`step ${action.step} of ${change.id} has no recorded start; record its start first (changegate record ${change.id} --step ${action.step} --start)`] };
      if (action.kind === "end") {
        if (entry.end !== void 0) return { ok: false, problems: [`step ${action.step} of ${change.id} already ended at ${String(entry.end)} (${String(entry.result)})`] };
        entry.end = at;
        entry.result = action.result;
        if (action.note !== void 0) entry.note = action.note;
      }
      if (calls.length > 0) entry.testCalls = [...entry.testCalls ?? [], ...calls];
      summary = action.kind === "end" ? `${change.id} step ${action.step}: ended ${at}, result ${action.result}` + (calls.length > 0 ? `, test calls ${calls.map((c) => `${c.number} ${c.answered ? "answered" : "NOT answered"}`).join(", ")}` : "") : `${change.id} step ${action.step}: test calls ${calls.map((c) => `${c.number} ${c.answered ? "answered" : "NOT answered"}`).join(", ")} at ${at}`;
    }
    data.steps = steps;
  }
  const text = headerOf(previousText, change.id) + toYaml({ kind: "ExecutionRecord", change: change.id, ...withoutKeys(data, ["kind", "change"]) });
  const next = files.filter((f) => f.path !== file).concat({ path: file, bytes: new TextEncoder().encode(text) });
  const after = evaluate(next, { ...evaluateOptions, asOf: request.at });
  const problems = after.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId) && f.file === file).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  if (problems.length > 0) return { ok: false, problems: ["the new record would not be valid:", ...problems] };
  if (!after.network?.allChanges.find((c) => c.id === change.id)?.record) {
    return { ok: false, problems: [`${file} would not be read by changegate (is it outside the folders changegate.yaml includes?); add its folder to include`] };
  }
  return { ok: true, file, text, summary };
}
function currentData(evaluation, file, changeId) {
  const doc = evaluation.documents.get(file);
  if (doc && doc.value !== null && typeof doc.value === "object") return JSON.parse(JSON.stringify(doc.value));
  return { kind: "ExecutionRecord", change: changeId };
}
function withoutKeys(data, keys) {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));
}
function headerOf(previous, changeId) {
  const lines = previous.split("\n");
  const header = [];
  for (const line of lines) {
    if (!line.startsWith("#")) break;
    header.push(line);
  }
  if (header.length > 0) return header.join("\n") + "\n";
  return `# Execution record of ${changeId}: what actually ran (docs/lifecycle.md). Written by changegate record;
# comments other than this first block are not kept.
`;
}
function toYaml(value, indent = "") {
  let out = "";
  for (const [key, v] of Object.entries(value)) {
    if (v === void 0) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out += `${indent}${key}: []
`;
        continue;
      }
      out += `${indent}${key}:
`;
      for (const item of v) {
        if (item !== null && typeof item === "object" && !Array.isArray(item)) {
          const inner = toYaml(item, indent + "    ");
          out += `${indent}  - ${inner.slice(indent.length + 4)}`;
        } else out += `${indent}  - ${scalar(item)}
`;
      }
    } else if (v !== null && typeof v === "object") {
      out += `${indent}${key}:
${toYaml(v, indent + "  ")}`;
    } else out += `${indent}${key}: ${scalar(v)}
`;
  }
  return out;
}
function scalar(v) {
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map(scalar).join(", ")}]`;
  if (typeof v === "object") return JSON.stringify(v);
  return JSON.stringify(v);
}

// src/cli/commands/record.ts
var collect = (value, previous) => [...previous, value];
function registerRecord(program, io, setExit) {
  program.command("record").description("Append to a change request's execution record: a step's start or end, test calls, a notice sent").argument("<change-id>", "the change request, e.g. CR-2026-0412").option("--step <step-id>", "the step (with --start, --end or --test-call)").option("--start", "the step starts now (or at --at)").option("--end", "the step ended now (or at --at); needs --result").addOption(new Option("--result <result>", "how the step ended").choices(["ok", "failed", "rolled-back", "aborted"])).option("--test-call <number=answered|unanswered>", "a test call placed after the step (repeatable), e.g. --test-call 112=answered", collect, []).option("--notified <party>", "a notice was sent to this party (the name of a notify entry of the change request)").option("--to <recipient>", "with --notified: the address, desk or person it was sent to").option("--operator <id>", "who ran the step or sent the notice (default: $CHANGEGATE_OPERATOR)").option("--note <text>", "free text kept with the step").option("--at <instant>", "when it happened (ISO 8601 with offset); default: now, read from the clock").option("-C, --repo <dir>", "the network-config repository", ".").option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").addHelpText(
    "after",
    `
The record is written to records/<change-id>.yaml (or the change's existing record file), only after
changegate has read it back with the repository without an input error. Exit codes: 0 recorded, 2 not
recorded (the reason is printed) or bad usage.

Examples:
  $ changegate record CR-2026-0412 --step s4 --start --operator m.leroy
  $ changegate record CR-2026-0412 --step s6 --end --result ok --test-call 112=answered --test-call 15=answered
  $ changegate record CR-2026-0412 --notified "ARCEP duty desk" --to astreinte@example.org`
  ).action((changeId, options) => {
    setExit(runRecord(changeId, options, io));
  });
}
function actionOf(options, io) {
  const operator = options.operator ?? io.env.CHANGEGATE_OPERATOR;
  const modes = [options.start, options.end, options.notified !== void 0].filter(Boolean).length;
  if (modes > 1) throw new UsageError("give one of --start, --end or --notified");
  const testCalls = options.testCall.map((text) => {
    const m = /^([0-9]{2,6})=(answered|unanswered)$/.exec(text);
    if (!m) throw new UsageError(`--test-call "${text}" must be <number>=answered or <number>=unanswered, e.g. 112=answered`);
    return { number: m[1], answered: m[2] === "answered" };
  });
  if (options.notified !== void 0) {
    if (options.to === void 0) throw new UsageError("--notified needs --to <recipient>");
    if (!operator) throw new UsageError("say who sent it: --operator <id> or $CHANGEGATE_OPERATOR");
    return { kind: "notified", party: options.notified, to: options.to, operator };
  }
  if (options.step === void 0) throw new UsageError("give --step <step-id> (or --notified <party>)");
  if (options.result !== void 0 && !options.end) throw new UsageError("--result goes with --end");
  if (options.start) {
    if (!operator) throw new UsageError("say who runs the step: --operator <id> or $CHANGEGATE_OPERATOR");
    if (testCalls.length > 0) throw new UsageError("test calls are placed after the step: record them with --end or on their own");
    return { kind: "start", step: options.step, operator, ...options.note !== void 0 ? { note: options.note } : {} };
  }
  if (options.end) {
    if (options.result === void 0) throw new UsageError("--end needs --result ok|failed|rolled-back|aborted");
    if (!operator) throw new UsageError("say who ran the step: --operator <id> or $CHANGEGATE_OPERATOR");
    return { kind: "end", step: options.step, result: options.result, operator, testCalls, ...options.note !== void 0 ? { note: options.note } : {} };
  }
  if (testCalls.length === 0) throw new UsageError("nothing to record: give --start, --end, --test-call or --notified");
  return { kind: "test-calls", step: options.step, testCalls };
}
function runRecord(changeId, options, io) {
  const action = actionOf(options, io);
  const at = parseAsOf(options.at ?? "now", io.now);
  if (typeof at !== "number") throw new UsageError(at.error.replace("--as-of", "--at"));
  const root = resolve(io.cwd, options.repo);
  let snapshot;
  try {
    snapshot = readFolder(root);
  } catch (err) {
    io.stderr(`changegate: cannot read ${options.repo}: ${err.message}
`);
    return 2 /* Error */;
  }
  const evaluateOptions = { rules: defaultRules, refused: snapshot.refused, ...options.config !== void 0 ? { configPath: options.config } : {} };
  const evaluation = evaluate(snapshot.files, { ...evaluateOptions, asOf: at });
  const outcome = appendToRecord(snapshot.files, evaluation, { change: changeId, at, action }, evaluateOptions);
  if (!outcome.ok) {
    io.stderr(`changegate: not recorded: ${outcome.problems.join("\n  ")}
`);
    return 2 /* Error */;
  }
  const target = resolve(root, outcome.file);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, outcome.text);
  renameSync(temporary, target);
  io.stdout(`recorded in ${outcome.file}: ${outcome.summary}${options.at === void 0 ? " (time from the clock)" : ""}
`);
  return 0 /* Pass */;
}
export {
  registerRecord,
  runRecord
};
