import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/timeline/execution.ts
function stepExecution(step, record, asOf) {
  const happened = (t) => asOf === void 0 || t <= asOf;
  if (!record || !happened(record.start)) {
    return { status: "planned", record: void 0, start: step.window.start, end: step.window.end, unansweredCalls: step.testCalls.map((c) => c.number), succeeded: false };
  }
  const answered = new Set(record.testCalls.filter((c) => c.answered && c.at >= record.start && happened(c.at)).map((c) => c.number));
  const unansweredCalls = [...new Set(step.testCalls.map((c) => c.number))].filter((n) => !answered.has(n));
  if (record.end === void 0 || record.result === void 0 || !happened(record.end)) {
    const end = Math.max(step.window.end, asOf ?? step.window.end, record.start + 1);
    return { status: "running", record, start: record.start, end, unansweredCalls, succeeded: false };
  }
  return { status: record.result, record, start: record.start, end: record.end, unansweredCalls, succeeded: record.result === "ok" && unansweredCalls.length === 0 };
}
function changeExecution(change, asOf) {
  return new Map(change.steps.map((s) => [s.id, stepExecution(s, change.record?.steps.get(s.id), asOf)]));
}
function isFinished(status) {
  return status !== "planned" && status !== "running";
}
function failedDependencies(step, executions) {
  return step.dependsOn.flatMap((id) => {
    const e = executions.get(id);
    return e && isFinished(e.status) && !e.succeeded ? [{ step: id, status: e.status, unansweredCalls: e.unansweredCalls }] : [];
  });
}
function progressOf(change, asOf) {
  const progress = { done: 0, running: 0, failed: 0, planned: 0, total: change.steps.length };
  for (const e of changeExecution(change, asOf).values()) {
    if (e.status === "ok") progress.done++;
    else if (e.status === "running") progress.running++;
    else if (e.status === "planned") progress.planned++;
    else progress.failed++;
  }
  return progress;
}
function progressText(change, asOf, formatInstant) {
  const executions = changeExecution(change, asOf);
  if ([...executions.values()].every((e) => e.status === "planned")) return void 0;
  const p = progressOf(change, asOf);
  const running = change.steps.filter((s) => executions.get(s.id)?.status === "running").map((s) => `${s.id} (since ${formatInstant(executions.get(s.id)?.start ?? 0)})`);
  const failed = change.steps.filter((s) => {
    const e = executions.get(s.id);
    return e !== void 0 && isFinished(e.status) && e.status !== "ok";
  }).map((s) => `${s.id} (${executions.get(s.id)?.status})`);
  const unverified = change.steps.filter((s) => {
    const e = executions.get(s.id);
    return e?.status === "ok" && !e.succeeded;
  }).map((s) => s.id);
  return [
    `${p.done} of ${p.total} steps done`,
    ...unverified.length > 0 ? [`unverified: ${unverified.join(", ")}`] : [],
    ...running.length > 0 ? [`running: ${running.join(", ")}`] : [],
    ...failed.length > 0 ? [`FAILED: ${failed.join(", ")}`] : [],
    `${p.planned} to go`
  ].join("; ");
}

export {
  stepExecution,
  changeExecution,
  isFinished,
  failedDependencies,
  progressText
};
