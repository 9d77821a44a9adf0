// `changegate gitlab` end to end: the real CLI in-process, a real git clone with the network in a
// subfolder, GitLab CI's variables, and the fake GitLab on loopback (real HTTP, real fetch, gitbeaker).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitLab, JOB_TOKEN, PROJECT_ID } from './fake-gitlab.ts';
import { AS_OF, BOT, INCIDENT_CR, MR_IID, TOKEN, ciEnv, cloneWithIncident, lineOf, runCli, runGitLabJob } from './harness.ts';
import type { Clone } from './harness.ts';

const MARKER = '<!-- changegate:sticky-note changegate -->';
const CR_PATH = `network/${INCIDENT_CR}`;

let fake: FakeGitLab;
let clone: Clone;
beforeEach(async () => {
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['api'] });
  clone = cloneWithIncident();
  // This merge request, as GitLab lists it: it adds the incident-shaped change request.
  fake.mergeRequests.push({
    iid: MR_IID,
    title: 'CR-2026-0601 reconnection',
    sha: clone.headSha,
    targetBranch: 'main',
    sourceProjectId: PROJECT_ID,
    updatedAt: '2026-11-26T10:00:00Z',
    author: 'a.engineer',
    files: { [CR_PATH]: readFileSync(join(clone.dir, CR_PATH), 'utf8') },
  });
});
afterEach(async () => {
  await fake.stop();
  clone.cleanup();
  // Every request was one GitLab would accept for its form.
  expect(fake.violations).toEqual([]);
});

interface CodeQualityIssue {
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

function codeQuality(): CodeQualityIssue[] {
  return JSON.parse(readFileSync(join(clone.dir, 'gl-code-quality-report.json'), 'utf8')) as CodeQualityIssue[];
}

describe('a merge request adding the incident-shaped change', () => {
  it('fails the job, puts Code Quality issues on the YAML lines, posts one note; a push updates it; fixing the change turns it green', async () => {
    const first = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(first.code).toBe(1);

    // Code Quality: paths relative to the project root (the network is in network/), on the exact lines.
    const issues = codeQuality();
    expect(issues.length).toBeGreaterThan(0);
    const windowLine = lineOf(join(clone.dir, CR_PATH), /^ {4}window:/);
    expect(issues.some((i) => i.location.path === CR_PATH && i.location.lines.begin === windowLine && i.severity === 'blocker')).toBe(true);
    expect(issues.every((i) => i.location.path.startsWith('network/'))).toBe(true);
    expect(readFileSync(join(clone.dir, 'changegate-junit.xml'), 'utf8')).toContain('<testsuites');

    // One note, by the token's account, with the verdict, new blocking findings first and the window table.
    expect(fake.notes).toHaveLength(1);
    const note = fake.notes[0]!;
    expect(note.author.username).toBe(BOT);
    expect(note.noteable_iid).toBe(MR_IID);
    expect(note.body.startsWith(MARKER)).toBe(true);
    expect(note.body).toContain('changegate: FAIL');
    expect(note.body.indexOf('New blocking findings in this merge request')).toBeLessThan(note.body.indexOf('What is at risk, window by window'));
    expect(note.body).not.toContain('pull request');
    expect(note.body).toContain(`https://gitlab.example/noc/voice-core/-/blob/${clone.headSha}/${CR_PATH}#L${windowLine}`);
    expect(note.body).toContain('https://gitlab.example/noc/voice-core/-/pipelines/1234');
    expect(first.stderr).toMatch(/compared with main \([0-9a-f]{7}\): \d+ new finding\(s\), 0 already there/);
    expect(first.stderr).toContain(`merge request note created (https://gitlab.example/noc/voice-core/-/merge_requests/${MR_IID}#note_${note.id})`);

    // Every request carried the project access token; it never reaches the log.
    expect(fake.requests.every((r) => r.privateToken === TOKEN && r.jobToken === undefined)).toBe(true);
    expect(first.stdout + first.stderr).not.toContain(TOKEN);

    // Nothing changed: the note is left as it is.
    const again = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(again.code).toBe(1);
    expect(fake.calls('PUT note')).toHaveLength(0);
    expect(again.stderr).toContain('merge request note unchanged');

    // A push to the merge request: the same note is edited in place, never a second one.
    const cr = join(clone.dir, CR_PATH);
    writeFileSync(cr, readFileSync(cr, 'utf8').replace(/^title: .*$/m, 'title: Reconnection of all six sites (second attempt)'));
    const pushed = clone.commit('CR-2026-0601: retitled');
    const second = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(second.code).toBe(1);
    expect(fake.notes).toHaveLength(1);
    expect(fake.calls('POST notes')).toHaveLength(1);
    expect(fake.calls('PUT note').map((r) => r.route)).toEqual([`projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes/${note.id}`]);
    expect(fake.notes[0]!.body).toContain(`/-/blob/${pushed}/`);

    // The change is withdrawn from the merge request: green pipeline, empty Code Quality report, PASS note.
    rmSync(cr);
    clone.commit('Withdraw CR-2026-0601');
    const fixed = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(fixed.code).toBe(0);
    expect(codeQuality()).toEqual([]);
    expect(fake.notes).toHaveLength(1);
    expect(fake.notes[0]!.body).toContain('changegate: PASS');
  });

  it('finds its own note by marker and author across pages, never someone else’s quoting the marker', async () => {
    for (let i = 0; i < 130; i++) fake.addNote(MR_IID, 'reviewer', `comment ${i}`);
    fake.addNote(MR_IID, 'mallory', `${MARKER} fake verdict: PASS`);
    fake.addNote(MR_IID, 'reviewer', `${MARKER} quoted in a system note`, true);
    for (let i = 0; i < 90; i++) fake.addNote(MR_IID, 'reviewer', `comment ${i}`);
    const ours = fake.addNote(MR_IID, BOT, `${MARKER}\nold report`);
    for (let i = 0; i < 40; i++) fake.addNote(MR_IID, 'reviewer', `later ${i}`);
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.calls('POST notes')).toHaveLength(0);
    expect(fake.calls('PUT note').map((r) => r.route)).toEqual([`projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes/${ours.id}`]);
    expect(fake.notes.find((n) => n.id === ours.id)!.body).toContain('changegate: FAIL');
    expect(fake.notes.find((n) => n.author.username === 'mallory')!.body).toContain('fake verdict: PASS');
    // Three pages of 100, oldest first, following GitLab's Link headers.
    expect(fake.calls('GET notes').map((r) => `${r.query.get('page') ?? '1'}:${r.query.get('sort')}:${r.query.get('per_page')}`)).toEqual(['1:asc:100', '2:asc:100', '3:asc:100']);
  });

  it('reconciles duplicates an earlier run left (two marked notes of ours) down to the oldest', async () => {
    const kept = fake.addNote(MR_IID, BOT, `${MARKER}\nold report`);
    fake.addNote(MR_IID, 'reviewer', 'looks risky');
    const duplicate = fake.addNote(MR_IID, BOT, `${MARKER}\nold report again`);
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.calls('PUT note').map((r) => r.route)).toEqual([`projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes/${kept.id}`]);
    expect(fake.calls('DELETE note').map((r) => r.route)).toEqual([`projects/${PROJECT_ID}/merge_requests/${MR_IID}/notes/${duplicate.id}`]);
    expect(fake.notes.map((n) => n.author.username)).toEqual([BOT, 'reviewer']);
    expect(outcome.stderr).toContain('1 duplicate note(s) of an earlier run removed');
  });

  it('keeps the note short and the Code Quality report complete with many findings', async () => {
    const text = readFileSync(join(clone.dir, CR_PATH), 'utf8');
    for (let n = 10; n < 25; n++) writeFileSync(join(clone.dir, `network/changes/CR-2026-06${n}-copy.yaml`), text.replace('id: CR-2026-0601', `id: CR-2026-06${n}`));
    clone.commit('fifteen copies');
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir, '--other-merge-requests', 'off');
    expect(outcome.code).toBe(1);
    const issues = codeQuality();
    expect(issues.length).toBeGreaterThan(300);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(fake.notes).toHaveLength(1);
    const body = fake.notes[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toMatch(/more findings? not shown: the note is kept under 65,000 characters/);
  });
});

describe('a hostile change request', () => {
  it('cannot start a line of the note, so it can neither run a GitLab quick action nor ping anyone', async () => {
    const cr = join(clone.dir, CR_PATH);
    const hostile = 'title: "Routine\\n/merge\\n/approve\\n/assign_reviewer @ops-team\\n<img src=x onerror=alert(1)>"';
    writeFileSync(cr, readFileSync(cr, 'utf8').replace(/^title: .*$/m, hostile));
    clone.commit('hostile title');
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    const body = fake.notes[0]!.body;
    expect(body).toContain('Routine /merge /approve');
    // GitLab runs quick actions only from lines that start with a slash.
    expect(body.split('\n').filter((line) => /^\s*\//.test(line))).toEqual([]);
    expect(body).not.toMatch(/@ops-team/);
    expect(body).not.toContain('<img');
  });
});

describe('when GitLab refuses or loses requests, the verdict stands', () => {
  it('a read-only token (read_api): the note is refused with a clear reason, the job still fails, the reports are written', async () => {
    fake.tokens.set(TOKEN, { username: BOT, scopes: ['read_api'] });
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.notes).toHaveLength(0);
    expect(outcome.stderr).toMatch(/warning: could not post the merge request note \(HTTP 403 on POST \/gitlab\/api\/v4\/projects\/42\/merge_requests\/7\/notes: insufficient_scope\): the token in CHANGEGATE_GITLAB_TOKEN may not write notes \(it needs the api scope/);
    expect(codeQuality().length).toBeGreaterThan(0);
    expect(outcome.stderr).toMatch(/verdict fail .*: the job fails/);
  });

  it('CI_JOB_TOKEN alone: says to use a project access token, and the job still fails', async () => {
    const env = ciEnv(fake, clone);
    delete env.CHANGEGATE_GITLAB_TOKEN;
    const outcome = await runGitLabJob(env, clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.jobToken === JOB_TOKEN && r.privateToken === undefined)).toBe(true);
    expect(outcome.stderr).toMatch(/could not post the merge request note \(HTTP 401 on GET \/gitlab\/api\/v4\/user.*CI_JOB_TOKEN cannot do this; give the job a project access token in the CHANGEGATE_GITLAB_TOKEN CI\/CD variable/);
    expect(fake.notes).toHaveLength(0);

    // Job-token requests act as the user who started the pipeline: the note would be theirs, but GitLab refuses it.
    const asUser = await runGitLabJob({ ...env, GITLAB_USER_LOGIN: 'a.engineer' }, clone.dir);
    expect(asUser.code).toBe(1);
    expect(asUser.stderr).toMatch(/could not post the merge request note \(HTTP 403 on POST .*\/notes.*CI_JOB_TOKEN cannot do this/);
    expect(fake.notes).toHaveLength(0);
  });

  it('a note created whose answer was lost is found by reading back, not posted twice', async () => {
    fake.fail('POST notes', { lose: true });
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.calls('POST notes')).toHaveLength(1);
    expect(fake.notes).toHaveLength(1);
    expect(outcome.stderr).toContain('merge request note created (its answer was lost; found it by reading the notes back)');
  });

  it('a gateway error on the POST that did not create the note: read back, then created once', async () => {
    fake.fail('POST notes', { status: 502, body: { message: '502 Bad Gateway' } });
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.calls('POST notes')).toHaveLength(2);
    expect(fake.calls('GET notes')).toHaveLength(2);
    expect(fake.notes).toHaveLength(1);
  });

  it('waits out a 429 for the time Retry-After asks, on reads and writes, and gives up on a limit that lasts an hour', async () => {
    fake.fail('GET notes', { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '1' } });
    fake.fail('POST notes', { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const first = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(first.stderr).toMatch(/GitLab API: GET \/gitlab\/api\/v4\/projects\/42\/merge_requests\/7\/notes: rate limit \(HTTP 429, retry-after 1 s\); retrying in 1 s/);
    expect(first.stderr).toMatch(/GitLab API: POST .*notes: rate limit \(HTTP 429, retry-after 1 s\); retrying in 1 s/);
    expect(fake.calls('POST notes')).toHaveLength(2);
    expect(fake.notes).toHaveLength(1);

    const hour = { status: 429, body: { message: 'Retry later' }, headers: { 'retry-after': '3600' } };
    fake.fail('GET user', hour);
    const second = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/GitLab API: GET \/gitlab\/api\/v4\/user: rate limit \(HTTP 429, retry-after 3600 s\); giving up: waiting 3600 s is longer than the 120 s this job waits/);
    expect(second.stderr).toMatch(/could not post the merge request note \(HTTP 429/);
  });
});

describe('changegate check --publish gitlab', () => {
  it('prints the chosen format and keeps the same note as changegate gitlab', async () => {
    const env = ciEnv(fake, clone);
    const outcome = await runCli(['check', 'network', '--as-of', AS_OF, '--format', 'gitlab', '--output', 'gl-code-quality-report.json', '--publish', 'gitlab'], env, clone.dir);
    expect(outcome.code).toBe(1);
    expect(codeQuality().every((i) => i.location.path.startsWith('network/'))).toBe(true);
    expect(fake.notes).toHaveLength(1);
    expect(fake.notes[0]!.body.startsWith(MARKER)).toBe(true);
    // The note is the one `changegate gitlab` keeps: running it next leaves it unchanged.
    const next = await runGitLabJob(env, clone.dir);
    expect(next.stderr).toContain('merge request note unchanged');

    const refused = await runCli(['check', 'network', '--as-of', AS_OF, '--publish', 'gitlab', '--base', 'main'], env, clone.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--publish gitlab compares with the merge base GitLab gives/);
  });
});

describe('outside a merge request', () => {
  it('a branch pipeline evaluates and writes the reports without calling GitLab', async () => {
    const env = ciEnv(fake, clone);
    for (const name of Object.keys(env)) if (name.startsWith('CI_MERGE_REQUEST_')) delete env[name];
    const outcome = await runGitLabJob(env, clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.requests).toHaveLength(0);
    expect(codeQuality().length).toBeGreaterThan(0);
    expect(outcome.stderr).toContain('not a merge-request pipeline');
  });

  it('outside GitLab CI: a usage error (exit 2) naming the missing variable', async () => {
    const outcome = await runGitLabJob({ PATH: process.env.PATH ?? '' }, clone.dir);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/CI_API_V4_URL is not set: changegate gitlab runs inside a GitLab CI job/);
  });

  it('a repository the gate cannot read fails with exit 2 and an ERROR note', async () => {
    writeFileSync(join(clone.dir, CR_PATH), 'kind: ChangeRequest\nid: [unclosed\n');
    clone.commit('broken');
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(2);
    expect(fake.notes[0]!.body).toContain('changegate: ERROR');
    expect(codeQuality().some((i) => i.check_name === 'changegate/yaml-syntax' && i.location.path === CR_PATH && i.severity === 'blocker')).toBe(true);
  });
});
