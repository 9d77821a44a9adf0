// Human output: findings grouped by file, `file:line:col severity rule message`, then one summary line
// that always says what was evaluated.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../engine/finding.ts';
import { oneLine } from './sanitize.ts';
import { describeEvaluated } from './summary.ts';
import { displayPath, painter, severityLabel } from './terminal.ts';
import type { Paint } from './terminal.ts';

export interface TextOptions {
  color: boolean;
  /** Prefix joined to repository-relative paths so editors can open them (e.g. the repo dir). */
  pathPrefix: string;
  /** At most this many findings per rule are printed; the rest are counted. */
  maxPerRule: number;
}

export function formatText(evaluation: Evaluation, options: TextOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const shownPerRule = new Map<string, number>();
  const hiddenPerRule = new Map<string, number>();
  const visible: Finding[] = [];
  for (const f of evaluation.findings) {
    const shown = shownPerRule.get(f.ruleId) ?? 0;
    if (shown >= options.maxPerRule) {
      hiddenPerRule.set(f.ruleId, (hiddenPerRule.get(f.ruleId) ?? 0) + 1);
      continue;
    }
    shownPerRule.set(f.ruleId, shown + 1);
    visible.push(f);
  }
  let currentFile: string | undefined;
  for (const f of visible) {
    const path = displayPath(options.pathPrefix, f.file);
    if (f.file !== currentFile) {
      if (currentFile !== undefined) out.push('');
      out.push(paint('bold', oneLine(path)));
      currentFile = f.file;
    }
    const severity = severityLabel(f, paint);
    out.push(`  ${oneLine(path)}:${f.line}:${f.column} ${severity} ${paint('dim', f.ruleId)} ${oneLine(f.message)}`);
  }
  for (const [rule, hidden] of [...hiddenPerRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push('', paint('dim', `  … and ${hidden} more ${rule} finding${hidden === 1 ? '' : 's'} (use --max-per-rule or --format json to see all)`));
  }
  if (evaluation.waived.length > 0) {
    out.push('', paint('bold', `Waived (${evaluation.waived.length}):`));
    for (const f of evaluation.waived.slice(0, options.maxPerRule * 4)) {
      out.push(`  ${oneLine(displayPath(options.pathPrefix, f.file))}:${f.line}:${f.column} ${f.ruleId} waived by ${oneLine(f.waivedBy ?? '')}: ${oneLine(f.message)}`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(...changeSummary(evaluation, paint));
  const c = evaluation.counts;
  const label = { pass: paint('green', 'PASS'), warn: paint('yellow', 'WARN'), fail: paint('red', 'FAIL'), error: paint('red', 'ERROR') }[evaluation.verdict];
  const tally = `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.notices} notice${c.notices === 1 ? '' : 's'}, ${c.waived} waived`;
  out.push(`${paint('bold', label)} ${tally}. ${describeEvaluated(evaluation)}`);
  return out.join('\n') + '\n';
}

/**
 * One line per change request in the plan: its own verdict and the rules that fired on it, so the
 * reason a plan is refused fits on one screen however many findings there are.
 */
function changeSummary(evaluation: Evaluation, paint: Paint): string[] {
  const considered = evaluation.changes.filter((c) => c.considered);
  if (considered.length === 0) return [];
  let width = 0;
  for (const c of considered) width = Math.max(width, c.id.length);
  // One pass over the findings, not one per change request: dense plans have thousands of both.
  const byChange = new Map<string, { counts: Map<string, number>; error: boolean; warning: boolean }>();
  for (const f of evaluation.findings) {
    if (f.changeId === undefined) continue;
    let own = byChange.get(f.changeId);
    if (!own) byChange.set(f.changeId, (own = { counts: new Map(), error: false, warning: false }));
    own.counts.set(f.ruleId, (own.counts.get(f.ruleId) ?? 0) + 1);
    if (f.severity === 'error') own.error = true;
    else if (f.severity === 'warning') own.warning = true;
  }
  // In registry order: the invariants (what could go wrong on the network) before the process rules.
  const ruleOrder = new Map(evaluation.rules.map((r, i) => [r.id, i]));
  const order = (rule: string) => ruleOrder.get(rule) ?? -1;
  const lines = ['Change requests:'];
  for (const change of considered) {
    const own = byChange.get(change.id);
    const status = own?.error ? paint('red', 'fail') : own?.warning ? paint('yellow', 'warn') : paint('green', 'pass');
    const rules = [...(own?.counts ?? [])]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule))
      .join(', ');
    lines.push(`  ${oneLine(change.id).padEnd(width)}  ${status}  ${oneLine(change.title)}${rules ? ` — ${rules}` : ''}`);
  }
  lines.push('');
  return lines;
}
