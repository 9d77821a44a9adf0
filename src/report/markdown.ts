// Compact Markdown report: the sticky pull-request comment, the job summary and the check-run summary.
// Blocking findings come first, then what is at risk window by window, then the rest. Every string
// from the config repository is escaped (a hostile CR title must not inject Markdown/HTML or ping
// people), and the whole text stays under a length limit (GitHub refuses comments over 65,536
// characters), dropping rows with a clear note rather than failing to post.
import { progressText } from '../timeline/execution.ts';
import type { Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { comparisonOf, labelOf } from '../git/types.ts';
import { formatInstant } from '../core/time.ts';
import type { Interval } from '../timeline/types.ts';
import { escapeMarkdown } from '../core/sanitize.ts';
import { describeEvaluated } from './summary.ts';

/** GitHub's limit on an issue comment body, and on a check run summary (65,535). */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface CollisionReport {
  /** The other pull request. */
  pull: { number: number; title: string; url?: string };
  /** Findings that exist only when this plan and the other pull request's change requests are judged together. */
  findings: Finding[];
  /** Links for these findings (some are in the other pull request's files); default: `fileUrl` of the options. */
  fileUrl?: (file: string, line: number) => string;
}

export interface MarkdownOptions {
  /** Severities that block the merge: `error` (default) or `warning` (errors and warnings). */
  failOn?: 'error' | 'warning';
  /** Hidden marker put first (the sticky comment is found by it). */
  marker?: string;
  /** Link to the full report (check run or workflow run). */
  reportUrl?: string;
  /** Link to a line of a file of the network repository; without it, locations are plain text. */
  fileUrl?: (file: string, line: number) => string;
  /**
   * Whether a finding is new relative to the base. When known (this option, or the comparison of
   * `check --base`), blocking findings are split into "new in this pull request" and "already on the
   * base"; when unknown, nothing is called new.
   */
  isNew?: (finding: Finding) => boolean;
  /** Name of the base, e.g. "main (1a2b3c4)". */
  baseLabel?: string;
  /** Collisions with other open pull requests. */
  collisions?: readonly CollisionReport[];
  /** Plain-text notes shown under the verdict (escaped like everything else). */
  notes?: readonly string[];
  /** Failing change requests the planner has a passing schedule for (`changegate plan`), shown under the verdict. */
  safePlans?: readonly { changeId: string; nights: number; firstStart: string }[];
  /** Maximum length of the whole text (default: GitHub's comment limit minus a margin). */
  maxLength?: number;
  /** At most this many at-risk windows are listed (default 30). */
  maxWindows?: number;
  /** Where the text is posted, for its words: pull requests (#12) on GitHub, merge requests (!12) on GitLab. */
  forge?: 'github' | 'gitlab';
}

const VERDICT_ICON: Record<VerdictStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '⛔' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const DEFAULT_MAX = GITHUB_COMMENT_LIMIT - 536;

const FORGE_WORDS = {
  github: { request: 'pull request', reference: (n: number) => `#${n}`, limit: `GitHub limits a comment to ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters`, failOnWarning: '`fail-on: warning`' },
  gitlab: { request: 'merge request', reference: (n: number) => `!${n}`, limit: `the note is kept under ${DEFAULT_MAX.toLocaleString('en-US')} characters`, failOnWarning: '`--fail-on warning`' },
} as const;

export function isBlocking(finding: Finding, failOn: 'error' | 'warning'): boolean {
  return finding.severity === 'error' || (failOn === 'warning' && finding.severity === 'warning');
}

/** One at-risk window: consecutive intervals with the same elements at risk, merged. */
export interface RiskWindow {
  start: number;
  end: number;
  changes: string[];
  servers: string[];
  trunks: string[];
  unproven: string[];
  totalSessions: number;
  emergencySessions: number;
}

export function riskWindows(intervals: readonly Interval[]): RiskWindow[] {
  const windows: RiskWindow[] = [];
  for (const interval of intervals) {
    if (interval.atRiskServers.length === 0 && interval.atRiskTrunks.length === 0) continue;
    const changes = [...new Set(interval.exposures.map((e) => e.step.changeId))].sort();
    const last = windows[windows.length - 1];
    if (
      last &&
      last.end === interval.start &&
      same(last.servers, interval.atRiskServers) &&
      same(last.trunks, interval.atRiskTrunks) &&
      same(last.changes, changes) &&
      same(last.unproven, interval.unprovenServers)
    ) {
      last.end = interval.end;
      last.totalSessions = Math.max(last.totalSessions, interval.forecast.totalSessions);
      last.emergencySessions = Math.max(last.emergencySessions, interval.forecast.emergencySessions);
      continue;
    }
    windows.push({
      start: interval.start,
      end: interval.end,
      changes,
      servers: [...interval.atRiskServers],
      trunks: [...interval.atRiskTrunks],
      unproven: [...interval.unprovenServers],
      totalSessions: interval.forecast.totalSessions,
      emergencySessions: interval.forecast.emergencySessions,
    });
  }
  return windows;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function list(ids: readonly string[], max = 6): string {
  if (ids.length === 0) return '—';
  const shown = ids.slice(0, max).map(escapeMarkdown).join(', ');
  return ids.length > max ? `${shown} \\+${ids.length - max} more` : shown;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

interface Limits {
  findings: number;
  windows: number;
}

export function formatMarkdown(evaluation: Evaluation, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX;
  const allWindows = evaluation.timeline ? riskWindows(evaluation.timeline.intervals) : [];
  let limits: Limits = { findings: Number.MAX_SAFE_INTEGER, windows: options.maxWindows ?? 30 };
  // Fitting the length limit renders the comment many times: what does not depend on the limits
  // (which findings block, the progress lines, each finding's row) is computed once.
  const prepared = prepare(evaluation, options);
  const render = (shownLimits: Limits) => renderPrepared(evaluation, options, prepared, allWindows, shownLimits);
  let text = render(limits);
  // Halve the rows until the text fits; the notes in the text say what was left out and where to see it.
  let tooMany: number | undefined;
  while (text.length > maxLength && (limits.findings > 0 || limits.windows > 0)) {
    const shown = Math.min(limits.findings, evaluation.findings.length + collisionCount(options));
    tooMany = shown;
    limits = { findings: Math.floor(shown / 2), windows: Math.floor(Math.min(limits.windows, allWindows.length) / 2) };
    text = render(limits);
  }
  // Halving overshoots: take back the most rows that still fit (a 1 MiB job summary holds thousands).
  if (tooMany !== undefined && text.length <= maxLength) {
    let fits = limits.findings;
    while (tooMany - fits > 1) {
      const middle = Math.floor((fits + tooMany) / 2);
      const candidate = render({ ...limits, findings: middle });
      if (candidate.length <= maxLength) [fits, text] = [middle, candidate];
      else tooMany = middle;
    }
  }
  if (text.length > maxLength) {
    // Only reachable with a tiny limit: cut hard, but keep the note visible.
    const note = '\n\n_Report truncated to fit the length limit; see the full report._\n';
    text = text.slice(0, Math.max(0, maxLength - note.length)) + note;
  }
  return text;
}

function collisionCount(options: MarkdownOptions): number {
  return (options.collisions ?? []).reduce((n, c) => n + c.findings.length, 0);
}

interface Prepared {
  blocking: Finding[];
  other: Finding[];
  /** Blocking findings split by the comparison (or options.isNew), when there is one. */
  split?: { fresh: Finding[]; old: Finding[] };
  blockedChanges: Evaluation['changes'];
  notEvaluated: Evaluation['changes'];
  progress: string[];
  /** A finding's table row, by the file-link function it was made with. */
  row: (f: Finding, fileUrl: MarkdownOptions['fileUrl']) => string;
}

function prepare(evaluation: Evaluation, options: MarkdownOptions): Prepared {
  const failOn = options.failOn ?? 'error';
  const blocking = evaluation.findings.filter((f) => isBlocking(f, failOn));
  const other = evaluation.findings.filter((f) => !isBlocking(f, failOn));
  const comparison = comparisonOf(evaluation);
  const isNew = options.isNew ?? (comparison ? (f: Finding) => labelOf(comparison, f).label === 'new' : undefined);
  const blockedIds = new Set(blocking.map((f) => f.changeId));
  const network = evaluation.network;
  // Progress of the changes under way, from their execution records: done, running, failed.
  const progress = (network?.changes ?? []).flatMap((c) => {
    const text = network ? progressText(c, evaluation.asOf, (ms) => formatInstant(ms, network.policy.timeZone)) : undefined;
    return text === undefined ? [] : [`- **${escapeMarkdown(c.id)}** (${escapeMarkdown(c.state)}): ${escapeMarkdown(text)}`];
  });
  const rows = new Map<MarkdownOptions['fileUrl'], Map<Finding, string>>();
  const row = (f: Finding, fileUrl: MarkdownOptions['fileUrl']): string => {
    let made = rows.get(fileUrl);
    if (!made) rows.set(fileUrl, (made = new Map()));
    let text = made.get(f);
    if (text === undefined) {
      const label = `${escapeMarkdown(f.file)}:${f.line}`;
      const where = f.file === '' ? '(repository)' : fileUrl ? `[${label}](${fileUrl(f.file, f.line)})` : label;
      text = `| ${SEVERITY_ICON[f.severity]} | ${where} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(f.message)} |`;
      made.set(f, text);
    }
    return text;
  };
  return {
    blocking,
    other,
    ...(isNew && blocking.length > 0 ? { split: { fresh: blocking.filter(isNew), old: blocking.filter((f) => !isNew(f)) } } : {}),
    blockedChanges: evaluation.changes.filter((c) => blockedIds.has(c.id)),
    notEvaluated: evaluation.changes.filter((c) => c.status === 'not evaluated'),
    progress,
    row,
  };
}

function renderPrepared(evaluation: Evaluation, options: MarkdownOptions, prepared: Prepared, windows: RiskWindow[], limits: Limits): string {
  const failOn = options.failOn ?? 'error';
  const words = FORGE_WORDS[options.forge ?? 'github'];
  const out: string[] = [];
  let budget = limits.findings;
  let omitted = 0;
  const c = evaluation.counts;

  if (options.marker) out.push(options.marker);
  const tally = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}, ${count(c.waived)} waived`;
  out.push(`### ${VERDICT_ICON[evaluation.verdict]} changegate: ${evaluation.verdict.toUpperCase()} — ${tally}`, '');
  out.push(verdictSentence(evaluation, failOn, words.failOnWarning), '');
  for (const note of options.notes ?? []) out.push(`> ${escapeMarkdown(note)}`, '');
  for (const plan of options.safePlans ?? []) {
    out.push(`> 💡 ${escapeMarkdown(plan.changeId)}: a safe plan exists: ${plural(plan.nights, 'night')}, first step ${escapeMarkdown(plan.firstStart)}; run \`changegate plan ${plan.changeId.replace(/`/g, '')}\``, '');
  }

  const findingTable = (findings: readonly Finding[], fileUrl: MarkdownOptions['fileUrl'] = options.fileUrl): string[] => {
    const rows: string[] = [];
    for (const f of findings) {
      if (budget <= 0) {
        omitted++;
        continue;
      }
      budget--;
      rows.push(prepared.row(f, fileUrl));
    }
    return rows.length === 0 ? [] : ['| | Where | Rule | Finding |', '| --- | --- | --- | --- |', ...rows];
  };

  const { blocking, other, split, blockedChanges, notEvaluated, progress } = prepared;
  if (blocking.length > 0) {
    if (split) {
      const { fresh, old } = split;
      const label = options.baseLabel ?? comparisonOf(evaluation)?.base.description;
      const baseName = label ? escapeMarkdown(label) : 'the base branch';
      if (fresh.length > 0) out.push(`#### New blocking findings in this ${words.request} (${count(fresh.length)})`, '', ...findingTable(fresh), '');
      if (old.length > 0) out.push(`#### Blocking findings already on ${baseName} (${count(old.length)})`, '', ...findingTable(old), '');
    } else {
      out.push(`#### Blocking findings (${count(blocking.length)})`, '', ...findingTable(blocking), '');
    }
  }

  if (blockedChanges.length > 0) {
    out.push('Change requests with blocking findings:', '');
    for (const c of blockedChanges.slice(0, Math.max(limits.windows, 1))) {
      out.push(`- **${escapeMarkdown(c.id)}** ${escapeMarkdown(c.title)} (${escapeMarkdown(c.state)}, declared ${escapeMarkdown(c.declaredRisk)} risk)`);
    }
    out.push('');
  }
  if (notEvaluated.length > 0) {
    out.push(`Change requests not evaluated (${count(notEvaluated.length)}), so none of them passed: ${list(notEvaluated.map((c) => c.id), 8)}.`, '');
  }

  if (progress.length > 0) out.push('#### Progress from the execution records', '', ...progress.slice(0, Math.max(limits.windows, 1)), '');

  if (windows.length > 0 && evaluation.timeline) {
    const zone = evaluation.timeline.timeZone;
    const shown = windows.slice(0, limits.windows);
    out.push(`#### What is at risk, window by window (${escapeMarkdown(zone)})`, '');
    out.push('| Window | Change requests | Call servers at risk | Trunks at risk | Unproven | Forecast peak (all / emergency sessions) |');
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const w of shown) {
      out.push(
        `| ${formatInstant(w.start, zone)} → ${formatInstant(w.end, zone)} | ${list(w.changes, 4)} | ${count(w.servers.length)}: ${list(w.servers)} | ${count(w.trunks.length)} | ${count(w.unproven.length)} | ${count(w.totalSessions)} / ${count(w.emergencySessions)} |`,
      );
    }
    if (windows.length > shown.length) out.push('', `_${count(windows.length - shown.length)} more window(s) not shown; see the full report._`);
    out.push('');
  }

  for (const collision of options.collisions ?? []) {
    if (collision.findings.length === 0) continue;
    const pr = words.reference(collision.pull.number);
    const link = collision.pull.url ? `[${pr}](${collision.pull.url})` : pr;
    out.push(`#### Collides with open ${words.request} ${link} (${escapeMarkdown(collision.pull.title)})`, '');
    out.push(`These findings appear only when this plan and the change requests of ${pr} are judged together; whichever merges second will fail.`, '');
    out.push(...findingTable(collision.findings, collision.fileUrl ?? options.fileUrl), '');
  }

  if (other.length > 0) {
    const rows = findingTable(other);
    if (rows.length > 0) out.push(`<details><summary>Other findings (${count(other.length)})</summary>`, '', ...rows, '', '</details>', '');
  }
  if (evaluation.waived.length > 0) {
    out.push(`${plural(evaluation.waived.length, 'finding')} covered by a waiver (listed in the full report).`, '');
  }
  if (omitted > 0) {
    const limit = (options.maxLength ?? DEFAULT_MAX) > GITHUB_COMMENT_LIMIT ? 'the job summary holds 1 MiB' : words.limit;
    out.push(`_${plural(omitted, 'more finding')} not shown: ${limit}. See the full report for all of them._`, '');
  }

  const footer = [escapeMarkdown(describeEvaluated(evaluation))];
  if (options.reportUrl) footer.push(`[Full report](${options.reportUrl})`);
  out.push('---', footer.join(' · '));
  return out.join('\n') + '\n';
}

function verdictSentence(evaluation: Evaluation, failOn: 'error' | 'warning', failOnWarning: string): string {
  switch (evaluation.verdict) {
    case 'pass':
      return 'No finding blocks this change.';
    case 'warn':
      return failOn === 'warning'
        ? `**Blocked:** warnings block with ${failOnWarning}. Fix them, or waive them with an approved waiver.`
        : 'Nothing blocks, but read the warnings before approving.';
    case 'fail':
      return '**Blocked:** the plan breaks at least one invariant. Fix the findings below (or, where a rule allows it, add an approved, expiring waiver).';
    case 'error':
      return '**Blocked:** changegate could not read, validate or evaluate the repository, so it cannot say the plan is safe. Fix the input errors below.';
  }
}
