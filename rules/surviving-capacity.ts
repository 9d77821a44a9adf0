// Invariant 3: in every interval of the plan, the capacity not at risk, minus the largest site that is
// not at risk (N-1), covers the interval's forecast with headroom, for all calls and separately for
// emergency calls. The arithmetic lives in src/analysis/capacity.ts (shared with capacity-end-state and
// the CAB report); this file decides what fails, whom to attribute it to, and how to say it.
import { CAPACITY_DEFAULTS } from '../src/analysis/settings.ts';
import { defineRule, wantsSomeExposure } from '../src/rule-api/rule.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import type { RuleContext } from '../src/rule-api/rule.ts';
import { SoakingSteps, attributeFailure, exposureFootprint, capacityIndexFor, participantsData, soakingData, judgementData, lossesOf, remainingCapacity, requiredCapacity, stepToReport, worstSiteLoss } from '../src/analysis/capacity.ts';
import type { CapacityScope, RemainingCapacity, SiteLossJudgement } from '../src/analysis/capacity.ts';
import type { Interval, StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';

interface Options {
  headroom: number;
}

type MessageId = 'allCallsShort' | 'emergencyCallsShort';

interface Judged {
  interval: Interval;
  judgement: SiteLossJudgement;
  remaining: RemainingCapacity;
}

interface Run {
  changeId: string;
  first: Interval;
  last: Interval;
  key: string;
  worst: Judged;
  /** Steps counted in some interval of the run only because their unproven change was still soaking. */
  soaking: SoakingSteps;
}

const SCOPES: readonly CapacityScope[] = ['all', 'emergency'];


function sitesAtRisk(context: RuleContext<Options>, interval: Interval): string[] {
  const inv = context.network.inventory;
  const sites = new Set<string>();
  for (const s of interval.atRiskServers) {
    const site = inv.callServers.get(s)?.site;
    if (site !== undefined) sites.add(site);
  }
  for (const t of interval.atRiskTrunks) {
    const server = inv.trunks.get(t)?.callServer;
    const site = server !== undefined ? inv.callServers.get(server)?.site : undefined;
    if (site !== undefined) sites.add(site);
  }
  return [...sites].sort();
}

export default defineRule<Options, MessageId>({
  id: 'surviving-capacity',
  title: 'Capacity survives the loss of one more site during the change',
  summary:
    'In every interval of the plan, the capacity not at risk minus the largest remaining site (N-1) covers the forecast with headroom, for all calls and for emergency calls, in sessions, call attempts per second and trunk sessions.',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale:
    'While a change runs, the elements it touches may be lost, and the rest of the platform must carry the traffic even if one more site fails for an unrelated reason (N-1). On 2 June 2021 a reconnection procedure ran on all six sites of the emergency-call interconnect at 16:44, ahead of the evening peak: nothing was left outside the change to carry the traffic when it failed, and about 11,800 emergency calls were lost. Comparing, for every interval, what is not at risk (after the capacity added or removed by earlier steps) with the busiest forecast hour plus headroom shows which windows are safe, and with which margin.',
  optionsSchema: {
    type: 'object',
    properties: {
      headroom: {
        type: 'number',
        minimum: 0,
        maximum: 10,
        description:
          'Safety margin over the forecast: the capacity left after N-1 must cover forecast x (1 + headroom). Default 0.2 (20 %), the margin the platform is sized with (70,000 peak sessions x 1.2 = 84,000 <= 100,000 with a site lost).',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { ...CAPACITY_DEFAULTS },
  messages: {
    allCallsShort:
      'not enough capacity survives for all calls from {{runStart}} to {{runEnd}}: at worst, from {{intervalStart}} to {{intervalEnd}} (busiest forecast hour {{busiestHour}}), with {{sitesAtRisk}} at risk, {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions remain once the largest remaining site ({{largestSite}}) is also lost, against {{requiredSessions}} sessions / {{requiredCps}} cps required (forecast {{forecastSessions}} / {{forecastCps}} plus {{headroomPercent}} % headroom); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions.{{soakNote}} Move the step to a quieter hour, or put fewer sites at risk at the same time.',
    emergencyCallsShort:
      'not enough emergency capacity survives from {{runStart}} to {{runEnd}}: at worst, from {{intervalStart}} to {{intervalEnd}} (busiest forecast hour {{busiestHour}}), with {{sitesAtRisk}} at risk, the emergency-capable servers and trunks keep {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions once the largest remaining site ({{largestSite}}) is also lost, against {{requiredSessions}} emergency sessions / {{requiredCps}} cps required (forecast {{forecastSessions}} / {{forecastCps}} plus {{headroomPercent}} % headroom); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions.{{soakNote}} Emergency calls would be lost if one more site failed: keep enough emergency-capable servers out of the change.',
  },
  waivable: true,
  waiverScope: { field: 'scope', description: 'the traffic scope, all or emergency' },
  check(context) {
    const { network, timeline, options } = context;
    const index = capacityIndexFor(network, timeline);
    const factor = 1 + options.headroom;
    // Without any emergency-capable server there is no emergency capacity to judge (nothing to lose).
    const scopes = SCOPES.filter((s) => s === 'all' || [...network.inventory.callServers.values()].some((c) => c.emergency));

    const judge = (interval: Interval, exposures: readonly StepExposure[], scope: CapacityScope, losses = lossesOf(network, exposures, interval.start)): Judged => {
      const remaining = remainingCapacity(network, index, interval.start, losses, scope);
      return { interval, remaining, judgement: worstSiteLoss(remaining, requiredCapacity(interval.forecast, factor, scope)) };
    };

    const flush = (run: Run, scope: CapacityScope) => {
      const { interval, judgement: j, remaining } = run.worst;
      const step = stepToReport(interval, run.changeId);
      if (!step) return;
      const f = interval.forecast;
      const contributing = interval.exposures.map((e) => e.step).sort(compareSteps);
      context.reportStep(step, {
        messageId: scope === 'all' ? 'allCallsShort' : 'emergencyCallsShort',
        at: { file: step.at.file, pointer: step.at.pointer + '/window' },
        atKey: true,
        data: {
          scope,
          runStart: context.formatInstant(run.first.start),
          runEnd: context.formatInstant(run.last.end),
          intervalStart: context.formatInstant(interval.start),
          intervalEnd: context.formatInstant(interval.end),
          busiestHour: f.busiestHour,
          dayType: f.dayType,
          sitesAtRisk: sitesAtRisk(context, interval),
          serversAtRisk: interval.atRiskServers.length,
          trunksAtRisk: interval.atRiskTrunkSet.size,
          notAtRiskSessions: Math.floor(remaining.total.sessions + 1e-6),
          notAtRiskCps: Math.floor(remaining.total.cps + 1e-6),
          largestSite: j.lostSite ?? 'none left',
          largestSiteSessions: Math.floor(j.lostSiteCapacity.sessions + 1e-6),
          largestSiteCps: Math.floor(j.lostSiteCapacity.cps + 1e-6),
          ...judgementData(j),
          forecastSessions: scope === 'all' ? f.totalSessions : f.emergencySessions,
          forecastCps: scope === 'all' ? f.totalCps : f.emergencyCps,
          headroomPercent: Math.round(options.headroom * 10000) / 100,
          ...participantsData(contributing),
          ...soakingData(run.soaking.sorted()),
        },
      });
    };

    // Intervals outside, scopes inside: both scopes judge the same losses of the interval's exposures.
    const openByScope = new Map(scopes.map((scope) => [scope, new Map<string, Run>()]));
    for (const interval of timeline.intervals) {
      // A run is one change request's and ends where it is not blamed: an interval exposing no wanted
      // change request can only end a wanted run, which the gap to the next judged interval does too.
      if (!wantsSomeExposure(context, interval.exposures)) continue;
      const losses = lossesOf(network, interval.exposures, interval.start);
      // Runs are cut where the set of elements at risk changes, so each finding describes one situation.
      // The key is only needed once some run is open or starts here.
      let key: string | undefined;
      const keyOf = () => (key ??= interval.atRiskServers.join(',') + '|' + interval.atRiskTrunks.join(','));
      let soaking: string[] | undefined;
      for (const scope of scopes) {
        const open = openByScope.get(scope) as Map<string, Run>;
        const full = judge(interval, interval.exposures, scope, losses);
        const blamed = full.judgement.ok ? [] : attributeFailure(interval.exposures, (subset) => !judge(interval, subset, scope).judgement.ok, exposureFootprint);
        const blamedSet = new Set(blamed);
        for (const [id, run] of [...open]) {
          if (blamedSet.has(id) && run.last.end === interval.start && run.key === keyOf()) continue;
          flush(run, scope);
          open.delete(id);
        }
        if (blamed.length === 0) continue;
        soaking ??= interval.exposures.filter((e) => e.step.window.end <= interval.start).map((e) => stepKey(e.step));
        for (const id of blamed) {
          let run = open.get(id);
          if (!run) {
            run = { changeId: id, first: interval, last: interval, key: keyOf(), worst: full, soaking: new SoakingSteps() };
            open.set(id, run);
          } else {
            run.last = interval;
            // Lowest coverage wins; on a tie the earlier interval stays, where the shortfall begins.
            if (full.judgement.coverage < run.worst.judgement.coverage) run.worst = full;
          }
          run.soaking.add(soaking);
        }
      }
    }
    for (const [scope, open] of openByScope) for (const run of open.values()) flush(run, scope);
  },
});
