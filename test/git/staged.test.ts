// `check --staged` evaluates exactly the index (what `git commit` will record), not the working tree.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, checkJson, cleanupAll, cli, copyBaseNetwork, initRepo } from './helpers.ts';
import type { JsonFinding, TempRepo } from './helpers.ts';
import { expiredWaiver, restartPlan } from './fixtures.ts';

afterAll(cleanupAll);

const broken = () => restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30', extraStepLines: '    capacityLos: 1\n' });
const fixed = () => restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30' });
const inPlan = (findings: JsonFinding[]) => findings.filter((f) => f.ruleId === 'schema-valid' && f.file === 'changes/CR-2026-0702.yaml');

function committedRepo(): TempRepo {
  const repo = initRepo();
  copyBaseNetwork(repo);
  repo.write('changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1', 'par1-cs2'], start: '01:00', end: '02:00' }));
  repo.write('waivers/W-2026-001.yaml', expiredWaiver('W-2026-001', 'CR-2026-0701'));
  repo.commit('base');
  return repo;
}

describe('check --staged', () => {
  it('fails on a file staged broken even though the working tree fixed it', async () => {
    const repo = committedRepo();
    repo.write('changes/CR-2026-0702.yaml', broken());
    repo.git('add', 'changes/CR-2026-0702.yaml');
    repo.write('changes/CR-2026-0702.yaml', fixed());

    const staged = await checkJson(['--staged'], repo.dir);
    expect(staged.code).toBe(2);
    const [finding] = inPlan(staged.report.findings);
    expect(finding).toMatchObject({ messageId: 'unknownProperty', label: 'new', line: 19, column: 5 });
    expect(staged.report.comparison?.head.source).toBe('index');
    expect(staged.report.comparison?.base.ref).toBe('HEAD');

    const worktree = await checkJson([], repo.dir);
    expect(inPlan(worktree.report.findings)).toEqual([]);

    const text = await cli(['check', '--staged', '--as-of', AS_OF], repo.dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^Compared the index \(staged changes\) with HEAD \([0-9a-f]{7}\)\.\n\nNew blocking findings \(\d+\):\n {2}changes\/CR-2026-0702\.yaml:19:5 error {3}schema-valid \[new\] /);
  });

  it('passes a file staged fixed even though the working tree broke it again', async () => {
    const repo = committedRepo();
    repo.write('changes/CR-2026-0702.yaml', fixed());
    repo.git('add', 'changes/CR-2026-0702.yaml');
    repo.write('changes/CR-2026-0702.yaml', broken());
    expect(inPlan((await checkJson(['--staged'], repo.dir)).report.findings)).toEqual([]);
    expect(inPlan((await checkJson([], repo.dir)).report.findings)).toHaveLength(1);
  });

  it('leaves out a file removed from the index but still in the working tree', async () => {
    const repo = committedRepo();
    repo.git('rm', '-q', '--cached', 'waivers/W-2026-001.yaml');
    const { report } = await checkJson(['--staged'], repo.dir);
    expect(report.findings.filter((f) => f.file === 'waivers/W-2026-001.yaml')).toEqual([]);
    expect(report.comparison?.fixed.filter((f) => f.file === 'waivers/W-2026-001.yaml')).toHaveLength(1);
    expect(report.comparison?.changes.waivers).toEqual([expect.objectContaining({ status: 'removed', path: 'waivers/W-2026-001.yaml' })]);
  });

  it('counts existing warnings instead of listing them (the pre-commit layout)', async () => {
    const repo = committedRepo();
    repo.write('changes/CR-2026-0702.yaml', broken());
    repo.git('add', '-A');
    const { stdout } = await cli(['check', '--staged', '--as-of', AS_OF], repo.dir);
    expect(stdout).not.toContain('waiver-validity');
    expect(stdout).toMatch(/^\d+ existing warnings? or notices? not listed \(run changegate check to see them\)\.$/m);
    expect(stdout).not.toContain('Change:');
  });

  it('evaluates the index of a repository without any commit, without a comparison', async () => {
    const repo = initRepo();
    copyBaseNetwork(repo);
    repo.write('changes/CR-2026-0702.yaml', broken());
    repo.git('add', '-A');
    const { code, report } = await checkJson(['--staged'], repo.dir);
    expect(code).toBe(2);
    expect(report.comparison).toBeUndefined();
    expect(inPlan(report.findings)).toHaveLength(1);
    const onlyNew = await cli(['check', '--staged', '--only-new', '--as-of', AS_OF], repo.dir);
    expect(onlyNew.code).toBe(2);
    expect(onlyNew.stderr).toContain('--only-new needs a base, and this repository has no commit yet');
  });

  it('refuses an index with unresolved merge conflicts', async () => {
    const repo = committedRepo();
    repo.git('checkout', '-q', '-b', 'other');
    repo.write('changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1'], start: '01:00', end: '02:00' }));
    repo.commit('other: one server');
    repo.git('checkout', '-q', 'main');
    repo.write('changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs2'], start: '01:00', end: '02:00' }));
    repo.commit('main: the other server');
    expect(() => repo.git('merge', '-q', 'other')).toThrow();
    const result = await cli(['check', '--staged', '--as-of', AS_OF], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the index has unresolved merge conflicts in changes/CR-2026-0701.yaml');
  });

  it('stops with exit 2 naming a blob missing from the clone, which the index and HEAD both hold', async () => {
    const repo = committedRepo();
    repo.write('changes/CR-2026-0702.yaml', fixed());
    repo.git('add', 'changes/CR-2026-0702.yaml');
    // Both snapshots wait for the one read of the blob they share: its failure must reach the check.
    const blob = repo.git('rev-parse', 'HEAD:changes/CR-2026-0701.yaml').trim();
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const result = await cli(['check', '--staged', '--no-cache', '--as-of', AS_OF], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`git object ${blob} is missing from the repository`);
  });
});
