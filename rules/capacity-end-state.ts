// Invariant 13: once a capacity-upgrade change request has completed, the platform it leaves behind
// survives the loss of any one site at the forecast peak with growth, and no site holds too large a
// share of a redundancy group. Capacity at completion comes from the shared capacity index
// (src/analysis/capacity.ts): the inventory plus every capacity change of the considered change
// requests whose step has ended by then, this one's included.
import { defineRule } from '../src/rule-api/rule.ts';
import type { ChangeRequest } from '../src/model/types.ts';
import { capacityIndexFor, forecastPeak, judgementData, remainingCapacity, requiredCapacity, worstSiteLoss } from '../src/analysis/capacity.ts';
import type { CapacityScope, ElementLosses } from '../src/analysis/capacity.ts';

interface Options {
  growth: number;
  maxSiteShare: number;
}

type MessageId = 'siteLossNotSurvived' | 'emergencySiteLossNotSurvived' | 'siteShareTooHigh';

const NOTHING_AT_RISK: ElementLosses = { servers: new Map(), trunks: new Map(), sites: new Set() };

function percent(x: number): number {
  return Math.round(x * 10000) / 100;
}

export default defineRule<Options, MessageId>({
  id: 'capacity-end-state',
  title: 'A capacity upgrade leaves a platform that survives the loss of any one site',
  summary:
    'After every step of a capacity-upgrade change request has completed, the platform survives the loss of any one site at the forecast peak plus growth (all calls and emergency calls), and no site holds more than maxSiteShare of a redundancy group.',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale:
    'The change behind the 2 June 2021 outage of the French emergency numbers followed a modernisation and capacity-increase operation. A capacity upgrade is judged on what it leaves behind, not only on how it is run: added capacity concentrated on one site, or capacity removed while rebalancing, can leave a platform that no longer survives the loss of a site at the evening peak, and nobody notices until that site fails. Checking the end state against the forecast peak with growth, and bounding the share of any one site, keeps the upgrade an improvement of resilience and not only of totals.',
  optionsSchema: {
    type: 'object',
    properties: {
      growth: {
        type: 'number',
        minimum: 0,
        maximum: 10,
        description:
          'Traffic growth the end state must absorb: the capacity left after losing any one site must cover the forecast peak (the highest hour over every day type) x (1 + growth). Default 0.1 (10 %).',
      },
      maxSiteShare: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        description:
          'Largest fraction of a redundancy group\'s capacity (sessions or cps) one site may hold after the upgrade. Default 0.4: with six sites, no site should carry much more than twice its fair share.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { growth: 0.1, maxSiteShare: 0.4 },
  messages: {
    siteLossNotSurvived:
      'once {{change}} has completed ({{completedAt}}), the platform no longer survives the loss of one site at the forecast peak: losing {{lostSite}} leaves {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions, against {{requiredSessions}} sessions / {{requiredCps}} cps required (peak {{peakSessions}} sessions at {{peakAt}}, {{peakCps}} cps, plus {{growthPercent}} % growth); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions. Sites whose loss is not survived: {{failingSites}}. Add capacity on the other sites, or remove less.',
    emergencySiteLossNotSurvived:
      'once {{change}} has completed ({{completedAt}}), emergency calls no longer survive the loss of one site at the forecast peak: losing {{lostSite}} leaves the emergency-capable servers and trunks {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions, against {{requiredSessions}} emergency sessions / {{requiredCps}} cps required (peak {{peakSessions}} sessions at {{peakAt}}, {{peakCps}} cps, plus {{growthPercent}} % growth); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions. Sites whose loss is not survived: {{failingSites}}. Keep enough emergency-capable capacity on the other sites.',
    siteShareTooHigh:
      'once {{change}} has completed ({{completedAt}}), site {{site}} holds {{sessionsSharePercent}} % of the sessions ({{siteSessions}} of {{groupSessions}}) and {{cpsSharePercent}} % of the cps ({{siteCps}} of {{groupCps}}) of redundancy group {{group}}, above the {{maxSiteSharePercent}} % one site may hold: losing that site would take too much of the group with it. Spread the added capacity over more sites.',
  },
  waivable: true,
  check(context) {
    const { network, timeline, options } = context;
    const inv = network.inventory;
    const index = capacityIndexFor(network, timeline);
    const peak = forecastPeak(network);
    const factor = 1 + options.growth;
    const hasEmergency = [...inv.callServers.values()].some((s) => s.emergency);
    const scopes: CapacityScope[] = hasEmergency ? ['all', 'emergency'] : ['all'];

    const judgeChange = (change: ChangeRequest) => {
      const completedAt = Math.max(...change.steps.map((s) => s.window.end));
      const at = { file: change.file, pointer: '/capacityUpgrade' };
      const common = { change: change.id, completedAt: context.formatInstant(completedAt), growthPercent: percent(options.growth) };

      for (const scope of scopes) {
        const remaining = remainingCapacity(network, index, completedAt, NOTHING_AT_RISK, scope);
        const j = worstSiteLoss(remaining, requiredCapacity(peak, factor, scope));
        if (j.ok) continue;
        context.report({
          messageId: scope === 'all' ? 'siteLossNotSurvived' : 'emergencySiteLossNotSurvived',
          at,
          atKey: true,
          changeId: change.id,
          data: {
            ...common,
            scope,
            lostSite: j.lostSite ?? 'none',
            lostSiteSessions: Math.floor(j.lostSiteCapacity.sessions),
            lostSiteCps: Math.floor(j.lostSiteCapacity.cps),
            totalSessions: Math.floor(remaining.total.sessions),
            totalCps: Math.floor(remaining.total.cps),
            ...judgementData(j),
            failingSites: j.failingSites,
            peakSessions: scope === 'all' ? peak.totalSessions : peak.emergencySessions,
            peakCps: scope === 'all' ? peak.totalCps : peak.emergencyCps,
            peakAt: scope === 'all' ? peak.sessionsPeakAt : peak.emergencySessionsPeakAt,
          },
        });
      }

      // Shares are judged on the groups this change request touches: an imbalance elsewhere is not its doing.
      const touched = new Set<string>();
      for (const step of change.steps) {
        const exposure = timeline.exposures.get(`${step.changeId}#${step.id}`);
        for (const s of exposure?.servers ?? []) {
          const group = inv.callServers.get(s)?.redundancyGroup;
          if (group !== undefined) touched.add(group);
        }
      }
      for (const groupId of [...touched].sort()) {
        const group = inv.redundancyGroups.get(groupId);
        if (!group || group.members.length === 0) continue;
        const bySite = new Map<string, { sessions: number; cps: number }>();
        const total = { sessions: 0, cps: 0 };
        for (const member of group.members) {
          const server = inv.callServers.get(member);
          if (!server) continue;
          const c = index.serverAt(member, completedAt);
          const site = bySite.get(server.site) ?? { sessions: 0, cps: 0 };
          site.sessions += c.sessions;
          site.cps += c.cps;
          bySite.set(server.site, site);
          total.sessions += c.sessions;
          total.cps += c.cps;
        }
        for (const [site, c] of [...bySite.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const sessionsShare = total.sessions > 0 ? c.sessions / total.sessions : 0;
          const cpsShare = total.cps > 0 ? c.cps / total.cps : 0;
          // A tolerance keeps an exact 40 % (e.g. 2 of 5 equal sites) from failing on binary fractions.
          if (Math.max(sessionsShare, cpsShare) <= options.maxSiteShare + 1e-9) continue;
          context.report({
            messageId: 'siteShareTooHigh',
            at,
            atKey: true,
            changeId: change.id,
            data: {
              ...common,
              group: groupId,
              site,
              siteSessions: c.sessions,
              groupSessions: total.sessions,
              siteCps: c.cps,
              groupCps: total.cps,
              sessionsSharePercent: percent(sessionsShare),
              cpsSharePercent: percent(cpsShare),
              maxSiteSharePercent: percent(options.maxSiteShare),
            },
          });
        }
      }
    };

    for (const change of network.changes) if (change.capacityUpgrade && change.steps.length > 0 && context.wants(change.id)) judgeChange(change);
  },
});
