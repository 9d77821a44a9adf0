// An evaluation focused on one change request (what `changegate guard` runs) keeps exactly the findings of
// the whole evaluation that concern it, with every rule of the default pack and the example's custom
// rules, on repositories where change requests interact: the example as planned and part-way through its
// record, the example with every change request of the rule gallery at once, a dense generated network,
// and copies of the incident change running together. Each rule's own cases are compared the same way
// (test/rules/harness.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate.ts';
import { readFolder } from '../../src/source/folder.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import type { RepoFile } from '../default-pack.ts';
import { expectFocusAgrees } from '../support/focus.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const GALLERY = join(EXAMPLE, 'gallery');
const INCIDENT = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const encode = (text: string) => new TextEncoder().encode(text);

function exampleFiles(): RepoFile[] {
  return readFolder(EXAMPLE).files.filter((f) => !f.path.startsWith('gallery/'));
}

/** The example with every change request of the gallery beside its own two, each gallery folder's ids made unique. */
function withGallery(): RepoFile[] {
  const files = exampleFiles();
  for (const [index, rule] of readdirSync(GALLERY).filter((n) => !n.endsWith('.md')).sort().entries()) {
    for (const name of readdirSync(join(GALLERY, rule)).sort()) {
      // Its passing and failing examples are two records of the one change request of its context.
      if (rule === 'execution-record' && name === 'pass.yaml') continue;
      const text = readFileSync(join(GALLERY, rule, name), 'utf8').replace(/CR-DOC-(\d+)/g, `CR-G${index + 1}-$1`);
      files.push({ path: `changes/gallery/${rule}-${name}`, bytes: encode(text) });
    }
  }
  return files;
}

function incidentCopies(n: number): RepoFile[] {
  const files = exampleFiles();
  const text = new TextDecoder().decode(files.find((f) => f.path === INCIDENT)?.bytes);
  for (let i = 1; i < n; i++) files.push({ path: `changes/CR-2026-0601-copy-${i}.yaml`, bytes: encode(text.replace(/^id: CR-2026-0601$/m, `id: CR-2026-0601-C${i}`)) });
  return files;
}

function dense(): RepoFile[] {
  const repo = generateRepo({ sites: 6, serversPerSite: 2, trunksPerServer: 2, changes: 24, stepsPerChange: 4, days: 8, seed: 11, startWithinDays: 2, groups: 2, stepsPerNight: 2 });
  return [...repo.files].map(([path, text]) => ({ path, bytes: encode(text) }));
}

function compare(files: RepoFile[], asOf: string, includeDrafts = false): { changes: number; compared: number } {
  const options = { rules: defaultRules, asOf: Date.parse(asOf), ...(includeDrafts ? { includeDrafts } : {}) };
  const whole = evaluate(files, options);
  expect(whole.verdict).not.toBe('error');
  const compared = expectFocusAgrees(whole, (focusChange) => evaluate(files, { ...options, focusChange }));
  return { changes: whole.changes.length, compared };
}

describe('an evaluation focused on one change request', () => {
  it('keeps the findings about the example\'s change requests, before and during the staged upgrade', () => {
    expect(compare(exampleFiles(), '2026-11-27T09:00:00+01:00').compared).toBeGreaterThan(20);
    expect(compare(exampleFiles(), '2026-12-09T01:30:00+01:00').compared).toBeGreaterThan(20);
  });

  it('keeps the findings about each change request of the whole rule gallery, evaluated together', () => {
    const { changes, compared } = compare(withGallery(), '2026-11-27T09:00:00+01:00', true);
    expect(changes).toBeGreaterThan(30);
    expect(compared).toBeGreaterThan(100);
  });

  it('keeps the findings about each change request of a dense generated network', () => {
    const { changes, compared } = compare(dense(), '2027-01-01T09:00:00+01:00');
    expect(changes).toBe(24);
    expect(compared).toBeGreaterThan(50);
  });

  it('keeps the findings about each copy of the incident change running at once', () => {
    const { changes, compared } = compare(incidentCopies(5), '2026-11-27T09:00:00+01:00');
    expect(changes).toBe(6);
    expect(compared).toBeGreaterThan(100);
  });

  it('keeps input errors, whatever change request it is focused on', () => {
    const files = exampleFiles().map((f) => (f.path === 'inventory/sites.yaml' ? { ...f, bytes: encode(new TextDecoder().decode(f.bytes) + '\nunknownKey: 1\n') } : f));
    const focused = evaluate(files, { rules: defaultRules, asOf: Date.parse('2026-11-27T09:00:00+01:00'), focusChange: 'CR-2026-0412' });
    expect(focused.verdict).toBe('error');
    expect(focused.findings.some((f) => f.ruleId === 'schema-valid' && f.file === 'inventory/sites.yaml')).toBe(true);
  });
});
