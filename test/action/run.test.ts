// The Action end to end: a real pull_request payload and a workspace holding the incident-shaped change
// drive run(); the fake GitHub validates every request against GitHub's OpenAPI description.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { readFolder } from '../../src/source/folder.ts';
import { LOST_ANSWER } from './fake-github.ts';
import { multitoolValidate } from '../report/sarif-multitool.ts';
import { AS_OF, INCIDENT_CR, TOKEN, forkPayload, lineOf, payload, runAction, perTest } from './harness.ts';
import type { Workspace } from './harness.ts';

const MARKER = '<!-- changegate:sticky-comment changegate -->';

// Every request the Action sends must be one GitHub would accept (checked after each test).
const t = perTest();

/** A copy of the incident CR under another id (CR-2026-06NN): as many findings again. */
function copyIncident(workspace: Workspace, n: number): void {
  const text = readFileSync(join(workspace.dir, INCIDENT_CR), 'utf8');
  const id = `CR-2026-06${String(n).padStart(2, '0')}`;
  writeFileSync(join(workspace.dir, `changes/${id}-copy.yaml`), text.replace('id: CR-2026-0601', `id: ${id}`));
}

function expectedFindings() {
  const snapshot = readFolder(t.ws.dir);
  return evaluate(snapshot.files, { asOf: AS_OF, refused: snapshot.refused }).findings;
}

describe('run() on the incident-shaped pull request', () => {
  it('fails the job with one failing check run, annotations on the exact lines, one sticky comment and a valid SARIF file; a second run edits the comment', async () => {
    const opened = payload('opened');
    const headSha = opened.pull_request.head.sha as string;
    const first = await runAction(t.fake, t.ws, { event: opened });

    expect(first.exitCode).toBe(1);
    expect(first.outputs.verdict).toBe('fail');

    // One check run, on the PR head commit (not GITHUB_SHA, the merge commit), failing.
    expect(t.fake.checkRuns).toHaveLength(1);
    const check = t.fake.checkRuns[0]!;
    expect(check).toMatchObject({ name: 'changegate', head_sha: headSha, status: 'completed', conclusion: 'failure' });
    expect(check.output.title).toMatch(/^FAIL: \d+ error\(s\)/);

    // One annotation per located finding, on its exact lines, with the right level.
    const findings = expectedFindings().filter((f) => f.file !== '');
    expect(findings.length).toBeGreaterThan(0);
    const sent = check.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}:${a.title}`).sort();
    const wanted = findings.map((f) => `${f.file}:${f.line}:${f.severity === 'error' ? 'failure' : f.severity}:changegate ${f.ruleId}`).sort();
    expect(sent).toEqual(wanted);
    // The step window of the incident CR is among the offending lines.
    const windowLine = lineOf(t.ws, INCIDENT_CR, /^ {4}window:/);
    expect(check.annotations.some((a) => a.path === INCIDENT_CR && a.start_line === windowLine && a.annotation_level === 'failure')).toBe(true);

    // One sticky comment with the verdict.
    expect(t.fake.comments).toHaveLength(1);
    const comment = t.fake.comments[0]!;
    expect(comment.issue).toBe(opened.pull_request.number);
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain('changegate: FAIL');
    expect(comment.body).toContain('What is at risk, window by window');
    expect(comment.body).toContain('https://github.com/Codertocat/Hello-World/runs/');
    expect(comment.body.length).toBeLessThan(65_536);

    // Job summary, reports and outputs.
    expect(first.summary).toContain('changegate: FAIL');
    expect(JSON.parse(first.outputs.counts!)).toMatchObject({ errors: findings.filter((f) => f.severity === 'error').length });
    const sarifFile = first.outputs['sarif-file']!;
    expect(sarifFile).toBe(join(t.ws.dir, 'results', 'changegate.sarif'));
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(expectedFindings().length);
    expect(existsSync(first.outputs['json-file']!)).toBe(true);

    // The SARIF file passes Microsoft's SARIF validator with no errors.
    const validation = multitoolValidate(sarifFile, join(t.ws.dir, '.runner'));
    expect(validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);

    // The token never reaches the log; every request carried it.
    expect(first.stdout).not.toContain(TOKEN);
    expect(t.fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // Second run (a push to the pull request): the same comment is edited, never a second one.
    const second = await runAction(t.fake, t.ws, { event: payload('synchronize') });
    expect(second.exitCode).toBe(1);
    expect(t.fake.comments).toHaveLength(1);
    expect(t.fake.calls('issues/create-comment')).toHaveLength(1);
    // The body links to the second check run, so it changed and was updated in place.
    expect(t.fake.calls('issues/update-comment')).toHaveLength(1);
    expect(t.fake.comments[0]!.body).toContain(`/runs/${t.fake.checkRuns[1]!.id}`);
  });

  it('sends annotations in batches of 50: create with the first 50, then updates', async () => {
    // Three copies of the incident CR under other ids: well over 50 findings.
    for (const n of [2, 3, 4]) copyIncident(t.ws, n);
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode).toBe(1);
    const located = expectedFindings().filter((f) => f.file !== '').length;
    expect(located).toBeGreaterThan(100);
    const creates = t.fake.calls('checks/create');
    const updates = t.fake.calls('checks/update');
    expect(creates).toHaveLength(1);
    expect(updates).toHaveLength(Math.ceil(Math.min(located, 500) / 50) - 1);
    const sizes = [...creates, ...updates].map((r) => ((r.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length);
    expect(sizes.every((n) => n <= 50)).toBe(true);
    expect(t.fake.checkRuns[0]!.annotations).toHaveLength(Math.min(located, 500));
  });
});

describe('run() when posting is refused or flaky', () => {
  it('falls back to workflow-command annotations and the job summary on a fork pull request (403), and still fails the job', async () => {
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' } };
    t.fake.fail('checks/create', forbidden);
    t.fake.fail('issues/create-comment', forbidden);
    const outcome = await runAction(t.fake, t.ws, { event: forkPayload() });
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.checkRuns).toHaveLength(0);
    expect(t.fake.comments).toHaveLength(0);
    expect(outcome.stdout).toMatch(/::warning::changegate could not create the check run \(HTTP 403/);
    expect(outcome.stdout).toMatch(/Falling back to annotations in the log/);
    const windowLine = lineOf(t.ws, INCIDENT_CR, /^ {4}window:/);
    expect(outcome.stdout).toContain(`::error file=${INCIDENT_CR},line=${windowLine},`);
    expect(outcome.summary).toContain('changegate: FAIL');
    expect(outcome.stdout).toMatch(/::error::changegate: verdict fail .*the job fails/);
  });

  it('sends a check run again after a 5xx that was not applied, and creates it once', async () => {
    t.fake.fail('checks/create', { status: 502, body: { message: 'Server Error' } });
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode, outcome.stdout).toBe(1);
    // It looked for the run first (by external_id), found none, then sent again.
    expect(t.fake.calls('checks/list-for-ref')).toHaveLength(1);
    expect(t.fake.calls('checks/create')).toHaveLength(2);
    expect(t.fake.checkRuns).toHaveLength(1);
    expect(outcome.stdout).toMatch(/the answer was lost and the write was not applied; sending it again/);
  });

  it('waits out a secondary rate limit for exactly its retry-after and posts the comment', async () => {
    t.fake.fail('issues/create-comment', {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      headers: { 'retry-after': '2' },
    });
    const outcome = await runAction(t.fake, t.ws);
    expect(t.fake.calls('issues/create-comment')).toHaveLength(2);
    expect(t.fake.comments).toHaveLength(1);
    expect(t.fake.waits).toEqual([2]);
    expect(outcome.stdout).toMatch(/POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: secondary rate limit \(HTTP 403, retry-after 2 s\); retrying in 2 s/);
  });

  it('honours retry-after on a 429: one wait of 5 s, no back-off of its own before it', async () => {
    t.fake.fail('checks/create', { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '5' } });
    const outcome = await runAction(t.fake, t.ws);
    expect(t.fake.waits).toEqual([5]);
    expect(t.fake.calls('checks/create')).toHaveLength(2);
    expect(t.fake.checkRuns).toHaveLength(1);
    expect(outcome.stdout).toMatch(/: rate limit \(HTTP 429, retry-after 5 s\); retrying in 5 s/);
  });

  it('waits for the primary rate limit to reset, and gives up on limits that keep coming', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3);
    t.fake.fail('issues/list-comments', { status: 403, body: { message: 'API rate limit exceeded for installation.' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const first = await runAction(t.fake, t.ws);
    expect(first.stdout).toMatch(/GET .*: API rate limit exhausted \(HTTP 403, x-ratelimit-remaining 0, resets at .*\); retrying in [1-3] s/);
    expect(t.fake.waits).toHaveLength(1);
    expect(t.fake.waits[0]).toBeGreaterThanOrEqual(1);
    expect(t.fake.comments).toHaveLength(1);

    const secondary = { status: 403, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '1' } };
    t.fake.fail('checks/create', secondary, secondary, secondary);
    const second = await runAction(t.fake, t.ws);
    expect(t.fake.calls('checks/create')).toHaveLength(1 + 3);
    expect(second.stdout).toMatch(/secondary rate limit \(HTTP 403, retry-after 1 s\); giving up: still limited after 2 wait\(s\)/);
    expect(second.stdout).toMatch(/could not create the check run "changegate"|could not create the check run: secondary rate limit/);
    expect(second.exitCode).toBe(1);
  });

  it('names a rate limit reset an hour away as a rate limit, not as a read-only token, and does not wait for it', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const limited = { status: 403, body: { message: 'API rate limit exceeded for installation.' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } };
    t.fake.fail('checks/create', limited);
    const outcome = await runAction(t.fake, t.ws);
    expect(t.fake.waits).toEqual([]);
    expect(outcome.stdout).toMatch(/could not create the check run: API rate limit exhausted \(HTTP 403, x-ratelimit-remaining 0, resets at \d{4}-\d\d-\d\dT[\d:]+Z, in 3[56]\d\d s\); the token is rate-limited, not refused/);
    expect(outcome.stdout).not.toMatch(/read-only|fork/);
    expect(outcome.exitCode).toBe(1);
  });

  it('keeps a failing verdict failing when GitHub stays down', async () => {
    for (let i = 0; i < 4; i++) t.fake.fail('checks/create', { status: 503, body: { message: 'Service Unavailable' } });
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.calls('checks/create')).toHaveLength(3);
    expect(outcome.stdout).toMatch(/could not create the check run: server error HTTP 503/);
  });
});

describe('writes whose answer is lost', () => {
  it('adopts a check run that was created although its answer was lost, and appends every batch once', async () => {
    for (const n of [2, 3, 4]) copyIncident(t.ws, n);
    t.fake.fail('checks/create', LOST_ANSWER);
    t.fake.fail('checks/update', LOST_ANSWER);
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.checkRuns).toHaveLength(1);
    expect(t.fake.calls('checks/create')).toHaveLength(1);
    const located = expectedFindings().filter((f) => f.file !== '').length;
    const annotated = Math.min(located, 500);
    // The lost append was not sent again: the run's annotation count showed it applied.
    expect(t.fake.calls('checks/update')).toHaveLength(Math.ceil(annotated / 50) - 1);
    expect(t.fake.checkRuns[0]!.annotations).toHaveLength(annotated);
    expect(outcome.outputs['check-run-url']).toBe(`https://github.com/Codertocat/Hello-World/runs/${t.fake.checkRuns[0]!.id}`);
    expect(outcome.stdout).toMatch(/create the check run "changegate": the answer was lost, but the write had been applied/);
  });

  it('adopts a comment that was posted although its answer was lost; comment-url names it', async () => {
    t.fake.fail('issues/create-comment', LOST_ANSWER);
    const outcome = await runAction(t.fake, t.ws);
    expect(t.fake.calls('issues/create-comment')).toHaveLength(1);
    expect(t.fake.comments).toHaveLength(1);
    expect(outcome.outputs['comment-url']).toBe(`https://github.com/Codertocat/Hello-World/issues/2#issuecomment-${t.fake.comments[0]!.id}`);
  });

  it('reconciles duplicate sticky comments of an earlier run down to one, and edits the one it keeps', async () => {
    t.fake.comments.push({ id: 70, issue: 2, body: `${MARKER}\nold FAIL report`, login: 'github-actions[bot]', type: 'Bot' });
    t.fake.addComments(2, 3, 'reviewer');
    t.fake.comments.push({ id: 90, issue: 2, body: `${MARKER}\nstale FAIL report`, login: 'github-actions[bot]', type: 'Bot' });
    t.fake.comments.push({ id: 95, issue: 2, body: `${MARKER}\nquoted by someone`, login: 'mallory', type: 'User' });
    const outcome = await runAction(t.fake, t.ws);
    expect(t.fake.calls('issues/delete-comment').map((r) => r.url.pathname)).toEqual(['/repos/Codertocat/Hello-World/issues/comments/90']);
    const marked = t.fake.comments.filter((c) => c.body.includes(MARKER));
    expect(marked.map((c) => c.id)).toEqual([70, 95]);
    expect(t.fake.comments.find((c) => c.id === 70)!.body).toContain('changegate: FAIL');
    expect(outcome.outputs['comment-url']).toBe('https://github.com/Codertocat/Hello-World/issues/2#issuecomment-70');
    expect(outcome.stdout).toMatch(/1 duplicate sticky comment\(s\) of an earlier run removed/);
  });
});

describe('the sticky comment', () => {
  it('finds its own comment by marker and author across pages of comments and updates it', async () => {
    t.fake.addComments(2, 130, 'reviewer');
    // Someone quoting the marker must not be taken for the sticky comment.
    t.fake.addComments(2, 1, 'mallory', () => `${MARKER} fake verdict: PASS`);
    t.fake.addComments(2, 90, 'reviewer');
    t.fake.comments.push({ id: 77, issue: 2, body: `${MARKER}\nold report`, login: 'github-actions[bot]', type: 'Bot' });
    t.fake.addComments(2, 40, 'reviewer');
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.calls('issues/create-comment')).toHaveLength(0);
    expect(t.fake.calls('issues/update-comment').map((r) => r.url.pathname)).toEqual(['/repos/Codertocat/Hello-World/issues/comments/77']);
    expect(t.fake.comments.find((c) => c.id === 77)!.body).toContain('changegate: FAIL');
    expect(t.fake.comments.find((c) => c.login === 'mallory')!.body).toContain('fake verdict: PASS');
    // Three pages of 100 were needed to reach it.
    expect(t.fake.calls('issues/list-comments').map((r) => r.url.searchParams.get('page') ?? '1')).toEqual(['1', '2', '3']);
  });

  it('posts nothing with comment: off, and recognises a personal token user as author', async () => {
    await runAction(t.fake, t.ws, { inputs: { comment: 'off' } });
    expect(t.fake.calls('issues/list-comments')).toHaveLength(0);
    t.fake.userLogin = 'ci-bot-user';
    t.fake.commenter = 'ci-bot-user';
    t.fake.comments.push({ id: 5, issue: 2, body: `${MARKER}\nold`, login: 'ci-bot-user', type: 'User' });
    await runAction(t.fake, t.ws);
    expect(t.fake.calls('issues/create-comment')).toHaveLength(0);
    expect(t.fake.comments.find((c) => c.id === 5)!.body).toContain('changegate: FAIL');
  });
});

describe('run() fails closed', () => {
  it('fails the job on a thrown non-Error value', async () => {
    const outcome = await runAction(t.fake, t.ws, {
      fs: {
        readFolder: () => {
          throw { code: 'EWEIRD' };
        },
      },
    });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toMatch(/::error::changegate failed: non-Error value thrown: \{"code":"EWEIRD"\}/);
    expect(t.fake.requests).toHaveLength(0);
  });

  it('refuses a bad input value', async () => {
    const outcome = await runAction(t.fake, t.ws, { inputs: { 'fail-on': 'never' } });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toMatch(/input fail-on must be one of error, warning, not "never"/);
  });

  it('reports on GITHUB_SHA for a push event, without a comment', async () => {
    const outcome = await runAction(t.fake, t.ws, { eventName: 'push', event: { ref: 'refs/heads/main' } });
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.checkRuns[0]!.head_sha).toBe('0000000000000000000000000000000000000001');
    expect(t.fake.requests.some((r) => r.operationId?.startsWith('issues/'))).toBe(false);
  });
});

