// Approvals proven by pull-request reviews, through the Action and the fake GitHub (every request is
// validated against GitHub's OpenAPI description): only a standing approving review, on the head or
// after the last change to the file, from the login the policy maps to an approver (and, where the
// policy names a team for the role, a member of it) counts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.ts';
import { INCIDENT_CR, payload, runAction, sixSitesWorkspace } from './harness.ts';
import type { Workspace } from './harness.ts';

const STAGED_CR = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';
const HEAD = payload('opened').pull_request.head.sha as string;
const EARLIER = '1111111111111111111111111111111111111111';

let fake: FakeGitHub;
let ws: Workspace;
beforeEach(() => {
  fake = new FakeGitHub();
  ws = sixSitesWorkspace();
  const policy = join(ws.dir, 'policy/policy.yaml');
  writeFileSync(
    policy,
    readFileSync(policy, 'utf8')
      .replace('approvalSource: { kind: declared }', 'approvalSource:\n  kind: pull-request-reviews\n  teams: { cab: Codertocat/cab }')
      .replace('roles: [cab, network-lead] }', 'roles: [cab, network-lead], github: amartin }')
      .replace('roles: [cab] }', 'roles: [cab], github: LBernard }'),
  );
  fake.teamMembers.set('Codertocat/cab', ['amartin', 'lbernard']);
  fake.pullCommits.set(2, [EARLIER, HEAD]);
});
afterEach(() => {
  ws.cleanup();
  expect(fake.violations).toEqual([]);
});

/** The pull request changes these files, last in these commits. */
function changes(files: Record<string, string>): void {
  fake.pulls.push({ number: 2, title: 'Change', headSha: HEAD, base: 'master', updatedAt: '2026-11-20T10:00:00Z', files: Object.fromEntries(Object.keys(files).map((f) => [f, 'x'])) });
  for (const [file, commit] of Object.entries(files)) fake.pathHistory.set(file, [commit]);
}

async function run() {
  const outcome = await runAction(fake, ws, { inputs: { 'other-pulls': 'off' } });
  const report = JSON.parse(readFileSync(outcome.outputs['json-file'] as string, 'utf8')) as {
    verdict: string;
    approvals: Record<string, unknown>;
    findings: { ruleId: string; messageId: string; changeId?: string; line: number; message: string; data: Record<string, unknown> }[];
  };
  return { ...outcome, report, comment: fake.comments[0]?.body ?? '' };
}

describe('approvals from pull-request reviews (the Action)', () => {
  it('honest: both CAB members approve the head; the staged upgrade passes and the comment says how approvals were verified', async () => {
    rmSync(join(ws.dir, INCIDENT_CR));
    changes({ [STAGED_CR]: HEAD, [INCIDENT_CR]: EARLIER });
    fake.reviews.push({ pull: 2, login: 'amartin', state: 'APPROVED', commitId: HEAD }, { pull: 2, login: 'lbernard', state: 'APPROVED', commitId: HEAD });
    const { exitCode, report, comment } = await run();
    expect(report.findings).toEqual([]);
    expect([exitCode, report.verdict]).toEqual([0, 'pass']);
    expect(report.approvals).toEqual({ source: 'pull-request-reviews', evidence: 'approving reviews of pull request #2', verified: 2, declared: 0, unverified: 0 });
    // The comment is Markdown: only what Markdown would read as syntax is escaped, so this sentence stays as written.
    expect(comment).toContain('Approvals: 2 verified, 0 not verified (source: pull-request reviews). · [Full report]');
    for (const op of ['pulls/list-reviews', 'pulls/list-commits', 'pulls/list-files', 'repos/list-commits', 'teams/get-membership-for-user-in-org']) expect(fake.calls(op).length).toBeGreaterThan(0);
  });

  it('stale and dismissed reviews, and an approval typed for someone who did not review, do not count', async () => {
    changes({ [STAGED_CR]: HEAD });
    // l.bernard approved before the last change to the file; a.martin's approval was dismissed.
    fake.reviews.push(
      { pull: 2, login: 'lbernard', state: 'APPROVED', commitId: EARLIER },
      { pull: 2, login: 'amartin', state: 'APPROVED', commitId: HEAD },
      { pull: 2, login: 'amartin', state: 'DISMISSED', commitId: HEAD },
    );
    const { exitCode, report } = await run();
    expect(exitCode).toBe(1);
    const refused = report.findings.filter((f) => f.changeId === 'CR-2026-0412' && f.messageId === 'notVerified');
    expect(refused.map((f) => f.data.by)).toEqual(['a.martin', 'l.bernard']);
    expect(refused[0]!.message).toContain('no approving review by a.martin backs it (stale: @lbernard approved 111111111111, before the last change to changes/CR-2026-0412-staged-capacity-upgrade.yaml (ec26c3e57ca3))');
    expect(refused[1]!.message).toContain('a.martin approves the pull request on GitHub'.replace('a.martin', 'l.bernard'));
    expect(report.findings.filter((f) => f.changeId === 'CR-2026-0412').map((f) => f.messageId)).toEqual(expect.arrayContaining(['tooFewApprovals', 'missingRole']));
  });

  it('a reviewer outside the team the policy names for the role does not approve in that role', async () => {
    rmSync(join(ws.dir, INCIDENT_CR));
    changes({ [STAGED_CR]: HEAD });
    fake.teamMembers.set('Codertocat/cab', ['amartin']);
    fake.reviews.push({ pull: 2, login: 'amartin', state: 'APPROVED', commitId: HEAD }, { pull: 2, login: 'LBERNARD', state: 'APPROVED', commitId: HEAD });
    const { exitCode, report } = await run();
    expect(exitCode).toBe(1);
    expect(report.findings.map((f) => [f.messageId, f.data.by, f.data.role])).toEqual(expect.arrayContaining([['roleNotHeld', 'l.bernard', 'cab']]));
  });

  it('the incident-shaped change cannot be approved by typing the CAB into it; unchanged files keep their merged approvals', async () => {
    const cr = join(ws.dir, INCIDENT_CR);
    writeFileSync(cr, readFileSync(cr, 'utf8').replace('approvals:\n', 'approvals:\n  - { by: l.bernard, role: cab }\n'));
    changes({ [INCIDENT_CR]: HEAD });
    fake.reviews.push({ pull: 2, login: 'mleroy', state: 'APPROVED', commitId: HEAD });
    const { exitCode, report, comment } = await run();
    expect(exitCode).toBe(1);
    const typed = report.findings.find((f) => f.messageId === 'notVerified');
    expect(typed?.data.by).toBe('l.bernard');
    expect(typed?.message).toContain('proven instead: @mleroy, who is not an approver of the policy');
    // CR-2026-0412 is not part of the pull request: its approvals stand as merged on the base branch.
    expect(report.findings.filter((f) => f.changeId === 'CR-2026-0412')).toEqual([]);
    expect(report.approvals).toMatchObject({ verified: 2, unverified: 1 });
    expect(comment).toContain('Approvals: 2 verified, 1 not verified');
  });
});
