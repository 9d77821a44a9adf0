// The planner's pre-filter: redundancy-group-concurrency's own judgement of a candidate batch, alone and
// on top of what a timeline already has at risk in its window, on the example's network (twelve call
// servers of group ECI on six sites; the rule's defaults: at most one site and two servers at risk
// together). That the planner finds the same plans with it is pinned by plan-cli and optimality tests.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overloadedAlongside, overloadedGroup } from '../../src/analysis/concurrency.ts';
import { readFolder } from '../../src/source/folder.ts';
import { evaluate } from '../default-pack.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const { files } = readFolder(EXAMPLE);
const network = evaluate(files, { asOf: Date.parse('2026-11-27T09:00:00+01:00') }).network;
if (!network) throw new Error('the example does not evaluate');
const limits = { maxSitesAtRisk: 1, maxServersAtRisk: 2, nonEmergencyMaxSitesAtRisk: 2, nonEmergencyMaxServersAtRisk: 4 };

describe('a batch on its own', () => {
  it('one site is allowed, two sites overload ECI', () => {
    expect(overloadedGroup(network, ['lyo1-cs1', 'lyo1-cs2'], limits)).toBeUndefined();
    expect(overloadedGroup(network, ['lyo1-cs1', 'mrs1-cs1'], limits)?.id).toBe('ECI');
  });

  it('follows the limits it is given', () => {
    expect(overloadedGroup(network, ['lyo1-cs1', 'mrs1-cs1'], { ...limits, maxSitesAtRisk: 2 })).toBeUndefined();
    expect(overloadedGroup(network, ['lyo1-cs1', 'lyo1-cs2'], { ...limits, maxServersAtRisk: 1 })?.id).toBe('ECI');
  });
});

describe('a batch on top of a timeline', () => {
  const HOUR = 3_600_000;
  const intervals = [
    { start: 0, end: 2 * HOUR, atRiskServers: ['par1-cs1'] },
    { start: 2 * HOUR, end: 4 * HOUR, atRiskServers: [] },
    { start: 4 * HOUR, end: 6 * HOUR, atRiskServers: ['par1-cs1', 'lyo1-cs1'] },
  ];

  it('refuses a member of another site while a site is at risk in its window', () => {
    expect(overloadedAlongside(network, intervals, ['lyo1-cs1'], HOUR, 3 * HOUR, limits)).toBe('ECI');
  });

  it('accepts it when the window only touches the interval (shared boundary) or a quiet one', () => {
    expect(overloadedAlongside(network, intervals, ['lyo1-cs1'], 2 * HOUR, 4 * HOUR, limits)).toBeUndefined();
  });

  it('accepts a member of the site already at risk', () => {
    expect(overloadedAlongside(network, intervals, ['par1-cs2'], 0, 2 * HOUR, limits)).toBeUndefined();
  });

  it('adds nothing where its servers are already at risk, but refuses a new member of an overloaded group', () => {
    expect(overloadedAlongside(network, intervals, ['lyo1-cs1'], 4 * HOUR, 6 * HOUR, limits)).toBeUndefined();
    expect(overloadedAlongside(network, intervals, ['mrs1-cs1'], 4 * HOUR, 6 * HOUR, limits)).toBe('ECI');
  });
});
