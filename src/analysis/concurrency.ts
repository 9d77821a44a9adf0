// How many members of a redundancy group may be at risk together: the judgement redundancy-group-
// concurrency makes per interval, shared with the planner, which rejects a batch that breaks it alone
// before paying for a full evaluation.
import type { Network, RedundancyGroup } from '../model/types.ts';

export interface ConcurrencyLimits {
  maxSitesAtRisk: number;
  maxServersAtRisk: number;
  nonEmergencyMaxSitesAtRisk: number;
  nonEmergencyMaxServersAtRisk: number;
}

export function groupLimits(group: Pick<RedundancyGroup, 'emergency'>, limits: ConcurrencyLimits): { maxSites: number; maxServers: number } {
  return group.emergency ? { maxSites: limits.maxSitesAtRisk, maxServers: limits.maxServersAtRisk } : { maxSites: limits.nonEmergencyMaxSitesAtRisk, maxServers: limits.nonEmergencyMaxServersAtRisk };
}

/** Whether these members of the group, at risk at once, are too many (or the whole group). */
export function tooManyAtRisk(groupSize: number, serversAtRisk: number, sitesAtRisk: number, limit: { maxSites: number; maxServers: number }): boolean {
  return serversAtRisk === groupSize || serversAtRisk > limit.maxServers || sitesAtRisk > limit.maxSites;
}

/** The first redundancy group that these servers, at risk together and with nothing else, already overload. */
export function overloadedGroup(network: Network, servers: readonly string[], limits: ConcurrencyLimits): RedundancyGroup | undefined {
  const atRisk = new Set(servers);
  for (const group of network.inventory.redundancyGroups.values()) {
    const members = [...new Set(group.members)].filter((m) => atRisk.has(m));
    if (members.length === 0) continue;
    const sites = new Set(members.map((m) => network.inventory.callServers.get(m)?.site ?? m)).size;
    if (tooManyAtRisk(new Set(group.members).size, members.length, sites, groupLimits(group, limits))) return group;
  }
  return undefined;
}
