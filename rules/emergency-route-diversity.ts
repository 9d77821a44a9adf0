// Invariant 4: in every interval of the plan, every emergency number keeps at least minRoutes routes
// whose call server, trunk and transit switch are all out of the change, on at least minSites distinct
// sites. A route's site is its call server's site; a switch counts as at risk when a step targets the
// site it stands on.
import { defineRule, wantsSomeExposure } from '../src/rule-api/rule.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import type { EmergencyNumber, EmergencyRoute, Network } from '../src/model/types.ts';
import { SoakingSteps, attributeFailure, exposureFootprint, participantsData, soakingData, stepToReport } from '../src/analysis/capacity.ts';
import type { Interval, StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';
import { addEach } from '../src/core/collections.ts';

interface Options {
  minRoutes: number;
  minSites: number;
}

interface AtRisk {
  servers: ReadonlySet<string>;
  trunks: ReadonlySet<string>;
  switches: ReadonlySet<string>;
}

/** Whether a list sorted with the default sort (which orders strings as `<` does) holds a value. */
function sortedHas(sorted: readonly string[], value: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = sorted[mid] as string;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * What an interval puts at risk among the route elements, from the timeline's union of its exposures:
 * on a large plan an interval has thousands of trunks at risk and the routes use a few dozen, so the
 * route elements are looked up (in the interval's trunk set and sorted server list) instead of copying
 * what is at risk. Only route elements may be asked about.
 */
function intervalAtRisk(network: Network, interval: Interval, routeServers: readonly string[], routeTrunks: readonly string[]): AtRisk {
  const sites = new Set<string>();
  for (const e of interval.exposures) for (const site of e.step.targets.sites) sites.add(site);
  return {
    servers: new Set(routeServers.filter((s) => sortedHas(interval.atRiskServers, s))),
    trunks: new Set(routeTrunks.filter((t) => interval.atRiskTrunkSet.has(t))),
    switches: switchesOn(network, sites),
  };
}

function switchesOn(network: Network, sites: ReadonlySet<string>): Set<string> {
  const switches = new Set<string>();
  if (sites.size > 0) for (const sw of network.inventory.switches.values()) if (sw.site !== undefined && sites.has(sw.site)) switches.add(sw.id);
  return switches;
}

interface RouteState {
  remaining: EmergencyRoute[];
  lost: EmergencyRoute[];
  sites: string[];
  fails: boolean;
}

interface Judged {
  interval: Interval;
  state: RouteState;
}

interface Run {
  changeId: string;
  first: Interval;
  last: Interval;
  worst: Judged;
  soaking: SoakingSteps;
}


function atRiskOf(network: Network, exposures: readonly StepExposure[]): AtRisk {
  const servers = new Set<string>();
  const trunks = new Set<string>();
  const sites = new Set<string>();
  for (const e of exposures) {
    addEach(servers, e.servers);
    addEach(trunks, e.trunks);
    for (const site of e.step.targets.sites) sites.add(site);
  }
  return { servers, trunks, switches: switchesOn(network, sites) };
}

function describeRoute(r: EmergencyRoute): string {
  return `${r.callServer} > ${r.trunk} > ${r.switch} > ${r.psap}`;
}

export default defineRule<Options, 'tooFewRoutes' | 'noRouteLeft'>({
  id: 'emergency-route-diversity',
  title: 'Every emergency number keeps diverse routes during the change',
  summary:
    'In every interval of the plan, each emergency number keeps at least minRoutes routes whose call server, trunk and switch are not at risk, on at least minSites distinct sites.',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale:
    'On 2 June 2021 the emergency numbers 15, 17, 18 and 112 became partly unreachable for about seven hours because every route through the interconnect ran through call servers touched by the same change. Capacity totals can hide that: a number served from three sites loses everything if those three are in the change together. Counting, for every number and every interval, the routes that stay entirely out of the change, and the sites they are on, shows which emergency services are exposed and when.',
  optionsSchema: {
    type: 'object',
    properties: {
      minRoutes: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'Fewest routes (call server, trunk and switch all out of the change) each emergency number must keep in every interval. Default 2: one route may still fail on its own.',
      },
      minSites: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'Fewest distinct sites (of the call servers) the remaining routes of each emergency number must be on. Default 2: a site failure must not cut the number off.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { minRoutes: 2, minSites: 2 },
  messages: {
    tooFewRoutes:
      'emergency number {{number}} ({{name}}) keeps only {{routesRemaining}} of its {{routesTotal}} routes, on {{siteCount}} site(s) ({{remainingSitesText}}), from {{runStart}} to {{runEnd}} (fewest from {{intervalStart}} to {{intervalEnd}}); at least {{minRoutes}} routes on {{minSites}} distinct sites must stay out of the change. PSAPs affected: {{psapsAffected}}; left without any route: {{psapsUnreachableText}}. Routes lost: {{routesLost}}.{{soakNote}} Touch fewer of the sites serving {{number}} at the same time, or keep one of its routes out of the change.',
    noRouteLeft:
      'emergency number {{number}} ({{name}}) is left without any route: all {{routesTotal}} of its routes are at risk from {{runStart}} to {{runEnd}} (from {{intervalStart}} to {{intervalEnd}} too), so a fault there cuts callers off from {{psapsUnreachableText}}; at least {{minRoutes}} routes on {{minSites}} distinct sites must stay out of the change, and no waiver can allow this. Routes lost: {{routesLost}}.{{soakNote}} Keep at least {{minRoutes}} of the sites serving {{number}} out of the change.',
  },
  waivable: true,
  unwaivable: ['noRouteLeft'],
  waiverScope: { field: 'number', description: 'the emergency number' },
  check(context) {
    const { network, timeline, options } = context;
    const inv = network.inventory;
    const numbers = [...inv.emergencyNumbers.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));

    // A number fails only when the plan takes at least one of its routes: a number the inventory
    // already leaves without diversity is not the doing of a change that does not touch it.
    const evaluate = (number: EmergencyNumber, risk: AtRisk): RouteState => {
      const remaining: EmergencyRoute[] = [];
      const lost: EmergencyRoute[] = [];
      for (const r of number.routes) {
        if (risk.servers.has(r.callServer) || risk.trunks.has(r.trunk) || risk.switches.has(r.switch)) lost.push(r);
        else remaining.push(r);
      }
      const sites = [...new Set(remaining.map((r) => inv.callServers.get(r.callServer)?.site ?? r.callServer))].sort();
      const fails = lost.length > 0 && (remaining.length < options.minRoutes || sites.length < options.minSites);
      return { remaining, lost, sites, fails };
    };
    const worse = (a: RouteState, b: RouteState) => a.remaining.length < b.remaining.length || (a.remaining.length === b.remaining.length && a.sites.length < b.sites.length);

    const flush = (number: EmergencyNumber, run: Run) => {
      const { interval, state } = run.worst;
      const step = stepToReport(interval, run.changeId);
      if (!step) return;
      const psapsWithRoute = new Set(state.remaining.map((r) => r.psap));
      const psapsAffected = [...new Set(state.lost.map((r) => r.psap))].sort();
      const psapsUnreachable = number.psaps.filter((p) => !psapsWithRoute.has(p)).sort();
      const contributing = interval.exposures.map((e) => e.step).sort(compareSteps);
      context.reportStep(step, {
        messageId: state.remaining.length === 0 ? 'noRouteLeft' : 'tooFewRoutes',
        at: { file: step.at.file, pointer: step.at.pointer + '/targets' },
        atKey: true,
        data: {
          number: number.number,
          name: number.name,
          psaps: number.psaps,
          psapsAffected,
          psapsUnreachable,
          psapsUnreachableText: psapsUnreachable.length > 0 ? psapsUnreachable.join(', ') : 'none',
          routesTotal: number.routes.length,
          routesRemaining: state.remaining.length,
          routesLostCount: state.lost.length,
          routesLost: state.lost.map(describeRoute),
          remainingRoutes: state.remaining.map(describeRoute),
          remainingSites: state.sites,
          remainingSitesText: state.sites.length > 0 ? state.sites.join(', ') : 'none',
          siteCount: state.sites.length,
          minRoutes: options.minRoutes,
          minSites: options.minSites,
          runStart: context.formatInstant(run.first.start),
          runEnd: context.formatInstant(run.last.end),
          intervalStart: context.formatInstant(interval.start),
          intervalEnd: context.formatInstant(interval.end),
          ...participantsData(contributing),
          ...soakingData(run.soaking.sorted()),
        },
      });
    };

    // What each interval puts at risk is the same for every number: built once per interval.
    const routeServers = [...new Set(numbers.flatMap((n) => n.routes.map((r) => r.callServer)))];
    const routeTrunks = [...new Set(numbers.flatMap((n) => n.routes.map((r) => r.trunk)))];
    const intervalRisk = new Map<Interval, { risk: AtRisk; targetsSites: boolean }>();
    const riskOf = (interval: Interval) => {
      let entry = intervalRisk.get(interval);
      if (!entry) {
        entry = { risk: intervalAtRisk(network, interval, routeServers, routeTrunks), targetsSites: interval.exposures.some((e) => e.step.targets.sites.length > 0) };
        intervalRisk.set(interval, entry);
      }
      return entry;
    };

    for (const number of numbers) {
      if (number.routes.length === 0) continue;
      const elements = {
        servers: [...new Set(number.routes.map((r) => r.callServer))],
        trunks: [...new Set(number.routes.map((r) => r.trunk))],
      };
      const open = new Map<string, Run>();
      for (const interval of timeline.intervals) {
        // A run is one change request's and ends where it is not blamed: an interval exposing no wanted
        // change request can only end a wanted run, which the gap to the next judged interval does too.
        if (!wantsSomeExposure(context, interval.exposures)) continue;
        // Cheap pre-check on what the interval puts at risk: most intervals leave most numbers alone.
        const { risk, targetsSites } = riskOf(interval);
        const touches = elements.servers.some((s) => risk.servers.has(s)) || elements.trunks.some((t) => risk.trunks.has(t)) || targetsSites;
        let blamed: string[] = [];
        let state: RouteState | undefined;
        if (touches) {
          state = evaluate(number, risk);
          if (state.fails) blamed = attributeFailure(interval.exposures, (subset) => evaluate(number, atRiskOf(network, subset)).fails, exposureFootprint);
        }
        const blamedSet = new Set(blamed);
        for (const [id, run] of [...open]) {
          if (blamedSet.has(id) && run.last.end === interval.start) continue;
          flush(number, run);
          open.delete(id);
        }
        if (!state || blamed.length === 0) continue;
        const soaking = interval.exposures.filter((e) => e.step.window.end <= interval.start).map((e) => stepKey(e.step));
        for (const id of blamed) {
          let run = open.get(id);
          if (!run) {
            run = { changeId: id, first: interval, last: interval, worst: { interval, state }, soaking: new SoakingSteps() };
            open.set(id, run);
          } else {
            run.last = interval;
            if (worse(state, run.worst.state)) run.worst = { interval, state };
          }
          run.soaking.add(soaking);
        }
      }
      for (const run of open.values()) flush(number, run);
    }
  },
});
