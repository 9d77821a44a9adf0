import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  rankFindings
} from "./cli-chunk-VGQZXMZU.js";
import {
  describeApprovals
} from "./cli-chunk-2LXPUEUT.js";
import {
  INPUT_RULE_IDS
} from "./cli-chunk-R64I6EY7.js";
import {
  capacityIndexFor,
  capacitySettings,
  deriveRisk,
  lossesOf,
  remainingCapacity,
  requiredCapacity,
  riskRank,
  riskSettings,
  worstSiteLoss
} from "./cli-chunk-IHQNHCRA.js";
import {
  dailyPeaks,
  stepKey
} from "./cli-chunk-TO5V6PRQ.js";
import {
  progressText
} from "./cli-chunk-IK2H635M.js";
import {
  dayTypeOf,
  formatInstant,
  localParts,
  parseInstant,
  zoneOf
} from "./cli-chunk-45VVUP2D.js";
import {
  DateTime
} from "./cli-chunk-W4CA3O5L.js";
import {
  withheldText
} from "./cli-chunk-POQZWAN2.js";

// src/cab/capacity.ts
function headroomOf(evaluation) {
  const setting = evaluation.settings.find((e) => e.rule.id === "surviving-capacity");
  return { headroom: capacitySettings(setting?.options).headroom, fromRule: setting !== void 0 };
}
function capacityRows(evaluation, network, timeline, intervals, failing, clock, isFocus = () => true) {
  const { headroom, fromRule } = headroomOf(evaluation);
  const inv = network.inventory;
  const index = capacityIndexFor(network, timeline);
  const order = [...inv.sites.keys()];
  const rows = intervals.map((iv) => {
    const losses = lossesOf(network, iv.exposures, iv.start);
    const judge = (scope) => {
      const remaining = remainingCapacity(network, index, iv.start, losses, scope);
      const judgement = worstSiteLoss(remaining, requiredCapacity(iv.forecast, 1 + headroom, scope));
      return { remaining, judgement };
    };
    const all = judge("all");
    const emergency = judge("emergency");
    const installed = (scope, metric) => index.siteIds.reduce((sum, site) => sum + index.siteTotalsAt(site, iv.start, scope)[metric], 0);
    const figures = (j, scope, metric, forecast) => ({
      installed: installed(scope, metric),
      available: j.remaining.total[metric],
      largestSite: j.judgement.lostSite,
      largestSiteCapacity: j.judgement.lostSiteCapacity[metric],
      afterN1: j.judgement.available[metric],
      forecast,
      required: j.judgement.required[metric],
      margin: j.judgement.margin[metric]
    });
    const f = iv.forecast;
    const byServer = figures(emergency, "emergency", "sessions", f.emergencySessions);
    const byTrunk = figures(emergency, "emergency", "trunkSessions", f.emergencySessions);
    const siteOf2 = (s) => inv.callServers.get(s)?.site ?? s;
    const sites = [...new Set(iv.atRiskServers.map(siteOf2))];
    sites.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const own = iv.exposures.filter(isFocus);
    const ownSites = [...new Set(own.flatMap((e) => [...e.servers.map(siteOf2), ...e.trunks.map((t) => siteOf2(inv.trunks.get(t)?.callServer ?? t))]))];
    ownSites.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const others = [...new Set(iv.exposures.filter((e) => !isFocus(e)).map((e) => e.step.changeId))].sort();
    return {
      index: iv.index,
      start: iv.start,
      end: iv.end,
      label: clock.span(iv.start, iv.end),
      shortLabel: clock.short(iv.start),
      busiestHour: f.busiestHour.replace("T", " "),
      sitesAtRisk: sites,
      serversAtRisk: iv.atRiskServers.length,
      ownSites,
      others,
      failing: failing.has(iv.index),
      all: figures(all, "all", "sessions", f.totalSessions),
      cps: figures(all, "all", "cps", f.totalCps),
      emergency: byTrunk.margin < byServer.margin ? byTrunk : byServer
    };
  });
  const minBy = (pick) => rows.reduce((best, r) => best === void 0 || pick(r) < pick(best) ? r : best, void 0);
  const pct = `${Math.round(headroom * 100)} %`;
  const note = !fromRule ? `Capacity margins use the default headroom of ${pct}: the evaluated rule pack had no surviving-capacity rule to take it from.` : "";
  return { rows, minAll: minBy((r) => r.all.margin), minEmergency: minBy((r) => r.emergency.margin), headroom, note };
}

// src/cab/clock.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var Clock = class {
  constructor(timeZone) {
    this.timeZone = timeZone;
  }
  timeZone;
  dt(ms) {
    const zone = zoneOf(this.timeZone);
    return DateTime.fromMillis(ms, zone ? { zone } : { zone: "utc" });
  }
  /** "2026-12-09 16:30 (+01:00)": the exact form the rules use in their messages. */
  exact(ms) {
    return formatInstant(ms, this.timeZone);
  }
  /** "Wed 9 Dec 2026 16:30". */
  long(ms) {
    return this.dt(ms).setLocale("en-GB").toFormat("ccc d LLL yyyy HH:mm");
  }
  /** "Wed 9 Dec 16:30". */
  medium(ms) {
    return this.dt(ms).setLocale("en-GB").toFormat("ccc d LLL HH:mm");
  }
  /** "Wed 16:30". */
  short(ms) {
    return this.dt(ms).setLocale("en-GB").toFormat("ccc HH:mm");
  }
  /** "16:30". */
  time(ms) {
    return this.dt(ms).toFormat("HH:mm");
  }
  /** "2026-12-09 16:30", the form Mermaid's gantt reads (wall clock, no zone). */
  mermaid(ms) {
    return this.dt(ms).toFormat("yyyy-MM-dd HH:mm");
  }
  /** "Wed 9 Dec 16:30–17:30", or with both dates when the span crosses midnight. */
  span(start, end) {
    const sameDay = this.dt(start).toISODate() === this.dt(end - 1).toISODate();
    return sameDay ? `${this.medium(start)}\u2013${this.time(end)}` : `${this.medium(start)} \u2013 ${this.medium(end)}`;
  }
  /** Local hour (0..23). */
  hour(ms) {
    return localParts(ms, this.timeZone).hour;
  }
  /** Part of the day an instant falls in, as the board would say it. */
  dayPart(ms) {
    const h = this.hour(ms);
    if (h < 6) return "night";
    if (h < 12) return "morning";
    if (h < 18) return "afternoon";
    return "evening";
  }
  /** Start of the local day holding `ms`, plus `days`. */
  startOfDay(ms, days = 0) {
    return this.dt(ms).startOf("day").plus({ days }).toMillis();
  }
  /** Local date "YYYY-MM-DD". */
  date(ms) {
    return localParts(ms, this.timeZone).date;
  }
  /**
   * Axis ticks on whole local hours: the smallest step of 1, 2, 3, 6, 12 or 24 hours that gives at most
   * `maxTicks` ticks over the span; steps are counted from local midnight so 00:00 is always a tick.
   */
  ticks(start, end, maxTicks = 14) {
    const stepHours = [1, 2, 3, 6, 12, 24, 48, 96, 168].find((h) => (end - start) / (h * HOUR) <= maxTicks) ?? 336;
    const out = [];
    let t = this.dt(start).startOf("hour");
    const stop = this.dt(end);
    for (let guard = 0; t <= stop && guard < 1e4; guard++, t = t.plus({ hours: 1 })) {
      if (t.toMillis() < start) continue;
      const sinceMidnight = t.hour;
      const dayIndex = Math.floor(t.startOf("day").toMillis() / (24 * HOUR));
      const aligned = stepHours <= 24 ? sinceMidnight % stepHours === 0 : sinceMidnight === 0 && dayIndex % (stepHours / 24) === 0;
      if (!aligned) continue;
      const midnight = sinceMidnight === 0;
      out.push({ at: t.toMillis(), label: midnight ? t.setLocale("en-GB").toFormat("ccc d LLL") : t.toFormat("HH:mm"), midnight });
    }
    return out;
  }
};
function duration(ms) {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
function windowOccurrences(policy, holidays, from, to) {
  const clock = new Clock(policy.timeZone);
  const out = [];
  for (let day = clock.startOfDay(from, -1), guard = 0; day <= to && guard < 400; day = clock.startOfDay(day, 1), guard++) {
    const date = clock.date(day);
    const dayType = dayTypeOf(localParts(day, policy.timeZone), holidays);
    for (const w of policy.maintenanceWindows) {
      if (!w.days.includes(dayType)) continue;
      const occurrence = occurrenceOn(w, date, day, clock, policy.timeZone);
      if (occurrence && occurrence.end > from && occurrence.start < to) out.push(occurrence);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
function occurrenceOn(w, date, dayStart, clock, zone) {
  const start = parseInstant(`${date}T${w.start}`, zone);
  if (!start.ok) return void 0;
  let end;
  if (w.end === "24:00") end = clock.startOfDay(dayStart, 1);
  else {
    const crosses = w.end <= w.start;
    const endDate = crosses ? clock.date(clock.startOfDay(dayStart, 1)) : date;
    const parsed = parseInstant(`${endDate}T${w.end}`, zone);
    if (!parsed.ok) return void 0;
    end = parsed.ms;
  }
  return { start: start.ms, end, label: `${w.start}\u2013${w.end}` };
}

// src/cab/risk.ts
function describeRisk(evaluation, network, timeline, change) {
  const findings = evaluation.findings.filter((f) => f.ruleId === "risk-classification" && f.changeId === change.id).map((f) => f.message);
  try {
    const options = riskSettings(evaluation.settings.find((e) => e.rule.id === "risk-classification")?.options);
    const derived = deriveRisk(network, timeline, change, options);
    return {
      declared: change.declaredRisk,
      derived: derived.class,
      understated: riskRank(derived.class) > riskRank(change.declaredRisk),
      reasons: derived.reasons,
      findings,
      note: void 0
    };
  } catch (err) {
    return {
      declared: change.declaredRisk,
      derived: void 0,
      understated: false,
      reasons: [],
      findings,
      note: `The risk class of ${change.id} could not be derived (${err instanceof Error ? err.message : String(err)}); only the declared class is shown.`
    };
  }
}

// src/cab/stories.ts
var VARYING_LABELS = {
  number: "emergency numbers",
  group: "redundancy groups",
  scope: "scopes",
  party: "parties",
  stepId: "steps",
  server: "call servers",
  site: "sites",
  trunk: "trunks"
};
function scalarText(value) {
  return typeof value === "string" || typeof value === "number" ? String(value) : void 0;
}
function varyingField(group) {
  if (group.length < 2) return void 0;
  const first = group[0];
  const keys = [...Object.keys(VARYING_LABELS).filter((k) => k in first.data), ...Object.keys(first.data).sort()];
  for (const key of keys) {
    const values = group.map((f) => scalarText(f.data[key]));
    if (values.some((v) => v === void 0)) continue;
    const distinct = [...new Set(values)];
    if (distinct.length > 1) return { label: VARYING_LABELS[key] ?? key, values: distinct };
  }
  return void 0;
}
function location(f) {
  return f.file === "" ? "(repository)" : `${f.file}:${f.line}:${f.column}`;
}
function mergeStories(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of rankFindings(findings)) {
    const key = JSON.stringify([f.ruleId, f.messageId, f.severity, f.changeId ?? "", f.stepId ?? "", f.waivedBy ?? ""]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    return {
      ruleId: first.ruleId,
      severity: first.severity,
      blocking: first.severity === "error" && first.waivedBy === void 0,
      changeId: first.changeId,
      stepId: first.stepId,
      count: group.length,
      varies: varyingField(group),
      message: first.message,
      locations: [...new Set(group.map(location))],
      waivedBy: first.waivedBy
    };
  });
}
function storyCountText(story) {
  if (story.count === 1) return "";
  if (story.varies) return `${story.count} findings, ${story.varies.label}: ${story.varies.values.join(", ")}`;
  return `${story.count} findings`;
}
function briefMessage(message, max = 160) {
  const cut = message.indexOf(". ");
  const sentence = cut > 0 ? message.slice(0, cut + 1) : message;
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(" ", max - 1);
  return `${sentence.slice(0, space > max / 2 ? space : max - 1)}\u2026`;
}

// src/cab/model.ts
var HOUR2 = 36e5;
function sourceText(source) {
  const where = source.folder === "" ? source.name : `${source.name}/${source.folder}`;
  const commit = source.commit !== void 0 ? ` at commit ${source.commit.slice(0, 12)}${source.dirty ? " with uncommitted edits" : ""}` : " (not in a git repository)";
  const pr = source.pullRequest !== void 0 ? `, pull request ${source.pullRequest}` : "";
  return `${where}${commit}${pr}`;
}
function unknownChanges(evaluation, wanted) {
  const known = new Set(evaluation.changes.map((c) => c.id));
  return wanted.filter((id) => !known.has(id));
}
function buildCabReport(evaluation, options) {
  const network = evaluation.network;
  const timeline = evaluation.timeline;
  const clock = new Clock(network?.policy.timeZone ?? "UTC");
  const notes = [];
  const focusIds = new Set(
    options.changes.length > 0 ? options.changes : (network?.changes ?? []).map((c) => c.id)
  );
  const focusChanges = (network?.allChanges ?? []).filter((c) => focusIds.has(c.id));
  const attestation = attest(evaluation, options, clock);
  const filesBase = (options.repoFilesBase ?? "").replace(/\/+$/, "");
  const customRuleFiles = Object.fromEntries((evaluation.customRules ?? []).filter((r) => r.source !== void 0).map((r) => [r.id, filesBase === "" ? r.source : `${filesBase}/${r.source}`]));
  const docHref = (ruleId) => ruleDocHref({ docsBase: options.docsBase.replace(/\/+$/, ""), customRuleFiles }, ruleId);
  const inScope = (f) => f.changeId === void 0 || focusIds.has(f.changeId);
  const toView = (f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    blocking: f.severity === "error",
    message: f.message,
    location: f.file === "" ? "(repository)" : `${f.file}:${f.line}:${f.column}`,
    changeId: f.changeId,
    stepId: f.stepId,
    docHref: docHref(f.ruleId),
    waivedBy: f.waivedBy
  });
  const ownFindings = evaluation.findings.filter(inScope);
  const findings = rankFindings(ownFindings).map(toView);
  const waived = evaluation.waived.filter(inScope).map(toView);
  const otherFindings = evaluation.findings.filter((f) => !inScope(f)).length;
  const statuses = new Map(evaluation.changes.map((c) => [c.id, c.status]));
  const verdict = scopeStatus(focusChanges.map((c) => statuses.get(c.id) ?? "not evaluated"), evaluation.verdict);
  const title = focusChanges.length === 1 ? `${focusChanges[0]?.id}: ${focusChanges[0]?.title}` : focusChanges.length > 1 ? `${focusChanges.length} change requests: ${focusChanges.map((c) => c.id).join(", ")}` : "No change request";
  const report = {
    title,
    subtitle: `CAB review summary of ${sourceText(options.source)}`,
    source: options.source,
    docsBase: options.docsBase.replace(/\/+$/, ""),
    customRuleFiles,
    verdict,
    verdictText: verdictText(verdict, evaluation, focusChanges, ownFindings),
    plan: { verdict: evaluation.verdict, text: planText(evaluation, focusIds, otherFindings) },
    context: [],
    decision: { recommendation: "reject", reasons: [], conditions: [] },
    stories: mergeStories(ownFindings).map((s) => s),
    attestation,
    changes: [],
    headline: void 0,
    gantt: void 0,
    capacity: void 0,
    blast: void 0,
    rollback: [],
    verification: [],
    stakeholders: [],
    findings,
    waived,
    otherFindings,
    notes
  };
  for (const w of evaluation.withheld) if (focusIds.has(w.changeId)) notes.push(withheldText(w));
  if (!network || !timeline) {
    notes.push("The repository could not be evaluated far enough to draw the plan (see the findings): the timeline, capacity and blast-radius sections are empty. Fix the input errors and run the report again.");
    report.decision = decide(report, evaluation);
    return report;
  }
  if (focusChanges.length === 0) notes.push("No change request is on the timeline: nothing to summarise.");
  for (const c of focusChanges) {
    if (!network.changes.includes(c)) notes.push(`${c.id} is in state ${c.state}, so it is not on the timeline and the invariant rules did not judge it; use --include-drafts for a draft.`);
  }
  const focusKeys = new Set(focusChanges.flatMap((c) => c.steps.map(stepKey)));
  const isFocus = (e) => focusKeys.has(stepKey(e.step));
  const focusExposures = [...timeline.exposures.values()].filter(isFocus);
  const focusIntervals = timeline.intervals.filter((iv) => iv.exposures.some(isFocus));
  const failingBy = failingIntervalsBy(evaluation, timeline, clock);
  const failingIdx = new Set([...failingBy].filter(([, ids]) => [...ids].some((id) => id === "" || focusIds.has(id))).map(([i]) => i));
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
var STATUS_ORDER = { fail: 0, "not evaluated": 1, warn: 2, pass: 3 };
function scopeStatus(statuses, runVerdict) {
  if (statuses.length === 0) return runVerdict === "error" ? "not evaluated" : "pass";
  return statuses.reduce((worst, s) => STATUS_ORDER[s] < STATUS_ORDER[worst] ? s : worst);
}
function attest(evaluation, options, clock) {
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
    asOfText: evaluation.asOf === void 0 ? "unknown instant" : `${new Date(evaluation.asOf).toISOString()} (${clock.exact(evaluation.asOf)})`,
    errors: c.errors,
    warnings: c.warnings,
    notices: c.notices,
    waived: c.waived,
    repo: sourceText(options.source),
    version: options.source.version,
    timeZone: clock.timeZone,
    approvals: evaluation.approvals ? describeApprovals(evaluation.approvals) : "No policy was read, so no approval was verified."
  };
}
var plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
function verdictText(verdict, evaluation, focus, own) {
  const ids = focus.map((c) => c.id).join(", ") || "the summarised change requests";
  const blocking = own.filter((f) => f.severity === "error").length;
  const warnings = own.filter((f) => f.severity === "warning").length;
  switch (verdict) {
    case "pass":
      return `PASS: no finding of its own blocks ${ids}.`;
    case "warn":
      return `WARN: nothing of its own blocks ${ids}, but ${plural(warnings, "warning")} need a decision.`;
    case "fail":
      return `FAIL: ${plural(blocking, "blocking finding")} about ${ids}. Do not approve as planned.`;
    case "not evaluated":
      return evaluation.verdict === "error" ? `NOT EVALUATED: the gate could not evaluate the repository (${plural(evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId)).length, "input finding")}), so nothing about ${ids} can be approved from this evaluation.` : `NOT EVALUATED: ${ids} is not on the timeline (state ${focus.map((c) => c.state).join(", ")}), so the rules did not judge it.`;
  }
}
function planText(evaluation, focusIds, otherFindings) {
  const others = [...new Set(evaluation.findings.filter((f) => f.severity === "error" && f.changeId !== void 0 && !focusIds.has(f.changeId)).map((f) => f.changeId))].sort();
  const verdict = evaluation.verdict.toUpperCase();
  const whose = others.length > 0 ? `; ${plural(otherFindings, "finding")} about ${others.join(", ")}` : "";
  return `The repository's plan as a whole: ${verdict} (${plural(evaluation.counts.errors, "blocking finding")}${whose}). The exit code follows this verdict, as for changegate check.`;
}
function contextChanges(network, timeline, focusExposures, evaluation, clock) {
  const focusKeys = new Set(focusExposures.map((e) => stepKey(e.step)));
  const byChange = /* @__PURE__ */ new Map();
  for (const e of timeline.exposures.values()) {
    if (focusKeys.has(stepKey(e.step))) continue;
    const hit = focusExposures.filter((f) => e.step.window.start < f.exposureEnd && e.exposureEnd > f.step.window.start);
    if (hit.length === 0) continue;
    const entry = byChange.get(e.step.changeId) ?? { steps: [], overlaps: /* @__PURE__ */ new Set() };
    entry.steps.push(e);
    for (const f of hit) entry.overlaps.add(f.step.id);
    byChange.set(e.step.changeId, entry);
  }
  return [...byChange.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, { steps, overlaps }]) => {
    const change = network.allChanges.find((c) => c.id === id);
    const summary = evaluation.changes.find((c) => c.id === id);
    const status = summary?.status ?? "not evaluated";
    const blocking = evaluation.findings.filter((f) => f.changeId === id && f.severity === "error").length;
    const sites = sortSites(network, steps.flatMap((e) => stepSites(network, e)));
    const start = Math.min(...steps.map((e) => e.step.window.start));
    const end = Math.max(...steps.map((e) => e.exposureEnd));
    const stepIds = steps.map((e) => e.step.id);
    const overlapIds = [...overlaps];
    const label = clock.span(start, end);
    const judged = status === "fail" ? `fail, ${plural(blocking, "blocking finding")} of its own` : status;
    const text = `Judged together with ${id} (${judged}), whose ${stepIds.length === 1 ? "step" : "steps"} ${stepIds.join(", ")} ${stepIds.length === 1 ? "puts" : "put"} ${plural(sites.length, "site")} at risk from ${clock.medium(start)} to ${clock.medium(end)} (${sites.join(", ")}), overlapping this page's ${overlapIds.length === 1 ? "step" : "steps"} ${overlapIds.join(", ")}${status === "fail" || status === "not evaluated" ? ": approving this change does not make that one safe, and the plan as a whole does not pass until it is fixed" : ""}.`;
    return { id, title: change?.title ?? id, status, blocking, steps: stepIds, overlaps: overlapIds, sites, span: { start, end, label }, text };
  });
}
function decide(report, evaluation) {
  const conditions = [];
  const reasons = [];
  for (const c of report.changes) {
    for (const w of c.waivers) conditions.push(`Waiver ${w.id} (${w.rule}${w.step ? `, step ${w.step}` : ""}) stays in force: it expires ${w.expires}, approved by ${w.approvedBy}, ticket ${w.ticket}.`);
    for (const a of c.approvals) {
      const why = a.isOwner ? "the owner cannot approve their own change" : !a.knownApprover ? `${a.by} is not an approver of the policy` : a.revision === "stale" ? "it approved another revision" : a.revision === "none" ? "it names no revision" : "";
      if (why !== "") conditions.push(`The approval by ${a.by} (${a.role}) of ${c.id} does not count: ${why}; a valid approval of revision ${c.revision.slice(0, 19)}\u2026 is still missing.`);
    }
    if (c.approvals.length === 0) conditions.push(`${c.id} has no approval recorded yet: record the board's approval of revision ${c.revision.slice(0, 19)}\u2026 in the change request.`);
  }
  for (const x of report.context) {
    if (x.status === "fail" || x.status === "not evaluated") conditions.push(`${x.id} (${x.status}) overlaps steps ${x.overlaps.join(", ")}: it must be re-planned or rejected before they run; this approval does not cover it.`);
  }
  const blockingStories = report.stories.filter((s) => s.blocking);
  if (report.verdict === "not evaluated") {
    reasons.push(report.verdictText.replace(/^NOT EVALUATED: /, ""));
    return { recommendation: "reject", reasons, conditions };
  }
  if (report.verdict === "fail") {
    const top = blockingStories[0];
    reasons.push(`${plural(blockingStories.reduce((n, s) => n + s.count, 0), "blocking finding")} of its own, the highest impact first under the findings below${top ? ` (first: ${top.ruleId}${top.stepId ? `, step ${top.stepId}` : ""})` : ""}.`);
    return { recommendation: "reject", reasons, conditions };
  }
  for (const s of report.stories.filter((x) => x.severity === "warning")) conditions.push(`Accept or resolve: ${s.ruleId}${s.stepId ? ` (step ${s.stepId})` : ""}: ${briefMessage(s.message, 110)}${s.count > 1 ? ` (and ${s.count - 1} more like it)` : ""}`);
  void evaluation;
  if (conditions.length === 0) {
    reasons.push("No finding of its own, no waiver, its approvals count, and no overlapping change fails.");
    return { recommendation: "approve", reasons, conditions };
  }
  reasons.push(report.verdict === "warn" ? "Nothing of its own blocks; warnings and the conditions below need the board's decision." : "Nothing of its own blocks; an approval carries the conditions below.");
  return { recommendation: "approve with conditions", reasons, conditions };
}
function failingIntervalsBy(evaluation, timeline, clock) {
  const failing = /* @__PURE__ */ new Map();
  const starts = timeline.intervals.map((iv) => clock.exact(iv.start));
  const ends = timeline.intervals.map((iv) => clock.exact(iv.end));
  for (const f of evaluation.findings) {
    if (f.severity !== "error" || INPUT_RULE_IDS.has(f.ruleId)) continue;
    for (const [s, e] of [[f.data.runStart, f.data.runEnd], [f.data.intervalStart, f.data.intervalEnd]]) {
      if (typeof s !== "string" || typeof e !== "string") continue;
      const first = starts.indexOf(s);
      if (first < 0) continue;
      const last = ends.findIndex((text, i) => i >= first && text === e);
      if (last < 0) continue;
      for (let i = first; i <= last; i++) {
        const set = failing.get(i) ?? /* @__PURE__ */ new Set();
        set.add(f.changeId ?? "");
        failing.set(i, set);
      }
    }
  }
  return failing;
}
function siteOf(network, server) {
  return network.inventory.callServers.get(server)?.site ?? server;
}
function stepSites(network, exposure) {
  const sites = new Set(exposure.servers.map((s) => siteOf(network, s)));
  for (const t of exposure.trunks) {
    const trunk = network.inventory.trunks.get(t);
    if (trunk) sites.add(siteOf(network, trunk.callServer));
  }
  return [...sites];
}
function siteOrder(network) {
  return new Map([...network.inventory.sites.keys()].map((id, i) => [id, i]));
}
function sortSites(network, sites) {
  const order = siteOrder(network);
  return [...new Set(sites)].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : a > b ? 1 : 0));
}
function changeView(c, evaluation, network, timeline, clock) {
  const exposures = c.steps.map((s) => timeline.exposures.get(stepKey(s))).filter((e) => e !== void 0);
  const servers = new Set(exposures.flatMap((e) => e.servers));
  const trunks = new Set(exposures.flatMap((e) => e.trunks));
  const sites = sortSites(network, exposures.flatMap((e) => stepSites(network, e)));
  const firstStart = c.steps.length > 0 ? Math.min(...c.steps.map((s) => s.window.start)) : void 0;
  const lastEnd = c.steps.length > 0 ? Math.max(...c.steps.map((s) => s.window.end)) : void 0;
  const asOf = evaluation.asOf;
  const waivers = network.waivers.filter((w) => w.change === c.id && (asOf === void 0 || w.expires > asOf)).map((w) => ({
    id: w.id,
    rule: w.rule,
    step: w.step,
    justification: w.justification,
    approvedBy: w.approvedBy.join(", "),
    ticket: w.ticket,
    expires: clock.long(w.expires),
    covers: evaluation.waived.filter((f) => f.waivedBy === w.id).length
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
    windowText: firstStart !== void 0 && lastEnd !== void 0 ? clock.span(firstStart, lastEnd) : "no steps",
    approvals: c.approvals.map((a) => ({
      by: a.by,
      role: a.role,
      at: a.at ?? "",
      revision: a.revision === void 0 ? "none" : a.revision === c.revision ? "matches" : "stale",
      isOwner: a.by === c.owner,
      knownApprover: network.policy.approvers.has(a.by)
    })),
    waivers,
    blocking: own.filter((f) => f.severity === "error").length,
    warnings: own.filter((f) => f.severity === "warning").length,
    progress: progressText(c, evaluation.asOf, (ms) => formatInstant(ms, network.policy.timeZone)),
    status: evaluation.changes.find((x) => x.id === c.id)?.status ?? "not evaluated"
  };
}
function headline(network, focus, failing, rows, clock, isFocus) {
  if (focus.length === 0) return void 0;
  const ownSites = (iv) => sortSites(network, iv.exposures.filter(isFocus).flatMap((e) => stepSites(network, e)));
  const sharedBy = (iv) => iv.exposures.filter((e) => !isFocus(e)).length;
  let best = focus[0];
  for (const iv of focus) {
    const more = ownSites(iv).length - ownSites(best).length;
    if (more > 0 || more === 0 && sharedBy(best) > 0 && sharedBy(iv) === 0) best = iv;
  }
  const sites = ownSites(best);
  const othersBy = /* @__PURE__ */ new Map();
  for (const e of best.exposures.filter((x) => !isFocus(x))) othersBy.set(e.step.changeId, [...othersBy.get(e.step.changeId) ?? [], ...stepSites(network, e)]);
  const peaks = dailyPeaks(network, best.start, best.start + 48 * HOUR2).filter((p) => p + HOUR2 > best.start);
  const peak = peaks[0];
  let nextPeak;
  if (peak !== void 0) {
    const parts = localParts(peak, network.forecast.timeZone);
    const profile = network.forecast.profiles[dayTypeOf(parts, network.forecast.holidays)];
    nextPeak = {
      at: peak,
      label: clock.medium(peak),
      before: peak > best.start ? duration(peak - best.start) : "",
      dayPart: clock.dayPart(peak),
      sessions: profile.totalSessions[parts.hour] ?? 0
    };
  }
  const ownServers = new Set(best.exposures.filter(isFocus).flatMap((e) => e.servers));
  return {
    interval: { start: best.start, end: best.end, label: clock.span(best.start, best.end) },
    sitesAtRisk: sites,
    others: [...othersBy.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([changeId, s]) => ({ changeId, sites: sortSites(network, s) })),
    siteCount: network.inventory.sites.size,
    serversAtRisk: ownServers.size,
    serverCount: network.inventory.callServers.size,
    dayPart: clock.dayPart(best.start),
    nextPeak,
    margin: rows.find((r) => r.index === best.index),
    failing: failing.has(best.index)
  };
}
function gantt(network, timeline, focusExposures, focusIntervals, failing, failingBy, head, clock) {
  if (focusExposures.length === 0) return void 0;
  const focusKeys = new Set(focusExposures.map((e) => stepKey(e.step)));
  const spanStart = Math.min(...focusExposures.map((e) => e.step.window.start));
  const spanEnd = Math.max(...focusExposures.map((e) => e.exposureEnd));
  const collisions = [...timeline.exposures.values()].filter(
    (e) => !focusKeys.has(stepKey(e.step)) && focusExposures.some((f) => e.step.window.start < f.exposureEnd && e.exposureEnd > f.step.window.start)
  );
  let start = Math.floor((spanStart - HOUR2) / HOUR2) * HOUR2;
  let end = Math.ceil((spanEnd + HOUR2) / HOUR2) * HOUR2;
  const peaks = dailyPeaks(network, start, end + 24 * HOUR2);
  const firstPeakAfter = peaks.find((p) => p >= spanStart);
  if (firstPeakAfter !== void 0) end = Math.max(end, firstPeakAfter + 2 * HOUR2);
  for (const e of collisions) start = Math.min(start, Math.floor(e.step.window.start / HOUR2) * HOUR2);
  const failingSpans = mergeSpans(timeline.intervals.filter((iv) => failing.has(iv.index) && iv.end > start && iv.start < end), clock);
  const contextFailing = mergeSpans(timeline.intervals.filter((iv) => !failing.has(iv.index) && failingBy.has(iv.index) && iv.end > start && iv.start < end), clock).map((span) => ({
    ...span,
    changes: [...new Set(timeline.intervals.filter((iv) => iv.start >= span.start && iv.end <= span.end).flatMap((iv) => [...failingBy.get(iv.index) ?? []]))].filter((id) => id !== "").sort()
  }));
  const overlapsFailing = (s, e) => failingSpans.some((f) => s < f.end && e > f.start);
  const bars = [];
  const addBars = (e, kind) => {
    for (const site of sortSites(network, stepSites(network, e))) {
      const base = { site, changeId: e.step.changeId, stepId: e.step.id, action: e.step.action };
      bars.push({ ...base, start: e.step.window.start, end: e.step.window.end, kind, label: `${e.step.changeId} ${e.step.id} ${e.step.action}`, failing: overlapsFailing(e.step.window.start, e.step.window.end) });
      if (kind === "focus" && e.exposureEnd > e.step.window.end) {
        bars.push({ ...base, start: e.step.window.end, end: e.exposureEnd, kind: "soak", label: `${e.step.changeId} ${e.step.id} unproven until ${clock.medium(e.exposureEnd)}`, failing: overlapsFailing(e.step.window.end, e.exposureEnd) });
      }
    }
  };
  for (const e of focusExposures) addBars(e, "focus");
  for (const e of collisions) addBars(e, "collision");
  const rows = sortSites(network, bars.map((b) => b.site)).map((site) => ({ site, name: network.inventory.sites.get(site)?.name ?? site }));
  const shades = [];
  for (const w of windowOccurrences(network.policy, network.forecast.holidays, start, end)) shades.push({ kind: "window", start: w.start, end: w.end, label: `maintenance window ${w.label}` });
  for (const f of network.policy.freezePeriods) if (f.end > start && f.start < end) shades.push({ kind: "freeze", start: f.start, end: f.end, label: `freeze ${f.id}` });
  for (const p of dailyPeaks(network, start, end)) shades.push({ kind: "peak", start: p, end: p + HOUR2, label: `daily traffic peak ${clock.time(p)}` });
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
    highlight: head ? { ...head.interval, label: `${head.sitesAtRisk.length} of ${head.siteCount} sites at risk, ${head.interval.label} (${head.dayPart})` } : void 0
  };
}
function mergeSpans(intervals, clock) {
  const spans = [];
  for (const iv of intervals) {
    const last = spans[spans.length - 1];
    if (last && last.end === iv.start) last.end = iv.end;
    else spans.push({ start: iv.start, end: iv.end });
  }
  return spans.map((s) => ({ ...s, label: clock.span(s.start, s.end) }));
}
function routeText(r) {
  return `${r.callServer} \u2192 ${r.trunk} \u2192 ${r.switch} \u2192 ${r.psap}`;
}
function blastRadius(network, focusExposures, focusIntervals, clock) {
  const servers = new Set(focusExposures.flatMap((e) => e.servers));
  const trunks = new Set(focusExposures.flatMap((e) => e.trunks));
  const numbers = [];
  const psapNumbers = /* @__PURE__ */ new Map();
  for (const n of network.inventory.emergencyNumbers.values()) {
    const touched = n.routes.filter((r) => servers.has(r.callServer) || trunks.has(r.trunk));
    if (touched.length === 0) continue;
    for (const r of touched) {
      const set = psapNumbers.get(r.psap) ?? /* @__PURE__ */ new Set();
      set.add(n.number);
      psapNumbers.set(r.psap, set);
    }
    let worst;
    let remaining = n.routes;
    for (const iv of focusIntervals) {
      const atRiskServers = new Set(iv.atRiskServers);
      const atRiskTrunks = new Set(iv.atRiskTrunks);
      const left = n.routes.filter((r) => !atRiskServers.has(r.callServer) && !atRiskTrunks.has(r.trunk));
      if (worst === void 0 || left.length < remaining.length) {
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
      worst: worst ? { start: worst.start, end: worst.end, label: clock.span(worst.start, worst.end) } : void 0
    });
  }
  const sites = sortSites(network, focusExposures.flatMap((e) => stepSites(network, e)));
  return {
    servers: [...servers].sort(),
    trunks: [...trunks].sort(),
    sites,
    numbers,
    psaps: [...psapNumbers.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, nums]) => ({ id, name: network.inventory.psaps.get(id)?.name ?? id, numbers: [...nums] }))
  };
}
function targetsText(step) {
  const parts = [];
  if (step.targets.sites.length > 0) parts.push(`sites ${step.targets.sites.join(", ")}`);
  if (step.targets.callServers.length > 0) parts.push(`servers ${step.targets.callServers.join(", ")}`);
  if (step.targets.trunks.length > 0) parts.push(`trunks ${step.targets.trunks.join(", ")}`);
  return parts.join("; ") || "nothing";
}
function rollbackView(step, network, clock) {
  const base = {
    changeId: step.changeId,
    stepId: step.id,
    action: step.action,
    targets: targetsText(step),
    window: clock.span(step.window.start, step.window.end),
    procedure: step.rollback?.procedure,
    minutes: step.rollback?.minutes,
    includesTrafficRecovery: step.rollback?.includesTrafficRecovery ?? false
  };
  const occurrence = windowOccurrences(network.policy, network.forecast.holidays, step.window.start, step.window.end).find(
    (w) => w.start <= step.window.start && step.window.start < w.end
  );
  if (!step.rollback) return { ...base, fit: "missing", fitText: "No rollback procedure" };
  const rollbackEnd = step.window.end + step.rollback.minutes * 6e4;
  if (!occurrence) return { ...base, fit: "outside", fitText: `No: the step starts outside every maintenance window; rollback would end ${clock.time(rollbackEnd)}` };
  if (rollbackEnd <= occurrence.end) return { ...base, fit: "fits", fitText: `Yes: ends ${clock.time(rollbackEnd)}, window closes ${clock.time(occurrence.end)}` };
  return { ...base, fit: "overruns", fitText: `No: ends ${clock.time(rollbackEnd)}, ${duration(rollbackEnd - occurrence.end)} after the window closes at ${clock.time(occurrence.end)}` };
}
function verificationView(step, network, timeline) {
  const exposure = timeline.exposures.get(stepKey(step));
  const servers = new Set(exposure?.servers ?? []);
  const trunks = new Set(exposure?.trunks ?? []);
  const served = [...network.inventory.emergencyNumbers.values()].filter((n) => n.routes.some((r) => servers.has(r.callServer) || trunks.has(r.trunk))).map((n) => n.number);
  const tested = [...new Set(step.testCalls.map((t) => t.number))];
  return {
    changeId: step.changeId,
    stepId: step.id,
    action: step.action,
    tested,
    served,
    missing: served.filter((n) => !tested.includes(n)),
    from: [...new Set(step.testCalls.map((t) => t.from).filter((f) => f !== void 0))]
  };
}
function stakeholderView(c, network, timeline, asOf, clock) {
  const first = c.steps.length > 0 ? Math.min(...c.steps.map((s) => s.window.start)) : void 0;
  const exposures = c.steps.map((s) => timeline.exposures.get(stepKey(s))).filter((e) => e !== void 0);
  const servers = new Set(exposures.flatMap((e) => e.servers));
  const trunks = new Set(exposures.flatMap((e) => e.trunks));
  const affected = /* @__PURE__ */ new Set();
  for (const n of network.inventory.emergencyNumbers.values()) for (const r of n.routes) if (servers.has(r.callServer) || trunks.has(r.trunk)) affected.add(r.psap);
  const covered = new Set(c.notify.filter((s) => s.party === "psap" || s.party === "emergency-services").flatMap((s) => s.psaps));
  return {
    changeId: c.id,
    notify: c.notify.map((s) => {
      const by = first !== void 0 ? first - s.leadTimeHours * HOUR2 : void 0;
      return {
        party: s.party,
        name: s.name,
        contact: s.contact ?? "",
        psaps: s.psaps,
        leadTimeHours: s.leadTimeHours,
        notifyBy: by !== void 0 ? clock.long(by) : "",
        late: by !== void 0 && asOf !== void 0 && by < asOf
      };
    }),
    escalation: c.escalation ? { contact: c.escalation.contact, phone: c.escalation.phone ?? "", targetMinutes: c.escalation.targetMinutes } : void 0,
    uncoveredPsaps: [...affected].filter((p) => !covered.has(p)).sort()
  };
}
function ruleDocHref(report, ruleId) {
  return Object.hasOwn(report.customRuleFiles, ruleId) ? report.customRuleFiles[ruleId] : `${report.docsBase}/${ruleId}.md`;
}

export {
  Clock,
  storyCountText,
  briefMessage,
  sourceText,
  unknownChanges,
  buildCabReport,
  failingIntervalsBy,
  ruleDocHref
};
