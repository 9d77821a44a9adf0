// Cross-pull-request collisions and base labelling, through run() with the fake GitHub and a real git
// clone of the workspace.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.ts';
import { INCIDENT_CR, OTHER_CR, payload, perTest, runAction, setUpPulls } from './harness.ts';
import { involves } from '../../src/forge/collisions.ts';
import type { Finding } from '../../src/core/finding.ts';

// Every request the Action sends must be one GitHub would accept (checked after each test).
const t = perTest();

describe('collisions with other open pull requests', () => {
  it('reads the other pull request’s change requests at its head and reports collisions naming it', async () => {
    setUpPulls(t.fake, { [INCIDENT_CR]: readFileSync(join(t.ws.dir, INCIDENT_CR), 'utf8') });
    const outcome = await runAction(t.fake, t.ws);

    // Only open pull requests on the same base were read, at their head commit.
    expect(t.fake.calls('pulls/list')[0]!.url.searchParams.get('base')).toBe('master');
    const reads = t.fake.calls('repos/get-content').map((r) => `${decodeURIComponent(r.url.pathname)}?ref=${r.url.searchParams.get('ref')}`);
    expect(reads).toEqual([`/repos/Codertocat/Hello-World/contents/changes/CR-2026-0650-restart-par1.yaml?ref=${'b'.repeat(40)}`]);

    const comment = t.fake.comments[0]!.body;
    expect(comment).toMatch(/#### Collides with open pull request \[#7\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/pull\/7\)/);
    // The other pull request's title is escaped: no ping, no HTML.
    expect(comment).toContain('@\u200dops-team');
    expect(comment).not.toMatch(/@ops-team/);
    expect(comment).toMatch(/CR-2026-0650/);
    // Collision findings are annotated too, on this pull request's colliding step (the other pull
    // request's file is not in this one, so an annotation there would never show), naming the other
    // pull request and its step.
    const annotations = t.fake.checkRuns[0]!.annotations.filter((a) => String(a.message).startsWith('Collides with open pull request #7 (CR-2026-0650 step r1): '));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((a) => a.title === 'changegate change-collision')).toBe(true);
    const ownWindows = new Set(
      readFileSync(join(t.ws.dir, INCIDENT_CR), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^ {4}window:/.test(line) ? [i + 1] : [])),
    );
    expect(annotations.every((a) => a.path === INCIDENT_CR && ownWindows.has(Number(a.start_line)))).toBe(true);
    expect(JSON.parse(outcome.outputs.counts!).collisions).toBe(annotations.length);
    // Reported, not blocking, by default: the verdict alone decides (it fails on its own here).
    expect(outcome.exitCode).toBe(1);
    expect(comment).toContain('other-pulls: report');
  });

  it('skips the search when this pull request changes no change request, and with other-pulls: off', async () => {
    setUpPulls(t.fake, { 'inventory/sites.yaml': readFileSync(join(t.ws.dir, 'inventory/sites.yaml'), 'utf8') });
    await runAction(t.fake, t.ws);
    expect(t.fake.calls('pulls/list')).toHaveLength(0);
    expect(t.fake.calls('pulls/list-files')).toHaveLength(1);

    expect(t.fake.violations).toEqual([]);
    const quiet = new FakeGitHub();
    await runAction(quiet, t.ws, { inputs: { 'other-pulls': 'off' } });
    expect(quiet.calls('pulls/list-files')).toHaveLength(0);
    t.fake = quiet;
  });

  it('blocks a passing pull request on a collision with other-pulls: block', async () => {
    // Without the incident CR the plan passes; this pull request edits the staged upgrade.
    const staged = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';
    execFileSync('rm', [join(t.ws.dir, INCIDENT_CR)]);
    // The other PR restarts PAR2 while the staged plan works on it (night of 8 to 9 December).
    const other = OTHER_CR.replace('sites: [PAR1]', 'sites: [PAR2]').replace('2026-12-09T16:45:00+01:00', '2026-12-09T01:00:00+01:00').replace('2026-12-09T17:15:00+01:00', '2026-12-09T01:30:00+01:00');
    setUpPulls(t.fake, { [staged]: readFileSync(join(t.ws.dir, staged), 'utf8') });
    t.fake.pulls[1]!.files['changes/CR-2026-0650-restart-par1.yaml'] = other;
    const reported = await runAction(t.fake, t.ws);
    expect(reported.outputs.verdict).not.toBe('fail');
    expect(reported.exitCode).toBe(0);
    expect(JSON.parse(reported.outputs.counts!).collisions).toBeGreaterThan(0);

    const blocking = await runAction(t.fake, t.ws, { inputs: { 'other-pulls': 'block' } });
    expect(blocking.exitCode).toBe(1);
    expect(t.fake.checkRuns[1]!.conclusion).toBe('failure');
  });
});

describe('base labelling', () => {
  it('splits blocking findings into new in this pull request and already on the base, from git objects', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: t.ws.dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    // Base: the network with the incident CR already merged.
    const incident = readFileSync(join(t.ws.dir, INCIDENT_CR), 'utf8');
    git('init', '-q', '-b', 'master');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    // Head: this pull request adds another all-sites reconnection, two months later.
    const copy = incident.replace('id: CR-2026-0601', 'id: CR-2027-0210').replace(/2026-12-09T/g, '2027-02-10T').replace(/2026-12-07T/g, '2027-02-08T');
    writeFileSync(join(t.ws.dir, 'changes/CR-2027-0210-reconnection-again.yaml'), copy);
    const event = payload('opened');
    event.pull_request.base.sha = baseSha;
    const outcome = await runAction(t.fake, t.ws, { event });
    const comment = t.fake.comments[0]!.body;
    expect(outcome.stdout).toMatch(/compared with master \([0-9a-f]{7}\): \d+ new finding\(s\), \d+ already there/);
    expect(comment).toMatch(/#### Blocking findings already on master \([0-9a-f]{7}\) \(\d+\)/);
    expect(comment).toMatch(/#### New blocking findings in this pull request \(\d+\)/);
  });

  it('reports on the head alone, and says why, when the base commit is not in the clone', async () => {
    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.stdout).toMatch(/findings are not compared with the base: .*not inside a git work tree/);
    expect(t.fake.comments[0]!.body).toMatch(/#### Blocking findings \(\d+\)/);
  });
});

describe('involves', () => {
  const finding = (data: Record<string, string | number | string[]>, changeId = 'CR-A') =>
    ({ ruleId: 'change-collision', messageId: 'sameElementMany', severity: 'warning', message: '', file: '', line: 1, column: 1, endLine: 1, endColumn: 1, path: '', data, changeId, fingerprint: 'f' }) as Finding;
  it('finds a change named in the data, and treats a capped list as possibly naming any change', () => {
    const listed = Array.from({ length: 10 }, (_, i) => `CR-${i}`);
    expect(involves(finding({ otherChanges: listed, otherCount: 10 }), new Set(['CR-3']))).toBe(true);
    expect(involves(finding({ otherChanges: listed, otherCount: 10 }), new Set(['CR-THEIRS']))).toBe(false);
    expect(involves(finding({ otherChanges: listed, otherCount: 11 }), new Set(['CR-THEIRS']))).toBe(true);
    expect(involves(finding({ otherChanges: listed, otherCount: 11 }), new Set())).toBe(false);
  });
});
