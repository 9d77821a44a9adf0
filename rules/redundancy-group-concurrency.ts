// Invariant 1: at most k members of a redundancy group at risk at once, and never all of them.
// Reads the timeline's intervals (which already keep unproven changes at risk through their soak) and
// reports each maximal run of adjacent intervals in which the same offending set of members is at risk.
import { defineRule, wantedChanges } from '../src/rule-api/rule.ts';
import type { RuleContext } from '../src/rule-api/rule.ts';
import { addEach } from '../src/core/collections.ts';
import { groupLimits, tooManyAtRisk } from '../src/analysis/concurrency.ts';
import type { RedundancyGroup, Step } from '../src/model/types.ts';
import { compareSteps } from '../src/timeline/compare.ts';
import type { Interval, StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';

interface Options {
  maxSitesAtRisk: number;
  maxServersAtRisk: number;
  nonEmergencyMaxSitesAtRisk: number;
  nonEmergencyMaxServersAtRisk: number;
}

interface Run {
  first: Interval;
  last: Interval;
  servers: string[];
  /** Contributing exposures over the run, by step key, in first-seen order. */
  contributors: Map<string, StepExposure>;
  /** Step keys that kept a member at risk in some interval of the run only because they were soaking. */
  soaking: Set<string>;
}


/** The step that opened an interval: the latest-starting running step that puts a member at risk. */
function openingStep(interval: Interval, contributors: StepExposure[]): Step {
  const running = contributors.filter((e) => e.step.window.start <= interval.start && e.step.window.end > interval.start);
  const pool = running.length > 0 ? running : contributors;
  return pool.map((e) => e.step).reduce((latest, s) => (compareSteps(s, latest) > 0 ? s : latest));
}

export default defineRule<Options, 'tooManyAtRisk' | 'wholeGroupAtRisk'>({
  id: 'redundancy-group-concurrency',
  title: 'Few members of a redundancy group at risk at once, never all',
  summary:
    'In every interval of the plan, at most maxSitesAtRisk sites and maxServersAtRisk call servers of a redundancy group are at risk (from any change request), and never the whole group.',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale:
    'A redundancy group only protects calls while enough of its members are healthy. On 2 June 2021 a routine reconnection procedure was applied to the call servers of all six sites of the emergency-call interconnect at the same time; a latent bug sent every one of them into a reboot loop and about 11,800 emergency calls failed. Six sites did not help because the change touched them all at once. Counting members at risk per interval, across every planned change request and including changes still soaking, keeps a single mistake from reaching the whole group.',
  optionsSchema: {
    type: 'object',
    properties: {
      maxSitesAtRisk: {
        type: 'integer',
        minimum: 0,
        description:
          'Most sites of an emergency redundancy group that may have a member at risk in the same interval. Default 1: one site (one failure domain) at a time, so the other sites carry the traffic.',
      },
      maxServersAtRisk: {
        type: 'integer',
        minimum: 0,
        description:
          'Most call servers of an emergency redundancy group that may be at risk in the same interval. Default 2: the servers of one two-server site.',
      },
      nonEmergencyMaxSitesAtRisk: {
        type: 'integer',
        minimum: 0,
        description: 'Most sites of a redundancy group that carries no emergency traffic that may have a member at risk in the same interval.',
      },
      nonEmergencyMaxServersAtRisk: {
        type: 'integer',
        minimum: 0,
        description: 'Most call servers of a redundancy group that carries no emergency traffic that may be at risk in the same interval.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxSitesAtRisk: 1, maxServersAtRisk: 2, nonEmergencyMaxSitesAtRisk: 2, nonEmergencyMaxServersAtRisk: 4 },
  messages: {
    tooManyAtRisk:
      'from {{intervalStart}} to {{intervalEnd}}, {{serverCount}} of the {{groupSize}} members of redundancy group {{group}} are at risk at once, on {{siteCount}} site(s) ({{sites}}): {{servers}}; at most {{maxSitesAtRisk}} site(s) and {{maxServersAtRisk}} server(s) may be at risk together. They are put at risk by {{steps}}.{{soakNote}} Move these steps into separate windows so that fewer members are touched at the same time.',
    wholeGroupAtRisk:
      'from {{intervalStart}} to {{intervalEnd}}, every member of redundancy group {{group}} is at risk at once: {{serverCount}} servers ({{servers}}) on {{siteCount}} site(s) ({{sites}}), put at risk by {{steps}}.{{soakNote}} One common-mode fault would take the whole group down, as on 2 June 2021 when a procedure applied to all six sites at once cut off emergency calls; no option allows this. Touch one site at a time and keep the rest of the group out of the change.',
  },
  waivable: true,
  unwaivable: ['wholeGroupAtRisk'],
  waiverScope: { field: 'group', description: 'the redundancy group' },
  check(context) {
    const { network, timeline, options } = context;
    const servers = network.inventory.callServers;
    const groups = [...network.inventory.redundancyGroups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const flush = (group: RedundancyGroup, run: Run, maxSites: number, maxServers: number) => {
      const sites = [...new Set(run.servers.map((s) => servers.get(s)?.site ?? s))].sort();
      const contributors = [...run.contributors.values()];
      const inFirst = new Set(run.first.exposures);
      const firstContributors = contributors.filter((e) => inFirst.has(e));
      const opener = openingStep(run.first, firstContributors.length > 0 ? firstContributors : contributors);
      const ordered = contributors.map((e) => e.step).sort(compareSteps);
      const soaking = ordered.filter((s) => run.soaking.has(stepKey(s))).map(stepKey);
      const soakNote =
        soaking.length === 0
          ? ''
          : ` ${soaking.join(', ')} ${soaking.length === 1 ? 'is' : 'are'} counted after ${soaking.length === 1 ? 'its' : 'their'} window because ${soaking.length === 1 ? 'it runs' : 'they run'} a version or procedure not yet proven on the group, which stays at risk until it has soaked for ${timeline.soakHours} h across a traffic peak (canary-and-soak).`;
      const whole = run.servers.length === group.members.length;
      context.reportStep(opener, {
        messageId: whole ? 'wholeGroupAtRisk' : 'tooManyAtRisk',
        at: { file: opener.at.file, pointer: opener.at.pointer + '/window' },
        atKey: true,
        data: {
          group: group.id,
          emergency: group.emergency,
          groupSize: group.members.length,
          intervalStart: context.formatInstant(run.first.start),
          intervalEnd: context.formatInstant(run.last.end),
          durationMinutes: Math.round((run.last.end - run.first.start) / 60_000),
          servers: run.servers,
          serverCount: run.servers.length,
          sites,
          siteCount: sites.length,
          maxSitesAtRisk: maxSites,
          maxServersAtRisk: maxServers,
          steps: ordered.map(stepKey),
          changeIds: [...new Set(ordered.map((s) => s.changeId))].sort(),
          soakingSteps: soaking,
          soakNote,
        },
      });
    };

    // The members of each group at risk in each interval, gathered in one pass over the intervals: a
    // group is only looked at in the intervals where some member is at risk (runs are cut at any
    // interval in between, because adjacent intervals share a boundary and those do not).
    // A run's finding names every change request whose steps put a member of its group at risk: a
    // focused evaluation looks only at the groups a wanted change request's steps reach.
    const wanted = wantedGroups(context, groups);
    const groupsOf = new Map<string, string[]>();
    for (const group of groups) {
      if (wanted && !wanted.has(group.id)) continue;
      for (const m of group.members) {
        const list = groupsOf.get(m);
        if (list) list.push(group.id);
        else groupsOf.set(m, [group.id]);
      }
    }
    const atRiskByGroup = new Map<string, { interval: Interval; atRisk: string[] }[]>();
    for (const interval of timeline.intervals) {
      const here = new Map<string, string[]>();
      for (const s of interval.atRiskServers) {
        for (const g of groupsOf.get(s) ?? []) {
          const list = here.get(g);
          if (list) list.push(s);
          else here.set(g, [s]);
        }
      }
      for (const [g, atRisk] of here) {
        const list = atRiskByGroup.get(g);
        if (list) list.push({ interval, atRisk });
        else atRiskByGroup.set(g, [{ interval, atRisk }]);
      }
    }

    for (const group of groups) {
      if (group.members.length === 0) continue;
      const members = new Set(group.members);
      const limit = groupLimits(group, options);
      const { maxSites, maxServers } = limit;
      let run: Run | undefined;
      for (const { interval, atRisk } of atRiskByGroup.get(group.id) ?? []) {
        const siteCount = new Set(atRisk.map((s) => servers.get(s)?.site ?? s)).size;
        const offending = tooManyAtRisk(members.size, atRisk.length, siteCount, limit);
        const key = atRisk.join('\u0000');
        const continues = run !== undefined && offending && run.last.end === interval.start && run.servers.join('\u0000') === key;
        if (!continues) {
          if (run) flush(group, run, maxSites, maxServers);
          run = offending ? { first: interval, last: interval, servers: atRisk, contributors: new Map(), soaking: new Set() } : undefined;
        }
        if (!run) continue;
        run.last = interval;
        for (const e of interval.exposures) {
          if (!e.servers.some((s) => members.has(s))) continue;
          const id = stepKey(e.step);
          if (!run.contributors.has(id)) run.contributors.set(id, e);
          if (e.step.window.end <= interval.start) run.soaking.add(id);
        }
      }
      if (run) flush(group, run, maxSites, maxServers);
    }
  },
});

/**
 * The groups with a member that a wanted change request's steps put at risk (those are the runs it can
 * contribute to); undefined when every change request is wanted.
 */
function wantedGroups(context: RuleContext<Options>, groups: readonly RedundancyGroup[]): Set<string> | undefined {
  const changes = wantedChanges(context);
  if (!changes) return undefined;
  const servers = new Set<string>();
  for (const e of context.timeline.exposures.values()) if (changes.has(e.step.changeId)) addEach(servers, e.servers);
  return new Set(groups.filter((g) => g.members.some((m) => servers.has(m))).map((g) => g.id));
}
