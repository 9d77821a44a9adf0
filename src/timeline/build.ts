// Builds the plan's intervals: time is split at every step start and end (and soak end), and each
// interval knows what is at risk and what traffic is forecast. A sweep over sorted boundaries keeps
// this near-linear in the number of steps; no pair of steps is ever compared directly.
import type { DayType, Network, Step, Trunk } from '../model/types.ts';
import { compareSteps } from './compare.ts';
import { stepExecution } from './execution.ts';
import { targetsOf } from './targets.ts';
import { reachedServers, rolloutMembers } from './rollout-members.ts';
import { dayTypeOf, localHourStarts, localParts } from '../core/time.ts';
import type { Interval, IntervalForecast, Proof, SignatureRollout, StepExposure, Timeline, TimelineOptions } from './types.ts';
import { proofKey, stepKey } from './types.ts';
import { addEach } from '../core/collections.ts';

export { compareSteps } from './compare.ts';
export { rolloutMembers } from './rollout-members.ts';

export type { TimelineOptions } from './types.ts';

const HOUR = 3600_000;

/** The steps of one (group, signature) rollout as they are gathered, before the rollout is judged. */
interface RolloutDraft {
  key: string;
  list: StepExposure[];
  /** The rollout members of each step of `list`, by position. */
  reached: (readonly string[])[];
}

/**
 * The change signature a step introduces, if it introduces one. A config-push or reconnection without a
 * procedure identifier changes something the gate cannot name: it gets a signature of its own, named after
 * its change request, which only that change request's own canary and soak can prove. The gate cannot
 * tell such steps of one change request apart, so it assumes the worst, that they all carry the same
 * change (common mode).
 */
export function signatureOf(step: Step): string | undefined {
  if (step.action === 'software-upgrade' && step.software) return `software-upgrade:${step.software.version}`;
  if (step.action === 'config-push' || step.action === 'reconnection') {
    return step.procedure ? `${step.action}:${step.procedure}` : `${step.action} without a procedure identifier in ${step.changeId}`;
  }
  return undefined;
}

/** Forecast lookup with a cache per local hour (intervals share hours). */
class ForecastReader {
  private readonly cache = new Map<number, { values: [number, number, number, number]; label: string; dayType: DayType }>();
  private readonly peakHour: Record<DayType, number>;

  constructor(private readonly network: Network) {
    const argmax = (values: number[]) => values.reduce((best, v, i) => (v > (values[best] ?? -1) ? i : best), 0);
    const p = network.forecast.profiles;
    this.peakHour = {
      weekday: argmax(p.weekday.totalSessions),
      weekend: argmax(p.weekend.totalSessions),
      holiday: argmax(p.holiday.totalSessions),
    };
  }

  private hour(start: number) {
    let entry = this.cache.get(start);
    if (!entry) {
      const parts = localParts(start, this.network.forecast.timeZone);
      const dayType = dayTypeOf(parts, this.network.forecast.holidays);
      const profile = this.network.forecast.profiles[dayType];
      const h = parts.hour;
      entry = {
        values: [profile.totalSessions[h] ?? 0, profile.totalCps[h] ?? 0, profile.emergencySessions[h] ?? 0, profile.emergencyCps[h] ?? 0],
        label: `${parts.date}T${String(h).padStart(2, '0')}:00`,
        dayType,
      };
      this.cache.set(start, entry);
    }
    return entry;
  }

  /** Busiest local hour overlapping [start, end): the values of the hour with the most sessions. */
  busiest(start: number, end: number): IntervalForecast {
    let best: ReturnType<ForecastReader['hour']> | undefined;
    for (const h of localHourStarts(start, end, this.network.forecast.timeZone)) {
      const entry = this.hour(h);
      if (!best || entry.values[0] > best.values[0]) best = entry;
    }
    const chosen = best ?? this.hour(start);
    return {
      totalSessions: chosen.values[0],
      totalCps: chosen.values[1],
      emergencySessions: chosen.values[2],
      emergencyCps: chosen.values[3],
      busiestHour: chosen.label,
      dayType: chosen.dayType,
    };
  }

  /**
   * End of the first daily peak hour that starts at or after `t` (the whole peak hour lies after `t`),
   * searched over the next eight local days; undefined if none is found there.
   */
  firstPeakEndAfter(t: number): number | undefined {
    // Steps of a plan end at a few shared instants (02:30 of each night), so each is searched once.
    if (this.peakEnds.has(t)) return this.peakEnds.get(t);
    const found = this.searchPeakEndAfter(t);
    this.peakEnds.set(t, found);
    return found;
  }

  private readonly peakEnds = new Map<number, number | undefined>();

  private searchPeakEndAfter(t: number): number | undefined {
    const zone = this.network.forecast.timeZone;
    // The local hours localHourStarts(t, t + 8 days, zone, 8 * 24 + 2) lists, walked without listing
    // them: the peak is usually found within a day.
    const end = t + 8 * 24 * HOUR;
    const [first] = localHourStarts(t, t + 1, zone, 1);
    if (first === undefined) return undefined;
    for (let h = first, n = 0; h < end && n < 8 * 24 + 2; h += HOUR, n++) {
      if (h < t) continue;
      const parts = localParts(h, zone);
      if (parts.minute === 0 && parts.hour === this.peakHour[dayTypeOf(parts, this.network.forecast.holidays)]) return h + HOUR;
    }
    return undefined;
  }

  /** Start instants of the daily traffic peaks between two instants. */
  peaksBetween(start: number, end: number): number[] {
    const zone = this.network.forecast.timeZone;
    const peaks: number[] = [];
    // Local hours, not UTC hours: in a zone half an hour off UTC (Asia/Kolkata, America/St_Johns) a
    // local hour starts at :30 UTC, and stepping through UTC hours never met a peak's start.
    const [first] = localHourStarts(start, start + 1, zone, 1);
    for (let t = first ?? start; t <= end && peaks.length < 400; t += HOUR) {
      const parts = localParts(t, zone);
      const dayType = dayTypeOf(parts, this.network.forecast.holidays);
      if (parts.hour === this.peakHour[dayType] && parts.minute === 0 && t >= start) peaks.push(t);
    }
    return peaks;
  }
}


/**
 * The trunks at risk in an interval: the union of its exposures' trunk lists. A list of targetsOf
 * holds the trunks the step names and every trunk of every server it reaches, so a trunk is at risk
 * exactly when a step names it or its call server is at risk: asking about one trunk (what the rules
 * do, for the few dozen trunks of the emergency routes) needs no set of the thousands at risk. The
 * set itself is built on first use, from the lists in the order of the exposures.
 */
class TrunksAtRisk implements ReadonlySet<string> {
  private all: Set<string> | undefined;

  constructor(
    private readonly inventoryTrunks: ReadonlyMap<string, Trunk>,
    private readonly servers: ReadonlySet<string>,
    /** Trunks of the inventory some exposure's step names directly; undefined when none does. */
    private readonly named: ReadonlySet<string> | undefined,
    /** The exposures' distinct trunk lists, in the order of the exposures. */
    private readonly lists: ReadonlySet<readonly string[]>,
  ) {}

  has(trunk: string): boolean {
    if (this.all !== undefined) return this.all.has(trunk);
    if (this.named?.has(trunk)) return true;
    const server = this.inventoryTrunks.get(trunk)?.callServer;
    return server !== undefined && this.servers.has(server);
  }

  private built(): Set<string> {
    if (this.all === undefined) {
      const all = new Set<string>();
      for (const list of this.lists) addEach(all, list);
      this.all = all;
    }
    return this.all;
  }

  get size(): number {
    return this.built().size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const trunk of this.built()) callback.call(thisArg, trunk, trunk, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.built().entries();
  }

  keys(): SetIterator<string> {
    return this.built().keys();
  }

  values(): SetIterator<string> {
    return this.built().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.built()[Symbol.iterator]();
  }
}

/**
 * An interval of the timeline. Its sorted list of trunks is built on first use: a large plan has
 * thousands of trunks at risk per interval, and most readers only ask whether a given trunk is.
 */
class TimelineInterval implements Interval {
  private sortedTrunks: string[] | undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly activeSteps: Step[],
    readonly exposures: StepExposure[],
    readonly atRiskServers: string[],
    readonly atRiskTrunkSet: ReadonlySet<string>,
    readonly serverLoss: Map<string, number>,
    readonly unprovenServers: string[],
    readonly forecast: IntervalForecast,
  ) {}

  get atRiskTrunks(): string[] {
    return (this.sortedTrunks ??= [...this.atRiskTrunkSet].sort());
  }
}

export function buildTimeline(network: Network, options: TimelineOptions): Timeline {
  const soakMs = options.soakHours * HOUR;
  const forecast = new ForecastReader(network);
  const steps = network.changes.flatMap((c) => c.steps).sort(compareSteps);
  const serverGroup = new Map<string, string>();
  for (const server of network.inventory.callServers.values()) serverGroup.set(server.id, server.redundancyGroup);
  const records = new Map(network.changes.map((c) => [c.id, c.record]));
  // The targets of a failed or aborted step are in an unknown state until the plan says otherwise:
  // they stay at risk to the end of the plan.
  const planEnd = steps.reduce((end, s) => Math.max(end, s.window.end), Number.NEGATIVE_INFINITY);

  const exposures = new Map<string, StepExposure>();
  for (const step of steps) {
    // Through the per-network cache, so the rules asking for the same step's targets reuse these.
    const { servers, trunks } = targetsOf(network, step) as { servers: string[]; trunks: string[] };
    const signature = signatureOf(step);
    const execution = stepExecution(step, records.get(step.changeId)?.steps.get(step.id), options.asOf);
    let exposureEnd = execution.end;
    if (execution.status === 'rolled-back') exposureEnd += (step.rollback?.recovery?.minutes ?? 0) * 60_000;
    if (execution.status === 'failed' || execution.status === 'aborted') exposureEnd = Math.max(exposureEnd, planEnd);
    exposures.set(stepKey(step), {
      step,
      execution,
      start: execution.start,
      end: execution.end,
      servers,
      trunks,
      // Always present (undefined when none): one hidden class for every exposure.
      signature,
      exposureEnd,
      unproven: false,
    });
  }
  const byStart = (a: StepExposure, b: StepExposure) => a.start - b.start || compareSteps(a.step, b.step);

  const proofs = recordedProofs(network, options, forecast);
  const platformOf = (server: string) => network.inventory.callServers.get(server)?.platform ?? '';

  // Rollouts: per (group, signature), in start order. A signature proven on the platforms it reaches
  // (by the record or an approved qualification), or one some member of the same platform already
  // runs, needs no canary.
  // By group, then signature: the key text that orders the rollouts is built once per rollout, not
  // once per step. What each step reaches is computed once here and kept beside it in its rollouts.
  const rolloutMap = new Map<string, Map<string, RolloutDraft>>();
  for (const exposure of exposures.values()) {
    const signature = exposure.signature;
    if (!signature) continue;
    // A procedure pushed to trunks reaches the call servers at their ends: a reconnection of every
    // trunk is as common-mode as one of every server, so it joins the rollout of their groups.
    const members = reachedServers(network, exposure);
    for (let i = 0; i < members.length; i++) {
      const group = serverGroup.get(members[i] as string);
      if (group === undefined) continue;
      let bySignature = rolloutMap.get(group);
      if (!bySignature) rolloutMap.set(group, (bySignature = new Map()));
      let rollout = bySignature.get(signature);
      if (!rollout) bySignature.set(signature, (rollout = { key: `${group}\u0000${signature}`, list: [], reached: [] }));
      // Two members in one group: the step joins that group's rollout once.
      if (rollout.list[rollout.list.length - 1] !== exposure) {
        rollout.list.push(exposure);
        rollout.reached.push(members);
      }
    }
  }
  const rolloutEntries: RolloutDraft[] = [];
  for (const bySignature of rolloutMap.values()) for (const entry of bySignature.values()) rolloutEntries.push(entry);
  const memberSets = new Map<string, ReadonlySet<string>>();
  const rollouts: SignatureRollout[] = [];
  for (const { key, list, reached: reachedByStep } of rolloutEntries.sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const [group, signature] = key.split('\u0000') as [string, string];
    const members = network.inventory.redundancyGroups.get(group)?.members ?? [];
    let memberSet = memberSets.get(group);
    if (!memberSet) memberSets.set(group, (memberSet = new Set(members)));
    const reached = new Set<string>();
    for (const stepMembers of reachedByStep) {
      for (let i = 0; i < stepMembers.length; i++) if (memberSet.has(stepMembers[i] as string)) reached.add(stepMembers[i] as string);
    }
    const platforms = [...new Set([...reached].map(platformOf))];
    if (platforms.length > 0 && platforms.every((p) => proofs.has(proofKey(group, p, signature)))) continue;
    const version = signature.startsWith('software-upgrade:') ? signature.slice('software-upgrade:'.length) : undefined;
    // A member outside the rollout already running the version, on each platform the rollout reaches.
    const alreadyRunning =
      version !== undefined &&
      platforms.length > 0 &&
      platforms.every((p) => members.some((m) => !reached.has(m) && platformOf(m) === p && network.inventory.callServers.get(m)?.softwareVersion === version));
    if (alreadyRunning) continue;
    list.sort(byStart);
    const canary = list[0] as StepExposure;
    const soakEnd = canary.end + soakMs;
    // Proven once the soak time has passed AND a whole daily peak hour has been carried after the
    // canary ended: a canary that ends at 18:30 with a 24-hour soak has not yet seen a full 18:00
    // peak at 18:30 the next day, so it is proven at 19:00. A canary that the record shows failed,
    // rolled back, aborted or unverified proves nothing.
    const outcome = canary.execution;
    const canaryFailed = outcome.status !== 'planned' && outcome.status !== 'running' && !outcome.succeeded;
    const canaryPeakEnd = forecast.firstPeakEndAfter(canary.end);
    const soakSpansPeak = canaryPeakEnd !== undefined && canaryPeakEnd <= soakEnd;
    const provenAt = canaryPeakEnd === undefined || canaryFailed ? undefined : Math.max(soakEnd, canaryPeakEnd);
    for (const exposure of list) {
      if (exposure === canary || provenAt === undefined || exposure.start < provenAt) {
        exposure.unproven = true;
        // An unproven change stays at risk until it has soaked across a traffic peak (docs/formats.md).
        const peakEnd = forecast.firstPeakEndAfter(exposure.end);
        exposure.exposureEnd = Math.max(exposure.exposureEnd, exposure.end + soakMs, peakEnd ?? 0);
      }
    }
    const rollout: SignatureRollout = { group, signature, steps: list, canary, provenAt, soakEnd, soakSpansPeak };
    if (canaryFailed) rollout.canaryOutcome = { status: outcome.status, unansweredCalls: outcome.unansweredCalls };
    rollouts.push(rollout);
  }

  // Sweep: boundaries are every step start/end and exposure end.
  const boundarySet = new Set<number>();
  for (const e of exposures.values()) {
    boundarySet.add(e.start);
    boundarySet.add(e.end);
    boundarySet.add(e.exposureEnd);
  }
  const boundaries = [...boundarySet].sort((a, b) => a - b);
  const starts = [...exposures.values()].sort(byStart);
  // The exposures in force, in `starts` order (insertion order; deletions keep it): no sort per
  // interval.
  const active = new Set<StepExposure>();
  const inventoryTrunks = network.inventory.trunks;
  const intervals: Interval[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] as number;
    const end = boundaries[i + 1] as number;
    while (next < starts.length && (starts[next] as StepExposure).start <= start) active.add(starts[next++] as StepExposure);
    // One pass drops the exposures that ended and lists the rest (deleting the entry being visited
    // is safe in a Set's iteration).
    const current: StepExposure[] = [];
    const activeSteps: Step[] = [];
    for (const e of active) {
      if (e.exposureEnd <= start) {
        active.delete(e);
        continue;
      }
      current.push(e);
      if (e.end > start) activeSteps.push(e.step);
    }
    if (current.length === 0) continue;
    const servers = new Set<string>();
    const unproven = new Set<string>();
    const serverLoss = new Map<string, number>();
    // Steps on the same call server share one frozen list of trunks (targetsOf): when many change
    // requests overlap on a few servers, each list is kept once, not once per step.
    const trunkLists = new Set<readonly string[]>();
    let namedTrunks: Set<string> | undefined;
    for (const e of current) {
      const running = e.end > start;
      // A step still soaking is assumed possibly lost; a running step loses what it declares.
      const loss = running ? e.step.capacityLoss : 1;
      // An index loop: the list is frozen, and for-of over a frozen array allocates a result per element.
      const targetServers = e.servers;
      for (let i = 0; i < targetServers.length; i++) {
        const s = targetServers[i] as string;
        servers.add(s);
        serverLoss.set(s, Math.max(serverLoss.get(s) ?? 0, loss));
        if (e.unproven) unproven.add(s);
      }
      trunkLists.add(e.trunks);
      const named = e.step.targets.trunks;
      for (let i = 0; i < named.length; i++) if (inventoryTrunks.has(named[i] as string)) (namedTrunks ??= new Set()).add(named[i] as string);
    }
    const trunks = new TrunksAtRisk(inventoryTrunks, servers, namedTrunks, trunkLists);
    intervals.push(
      new TimelineInterval(intervals.length, start, end, activeSteps, current, [...servers].sort(), trunks, serverLoss, [...unproven].sort(), forecast.busiest(start, end)),
    );
  }
  return { timeZone: network.policy.timeZone, intervals, exposures, rollouts, soakHours: options.soakHours, options, proofs };
}

/**
 * Signatures proven by the record: a step of a done change request that ended ok, with every planned
 * test call answered, whose soak (soakHours and a whole daily peak after it) had elapsed by as-of.
 * A proof holds on the redundancy groups and platforms the step reached, and on the groups the policy
 * says share platform and software; never without an as-of (nothing has elapsed then). Approved
 * catalog qualifications join them.
 */
function recordedProofs(network: Network, options: TimelineOptions, forecast: ForecastReader): Map<string, Proof> {
  const proofs = new Map<string, Proof>(options.qualified ?? []);
  const asOf = options.asOf;
  if (asOf === undefined) return proofs;
  const sharing = new Map<string, string[]>();
  for (const set of options.groupsSharingProof ?? []) for (const g of set) sharing.set(g, [...new Set([...(sharing.get(g) ?? [g]), ...set])]);
  for (const change of network.allChanges) {
    if (change.state !== 'done' || !change.record) continue;
    for (const step of [...change.steps].sort(compareSteps)) {
      const signature = signatureOf(step);
      if (!signature) continue;
      const execution = stepExecution(step, change.record.steps.get(step.id), asOf);
      if (!execution.succeeded) continue;
      const peakEnd = forecast.firstPeakEndAfter(execution.end);
      if (peakEnd === undefined || peakEnd > asOf || execution.end + options.soakHours * HOUR > asOf) continue;
      const { servers } = targetsOf(network, step) as { servers: string[]; trunks: string[] };
      for (const member of rolloutMembers(network, { servers, step })) {
        const server = network.inventory.callServers.get(member);
        if (!server) continue;
        for (const group of sharing.get(server.redundancyGroup) ?? [server.redundancyGroup]) {
          const key = proofKey(group, server.platform, signature);
          if (!proofs.has(key)) proofs.set(key, { group, platform: server.platform, signature, source: 'record', evidence: stepKey(step) });
        }
      }
    }
  }
  return proofs;
}

/** Daily peak instants between two instants (exposed for rules that reason about peaks). */
export function dailyPeaks(network: Network, start: number, end: number): number[] {
  return new ForecastReader(network).peaksBetween(start, end);
}
