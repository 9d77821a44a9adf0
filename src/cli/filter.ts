// `check --change <id>` and `--rule <id>`: narrow what is shown to the findings a reader asked for. The
// verdict, the counts and the exit code stay those of the whole evaluation: a filter never turns a
// failing plan into a pass, and the output says how much it left out.
import type { Evaluation } from '../engine/evaluate.ts';
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { didYouMean } from '../core/suggest.ts';
import { UsageError } from './usage-error.ts';

export interface FindingFilter {
  changes: readonly string[];
  rules: readonly string[];
}

function refuseUnknown(kind: string, option: string, wanted: readonly string[], known: readonly string[]): void {
  for (const id of wanted) {
    if (known.includes(id)) continue;
    const near = didYouMean(id, known);
    throw new UsageError(`${option} ${id}: no ${kind} "${id}"${near !== undefined ? `; did you mean "${near}"?` : ''} (known: ${known.join(', ') || 'none'})`);
  }
}

/** The evaluation with only the findings the filter selects, and a note saying what was left out ('' when nothing). */
export function filterFindings(evaluation: Evaluation, filter: FindingFilter): { evaluation: Evaluation; note: string } {
  if (filter.changes.length === 0 && filter.rules.length === 0) return { evaluation, note: '' };
  refuseUnknown('change request', '--change', filter.changes, evaluation.changes.map((c) => c.id));
  refuseUnknown('rule', '--rule', filter.rules, [...new Set([...INPUT_RULE_IDS, ...evaluation.rules.map((r) => r.id)])]);
  const changes = new Set(filter.changes);
  const rules = new Set(filter.rules);
  const keep = (f: Finding) => (changes.size === 0 || (f.changeId !== undefined && changes.has(f.changeId))) && (rules.size === 0 || rules.has(f.ruleId));
  const findings = evaluation.findings.filter(keep);
  const waived = evaluation.waived.filter(keep);
  const hidden = evaluation.findings.length - findings.length;
  const by = [...filter.changes.map((c) => `--change ${c}`), ...filter.rules.map((r) => `--rule ${r}`)].join(' ');
  const note = `showing ${findings.length} of ${evaluation.findings.length} findings (${by}); ${hidden} other${hidden === 1 ? '' : 's'} still count in the verdict, which is the whole plan's`;
  return { evaluation: { ...evaluation, findings, waived, changes: changes.size === 0 ? evaluation.changes : evaluation.changes.filter((c) => changes.has(c.id)) }, note };
}
