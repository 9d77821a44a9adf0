// The CAB review summary as data: everything the Markdown and HTML renderers show, derived only from
// one Evaluation (the same evaluate() call as `changegate check`), so the summary can never disagree
// with the verdict. Renderers format; they compute nothing about the plan.
import type { Counts, Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Finding } from '../engine/finding.ts';
import type { ChangeRequest, Network, Severity, Step } from '../model/types.ts';
import { dailyPeaks } from '../timeline/build.ts';
import { dayTypeOf, localParts } from '../timeline/time.ts';
import type { Interval, StepExposure, Timeline } from '../timeline/types.ts';
import { stepKey } from '../timeline/types.ts';
import { capacityRows } from './capacity.ts';
import type { CapacityRow } from './capacity.ts';
import { Clock, duration, windowOccurrences } from './clock.ts';
import { describeApprovals } from '../report/summary.ts';
import { describeRisk } from './risk.ts';
import type { RiskSummary } from './risk.ts';

const HOUR = 3600_000;

export interface CabOptions {
  /** Change request ids to summarise; empty means every change request on the timeline. */
  changes: readonly string[];
  /** Base of the links to the rules' docs pages, e.g. "../docs/rules" or a URL (no trailing slash needed). */
  docsBase: string;
  /** The repository as the user named it, shown in the attestation. */
  repoLabel: string;
}

/** What the evaluation covered (the same counts as `check`), as of when, for which repository. */
export interface Attestation extends Counts {
  ruleIds: string[];
  asOf: number | undefined;
  asOfText: string;
  repo: string;
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
  /** The interval the headline is about (first interval with the most sites at risk), if any. */
  highlight: Span | undefined;
  /** More than one change request is summarised: step ids alone are ambiguous on the chart. */
  multiChange: boolean;
}

export interface Headline {
  /** Interval with the most sites at risk at once (the first such one). */
  interval: Span;
  sitesAtRisk: string[];
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
  verdict: VerdictStatus;
  verdictText: string;
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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

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

  const docHref = (ruleId: string) => `${options.docsBase.replace(/\/+$/, '')}/${ruleId}.md`;
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
  // Blocking first; within a severity the evaluation's own deterministic order is kept.
  const findings = evaluation.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => inScope(f))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => toView(f));
  const waived = evaluation.waived.filter(inScope).map(toView);
  const otherFindings = evaluation.findings.filter((f) => !inScope(f)).length;

  const title = focusChanges.length === 1 ? `${focusChanges[0]?.id}: ${focusChanges[0]?.title}` : focusChanges.length > 1 ? `${focusChanges.length} change requests: ${focusChanges.map((c) => c.id).join(', ')}` : 'No change request';
  const report: CabReport = {
    title,
    subtitle: `CAB review summary of ${options.repoLabel}`,
    verdict: evaluation.verdict,
    verdictText: verdictText(evaluation, findings),
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
  if (!network || !timeline) {
    notes.push('The repository could not be evaluated far enough to draw the plan (see the findings): the timeline, capacity and blast-radius sections are empty. Fix the input errors and run the report again.');
    return report;
  }
  if (focusChanges.length === 0) notes.push('No change request is on the timeline: nothing to summarise.');
  for (const c of focusChanges) {
    if (!network.changes.includes(c)) notes.push(`${c.id} is in state ${c.state}, so it is not on the timeline and the invariant rules did not judge it; use --include-drafts for a draft.`);
  }

  const focusKeys = new Set(focusChanges.flatMap((c) => c.steps.map(stepKey)));
  const focusExposures = [...timeline.exposures.values()].filter((e) => focusKeys.has(stepKey(e.step)));
  const focusIntervals = timeline.intervals.filter((iv) => iv.exposures.some((e) => focusKeys.has(stepKey(e.step))));
  const failingIdx = failingIntervals(evaluation, timeline, clock);

  const capacity = capacityRows(evaluation, network, timeline, focusIntervals, failingIdx, clock);
  if (capacity.note) notes.push(capacity.note);
  report.capacity = capacity;
  report.changes = focusChanges.map((c) => changeView(c, evaluation, network, timeline, clock));
  report.headline = headline(network, focusIntervals, failingIdx, capacity.rows, clock);
  report.gantt = gantt(network, timeline, focusExposures, focusIntervals, failingIdx, report.headline, clock);
  report.blast = blastRadius(network, focusExposures, focusIntervals, clock);
  const steps = focusChanges.flatMap((c) => c.steps);
  report.rollback = steps.map((s) => rollbackView(s, network, clock));
  report.verification = steps.map((s) => verificationView(s, network, timeline));
  report.stakeholders = focusChanges.map((c) => stakeholderView(c, network, timeline, evaluation.asOf, clock));
  for (const c of report.changes) if (c.risk.note) notes.push(c.risk.note);
  return report;
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
    repo: options.repoLabel,
    timeZone: clock.timeZone,
    approvals: evaluation.approvals ? describeApprovals(evaluation.approvals) : 'No policy was read, so no approval was verified.',
  };
}

function verdictText(evaluation: Evaluation, findings: FindingView[]): string {
  const blocking = findings.filter((f) => f.blocking).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  switch (evaluation.verdict) {
    case 'pass':
      return 'PASS: no finding blocks this plan.';
    case 'warn':
      return `WARN: nothing blocks, but ${plural(evaluation.counts.warnings, 'warning')} need a decision.`;
    case 'fail':
      return `FAIL: ${plural(evaluation.counts.errors, 'blocking finding')} in the plan (${blocking} about the change requests summarised here). Do not approve as planned.`;
    case 'error':
      return 'ERROR: the gate could not evaluate the repository; nothing can be approved from this evaluation.';
  }
}

/**
 * Intervals named by a blocking finding. Invariant rules report a run of intervals with `runStart` and
 * `runEnd`, or `intervalStart` and `intervalEnd`, in `data`, written with the same formatInstant as the timeline's boundaries; an
 * interval is failing when it lies inside such a run. Matching on the rendered instants (not on a
 * second computation) keeps the marks exactly where the rules put them.
 */
export function failingIntervals(evaluation: Evaluation, timeline: Timeline, clock: Clock): Set<number> {
  const failing = new Set<number>();
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
      for (let i = first; i <= last; i++) failing.add(i);
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
  };
}

function headline(network: Network, focus: Interval[], failing: Set<number>, rows: CapacityRow[], clock: Clock): Headline | undefined {
  if (focus.length === 0) return undefined;
  const sitesAt = (iv: Interval) => sortSites(network, iv.atRiskServers.map((s) => siteOf(network, s)));
  let best = focus[0] as Interval;
  for (const iv of focus) if (sitesAt(iv).length > sitesAt(best).length) best = iv;
  const sites = sitesAt(best);
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
  return {
    interval: { start: best.start, end: best.end, label: clock.span(best.start, best.end) },
    sitesAtRisk: sites,
    siteCount: network.inventory.sites.size,
    serversAtRisk: best.atRiskServers.length,
    serverCount: network.inventory.callServers.size,
    dayPart: clock.dayPart(best.start),
    nextPeak,
    margin: rows.find((r) => r.index === best.index),
    failing: failing.has(best.index),
  };
}

function gantt(network: Network, timeline: Timeline, focusExposures: StepExposure[], focusIntervals: Interval[], failing: Set<number>, head: Headline | undefined, clock: Clock): GanttView | undefined {
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
