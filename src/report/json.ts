// Machine output. The shape is documented in docs/cli.md and versioned by `schemaVersion`;
// keys are emitted in a fixed order so the same evaluation gives byte-identical JSON.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../engine/finding.ts';
import { isoInstant } from './summary.ts';

export const JSON_SCHEMA_VERSION = 1;

/** One finding as JSON, keys in a fixed order (shared with the comparison output of src/git/json.ts). */
export function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    data: f.data,
    changeId: f.changeId ?? null,
    stepId: f.stepId ?? null,
    fingerprint: f.fingerprint,
    ...(f.waivedBy !== undefined ? { waivedBy: f.waivedBy } : {}),
  };
}

export function toJsonObject(evaluation: Evaluation) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: 'changegate',
    verdict: evaluation.verdict,
    asOf: isoInstant(evaluation.asOf),
    counts: evaluation.counts,
    approvals: evaluation.approvals ?? null,
    findings: evaluation.findings.map(findingJson),
    waived: evaluation.waived.map(findingJson),
    rules: evaluation.rules,
    changes: evaluation.changes,
    files: evaluation.files,
  };
}

export function formatJson(evaluation: Evaluation): string {
  return JSON.stringify(toJsonObject(evaluation), null, 2) + '\n';
}
