// The servers a step's change reaches: reachedServers may hand back the step's own server list when
// it already is the answer (sorted, distinct, no trunk named); rolloutMembers always returns a list of
// its own. Both must equal the plain definition (targeted servers and the servers at the ends of the
// targeted trunks, distinct and sorted) for any list, sorted or not, with repeats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Step } from '../../src/model/types.ts';
import { reachedServers, rolloutMembers } from '../../src/timeline/rollout-members.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import survivingCapacity from '../../rules/surviving-capacity.ts';
import { networkFiles } from '../support/builders.ts';

describe('rolloutMembers and reachedServers', () => {
  const evaluation = evaluate(networkFiles(), { asOf: Date.parse('2026-11-27T09:00:00+01:00'), rules: [...INPUT_RULES, survivingCapacity] });
  const network = evaluation.network;
  if (!network) throw new Error('the six-site network did not build');
  const servers = [...network.inventory.callServers.keys()];
  const trunks = [...network.inventory.trunks.keys()];

  const plain = (list: readonly string[], named: readonly string[]) =>
    [...new Set([...list, ...named.flatMap((t) => network.inventory.trunks.get(t)?.callServer ?? [])])].sort();

  it('equal the plain definition, and rolloutMembers never returns the step’s own list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...servers, 'zz-unknown', 'A-upper'), { maxLength: 6 }),
        fc.array(fc.constantFrom(...trunks, 'no-such-trunk'), { maxLength: 3 }),
        fc.boolean(),
        (list, named, sort) => {
          const own = sort ? [...new Set(list)].sort() : list;
          const step = { targets: { sites: [], callServers: [], trunks: named } } as unknown as Step;
          const exposure = { servers: own, step };
          expect([...reachedServers(network, exposure)]).toEqual(plain(own, named));
          const members = rolloutMembers(network, exposure);
          expect(members).toEqual(plain(own, named));
          expect(members).not.toBe(own);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands back the step’s own list only when it is already sorted and distinct and no trunk is named', () => {
    const sorted = [...servers].sort().slice(0, 3);
    const step = (named: string[]) => ({ targets: { sites: [], callServers: [], trunks: named } }) as unknown as Step;
    expect(reachedServers(network, { servers: sorted, step: step([]) })).toBe(sorted);
    const unsorted = [...sorted].reverse();
    expect(reachedServers(network, { servers: unsorted, step: step([]) })).toEqual(sorted);
    const repeated = [sorted[0] as string, sorted[0] as string];
    expect(reachedServers(network, { servers: repeated, step: step([]) })).toEqual([sorted[0]]);
  });
});
