// No change request is ever skipped in silence: links, tool-named folders, files outside the included
// folders, files too large to read. Every case runs the real CLI on a real git repository, through the
// working tree, a ref (--head) and the index (--staged).
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFolder } from '../../src/source/folder.ts';
import { GitRepo } from '../../src/source/git.ts';
import { restartPlan } from '../git/fixtures.ts';
import { checkJson, cleanupAll, copyBaseNetwork, initRepo, tempDir } from '../git/helpers.ts';
import type { TempRepo } from '../git/helpers.ts';
import { SERVER_IDS } from '../support/builders.ts';

afterAll(cleanupAll);

/** The incident's shape: every call server of the six sites at once, in the afternoon. */
const INCIDENT = restartPlan({ id: 'CR-INCIDENT', servers: [...SERVER_IDS], start: '16:44', end: '17:30' });

function networkRepo(): TempRepo {
  const repo = initRepo();
  copyBaseNetwork(repo);
  return repo;
}

type Mode = 'worktree' | 'head' | 'staged';
const MODES: Mode[] = ['worktree', 'head', 'staged'];

/** Runs `check` in one mode; for --head and --staged everything is committed (or staged) first. */
async function checkIn(repo: TempRepo, mode: Mode, extra: string[] = []) {
  if (mode === 'head') repo.commit('state under test');
  if (mode === 'staged') repo.git('add', '-A');
  const args = mode === 'head' ? ['--head', 'HEAD'] : mode === 'staged' ? ['--staged'] : [];
  return checkJson(['.', ...args, ...extra], repo.dir);
}

describe.each(MODES)('symbolic links, %s', (mode) => {
  it('a changes folder that links to a folder inside the repository is followed and judged', async () => {
    const repo = networkRepo();
    repo.write('plans/CR-INCIDENT.yaml', INCIDENT);
    symlinkSync('plans', join(repo.dir, 'changes'));
    const { code, report } = await checkIn(repo, mode);
    expect(report.verdict).toBe('fail');
    expect(code).toBe(1);
    const judged = report.findings.filter((f) => f.changeId === 'CR-INCIDENT');
    expect(judged.length).toBeGreaterThan(0);
    expect(judged.every((f) => f.file === 'changes/CR-INCIDENT.yaml')).toBe(true);
    // Read once, through the link: the real file is not also reported as unread.
    expect(report.findings.filter((f) => f.ruleId === 'unread-file')).toEqual([]);
  });

  it('a subfolder of changes that links inside the repository is followed, and a link to a file too', async () => {
    const repo = networkRepo();
    repo.write('archive/2026/CR-INCIDENT.yaml', INCIDENT);
    repo.write('archive/CR-OTHER.yaml', restartPlan({ id: 'CR-OTHER', servers: ['par1-cs1'], start: '02:00', end: '02:30' }));
    mkdirSync(join(repo.dir, 'changes'));
    symlinkSync('../archive/2026', join(repo.dir, 'changes', 'december'));
    symlinkSync('../archive/CR-OTHER.yaml', join(repo.dir, 'changes', 'CR-OTHER.yaml'));
    const { report } = await checkIn(repo, mode);
    expect(report.verdict).toBe('fail');
    expect(new Set(report.findings.filter((f) => f.changeId !== null).map((f) => `${f.changeId} ${f.file}`))).toEqual(
      new Set(['CR-INCIDENT changes/december/CR-INCIDENT.yaml', ...(report.findings.some((f) => f.changeId === 'CR-OTHER') ? ['CR-OTHER changes/CR-OTHER.yaml'] : [])]),
    );
    expect((report as unknown as { counts: { changeRequests: number } }).counts.changeRequests).toBe(2);
  });

  it('a changes folder that links outside the repository is a located error, not "0 change requests"', async () => {
    const outside = tempDir('changegate-outside-');
    writeFileSync(join(outside, 'CR-INCIDENT.yaml'), INCIDENT);
    const repo = networkRepo();
    symlinkSync(outside, join(repo.dir, 'changes'));
    const { code, report } = await checkIn(repo, mode);
    expect(code).toBe(2);
    expect(report.verdict).toBe('error');
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'gate-config', messageId: 'refusedPath', file: 'changes', line: 1, column: 1 }));
    expect(report.findings.find((f) => f.messageId === 'refusedPath')?.data).toEqual({ path: 'changes' });
  });

  it('a link inside changes that leads outside is a located error naming it', async () => {
    const outside = tempDir('changegate-outside-');
    writeFileSync(join(outside, 'CR-INCIDENT.yaml'), INCIDENT);
    const repo = networkRepo();
    mkdirSync(join(repo.dir, 'changes'));
    symlinkSync(join(outside, 'CR-INCIDENT.yaml'), join(repo.dir, 'changes', 'CR-INCIDENT.yaml'));
    const { code, report } = await checkIn(repo, mode);
    expect(code).toBe(2);
    expect(report.findings).toContainEqual(expect.objectContaining({ messageId: 'refusedPath', file: 'changes/CR-INCIDENT.yaml' }));
  });

  it('a link loop inside changes is refused, not followed for ever', async () => {
    const repo = networkRepo();
    repo.write('changes/CR-INCIDENT.yaml', INCIDENT);
    symlinkSync('..', join(repo.dir, 'changes', 'again'));
    const { code, report } = await checkIn(repo, mode);
    expect(code).toBe(2);
    expect(report.findings).toContainEqual(expect.objectContaining({ messageId: 'refusedPath', file: 'changes/again' }));
    expect(report.findings.some((f) => f.changeId === 'CR-INCIDENT')).toBe(true);
  });

  it('a change request under a node_modules folder inside changes is judged', async () => {
    const repo = networkRepo();
    repo.write('changes/node_modules/CR-INCIDENT.yaml', INCIDENT);
    const { code, report } = await checkIn(repo, mode);
    expect(code).toBe(1);
    expect(report.findings.some((f) => f.changeId === 'CR-INCIDENT' && f.file === 'changes/node_modules/CR-INCIDENT.yaml')).toBe(true);
  });
});

describe.each(MODES)('files with a changegate kind outside the included folders, %s', (mode) => {
  it('are reported as located warnings: at the root, in plans/, in Changes/', async () => {
    const repo = networkRepo();
    repo.write('CR-ROOT.yaml', `# a plan saved at the root\n${INCIDENT.replace('CR-INCIDENT', 'CR-ROOT')}`);
    repo.write('plans/CR-PLANS.yml', INCIDENT.replace('CR-INCIDENT', 'CR-PLANS'));
    repo.write('Changes/CR-CASE.yaml', INCIDENT.replace('CR-INCIDENT', 'CR-CASE').replace('kind: ChangeRequest', 'kind: "ChangeRequest"'));
    repo.write('docs/notes.yaml', 'title: not a changegate file\nkind: Deployment\n');
    const { code, report } = await checkIn(repo, mode);
    expect(code).toBe(0);
    expect(report.verdict).toBe('warn');
    const unread = report.findings.filter((f) => f.ruleId === 'unread-file');
    expect(unread.map((f) => [f.file, f.severity, f.line, f.column, f.data.kind])).toEqual([
      ['CR-ROOT.yaml', 'warning', 2, 1, 'ChangeRequest'],
      ['Changes/CR-CASE.yaml', 'warning', 1, 1, 'ChangeRequest'],
      ['plans/CR-PLANS.yml', 'warning', 1, 1, 'ChangeRequest'],
    ]);
    expect(unread[0]?.path).toBe('');
  });

  it('block with the policy switch (severity error), and exclude says what may be ignored', async () => {
    const repo = networkRepo();
    repo.write('plans/CR-PLANS.yaml', INCIDENT);
    repo.write('policy/policy.yaml', `${repo.read('policy/policy.yaml')}\nrules:\n  unread-file: { severity: error }\n`);
    const blocked = await checkIn(repo, mode);
    expect(blocked.report.findings).toContainEqual(expect.objectContaining({ ruleId: 'unread-file', severity: 'error', file: 'plans/CR-PLANS.yaml' }));
    expect(blocked.code).toBe(1);

    repo.write('changegate.yaml', 'kind: ChangegateConfig\nexclude: [plans]\n');
    const excluded = await checkIn(repo, mode);
    expect(excluded.report.findings.filter((f) => f.ruleId === 'unread-file')).toEqual([]);
    expect(excluded.code).toBe(0);
  });
});

describe('sizes are checked before reading, and only included files are read', () => {
  it('a 1 GiB file in an unrelated folder is only peeked at; one in an included folder is not read at all', () => {
    const repo = networkRepo();
    repo.write('dumps/capture.yaml', 'kind: ChangeRequest\n');
    truncateSync(join(repo.dir, 'dumps', 'capture.yaml'), 1024 ** 3);
    repo.write('changes/huge.yaml', '');
    truncateSync(join(repo.dir, 'changes', 'huge.yaml'), 1024 ** 3);
    const snapshot = readFolder(repo.dir);
    const dump = snapshot.files.find((f) => f.path === 'dumps/capture.yaml');
    expect(dump?.bytes.length).toBe(64 * 1024);
    expect(dump?.size).toBe(1024 ** 3);
    expect(snapshot.files.find((f) => f.path === 'changes/huge.yaml')).toMatchObject({ bytes: new Uint8Array(), size: 1024 ** 3 });
    expect(snapshot.files.reduce((n, f) => n + f.bytes.length, 0)).toBeLessThan(1024 ** 2);
  });

  it('a config file over the limit is refused by its size, and only for that', async () => {
    const repo = networkRepo();
    repo.write('changegate.yaml', 'kind: ChangegateConfig\n');
    truncateSync(join(repo.dir, 'changegate.yaml'), 1024 ** 3);
    const { code, report } = await checkJson(['.'], repo.dir);
    expect(code).toBe(2);
    expect(report.findings.map((f) => [f.ruleId, f.messageId, f.file, f.line, f.column])).toEqual([['yaml-syntax', 'file-too-large', 'changegate.yaml', 1, 1]]);
  });

  it('the same from git objects: a blob over the limit is not read, a large unrelated blob only peeked at', async () => {
    const repo = networkRepo();
    repo.write('changes/huge.yaml', `kind: ChangeRequest\n${'#'.repeat(6 * 1024 * 1024)}\n`);
    repo.write('dumps/capture.yaml', `kind: Inventory\n${'#'.repeat(300 * 1024)}\n`);
    const commit = repo.commit('large files');
    const git = await GitRepo.open(repo.dir);
    const snapshot = await git.readCommit(commit);
    expect(snapshot.files.find((f) => f.path === 'changes/huge.yaml')).toMatchObject({ bytes: new Uint8Array(), size: 6 * 1024 * 1024 + 21 });
    expect(snapshot.files.find((f) => f.path === 'dumps/capture.yaml')?.bytes.length).toBe(64 * 1024);
    const { code, report } = await checkJson(['.', '--head', 'HEAD'], repo.dir);
    expect(code).toBe(2);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'yaml-syntax', messageId: 'file-too-large', file: 'changes/huge.yaml', line: 1, column: 1 }));
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'unread-file', file: 'dumps/capture.yaml', line: 1 }));
  });
});
