// The pre-commit hook, end to end through the built binary and real `git commit`: `hook install`
// (core.hooksPath, foreign hooks, --force), and the issue's "Done means" scenario.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { loadYaml } from '../../src/load/yaml.ts';
import { HOOK_MARKER } from '../../src/cli/commands/hook.ts';
import { baseNetworkFiles } from '../rules/harness.ts';
import { cleanupAll, cli, copyBaseNetwork, gitEnv, initRepo, ROOT, tempDir } from './helpers.ts';
import type { JsonReport, TempRepo } from './helpers.ts';
import { expiredWaiver, hasRule } from './fixtures.ts';

const BIN = join(ROOT, 'bin', 'changegate.js');

beforeAll(() => {
  execFileSync('node', ['scripts/build.mjs', 'cli'], { cwd: ROOT });
}, 60_000);
afterAll(cleanupAll);

function bin(args: string[], cwd: string) {
  return spawnSync('node', [BIN, ...args], { cwd, env: gitEnv(), encoding: 'utf8' });
}

function commitThroughHook(repo: TempRepo, message: string) {
  return spawnSync('git', ['commit', '-m', message], { cwd: repo.dir, env: gitEnv(), encoding: 'utf8' });
}

describe('changegate hook install', () => {
  it('writes an executable pre-commit hook that runs check --staged, and says how to skip it once', () => {
    const repo = initRepo();
    const result = bin(['hook', 'install'], repo.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Installed the changegate pre-commit hook at .git/hooks/pre-commit.');
    expect(result.stdout).toContain('git commit --no-verify');
    const path = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const script = readFileSync(path, 'utf8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain(HOOK_MARKER);
    expect(script).toContain(`check --staged '.'`);
    expect(statSync(path).mode & 0o111).toBe(0o111);
    // Installing again over its own hook is an update, not a conflict.
    expect(bin(['hook', 'install'], repo.dir).status).toBe(0);
  });

  it('respects core.hooksPath and records the subfolder holding the network', async () => {
    const repo = initRepo();
    repo.git('config', 'core.hooksPath', '.githooks');
    repo.write('net/README.md', 'network files live here\n');
    const result = await cli(['hook', 'install', 'net'], repo.dir);
    expect(result.code).toBe(0);
    const path = join(repo.dir, '.githooks', 'pre-commit');
    expect(readFileSync(path, 'utf8')).toContain(`check --staged 'net'`);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('refuses to overwrite a foreign hook without --force, and keeps it as a backup with --force', async () => {
    const repo = initRepo();
    const path = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(path, '#!/bin/sh\nexec make lint\n', { mode: 0o755 });
    const refused = await cli(['hook', 'install'], repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.git/hooks/pre-commit already exists and was not written by changegate; it was left unchanged.');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('#!/bin/sh\nexec make lint\n');

    const forced = await cli(['hook', 'install', '--force'], repo.dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('The previous hook was moved to .git/hooks/pre-commit.changegate-backup.');
    expect(readFileSync(`${path}.changegate-backup`, 'utf8')).toBe('#!/bin/sh\nexec make lint\n');
    expect(readFileSync(path, 'utf8')).toContain(HOOK_MARKER);

    const removed = await cli(['hook', 'uninstall'], repo.dir);
    expect(removed.code).toBe(0);
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    expect((await cli(['hook', 'uninstall'], repo.dir)).code).toBe(2);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses outside a git work tree', async () => {
    const result = await cli(['hook', 'install'], tempDir('changegate-nogit-'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git work tree');
  });
});

const DAY = 86_400_000;

/**
 * The staged capacity upgrade of examples/six-sites (a plan the gate accepts), moved by whole weeks so
 * it lies at least two weeks after `now` and away from the end-of-year freeze and holidays (the hook
 * evaluates as of the wall clock), with each approval naming the plan's revision.
 */
function passingPlan(now: number): { text: string; shiftMs: number } {
  const original = readFileSync(join(ROOT, 'examples', 'six-sites', 'changes', 'CR-2026-0412-staged-capacity-upgrade.yaml'), 'utf8');
  const firstStep = Date.parse('2026-12-08T00:30:00+01:00');
  const endOfYear = (ms: number) => {
    const d = new Date(ms);
    return (d.getUTCMonth() === 11 && d.getUTCDate() >= 18) || (d.getUTCMonth() === 0 && d.getUTCDate() <= 5);
  };
  let weeks = 0;
  while (firstStep + weeks * 7 * DAY < now + 14 * DAY || [0, 1, 2, 3, 4, 5, 6].some((d) => endOfYear(firstStep + weeks * 7 * DAY + d * DAY))) weeks++;
  const shiftMs = weeks * 7 * DAY;
  const shifted = shiftInstants(original, shiftMs).replace(/^( {2}- \{ by: [a-z.]+, role: [a-z-]+), at: [^}]+\}$/gm, '$1 }');
  const evaluation = evaluate([...baseNetworkFiles(), { path: 'changes/CR-2026-0412.yaml', bytes: new TextEncoder().encode(shifted) }], { asOf: now });
  const revision = evaluation.changes.find((c) => c.id === 'CR-2026-0412')?.revision;
  if (!revision) throw new Error('the example plan did not load');
  return { text: shifted.replace(/^( {2}- \{ by: [a-z.]+, role: [a-z-]+) \}$/gm, `$1, revision: "${revision}" }`), shiftMs };
}

/** Moves every instant written with an offset by `ms` (whole weeks), keeping its wall-clock time and offset. */
function shiftInstants(text: string, ms: number): string {
  return text.replace(/(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})/g, (_m, local: string, offset: string) => {
    return new Date(Date.parse(`${local}Z`) + ms).toISOString().slice(0, 19) + offset;
  });
}

/** A plan that restarts both PAR2 servers during the PAR1 capacity work of the first night. */
function secondSitePlan(shiftMs: number): string {
  return shiftInstants(
    `kind: ChangeRequest
id: CR-2026-0700
title: Restart of the PAR2 call servers
owner: j.dupont
purpose: Restart par2-cs1 and par2-cs2 to load the new signalling timers.
declaredRisk: medium
state: proposed
steps:
  - id: s1
    action: restart
    targets:
      callServers: [par2-cs1, par2-cs2]
    window:
      start: 2026-12-08T01:00:00+01:00
      end: 2026-12-08T02:00:00+01:00
    rollback:
      procedure: Restart again from the previous configuration backup
      minutes: 20
`,
    shiftMs,
  );
}

describe.skipIf(!hasRule('redundancy-group-concurrency'))('Done means: the installed hook refuses a second site at risk in an occupied window', () => {
  it('refuses the commit with a located message, and --base main labels it new and the old warning existing', async () => {
    const now = Date.now();
    const asOf = new Date(now).toISOString();
    const repo = initRepo();
    copyBaseNetwork(repo);
    const { text, shiftMs } = passingPlan(now);
    repo.write('changes/CR-2026-0412.yaml', text);
    repo.write('waivers/W-2026-001.yaml', expiredWaiver('W-2026-001', 'CR-2026-0412'));
    const before = repo.commit('the staged capacity upgrade, approved');

    const passing = await cli(['check', '.', '--as-of', asOf], repo.dir, now);
    expect(passing.code, passing.stdout).toBe(0);
    expect(passing.stdout).toMatch(/^WARN 0 errors, 1 warning/m);

    expect(bin(['hook', 'install'], repo.dir).status).toBe(0);
    repo.write('changes/CR-2026-0700.yaml', secondSitePlan(shiftMs));
    repo.git('add', 'changes/CR-2026-0700.yaml');
    const refused = commitThroughHook(repo, 'restart PAR2 during the PAR1 capacity work');
    expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(before);
    // Git shows a hook's output on standard error. New blocking findings come first, each on its exact line.
    expect(refused.stderr).toMatch(/^Compared the index \(staged changes\) with HEAD \([0-9a-f]{7}\)\.\n\nNew blocking findings/);
    expect(refused.stderr).toMatch(/^ {2}changes\/CR-2026-0700\.yaml:13:5 error {3}redundancy-group-concurrency \[new\] .*4 of the 12 members of redundancy group ECI are at risk at once, on 2 site\(s\) \(PAR1, PAR2\)/m);
    expect(refused.stderr).not.toContain('waiver-validity');
    expect(refused.stderr).toMatch(/^1 existing warning or notice not listed/m);
    expect(refused.stderr).toContain('changegate: commit refused (exit 1).');
    expect(refused.stderr).toContain('git commit --no-verify');

    // The engineer commits on a branch anyway; the reviewer's view against main.
    repo.git('checkout', '-q', '-b', 'restart-par2');
    repo.git('commit', '-q', '--no-verify', '-m', 'restart PAR2 (needs review)');
    const review = await cli(['check', '--base', 'main', '--format', 'json', '--as-of', asOf], repo.dir, now);
    expect(review.code).toBe(1);
    const report = JSON.parse(review.stdout) as JsonReport;
    const collision = report.findings.find((f) => f.ruleId === 'redundancy-group-concurrency');
    expect(collision).toMatchObject({ label: 'new', file: 'changes/CR-2026-0700.yaml', line: 13, column: 5, severity: 'error', changeId: 'CR-2026-0700' });
    expect(collision?.data).toMatchObject({ group: 'ECI', sites: ['PAR1', 'PAR2'], siteCount: 2 });
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((f) => f.label === 'existing').map((f) => `${f.ruleId}/${f.messageId}`)).toContain('waiver-validity/expired');
    expect(report.comparison?.changes.changeRequests).toEqual([expect.objectContaining({ status: 'added', changeId: 'CR-2026-0700' })]);

    const reviewText = await cli(['check', '--base', 'main', '--as-of', asOf], repo.dir, now);
    expect(reviewText.stdout).toMatch(/^ {2}waivers\/W-2026-001\.yaml:\d+:\d+ warning waiver-validity \[existing\] waiver W-2026-001 expired/m);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook that runs the changegate bin once on the whole repository', () => {
    const loaded = loadYaml('.pre-commit-hooks.yaml', readFileSync(join(ROOT, '.pre-commit-hooks.yaml')));
    expect(loaded.issues).toEqual([]);
    const hooks = loaded.document?.value as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'changegate', language: 'node', entry: 'changegate check --staged', pass_filenames: false, always_run: true });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(manifest.bin)).toContain('changegate');
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;

// The Debian `pre-commit` package is not installed on every machine; the test runs where it is.
describe.skipIf(!hasPreCommit)('pre-commit framework (.pre-commit-hooks.yaml), needs the `pre-commit` command', () => {
  it('runs changegate on the whole repository from a config repo that uses the hooks file', () => {
    const repo = initRepo();
    copyBaseNetwork(repo);
    // The hook repository is this checkout, at its current commit.
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: changegate\n`);
    repo.write('changes/CR-2026-0702.yaml', 'kind: ChangeRequest\nid: CR-2026-0702\n');
    repo.git('add', '-A');
    const run = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo.dir, env: { ...gitEnv(), PRE_COMMIT_HOME: tempDir('changegate-pre-commit-home-') }, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    // The text format: the location on its own line, then severity and rule, then the message.
    expect(run.stdout).toMatch(/^changes\/CR-2026-0702\.yaml:1:1\n {2}error {3}schema-valid\n {4}missing required property `steps`/m);
    // pre-commit installs this repository with its devDependencies (npm install --include=dev, from the
    // registry) into a fresh node environment the first time, then packs it: minutes on a busy machine.
  }, 400_000);
});
