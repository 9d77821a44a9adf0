// What each step touches, resolved once per network: several rules ask for the targets of every step,
// and resolving them (site -> servers -> trunks, sorted) costs more than the rules' own checks on
// large plans. Rules must not mutate the returned lists.
import type { Network, Step } from '../model/types.ts';
import { resolveTargets } from './build.ts';
import type { Timeline } from './types.ts';

export interface StepTargets {
  readonly servers: readonly string[];
  readonly trunks: readonly string[];
}

// Steps belong to their network, so a plain Map per network (faster than a WeakMap) keeps nothing alive.
const cache = new WeakMap<Network, Map<Step, StepTargets>>();
const seeded = new WeakSet<Timeline>();

/**
 * `resolveTargets(network, step)`, computed once per network and step. Given the timeline built from
 * this network, the targets it resolved for every considered step (its exposures) are taken from it
 * instead of being resolved again.
 */
export function targetsOf(network: Network, step: Step, timeline?: Timeline): StepTargets {
  let byStep = cache.get(network);
  if (!byStep) cache.set(network, (byStep = new Map()));
  if (timeline && !seeded.has(timeline)) {
    seeded.add(timeline);
    for (const e of timeline.exposures.values()) if (!byStep.has(e.step)) byStep.set(e.step, { servers: e.servers, trunks: e.trunks });
  }
  let targets = byStep.get(step);
  if (!targets) byStep.set(step, (targets = resolveTargets(network, step)));
  return targets;
}
