// What each step touches, resolved once per inventory: several rules ask for the targets of every step,
// and resolving them (site -> servers -> trunks, sorted) costs more than the rules' own checks on
// large plans. Rules must not mutate the returned lists.
import type { Inventory, Network, Step } from '../model/types.ts';

export interface StepTargets {
  readonly servers: readonly string[];
  readonly trunks: readonly string[];
}

interface TargetIndex {
  serversBySite: Map<string, string[]>;
  trunksByServer: Map<string, string[]>;
  /** What a step naming just this one call server touches (the common step), shared by all such steps. */
  singleServer: Map<string, StepTargets>;
}

// Built once per inventory (what it depends on, and what a series of evaluations shares, see
// src/model/reuse.ts): resolving targets must not scan the whole inventory for every step.
const targetIndexes = new WeakMap<Inventory, TargetIndex>();

function targetIndex(network: Network): TargetIndex {
  let index = targetIndexes.get(network.inventory);
  if (!index) {
    index = { serversBySite: new Map(), trunksByServer: new Map(), singleServer: new Map() };
    for (const server of network.inventory.callServers.values()) {
      const list = index.serversBySite.get(server.site) ?? [];
      list.push(server.id);
      index.serversBySite.set(server.site, list);
    }
    for (const trunk of network.inventory.trunks.values()) {
      const list = index.trunksByServer.get(trunk.callServer) ?? [];
      list.push(trunk.id);
      index.trunksByServer.set(trunk.callServer, list);
    }
    targetIndexes.set(network.inventory, index);
  }
  return index;
}

/** Servers and trunks a step touches: a site target covers the site's servers, a server covers its trunks. */
export function resolveTargets(network: Network, step: Step): { servers: string[]; trunks: string[] } {
  const inv = network.inventory;
  const index = targetIndex(network);
  const servers = new Set<string>(step.targets.callServers.filter((s) => inv.callServers.has(s)));
  for (const site of step.targets.sites) for (const server of index.serversBySite.get(site) ?? []) servers.add(server);
  const trunks = new Set<string>(step.targets.trunks.filter((t) => inv.trunks.has(t)));
  for (const server of servers) for (const trunk of index.trunksByServer.get(server) ?? []) trunks.add(trunk);
  return { servers: [...servers].sort(), trunks: [...trunks].sort() };
}

// A step's targets depend only on the step and the inventory. Steps live as long as the inventory they
// were built against, so a plain Map per inventory (faster than a WeakMap) keeps nothing alive for long.
const cache = new WeakMap<Inventory, Map<Step, StepTargets>>();

/**
 * `resolveTargets(network, step)`, computed once per inventory and step. The timeline resolves every
 * considered step through it, so the rules' lookups are cache hits.
 */
export function targetsOf(network: Network, step: Step): StepTargets {
  const { sites, callServers, trunks } = step.targets;
  if (callServers.length === 1 && sites.length === 0 && trunks.length === 0) {
    // Most steps work on one call server: resolve that server once, not once per step, and find it
    // by the server's id, without a map of every such step.
    const server = callServers[0] as string;
    const shared = targetIndex(network).singleServer;
    let targets = shared.get(server);
    if (!targets) {
      const resolved = resolveTargets(network, step);
      // Frozen: a rule mutating a list shared by many steps would corrupt all of them.
      targets = Object.freeze({ servers: Object.freeze(resolved.servers), trunks: Object.freeze(resolved.trunks) });
      shared.set(server, targets);
    }
    return targets;
  }
  let byStep = cache.get(network.inventory);
  if (!byStep) cache.set(network.inventory, (byStep = new Map()));
  let targets = byStep.get(step);
  if (!targets) byStep.set(step, (targets = resolveTargets(network, step)));
  return targets;
}
