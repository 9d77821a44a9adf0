// What the execution record says about each step, as of an instant: the one reading of the record
// shared by the timeline, the rules, the guard and the reports. Entries after the instant have not
// happened yet, so `--as-of` replays the record as it stood then. Free of luxon so rules can import it.
import type { ChangeRequest, Step, StepRecord, StepResult } from '../model/types.ts';

export type ExecutionStatus = 'planned' | 'running' | StepResult;

export interface StepExecution {
  status: ExecutionStatus;
  /** The record entry, when the step has started by the instant. */
  record: StepRecord | undefined;
  /** Actual start, or the planned start of a step not started. */
  start: number;
  /** Actual end; for a running step the later of its planned end and the instant; else the planned end. */
  end: number;
  /** Numbers of the planned test calls the record does not show answered after the step started. */
  unansweredCalls: string[];
  /** Finished ok, with every planned test call answered. */
  succeeded: boolean;
}

/** The step's execution as of `asOf` (the whole record when asOf is undefined). */
export function stepExecution(step: Step, record: StepRecord | undefined, asOf: number | undefined): StepExecution {
  const happened = (t: number) => asOf === undefined || t <= asOf;
  if (!record || !happened(record.start)) {
    return { status: 'planned', record: undefined, start: step.window.start, end: step.window.end, unansweredCalls: step.testCalls.map((c) => c.number), succeeded: false };
  }
  const answered = new Set(record.testCalls.filter((c) => c.answered && c.at >= record.start && happened(c.at)).map((c) => c.number));
  const unansweredCalls = [...new Set(step.testCalls.map((c) => c.number))].filter((n) => !answered.has(n));
  if (record.end === undefined || record.result === undefined || !happened(record.end)) {
    const end = Math.max(step.window.end, asOf ?? step.window.end, record.start + 1);
    return { status: 'running', record, start: record.start, end, unansweredCalls, succeeded: false };
  }
  return { status: record.result, record, start: record.start, end: record.end, unansweredCalls, succeeded: record.result === 'ok' && unansweredCalls.length === 0 };
}

/** Every step's execution, by step id. */
export function changeExecution(change: ChangeRequest, asOf: number | undefined): Map<string, StepExecution> {
  return new Map(change.steps.map((s) => [s.id, stepExecution(s, change.record?.steps.get(s.id), asOf)]));
}

export function isFinished(status: ExecutionStatus): boolean {
  return status !== 'planned' && status !== 'running';
}

/** The dependencies of a step that ended without success (failed, rolled back, aborted or unverified). */
export function failedDependencies(step: Step, executions: ReadonlyMap<string, StepExecution>): { step: string; status: ExecutionStatus; unansweredCalls: string[] }[] {
  return step.dependsOn.flatMap((id) => {
    const e = executions.get(id);
    return e && isFinished(e.status) && !e.succeeded ? [{ step: id, status: e.status, unansweredCalls: e.unansweredCalls }] : [];
  });
}

/** Counts of steps by progress, for reports: done (ok), running, failed (failed, rolled back, aborted), planned. */
export interface Progress {
  done: number;
  running: number;
  failed: number;
  planned: number;
  total: number;
}

export function progressOf(change: ChangeRequest, asOf: number | undefined): Progress {
  const progress: Progress = { done: 0, running: 0, failed: 0, planned: 0, total: change.steps.length };
  for (const e of changeExecution(change, asOf).values()) {
    if (e.status === 'ok') progress.done++;
    else if (e.status === 'running') progress.running++;
    else if (e.status === 'planned') progress.planned++;
    else progress.failed++;
  }
  return progress;
}

/**
 * One line of progress from the record, for reports: "6 of 18 steps done; running: s7 (since …);
 * failed: s8 (rolled-back); 11 to go". Undefined when nothing has started by the instant.
 */
export function progressText(change: ChangeRequest, asOf: number | undefined, formatInstant: (ms: number) => string): string | undefined {
  const executions = changeExecution(change, asOf);
  if ([...executions.values()].every((e) => e.status === 'planned')) return undefined;
  const p = progressOf(change, asOf);
  const running = change.steps.filter((s) => executions.get(s.id)?.status === 'running').map((s) => `${s.id} (since ${formatInstant(executions.get(s.id)?.start ?? 0)})`);
  const failed = change.steps.filter((s) => {
    const e = executions.get(s.id);
    return e !== undefined && isFinished(e.status) && e.status !== 'ok';
  }).map((s) => `${s.id} (${executions.get(s.id)?.status})`);
  const unverified = change.steps.filter((s) => {
    const e = executions.get(s.id);
    return e?.status === 'ok' && !e.succeeded;
  }).map((s) => s.id);
  return [
    `${p.done} of ${p.total} steps done`,
    ...(unverified.length > 0 ? [`unverified: ${unverified.join(', ')}`] : []),
    ...(running.length > 0 ? [`running: ${running.join(', ')}`] : []),
    ...(failed.length > 0 ? [`FAILED: ${failed.join(', ')}`] : []),
    `${p.planned} to go`,
  ].join('; ');
}
