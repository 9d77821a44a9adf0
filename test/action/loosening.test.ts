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

describe('the Action on a loosening reviewed by the CAB (pull-request reviews)', () => {
  const HEAD = payload('opened').pull_request.head.sha as string;
  // The base policy already proves approvals by reviews; a.martin is the pull request's author (Codertocat).
  beforeEach(() => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    const policy = join(ws.dir, POLICY);
    const loosenedPolicy = readFileSync(policy, 'utf8');
    git('checkout', '-q', baseSha, '--', POLICY);
    const reviewed = (text: string) =>
      text
        .replace('approvalSource: { kind: declared }', 'approvalSource: { kind: pull-request-reviews }')
        .replace('roles: [cab, network-lead] }', 'roles: [cab, network-lead], github: Codertocat }')
        .replace('roles: [cab] }', 'roles: [cab], github: lbernard }');
    writeFileSync(policy, reviewed(readFileSync(policy, 'utf8')));
    git('commit', '-qam', 'the base proves approvals by reviews');
    baseSha = git('rev-parse', 'HEAD');
    writeFileSync(policy, reviewed(loosenedPolicy));
    fake.pulls.push({ number: 2, title: 'Loosen', headSha: HEAD, base: 'master', updatedAt: '2026-11-20T10:00:00Z', files: { [POLICY]: 'x', [WIDE_CR]: 'x' } });
    fake.pathHistory.set(POLICY, [HEAD]);
    fake.pathHistory.set(WIDE_CR, [HEAD]);
    fake.pullCommits.set(2, [HEAD]);
  });

  async function loosenings(): Promise<{ severity: string; messageId: string; line: number; message: string }[]> {
    const event = payload('opened');
    event.pull_request.base.sha = baseSha;
    const outcome = await runAction(fake, ws, { event, inputs: { 'other-pulls': 'off' } });
    const report = JSON.parse(readFileSync(outcome.outputs['json-file'] as string, 'utf8')) as { findings: { ruleId: string; severity: string; messageId: string; line: number; message: string }[] };
    return report.findings.filter((f) => f.ruleId === 'policy-loosening').map(({ severity, messageId, line, message }) => ({ severity, messageId, line, message }));
  }

  it('an approving review of the head by another cab holder approves each loosening (a notice that names them)', async () => {
    fake.reviews.push({ pull: 2, login: 'lbernard', state: 'APPROVED', commitId: HEAD });
    const found = await loosenings();
    expect(found.map((f) => `${f.severity} ${f.messageId} ${f.line}`)).toEqual(['notice approvedLoosening 29', 'notice approvedLoosening 29']);
    expect(found[0]!.message).toContain('This loosening of the gate is approved by l.bernard (cab, verified)');
    expect(fake.calls('pulls/list-reviews').length).toBeGreaterThan(0);
  });

  it('the author\'s own approving review does not count: every loosening still blocks', async () => {
    fake.reviews.push({ pull: 2, login: 'Codertocat', state: 'APPROVED', commitId: HEAD });
    const found = await loosenings();
    expect(found.map((f) => `${f.severity} ${f.messageId}`)).toEqual(['error loosened', 'error loosened']);
    expect(found[0]!.message).toContain('verified approvals found: a.martin (cab, network-lead, an author), none that counts in the cab role');
  });
});

