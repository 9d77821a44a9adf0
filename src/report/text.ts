// Human output: findings ranked by severity and impact, each with its location on a line of its own and
// its message wrapped to the terminal, then one line per change request, then one summary line that
// always says what was evaluated.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { impactTier, rankFindings } from './rank.ts';
import { withheldText } from '../engine/withhold.ts';
import { oneLine, withoutWorkflowCommands } from '../core/sanitize.ts';
import { describeEvaluated } from './summary.ts';
import { displayPath, painter, severityLabel } from './terminal.ts';
import type { Paint } from './terminal.ts';

export interface TextOptions {
  color: boolean;
  /** Prefix joined to repository-relative paths so editors can open them (e.g. the repo dir). */
  pathPrefix: string;
  /** At most this many findings per rule are printed; the rest are counted. */
  maxPerRule: number;
  /** Terminal width messages wrap to (default 100); the full text stays in --format json. */
  columns?: number;
}

const DEFAULT_COLUMNS = 100;
/** Below this, wrapping would leave a word per line: keep a readable minimum. */
const MIN_COLUMNS = 40;

/** Words of `text` on lines of at most `width` characters, each prefixed with `indent`; a longer word gets a line of its own. */
export function wrapText(text: string, width: number, indent: string): string[] {
  const room = Math.max(MIN_COLUMNS, width) - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/**
 * Findings ranked by severity and impact (src/report/rank.ts), so what endangers emergency calls comes
 * before paperwork; each as its location on a line of its own (editors and terminals open it), then the
 * severity, rule and change, then the message wrapped to the terminal width.
 */
export function formatText(evaluation: Evaluation, options: TextOptions): string {
  const paint = painter(options.color);
  const width = options.columns ?? DEFAULT_COLUMNS;
  const out: string[] = [];
  const shownPerRule = new Map<string, number>();
  const hiddenPerRule = new Map<string, number>();
  const visible: Finding[] = [];
  for (const f of rankFindings(evaluation.findings)) {
    const shown = shownPerRule.get(f.ruleId) ?? 0;
    if (shown >= options.maxPerRule) {
      hiddenPerRule.set(f.ruleId, (hiddenPerRule.get(f.ruleId) ?? 0) + 1);
      continue;
    }
    shownPerRule.set(f.ruleId, shown + 1);
    visible.push(f);
  }
  for (const f of visible) {
    if (out.length > 0) out.push('');
    const where = f.file === '' ? '(repository)' : `${displayPath(options.pathPrefix, f.file)}:${f.line}:${f.column}`;
    const about = f.changeId !== undefined ? ` ${oneLine(f.changeId)}${f.stepId !== undefined ? ` step ${oneLine(f.stepId)}` : ''}` : '';
    out.push(paint('bold', oneLine(where)));
    out.push(`  ${severityLabel(f, paint)} ${paint('dim', f.ruleId)}${about}`);
    out.push(...wrapText(oneLine(f.message), width, '    '));
  }
  for (const [rule, hidden] of [...hiddenPerRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push('', paint('dim', `  … and ${hidden} more ${rule} finding${hidden === 1 ? '' : 's'} (use --max-per-rule or --format json to see all)`));
  }
  if (evaluation.waived.length > 0) {
    out.push('', paint('bold', `Waived (${evaluation.waived.length}):`));
    for (const f of evaluation.waived.slice(0, options.maxPerRule * 4)) {
      out.push(`  ${oneLine(displayPath(options.pathPrefix, f.file))}:${f.line}:${f.column} ${f.ruleId} waived by ${oneLine(f.waivedBy ?? '')}`);
      out.push(...wrapText(oneLine(f.message), width, '    '));
    }
  }
  for (const w of evaluation.withheld) {
    if (out.length > 0) out.push('');
    out.push(paint('bold', 'Withheld:'), ...wrapText(oneLine(withheldText(w)), width, '  '));
  }
  if (out.length > 0) out.push('');
  out.push(...changeSummary(evaluation, paint));
  const c = evaluation.counts;
  const label = { pass: paint('green', 'PASS'), warn: paint('yellow', 'WARN'), fail: paint('red', 'FAIL'), error: paint('red', 'ERROR') }[evaluation.verdict];
  const tally = `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.notices} notice${c.notices === 1 ? '' : 's'}, ${c.waived} waived`;
  out.push(`${paint('bold', label)} ${tally}. ${describeEvaluated(evaluation)}`);
  return withoutWorkflowCommands(out.join('\n') + '\n');
}

/**
 * One line per change request in the plan: its own verdict and the rules that fired on it, so the
 * reason a plan is refused fits on one screen however many findings there are.
 */
function changeSummary(evaluation: Evaluation, paint: Paint): string[] {
  // When the run could not evaluate everything, every change request is listed: none of them passed.
  const considered = evaluation.changes.filter((c) => c.considered || evaluation.verdict === 'error');
  if (considered.length === 0) return [];
  let width = 0;
  let statusWidth = 0;
  for (const c of considered) {
    width = Math.max(width, c.id.length);
    statusWidth = Math.max(statusWidth, c.status.length);
  }
  // One pass over the findings, not one per change request: dense plans have thousands of both.
  const countsByChange = new Map<string, Map<string, number>>();
  for (const f of evaluation.findings) {
    if (f.changeId === undefined) continue;
    let counts = countsByChange.get(f.changeId);
    if (!counts) countsByChange.set(f.changeId, (counts = new Map()));
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  }
  const lines = ['Change requests:'];
  for (const change of considered) {
    const colour = ({ fail: 'red', warn: 'yellow', pass: 'green', 'not evaluated': 'red' } as const)[change.status];
    const status = paint(colour, change.status.padEnd(statusWidth));
    // By impact, as the findings above: emergency routes and capacity before paperwork.
    const order = impactTier;
    const rules = [...(countsByChange.get(change.id) ?? [])]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule))
      .join(', ');
    lines.push(`  ${oneLine(change.id).padEnd(width)}  ${status}  ${oneLine(change.title)}${rules ? ` — ${rules}` : ''}`);
    if (change.progress !== undefined) lines.push(`  ${' '.repeat(width)}  ${change.state}: ${oneLine(change.progress)}`);
  }
  lines.push('');
  return lines;
}
