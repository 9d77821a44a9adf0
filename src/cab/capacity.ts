// Capacity margin per interval for the CAB report: capacity not at risk, minus the largest remaining
// site (N-1), against forecast traffic with headroom, for all calls and for emergency calls. Computed
// from the evaluation's own timeline (interval.serverLoss, interval.atRiskTrunks, interval.forecast)
// and inventory, the same inputs the surviving-capacity rule reads.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Network } from '../model/types.ts';
import type { Interval, Timeline } from '../timeline/types.ts';
import { ALL_RULES } from '../../rules/index.ts';
import type { Clock } from './clock.ts';

export interface CapacityFigures {
  /** Capacity installed (with the capacity changes completed before the interval). */
  installed: number;
  /** Capacity not at risk. */
  available: number;
  /** The largest remaining site and its capacity not at risk. */
  largestSite: string | undefined;
  largestSiteCapacity: number;
  /** available - largest remaining site: what is left if one more site fails. */
  afterN1: number;
  forecast: number;
  /** forecast x (1 + headroom). */
  required: number;
  /** afterN1 - required. */
  margin: number;
}

export interface CapacityRow {
  index: number;
  start: number;
  end: number;
  label: string;
  /** "Wed 16:30", for chart axes. */
  shortLabel: string;
  busiestHour: string;
  sitesAtRisk: string[];
  serversAtRisk: number;
  failing: boolean;
  /** Sessions, all calls. */
  all: CapacityFigures;
  /** Call attempts per second, all calls. */
  cps: CapacityFigures;
  /** Sessions, emergency calls, on emergency-capable servers and emergency trunks (the smaller). */
  emergency: CapacityFigures;
}

export interface CapacityView {
  rows: CapacityRow[];
  minAll: CapacityRow | undefined;
  minEmergency: CapacityRow | undefined;
  headroom: number;
  note: string;
}

/** Headroom the surviving-capacity rule applies (policy override, else its default). */
function headroomOf(network: Network): { headroom: number; source: string } {
  const rule = ALL_RULES.find((r) => r.id === 'surviving-capacity');
  const override = network.policy.rules.get('surviving-capacity')?.options?.headroom;
  if (typeof override === 'number') return { headroom: override, source: 'policy' };
  const fallback = (rule?.defaultOptions as { headroom?: unknown } | undefined)?.headroom;
  if (typeof fallback === 'number') return { headroom: fallback, source: 'rule' };
  return { headroom: 0.2, source: 'report' };
}

function figures(perSite: Map<string, number>, installed: number, forecast: number, headroom: number): CapacityFigures {
  let available = 0;
  let largestSite: string | undefined;
  let largest = 0;
  for (const [site, value] of perSite) {
    available += value;
    if (value > largest) {
      largest = value;
      largestSite = site;
    }
  }
  const required = forecast * (1 + headroom);
  const afterN1 = available - largest;
  return { installed, available, largestSite, largestSiteCapacity: largest, afterN1, forecast, required, margin: afterN1 - required };
}

export function capacityRows(evaluation: Evaluation, network: Network, timeline: Timeline, intervals: Interval[], failing: Set<number>, clock: Clock): CapacityView {
  void evaluation;
  const { headroom, source } = headroomOf(network);
  const inv = network.inventory;
  // Capacity changes count once the step that makes them has ended.
  const added = [...timeline.exposures.values()].filter((e) => e.step.capacityChange !== undefined);
  const rows = intervals.map((iv): CapacityRow => {
    const sessions = new Map<string, number>();
    const cps = new Map<string, number>();
    const emergencyServers = new Map<string, number>();
    const emergencyTrunks = new Map<string, number>();
    let installedSessions = 0;
    let installedCps = 0;
    let installedEmergency = 0;
    let installedTrunks = 0;
    const serverSessions = new Map<string, number>();
    for (const server of inv.callServers.values()) {
      let s = server.capacity.sessions;
      let c = server.capacity.cps;
      for (const e of added) {
        if (e.step.window.end <= iv.start && e.servers.includes(server.id)) {
          s += e.step.capacityChange?.sessions ?? 0;
          c += e.step.capacityChange?.cps ?? 0;
        }
      }
      s = Math.max(0, s);
      c = Math.max(0, c);
      serverSessions.set(server.id, s);
      const keep = 1 - (iv.serverLoss.get(server.id) ?? 0);
      installedSessions += s;
      installedCps += c;
      sessions.set(server.site, (sessions.get(server.site) ?? 0) + s * keep);
      cps.set(server.site, (cps.get(server.site) ?? 0) + c * keep);
      if (server.emergency) {
        installedEmergency += s;
        emergencyServers.set(server.site, (emergencyServers.get(server.site) ?? 0) + s * keep);
      }
    }
    const trunksAtRisk = new Set(iv.atRiskTrunks);
    for (const trunk of inv.trunks.values()) {
      if (!trunk.emergency) continue;
      const site = inv.callServers.get(trunk.callServer)?.site ?? trunk.callServer;
      const keep = trunksAtRisk.has(trunk.id) ? 1 - (iv.serverLoss.get(trunk.callServer) ?? 1) : 1;
      installedTrunks += trunk.capacity.sessions;
      emergencyTrunks.set(site, (emergencyTrunks.get(site) ?? 0) + trunk.capacity.sessions * keep);
    }
    const f = iv.forecast;
    const byServer = figures(emergencyServers, installedEmergency, f.emergencySessions, headroom);
    const byTrunk = figures(emergencyTrunks, installedTrunks, f.emergencySessions, headroom);
    const sites = [...new Set(iv.atRiskServers.map((s) => inv.callServers.get(s)?.site ?? s))];
    const order = [...inv.sites.keys()];
    sites.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return {
      index: iv.index,
      start: iv.start,
      end: iv.end,
      label: clock.span(iv.start, iv.end),
      shortLabel: clock.short(iv.start),
      busiestHour: f.busiestHour.replace('T', ' '),
      sitesAtRisk: sites,
      serversAtRisk: iv.atRiskServers.length,
      failing: failing.has(iv.index),
      all: figures(sessions, installedSessions, f.totalSessions, headroom),
      cps: figures(cps, installedCps, f.totalCps, headroom),
      emergency: byTrunk.afterN1 < byServer.afterN1 ? byTrunk : byServer,
    };
  });
  const minBy = (pick: (r: CapacityRow) => number) => rows.reduce<CapacityRow | undefined>((best, r) => (best === undefined || pick(r) < pick(best) ? r : best), undefined);
  const pct = `${Math.round(headroom * 100)} %`;
  const note =
    source === 'report'
      ? `Capacity margins use a headroom of ${pct}: no surviving-capacity rule was registered to take it from.`
      : '';
  return { rows, minAll: minBy((r) => r.all.margin), minEmergency: minBy((r) => r.emergency.margin), headroom, note };
}
