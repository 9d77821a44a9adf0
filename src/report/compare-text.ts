// Human output of a comparison: what the change makes worse first (new blocking findings), then the
// rest, then what it fixes and what it touches, then the verdict line. Each finding line keeps the
// `path:line:col severity rule` shape of the plain text output so editors still open the location.
import type { Finding } from '../core/finding.ts';
import { oneLine, withoutWorkflowCommands } from '../core/sanitize.ts';
import { describeEvaluated } from './summary.ts';
import { displayPath, painter, severityLabel } from './terminal.ts';
import type { FileChange } from '../git/changes.ts';
import { isBlocking } from '../git/compare.ts';
import type { LabelledFinding } from '../git/compare.ts';
import type { ComparedEvaluation } from '../git/types.ts';
import { labelOf } from '../git/types.ts';

export interface ComparisonTextOptions {
  color: boolean;
  pathPrefix: string;
  maxPerRule: number;
  /**
   * Pre-commit layout: lists what blocks and what is new, counts the rest (existing warnings and
   * notices, fixed findings) and leaves out the change summary.
   */
  compact: boolean;
}


const WORSENING_TEXT: Record<NonNullable<LabelledFinding['worsened']>, string> = {
  nowBlocking: 'it now blocks',
  severityRaised: 'its severity rose',
  messageChanged: 'it now reports a different problem',
  involvesMore: 'it now involves more',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatComparisonText(evaluation: ComparedEvaluation, options: ComparisonTextOptions): string {
  const { comparison } = evaluation;
  const paint = painter(options.color);
  const path = (file: string) => oneLine(displayPath(options.pathPrefix, file));
  const severityText = (f: Finding) => severityLabel(f, paint);
  const out: string[] = [];
  const baseName = comparison.base.ref ?? comparison.base.description;

  const line = (f: Finding, label: string) => {
    const waived = f.waivedBy !== undefined ? ` (waived by ${oneLine(f.waivedBy)})` : '';
    return `  ${path(f.file)}:${f.line}:${f.column} ${severityText(f)} ${paint('dim', f.ruleId)} [${label}] ${oneLine(f.message)}${waived}`;
  };
  const section = (title: string, items: LabelledFinding[]) => {
    if (items.length === 0) return;
    out.push(paint('bold', `${title} (${items.length}):`));
    const shown = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const item of items) {
      const f = item.finding;
      const count = shown.get(f.ruleId) ?? 0;
      if (count >= options.maxPerRule) {
        hidden.set(f.ruleId, (hidden.get(f.ruleId) ?? 0) + 1);
        continue;
      }
      shown.set(f.ruleId, count + 1);
      out.push(line(f, item.worsened ? 'new: made worse' : item.label));
      if (item.previous) {
        const why = item.worsened ? `made worse by this change: ${WORSENING_TEXT[item.worsened]}` : 'changed by this change';
        const gained = item.gained ? ` (${Object.entries(item.gained).map(([k, v]) => `${k} + ${v.join(', ')}`).join('; ')})` : '';
        out.push(paint('dim', `      ${why}${oneLine(gained)}; at ${oneLine(baseName)} it read: ${oneLine(item.previous.message)}`));
      }
    }
    for (const [rule, n] of [...hidden].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.push(paint('dim', `  … and ${n} more ${rule} finding${n === 1 ? '' : 's'} (use --max-per-rule or --format json to see all)`));
    }
    out.push('');
  };

  out.push(paint('bold', `Compared ${oneLine(comparison.head.description)} with ${oneLine(comparison.base.description)}.`), '');
  if (comparison.base.verdict === 'error') {
    out.push(paint('dim', `The base could not be fully evaluated (its verdict is error), so findings it could not have reported count as new.`), '');
  }

  const labelled = [...evaluation.findings, ...evaluation.waived].map((f) => labelOf(comparison, f));
  const fresh = labelled.filter((l) => l.label === 'new');
  const old = labelled.filter((l) => l.label === 'existing');
  section('New blocking findings', fresh.filter((l) => isBlocking(l.finding)));
  section('Existing blocking findings', old.filter((l) => isBlocking(l.finding)));
  section('Other new findings', fresh.filter((l) => !isBlocking(l.finding)));
  const oldOther = old.filter((l) => !isBlocking(l.finding));
  if (options.compact) {
    if (oldOther.length > 0) out.push(paint('dim', `${plural(oldOther.length, 'existing warning or notice')} not listed (run changegate check to see them).`), '');
  } else section('Existing findings', oldOther);
  if (comparison.onlyNew && comparison.counts.hidden > 0) {
    out.push(paint('dim', `${plural(comparison.counts.hidden, 'existing finding')} not shown (--only-new).`), '');
  }

  const fixed = comparison.labelling.fixed;
  if (options.compact) {
    if (fixed.length > 0) out.push(paint('green', `${plural(fixed.length, 'finding')} fixed by this change.`), '');
  } else if (fixed.length > 0) {
    out.push(paint('bold', `Fixed by this change (${fixed.length}, as reported at ${oneLine(baseName)}):`));
    for (const f of fixed.slice(0, options.maxPerRule * 4)) out.push(line(f, 'fixed'));
    if (fixed.length > options.maxPerRule * 4) out.push(paint('dim', `  … and ${fixed.length - options.maxPerRule * 4} more (use --format json to see all)`));
    out.push('');
  }

  if (!options.compact) out.push(...changeSummaryLines(evaluation, path), '');

  const c = evaluation.counts;
  const verdict = { pass: paint('green', 'PASS'), warn: paint('yellow', 'WARN'), fail: paint('red', 'FAIL'), error: paint('red', 'ERROR') }[evaluation.verdict];
  const tally = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}, ${c.waived} waived`;
  const k = comparison.counts;
  const labels = `${k.new} new${k.worsened > 0 ? ` (${k.worsened} made worse)` : ''}, ${k.existing} existing, ${k.fixed} fixed`;
  out.push(`${paint('bold', verdict)} ${tally}${comparison.onlyNew ? ' (new only)' : ''}; ${labels}. ${describeEvaluated(evaluation)}`);
  return withoutWorkflowCommands(out.join('\n') + '\n');
}

function changeSummaryLines(evaluation: ComparedEvaluation, path: (file: string) => string): string[] {
  const { changes } = evaluation.comparison;
  const out = ['Change:'];
  const describe = (f: FileChange) => {
    const what = f.changeId !== undefined ? `${oneLine(f.changeId)} (${path(f.path)})` : path(f.path);
    if (f.status === 'renamed') return `renamed ${what} from ${path(f.previousPath ?? '')}${f.contentChanged ? ' and edited it' : ''}`;
    return `${f.status} ${what}`;
  };
  const group = (title: string, items: FileChange[]) => out.push(`  ${title}: ${items.length === 0 ? 'none' : items.map(describe).join('; ')}`);
  group('change requests', changes.changeRequests);
  group('inventory', changes.inventory);
  group('policy', changes.policy);
  if (changes.waivers.length > 0) group('waivers', changes.waivers);
  if (changes.other.length > 0) group('other files', changes.other);
  if (changes.indirect.length === 0) out.push('  touched indirectly: none');
  else {
    out.push('  touched indirectly (unchanged change requests whose findings changed):');
    for (const i of changes.indirect) {
      const after = i.after.length > 0 ? `, after changes to ${i.after.map(path).join(', ')}` : '';
      out.push(`    ${oneLine(i.changeId)} (${path(i.file)}): ${i.verdict.base} -> ${i.verdict.head}, ${plural(i.newFindings, 'new finding')}, ${i.fixedFindings} fixed${after}`);
    }
  }
  return out;
}
