// Emergency routes indexed by the elements they pass through, built once per network and shared by
// every rule and report that asks which emergency numbers and PSAPs a step or change can affect.
import type { Inventory, Network, Step } from '../model/types.ts';
import { targetsOf } from './targets.ts';

/**
 * Emergency numbers and PSAPs whose routes use any call server or trunk the steps touch, without
 * visiting every trunk of every targeted server (a step reaches the trunks of its servers and the
 * trunks it names that exist, see resolveTargets).
 */
export function stepsEmergencyReach(network: Network, steps: readonly Step[]): { numbers: string[]; psaps: string[] } {
  const index = routeIndex(network);
  const numbers = new Set<string>();
  const psaps = new Set<string>();
  const add = (routes: readonly { number: string; psap: string }[] | undefined) => {
    for (const route of routes ?? []) {
      numbers.add(route.number);
      psaps.add(route.psap);
    }
  };
  for (const step of steps) {
    for (const s of targetsOf(network, step).servers) {
      add(index.byServer.get(s));
      add(index.byTrunkServer.get(s));
    }
    for (const t of step.targets.trunks) if (network.inventory.trunks.has(t)) add(index.byTrunk.get(t));
  }
  return { numbers: sortNumbers([...numbers]), psaps: [...psaps].sort() };
}

export interface RouteIndex {
  byServer: Map<string, { number: string; psap: string }[]>;
  byTrunk: Map<string, { number: string; psap: string }[]>;
  /** Routes by the call server their trunk belongs to (in the inventory). */
  byTrunkServer: Map<string, { number: string; psap: string }[]>;
  /** Per call server, its trunks that are on a route or marked emergency. */
  emergencyTrunksByServer: Map<string, string[]>;
}
// By inventory, all it depends on (a series of evaluations shares one, see src/model/reuse.ts).
const routeIndexes = new WeakMap<Inventory, RouteIndex>();

/**
 * The emergency routes through each call server and each trunk (number and PSAP), built once per
 * network: reach is asked for every step of every change, and scanning every route of every
 * number each time grew with steps x routes.
 */
export function routeIndex(network: Network): RouteIndex {
  let index = routeIndexes.get(network.inventory);
  if (!index) {
    index = { byServer: new Map(), byTrunk: new Map(), byTrunkServer: new Map(), emergencyTrunksByServer: new Map() };
    const add = <T>(map: Map<string, T[]>, id: string, value: T) => {
      const list = map.get(id);
      if (list) list.push(value);
      else map.set(id, [value]);
    };
    const inv = network.inventory;
    for (const number of inv.emergencyNumbers.values()) {
      for (const route of number.routes) {
        const entry = { number: number.number, psap: route.psap };
        add(index.byServer, route.callServer, entry);
        add(index.byTrunk, route.trunk, entry);
        const trunkServer = inv.trunks.get(route.trunk)?.callServer;
        if (trunkServer !== undefined) add(index.byTrunkServer, trunkServer, entry);
      }
    }
    for (const trunk of inv.trunks.values()) {
      if (trunk.emergency || index.byTrunk.has(trunk.id)) add(index.emergencyTrunksByServer, trunk.callServer, trunk.id);
    }
    routeIndexes.set(network.inventory, index);
  }
  return index;
}

/** Emergency numbers sort numerically ("15" before "112"), as people read them. */
export function sortNumbers(numbers: string[]): string[] {
  return numbers.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
