// How many members of a redundancy group may be at risk together: the judgement redundancy-group-
// concurrency makes per interval, shared with the planner, which rejects a batch that breaks it alone
// before paying for a full evaluation.
import type { Network, RedundancyGroup } from '../model/types.ts';
import type { Interval } from '../timeline/types.ts';

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

/** Ids of the redundancy groups that these servers, at risk together, overload. */
function overloadedGroupIds(network: Network, atRisk: ReadonlySet<string>, limits: ConcurrencyLimits, only?: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const group of network.inventory.redundancyGroups.values()) {
    if (only && !only.has(group.id)) continue;
    const members = [...new Set(group.members)].filter((m) => atRisk.has(m));
    if (members.length === 0) continue;
    const sites = new Set(members.map((m) => network.inventory.callServers.get(m)?.site ?? m)).size;
    if (tooManyAtRisk(new Set(group.members).size, members.length, sites, groupLimits(group, limits))) ids.add(group.id);
  }
  return ids;
}

/**
 * The first redundancy group that these servers, at risk from `start` to `end` on top of what a timeline
 * already has at risk then, overload in some interval where they add a member of that group to those at
 * risk. Adding steps only adds servers at risk in those intervals, so the rule would report that interval
 * with a set of servers it did not report before: a new finding, whatever was reported there already.
 */
export function overloadedAlongside(network: Network, intervals: readonly Pick<Interval, 'start' | 'end' | 'atRiskServers'>[], servers: readonly string[], start: number, end: number, limits: ConcurrencyLimits): string | undefined {
  const groupsOf = new Map<string, string[]>();
  for (const group of network.inventory.redundancyGroups.values()) {
    for (const m of group.members) if (servers.includes(m)) groupsOf.set(m, [...(groupsOf.get(m) ?? []), group.id]);
  }
  if (groupsOf.size === 0) return undefined;
  for (const interval of intervals) {
    if (interval.end <= start || interval.start >= end) continue;
    const before = new Set(interval.atRiskServers);
    const gaining = new Set(servers.filter((s) => !before.has(s)).flatMap((s) => groupsOf.get(s) ?? []));
    if (gaining.size === 0) continue;
    const overloaded = overloadedGroupIds(network, new Set([...before, ...servers]), limits, gaining);
    if (overloaded.size > 0) return [...overloaded].sort()[0];
  }
  return undefined;
}
