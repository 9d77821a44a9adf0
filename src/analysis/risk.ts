// Derives a change request's risk class from what its plan touches. The risk-classification and approvals
// rules, the engine's waiver check and the CAB report all judge a change by this one derivation, with
// risk-classification's validated options (settings.ts), never by the owner's label alone.
import type { ChangeRequest, Inventory, Network, RiskClass } from '../model/types.ts';
import { routeIndex } from '../timeline/routes.ts';
import { compareSteps } from '../timeline/compare.ts';
import { buildTimeline } from '../timeline/build.ts';
import { formatInstant } from '../core/time.ts';
import type { IntervalForecast, StepExposure, Timeline } from '../timeline/types.ts';
import { stepKey } from '../timeline/types.ts';
import { addEach } from '../core/collections.ts';

export interface RiskOptions {
  broadChangeSites: number;
  commonModeStepSites: number;
  minCapacityMargin: number;
}

export const RISK_DEFAULTS: RiskOptions = {
  broadChangeSites: 3,
  commonModeStepSites: 3,
  minCapacityMargin: 0.2,
};

export const RISK_ORDER: readonly RiskClass[] = ['low', 'medium', 'high', 'critical'];

export function riskRank(risk: RiskClass): number {
  return RISK_ORDER.indexOf(risk);
}

export function higherRisk(a: RiskClass, b: RiskClass): RiskClass {
  return riskRank(a) >= riskRank(b) ? a : b;
}

/** The numbers behind a derived class, so a report can show them next to the class. */
export interface RiskFactors {
  /** Emergency numbers with a route through an element the change touches, sorted. */
  emergencyNumbers: string[];
  /** Touched call servers and trunks that are on an emergency route or marked emergency. */
  emergencyElements: string[];
  /** Distinct sites the change touches over all its steps, sorted. */
  sites: string[];
  /** The step touching the most sites at once (first in plan order on a tie). */
  widestStep: { stepId: string; sites: string[] } | undefined;
  /** Steps running a version or procedure not yet proven on their redundancy group. */
  unproven: { stepId: string; signature: string; sites: string[] }[];
  /** Smallest N-1 capacity margin during the change (fraction; -1 means nothing left); undefined without forecast traffic. */
  minCapacityMargin: number | undefined;
  /** Interval where that margin occurs. */
  minMarginInterval: { start: number; end: number } | undefined;
}

export interface DerivedRisk {
  class: RiskClass;
  /** One sentence per factor that raised the class above low, each ending with the class it implies. */
  reasons: string[];
  factors: RiskFactors;
}

/** A change's own exposures and the intervals in which they act, from the timeline or a timeline of its own. */
function ownView(network: Network, timeline: Timeline, change: ChangeRequest): { exposures: StepExposure[]; intervals: OwnInterval[] } {
  const onTimeline = change.steps.length > 0 && change.steps.every((s) => timeline.exposures.has(stepKey(s)));
  let source = timeline;
  if (!onTimeline) {
    // Drafts, done and cancelled changes are not on the shared timeline; the CAB report still wants their
    // class, so they get a timeline of their own with the same soak settings.
    source = buildTimeline({ ...network, changes: [change] }, timeline.options);
  }
  // In timeline order, not file order: reordering the steps of a file must not reorder the reasons.
  const exposures = [...change.steps].sort(compareSteps).map((s) => source.exposures.get(stepKey(s))).filter((e): e is StepExposure => e !== undefined);
  return { exposures, intervals: intervalsByChange(source).get(change.id) ?? [] };
}

type OwnInterval = { start: number; end: number; forecast: IntervalForecast; exposures: StepExposure[] };
const intervalIndex = new WeakMap<Timeline, Map<string, OwnInterval[]>>();

/** Each change's own exposures per interval, indexed once per timeline so deriving every change stays linear. */
function intervalsByChange(timeline: Timeline): Map<string, OwnInterval[]> {
  let index = intervalIndex.get(timeline);
  if (!index) {
    index = new Map();
    for (const interval of timeline.intervals) {
      const own = new Map<string, StepExposure[]>();
      for (const e of interval.exposures) {
        const list = own.get(e.step.changeId);
        if (list) list.push(e);
        else own.set(e.step.changeId, [e]);
      }
      for (const [changeId, exposures] of own) {
        const list = index.get(changeId) ?? [];
        list.push({ start: interval.start, end: interval.end, forecast: interval.forecast, exposures });
        index.set(changeId, list);
      }
    }
    intervalIndex.set(timeline, index);
  }
  return index;
}

function sitesOf(network: Network, exposure: StepExposure): string[] {
  const inv = network.inventory;
  const sites = new Set<string>();
  for (let i = 0; i < exposure.servers.length; i++) {
    const site = inv.callServers.get(exposure.servers[i] as string)?.site;
    if (site !== undefined) sites.add(site);
  }
  // The trunks of a targeted server are on its site: only trunks named on their own can add a site
  // (a step's trunks are those of its servers plus the named ones that exist, see resolveTargets).
  for (const t of exposure.step.targets.trunks) {
    const server = inv.trunks.get(t)?.callServer;
    const site = server !== undefined ? inv.callServers.get(server)?.site : undefined;
    if (site !== undefined) sites.add(site);
  }
  return [...sites].sort();
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

type SiteCapacity = { sessions: number; cps: number };
interface BaseCapacity {
  total: SiteCapacity;
  perSite: Map<string, SiteCapacity>;
  /** Site ids by decreasing sessions, and by decreasing cps: the largest untouched site is found near the front. */
  bySessions: string[];
  byCps: string[];
}
// By inventory, all it depends on (a series of evaluations shares one, see src/model/reuse.ts).
const baseCapacityCache = new WeakMap<Inventory, BaseCapacity>();

function baseCapacity(network: Network): BaseCapacity {
  let base = baseCapacityCache.get(network.inventory);
  if (!base) {
    const perSite = new Map<string, SiteCapacity>();
    const total = { sessions: 0, cps: 0 };
    for (const server of network.inventory.callServers.values()) {
      const site = perSite.get(server.site) ?? { sessions: 0, cps: 0 };
      site.sessions += server.capacity.sessions;
      site.cps += server.capacity.cps;
      perSite.set(server.site, site);
      total.sessions += server.capacity.sessions;
      total.cps += server.capacity.cps;
    }
    const ids = [...perSite.keys()];
    const cap = (id: string) => perSite.get(id) as SiteCapacity;
    base = {
      total,
      perSite,
      bySessions: [...ids].sort((a, b) => cap(b).sessions - cap(a).sessions),
      byCps: [...ids].sort((a, b) => cap(b).cps - cap(a).cps),
    };
    baseCapacityCache.set(network.inventory, base);
  }
  return base;
}

/**
 * N-1 capacity margin of one interval, counting only what this change puts at risk: capacity left after
 * the change's losses, minus the largest remaining site, over forecast traffic, minus one. The smaller of
 * the sessions and call-attempt margins; undefined when no traffic is forecast. Works from per-site totals
 * computed once, so its cost depends on what the change touches, not on the size of the network.
 */
function capacityMargin(network: Network, interval: { start: number; exposures: StepExposure[]; forecast: IntervalForecast }): number | undefined {
  const loss = new Map<string, number>();
  for (const e of interval.exposures) {
    // A step still soaking after its window is assumed possibly lost, as in the shared timeline.
    const l = e.step.window.end > interval.start ? e.step.capacityLoss : 1;
    for (let i = 0; i < e.servers.length; i++) {
      const s = e.servers[i] as string;
      loss.set(s, Math.max(loss.get(s) ?? 0, l));
    }
  }
  const base = baseCapacity(network);
  const lost = new Map<string, SiteCapacity>();
  const total = { ...base.total };
  for (const [id, l] of loss) {
    const server = network.inventory.callServers.get(id);
    if (!server || l === 0) continue;
    const site = lost.get(server.site) ?? { sessions: 0, cps: 0 };
    site.sessions += server.capacity.sessions * l;
    site.cps += server.capacity.cps * l;
    lost.set(server.site, site);
    total.sessions -= server.capacity.sessions * l;
    total.cps -= server.capacity.cps * l;
  }
  const largest = (key: 'sessions' | 'cps', order: string[]) => {
    let best = 0;
    for (const [id, l] of lost) best = Math.max(best, (base.perSite.get(id)?.[key] ?? 0) - l[key]);
    const untouched = order.find((id) => !lost.has(id));
    if (untouched !== undefined) best = Math.max(best, base.perSite.get(untouched)?.[key] ?? 0);
    return best;
  };
  const margins: number[] = [];
  if (interval.forecast.totalSessions > 0) margins.push((total.sessions - largest('sessions', base.bySessions)) / interval.forecast.totalSessions - 1);
  if (interval.forecast.totalCps > 0) margins.push((total.cps - largest('cps', base.byCps)) / interval.forecast.totalCps - 1);
  return margins.length > 0 ? Math.min(...margins) : undefined;
}


/**
 * Derivations already made, per timeline, network, change and options: the risk-classification and
 * approvals rules (and the CAB report) each ask for the same change's class, and the derivation is pure.
 */
const derivedCache = new WeakMap<Timeline, WeakMap<Network, WeakMap<ChangeRequest, Map<string, DerivedRisk>>>>();

/**
 * Derives the risk class of a change request from what its plan touches (see docs/rules/risk-classification.md
 * for the table). Pure: the same network, timeline and change always give the same class and reasons.
 */
export function deriveRisk(network: Network, timeline: Timeline, change: ChangeRequest, options: RiskOptions): DerivedRisk {
  let byNetwork = derivedCache.get(timeline);
  if (!byNetwork) derivedCache.set(timeline, (byNetwork = new WeakMap()));
  let byChange = byNetwork.get(network);
  if (!byChange) byNetwork.set(network, (byChange = new WeakMap()));
  let byOptions = byChange.get(change);
  if (!byOptions) byChange.set(change, (byOptions = new Map()));
  const key = `${options.broadChangeSites}|${options.commonModeStepSites}|${options.minCapacityMargin}`;
  let derived = byOptions.get(key);
  if (!derived) {
    derived = deriveRiskUncached(network, timeline, change, options);
    byOptions.set(key, derived);
  }
  return derived;
}

function deriveRiskUncached(network: Network, timeline: Timeline, change: ChangeRequest, options: RiskOptions): DerivedRisk {
  const inv = network.inventory;
  const { exposures, intervals } = ownView(network, timeline, change);
  const raise: { class: RiskClass; reason: string }[] = [];
  const zone = network.policy.timeZone;

  // Emergency path: elements on a route of an emergency number, or marked as carrying emergency calls.
  const servers = new Set<string>();
  for (const e of exposures) addEach(servers, e.servers);
  const numbers = new Set<string>();
  const emergencyElements = new Set<string>();
  const routes = routeIndex(network);
  for (const s of servers) {
    const onRoutes = routes.byServer.get(s);
    if (!onRoutes) continue;
    for (const route of onRoutes) numbers.add(route.number);
    emergencyElements.add(s);
  }
  // The change's trunks are those of its servers plus the ones its steps name (that exist); of those,
  // only the trunks on a route or marked emergency matter here.
  const emergencyTrunks = routes.emergencyTrunksByServer;
  const trunks = new Set<string>();
  for (const s of servers) for (const t of emergencyTrunks.get(s) ?? []) trunks.add(t);
  for (const e of exposures) for (const t of e.step.targets.trunks) if (inv.trunks.has(t)) trunks.add(t);
  for (const t of trunks) {
    const onRoutes = routes.byTrunk.get(t);
    if (!onRoutes) continue;
    for (const route of onRoutes) numbers.add(route.number);
    emergencyElements.add(t);
  }
  for (const s of servers) if (inv.callServers.get(s)?.emergency) emergencyElements.add(s);
  for (const t of trunks) if (inv.trunks.get(t)?.emergency) emergencyElements.add(t);
  const emergencyNumbers = [...numbers].sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : 1));
  const onEmergencyPath = emergencyElements.size > 0;
  if (onEmergencyPath) {
    raise.push({
      class: 'medium',
      reason:
        emergencyNumbers.length > 0
          ? `it touches the emergency path: routes of ${emergencyNumbers.length} emergency number(s) (${emergencyNumbers.join(', ')})`
          : `it touches ${emergencyElements.size} element(s) marked as carrying emergency calls`,
    });
  }

  // Breadth: sites over the whole change, and sites hit by one step (common mode).
  const allSites = new Set<string>();
  let widestStep: RiskFactors['widestStep'];
  const siteLists = new Map<StepExposure, string[]>();
  const sitesOfExposure = (e: StepExposure): string[] => {
    let sites = siteLists.get(e);
    if (!sites) siteLists.set(e, (sites = sitesOf(network, e)));
    return sites;
  };
  for (const e of exposures) {
    const sites = sitesOfExposure(e);
    sites.forEach((s) => allSites.add(s));
    if (!widestStep || sites.length > widestStep.sites.length) widestStep = { stepId: e.step.id, sites };
  }
  const sites = [...allSites].sort();
  if (sites.length >= options.broadChangeSites) {
    raise.push({ class: 'high', reason: `it touches ${sites.length} sites over the change (${sites.join(', ')}; high from ${options.broadChangeSites})` });
  }
  for (const e of exposures) {
    const stepSites = sitesOfExposure(e);
    if (stepSites.length < 2) continue;
    const groups = new Set(e.servers.map((s) => inv.callServers.get(s)?.redundancyGroup).filter((g): g is string => g !== undefined));
    const wholeGroup = [...groups].find((g) => {
      const groupSites = new Set((inv.redundancyGroups.get(g)?.members ?? []).map((m) => inv.callServers.get(m)?.site));
      return groupSites.size >= 2 && [...groupSites].every((s) => s !== undefined && stepSites.includes(s));
    });
    if (stepSites.length >= options.commonModeStepSites || wholeGroup !== undefined) {
      raise.push({
        class: 'critical',
        reason: `step ${e.step.id} touches ${stepSites.length} sites at once (${stepSites.join(', ')})${wholeGroup !== undefined ? `, every site of redundancy group ${wholeGroup}` : ''}: one mistake hits them all`,
      });
    } else {
      raise.push({ class: 'high', reason: `step ${e.step.id} touches ${stepSites.length} sites at once (${stepSites.join(', ')})` });
    }
  }

  // New (unproven) software or procedure: the timeline's canary-and-soak view.
  const unproven: RiskFactors['unproven'] = [];
  for (const e of exposures) {
    if (!e.unproven || e.signature === undefined) continue;
    const stepSites = sitesOfExposure(e);
    unproven.push({ stepId: e.step.id, signature: e.signature, sites: stepSites });
    const where = `step ${e.step.id} runs ${e.signature}, not yet proven on its redundancy group`;
    if (stepSites.length >= 2) raise.push({ class: 'critical', reason: `${where}, on ${stepSites.length} sites at once` });
    else if (onEmergencyPath) raise.push({ class: 'high', reason: `${where}, on the emergency path` });
    else raise.push({ class: 'medium', reason: where });
  }

  // Capacity: the smallest N-1 margin while the change's own steps act.
  let minCapacityMargin: number | undefined;
  let minMarginInterval: RiskFactors['minMarginInterval'];
  for (const interval of intervals) {
    const margin = capacityMargin(network, interval);
    if (margin !== undefined && (minCapacityMargin === undefined || margin < minCapacityMargin)) {
      minCapacityMargin = margin;
      minMarginInterval = { start: interval.start, end: interval.end };
    }
  }
  if (minCapacityMargin !== undefined && minMarginInterval !== undefined && minCapacityMargin < options.minCapacityMargin) {
    const when = `${formatInstant(minMarginInterval.start, zone)} to ${formatInstant(minMarginInterval.end, zone)}`;
    raise.push({
      class: minCapacityMargin < 0 ? 'critical' : 'high',
      reason:
        minCapacityMargin < 0
          ? `with its losses and the largest remaining site down, capacity falls ${percent(-minCapacityMargin)} short of forecast traffic (${when})`
          : `with its losses and the largest remaining site down, the capacity margin over forecast traffic is only ${percent(minCapacityMargin)} (${when}; high below ${percent(options.minCapacityMargin)})`,
    });
  }

  const derived = raise.reduce<RiskClass>((acc, r) => higherRisk(acc, r.class), 'low');
  // Strongest reasons first, so a one-line summary leads with what decided the class.
  const reasons = raise
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => riskRank(b.class) - riskRank(a.class) || a.i - b.i)
    .map((r) => `${r.reason} (${r.class})`);
  return {
    class: derived,
    reasons,
    factors: {
      emergencyNumbers,
      emergencyElements: [...emergencyElements].sort(),
      sites,
      widestStep,
      unproven,
      minCapacityMargin,
      minMarginInterval,
    },
  };
}
