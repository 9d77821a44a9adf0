// The Action on a pull request that loosens the gate beside the plan that needs it: run() with the fake
// GitHub (every request validated against the OpenAPI description) and a real git clone of the workspace.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNetwork } from '../support/builders.ts';
import { HONEST_CR, WIDE_CR, WIDE_REINSTALL, honestPush } from '../trust/fixtures.ts';
import { FakeGitHub } from './fake-github.ts';
import { payload, runAction } from './harness.ts';
import type { Workspace } from './harness.ts';

const POLICY = 'policy/policy.yaml';

let fake: FakeGitHub;
let ws: Workspace;
let baseSha: string;
beforeEach(() => {
  fake = new FakeGitHub();
  const dir = mkdtempSync(join(tmpdir(), 'changegate-action-'));
  writeNetwork(dir, { [HONEST_CR]: honestPush() });
  ws = { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
  git('init', '-q', '-b', 'master');
  git('add', '-A');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // This pull request: a plan that needs three servers at risk together, and the policy raised to allow it.
  writeFileSync(join(dir, WIDE_CR), WIDE_REINSTALL);
  writeFileSync(join(dir, POLICY), `${readFileSync(join(dir, POLICY), 'utf8').trimEnd()}\nrules:\n  redundancy-group-concurrency:\n    options: { maxSitesAtRisk: 2, maxServersAtRisk: 3 }\n`);
});
afterEach(() => {
  ws.cleanup();
  expect(fake.violations).toEqual([]);
});

describe('the Action on a pull request that loosens the gate', () => {
  it('fails the check run with an annotation on each loosened line, and says which plan it lets through', async () => {
    const event = payload('opened');
    event.pull_request.base.sha = baseSha;
    const outcome = await runAction(fake, ws, { event });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.outputs.verdict).toBe('fail');
    expect(outcome.stdout).toContain('this pull request loosens the gate in 2 place(s) (policy-loosening)');
    const check = fake.checkRuns[0]!;
    expect(check.conclusion).toBe('failure');
    expect(check.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}:${a.title}`)).toEqual([
      `${POLICY}:29:failure:changegate policy-loosening`,
      `${POLICY}:29:failure:changegate policy-loosening`,
    ]);
    expect(String(check.annotations[0]!.message)).toContain('option maxSitesAtRisk of rule redundancy-group-concurrency is raised from 1 to 2. This pull request loosens the gate');
    // In the sticky comment, a table row on the loosened line; ids are written as they are, not escaped.
    expect(fake.comments[0]!.body).toMatch(/\| policy-loosening \| option maxSitesAtRisk of rule redundancy-group-concurrency is raised from 1 to 2\. [^|\n]* CR-2026-0901 would fail: this pull request lets it through\. \|\n/);
  });

  it('without the base commit in the clone, the head alone is judged and passes: why the base is required', async () => {
    rmSync(join(ws.dir, '.git'), { recursive: true, force: true });
    const event = payload('opened');
    event.pull_request.base.sha = baseSha;
    const outcome = await runAction(fake, ws, { event });
    expect(outcome.stdout).toMatch(/findings are not compared with the base/);
    expect(outcome.exitCode).toBe(0);
  });
});
