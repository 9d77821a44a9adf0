// Dense plans: a story shared by many change requests is told once per change request with its lists
// capped and counted, so the number and size of findings grow with the plan, not with its pairs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import type { RepoFile } from '../../src/engine/evaluate.ts';
import { FINDING_LIST_LIMIT } from '../../src/core/finding.ts';
import { jsonChunks } from '../../src/report/json.ts';
import { readFolder } from '../../src/source/folder.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
const INCIDENT = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const example = readFolder('examples/six-sites').files;

/** The example with `copies` more copies of its incident-shaped change request. */
function withCopies(copies: number): RepoFile[] {
  const text = readFileSync(`examples/six-sites/${INCIDENT}`, 'utf8');
  const extra = Array.from({ length: copies }, (_, i) => {
    const id = `CR-2026-0601-C${String(i + 1).padStart(3, '0')}`;
    return { path: `changes/${id}.yaml`, bytes: new TextEncoder().encode(text.replace(/^id: CR-2026-0601$/m, `id: ${id}`)) };
  });
  return [...example, ...extra];
}

describe('many copies of the incident change', () => {
  const runs = new Map([0, 12, 24].map((n) => [n, evaluate(withCopies(n), { asOf: AS_OF })]));

  it('gives the same findings for every copy: their number grows by the same amount with each copy', () => {
    const count = (n: number) => (runs.get(n)?.findings.length ?? 0);
    expect(count(12)).toBeGreaterThan(count(0));
    expect(count(24) - count(12)).toBe(count(12) - count(0));
  });

  it('lists at most ten steps and change requests per finding and counts them all', () => {
    const evaluation = runs.get(24);
    const shortfalls = evaluation?.findings.filter((f) => f.ruleId === 'surviving-capacity' || f.ruleId === 'emergency-route-diversity') ?? [];
    expect(shortfalls.length).toBeGreaterThan(24);
    for (const f of shortfalls) {
      expect((f.data.steps as string[]).length).toBeLessThanOrEqual(FINDING_LIST_LIMIT);
      expect((f.data.changes as string[]).length).toBeLessThanOrEqual(FINDING_LIST_LIMIT);
      expect(f.data.changeCount).toBeGreaterThanOrEqual(25);
      expect((f.data.soakingSteps as string[]).length).toBeLessThanOrEqual(FINDING_LIST_LIMIT);
    }
    expect(shortfalls.some((f) => / and \d+ more run changes not yet proven/.test(f.message))).toBe(true);
    const collisions = evaluation?.findings.filter((f) => f.ruleId === 'change-collision') ?? [];
    // One finding per change request and element: never one per pair.
    const perChangeAndElement = new Set(collisions.map((f) => `${f.changeId}|${f.data.elementKind ?? 'group'}|${f.data.element ?? f.data.group}`));
    expect(perChangeAndElement.size).toBe(collisions.length);
    const many = collisions.filter((f) => f.messageId === 'sameElementMany');
    expect(many.length).toBeGreaterThan(0);
    // The last of the 25 incident-shaped change requests overlaps the 24 before it.
    expect(Math.max(...many.map((f) => f.data.otherCount as number))).toBe(24);
    for (const f of many) expect((f.data.otherChanges as string[]).length).toBeLessThanOrEqual(FINDING_LIST_LIMIT);
  });

  it('writes a JSON report whose size grows by the same amount with each copy', () => {
    const size = (n: number) => [...jsonChunks(runs.get(n) as ReturnType<typeof evaluate>)].join('').length;
    const perCopyFirst = (size(12) - size(0)) / 12;
    const perCopySecond = (size(24) - size(12)) / 12;
    // Linear: the second dozen costs what the first did (ids one character longer aside), not more.
    expect(perCopySecond / perCopyFirst).toBeLessThan(1.1);
  });
});
