// Approvals proven by merge-request approvals, end to end: the real CLI in-process (`changegate gitlab`
// and `check --publish gitlab`), a real git clone whose policy names merge-request-approvals, and the
// fake GitLab on loopback. Only an approval given on the head commit being checked, by the GitLab user
// the policy maps to an approver, who is neither the merge request's author nor a bot, counts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitLab, PROJECT_ID } from './fake-gitlab.ts';
import { AS_OF, BOT, GIT_ENV, INCIDENT_CR, MR_IID, SIX_SITES, TOKEN, ciEnv, runCli } from './harness.ts';
import type { Clone } from './harness.ts';

const STAGED_CR = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';
const STAGED_PATH = `network/${STAGED_CR}`;
const EARLIER = '1'.repeat(40);

/**
 * The six-site network whose policy takes approvals from merge requests (a.martin is @amartin,
 * l.bernard is @LBernard on GitLab), without the incident-shaped change; the merge request's head edits
 * a comment of the staged upgrade, so its two CAB approvals must be proven on this merge request.
 */
function cloneWithMergeRequestPolicy(): Clone {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-gitlab-approvals-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  cpSync(SIX_SITES, join(dir, 'network'), { recursive: true });
  rmSync(join(dir, 'network', INCIDENT_CR));
  const policy = join(dir, 'network/policy/policy.yaml');
  writeFileSync(
    policy,
    readFileSync(policy, 'utf8')
      .replace('approvalSource: { kind: declared }', 'approvalSource: { kind: merge-request-approvals }')
      .replace('roles: [cab, network-lead] }', 'roles: [cab, network-lead], gitlab: amartin }')
      .replace('roles: [cab] }', 'roles: [cab], gitlab: LBernard }'),
  );
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  const baseSha = commit('network as it is');
  const staged = join(dir, 'network', STAGED_CR);
  writeFileSync(staged, readFileSync(staged, 'utf8').replace('# The staged capacity upgrade:', '# The staged capacity upgrade (reworded):'));
  const headSha = commit('CR-2026-0412: comment reworded');
  return { dir, baseSha, headSha, git, commit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface JsonReport {
  verdict: string;
  approvals: Record<string, unknown>;
  findings: { ruleId: string; messageId: string; changeId?: string; message: string; data: Record<string, unknown> }[];
}

let fake: FakeGitLab;
let clone: Clone;
beforeEach(async () => {
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['api'] });
  clone = cloneWithMergeRequestPolicy();
  fake.mergeRequests.push({
    iid: MR_IID,
    title: 'CR-2026-0412 comment',
    sha: clone.headSha,
    targetBranch: 'main',
    sourceProjectId: PROJECT_ID,
    updatedAt: '2026-11-26T12:00:00Z',
    author: 'j.dupont',
    files: { [STAGED_PATH]: readFileSync(join(clone.dir, STAGED_PATH), 'utf8') },
    // Pushed at 09:00 (an earlier version), pushed again at 11:00 (the head checked).
    versions: [
      { headSha: EARLIER, createdAt: '2026-11-26T09:00:00Z' },
      { headSha: clone.headSha, createdAt: '2026-11-26T11:00:00Z' },
    ],
  });
  fake.resetApprovalsOnPush = false;
});
afterEach(async () => {
  await fake.stop();
  clone.cleanup();
  expect(fake.violations).toEqual([]);
});

/** `check --publish gitlab --format json`: the verdict as JSON on stdout, the note on the merge request. */
async function check(env = ciEnv(fake, clone)) {
  const outcome = await runCli(['check', 'network', '--as-of', AS_OF, '--format', 'json', '--publish', 'gitlab'], env, clone.dir);
  const report = JSON.parse(outcome.stdout) as JsonReport;
  const refused = report.findings.filter((f) => f.ruleId === 'approvals' && f.messageId === 'notVerified');
  return { ...outcome, report, refused };
}

/** Pushes an edit of the policy to the merge request at 11:10, before the approvals of the tests. */
function pushPolicyEdit(from: string, to: string): void {
  const policy = join(clone.dir, 'network/policy/policy.yaml');
  writeFileSync(policy, readFileSync(policy, 'utf8').replace(from, to));
  const mr = fake.mergeRequests[0]!;
  mr.sha = clone.commit('policy edited');
  mr.versions!.push({ headSha: mr.sha, createdAt: '2026-11-26T11:10:00Z' });
}

function approve(...approvals: { username: string; approvedAt: string }[]): void {
  fake.mergeRequests[0]!.approvedBy = approvals;
}

describe('approvals from merge-request approvals', () => {
  it('both CAB members approved the head: verified, the job passes, and the note says how approvals were verified', async () => {
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    const { code, report, refused, stderr } = await check();
    expect(refused).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'approvals')).toEqual([]);
    expect([code, report.verdict]).toEqual([0, 'pass']);
    expect(report.approvals).toEqual({ source: 'merge-request-approvals', evidence: `approvals of merge request !7 on its head ${clone.headSha.slice(0, 12)}`, verified: 2, declared: 0, unverified: 0 });
    expect(fake.notes[0]!.body).toContain('Approvals: 2 verified, 0 not verified (source: merge-request approvals).');
    expect(stderr).not.toMatch(/No approval counts/);
    // Through the approvals API, each approver's profile (bot or person), and the changed files.
    for (const route of ['GET mr approvals', 'GET versions', 'GET user by id', 'GET diffs']) expect(fake.calls(route).length).toBeGreaterThan(0);
  });

  it('an approval given on an earlier push does not count, and says so', async () => {
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T10:00:00Z' });
    const { code, report, refused } = await check();
    expect([code, report.verdict]).toEqual([1, 'fail']);
    expect(refused.map((f) => [f.changeId, f.data.by])).toEqual([['CR-2026-0412', 'l.bernard']]);
    expect(refused[0]!.message).toContain(`no merge-request approval by l.bernard backs it (not counted: @lbernard approved 111111111111, not the head checked (${clone.headSha.slice(0, 12)}), an earlier push)`);
    expect(refused[0]!.message).toContain('l.bernard approves the merge request on GitLab, from the username the policy gives them, after its last push');
    expect(report.approvals).toMatchObject({ verified: 1, unverified: 1 });
  });

  it("the merge request's author approving it never counts, even when the policy maps them to an approver", async () => {
    fake.mergeRequests[0]!.author = 'amartin';
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    const { code, refused } = await check();
    expect(code).toBe(1);
    expect(refused.map((f) => f.data.by)).toEqual(['a.martin']);
    expect(refused[0]!.message).toContain('not counted: @amartin is the author of the merge request');
  });

  it('a GitLab user the policy does not know, and a bot, prove nothing', async () => {
    fake.bots.add('release-bot');
    approve(
      { username: 'mallory', approvedAt: '2026-11-26T11:30:00Z' },
      { username: 'release-bot', approvedAt: '2026-11-26T11:31:00Z' },
      { username: 'project_42_bot_5f3e2a', approvedAt: '2026-11-26T11:32:00Z' },
    );
    const { code, refused } = await check();
    expect(code).toBe(1);
    expect(refused.map((f) => f.data.by)).toEqual(['a.martin', 'l.bernard']);
    const message = refused[0]!.message;
    expect(message).toContain('proven instead: @mallory, who is not an approver of the policy');
    expect(message).toContain('@release-bot is a GitLab bot user');
    expect(message).toContain('@project_42_bot_5f3e2a is a GitLab bot user');
    expect(message).not.toMatch(/proven instead:.*release-bot/);
  });

  it('a merge request that remaps an approver to another GitLab user is a loosening of the gate, which blocks', async () => {
    pushPolicyEdit('gitlab: amartin }', 'gitlab: mallory }');
    approve({ username: 'mallory', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    const { code, report } = await check();
    // The approvals are proven under the head's mapping, but the remapping itself blocks until it is merged with scrutiny.
    expect(report.approvals).toMatchObject({ verified: 2, unverified: 0 });
    expect(code).toBe(1);
    const loosened = report.findings.filter((f) => f.ruleId === 'policy-loosening');
    expect(loosened.map((f) => f.messageId)).toEqual(['loosened']);
    expect(loosened[0]!.message).toContain('approver a.martin is changed');
    // The Code Quality report carries it on the policy's line too: reports are written after the base comparison.
    const job = await runCli(['gitlab', 'network', '--as-of', AS_OF, '--codequality', 'cq.json', '--note', 'off'], ciEnv(fake, clone), clone.dir);
    expect(job.code).toBe(1);
    const issues = JSON.parse(readFileSync(join(clone.dir, 'cq.json'), 'utf8')) as { check_name: string; location: { path: string } }[];
    expect(issues.filter((i) => i.check_name === 'changegate/policy-loosening').map((i) => i.location.path)).toEqual(['network/policy/policy.yaml']);
  });

  it('a role the policy ties to a GitHub team is never held through a GitLab approval', async () => {
    pushPolicyEdit('approvalSource: { kind: merge-request-approvals }', 'approvalSource: { kind: merge-request-approvals, teams: { cab: noc/cab } }');
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    const { code, report } = await check();
    expect(code).toBe(1);
    // Both approvals are verified, but neither proves the cab role.
    expect(report.approvals).toMatchObject({ verified: 2, unverified: 0 });
    expect(report.findings.filter((f) => f.ruleId === 'approvals').map((f) => f.messageId)).toContain('missingRole');
  });

  it('a file the merge request does not change keeps the approvals it was merged with', async () => {
    // GitLab lists only the README as changed by this merge request.
    fake.mergeRequests[0]!.files = { 'network/README.md': 'x' };
    const { code, refused, report } = await check();
    expect(refused).toEqual([]);
    expect(code).toBe(0);
    expect(report.approvals).toMatchObject({ verified: 2, unverified: 0 });
  });

  it('the approvals API failing proves nothing: the job fails closed and says why', async () => {
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    // A token that may read the merge request but not its approvals (say, a role below Reporter).
    fake.fail('GET mr approvals', { status: 403, body: { message: '403 Forbidden' } });
    const { code, refused, stderr } = await check();
    expect(code).toBe(1);
    expect(refused.map((f) => f.data.by)).toEqual(['a.martin', 'l.bernard']);
    expect(stderr).toMatch(/the approvals of merge request !7 could not be read \(HTTP 403 on GET \/gitlab\/api\/v4\/projects\/42\/merge_requests\/7\/approvals: 403 Forbidden\); the token in CHANGEGATE_GITLAB_TOKEN needs read_api and at least the Reporter role/);
    expect(stderr).toContain('No approval counts.');
    expect(refused[0]!.message).toContain('could not be read');
  });

  it('outside a merge-request pipeline, or without a token, no approval counts (fail closed)', async () => {
    approve({ username: 'amartin', approvedAt: '2026-11-26T11:30:00Z' }, { username: 'lbernard', approvedAt: '2026-11-26T11:45:00Z' });
    const branch = ciEnv(fake, clone);
    for (const name of Object.keys(branch)) if (name.startsWith('CI_MERGE_REQUEST_')) delete branch[name];
    const outside = await runCli(['gitlab', 'network', '--as-of', AS_OF], branch, clone.dir);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('this is not a merge-request pipeline (CI_MERGE_REQUEST_IID is not set), so there are no merge-request approvals to verify approvals with. No approval counts.');
    expect(fake.requests).toHaveLength(0);

    const noToken = ciEnv(fake, clone);
    delete noToken.CHANGEGATE_GITLAB_TOKEN;
    delete noToken.CI_JOB_TOKEN;
    const tokenless = await check(noToken);
    expect(tokenless.code).toBe(1);
    expect(tokenless.refused.map((f) => f.data.by)).toEqual(['a.martin', 'l.bernard']);
    expect(tokenless.refused[0]!.message).toContain('no GitLab token is set');
  });

  it('plain `changegate check` cannot consult merge-request approvals and says so', async () => {
    const outcome = await runCli(['check', 'network', '--as-of', AS_OF, '--format', 'json'], { ...GIT_ENV }, clone.dir);
    const report = JSON.parse(outcome.stdout) as JsonReport;
    expect(outcome.code).toBe(1);
    const refused = report.findings.filter((f) => f.messageId === 'notVerified');
    expect(refused[0]!.message).toContain('the policy requires merge-request-approvals, which this run could not consult');
  });
});
