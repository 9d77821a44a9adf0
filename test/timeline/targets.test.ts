// targetsOf keeps each step's resolved targets on the step: it must give exactly what resolveTargets
// gives, and a copy of a step with other targets, a step read in another network and a frozen step must
// never be answered from a slot that does not belong to them.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Network, Step } from '../../src/model/types.ts';
import { resolveTargets, targetsOf } from '../../src/timeline/targets.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import survivingCapacity from '../../rules/surviving-capacity.ts';
import { changeRequestFile, networkFiles, night } from '../support/builders.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

// Steps naming one call server (two of them the same server) or a whole site.
const FILES = changeRequestFile('CR-TGT-1', [
  { id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(8, '01:00', '02:00') },
  { id: 's2', action: 'restart', targets: '{ sites: [LYO1] }', window: night(9, '01:00', '02:00') },
  { id: 's3', action: 'restart', targets: { callServers: ['mrs1-cs1'] }, window: night(10, '01:00', '02:00') },
  { id: 's4', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(11, '01:00', '02:00') },
]);

function exampleNetwork(): Network {
  const evaluation = evaluate(networkFiles(FILES), { asOf: AS_OF, rules: [...INPUT_RULES, survivingCapacity] });
  if (!evaluation.network) throw new Error('no network');
  return evaluation.network;
}

const plain = (t: { servers: readonly string[]; trunks: readonly string[] }) => ({ servers: [...t.servers], trunks: [...t.trunks] });

describe('targetsOf', () => {
  it('gives what resolveTargets gives for every step, the same object on every later call', () => {
    const network = exampleNetwork();
    const steps = network.changes.flatMap((c) => c.steps);
    expect(steps.length).toBe(4);
    // Steps on the same single server share one frozen answer.
    expect(targetsOf(network, steps[0] as Step)).toBe(targetsOf(network, steps[3] as Step));
    for (const step of steps) {
      const first = targetsOf(network, step);
      expect(plain(first)).toEqual(resolveTargets(network, step));
      expect(targetsOf(network, step)).toBe(first);
    }
  });

  it('keeps the slot out of spreads, JSON and key walks', () => {
    const network = exampleNetwork();
    const step = network.changes[0]?.steps[0] as Step;
    const keysBefore = Object.keys(step);
    const jsonBefore = JSON.stringify({ ...step, at: undefined });
    targetsOf(network, step);
    expect(Object.keys(step)).toEqual(keysBefore);
    expect(JSON.stringify({ ...step, at: undefined })).toBe(jsonBefore);
    expect(Object.getOwnPropertySymbols({ ...step })).toEqual([]);
  });

  it('answers a copy of a step with other targets from those targets, not from the original', () => {
    const network = exampleNetwork();
    const step = network.changes.flatMap((c) => c.steps).find((s) => s.targets.callServers.length > 0) as Step;
    const original = plain(targetsOf(network, step));
    const other = [...network.inventory.callServers.keys()].find((id) => !original.servers.includes(id)) as string;
    const copy: Step = { ...step, key: `${step.key}#copy`, targets: { sites: [], callServers: [other], trunks: [] } };
    expect(plain(targetsOf(network, copy))).toEqual(resolveTargets(network, copy));
    expect(targetsOf(network, copy).servers).toEqual([other]);
    expect(plain(targetsOf(network, step))).toEqual(original);
    // The same step given other targets afterwards is resolved again.
    const declared = step.targets;
    step.targets = { sites: [], callServers: [other], trunks: [] };
    expect(targetsOf(network, step).servers).toEqual([other]);
    step.targets = declared;
    expect(plain(targetsOf(network, step))).toEqual(original);
  });

  it('resolves a step in each network it is asked about, and a frozen step too', () => {
    const network = exampleNetwork();
    const step = network.changes.flatMap((c) => c.steps).find((s) => s.targets.sites.length > 0 || s.targets.callServers.length > 0) as Step;
    const inMain = plain(targetsOf(network, step));
    // The same step in a network without any call server: nothing resolves there.
    const bare: Network = { ...network, inventory: { ...network.inventory, callServers: new Map(), trunks: new Map() } };
    expect(targetsOf(bare, step)).toEqual({ servers: [], trunks: [] });
    expect(plain(targetsOf(network, step))).toEqual(inMain);
    const frozen = Object.freeze({ ...step, key: `${step.key}#frozen` });
    expect(plain(targetsOf(network, frozen))).toEqual(resolveTargets(network, frozen));
    expect(plain(targetsOf(bare, frozen))).toEqual({ servers: [], trunks: [] });
  });
});
