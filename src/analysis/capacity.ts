// Shared capacity arithmetic over the plan's timeline, used by surviving-capacity, capacity-end-state
// and the CAB report. Capacity is not static: once a capacity-add/remove step of a considered change
// request has ENDED, each server it targets has its capacity changed by the step's `capacityChange`.
// Everything here is precomputed once per timeline (sorted change lists with prefix sums per server
// and per site), so a query costs O(log changes) per server and O(sites) per N-1 judgement.
//
// Exported API (all pure; nothing reads the clock):
//   capacityIndexFor(network, timeline): CapacityIndex        cached per timeline object
//   serverCapacityAt(network, timeline, serverId, instant): Capacity
//       capacity of one server at an instant (base + every capacityChange whose step ended at or before it)
//   CapacityIndex.serverAt(serverId, instant) / .siteTotalsAt(site, instant, scope) / .siteIds
//   lossesOf(network, exposures, instant): ElementLosses
//       fraction of capacity lost per server and trunk (running step: its capacityLoss; soaking: 1),
//       a trunk also losing what its call server loses; plus the sites the steps target
//   remainingCapacity(network, index, instant, losses, scope): RemainingCapacity
//       what is left per site, not at risk, for 'all' traffic or 'emergency' traffic
//   requiredCapacity(forecast, factor, scope): CapacityFigures     forecast x factor, rounded up
//   worstSiteLoss(remaining, required): SiteLossJudgement
//       N-1: the remaining site whose loss leaves the least coverage, with available/required/margin
//   forecastPeak(network): per-metric peak over every day type and hour (for end-state checks)
//   attributeFailure(exposures, fails, footprint?): change request ids a failing interval is attributed to
//   stepToReport(interval, changeId): the step of that change request a finding should point at
import { listedAndCounted } from '../core/finding.ts';
import type { FindingData } from '../core/finding.ts';
import type { Capacity, Inventory, Network, Step, TrafficProfile } from '../model/types.ts';
import { compareSteps } from '../timeline/compare.ts';
import type { Interval, IntervalForecast, StepExposure, Timeline } from '../timeline/types.ts';
import { stepKey } from '../timeline/types.ts';

/** Which traffic a capacity figure serves: every call, or emergency calls on emergency-capable elements. */
export type CapacityScope = 'all' | 'emergency';

/** Capacity (or requirement) in the three dimensions the capacity rules check. */
export interface CapacityFigures {
  sessions: number;
  cps: number;
  /** Simultaneous sessions the trunks can carry towards the switched network. */
  trunkSessions: number;
}

export const CAPACITY_METRICS: readonly (keyof CapacityFigures)[] = ['sessions', 'cps', 'trunkSessions'];

/** A capacity change taking effect when its step ends. */
export interface CapacityChangeEvent {
  at: number;
  sessions: number;
  cps: number;
  changeId: string;
  stepId: string;
}

interface PrefixedChanges {
  at: number[];
  sessions: number[];
  cps: number[];
}

export interface CapacityIndex {
  /** Sorted site ids that host at least one call server. */
  readonly siteIds: readonly string[];
  /** Capacity of a call server at an instant (never below zero). */
  serverAt(serverId: string, instant: number): Capacity;
  /** Capacity changes of a server, in effect order. */
  changesOf(serverId: string): readonly CapacityChangeEvent[];
  /** Total capacity of a site's servers (and trunks) in a scope at an instant, ignoring risk. */
  siteTotalsAt(site: string, instant: number, scope: CapacityScope): CapacityFigures;
}

export interface ElementLosses {
  /** Fraction (0..1) of capacity lost per server at risk. */
  servers: Map<string, number>;
  /** Fraction (0..1) of capacity lost per trunk at risk (at least its call server's loss). */
  trunks: Map<string, number>;
  /** Sites named as targets by the steps (their switches count as at risk for routing). */
  sites: Set<string>;
}

export interface RemainingCapacity {
  scope: CapacityScope;
  instant: number;
  /** Capacity not at risk, whole platform. */
  total: CapacityFigures;
  /** Capacity not at risk per site (every site hosting servers in the scope). */
  bySite: Map<string, CapacityFigures>;
}

export interface SiteLossJudgement {
  /** The site assumed lost (N-1); undefined when no site has capacity left. */
  lostSite: string | undefined;
  /** What the lost site contributed. */
  lostSiteCapacity: CapacityFigures;
  /** Remaining capacity minus the lost site, rounded down. */
  available: CapacityFigures;
  required: CapacityFigures;
  /** available - required per metric. */
  margin: CapacityFigures;
  /** Lowest available/required ratio over the metrics (Infinity when nothing is required). */
  coverage: number;
  /** Metrics whose margin is negative. */
  short: (keyof CapacityFigures)[];
  ok: boolean;
  /** Every site whose loss would leave a metric short (sorted). */
  failingSites: string[];
}

const EPSILON = 1e-6;
const ZERO: CapacityFigures = Object.freeze({ sessions: 0, cps: 0, trunkSessions: 0 });

function roundDown(x: number): number {
  return Math.max(0, Math.floor(x + EPSILON));
}

/** Rounds a requirement up to whole sessions/cps, tolerant of binary fractions (70,000 x 1.2 is 84,000). */
function roundUp(x: number): number {
  return Math.max(0, Math.ceil(x - EPSILON));
}

/** Index of the last entry of a sorted array that is <= t, or -1. */
function lastAtOrBefore(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function prefix(events: readonly { at: number; sessions: number; cps: number }[]): PrefixedChanges {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const out: PrefixedChanges = { at: [], sessions: [], cps: [] };
  let s = 0;
  let c = 0;
  for (const e of sorted) {
    s += e.sessions;
    c += e.cps;
    out.at.push(e.at);
    out.sessions.push(s);
    out.cps.push(c);
  }
  return out;
}

function deltaAt(p: PrefixedChanges | undefined, t: number): { sessions: number; cps: number } {
  if (!p) return { sessions: 0, cps: 0 };
  const i = lastAtOrBefore(p.at, t);
  return i < 0 ? { sessions: 0, cps: 0 } : { sessions: p.sessions[i] as number, cps: p.cps[i] as number };
}

function inScope(network: Network, serverId: string, scope: CapacityScope): boolean {
  return scope === 'all' || network.inventory.callServers.get(serverId)?.emergency === true;
}

function trunkInScope(network: Network, trunkId: string, scope: CapacityScope): boolean {
  const trunk = network.inventory.trunks.get(trunkId);
  if (!trunk) return false;
  // An emergency trunk behind a server that does not handle emergency calls carries none.
  return scope === 'all' || (trunk.emergency && inScope(network, trunk.callServer, scope));
}

/** Builds the capacity index of a timeline (prefer `capacityIndexFor`, which caches it). */
export function buildCapacityIndex(network: Network, timeline: Timeline): CapacityIndex {
  const inv = network.inventory;
  const events = new Map<string, CapacityChangeEvent[]>();
  for (const exposure of timeline.exposures.values()) {
    const step = exposure.step;
    if ((step.action !== 'capacity-add' && step.action !== 'capacity-remove') || !step.capacityChange) continue;
    // A capacity change the record shows failed, rolled back or aborted never took effect.
    if (exposure.execution && exposure.execution.status !== 'planned' && exposure.execution.status !== 'running' && exposure.execution.status !== 'ok') continue;
    for (let i = 0; i < exposure.servers.length; i++) {
      const server = exposure.servers[i] as string;
      const list = events.get(server) ?? [];
      list.push({ at: exposure.end ?? step.window.end, sessions: step.capacityChange.sessions, cps: step.capacityChange.cps, changeId: step.changeId, stepId: step.id });
      events.set(server, list);
    }
  }
  for (const list of events.values()) list.sort((a, b) => a.at - b.at || (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0));
  const perServer = new Map<string, PrefixedChanges>();
  for (const [server, list] of events) perServer.set(server, prefix(list));

  // Per site and scope: base totals plus a merged change list, so a site total is one binary search.
  // A server whose capacity would go below zero is clamped there, which a site prefix sum cannot see;
  // such sites fall back to summing their servers.
  const siteServers = new Map<string, string[]>();
  for (const server of inv.callServers.values()) {
    const list = siteServers.get(server.site) ?? [];
    list.push(server.id);
    siteServers.set(server.site, list);
  }
  const siteIds = [...siteServers.keys()].sort();
  const trunkSessionsBySite = { all: new Map<string, number>(), emergency: new Map<string, number>() };
  for (const trunk of inv.trunks.values()) {
    const site = inv.callServers.get(trunk.callServer)?.site;
    if (site === undefined) continue;
    for (const scope of ['all', 'emergency'] as const) {
      if (!trunkInScope(network, trunk.id, scope)) continue;
      const m = trunkSessionsBySite[scope];
      m.set(site, (m.get(site) ?? 0) + trunk.capacity.sessions);
    }
  }
  interface SiteEntry {
    base: Capacity;
    changes: PrefixedChanges;
    exact: boolean;
    servers: string[];
  }
  const siteIndex = { all: new Map<string, SiteEntry>(), emergency: new Map<string, SiteEntry>() };
  for (const scope of ['all', 'emergency'] as const) {
    for (const site of siteIds) {
      const servers = (siteServers.get(site) ?? []).filter((s) => inScope(network, s, scope));
      const base = { sessions: 0, cps: 0 };
      const merged: CapacityChangeEvent[] = [];
      let exact = true;
      for (const id of servers) {
        const server = inv.callServers.get(id);
        if (!server) continue;
        base.sessions += server.capacity.sessions;
        base.cps += server.capacity.cps;
        const list = events.get(id) ?? [];
        merged.push(...list);
        // Clamping only matters if some running total of the server could go negative.
        const p = perServer.get(id);
        if (p && p.sessions.some((v, i) => server.capacity.sessions + v < 0 || server.capacity.cps + (p.cps[i] as number) < 0)) exact = false;
      }
      siteIndex[scope].set(site, { base, changes: prefix(merged), exact, servers });
    }
  }

  const serverAt = (serverId: string, instant: number): Capacity => {
    const server = inv.callServers.get(serverId);
    if (!server) return { sessions: 0, cps: 0 };
    const d = deltaAt(perServer.get(serverId), instant);
    return { sessions: Math.max(0, server.capacity.sessions + d.sessions), cps: Math.max(0, server.capacity.cps + d.cps) };
  };

  return {
    siteIds,
    serverAt,
    changesOf: (serverId) => events.get(serverId) ?? [],
    siteTotalsAt(site, instant, scope) {
      const entry = siteIndex[scope].get(site);
      const trunkSessions = trunkSessionsBySite[scope].get(site) ?? 0;
      if (!entry) return { sessions: 0, cps: 0, trunkSessions };
      if (!entry.exact) {
        let sessions = 0;
        let cps = 0;
        for (const id of entry.servers) {
          const c = serverAt(id, instant);
          sessions += c.sessions;
          cps += c.cps;
        }
        return { sessions, cps, trunkSessions };
      }
      const d = deltaAt(entry.changes, instant);
      return { sessions: entry.base.sessions + d.sessions, cps: entry.base.cps + d.cps, trunkSessions };
    },
  };
}

const INDEX_CACHE = new WeakMap<Timeline, CapacityIndex>();

/** The capacity index of a timeline, built once per timeline object and shared by every caller. */
export function capacityIndexFor(network: Network, timeline: Timeline): CapacityIndex {
  let index = INDEX_CACHE.get(timeline);
  if (!index) {
    index = buildCapacityIndex(network, timeline);
    INDEX_CACHE.set(timeline, index);
  }
  return index;
}

/** Capacity of one call server at an instant: its inventory capacity plus every change that ended by then. */
export function serverCapacityAt(network: Network, timeline: Timeline, serverId: string, instant: number): Capacity {
  return capacityIndexFor(network, timeline).serverAt(serverId, instant);
}

/**
 * What a set of exposures puts at risk at an instant. A step running at that instant loses its
 * declared `capacityLoss`; a step only soaking (window over, change unproven) counts as lost entirely,
 * as the timeline does. A trunk loses at least what its call server loses: it cannot carry calls its
 * server cannot handle (exposures list the trunks of their servers, see resolveTargets).
 */
export function lossesOf(network: Network, exposures: readonly StepExposure[], instant: number): ElementLosses {
  const servers = new Map<string, number>();
  const trunks = new Map<string, number>();
  const sites = new Set<string>();
  const lossOf = (e: StepExposure) => ((e.start ?? e.step.window.start) <= instant && (e.end ?? e.step.window.end) > instant ? e.step.capacityLoss : 1);
  for (const e of exposures) {
    const loss = lossOf(e);
    // An index loop: exposure lists are frozen, and for-of over a frozen array allocates per element.
    for (let i = 0; i < e.servers.length; i++) {
      const s = e.servers[i] as string;
      servers.set(s, Math.max(servers.get(s) ?? 0, loss));
    }
    for (const site of e.step.targets.sites) sites.add(site);
  }
  // Each trunk's call server is read from a list parallel to the exposure's trunks (built once per
  // list, which steps on the same server share), not looked up in the inventory per trunk and interval.
  // The facts of the trunks in the order they enter the map, for remainingCapacity.
  const ordered: (TrunkFacts | undefined)[] = [];
  for (const e of exposures) {
    const loss = lossOf(e);
    const facts = trunkFactsList(network, e.trunks);
    for (let i = 0; i < e.trunks.length; i++) {
      const t = e.trunks[i] as string;
      const fact = facts[i];
      const serverLoss = fact !== undefined ? servers.get(fact.callServer) : undefined;
      const before = trunks.get(t);
      if (before === undefined) ordered.push(fact);
      trunks.set(t, Math.max(before ?? 0, loss, serverLoss ?? 0));
    }
  }
  orderedTrunkFacts.set(trunks, ordered);
  return { servers, trunks, sites };
}

const trunkFactsLists = new WeakMap<readonly string[], (TrunkFacts | undefined)[]>();
/** For each map of trunk losses made by lossesOf, its trunks' facts in the map's order. */
const orderedTrunkFacts = new WeakMap<ReadonlyMap<string, number>, (TrunkFacts | undefined)[]>();

/** The facts of each trunk of a list, in the list's order (undefined for an unknown trunk). */
function trunkFactsList(network: Network, trunks: readonly string[]): (TrunkFacts | undefined)[] {
  let list = trunkFactsLists.get(trunks);
  if (!list) {
    const facts = trunkFacts(network);
    list = trunks.map((t) => facts.get(t));
    trunkFactsLists.set(trunks, list);
  }
  return list;
}

interface TrunkFacts {
  callServer: string;
  sessions: number;
  /** Site of the trunk's call server; undefined when the server is unknown. */
  site: string | undefined;
  /** Whether the trunk counts for emergency capacity (see trunkInScope). */
  emergency: boolean;
}

// By inventory, all they depend on (a series of evaluations shares one, see src/model/reuse.ts).
const trunkFactsCache = new WeakMap<Inventory, Map<string, TrunkFacts>>();

// Built once per inventory: judging an interval visits every trunk at risk, and resolving each one's
// server, site and scope through the inventory took five lookups per trunk per judgement.
function trunkFacts(network: Network): Map<string, TrunkFacts> {
  let facts = trunkFactsCache.get(network.inventory);
  if (!facts) {
    facts = new Map();
    for (const trunk of network.inventory.trunks.values()) {
      facts.set(trunk.id, {
        callServer: trunk.callServer,
        sessions: trunk.capacity.sessions,
        site: network.inventory.callServers.get(trunk.callServer)?.site,
        emergency: trunkInScope(network, trunk.id, 'emergency'),
      });
    }
    trunkFactsCache.set(network.inventory, facts);
  }
  return facts;
}

/** Capacity not at risk per site and in total, for a scope, at an instant. */
export function remainingCapacity(network: Network, index: CapacityIndex, instant: number, losses: ElementLosses, scope: CapacityScope): RemainingCapacity {
  const inv = network.inventory;
  const bySite = new Map<string, CapacityFigures>();
  for (const site of index.siteIds) bySite.set(site, { ...index.siteTotalsAt(site, instant, scope) });
  // Subtract only what is at risk: the cost follows the number of elements at risk, not the inventory.
  // The order of subtraction is the order of the losses, so the sums are the same on every run.
  for (const [id, loss] of losses.servers) {
    if (loss <= 0) continue;
    const server = inv.callServers.get(id);
    if (!server || (scope === 'emergency' && !server.emergency)) continue;
    const site = bySite.get(server.site);
    if (!site) continue;
    const c = index.serverAt(id, instant);
    site.sessions -= c.sessions * loss;
    site.cps -= c.cps * loss;
  }
  const subtractTrunk = (trunk: TrunkFacts | undefined, loss: number) => {
    if (loss <= 0 || !trunk || trunk.site === undefined || (scope === 'emergency' && !trunk.emergency)) return;
    const site = bySite.get(trunk.site);
    if (site) site.trunkSessions -= trunk.sessions * loss;
  };
  // Losses from lossesOf come with their trunks' facts in order: no lookup per trunk.
  const ordered = orderedTrunkFacts.get(losses.trunks);
  if (ordered && ordered.length === losses.trunks.size) {
    let i = 0;
    for (const loss of losses.trunks.values()) subtractTrunk(ordered[i++], loss);
  } else {
    const trunks = trunkFacts(network);
    for (const [id, loss] of losses.trunks) subtractTrunk(trunks.get(id), loss);
  }
  const total = { sessions: 0, cps: 0, trunkSessions: 0 };
  for (const site of bySite.values()) {
    for (const m of CAPACITY_METRICS) {
      site[m] = Math.max(0, site[m]);
      total[m] += site[m];
    }
  }
  return { scope, instant, total, bySite };
}

/** Forecast traffic of a scope, multiplied by `factor` (1 + headroom or growth), rounded up. */
export function requiredCapacity(forecast: Pick<IntervalForecast, 'totalSessions' | 'totalCps' | 'emergencySessions' | 'emergencyCps'>, factor: number, scope: CapacityScope): CapacityFigures {
  const sessions = scope === 'all' ? forecast.totalSessions : forecast.emergencySessions;
  const cps = scope === 'all' ? forecast.totalCps : forecast.emergencyCps;
  return { sessions: roundUp(sessions * factor), cps: roundUp(cps * factor), trunkSessions: roundUp(sessions * factor) };
}

/** Lowest available/required ratio over the metrics (Infinity when nothing is required); `available` already rounded down. */
function coverageOf(sessions: number, cps: number, trunkSessions: number, required: CapacityFigures): number {
  let coverage = Infinity;
  if (required.sessions > 0) coverage = Math.min(coverage, sessions / required.sessions);
  if (required.cps > 0) coverage = Math.min(coverage, cps / required.cps);
  if (required.trunkSessions > 0) coverage = Math.min(coverage, trunkSessions / required.trunkSessions);
  return coverage;
}

function judgeFigures(availableRaw: CapacityFigures, required: CapacityFigures) {
  const available = { sessions: roundDown(availableRaw.sessions), cps: roundDown(availableRaw.cps), trunkSessions: roundDown(availableRaw.trunkSessions) };
  const margin = { sessions: available.sessions - required.sessions, cps: available.cps - required.cps, trunkSessions: available.trunkSessions - required.trunkSessions };
  const short = CAPACITY_METRICS.filter((m) => margin[m] < 0);
  return { available, margin, coverage: coverageOf(available.sessions, available.cps, available.trunkSessions, required), short };
}

/**
 * N-1 on what remains: every remaining site is lost in turn, and the loss that leaves the least
 * coverage (lowest available/required over sessions, cps and trunk sessions) is the one reported.
 * Checking every site is the same as removing, per metric, the largest remaining site, but it names
 * one site and gives consistent numbers for it. Ties go to the site contributing more sessions, then
 * to the first id.
 */
export function worstSiteLoss(remaining: RemainingCapacity, required: CapacityFigures): SiteLossJudgement {
  const total = remaining.total;
  const failingSites: string[] = [];
  // Each site's loss is judged with plain numbers (this runs for every site, scope and interval of a
  // plan); the full judgement, with its objects, is made once, for the worst site.
  let worstSite: string | undefined;
  let worstContribution: CapacityFigures | undefined;
  let worstCoverage = Infinity;
  for (const [site, contribution] of remaining.bySite) {
    if (!(contribution.sessions > EPSILON || contribution.cps > EPSILON || contribution.trunkSessions > EPSILON)) continue;
    // As judgeFigures computes them.
    const sessions = roundDown(total.sessions - contribution.sessions);
    const cps = roundDown(total.cps - contribution.cps);
    const trunkSessions = roundDown(total.trunkSessions - contribution.trunkSessions);
    const coverage = coverageOf(sessions, cps, trunkSessions, required);
    if (sessions - required.sessions < 0 || cps - required.cps < 0 || trunkSessions - required.trunkSessions < 0) failingSites.push(site);
    const better =
      worstContribution === undefined ||
      coverage < worstCoverage ||
      (coverage === worstCoverage && contribution.sessions > worstContribution.sessions);
    if (better) {
      worstSite = site;
      worstContribution = contribution;
      worstCoverage = coverage;
    }
  }
  const worst =
    worstContribution === undefined
      ? // No site left with capacity: nothing more to lose, judge what remains (usually nothing).
        { lostSite: undefined, lostSiteCapacity: { ...ZERO }, required, ...judgeFigures(total, required) }
      : {
          lostSite: worstSite,
          lostSiteCapacity: { ...worstContribution },
          required,
          ...judgeFigures(
            {
              sessions: total.sessions - worstContribution.sessions,
              cps: total.cps - worstContribution.cps,
              trunkSessions: total.trunkSessions - worstContribution.trunkSessions,
            },
            required,
          ),
        };
  return { ...worst, ok: worst.short.length === 0 && failingSites.length === 0, failingSites: failingSites.sort() };
}

/** The figures of a judgement as finding data (available, required and margin per metric), in one order for every rule. */
export function judgementData(j: SiteLossJudgement) {
  return {
    availableSessions: j.available.sessions,
    requiredSessions: j.required.sessions,
    marginSessions: j.margin.sessions,
    availableCps: j.available.cps,
    requiredCps: j.required.cps,
    marginCps: j.margin.cps,
    availableTrunkSessions: j.available.trunkSessions,
    requiredTrunkSessions: j.required.trunkSessions,
    marginTrunkSessions: j.margin.trunkSessions,
    short: j.short,
  };
}

export interface PeakForecast {
  totalSessions: number;
  totalCps: number;
  emergencySessions: number;
  emergencyCps: number;
  /** Where the sessions peak is, e.g. "weekday 18:00". */
  sessionsPeakAt: string;
  emergencySessionsPeakAt: string;
}

/** The forecast peak of every metric, over every day type and hour (each metric on its own). */
export function forecastPeak(network: Network): PeakForecast {
  const profiles = network.forecast.profiles;
  const best = (metric: keyof Omit<TrafficProfile, 'at'>) => {
    let value = 0;
    let at = '';
    for (const dayType of ['weekday', 'weekend', 'holiday'] as const) {
      profiles[dayType][metric].forEach((v, hour) => {
        if (at === '' || v > value) {
          value = v;
          at = `${dayType} ${String(hour).padStart(2, '0')}:00`;
        }
      });
    }
    return { value, at };
  };
  const sessions = best('totalSessions');
  const emergencySessions = best('emergencySessions');
  return {
    totalSessions: sessions.value,
    totalCps: best('totalCps').value,
    emergencySessions: emergencySessions.value,
    emergencyCps: best('emergencyCps').value,
    sessionsPeakAt: sessions.at,
    emergencySessionsPeakAt: emergencySessions.at,
  };
}

/**
 * The change requests a failure found in one interval is attributed to, given a predicate that says
 * whether a subset of the interval's exposures fails. A change request is attributed the failure when
 * its own exposures already fail, or when the failure disappears without them (it is a necessary part
 * of a joint failure). A change request running next to one that fails on its own, without making
 * things worse, is not blamed: its plan is judged on what it adds. If no change request qualifies
 * (several are each redundant), all are. Costs two predicate calls per change request in the interval.
 */
export function attributeFailure(
  exposures: readonly StepExposure[],
  fails: (subset: readonly StepExposure[]) => boolean,
  footprintOf?: (exposure: StepExposure) => string,
): string[] {
  const groups = exposuresByChange(exposures);
  const ids = [...groups.keys()].sort();
  if (ids.length <= 1) return ids;
  // With a footprint (everything `fails` reads of an exposure), a change request whose every exposure
  // another change request repeats changes nothing when it is left out: the interval without it is the
  // interval itself, so that question is asked once, not once per change request (301 copies of one
  // change in one interval).
  const firstOwner = new Map<string, string>();
  const repeated = new Set<string>();
  for (const [id, own] of groups) {
    if (!footprintOf) break;
    for (const e of own) {
      const footprint = footprintOf(e);
      const owner = firstOwner.get(footprint);
      if (owner === undefined) firstOwner.set(footprint, id);
      else if (owner !== id) repeated.add(footprint);
    }
  }
  let allFail: boolean | undefined;
  const blamed = ids.filter((id) => {
    const own = groups.get(id) as StepExposure[];
    if (fails(own)) return true;
    if (footprintOf && own.every((e) => repeated.has(footprintOf(e)))) return !(allFail ??= fails(exposures));
    return !fails(exposures.filter((e) => e.step.changeId !== id));
  });
  return blamed.length > 0 ? blamed : ids;
}

const footprints = new WeakMap<StepExposure, string>();

/** Everything about an exposure that the capacity and route judgements read (`lossesOf`, route risk). */
export function exposureFootprint(e: StepExposure): string {
  let footprint = footprints.get(e);
  if (footprint === undefined) {
    footprint = `${e.step.window.start}|${e.step.window.end}|${e.step.capacityLoss}|${e.servers.join(',')}|${e.trunks.join(',')}|${e.step.targets.sites.join(',')}`;
    footprints.set(e, footprint);
  }
  return footprint;
}

const byChangeCache = new WeakMap<readonly StepExposure[], Map<string, StepExposure[]>>();

/** An interval's exposures by change request id, in their order; built once per list. */
export function exposuresByChange(exposures: readonly StepExposure[]): Map<string, StepExposure[]> {
  let groups = byChangeCache.get(exposures);
  if (!groups) {
    groups = new Map();
    for (const e of exposures) {
      const list = groups.get(e.step.changeId);
      if (list) list.push(e);
      else groups.set(e.step.changeId, [e]);
    }
    byChangeCache.set(exposures, groups);
  }
  return groups;
}

/** The step of a change request to point at in an interval: its latest-starting running step, else a soaking one. */
export function stepToReport(interval: Interval, changeId: string): Step | undefined {
  const own = (exposuresByChange(interval.exposures).get(changeId) ?? []).map((e) => e.step);
  const running = own.filter((s) => s.window.start <= interval.start && s.window.end > interval.start);
  const pool = running.length > 0 ? running : own;
  return pool.reduce<Step | undefined>((latest, s) => (latest === undefined || compareSteps(s, latest) > 0 ? s : latest), undefined);
}

/**
 * The steps a run of failing intervals counted only because their unproven change was still soaking.
 * Every change request blamed for the run shares each interval's list instead of copying it, so a
 * dense plan keeps one list per interval, not one per change request.
 */
export class SoakingSteps {
  private readonly lists: (readonly string[])[] = [];

  add(list: readonly string[]): void {
    if (list.length > 0 && this.lists[this.lists.length - 1] !== list) this.lists.push(list);
  }

  sorted(): string[] {
    const all = new Set<string>();
    for (const list of this.lists) for (const key of list) all.add(key);
    return [...all].sort();
  }
}

/** Finding data naming the change requests and steps of an interval (listed up to a limit, counted). */
export function participantsData(steps: readonly Step[]): FindingData {
  const changes = listedAndCounted([...new Set(steps.map((s) => s.changeId))].sort());
  const keys = listedAndCounted(steps.map(stepKey));
  return { changes: changes.listed, changeCount: changes.count, steps: keys.listed, stepCount: keys.count };
}

/** Finding data for the steps a run counted only while soaking, with the sentence that explains them. */
export function soakingData(sorted: readonly string[]): FindingData {
  const { listed, count, text } = listedAndCounted(sorted);
  return {
    soakingSteps: listed,
    soakingCount: count,
    soakNote:
      count === 0
        ? ''
        : ` The run lasts past the step windows because ${text} ${count === 1 ? 'runs a change' : 'run changes'} not yet proven on the group, whose targets stay at risk until the change has soaked across a traffic peak.`,
  };
}
