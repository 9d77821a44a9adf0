// The model built from valid documents: revisions that approvals can rely on, the timeline's state
// filter, defaults applied where the formats document them, and windows read in the right zone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPACITY_LOSS, revisionOf } from '../../src/model/build.ts';
import { BASE_CR, CR_PATH, edit, evaluateInput } from '../validate/helpers.ts';

function network(files: Record<string, string | null>, includeDrafts = false) {
  const evaluation = evaluateInput(files, includeDrafts ? { includeDrafts } : {});
  if (!evaluation.network) throw new Error('no network: ' + evaluation.findings.map((f) => f.message).join('; '));
  return evaluation.network;
}

describe('revision', () => {
  const base = network({ [CR_PATH]: BASE_CR }).allChanges[0]!.revision;

  it('is the sha256 of the change request without its approvals, independent of layout and comments', () => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reformatted = '# a comment\n' + edit(BASE_CR, 'targets: { callServers: [par1-cs1] }', 'targets:\n      callServers:\n        - "par1-cs1"');
    expect(network({ [CR_PATH]: reformatted }).allChanges[0]!.revision).toBe(base);
    const approved = edit(BASE_CR, 'state: approved\n', 'state: approved\napprovals:\n  - { by: a.martin, role: cab }\n');
    expect(network({ [CR_PATH]: approved }).allChanges[0]!.revision).toBe(base);
  });

  it('does not depend on the state: moving through the lifecycle never stales an approval', () => {
    for (const state of ['scheduled', 'in-progress', 'done']) {
      expect(network({ [CR_PATH]: edit(BASE_CR, 'state: approved\n', `state: ${state}\n`) }).allChanges[0]!.revision).toBe(base);
    }
  });

  it('changes when the plan changes, even by five minutes', () => {
    const moved = edit(BASE_CR, 'end: 2026-12-08T02:30:00+01:00', 'end: 2026-12-08T02:35:00+01:00');
    expect(network({ [CR_PATH]: moved }).allChanges[0]!.revision).not.toBe(base);
  });

  it('does not depend on key order', () => {
    expect(revisionOf({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(revisionOf({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });
});

describe('timeline state filter', () => {
  for (const [state, considered] of [
    ['draft', false],
    ['proposed', true],
    ['approved', true],
    ['scheduled', true],
    ['in-progress', true],
    ['done', false],
    ['cancelled', false],
  ] as const) {
    it(`${state}: ${considered ? 'on' : 'off'} the timeline, always read`, () => {
      const n = network({ [CR_PATH]: edit(BASE_CR, 'state: approved', `state: ${state}`) });
      expect(n.allChanges.map((c) => c.id)).toEqual(['CR-2026-0700']);
      expect(n.changes.length).toBe(considered ? 1 : 0);
    });
  }

  it('drafts join with includeDrafts', () => {
    expect(network({ [CR_PATH]: edit(BASE_CR, 'state: approved', 'state: draft') }, true).changes).toHaveLength(1);
  });
});

describe('steps', () => {
  it('default capacity loss per action, and the stated one when written', () => {
    const steps = network({ [CR_PATH]: BASE_CR }).changes[0]!.steps;
    expect(steps.map((s) => [s.action, s.capacityLoss])).toEqual([
      ['drain', 0],
      ['software-upgrade', 1],
    ]);
    expect(DEFAULT_CAPACITY_LOSS.restore).toBe(0);
    const partial = edit(BASE_CR, '    dependsOn: [s1]\n', '    dependsOn: [s1]\n    capacityLoss: 0.25\n');
    expect(network({ [CR_PATH]: partial }).changes[0]!.steps[1]!.capacityLoss).toBe(0.25);
  });

  it('local window times are read in the window zone, else the policy zone', () => {
    let text = edit(BASE_CR, 'start: 2026-12-08T00:50:00+01:00', 'start: 2026-12-08T00:50');
    text = edit(text, 'end: 2026-12-08T02:30:00+01:00', 'end: 2026-12-08T02:30');
    text = edit(text, 'timeZone: Europe/Paris', 'timeZone: America/Cayenne');
    text = edit(text, 'start: 2026-12-08T00:30:00+01:00', 'start: 2026-12-08T00:30');
    const [s1, s2] = network({ [CR_PATH]: text }).changes[0]!.steps;
    expect(s1!.window.start).toBe(Date.parse('2026-12-08T00:30:00+01:00'));
    expect(s1!.window.timeZone).toBe('Europe/Paris');
    expect(s2!.window.start).toBe(Date.parse('2026-12-08T00:50:00-03:00'));
    expect(s2!.window.end).toBe(Date.parse('2026-12-08T02:30:00-03:00'));
    expect(s2!.window.timeZone).toBe('America/Cayenne');
  });

  it('remembers where each step and window is, for findings', () => {
    const step = network({ [CR_PATH]: BASE_CR }).changes[0]!.steps[1]!;
    expect(step.at).toEqual({ file: CR_PATH, pointer: '/steps/1' });
    expect(step.window.at).toEqual({ file: CR_PATH, pointer: '/steps/1/window' });
    expect(step.software?.at).toEqual({ file: CR_PATH, pointer: '/steps/1/software' });
  });
});
