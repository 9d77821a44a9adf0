// What each step touches, resolved once per network: several rules ask for the targets of every step,
// and resolving them (site -> servers -> trunks, sorted) costs more than the rules' own checks on
// large plans. Rules must not mutate the returned lists.
import type { Network, Step } from '../model/types.ts';
import { resolveTargets } from './build.ts';

export interface StepTargets {
  readonly servers: readonly string[];
  readonly trunks: readonly string[];
}

const cache = new WeakMap<Network, WeakMap<Step, StepTargets>>();

/** `resolveTargets(network, step)`, computed once per network and step. */
export function targetsOf(network: Network, step: Step): StepTargets {
  let byStep = cache.get(network);
  if (!byStep) cache.set(network, (byStep = new WeakMap()));
  let targets = byStep.get(step);
  if (!targets) byStep.set(step, (targets = resolveTargets(network, step)));
  return targets;
}
