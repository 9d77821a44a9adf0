// `check --base/--head/--only-new` on real git repositories in temporary folders: labels across
// commits, line moves, renames, deletions, detached HEAD, merge commits, shallow clones, subfolders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, checkJson, cleanupAll, cli, copyBaseNetwork, gitEnv, initRepo, openRepo, tempDir } from './helpers.ts';
import type { JsonFinding, JsonReport, TempRepo } from './helpers.ts';
import { expiredWaiver, hasRule, restartPlan } from './fixtures.ts';

afterAll(cleanupAll);

const BROKEN_KEY = '    capacityLos: 1\n';

function find(list: JsonFinding[], pred: Partial<Pick<JsonFinding, 'ruleId' | 'messageId' | 'file' | 'label'>>): JsonFinding[] {
  return list.filter((f) => Object.entries(pred).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v));
}

/**
 * Base commit: the network, a valid plan CR-2026-0701 (PAR1 restart), an invalid plan (unknown key) and
 * an expired waiver (a warning).
 */
function baseRepo(sub = ''): TempRepo {
  const repo = initRepo();
  copyBaseNetwork(repo, sub);
  const at = (p: string) => (sub ? `${sub}/${p}` : p);
  repo.write(at('changes/CR-2026-0701.yaml'), restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1', 'par1-cs2'], start: '01:00', end: '02:00' }));
  repo.write(at('changes/CR-2026-0702.yaml'), restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30', extraStepLines: BROKEN_KEY }));
  repo.write(at('waivers/W-2026-001.yaml'), expiredWaiver('W-2026-001', 'CR-2026-0701'));
  repo.commit('base: network and two plans');
  return repo;
}

describe('labels across commits', () => {
  it('labels new, existing and fixed findings, and a line move keeps a finding existing', async () => {
    const repo = baseRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    // Fix CR-2026-0702, push every line of the waiver down by three, add a new broken plan.
    repo.write('changes/CR-2026-0702.yaml', restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30' }));
    repo.write('waivers/W-2026-001.yaml', expiredWaiver('W-2026-001', 'CR-2026-0701', '# Kept for the record.\n# See CAB-2026-0001.\n#\n'));
    repo.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lil1-cs1'], start: '03:00', end: '03:30', extraStepLines: '    windw: {}\n' }));
    repo.commit('head');

    const atBase = await checkJson(['--head', base], repo.dir);
    const { code, report } = await checkJson(['--base', base, '--head', 'HEAD'], repo.dir);
    expect(code).toBe(2); // the new invalid file is an input error
    const c = report.comparison;
    expect(c?.base.commit).toBe(base);
    expect(c?.head).toMatchObject({ source: 'commit', ref: 'HEAD' });

    const fresh = find(report.findings, { ruleId: 'schema-valid', file: 'changes/CR-2026-0703.yaml' });
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((f) => f.label === 'new')).toBe(true);

    const [expiredAtBase] = find(atBase.report.findings, { ruleId: 'waiver-validity', messageId: 'expired' });
    const [expired] = find(report.findings, { ruleId: 'waiver-validity', messageId: 'expired' });
    expect(expired?.label).toBe('existing');
    expect(expired?.line).toBe((expiredAtBase?.line ?? 0) + 3);

    const fixed = find(c?.fixed ?? [], { ruleId: 'schema-valid', file: 'changes/CR-2026-0702.yaml' });
    expect(fixed).toHaveLength(1);
    expect(fixed[0]).toMatchObject({ messageId: 'unknownProperty', label: 'fixed' });
    expect(find(report.findings, { file: 'changes/CR-2026-0702.yaml', ruleId: 'schema-valid' })).toEqual([]);

    // Every finding is labelled, and the counts agree with the labels.
    const labels = [...report.findings, ...report.waived].map((f) => f.label);
    expect(labels.every((l) => l === 'new' || l === 'existing')).toBe(true);
    expect(c?.counts.new).toBe(labels.filter((l) => l === 'new').length);
    expect(c?.counts.existing).toBe(labels.filter((l) => l === 'existing').length);
    expect(c?.counts.fixed).toBe(c?.fixed.length);

    expect(c?.changes.changeRequests).toEqual([
      expect.objectContaining({ status: 'edited', path: 'changes/CR-2026-0702.yaml', changeId: 'CR-2026-0702' }),
      expect.objectContaining({ status: 'added', path: 'changes/CR-2026-0703.yaml' }),
    ]);
    expect(c?.changes.waivers).toEqual([expect.objectContaining({ status: 'edited', path: 'waivers/W-2026-001.yaml' })]);
    expect(c?.changes.inventory).toEqual([]);
    expect(c?.changes.policy).toEqual([]);
  });

  it('prints the labels in text, new blocking findings first, with located lines', async () => {
    const repo = baseRepo();
    repo.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lil1-cs1'], start: '03:00', end: '03:30', extraStepLines: '    windw: {}\n' }));
    const { code, stdout } = await cli(['check', '--base', 'main', '--as-of', AS_OF], repo.dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Compared the working tree with main \([0-9a-f]{7}\)\./);
    const newBlocking = stdout.indexOf('New blocking findings');
    expect(newBlocking).toBeGreaterThan(0);
    expect(stdout).toMatch(/^ {2}changes\/CR-2026-0703\.yaml:\d+:\d+ error {3}schema-valid \[new\] /m);
    expect(stdout).toMatch(/^ {2}changes\/CR-2026-0702\.yaml:\d+:\d+ error {3}schema-valid \[existing\] /m);
    expect(stdout).toMatch(/^ {2}waivers\/W-2026-001\.yaml:\d+:\d+ warning waiver-validity \[existing\] /m);
    expect(newBlocking).toBeLessThan(stdout.indexOf('Existing blocking findings'));
    expect(stdout).toContain('  change requests: added changes/CR-2026-0703.yaml');
    expect(stdout).toMatch(/^ERROR .*; \d+ new, \d+ existing, 0 fixed\. Evaluated /m);
  });

  it('keeps the plain JSON when no git option is given', async () => {
    const repo = baseRepo();
    const plain = await cli(['check', '.', '--format', 'json', '--as-of', AS_OF], repo.dir);
    const report = JSON.parse(plain.stdout) as JsonReport & Record<string, unknown>;
    expect(report.comparison).toBeUndefined();
    expect(report.findings.some((f) => 'label' in f)).toBe(false);
  });
});

describe('renames and deletions', () => {
  it('matches findings of a renamed and edited file under its new path (git mv)', async () => {
    const repo = baseRepo();
    repo.git('mv', 'changes/CR-2026-0702.yaml', 'changes/CR-2026-0702-bdx1-restart.yaml');
    // Edit it too, moving every line: git's rename detection still pairs the paths.
    const text = repo.read('changes/CR-2026-0702-bdx1-restart.yaml');
    repo.write('changes/CR-2026-0702-bdx1-restart.yaml', '# Bordeaux restart, split out of the winter campaign.\n' + text);
    repo.commit('rename');
    const { report } = await checkJson(['--base', 'HEAD~1', '--head', 'HEAD'], repo.dir);
    const moved = find(report.findings, { ruleId: 'schema-valid', file: 'changes/CR-2026-0702-bdx1-restart.yaml' });
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((f) => f.label === 'existing')).toBe(true);
    expect(report.comparison?.fixed).toEqual([]);
    expect(report.comparison?.counts.new).toBe(0);
    expect(report.comparison?.renames).toContainEqual({ from: 'changes/CR-2026-0702.yaml', to: 'changes/CR-2026-0702-bdx1-restart.yaml' });
    expect(report.comparison?.changes.changeRequests).toEqual([
      expect.objectContaining({ status: 'renamed', path: 'changes/CR-2026-0702-bdx1-restart.yaml', previousPath: 'changes/CR-2026-0702.yaml', contentChanged: true }),
    ]);
  });

  it('pairs a file moved in the working tree without git mv (untracked) by its content', async () => {
    const repo = baseRepo();
    renameSync(join(repo.dir, 'waivers/W-2026-001.yaml'), join(repo.dir, 'waivers/W-2026-001-expired.yaml'));
    const { report } = await checkJson(['--base', 'main'], repo.dir);
    const [expired] = find(report.findings, { ruleId: 'waiver-validity', messageId: 'expired' });
    expect(expired).toMatchObject({ file: 'waivers/W-2026-001-expired.yaml', label: 'existing' });
    expect(report.comparison?.counts).toMatchObject({ new: 0, fixed: 0 });
  });

  it('reports the findings of a deleted file as fixed and the deletion in the summary', async () => {
    const repo = baseRepo();
    repo.git('rm', '-q', 'changes/CR-2026-0702.yaml', 'waivers/W-2026-001.yaml');
    repo.commit('drop the broken plan and the old waiver');
    const { report } = await checkJson(['--base', 'HEAD~1', '--head', 'HEAD'], repo.dir);
    const fixed = report.comparison?.fixed ?? [];
    expect(find(fixed, { ruleId: 'schema-valid', file: 'changes/CR-2026-0702.yaml' }).length).toBeGreaterThan(0);
    expect(find(fixed, { ruleId: 'waiver-validity', file: 'waivers/W-2026-001.yaml' })).toHaveLength(1);
    expect(report.findings.filter((f) => f.label === 'new')).toEqual([]);
    expect(report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'removed', path: 'changes/CR-2026-0702.yaml' })]);
    expect(report.comparison?.changes.waivers).toEqual([expect.objectContaining({ status: 'removed', path: 'waivers/W-2026-001.yaml' })]);
  });
});

describe('refs', () => {
  it('works on a detached HEAD', async () => {
    const repo = baseRepo();
    repo.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lil1-cs1'], start: '03:00', end: '03:30', extraStepLines: BROKEN_KEY }));
    const second = repo.commit('second');
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    // The working tree is the first commit; compare the second commit with it, and the index with HEAD.
    const { report } = await checkJson(['--base', 'HEAD', '--head', second], repo.dir);
    expect(find(report.findings, { file: 'changes/CR-2026-0703.yaml', label: 'new' }).length).toBeGreaterThan(0);
    const staged = await checkJson(['--staged'], repo.dir);
    expect(staged.report.comparison?.base.ref).toBe('HEAD');
    expect(staged.report.comparison?.counts.new).toBe(0);
    expect(find(staged.report.findings, { file: 'changes/CR-2026-0703.yaml' })).toEqual([]);
  });

  it('reads both sides of a merge commit', async () => {
    const repo = baseRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    // At another time than CR-2026-0702, so the two sides of the merge do not interact.
    repo.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lil1-cs1'], start: '04:00', end: '04:30', extraStepLines: BROKEN_KEY }));
    repo.commit('feature: a new plan');
    repo.git('checkout', '-q', 'main');
    repo.write('changes/CR-2026-0702.yaml', restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30' }));
    repo.commit('main: fix the broken plan');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    const where = (list: JsonFinding[]) => [...new Set(list.map((f) => f.file))];

    // Against the first parent (main before the merge) the merge brings the feature's plan, nothing else.
    const first = await checkJson(['--base', 'HEAD^1', '--head', 'HEAD'], repo.dir);
    expect(where(first.report.findings.filter((f) => f.label === 'new'))).toEqual(['changes/CR-2026-0703.yaml']);
    expect(first.report.comparison?.fixed).toEqual([]);
    expect(first.report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'added', path: 'changes/CR-2026-0703.yaml' })]);
    // Against the second parent (the feature) it brings main's fix: the schema error is fixed, and the
    // plan, valid now, is judged by the rules (whatever they find is new, and only there).
    const second = await checkJson(['--base', 'HEAD^2', '--head', 'HEAD'], repo.dir);
    expect(find(second.report.comparison?.fixed ?? [], { ruleId: 'schema-valid', file: 'changes/CR-2026-0702.yaml' }).length).toBeGreaterThan(0);
    expect(where(second.report.comparison?.fixed ?? [])).toEqual(['changes/CR-2026-0702.yaml']);
    expect(where(second.report.findings.filter((f) => f.label === 'new')).filter((f) => f !== 'changes/CR-2026-0702.yaml')).toEqual([]);
    expect(second.report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'edited', path: 'changes/CR-2026-0702.yaml' })]);
  });

  it('refuses a base missing from a shallow clone with how to fetch it (exit 2)', async () => {
    const origin = baseRepo();
    origin.git('branch', 'release');
    origin.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lil1-cs1'], start: '03:00', end: '03:30' }));
    origin.commit('second');
    const clone = tempDir('changegate-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone], { env: gitEnv() });
    expect(openRepo(clone).git('rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const history = await cli(['check', '--base', 'HEAD~1', '--as-of', AS_OF], clone);
    expect(history.code).toBe(2);
    expect(history.stdout).toBe('');
    expect(history.stderr).toContain('the base ref "HEAD~1" is not in this clone (it is a shallow clone');
    expect(history.stderr).toContain('fetch-depth: 0');
    expect(history.stderr).toContain('git fetch --unshallow');

    const branch = await cli(['check', '--base', 'release', '--as-of', AS_OF], clone);
    expect(branch.code).toBe(2);
    expect(branch.stderr).toContain('git fetch origin release');
    expect(branch.stderr).toContain('--base origin/release');

    // Once fetched as the message says, the comparison works.
    openRepo(clone).git('fetch', '-q', '--depth', '1', 'origin', 'release:refs/remotes/origin/release');
    const fetched = await checkJson(['--base', 'origin/release'], clone);
    expect(fetched.report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'added', path: 'changes/CR-2026-0703.yaml' })]);
  });

  it('refuses git options outside a git work tree, and bad combinations, with exit 2', async () => {
    const plain = tempDir('changegate-nogit-');
    const outside = await cli(['check', '--base', 'main', '--as-of', AS_OF], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside a git work tree');
    const repo = baseRepo();
    const both = await cli(['check', '--staged', '--head', 'HEAD', '--as-of', AS_OF], repo.dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--staged checks the index and --head checks a ref');
    const onlyNew = await cli(['check', '--only-new', '--as-of', AS_OF], repo.dir);
    expect(onlyNew.code).toBe(2);
    expect(onlyNew.stderr).toContain('--only-new needs --base <ref>');
  });
});

describe('config in a subfolder of the work tree', () => {
  it('reads paths relative to the folder, from the top and from inside it, and handles a base without it', async () => {
    const repo = initRepo();
    repo.write('README.md', '# Network config and other things\n');
    const empty = repo.commit('a repository without the network yet');
    copyBaseNetwork(repo, 'net');
    repo.write('net/changegate.yaml', 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, changes, waivers]\n');
    repo.write('net/changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1'], start: '01:00', end: '02:00', extraStepLines: BROKEN_KEY }));
    repo.write('net/waivers/W-2026-001.yaml', expiredWaiver('W-2026-001', 'CR-2026-0701'));
    repo.commit('the network, in net/');
    repo.write('net/changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1'], start: '01:00', end: '02:00' }));

    const fromTop = await checkJson(['net', '--base', 'HEAD'], repo.dir);
    expect(find(fromTop.report.comparison?.fixed ?? [], { ruleId: 'schema-valid', file: 'changes/CR-2026-0701.yaml' }).length).toBeGreaterThan(0);
    expect(find(fromTop.report.findings, { ruleId: 'waiver-validity', file: 'waivers/W-2026-001.yaml', label: 'existing' })).toHaveLength(1);
    expect(fromTop.report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'edited', path: 'changes/CR-2026-0701.yaml' })]);

    mkdirSync(join(repo.dir, 'net', 'changes'), { recursive: true });
    const fromInside = await checkJson(['.', '--base', 'HEAD'], join(repo.dir, 'net'));
    expect(fromInside.report.comparison?.counts).toEqual(fromTop.report.comparison?.counts);

    const text = await cli(['check', 'net', '--base', 'HEAD', '--as-of', AS_OF], repo.dir);
    expect(text.stdout).toMatch(/^ {2}net\/waivers\/W-2026-001\.yaml:\d+:\d+ warning waiver-validity \[existing\]/m);

    // At the first commit net/ does not exist: everything at head is new, nothing is fixed.
    const fromEmpty = await checkJson(['net', '--base', empty], repo.dir);
    expect(fromEmpty.report.comparison?.base.verdict).toBe('error');
    expect(fromEmpty.report.comparison?.counts.existing).toBe(0);
    expect(fromEmpty.report.findings.every((f) => f.label === 'new')).toBe(true);
    expect(fromEmpty.report.comparison?.changes.policy).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'added', path: 'changegate.yaml' }), expect.objectContaining({ status: 'added', path: 'policy/policy.yaml' })]),
    );
  });
});

describe.skipIf(!hasRule('redundancy-group-concurrency'))('blocking findings made worse, --only-new, indirect changes', () => {
  /** Two plans restarting PAR1 and PAR2 at the same time: two sites of ECI at risk at once. */
  function collidingRepo(): TempRepo {
    const repo = initRepo();
    copyBaseNetwork(repo);
    repo.write('changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1', 'par1-cs2'], start: '01:00', end: '02:00' }));
    repo.write('changes/CR-2026-0702.yaml', restartPlan({ id: 'CR-2026-0702', servers: ['par2-cs1', 'par2-cs2'], start: '01:00', end: '02:00' }));
    repo.commit('two colliding plans');
    return repo;
  }
  const collision = (list: JsonFinding[]) => find(list, { ruleId: 'redundancy-group-concurrency', file: 'changes/CR-2026-0702.yaml' });

  it('counts a collision that now involves a third change as new (made worse), also under --only-new', async () => {
    const repo = collidingRepo();
    // A third plan on LYO1 that starts earlier: the collision stays reported on CR-2026-0702, now with three sites.
    repo.write('changes/CR-2026-0703.yaml', restartPlan({ id: 'CR-2026-0703', servers: ['lyo1-cs1', 'lyo1-cs2'], start: '00:30', end: '02:00' }));
    const { code, report } = await checkJson(['--base', 'main'], repo.dir);
    expect(code).toBe(1);
    const [worse] = collision(report.findings);
    expect(worse).toMatchObject({ label: 'new', worsened: 'involvesMore', severity: 'error' });
    expect(worse?.data.sites).toEqual(['LYO1', 'PAR1', 'PAR2']);
    expect(worse?.previous?.data.sites).toEqual(['PAR1', 'PAR2']);
    expect(report.comparison?.counts.worsened).toBeGreaterThanOrEqual(1);
    // CR-2026-0702 did not change, but its findings did: it is touched indirectly.
    expect(report.comparison?.changes.indirect).toContainEqual(
      expect.objectContaining({ changeId: 'CR-2026-0702', newFindings: expect.any(Number), after: ['changes/CR-2026-0703.yaml'] }),
    );

    const onlyNew = await checkJson(['--base', 'main', '--only-new'], repo.dir);
    expect(onlyNew.code).toBe(1);
    expect(collision(onlyNew.report.findings)).toHaveLength(1);
    expect(onlyNew.report.findings.every((f) => f.label === 'new')).toBe(true);
    expect(onlyNew.report.comparison?.onlyNew).toBe(true);

    const text = await cli(['check', '--base', 'main', '--as-of', AS_OF], repo.dir);
    expect(text.stdout).toMatch(/changes\/CR-2026-0702\.yaml:\d+:\d+ error {3}redundancy-group-concurrency \[new: made worse\] /);
    expect(text.stdout).toMatch(/made worse by this change: it now involves more \(.*sites \+ LYO1.*\); at main it read: /);
  });

  it('--only-new passes a change that only touches existing blocking findings', async () => {
    const repo = collidingRepo();
    repo.write('changes/CR-2026-0701.yaml', '# Reviewed again on 2026-11-26; nothing changed in the plan.\n' + repo.read('changes/CR-2026-0701.yaml'));
    const all = await checkJson(['--base', 'main'], repo.dir);
    expect(all.code).toBe(1);
    expect(collision(all.report.findings)[0]?.label).toBe('existing');
    expect(all.report.comparison?.counts.new).toBe(0);
    const onlyNew = await cli(['check', '--base', 'main', '--only-new', '--as-of', AS_OF], repo.dir);
    expect(onlyNew.code).toBe(0);
    expect(onlyNew.stdout).toMatch(/existing findings? not shown \(--only-new\)/);
    expect(onlyNew.stdout).not.toContain('redundancy-group-concurrency');
  });

  it('shows an unchanged plan whose findings a policy edit changed as touched indirectly', async () => {
    const repo = collidingRepo();
    const policy = repo.read('policy/policy.yaml');
    repo.write('policy/policy.yaml', policy.trimEnd() + '\nrules:\n  redundancy-group-concurrency:\n    options: { maxSitesAtRisk: 2, maxServersAtRisk: 4 }\n');
    const { report } = await checkJson(['--base', 'main'], repo.dir);
    expect(collision(report.comparison?.fixed ?? [])).toHaveLength(1);
    expect(report.comparison?.changes.policy).toEqual([expect.objectContaining({ status: 'edited', path: 'policy/policy.yaml' })]);
    expect(report.comparison?.changes.changeRequests).toEqual([]);
    const indirect = report.comparison?.changes.indirect.find((i) => i.changeId === 'CR-2026-0702');
    expect(indirect).toMatchObject({ fixedFindings: 1, after: ['policy/policy.yaml'] });
    expect(indirect?.verdict.base).toBe('fail');
  });
});
