// Machine output. The shape is documented in docs/cli.md and versioned by `schemaVersion`;
// keys are emitted in a fixed order so the same evaluation gives byte-identical JSON.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { isoInstant } from './summary.ts';

export const JSON_SCHEMA_VERSION = 1;

/** One finding as JSON, keys in a fixed order (shared with the comparison output of src/report/compare-json.ts). */
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
    withheld: evaluation.withheld,
    files: evaluation.files,
  };
}

export function formatJson(evaluation: Evaluation): string {
  return [...jsonChunks(evaluation)].join('');
}

/**
 * The same text as `JSON.stringify(toJsonObject(evaluation), null, 2) + '\n'`, one finding at a time, so a
 * large report is written as it is made instead of being built as one string first.
 */
export function* jsonChunks(evaluation: Evaluation): Generator<string> {
  // Everything but the two lists of findings, in toJsonObject's key order.
  const entries = Object.entries(toJsonObject({ ...evaluation, findings: [], waived: [] }));
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    const list = key === 'findings' ? evaluation.findings : key === 'waived' ? evaluation.waived : undefined;
    if (!list) {
      yield indented(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    if (list.length === 0) {
      yield '[]';
      continue;
    }
    yield '[';
    for (const [i, f] of list.entries()) yield `${i > 0 ? ',' : ''}\n    ${indented(JSON.stringify(findingJson(f), null, 2), '    ')}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

function indented(text: string, prefix: string): string {
  return text.includes('\n') ? text.replaceAll('\n', `\n${prefix}`) : text;
}
