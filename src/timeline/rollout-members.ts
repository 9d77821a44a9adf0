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
  const members = addEach(new Set<string>(), exposure.servers);
  for (const id of exposure.step.targets.trunks) {
    const trunk = network.inventory.trunks.get(id);
    if (trunk) members.add(trunk.callServer);
  }
  return [...members].sort();
}
