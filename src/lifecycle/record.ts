// Appends to a change request's execution record, so automation records what ran without editing YAML
// by hand: a step's start, its end with result and test calls, a notice sent. The new record is judged
// with the repository before it is written: it is written only if changegate reads it back without an
// input error, so a record is never silently ignored.
import { evaluate } from '../engine/evaluate.ts';
import type { Evaluation, RepoFile } from '../engine/evaluate.ts';
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import { didYouMean } from '../core/suggest.ts';
import type { StepResult } from '../model/types.ts';
import { isoInstant } from '../core/time.ts';

export type RecordAction =
  | { kind: 'start'; step: string; operator: string; note?: string }
  | { kind: 'end'; step: string; result: StepResult; operator: string; testCalls: TestCallInput[]; note?: string }
  | { kind: 'test-calls'; step: string; testCalls: TestCallInput[] }
  | { kind: 'notified'; party: string; to: string; operator: string };

export interface TestCallInput {
  number: string;
  answered: boolean;
}

export interface RecordRequest {
  change: string;
  at: number;
  action: RecordAction;
}

export type RecordOutcome =
  | { ok: true; file: string; text: string; summary: string }
  | { ok: false; problems: string[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The default place of a change's record, beside the change requests. */
export function defaultRecordPath(changeId: string): string {
  return `records/${changeId}.yaml`;
}

/**
 * Computes the new record text for the request, judged with the repository snapshot (`files`,
 * evaluated as `evaluation`). Returns the file and text to write, or why it cannot be recorded.
 */
export function appendToRecord(files: readonly RepoFile[], evaluation: Evaluation, request: RecordRequest, evaluateOptions: Parameters<typeof evaluate>[1]): RecordOutcome {
  const network = evaluation.network;
  if (!network) {
    const reasons = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId)).slice(0, 5).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    return { ok: false, problems: ['the repository cannot be read, so the change request cannot be found; fix these first:', ...reasons] };
  }
  const change = network.allChanges.find((c) => c.id === request.change);
  if (!change) {
    const suggestion = didYouMean(request.change, network.allChanges.map((c) => c.id));
    return { ok: false, problems: [`there is no change request ${request.change}` + (suggestion ? `; did you mean ${suggestion}?` : '')] };
  }
  const zone = network.policy.timeZone;
  const at = isoInstant(request.at, zone);
  const file = change.record?.file ?? defaultRecordPath(change.id);
  const existing = files.find((f) => f.path === file);
  // Never rewrite a file changegate could not read as this change's record: its history would be lost.
  const unreadable = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId) && f.file === file);
  if (existing && (unreadable.length > 0 || change.record?.file !== file)) {
    const reasons = unreadable.slice(0, 5).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    return { ok: false, problems: [`${file} exists but is not a readable execution record of ${change.id}; fix it first, nothing was written`, ...reasons] };
  }
  const previousText = existing ? new TextDecoder().decode(existing.bytes) : '';
  const data = currentData(evaluation, file, change.id);
  const steps = (data.steps as { [key: string]: Json }[] | undefined) ?? [];
  const action = request.action;
  let summary: string;

  if (action.kind === 'notified') {
    const parties = change.notify.map((n) => n.name);
    if (!parties.includes(action.party)) {
      const suggestion = didYouMean(action.party, parties);
      return { ok: false, problems: [`${change.id} notifies no party named "${action.party}"` + (suggestion ? `; did you mean "${suggestion}"?` : `; its notify entries are: ${parties.join(', ') || 'none'}`)] };
    }
    const notifications = (data.notifications as Json[] | undefined) ?? [];
    notifications.push({ party: action.party, sentAt: at, to: action.to, by: action.operator });
    data.notifications = notifications;
    summary = `${change.id}: notice to "${action.party}" (${action.to}) sent ${at}`;
  } else {
    const step = change.steps.find((s) => s.id === action.step);
    if (!step) {
      const suggestion = didYouMean(action.step, change.steps.map((s) => s.id));
      return { ok: false, problems: [`${change.id} has no step ${action.step}` + (suggestion ? `; did you mean ${suggestion}?` : '')] };
    }
    const entry = steps.find((e) => e.step === action.step);
    const calls = (action.kind === 'end' || action.kind === 'test-calls' ? action.testCalls : []).map((c) => ({ number: c.number, at, answered: c.answered }));
    if (action.kind === 'start') {
      if (entry) return { ok: false, problems: [`step ${action.step} of ${change.id} is already recorded as started at ${String(entry.start)}; a step has one record entry`] };
      const added: { [key: string]: Json } = { step: action.step, start: at, operator: action.operator };
      if (action.note !== undefined) added.note = action.note;
      steps.push(added);
      summary = `${change.id} step ${action.step}: started ${at} by ${action.operator}`;
    } else {
      if (!entry) return { ok: false, problems: [`step ${action.step} of ${change.id} has no recorded start; record its start first (changegate record ${change.id} --step ${action.step} --start)`] };
      if (action.kind === 'end') {
        if (entry.end !== undefined) return { ok: false, problems: [`step ${action.step} of ${change.id} already ended at ${String(entry.end)} (${String(entry.result)})`] };
        entry.end = at;
        entry.result = action.result;
        if (action.note !== undefined) entry.note = action.note;
      }
      if (calls.length > 0) entry.testCalls = [...((entry.testCalls as Json[] | undefined) ?? []), ...calls];
      summary =
        action.kind === 'end'
          ? `${change.id} step ${action.step}: ended ${at}, result ${action.result}` + (calls.length > 0 ? `, test calls ${calls.map((c) => `${c.number} ${c.answered ? 'answered' : 'NOT answered'}`).join(', ')}` : '')
          : `${change.id} step ${action.step}: test calls ${calls.map((c) => `${c.number} ${c.answered ? 'answered' : 'NOT answered'}`).join(', ')} at ${at}`;
    }
    data.steps = steps;
  }

  const text = headerOf(previousText, change.id) + toYaml({ kind: 'ExecutionRecord', change: change.id, ...withoutKeys(data, ['kind', 'change']) });
  // Judge the new record with the repository before anything is written.
  const next = files.filter((f) => f.path !== file).concat({ path: file, bytes: new TextEncoder().encode(text) });
  const after = evaluate(next, { ...evaluateOptions, asOf: request.at });
  const problems = after.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId) && f.file === file).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  if (problems.length > 0) return { ok: false, problems: ['the new record would not be valid:', ...problems] };
  if (!after.network?.allChanges.find((c) => c.id === change.id)?.record) {
    return { ok: false, problems: [`${file} would not be read by changegate (is it outside the folders changegate.yaml includes?); add its folder to include`] };
  }
  return { ok: true, file, text, summary };
}

/** The record's data as it stands (a deep copy), or a new one. */
function currentData(evaluation: Evaluation, file: string, changeId: string): { [key: string]: Json } {
  const doc = evaluation.documents.get(file);
  if (doc && doc.value !== null && typeof doc.value === 'object') return JSON.parse(JSON.stringify(doc.value)) as { [key: string]: Json };
  return { kind: 'ExecutionRecord', change: changeId };
}

function withoutKeys(data: { [key: string]: Json }, keys: string[]): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));
}

/** Keeps the comment block at the top of an existing record; a new record gets one saying what it is. */
function headerOf(previous: string, changeId: string): string {
  const lines = previous.split('\n');
  const header: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    header.push(line);
  }
  if (header.length > 0) return header.join('\n') + '\n';
  return `# Execution record of ${changeId}: what actually ran (docs/lifecycle.md). Written by changegate record;\n# comments other than this first block are not kept.\n`;
}

/** Block-style YAML for record data: every string double-quoted (JSON), so no value can change type or inject structure. */
export function toYaml(value: { [key: string]: Json }, indent = ''): string {
  let out = '';
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out += `${indent}${key}: []\n`;
        continue;
      }
      out += `${indent}${key}:\n`;
      for (const item of v) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
          const inner = toYaml(item, indent + '    ');
          out += `${indent}  - ${inner.slice(indent.length + 4)}`;
        } else out += `${indent}  - ${scalar(item)}\n`;
      }
    } else if (v !== null && typeof v === 'object') {
      out += `${indent}${key}:\n${toYaml(v, indent + '  ')}`;
    } else out += `${indent}${key}: ${scalar(v)}\n`;
  }
  return out;
}

function scalar(v: Json): string {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(scalar).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return JSON.stringify(v);
}
