// Which call servers a change signature reaches, shared by the timeline's rollouts and canary-and-soak.
// Kept free of luxon so rules can import it without pulling in the time library.
import type { Network } from '../model/types.ts';
import type { StepExposure } from './types.ts';
import { addEach } from '../core/collections.ts';

/**
 * Call servers a step's change signature reaches: the servers it targets (directly or through their
 * site) and the servers at the end of the trunks it targets.
 */
export function rolloutMembers(network: Network, exposure: Pick<StepExposure, 'servers' | 'step'>): string[] {
  const members = reachedServers(network, exposure);
  return members === exposure.servers ? members.slice() : (members as string[]);
}

/**
 * rolloutMembers, read-only: the common step names no trunk, and its servers come sorted and distinct
 * from targetsOf, so they are the answer themselves (checked, not assumed); otherwise a new list.
 */
export function reachedServers(network: Network, exposure: Pick<StepExposure, 'servers' | 'step'>): readonly string[] {
  if (exposure.step.targets.trunks.length === 0 && strictlyAscending(exposure.servers)) return exposure.servers;
  const members = addEach(new Set<string>(), exposure.servers);
  for (const id of exposure.step.targets.trunks) {
    const trunk = network.inventory.trunks.get(id);
    if (trunk) members.add(trunk.callServer);
  }
  return [...members].sort();
}

/** True when every element is greater than the one before it (so the list is sorted and distinct). */
function strictlyAscending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1] as string) < (list[i] as string))) return false;
  return true;
}
