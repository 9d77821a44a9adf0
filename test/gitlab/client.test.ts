// The GitLab client's request handler against the fake GitLab on loopback: what is retried, what is
// waited for, and what surfaces (waits scaled down to milliseconds).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLostAnswer } from '../../src/forge/retry.ts';
import { createGitLabClient } from '../../src/gitlab/client.ts';
import type { GitLabApi } from '../../src/gitlab/client.ts';
import { FakeGitLab, PROJECT_ID } from './fake-gitlab.ts';
import { BOT, TOKEN } from './harness.ts';

let fake: FakeGitLab;
let api: GitLabApi;
let log: string[];
beforeEach(async () => {
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['api'] });
  log = [];
  api = createGitLabClient({ apiUrl: fake.apiUrl, token: { kind: 'private', value: TOKEN }, log: (l) => log.push(l), msPerSecond: 1 });
});
afterEach(async () => {
  await fake.stop();
  expect(fake.violations).toEqual([]);
});

describe('the GitLab request handler', () => {
  it('retries a read after a gateway error and a dropped connection', async () => {
    fake.addNote(7, 'reviewer', 'hello');
    fake.fail('GET notes', { status: 502, body: { message: '502 Bad Gateway' } }, { lose: true });
    const notes = await api.MergeRequestNotes.all(PROJECT_ID, 7);
    expect(notes.map((n) => n.body)).toEqual(['hello']);
    expect(fake.calls('GET notes')).toHaveLength(3);
    expect(log).toEqual([
      expect.stringMatching(/^GitLab API: GET \/gitlab\/api\/v4\/projects\/42\/merge_requests\/7\/notes: server error HTTP 502; retrying in 1 s \(retry 1\)$/),
      expect.stringMatching(/^GitLab API: GET .*notes: no answer \(no answer from GitLab \(.*\)\); retrying in 4 s \(retry 2\)$/),
    ]);
  });

  it('never sends a POST again after a gateway error: the error surfaces, marked as of unknown outcome', async () => {
    fake.fail('POST notes', { status: 504, body: { message: '504 Gateway Timeout' } });
    const failure = await api.MergeRequestNotes.create(PROJECT_ID, 7, 'body').catch((err: unknown) => err);
    expect(failure).toMatchObject({ name: 'GitLabRequestError', status: 504, method: 'POST' });
    expect(isLostAnswer(failure)).toBe(true);
    expect(fake.calls('POST notes')).toHaveLength(1);
  });

  it('a 403 or 404 surfaces at once, with GitLab’s message and no retry', async () => {
    fake.fail('GET notes', { status: 403, body: { message: '403 Forbidden' } });
    const failure = await api.MergeRequestNotes.all(PROJECT_ID, 7).catch((err: unknown) => err);
    expect(failure).toMatchObject({ status: 403, message: '403 Forbidden' });
    expect(isLostAnswer(failure)).toBe(false);
    expect(fake.calls('GET notes')).toHaveLength(1);
  });

  it('gives up on a rate limit after two waits', async () => {
    const limited = { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '2' } };
    fake.fail('GET user', limited, limited, limited, limited);
    await expect(api.Users.showCurrentUser()).rejects.toMatchObject({ status: 429 });
    expect(fake.calls('GET user')).toHaveLength(3);
    expect(log.at(-1)).toMatch(/GitLab API: GET \/gitlab\/api\/v4\/user: .*HTTP 429.*; giving up: still limited after 2 wait\(s\)/);
  });

  it('waits until the HTTP date a Retry-After gives, read against the answer’s Date header', async () => {
    const limited = { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': 'Thu, 03 Dec 2026 08:00:03 GMT', date: 'Thu, 03 Dec 2026 08:00:00 GMT' } };
    fake.fail('GET user', limited);
    await api.Users.showCurrentUser();
    expect(log).toEqual([expect.stringMatching(/rate limit \(HTTP 429, retry-after 3 s\); retrying in 3 s \(retry 1\)$/)]);
  });
});
