// Merge-request approvals read from the fake GitLab on loopback: who approved, bound to the head commit
// each approval was given on, with approvals that cannot be bound kept apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../src/gitlab/client.ts';
import type { GitLabApi } from '../../src/gitlab/client.ts';
import { independentApprovalsOn, readMergeRequestApprovals } from '../../src/gitlab/approvals.ts';
import { FakeGitLab, PROJECT_ID } from './fake-gitlab.ts';
import { BOT, TOKEN } from './harness.ts';

const FIRST = '1'.repeat(40);
const SECOND = '2'.repeat(40);

let fake: FakeGitLab;
let api: GitLabApi;
beforeEach(async () => {
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['read_api'] });
  api = createGitLabClient({ apiUrl: fake.apiUrl, token: { kind: 'private', value: TOKEN }, log: () => {} });
  fake.mergeRequests.push({
    iid: 7,
    title: 'CR-2026-0601',
    sha: SECOND,
    targetBranch: 'main',
    sourceProjectId: PROJECT_ID,
    updatedAt: '2026-11-26T10:00:00Z',
    author: 'a.engineer',
    files: {},
    // Pushed at 09:00 (first version), pushed again at 11:00 (second).
    versions: [
      { headSha: FIRST, createdAt: '2026-11-26T09:00:00Z' },
      { headSha: SECOND, createdAt: '2026-11-26T11:00:00Z' },
    ],
  });
});
afterEach(async () => {
  await fake.stop();
  expect(fake.violations).toEqual([]);
});

describe('readMergeRequestApprovals', () => {
  it('binds each approval to the head that was current when it was given (approved_at and the diff versions)', async () => {
    fake.resetApprovalsOnPush = false;
    fake.mergeRequests[0]!.approvedBy = [
      { username: 'b.reviewer', approvedAt: '2026-11-26T10:00:00Z' },
      { username: 'c.lead', approvedAt: '2026-11-26T11:30:00Z' },
      { username: 'a.engineer', approvedAt: '2026-11-26T11:40:00Z' },
    ];
    const result = await readMergeRequestApprovals(api, String(PROJECT_ID), 7);
    expect(result.headSha).toBe(SECOND);
    expect(result.author).toBe('a.engineer');
    expect(result.approvals.map((a) => [a.username, a.headSha, a.basis])).toEqual([
      ['b.reviewer', FIRST, 'approved-at'],
      ['c.lead', SECOND, 'approved-at'],
      ['a.engineer', SECOND, 'approved-at'],
    ]);
    expect(result.approvals[1]).toMatchObject({ source: 'gitlab-merge-request-approval', approvedAt: '2026-11-26T11:30:00Z', userId: expect.any(Number), name: 'c.lead' });
    // Only c.lead approved the head being judged and is not the author.
    expect(independentApprovalsOn(result, SECOND).map((a) => a.username)).toEqual(['c.lead']);
    expect(independentApprovalsOn(result, FIRST).map((a) => a.username)).toEqual(['b.reviewer']);
    expect(fake.requests.map((r) => `${r.method} ${r.route}`)).toEqual([
      'GET projects/42/merge_requests/7',
      'GET projects/42/merge_requests/7/approvals',
      'GET projects/42/approvals',
      'GET projects/42/merge_requests/7/versions',
    ]);
  });

  it('without approved_at, binds approvals to the current head only when the project resets approvals on push', async () => {
    fake.mergeRequests[0]!.approvedBy = [{ username: 'b.reviewer' }];
    fake.resetApprovalsOnPush = true;
    const reset = await readMergeRequestApprovals(api, String(PROJECT_ID), 7);
    expect(reset.approvals).toEqual([{ username: 'b.reviewer', userId: expect.any(Number), name: 'b.reviewer', headSha: SECOND, basis: 'reset-on-push', source: 'gitlab-merge-request-approval' }]);
    expect(reset.unbound).toEqual([]);

    fake.resetApprovalsOnPush = false;
    const kept = await readMergeRequestApprovals(api, String(PROJECT_ID), 7);
    expect(kept.approvals).toEqual([]);
    expect(kept.unbound).toEqual([{ username: 'b.reviewer', userId: expect.any(Number), reason: expect.stringMatching(/keeps approvals across pushes/) }]);

    // A token that may not read the project's approval settings: the answer is unknown, so unbound.
    fake.resetApprovalsOnPush = undefined;
    const unknown = await readMergeRequestApprovals(api, String(PROJECT_ID), 7);
    expect(unknown.resetApprovalsOnPush).toBeUndefined();
    expect(unknown.unbound[0]!.reason).toMatch(/may not read whether approvals are reset on push/);
  });

  it('an approval given before the first version is never bound', async () => {
    fake.resetApprovalsOnPush = false;
    fake.mergeRequests[0]!.approvedBy = [{ username: 'b.reviewer', approvedAt: '2026-11-26T08:00:00Z' }];
    const result = await readMergeRequestApprovals(api, String(PROJECT_ID), 7);
    expect(result.approvals).toEqual([]);
    expect(result.unbound.map((u) => u.username)).toEqual(['b.reviewer']);
  });

  it('surfaces a merge request the token cannot read as a GitLab error, never as "no approvals"', async () => {
    await expect(readMergeRequestApprovals(api, String(PROJECT_ID), 99)).rejects.toMatchObject({ name: 'GitLabRequestError', status: 404 });
  });
});
