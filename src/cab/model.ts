// The CAB review summary as data: everything the Markdown and HTML renderers show, derived only from
// one Evaluation (the same evaluate() call as `changegate check`), so the summary can never disagree
// with the verdict. Renderers format; they compute nothing about the plan.
import type { ChangeStatus, Counts, Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import { withheldText } from '../engine/withhold.ts';
import type { Finding } from '../core/finding.ts';
import type { ChangeRequest, Network, Severity, Step } from '../model/types.ts';
import { dailyPeaks } from '../timeline/build.ts';
import { progressText } from '../timeline/execution.ts';
import { dayTypeOf, formatInstant, localParts } from '../core/time.ts';
import type { Interval, StepExposure, Timeline } from '../timeline/types.ts';
import { stepKey } from '../timeline/types.ts';
import { capacityRows } from './capacity.ts';
import type { CapacityRow } from './capacity.ts';
import { Clock, duration, windowOccurrences } from './clock.ts';
import { describeApprovals } from '../report/summary.ts';
import { describeRisk } from './risk.ts';
import type { RiskSummary } from './risk.ts';
import { briefMessage, mergeStories } from './stories.ts';

import type { Story } from './stories.ts';
import { rankFindings } from '../report/rank.ts';

const HOUR = 3600_000;

export interface CabOptions {
  /** Change request ids to summarise; empty means every change request on the timeline. */
  changes: readonly string[];
  /** Base of the links to the rules' docs pages, e.g. "../docs/rules" or a URL (no trailing slash needed). */
  docsBase: string;
  /** What was evaluated, named so a reader elsewhere can find it: never a local absolute path. */
  source: ReportSource;
  /**
   * Base of the links to the repository's own files (a URL or a path relative to where the page is
   * read): a custom rule's findings link to its Rule document there. Default: the rule file's
   * repository-relative path.
   */
  repoFilesBase?: string;
}

/** The evaluated repository as the page names it. */
export interface ReportSource {
  /** The repository's name (its git work tree's folder name, or the folder's). */
  name: string;
  /** The evaluated folder inside the repository, when it is a subfolder ('' for the top). */
  folder: string;
  /** The commit checked out, when the folder is in a git work tree. */
  commit: string | undefined;
  /** Files differ from that commit (uncommitted edits were evaluated). */
  dirty: boolean;
  /** The pull request, when known (--pull-request, or GitHub Actions' event). */
  pullRequest: string | undefined;
  /** changegate's version. */
  version: string;
}

/** One line naming the source: "net-config/examples/six-sites at commit 1a2b3c4d5e6f (uncommitted edits), pull request #12". */
export function sourceText(source: ReportSource): string {
  const where = source.folder === '' ? source.name : `${source.name}/${source.folder}`;
  const commit = source.commit !== undefined ? ` at commit ${source.commit.slice(0, 12)}${source.dirty ? ' with uncommitted edits' : ''}` : ' (not in a git repository)';
  const pr = source.pullRequest !== undefined ? `, pull request ${source.pullRequest}` : '';
  return `${where}${commit}${pr}`;
}

/** What the evaluation covered (the same counts as `check`), as of when, for which repository. */
export interface Attestation extends Counts {
  ruleIds: string[];
  asOf: number | undefined;
  asOfText: string;
  repo: string;
  version: string;
  timeZone: string;
  /** How approvals were verified, e.g. "Approvals declared, not verified: ...". */
  approvals: string;
}

export interface ApprovalView {
  by: string;
  role: string;
  at: string;
  /** "matches", "stale" (approved another revision) or "none" (no revision recorded). */
  revision: 'matches' | 'stale' | 'none';
  isOwner: boolean;
  knownApprover: boolean;
}

export interface WaiverView {
  id: string;
  rule: string;
  step: string | undefined;
  justification: string;
  approvedBy: string;
  ticket: string;
  expires: string;
  /** Findings of this change the waiver covers in this evaluation. */
  covers: number;
}

export interface ChangeView {
  id: string;
  title: string;
  owner: string;
  purpose: string;
  state: string;
  declaredRisk: string;
  revision: string;
  file: string;
  considered: boolean;
  risk: RiskSummary;
  sites: string[];
  servers: number;
  trunks: number;
  steps: number;
  firstStart: number | undefined;
  lastEnd: number | undefined;
  windowText: string;
  approvals: ApprovalView[];
  waivers: WaiverView[];
  blocking: number;
  warnings: number;
  /** Progress from the execution record ("6 of 18 steps done; …"), when a step has started by as-of. */
  progress: string | undefined;
  /** This change's own result (the evaluation's per-change status). */
  status: ChangeStatus;
}

export interface GanttRow {
  site: string;
  name: string;
}

export interface GanttBar {
  site: string;
  start: number;
  end: number;
  /** focus: a step of a summarised change; collision: a step of another change overlapping it; soak: exposure after the window. */
  kind: 'focus' | 'collision' | 'soak';
  changeId: string;
  stepId: string;
  action: string;
  label: string;
  /** True when the bar overlaps an interval that a blocking finding names. */
  failing: boolean;
}

export interface Shade {
  kind: 'window' | 'freeze' | 'peak';
  start: number;
  end: number;
  label: string;
}

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface GanttView {
  start: number;
  end: number;
  rows: GanttRow[];
  bars: GanttBar[];
  shades: Shade[];
  failing: Span[];
  ticks: { at: number; label: string; midnight: boolean }[];
  /** Intervals only findings about other change requests name (context: not this change's failing). */
  contextFailing: (Span & { changes: string[] })[];
  /** The interval the headline is about (first interval with the most sites at risk), if any. */
  highlight: Span | undefined;
  /** More than one change request is summarised: step ids alone are ambiguous on the chart. */
  multiChange: boolean;
}

export interface Headline {
  /** Interval in which the summarised changes hold the most sites at risk at once (the first such one, preferring one no other change shares). */
  interval: Span;
  /** Sites the summarised changes put at risk in that interval. */
  sitesAtRisk: string[];
  /** Other change requests holding elements at risk in the same interval, with their sites: context, not this change's doing. */
  others: { changeId: string; sites: string[] }[];
  siteCount: number;
  serversAtRisk: number;
  serverCount: number;
  dayPart: string;
  nextPeak: { at: number; label: string; before: string; dayPart: string; sessions: number } | undefined;
  margin: CapacityRow | undefined;
  failing: boolean;
}

export interface NumberExposure {
  number: string;
  name: string;
  psaps: string[];
  routes: number;
  touchedRoutes: number;
  /** Routes left in the worst interval for this number, as "server → trunk → switch → PSAP". */
  remaining: string[];
  remainingSites: string[];
  worst: Span | undefined;
}

export interface BlastRadius {
  servers: string[];
  trunks: string[];
  sites: string[];
  numbers: NumberExposure[];
  psaps: { id: string; name: string; numbers: string[] }[];
}

export interface RollbackView {
  changeId: string;
  stepId: string;
  action: string;
  targets: string;
  window: string;
  procedure: string | undefined;
  minutes: number | undefined;
  includesTrafficRecovery: boolean;
  /** fits, overruns (step + rollback ends after the maintenance window), outside (no window holds the step), missing (no rollback). */
  fit: 'fits' | 'overruns' | 'outside' | 'missing';
  fitText: string;
}

export interface VerificationView {
  changeId: string;
  stepId: string;
  action: string;
  tested: string[];
  served: string[];
  missing: string[];
  from: string[];
}

export interface StakeholderView {
  changeId: string;
  notify: { party: string; name: string; contact: string; psaps: string[]; leadTimeHours: number; notifyBy: string; late: boolean }[];
  escalation: { contact: string; phone: string; targetMinutes: number } | undefined;
  /** PSAPs the change can affect (from the routes) that no psap/emergency-services notification names. */
  uncoveredPsaps: string[];
}

/** Another change request judged together with the summarised ones: its exposure overlaps theirs. */
export interface ContextChange {
  id: string;
  title: string;
  status: ChangeStatus;
  blocking: number;
  /** Its steps whose exposure overlaps a summarised step's. */
  steps: string[];
  /** The summarised steps they overlap. */
  overlaps: string[];
  sites: string[];
  span: Span;
  /** "judged together with CR-2026-0601 (fail, 26 blocking findings), whose step s1 puts 6 sites at risk from ... to ...". */
  text: string;
}

export type Recommendation = 'approve' | 'approve with conditions' | 'reject';

/** What the board is asked to decide, derived from the findings: the page recommends, people decide. */
export interface Decision {
  recommendation: Recommendation;
  /** Why, in a sentence or two (the highest-impact stories for a reject). */
  reasons: string[];
  /** What must hold for an approval: waivers and their expiry, approvals that do not count, overlapping changes. */
  conditions: string[];
}

export interface FindingView {
  ruleId: string;
  severity: Severity;
  blocking: boolean;
  message: string;
  location: string;
  changeId: string | undefined;
  stepId: string | undefined;
  docHref: string;
  waivedBy: string | undefined;
}

export interface CabReport {
  title: string;
  subtitle: string;
  source: ReportSource;
  /** Base of the links to the rule pages (a stable URL by default). */
  docsBase: string;
  /** The repository's custom rules by id, each with the link to its Rule document (its own page). */
  customRuleFiles: Record<string, string>;
  /** The summarised change requests' own result: the page leads with it. */
  verdict: ChangeStatus;
  verdictText: string;
  /** The whole run's verdict (what `check` says and the exit code follows), when it says more than the changes' own. */
  plan: { verdict: VerdictStatus; text: string };
  /** Other change requests judged together with these (overlapping exposure). */
  context: ContextChange[];
  decision: Decision;
  /** The findings about the summarised changes, merged per story and ranked by impact. */
  stories: Story[];
  attestation: Attestation;
  changes: ChangeView[];
  headline: Headline | undefined;
  gantt: GanttView | undefined;
  capacity: { rows: CapacityRow[]; minAll: CapacityRow | undefined; minEmergency: CapacityRow | undefined; headroom: number; note: string } | undefined;
  blast: BlastRadius | undefined;
  rollback: RollbackView[];
  verification: VerificationView[];
  stakeholders: StakeholderView[];
  findings: FindingView[];
  waived: FindingView[];
  /** Findings about change requests outside the summary (still part of the verdict). */
  otherFindings: number;
  notes: string[];
}

/** Change ids of --change that the repository does not hold (the CLI turns them into a usage error). */
export function unknownChanges(evaluation: Evaluation, wanted: readonly string[]): string[] {
  const known = new Set(evaluation.changes.map((c) => c.id));
  return wanted.filter((id) => !known.has(id));
}

export function buildCabReport(evaluation: Evaluation, options: CabOptions): CabReport {
  const network = evaluation.network;
  const timeline = evaluation.timeline;
  const clock = new Clock(network?.policy.timeZone ?? 'UTC');
  const notes: string[] = [];
  const focusIds = new Set(
    options.changes.length > 0 ? options.changes : (network?.changes ?? []).map((c) => c.id),
  );
  const focusChanges = (network?.allChanges ?? []).filter((c) => focusIds.has(c.id));
  const attestation = attest(evaluation, options, clock);

  const filesBase = (options.repoFilesBase ?? '').replace(/\/+$/, '');
  const customRuleFiles = Object.fromEntries((evaluation.customRules ?? []).filter((r) => r.source !== undefined).map((r) => [r.id, filesBase === '' ? (r.source as string) : `${filesBase}/${r.source as string}`]));
  const docHref = (ruleId: string) => ruleDocHref({ docsBase: options.docsBase.replace(/\/+$/, ''), customRuleFiles }, ruleId);
  // Findings about the repository as a whole (input errors) concern every change.
  const inScope = (f: Finding) => f.changeId === undefined || focusIds.has(f.changeId);
  const toView = (f: Finding): FindingView => ({
    ruleId: f.ruleId,
    severity: f.severity,
    blocking: f.severity === 'error',
    message: f.message,
    location: f.file === '' ? '(repository)' : `${f.file}:${f.line}:${f.column}`,
    changeId: f.changeId,
    stepId: f.stepId,
    docHref: docHref(f.ruleId),
    waivedBy: f.waivedBy,
  });
  const ownFindings = evaluation.findings.filter(inScope);
  const findings = rankFindings(ownFindings).map(toView);
  const waived = evaluation.waived.filter(inScope).map(toView);
  const otherFindings = evaluation.findings.filter((f) => !inScope(f)).length;
  const statuses = new Map(evaluation.changes.map((c) => [c.id, c.status]));
  const verdict = scopeStatus(focusChanges.map((c) => statuses.get(c.id) ?? 'not evaluated'), evaluation.verdict);

  const title = focusChanges.length === 1 ? `${focusChanges[0]?.id}: ${focusChanges[0]?.title}` : focusChanges.length > 1 ? `${focusChanges.length} change requests: ${focusChanges.map((c) => c.id).join(', ')}` : 'No change request';
  const report: CabReport = {
    title,
    subtitle: `CAB review summary of ${sourceText(options.source)}`,
    source: options.source,
    docsBase: options.docsBase.replace(/\/+$/, ''),
    customRuleFiles,
    verdict,
    verdictText: verdictText(verdict, evaluation, focusChanges, ownFindings),
    plan: { verdict: evaluation.verdict, text: planText(evaluation, focusIds, otherFindings) },
    context: [],
    decision: { recommendation: 'reject', reasons: [], conditions: [] },
    stories: mergeStories(ownFindings).map((s) => s),
    attestation,
    changes: [],
    headline: undefined,
    gantt: undefined,
    capacity: undefined,
    blast: undefined,
    rollback: [],
    verification: [],
    stakeholders: [],
    findings,
    waived,
    otherFindings,
    notes,
  };
  for (const w of evaluation.withheld) if (focusIds.has(w.changeId)) notes.push(withheldText(w));
  if (!network || !timeline) {
    notes.push('The repository could not be evaluated far enough to draw the plan (see the findings): the timeline, capacity and blast-radius sections are empty. Fix the input errors and run the report again.');
    report.decision = decide(report, evaluation);
    return report;
  }
  if (focusChanges.length === 0) notes.push('No change request is on the timeline: nothing to summarise.');
  for (const c of focusChanges) {
    if (!network.changes.includes(c)) notes.push(`${c.id} is in state ${c.state}, so it is not on the timeline and the invariant rules did not judge it; use --include-drafts for a draft.`);
  }

  const focusKeys = new Set(focusChanges.flatMap((c) => c.steps.map(stepKey)));
  const isFocus = (e: StepExposure) => focusKeys.has(stepKey(e.step));
  const focusExposures = [...timeline.exposures.values()].filter(isFocus);
  const focusIntervals = timeline.intervals.filter((iv) => iv.exposures.some(isFocus));
  const failingBy = failingIntervalsBy(evaluation, timeline, clock);
  // An interval fails on this page only when a finding about a summarised change names it; intervals
  // only other changes' findings name are context, drawn and labelled as theirs.
  const failingIdx = new Set([...failingBy].filter(([, ids]) => [...ids].some((id) => id === '' || focusIds.has(id))).map(([i]) => i));

  const capacity = capacityRows(evaluation, network, timeline, focusIntervals, failingIdx, clock, isFocus);
  if (capacity.note) notes.push(capacity.note);
  report.capacity = capacity;
  report.changes = focusChanges.map((c) => changeView(c, evaluation, network, timeline, clock));
  report.headline = headline(network, focusIntervals, failingIdx, capacity.rows, clock, isFocus);
  report.gantt = gantt(network, timeline, focusExposures, focusIntervals, failingIdx, failingBy, report.headline, clock);
  report.context = contextChanges(network, timeline, focusExposures, evaluation, clock);
  report.blast = blastRadius(network, focusExposures, focusIntervals, clock);
  const steps = focusChanges.flatMap((c) => c.steps);
  report.rollback = steps.map((s) => rollbackView(s, network, clock));
  report.verification = steps.map((s) => verificationView(s, network, timeline));
  report.stakeholders = focusChanges.map((c) => stakeholderView(c, network, timeline, evaluation.asOf, clock));
  for (const c of report.changes) if (c.risk.note) notes.push(c.risk.note);
  report.decision = decide(report, evaluation);
  return report;
}

const STATUS_ORDER: Record<ChangeStatus, number> = { fail: 0, 'not evaluated': 1, warn: 2, pass: 3 };

/** The summarised changes' result: the worst of their own statuses; nothing summarised is not evaluated. */
function scopeStatus(statuses: ChangeStatus[], runVerdict: VerdictStatus): ChangeStatus {
  if (statuses.length === 0) return runVerdict === 'error' ? 'not evaluated' : 'pass';
  return statuses.reduce((worst, s) => (STATUS_ORDER[s] < STATUS_ORDER[worst] ? s : worst));
}

function attest(evaluation: Evaluation, options: CabOptions, clock: Clock): Attestation {
  const c = evaluation.counts;
  return {
    files: c.files,
    changeRequests: c.changeRequests,
    changeRequestsConsidered: c.changeRequestsConsidered,
    steps: c.steps,
    intervals: c.intervals,
    rules: c.rules,
    ruleIds: evaluation.rules.filter((r) => r.evaluated).map((r) => r.id),
    asOf: evaluation.asOf,
    asOfText: evaluation.asOf === undefined ? 'unknown instant' : `${new Date(evaluation.asOf).toISOString()} (${clock.exact(evaluation.asOf)})`,
    errors: c.errors,
    warnings: c.warnings,
    notices: c.notices,
    waived: c.waived,
    repo: sourceText(options.source),
    version: options.source.version,
    timeZone: clock.timeZone,
    approvals: evaluation.approvals ? describeApprovals(evaluation.approvals) : 'No policy was read, so no approval was verified.',
  };
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function verdictText(verdict: ChangeStatus, evaluation: Evaluation, focus: ChangeRequest[], own: Finding[]): string {
  const ids = focus.map((c) => c.id).join(', ') || 'the summarised change requests';
  const blocking = own.filter((f) => f.severity === 'error').length;
  const warnings = own.filter((f) => f.severity === 'warning').length;
  switch (verdict) {
    case 'pass':
      return `PASS: no finding of its own blocks ${ids}.`;
    case 'warn':
      return `WARN: nothing of its own blocks ${ids}, but ${plural(warnings, 'warning')} need a decision.`;
    case 'fail':
      return `FAIL: ${plural(blocking, 'blocking finding')} about ${ids}. Do not approve as planned.`;
    case 'not evaluated':
      return evaluation.verdict === 'error'
        ? `NOT EVALUATED: the gate could not evaluate the repository (${plural(evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId)).length, 'input finding')}), so nothing about ${ids} can be approved from this evaluation.`
        : `NOT EVALUATED: ${ids} is not on the timeline (state ${focus.map((c) => c.state).join(', ')}), so the rules did not judge it.`;
  }
}

/** The whole run's verdict in a sentence, naming whose findings make it when they are not these changes'. */
function planText(evaluation: Evaluation, focusIds: Set<string>, otherFindings: number): string {
  const others = [...new Set(evaluation.findings.filter((f) => f.severity === 'error' && f.changeId !== undefined && !focusIds.has(f.changeId)).map((f) => f.changeId as string))].sort();
  const verdict = evaluation.verdict.toUpperCase();
  const whose = others.length > 0 ? `; ${plural(otherFindings, 'finding')} about ${others.join(', ')}` : '';
  return `The repository's plan as a whole: ${verdict} (${plural(evaluation.counts.errors, 'blocking finding')}${whose}). The exit code follows this verdict, as for changegate check.`;
}

/** Other change requests whose exposure overlaps a summarised step's: judged together with them. */
function contextChanges(network: Network, timeline: Timeline, focusExposures: StepExposure[], evaluation: Evaluation, clock: Clock): ContextChange[] {
  const focusKeys = new Set(focusExposures.map((e) => stepKey(e.step)));
  const byChange = new Map<string, { steps: StepExposure[]; overlaps: Set<string> }>();
  for (const e of timeline.exposures.values()) {
    if (focusKeys.has(stepKey(e.step))) continue;
    const hit = focusExposures.filter((f) => e.step.window.start < f.exposureEnd && e.exposureEnd > f.step.window.start);
    if (hit.length === 0) continue;
    const entry = byChange.get(e.step.changeId) ?? { steps: [], overlaps: new Set<string>() };
    entry.steps.push(e);
    for (const f of hit) entry.overlaps.add(f.step.id);
    byChange.set(e.step.changeId, entry);
  }
  return [...byChange.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, { steps, overlaps }]) => {
      const change = network.allChanges.find((c) => c.id === id);
      const summary = evaluation.changes.find((c) => c.id === id);
      const status = summary?.status ?? 'not evaluated';
      const blocking = evaluation.findings.filter((f) => f.changeId === id && f.severity === 'error').length;
      const sites = sortSites(network, steps.flatMap((e) => stepSites(network, e)));
      const start = Math.min(...steps.map((e) => e.step.window.start));
      const end = Math.max(...steps.map((e) => e.exposureEnd));
      const stepIds = steps.map((e) => e.step.id);
      const overlapIds = [...overlaps];
      const label = clock.span(start, end);
      const judged = status === 'fail' ? `fail, ${plural(blocking, 'blocking finding')} of its own` : status;
      const text =
        `Judged together with ${id} (${judged}), whose ${stepIds.length === 1 ? 'step' : 'steps'} ${stepIds.join(', ')} ${stepIds.length === 1 ? 'puts' : 'put'} ${plural(sites.length, 'site')} at risk from ${clock.medium(start)} to ${clock.medium(end)} (${sites.join(', ')}), ` +
        `overlapping this page's ${overlapIds.length === 1 ? 'step' : 'steps'} ${overlapIds.join(', ')}${status === 'fail' || status === 'not evaluated' ? ': approving this change does not make that one safe, and the plan as a whole does not pass until it is fixed' : ''}.`;
      return { id, title: change?.title ?? id, status, blocking, steps: stepIds, overlaps: overlapIds, sites, span: { start, end, label }, text };
    });
}

/** The recommendation the findings support, with the conditions an approval would carry. */
function decide(report: CabReport, evaluation: Evaluation): Decision {
  const conditions: string[] = [];
  const reasons: string[] = [];
  for (const c of report.changes) {
    for (const w of c.waivers) conditions.push(`Waiver ${w.id} (${w.rule}${w.step ? `, step ${w.step}` : ''}) stays in force: it expires ${w.expires}, approved by ${w.approvedBy}, ticket ${w.ticket}.`);
    for (const a of c.approvals) {
      const why = a.isOwner ? 'the owner cannot approve their own change' : !a.knownApprover ? `${a.by} is not an approver of the policy` : a.revision === 'stale' ? 'it approved another revision' : a.revision === 'none' ? 'it names no revision' : '';
      if (why !== '') conditions.push(`The approval by ${a.by} (${a.role}) of ${c.id} does not count: ${why}; a valid approval of revision ${c.revision.slice(0, 19)}… is still missing.`);
    }
    if (c.approvals.length === 0) conditions.push(`${c.id} has no approval recorded yet: record the board's approval of revision ${c.revision.slice(0, 19)}… in the change request.`);
  }
  for (const x of report.context) {
    if (x.status === 'fail' || x.status === 'not evaluated') conditions.push(`${x.id} (${x.status}) overlaps steps ${x.overlaps.join(', ')}: it must be re-planned or rejected before they run; this approval does not cover it.`);
  }
  const blockingStories = report.stories.filter((s) => s.blocking);
  if (report.verdict === 'not evaluated') {
    reasons.push(report.verdictText.replace(/^NOT EVALUATED: /, ''));
    return { recommendation: 'reject', reasons, conditions };
  }
  if (report.verdict === 'fail') {
    const top = blockingStories[0];
    reasons.push(`${plural(blockingStories.reduce((n, s) => n + s.count, 0), 'blocking finding')} of its own, the highest impact first under the findings below${top ? ` (first: ${top.ruleId}${top.stepId ? `, step ${top.stepId}` : ''})` : ''}.`);
    return { recommendation: 'reject', reasons, conditions };
  }
  for (const s of report.stories.filter((x) => x.severity === 'warning')) conditions.push(`Accept or resolve: ${s.ruleId}${s.stepId ? ` (step ${s.stepId})` : ''}: ${briefMessage(s.message, 110)}${s.count > 1 ? ` (and ${s.count - 1} more like it)` : ''}`);
  void evaluation;
  if (conditions.length === 0) {
    reasons.push('No finding of its own, no waiver, its approvals count, and no overlapping change fails.');
    return { recommendation: 'approve', reasons, conditions };
  }
  reasons.push(report.verdict === 'warn' ? 'Nothing of its own blocks; warnings and the conditions below need the board\'s decision.' : 'Nothing of its own blocks; an approval carries the conditions below.');
  return { recommendation: 'approve with conditions', reasons, conditions };
}

/**
 * Intervals named by a blocking finding, with the change requests whose findings name them ('' for a
 * finding about no change). Invariant rules report a run of intervals with `runStart` and `runEnd`, or
 * `intervalStart` and `intervalEnd`, in `data`, written with the same formatInstant as the timeline's
 * boundaries; an interval is failing when it lies inside such a run. Matching on the rendered instants
 * (not on a second computation) keeps the marks exactly where the rules put them.
 */
export function failingIntervalsBy(evaluation: Evaluation, timeline: Timeline, clock: Clock): Map<number, Set<string>> {
  const failing = new Map<number, Set<string>>();
  const starts = timeline.intervals.map((iv) => clock.exact(iv.start));
  const ends = timeline.intervals.map((iv) => clock.exact(iv.end));
  for (const f of evaluation.findings) {
    if (f.severity !== 'error' || INPUT_RULE_IDS.has(f.ruleId)) continue;
    for (const [s, e] of [[f.data.runStart, f.data.runEnd], [f.data.intervalStart, f.data.intervalEnd]]) {
      if (typeof s !== 'string' || typeof e !== 'string') continue;
      const first = starts.indexOf(s);
      if (first < 0) continue;
      const last = ends.findIndex((text, i) => i >= first && text === e);
      if (last < 0) continue;
      for (let i = first; i <= last; i++) {
        const set = failing.get(i) ?? new Set<string>();
        set.add(f.changeId ?? '');
        failing.set(i, set);
      }
    }
  }
  return failing;
}


function siteOf(network: Network, server: string): string {
  return network.inventory.callServers.get(server)?.site ?? server;
}

function stepSites(network: Network, exposure: Pick<StepExposure, 'servers' | 'trunks'>): string[] {
  const sites = new Set(exposure.servers.map((s) => siteOf(network, s)));
  for (const t of exposure.trunks) {
    const trunk = network.inventory.trunks.get(t);
    if (trunk) sites.add(siteOf(network, trunk.callServer));
  }
  return [...sites];
}

function siteOrder(network: Network): Map<string, number> {
  return new Map([...network.inventory.sites.keys()].map((id, i) => [id, i]));
}

function sortSites(network: Network, sites: Iterable<string>): string[] {
  const order = siteOrder(network);
  return [...new Set(sites)].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0));
}

function changeView(c: ChangeRequest, evaluation: Evaluation, network: Network, timeline: Timeline, clock: Clock): ChangeView {
  const exposures = c.steps.map((s) => timeline.exposures.get(stepKey(s))).filter((e): e is StepExposure => e !== undefined);
  const servers = new Set(exposures.flatMap((e) => e.servers));
  const trunks = new Set(exposures.flatMap((e) => e.trunks));
  const sites = sortSites(network, exposures.flatMap((e) => stepSites(network, e)));
  const firstStart = c.steps.length > 0 ? Math.min(...c.steps.map((s) => s.window.start)) : undefined;
  const lastEnd = c.steps.length > 0 ? Math.max(...c.steps.map((s) => s.window.end)) : undefined;
  const asOf = evaluation.asOf;
  const waivers = network.waivers
    .filter((w) => w.change === c.id && (asOf === undefined || w.expires > asOf))
    .map((w) => ({
      id: w.id,
      rule: w.rule,
      step: w.step,
      justification: w.justification,
      approvedBy: w.approvedBy.join(", "),
      ticket: w.ticket,
      expires: clock.long(w.expires),
      covers: evaluation.waived.filter((f) => f.waivedBy === w.id).length,
    }));
  const own = evaluation.findings.filter((f) => f.changeId === c.id);
  return {
    id: c.id,
    title: c.title,
    owner: c.owner,
    purpose: c.purpose,
    state: c.state,
    declaredRisk: c.declaredRisk,
    revision: c.revision,
    file: c.file,
    considered: network.changes.includes(c),
    risk: describeRisk(evaluation, network, timeline, c),
    sites,
    servers: servers.size,
    trunks: trunks.size,
    steps: c.steps.length,
    firstStart,
    lastEnd,
    windowText: firstStart !== undefined && lastEnd !== undefined ? clock.span(firstStart, lastEnd) : 'no steps',
    approvals: c.approvals.map((a) => ({
      by: a.by,
      role: a.role,
      at: a.at ?? '',
      revision: a.revision === undefined ? 'none' : a.revision === c.revision ? 'matches' : 'stale',
      isOwner: a.by === c.owner,
      knownApprover: network.policy.approvers.has(a.by),
    })),
    waivers,
    blocking: own.filter((f) => f.severity === 'error').length,
    warnings: own.filter((f) => f.severity === 'warning').length,
    progress: progressText(c, evaluation.asOf, (ms) => formatInstant(ms, network.policy.timeZone)),
    status: evaluation.changes.find((x) => x.id === c.id)?.status ?? 'not evaluated',
  };
}

function headline(network: Network, focus: Interval[], failing: Set<number>, rows: CapacityRow[], clock: Clock, isFocus: (e: StepExposure) => boolean): Headline | undefined {
  if (focus.length === 0) return undefined;
  const ownSites = (iv: Interval) => sortSites(network, iv.exposures.filter(isFocus).flatMap((e) => stepSites(network, e)));
  const sharedBy = (iv: Interval) => iv.exposures.filter((e) => !isFocus(e)).length;
  // The summarised changes' own worst moment; among equals, one no other change shares, so the figures
  // are theirs (an interval shared with another change is shown with that change named).
  let best = focus[0] as Interval;
  for (const iv of focus) {
    const more = ownSites(iv).length - ownSites(best).length;
    if (more > 0 || (more === 0 && sharedBy(best) > 0 && sharedBy(iv) === 0)) best = iv;
  }
  const sites = ownSites(best);
  const othersBy = new Map<string, string[]>();
  for (const e of best.exposures.filter((x) => !isFocus(x))) othersBy.set(e.step.changeId, [...(othersBy.get(e.step.changeId) ?? []), ...stepSites(network, e)]);
  const peaks = dailyPeaks(network, best.start, best.start + 48 * HOUR).filter((p) => p + HOUR > best.start);
  const peak = peaks[0];
  let nextPeak: Headline['nextPeak'];
  if (peak !== undefined) {
    const parts = localParts(peak, network.forecast.timeZone);
    const profile = network.forecast.profiles[dayTypeOf(parts, network.forecast.holidays)];
    nextPeak = {
      at: peak,
      label: clock.medium(peak),
      before: peak > best.start ? duration(peak - best.start) : '',
      dayPart: clock.dayPart(peak),
      sessions: profile.totalSessions[parts.hour] ?? 0,
    };
  }
  const ownServers = new Set(best.exposures.filter(isFocus).flatMap((e) => e.servers));
  return {
    interval: { start: best.start, end: best.end, label: clock.span(best.start, best.end) },
    sitesAtRisk: sites,
    others: [...othersBy.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([changeId, s]) => ({ changeId, sites: sortSites(network, s) })),
    siteCount: network.inventory.sites.size,
    serversAtRisk: ownServers.size,
    serverCount: network.inventory.callServers.size,
    dayPart: clock.dayPart(best.start),
    nextPeak,
    margin: rows.find((r) => r.index === best.index),
    failing: failing.has(best.index),
  };
}

function gantt(network: Network, timeline: Timeline, focusExposures: StepExposure[], focusIntervals: Interval[], failing: Set<number>, failingBy: Map<number, Set<string>>, head: Headline | undefined, clock: Clock): GanttView | undefined {
  if (focusExposures.length === 0) return undefined;
  const focusKeys = new Set(focusExposures.map((e) => stepKey(e.step)));
  const spanStart = Math.min(...focusExposures.map((e) => e.step.window.start));
  const spanEnd = Math.max(...focusExposures.map((e) => e.exposureEnd));
  // Other change requests' steps whose exposure overlaps a summarised step's exposure: they are judged
  // together with it (invariant 6), so the board sees them on the same chart.
  const collisions = [...timeline.exposures.values()].filter(
    (e) => !focusKeys.has(stepKey(e.step)) && focusExposures.some((f) => e.step.window.start < f.exposureEnd && e.exposureEnd > f.step.window.start),
  );
  // Pad to whole hours and keep the next daily peak in view: "ahead of the evening peak" must be visible.
  let start = Math.floor((spanStart - HOUR) / HOUR) * HOUR;
  let end = Math.ceil((spanEnd + HOUR) / HOUR) * HOUR;
  const peaks = dailyPeaks(network, start, end + 24 * HOUR);
  const firstPeakAfter = peaks.find((p) => p >= spanStart);
  if (firstPeakAfter !== undefined) end = Math.max(end, firstPeakAfter + 2 * HOUR);
  for (const e of collisions) start = Math.min(start, Math.floor(e.step.window.start / HOUR) * HOUR);

  const failingSpans = mergeSpans(timeline.intervals.filter((iv) => failing.has(iv.index) && iv.end > start && iv.start < end), clock);
  const contextFailing = mergeSpans(timeline.intervals.filter((iv) => !failing.has(iv.index) && failingBy.has(iv.index) && iv.end > start && iv.start < end), clock).map((span) => ({
    ...span,
    changes: [...new Set(timeline.intervals.filter((iv) => iv.start >= span.start && iv.end <= span.end).flatMap((iv) => [...(failingBy.get(iv.index) ?? [])]))].filter((id) => id !== '').sort(),
  }));
  const overlapsFailing = (s: number, e: number) => failingSpans.some((f) => s < f.end && e > f.start);
  const bars: GanttBar[] = [];
  const addBars = (e: StepExposure, kind: 'focus' | 'collision') => {
    for (const site of sortSites(network, stepSites(network, e))) {
      const base = { site, changeId: e.step.changeId, stepId: e.step.id, action: e.step.action };
      bars.push({ ...base, start: e.step.window.start, end: e.step.window.end, kind, label: `${e.step.changeId} ${e.step.id} ${e.step.action}`, failing: overlapsFailing(e.step.window.start, e.step.window.end) });
      if (kind === 'focus' && e.exposureEnd > e.step.window.end) {
        bars.push({ ...base, start: e.step.window.end, end: e.exposureEnd, kind: 'soak', label: `${e.step.changeId} ${e.step.id} unproven until ${clock.medium(e.exposureEnd)}`, failing: overlapsFailing(e.step.window.end, e.exposureEnd) });
      }
    }
  };
  for (const e of focusExposures) addBars(e, 'focus');
  for (const e of collisions) addBars(e, 'collision');
  const rows = sortSites(network, bars.map((b) => b.site)).map((site) => ({ site, name: network.inventory.sites.get(site)?.name ?? site }));

  const shades: Shade[] = [];
  for (const w of windowOccurrences(network.policy, network.forecast.holidays, start, end)) shades.push({ kind: 'window', start: w.start, end: w.end, label: `maintenance window ${w.label}` });
  for (const f of network.policy.freezePeriods) if (f.end > start && f.start < end) shades.push({ kind: 'freeze', start: f.start, end: f.end, label: `freeze ${f.id}` });
  for (const p of dailyPeaks(network, start, end)) shades.push({ kind: 'peak', start: p, end: p + HOUR, label: `daily traffic peak ${clock.time(p)}` });
  void focusIntervals;
  return {
    start,
    end,
    rows,
    bars,
    shades,
    failing: failingSpans,
    contextFailing,
    ticks: clock.ticks(start, end),
    multiChange: new Set(focusExposures.map((e) => e.step.changeId)).size > 1,
    highlight: head ? { ...head.interval, label: `${head.sitesAtRisk.length} of ${head.siteCount} sites at risk, ${head.interval.label} (${head.dayPart})` } : undefined,
  };
}

function mergeSpans(intervals: Interval[], clock: Clock): Span[] {
  const spans: { start: number; end: number }[] = [];
  for (const iv of intervals) {
    const last = spans[spans.length - 1];
    if (last && last.end === iv.start) last.end = iv.end;
    else spans.push({ start: iv.start, end: iv.end });
  }
  return spans.map((s) => ({ ...s, label: clock.span(s.start, s.end) }));
}

function routeText(r: { callServer: string; trunk: string; switch: string; psap: string }): string {
  return `${r.callServer} → ${r.trunk} → ${r.switch} → ${r.psap}`;
}

function blastRadius(network: Network, focusExposures: StepExposure[], focusIntervals: Interval[], clock: Clock): BlastRadius {
  const servers = new Set(focusExposures.flatMap((e) => e.servers));
  const trunks = new Set(focusExposures.flatMap((e) => e.trunks));
  const numbers: NumberExposure[] = [];
  const psapNumbers = new Map<string, Set<string>>();
  for (const n of network.inventory.emergencyNumbers.values()) {
    const touched = n.routes.filter((r) => servers.has(r.callServer) || trunks.has(r.trunk));
    if (touched.length === 0) continue;
    for (const r of touched) {
      const set = psapNumbers.get(r.psap) ?? new Set<string>();
      set.add(n.number);
      psapNumbers.set(r.psap, set);
    }
    let worst: Interval | undefined;
    let remaining = n.routes;
    for (const iv of focusIntervals) {
      const atRiskServers = new Set(iv.atRiskServers);
      const atRiskTrunks = new Set(iv.atRiskTrunks);
      const left = n.routes.filter((r) => !atRiskServers.has(r.callServer) && !atRiskTrunks.has(r.trunk));
      if (worst === undefined || left.length < remaining.length) {
        worst = iv;
        remaining = left;
      }
    }
    numbers.push({
      number: n.number,
      name: n.name,
      psaps: [...new Set(touched.map((r) => r.psap))].sort(),
      routes: n.routes.length,
      touchedRoutes: touched.length,
      remaining: remaining.map(routeText),
      remainingSites: sortSites(network, remaining.map((r) => siteOf(network, r.callServer))),
      worst: worst ? { start: worst.start, end: worst.end, label: clock.span(worst.start, worst.end) } : undefined,
    });
  }
  const sites = sortSites(network, focusExposures.flatMap((e) => stepSites(network, e)));
  return {
    servers: [...servers].sort(),
    trunks: [...trunks].sort(),
    sites,
    numbers,
    psaps: [...psapNumbers.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, nums]) => ({ id, name: network.inventory.psaps.get(id)?.name ?? id, numbers: [...nums] })),
  };
}

function targetsText(step: Step): string {
  const parts: string[] = [];
  if (step.targets.sites.length > 0) parts.push(`sites ${step.targets.sites.join(', ')}`);
  if (step.targets.callServers.length > 0) parts.push(`servers ${step.targets.callServers.join(', ')}`);
  if (step.targets.trunks.length > 0) parts.push(`trunks ${step.targets.trunks.join(', ')}`);
  return parts.join('; ') || 'nothing';
}

function rollbackView(step: Step, network: Network, clock: Clock): RollbackView {
  const base = {
    changeId: step.changeId,
    stepId: step.id,
    action: step.action,
    targets: targetsText(step),
    window: clock.span(step.window.start, step.window.end),
    procedure: step.rollback?.procedure,
    minutes: step.rollback?.minutes,
    includesTrafficRecovery: step.rollback?.includesTrafficRecovery ?? false,
  };
  const occurrence = windowOccurrences(network.policy, network.forecast.holidays, step.window.start, step.window.end).find(
    (w) => w.start <= step.window.start && step.window.start < w.end,
  );
  if (!step.rollback) return { ...base, fit: 'missing', fitText: 'No rollback procedure' };
  const rollbackEnd = step.window.end + step.rollback.minutes * 60_000;
  if (!occurrence) return { ...base, fit: 'outside', fitText: `No: the step starts outside every maintenance window; rollback would end ${clock.time(rollbackEnd)}` };
  if (rollbackEnd <= occurrence.end) return { ...base, fit: 'fits', fitText: `Yes: ends ${clock.time(rollbackEnd)}, window closes ${clock.time(occurrence.end)}` };
  return { ...base, fit: 'overruns', fitText: `No: ends ${clock.time(rollbackEnd)}, ${duration(rollbackEnd - occurrence.end)} after the window closes at ${clock.time(occurrence.end)}` };
}

function verificationView(step: Step, network: Network, timeline: Timeline): VerificationView {
  const exposure = timeline.exposures.get(stepKey(step));
  const servers = new Set(exposure?.servers ?? []);
  const trunks = new Set(exposure?.trunks ?? []);
  const served = [...network.inventory.emergencyNumbers.values()]
    .filter((n) => n.routes.some((r) => servers.has(r.callServer) || trunks.has(r.trunk)))
    .map((n) => n.number);
  const tested = [...new Set(step.testCalls.map((t) => t.number))];
  return {
    changeId: step.changeId,
    stepId: step.id,
    action: step.action,
    tested,
    served,
    missing: served.filter((n) => !tested.includes(n)),
    from: [...new Set(step.testCalls.map((t) => t.from).filter((f): f is string => f !== undefined))],
  };
}

function stakeholderView(c: ChangeRequest, network: Network, timeline: Timeline, asOf: number | undefined, clock: Clock): StakeholderView {
  const first = c.steps.length > 0 ? Math.min(...c.steps.map((s) => s.window.start)) : undefined;
  const exposures = c.steps.map((s) => timeline.exposures.get(stepKey(s))).filter((e): e is StepExposure => e !== undefined);
  const servers = new Set(exposures.flatMap((e) => e.servers));
  const trunks = new Set(exposures.flatMap((e) => e.trunks));
  const affected = new Set<string>();
  for (const n of network.inventory.emergencyNumbers.values()) for (const r of n.routes) if (servers.has(r.callServer) || trunks.has(r.trunk)) affected.add(r.psap);
  const covered = new Set(c.notify.filter((s) => s.party === 'psap' || s.party === 'emergency-services').flatMap((s) => s.psaps));
  return {
    changeId: c.id,
    notify: c.notify.map((s) => {
      const by = first !== undefined ? first - s.leadTimeHours * HOUR : undefined;
      return {
        party: s.party,
        name: s.name,
        contact: s.contact ?? '',
        psaps: s.psaps,
        leadTimeHours: s.leadTimeHours,
        notifyBy: by !== undefined ? clock.long(by) : '',
        late: by !== undefined && asOf !== undefined && by < asOf,
      };
    }),
    escalation: c.escalation ? { contact: c.escalation.contact, phone: c.escalation.phone ?? '', targetMinutes: c.escalation.targetMinutes } : undefined,
    uncoveredPsaps: [...affected].filter((p) => !covered.has(p)).sort(),
  };
}

/** The page documenting a rule: a built-in rule's page, or a custom rule's own Rule document in the repository. */
export function ruleDocHref(report: Pick<CabReport, 'docsBase' | 'customRuleFiles'>, ruleId: string): string {
  return Object.hasOwn(report.customRuleFiles, ruleId) ? (report.customRuleFiles[ruleId] as string) : `${report.docsBase}/${ruleId}.md`;
}
