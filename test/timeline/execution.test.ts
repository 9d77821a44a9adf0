// What the execution record changes on the timeline: started steps at their actual times, a running step
// at risk until now, a rolled-back step through the recovery of dependent traffic, a failed one to the
// end of the plan, a capacity change that did not succeed adding nothing; the record read as of an instant.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { buildCapacityIndex } from '../../src/analysis/capacity.ts';
import { changeRequest, networkFiles, night } from '../support/builders.ts';

const CR = changeRequest(
  'CR-T',
  [
    {
      id: 'a1',
      action: 'capacity-add',
      targets: { callServers: ['par1-cs1'] },
      window: night(8, '00:30', '02:00'),
      capacityChange: { sessions: 4000, cps: 60 },
      rollback: { procedure: 'Deactivate the licence', minutes: 20, recovery: { of: 'subscribers re-registering', minutes: 45 } },
    },
    { id: 'r1', action: 'restart', targets: { callServers: ['lyo1-cs1'] }, window: night(9, '01:00', '02:00'), rollback: { procedure: 'Reload the last good configuration', minutes: 20 } },
  ],
  { title: 'Capacity on par1-cs1, then a restart of lyo1-cs1', purpose: "Exercise the timeline's reading of the record", state: 'in-progress' },
);

const at = (local: string) => Date.parse(`${local}+01:00`);

function timelineWith(record: string | undefined, asOf = '2026-12-10T12:00:00') {
  const files: Record<string, string> = { 'changes/CR-T.yaml': CR };
  if (record !== undefined) files['records/CR-T.yaml'] = `kind: ExecutionRecord\nchange: CR-T\nsteps:\n${record}`;
  const evaluation = evaluate(networkFiles(files), { asOf: at(asOf), rules: ALL_RULES.filter((r) => r.category === 'input') });
  expect(evaluation.findings.filter((f) => f.messageId !== 'noRules').map((f) => f.message)).toEqual([]);
  const { timeline, network } = evaluation;
  if (!timeline || !network) throw new Error('no timeline');
  const exposure = (id: string) => timeline.exposures.get(`CR-T#${id}`);
  const atRisk = (server: string, instant: string) => timeline.intervals.some((i) => i.start <= at(instant) && at(instant) < i.end && i.atRiskServers.includes(server));
  return { timeline, network, exposure, atRisk };
}

describe('the timeline reads the execution record', () => {
  it('puts a finished step at its actual times, not its planned window', () => {
    const { exposure, atRisk } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: ok, operator: m.leroy }\n');
    expect(exposure('a1')).toMatchObject({ start: at('2026-12-08T00:40:00'), end: at('2026-12-08T01:10:00'), exposureEnd: at('2026-12-08T01:10:00') });
    expect(exposure('a1')?.execution.status).toBe('ok');
    expect(atRisk('par1-cs1', '2026-12-08T00:35:00')).toBe(false);
    expect(atRisk('par1-cs1', '2026-12-08T01:00:00')).toBe(true);
    expect(atRisk('par1-cs1', '2026-12-08T01:30:00')).toBe(false);
  });

  it('keeps a running step at risk until now, past its planned end', () => {
    const { exposure, atRisk } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, operator: m.leroy }\n', '2026-12-08T03:00:00');
    expect(exposure('a1')?.execution.status).toBe('running');
    expect(exposure('a1')?.end).toBe(at('2026-12-08T03:00:00'));
    expect(atRisk('par1-cs1', '2026-12-08T02:30:00')).toBe(true);
  });

  it('keeps a rolled-back step at risk for the recovery of dependent traffic, and its capacity is not added', () => {
    const { exposure, atRisk, network, timeline } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: rolled-back, operator: m.leroy }\n');
    expect(exposure('a1')?.exposureEnd).toBe(at('2026-12-08T01:55:00'));
    expect(atRisk('par1-cs1', '2026-12-08T01:50:00')).toBe(true);
    expect(atRisk('par1-cs1', '2026-12-08T01:56:00')).toBe(false);
    expect(buildCapacityIndex(network, timeline).serverAt('par1-cs1', at('2026-12-10T00:00:00'))).toMatchObject({ sessions: 10000 });
  });

  it('keeps the targets of a failed step at risk to the end of the plan', () => {
    const { exposure, atRisk } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: failed, operator: m.leroy }\n');
    expect(exposure('a1')?.exposureEnd).toBe(at('2026-12-09T02:00:00'));
    expect(atRisk('par1-cs1', '2026-12-09T01:30:00')).toBe(true);
  });

  it('adds the capacity of a step that ended ok, from its actual end', () => {
    const { network, timeline } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: ok, operator: m.leroy }\n');
    const index = buildCapacityIndex(network, timeline);
    expect(index.serverAt('par1-cs1', at('2026-12-08T01:05:00'))).toMatchObject({ sessions: 10000 });
    expect(index.serverAt('par1-cs1', at('2026-12-08T01:10:00'))).toMatchObject({ sessions: 14000 });
  });

  it('reads the record as of the instant: entries after it have not happened', () => {
    const { exposure } = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: failed, operator: m.leroy }\n', '2026-12-08T01:00:00');
    expect(exposure('a1')?.execution.status).toBe('running');
    const before = timelineWith('  - { step: a1, start: 2026-12-08T00:40:00+01:00, end: 2026-12-08T01:10:00+01:00, result: failed, operator: m.leroy }\n', '2026-12-08T00:30:00');
    expect(before.exposure('a1')?.execution.status).toBe('planned');
    expect(before.exposure('a1')?.start).toBe(at('2026-12-08T00:30:00'));
  });
});
