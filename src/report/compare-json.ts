// Machine output of a comparison: the plain JSON report (same keys, same order) with a `label` on every
// finding and a `comparison` section. Without --base/--staged the plain report is used unchanged.
import type { Finding } from '../core/finding.ts';
import { findingJson, toJsonObject } from './json.ts';
import type { ComparedEvaluation, Comparison } from '../git/types.ts';
import { labelOf } from '../git/types.ts';

function previousJson(f: Finding) {
  return { severity: f.severity, messageId: f.messageId, message: f.message, file: f.file, line: f.line, column: f.column, data: f.data, fingerprint: f.fingerprint };
}

function fixedJson(f: Finding) {
  return { ...findingJson(f), label: 'fixed' as const };
}

function comparisonJson(comparison: Comparison) {
  const side = (s: Comparison['head']) => ({ description: s.description, source: s.source, ref: s.ref ?? null, commit: s.commit ?? null });
  return {
    base: { ...side(comparison.base), verdict: comparison.base.verdict },
    head: side(comparison.head),
    onlyNew: comparison.onlyNew,
    counts: comparison.counts,
    renames: [...comparison.renames].map(([from, to]) => ({ from, to })),
    fixed: comparison.labelling.fixed.map(fixedJson),
    changes: comparison.changes,
  };
}

export function toComparisonJsonObject(evaluation: ComparedEvaluation) {
  const plain = toJsonObject(evaluation);
  const { comparison } = evaluation;
  const label = (f: Finding, json: Record<string, unknown>) => {
    const l = labelOf(comparison, f);
    return {
      ...json,
      label: l.label,
      ...(l.worsened !== undefined ? { worsened: l.worsened } : {}),
      ...(l.gained !== undefined ? { gained: l.gained } : {}),
      ...(l.previous !== undefined ? { previous: previousJson(l.previous) } : {}),
    };
  };
  return {
    ...plain,
    findings: plain.findings.map((json, i) => label(evaluation.findings[i] as Finding, json)),
    waived: plain.waived.map((json, i) => label(evaluation.waived[i] as Finding, json)),
    comparison: comparisonJson(comparison),
  };
}

export function formatComparisonJson(evaluation: ComparedEvaluation): string {
  return JSON.stringify(toComparisonJsonObject(evaluation), null, 2) + '\n';
}
