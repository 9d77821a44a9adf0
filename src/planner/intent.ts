// What a change request means to do, independent of when and in what slices it does it: the sequence
// of actions each element goes through (the template), the elements it acts on, and the canary order.
// The planner rebuilds the steps from this; it never reads the original windows except for durations.
import type { ChangeRequest, Network, Step } from '../model/types.ts';
import { signatureOf } from '../timeline/build.ts';
import { routeIndex, sortNumbers } from '../timeline/routes.ts';
import { targetsOf } from '../timeline/targets.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One action every element of a batch goes through, in order, with the original step's fields. */
export interface TemplateStep {
  /** The original step it comes from (the first one with this action and content). */
  from: Step;
  /** The original step's data, copied into every planned step (id, targets, window, dependsOn, verification replaced). */
  raw: JsonObject;
  minutes: number;
  signature: string | undefined;
}

/** What it costs the emergency service to lose one call server: the canary is the cheapest. */
export interface MemberCost {
  server: string;
  site: string;
  /** Emergency routes through the server or its trunks. */
  routes: number;
  /** Emergency numbers those routes serve. */
  numbers: string[];
  /** Sessions of the server's capacity that carry emergency calls (0 for a non-emergency server). */
  emergencySessions: number;
}

export interface ChangeIntent {
  change: ChangeRequest;
  template: TemplateStep[];
  /** Every call server the change acts on, cheapest loss first (the canary candidates' order). */
  members: MemberCost[];
  /** Redundancy groups of those servers. */
  groups: string[];
  /** Trunks named by steps on their own (not through a call server): kept with their server. */
  trunksByServer: Map<string, string[]>;
  /** Why the change cannot be re-planned, when it cannot. */
  unsupported?: string;
}

/** The steps' content without where and when: two steps with the same content are one template action. */
function contentKey(raw: JsonObject): string {
  const { id: _id, description: _d, targets: _t, window: _w, dependsOn: _dep, verification: _v, ...rest } = raw;
  return JSON.stringify(rest);
}

export function readIntent(network: Network, change: ChangeRequest, data: JsonObject): ChangeIntent {
  const rawSteps = (Array.isArray(data.steps) ? data.steps : []) as JsonObject[];
  const byStart = [...change.steps].sort((a, b) => a.window.start - b.window.start || a.index - b.index);
  const template: TemplateStep[] = [];
  const seen = new Set<string>();
  for (const step of byStart) {
    const raw = rawSteps[step.index] ?? {};
    const key = contentKey(raw);
    if (seen.has(key)) continue;
    seen.add(key);
    template.push({ from: step, raw, minutes: Math.max(1, Math.round((step.window.end - step.window.start) / 60_000)), signature: signatureOf(step) });
  }
  const inv = network.inventory;
  const servers = new Set<string>();
  const trunksByServer = new Map<string, string[]>();
  let unsupported: string | undefined;
  for (const step of change.steps) {
    const targets = targetsOf(network, step);
    for (const s of targets.servers) servers.add(s);
    for (const t of step.targets.trunks) {
      const owner = inv.trunks.get(t)?.callServer;
      if (owner === undefined) continue;
      if (!targets.servers.includes(owner)) {
        servers.add(owner);
        trunksByServer.set(owner, [...new Set([...(trunksByServer.get(owner) ?? []), t])].sort());
      }
    }
  }
  if (servers.size === 0) unsupported = `${change.id} acts on no call server or trunk of the inventory, so there is nothing to schedule`;
  const routes = routeIndex(network);
  const members: MemberCost[] = [...servers].map((id) => {
    const server = inv.callServers.get(id);
    const through = [...(routes.byServer.get(id) ?? []), ...(routes.byTrunkServer.get(id) ?? [])];
    return {
      server: id,
      site: server?.site ?? '',
      routes: through.length,
      numbers: sortNumbers([...new Set(through.map((r) => r.number))]),
      emergencySessions: server?.emergency ? server.capacity.sessions : 0,
    };
  });
  members.sort((a, b) => a.routes - b.routes || a.emergencySessions - b.emergencySessions || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
  const groups = [...new Set([...servers].map((s) => inv.callServers.get(s)?.redundancyGroup).filter((g): g is string => g !== undefined))].sort();
  return { change, template, members, groups, trunksByServer, ...(unsupported !== undefined ? { unsupported } : {}) };
}

/**
 * The order in which elements receive the change after the canary: the canary's site first (its other
 * members are already half exposed), then whole sites, cheapest first, so waves can take whole sites.
 */
export function rolloutOrder(members: readonly MemberCost[], canary: MemberCost | undefined): MemberCost[] {
  const rest = members.filter((m) => m !== canary);
  const siteRank = new Map<string, number>();
  for (const m of rest) if (!siteRank.has(m.site)) siteRank.set(m.site, siteRank.size);
  if (canary) siteRank.set(canary.site, -1);
  return rest.sort((a, b) => (siteRank.get(a.site) ?? 0) - (siteRank.get(b.site) ?? 0) || members.indexOf(a) - members.indexOf(b));
}

/** Emergency numbers served through the servers: the test calls a batch on them must place. */
export function numbersServedBy(members: readonly MemberCost[]): string[] {
  return sortNumbers([...new Set(members.flatMap((m) => m.numbers))]);
}
