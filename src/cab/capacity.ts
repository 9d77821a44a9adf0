// Capacity margin per interval for the CAB report: capacity not at risk, minus the remaining site whose
// loss hurts most (N-1), against forecast traffic with headroom, for all calls and for emergency calls.
// Computed with the shared helpers of src/analysis/capacity.ts on the evaluation's own timeline, with
// the headroom the surviving-capacity rule ran with (the evaluation's validated settings), so the report
// shows the numbers the rule judged.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Network } from '../model/types.ts';
import { capacityIndexFor, lossesOf, remainingCapacity, requiredCapacity, worstSiteLoss } from '../analysis/capacity.ts';
import type { CapacityFigures as SharedFigures, CapacityScope } from '../analysis/capacity.ts';
import type { Interval, StepExposure, Timeline } from '../timeline/types.ts';
import { capacitySettings } from '../analysis/settings.ts';
import type { Clock } from './clock.ts';

export interface CapacityFigures {
  /** Capacity installed (with the capacity changes completed before the interval). */
  installed: number;
  /** Capacity not at risk. */
  available: number;
  /** The remaining site assumed lost (N-1) and what it contributed. */
  largestSite: string | undefined;
  largestSiteCapacity: number;
  /** What is left if that site fails too (rounded down). */
  afterN1: number;
  forecast: number;
  /** forecast x (1 + headroom), rounded up. */
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
  /** Sites at risk because of the summarised change requests' own steps. */
  ownSites: string[];
  /** Other change requests holding elements at risk in the interval (judged together). */
  others: string[];
  failing: boolean;
  /** Sessions, all calls. */
  all: CapacityFigures;
  /** Call attempts per second, all calls. */
  cps: CapacityFigures;
  /** Emergency calls on emergency-capable servers (sessions) or their trunks (trunk sessions), whichever margin is smaller. */
  emergency: CapacityFigures;
}

export interface CapacityView {
  rows: CapacityRow[];
  minAll: CapacityRow | undefined;
  minEmergency: CapacityRow | undefined;
  headroom: number;
  note: string;
}

/** Headroom surviving-capacity ran with in this evaluation; the default when the pack had no such rule. */
function headroomOf(evaluation: Evaluation): { headroom: number; fromRule: boolean } {
  const setting = evaluation.settings.find((e) => e.rule.id === 'surviving-capacity');
  return { headroom: capacitySettings(setting?.options).headroom, fromRule: setting !== undefined };
}

export function capacityRows(evaluation: Evaluation, network: Network, timeline: Timeline, intervals: Interval[], failing: Set<number>, clock: Clock, isFocus: (e: StepExposure) => boolean = () => true): CapacityView {
  const { headroom, fromRule } = headroomOf(evaluation);
  const inv = network.inventory;
  const index = capacityIndexFor(network, timeline);
  const order = [...inv.sites.keys()];
  const rows = intervals.map((iv): CapacityRow => {
    // The same arithmetic as surviving-capacity: losses at the interval's start, N-1 on what remains.
    const losses = lossesOf(network, iv.exposures, iv.start);
    const judge = (scope: CapacityScope) => {
      const remaining = remainingCapacity(network, index, iv.start, losses, scope);
      const judgement = worstSiteLoss(remaining, requiredCapacity(iv.forecast, 1 + headroom, scope));
      return { remaining, judgement };
    };
    const all = judge('all');
    const emergency = judge('emergency');
    const installed = (scope: CapacityScope, metric: keyof SharedFigures) => index.siteIds.reduce((sum, site) => sum + index.siteTotalsAt(site, iv.start, scope)[metric], 0);
    const figures = (j: ReturnType<typeof judge>, scope: CapacityScope, metric: keyof SharedFigures, forecast: number): CapacityFigures => ({
      installed: installed(scope, metric),
      available: j.remaining.total[metric],
      largestSite: j.judgement.lostSite,
      largestSiteCapacity: j.judgement.lostSiteCapacity[metric],
      afterN1: j.judgement.available[metric],
      forecast,
      required: j.judgement.required[metric],
      margin: j.judgement.margin[metric],
    });
    const f = iv.forecast;
    // Emergency calls need emergency-capable servers and trunks: show whichever leaves the smaller margin.
    const byServer = figures(emergency, 'emergency', 'sessions', f.emergencySessions);
    const byTrunk = figures(emergency, 'emergency', 'trunkSessions', f.emergencySessions);
    const siteOf = (s: string) => inv.callServers.get(s)?.site ?? s;
    const sites = [...new Set(iv.atRiskServers.map(siteOf))];
    sites.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const own = iv.exposures.filter(isFocus);
    const ownSites = [...new Set(own.flatMap((e) => [...e.servers.map(siteOf), ...e.trunks.map((t) => siteOf(inv.trunks.get(t)?.callServer ?? t))]))];
    ownSites.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const others = [...new Set(iv.exposures.filter((e) => !isFocus(e)).map((e) => e.step.changeId))].sort();
    return {
      index: iv.index,
      start: iv.start,
      end: iv.end,
      label: clock.span(iv.start, iv.end),
      shortLabel: clock.short(iv.start),
      busiestHour: f.busiestHour.replace('T', ' '),
      sitesAtRisk: sites,
      serversAtRisk: iv.atRiskServers.length,
      ownSites,
      others,
      failing: failing.has(iv.index),
      all: figures(all, 'all', 'sessions', f.totalSessions),
      cps: figures(all, 'all', 'cps', f.totalCps),
      emergency: byTrunk.margin < byServer.margin ? byTrunk : byServer,
    };
  });
  const minBy = (pick: (r: CapacityRow) => number) => rows.reduce<CapacityRow | undefined>((best, r) => (best === undefined || pick(r) < pick(best) ? r : best), undefined);
  const pct = `${Math.round(headroom * 100)} %`;
  const note =
    !fromRule
      ? `Capacity margins use the default headroom of ${pct}: the evaluated rule pack had no surviving-capacity rule to take it from.`
      : '';
  return { rows, minAll: minBy((r) => r.all.margin), minEmergency: minBy((r) => r.emergency.margin), headroom, note };
}
