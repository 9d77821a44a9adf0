// The planner writes hundreds of revisions of one change request during a search; the reviser reuses
// what earlier revisions rendered. Every reused revision must be the very text a fresh rendering gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentReviser, reviseDocument } from '../../src/planner/document.ts';
import type { Revision } from '../../src/planner/document.ts';
import type { JsonObject } from '../../src/planner/intent.ts';
import { PLANNED_CHANGE, planInstance } from '../../bench/plan-instances.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE_CHANGES = join(ROOT, 'examples', 'six-sites', 'changes');

function fixtures(): { name: string; text: string }[] {
  const example = readdirSync(EXAMPLE_CHANGES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(EXAMPLE_CHANGES, f), 'utf8') }));
  const generated = planInstance({ sites: 4, serversPerSite: 2, otherChanges: 2, stepMinutes: 60, rollbackMinutes: 30, seed: 3 }).find((f) => f.path === `changes/${PLANNED_CHANGE}.yaml`);
  const bare = ['kind: ChangeRequest', 'id: CR-BARE', 'title: No notify, no escalation, approvals to drop', 'declaredRisk: low', 'state: approved', 'approvals:', '  - { by: a, role: cab }', 'steps:', '  - id: s1', '    action: config-push', ''].join('\n');
  const noFinalNewline = 'kind: ChangeRequest\nid: CR-EDGE\nstate: draft\nsteps: [{ id: s1, action: config-push }]';
  return [...example, { name: 'generated', text: new TextDecoder().decode(generated?.bytes) }, { name: 'bare', text: bare }, { name: 'no final newline', text: noFinalNewline }];
}

/** Revisions as a search writes them: the same steps again and again, one batch more or one slot later each time. */
function revisions(original: JsonObject): Revision[] {
  const steps = (Array.isArray(original.steps) ? original.steps : []) as JsonObject[];
  const shifted = (step: JsonObject, hours: number): JsonObject => ({ ...step, id: `${String(step.id)}-${hours}`, window: { start: `2027-01-1${hours % 10}T0${hours % 10}:00:00+01:00`, end: `2027-01-1${hours % 10}T0${hours % 10}:30:00+01:00` } });
  const notify = [{ party: 'noc', name: 'NOC', leadTimeHours: 24 }];
  const out: Revision[] = [];
  for (let n = 0; n <= steps.length; n++) {
    for (const hours of [1, 2, 1]) {
      out.push({ state: 'proposed', declaredRisk: 'high', notify, escalation: { contact: 'NOC duty manager', targetMinutes: 30 }, steps: [...steps.slice(0, n), ...steps.slice(n).map((s) => shifted(s, hours))] });
    }
  }
  const odd: JsonObject[] = [
    { id: 'z1', action: 'config-push', description: 'two\nlines: with a colon', targets: { callServers: ['a', 'b'] }, dependsOn: ['s1'], verification: { testCalls: [{ number: '112' }] } },
    { id: 'z2', action: 'config-push', capacityChange: -0, note: 'é ü ✓ "quoted" \'single\'' },
    { id: 'z3', action: 'config-push', capacityChange: 0 },
    { id: 'z4', action: 'config-push', ratio: Number.NaN, limit: Number.POSITIVE_INFINITY, missing: null, flag: false },
    { id: 'z5', action: 'config-push', ratio: null, limit: null },
    { id: 'z6', action: 'config-push', nested: { deep: [[1, 2], { x: 'y' }], empty: [], none: {} } },
  ];
  out.push({ state: 'cancelled', declaredRisk: 'low', approvals: [], notify: [], steps: [] });
  out.push({ state: 'proposed', declaredRisk: 'low', notify, steps: odd });
  out.push({ state: 'proposed', declaredRisk: 'low', notify, steps: [...odd].reverse() });
  out.push({ state: 'proposed', declaredRisk: 'medium', approvals: [{ by: 'a', role: 'cab' }], notify: [], steps: odd.slice(1, 3) });
  out.push({ state: 'proposed', declaredRisk: 'low', notify, steps: [odd[2] as JsonObject, odd[1] as JsonObject, odd[4] as JsonObject, odd[3] as JsonObject] });
  return out;
}

describe('the planner reuses rendered values across revisions of one change request', () => {
  for (const fixture of fixtures()) {
    it(`gives the text of a fresh rendering, byte for byte: ${fixture.name}`, () => {
      const reviser = documentReviser(fixture.text);
      const all = revisions(parse(fixture.text) as JsonObject);
      expect(all.length).toBeGreaterThan(5);
      // Twice through, so the second pass is rendered entirely from what the first one kept.
      for (const revision of [...all, ...all]) {
        const fresh = reviseDocument(fixture.text, revision);
        expect(reviser.reviseReusing(revision)).toBe(fresh);
        expect(reviser.revise(revision)).toBe(fresh);
      }
    });
  }

  it('tells -0 from 0 and NaN from null in the steps it reuses', () => {
    const text = 'kind: ChangeRequest\nid: CR-Z\nsteps: []\n';
    const reviser = documentReviser(text);
    const zero = reviser.reviseReusing({ state: 'proposed', declaredRisk: 'low', notify: [], steps: [{ id: 's1', capacityChange: 0 }] });
    const negativeZero = reviser.reviseReusing({ state: 'proposed', declaredRisk: 'low', notify: [], steps: [{ id: 's1', capacityChange: -0 }] });
    const nan = reviser.reviseReusing({ state: 'proposed', declaredRisk: 'low', notify: [], steps: [{ id: 's1', capacityChange: Number.NaN }] });
    const none = reviser.reviseReusing({ state: 'proposed', declaredRisk: 'low', notify: [], steps: [{ id: 's1', capacityChange: null }] });
    expect(new Set([zero, negativeZero, nan, none]).size).toBe(4);
    expect(negativeZero).toContain('capacityChange: -0');
  });
});
