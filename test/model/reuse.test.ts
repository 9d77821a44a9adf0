// A series of evaluations that shares a memo of built change requests (the planner's search) must give,
// evaluation by evaluation, exactly what a fresh evaluate() gives, whatever document of the series
// changes: the planned change request, another one, the inventory (and the references that resolve
// against it), the policy whose time zone the windows are read in, an execution record.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/core/finding.ts';
import { builtModelMemo } from '../../src/model/reuse.ts';
import type { BuiltModelMemo } from '../../src/model/reuse.ts';
import { formatJson } from '../../src/report/json.ts';
import type { CachedLoad, DocumentCache } from '../../src/source/document-cache.ts';
import { readFolder } from '../../src/source/folder.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import type { RepoFile } from '../default-pack.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const PLANNED = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const STAGED = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';
const CALL_SERVERS = 'inventory/call-servers.yaml';
const POLICY = 'policy/policy.yaml';
const RECORD = 'records/CR-2026-0412.yaml';
const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

const encode = (text: string) => new TextEncoder().encode(text);
const textOf = (files: readonly RepoFile[], path: string) => new TextDecoder().decode(files.find((f) => f.path === path)?.bytes);

/** The same files, with new file objects (hence newly loaded documents) for the edited paths only. */
function edit(files: readonly RepoFile[], path: string, change: (text: string) => string): RepoFile[] {
  const text = change(textOf(files, path));
  expect(text).not.toBe(textOf(files, path));
  return files.map((f) => (f.path === path ? { path, bytes: encode(text) } : f));
}

/** The planner's document cache: the same loaded entry for the same file object. */
function memoryCache(): DocumentCache {
  const entries = new WeakMap<RepoFile, CachedLoad>();
  return { get: (f) => entries.get(f), put: (f, _limits, entry) => void entries.set(f, entry) };
}

/** Everything an evaluation judged and reports: the JSON report, the findings, and the change requests as built. */
function observed(evaluation: Evaluation): string[] {
  return [formatJson(evaluation), stableStringify(evaluation.findings), stableStringify(evaluation.waived), stableStringify(evaluation.network?.allChanges ?? null)];
}

function series(steps: ((files: RepoFile[]) => RepoFile[])[]): RepoFile[][] {
  const out: RepoFile[][] = [readFolder(EXAMPLE).files];
  for (const step of steps) out.push(step(out[out.length - 1] as RepoFile[]));
  return out;
}

function expectFreshResults(repositories: RepoFile[][], memo: BuiltModelMemo = builtModelMemo()): Evaluation[] {
  const cache = memoryCache();
  return repositories.map((files) => {
    const reused = evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: cache, builtModel: memo });
    const fresh = evaluate(files, { rules: defaultRules, asOf: AS_OF });
    expect(observed(reused)).toEqual(observed(fresh));
    return reused;
  });
}

const unknownServer = (text: string) => text.replace('callServers: [par1-cs1, par1-cs2]', 'callServers: [par1-cs1, par1-cs9]');

describe('the inventory and change requests built once for a series of evaluations', () => {
  it('reuses the change requests whose documents did not change, and gives a fresh evaluation', () => {
    const repositories = series([
      (files) => edit(files, PLANNED, (t) => t.replace('state: approved', 'state: proposed')),
      (files) => edit(files, PLANNED, (t) => t.replaceAll('2026-12-09T', '2026-12-10T')),
      (files) => edit(files, PLANNED, (t) => t.replaceAll('2026-12-10T', '2026-12-09T')),
    ]);
    const evaluations = expectFreshResults(repositories);
    const staged = evaluations.map((e) => e.network?.allChanges.find((c) => c.id === 'CR-2026-0412'));
    // Its document is the same loaded object throughout: the built steps are shared, the change request
    // object is each evaluation's own (reading the execution record sets it).
    expect(staged[1]?.steps).toBe(staged[0]?.steps);
    expect(staged[1]).not.toBe(staged[0]);
    expect(staged.every((c) => c?.record !== undefined)).toBe(true);
    expect(staged[1]?.record).not.toBe(staged[0]?.record);
    const planned = evaluations.map((e) => e.network?.allChanges.find((c) => c.id === 'CR-2026-0601'));
    expect(planned[1]?.steps).not.toBe(planned[0]?.steps);
    expect(evaluations.every((e) => e.network?.inventory === evaluations[0]?.network?.inventory)).toBe(true);
  });

  it('replays the problems of a reused inventory', () => {
    const unknownSite = (text: string) => text.replace('    site: PAR1\n', '    site: PAR9\n');
    const repositories = series([
      (files) => edit(files, CALL_SERVERS, unknownSite),
      (files) => edit(files, PLANNED, (t) => t.replace('state: approved', 'state: proposed')),
      (files) => edit(files, STAGED, unknownServer),
    ]);
    const evaluations = expectFreshResults(repositories);
    expect(evaluations[2]?.network?.inventory).toBe(evaluations[1]?.network?.inventory);
    for (const e of evaluations.slice(1)) expect(e.findings.filter((f) => f.messageId === 'unknownReference' && f.data.id === 'PAR9')).toHaveLength(1);
  });

  it('replays the problems of a reused change request (an unknown reference stays reported)', () => {
    const repositories = series([
      (files) => edit(files, STAGED, unknownServer),
      (files) => edit(files, PLANNED, (t) => t.replace('state: approved', 'state: proposed')),
      (files) => edit(files, PLANNED, (t) => t.replace('state: proposed', 'state: approved')),
    ]);
    const evaluations = expectFreshResults(repositories);
    for (const e of evaluations.slice(1)) expect(e.findings.filter((f) => f.messageId === 'unknownReference' && f.data.id === 'par1-cs9')).toHaveLength(1);
  });

  it('notices the inventory changing: references resolve against the new ids', () => {
    const removeServer = (text: string) => text.replace('  - id: par1-cs2\n', '  - id: par1-cs2-retired\n');
    const repositories = series([
      (files) => edit(files, CALL_SERVERS, removeServer),
      (files) => edit(files, PLANNED, (t) => t.replace('state: approved', 'state: proposed')),
      (files) => edit(files, CALL_SERVERS, (t) => t.replace('  - id: par1-cs2-retired\n', '  - id: par1-cs2\n')),
    ]);
    const evaluations = expectFreshResults(repositories);
    expect(evaluations[1]?.network?.inventory).not.toBe(evaluations[0]?.network?.inventory);
    expect(evaluations[2]?.network?.inventory).toBe(evaluations[1]?.network?.inventory);
    const unknown = evaluations.map((e) => e.findings.filter((f) => f.messageId === 'unknownReference').length);
    expect(unknown[0]).toBe(0);
    expect(unknown[1]).toBeGreaterThan(0);
    expect(unknown[2]).toBe(unknown[1]);
    expect(unknown[3]).toBe(0);
  });

  it('notices the policy changing the time zone the windows are read in', () => {
    const repositories = series([
      (files) => edit(files, POLICY, (t) => t.replace('timeZone: Europe/Paris', 'timeZone: America/New_York')),
      (files) => edit(files, POLICY, (t) => t.replace('timeZone: America/New_York', 'timeZone: Europe/Paris')),
    ]);
    const evaluations = expectFreshResults(repositories);
    // The windows carry their offsets, so their instants stay; the zone each step is read and shown in moves.
    const zones = evaluations.map((e) => e.network?.allChanges.find((c) => c.id === 'CR-2026-0412')?.steps[0]?.window.timeZone);
    expect(zones).toEqual(['Europe/Paris', 'America/New_York', 'Europe/Paris']);
  });

  it('gives each evaluation the execution record it reads', () => {
    const repositories = series([(files) => files.filter((f) => f.path !== RECORD), (files) => [...files, ...readFolder(EXAMPLE).files.filter((f) => f.path === RECORD)]]);
    const evaluations = expectFreshResults(repositories);
    expect(evaluations.map((e) => e.network?.allChanges.find((c) => c.id === 'CR-2026-0412')?.record !== undefined)).toEqual([true, false, true]);
  });

  it('builds again from documents that are other objects, and keeps earlier evaluations as they were', () => {
    const memo = builtModelMemo();
    const files = readFolder(EXAMPLE).files;
    const first = evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: memoryCache(), builtModel: memo });
    const before = observed(first);
    // Another cache gives other loaded objects for the same files: nothing is taken on trust.
    const second = evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: memoryCache(), builtModel: memo });
    expect(second.network?.allChanges[0]?.steps).not.toBe(first.network?.allChanges[0]?.steps);
    expectFreshResults([files, edit(files, STAGED, unknownServer), files], memo);
    expect(observed(first)).toEqual(before);
  });
});
