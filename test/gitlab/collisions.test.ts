// Collisions across open merge requests, through `changegate gitlab` with the fake GitLab and a real clone.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitLab, PROJECT_ID } from './fake-gitlab.ts';
import { BOT, INCIDENT_CR, MR_IID, TOKEN, ciEnv, cloneWithIncident, runGitLabJob } from './harness.ts';
import type { Clone } from './harness.ts';
import { OTHER_CR } from '../fixtures/other-team-cr.ts';

const OTHER_PATH = 'network/changes/CR-2026-0650-restart-par1.yaml';
const FORK_PROJECT = 77;

let fake: FakeGitLab;
let clone: Clone;
beforeEach(async () => {
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['api'] });
  clone = cloneWithIncident();
  const own = `network/${INCIDENT_CR}`;
  fake.mergeRequests.push(
    { iid: MR_IID, title: 'this one', sha: clone.headSha, targetBranch: 'main', sourceProjectId: PROJECT_ID, updatedAt: '2026-11-26T10:00:00Z', author: 'a.engineer', files: { [own]: readFileSync(join(clone.dir, own), 'utf8') } },
    // From a fork: its commits are read from the fork project.
    { iid: 8, title: 'Restart PAR1 @ops-team', sha: 'b'.repeat(40), targetBranch: 'main', sourceProjectId: FORK_PROJECT, updatedAt: '2026-11-25T10:00:00Z', author: 'a.martin', files: { [OTHER_PATH]: OTHER_CR, 'README.md': 'docs' } },
    { iid: 9, title: 'Other target branch', sha: 'c'.repeat(40), targetBranch: 'release', sourceProjectId: PROJECT_ID, updatedAt: '2026-11-24T10:00:00Z', author: 'a.martin', files: { [OTHER_PATH]: OTHER_CR } },
  );
});
afterEach(async () => {
  await fake.stop();
  clone.cleanup();
  expect(fake.violations).toEqual([]);
});

describe('collisions with other open merge requests', () => {
  it('reads the other merge request’s change requests at its head (in its fork) and reports the collision naming it', async () => {
    const outcome = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(outcome.code).toBe(1);
    expect(fake.calls('GET merge_requests')[0]!.query.get('target_branch')).toBe('main');
    const reads = fake.calls('GET file').map((r) => `${r.route}?ref=${r.query.get('ref')}`);
    expect(reads).toEqual([`projects/${FORK_PROJECT}/repository/files/${encodeURIComponent(OTHER_PATH)}?ref=${'b'.repeat(40)}`]);

    const body = fake.notes[0]!.body;
    expect(body).toMatch(/#### Collides with open merge request \[!8\]\(https:\/\/gitlab\.example\/noc\/voice-core\/-\/merge_requests\/8\)/);
    // The other merge request's title is escaped: no ping, no HTML.
    expect(body).toContain('@\u200dops-team');
    expect(body).not.toMatch(/@ops-team/);
    expect(body).not.toMatch(/<b>/);
    expect(body).toContain('reported but do not change the verdict');
    // Each collision is placed on this merge request's colliding step (a `window:` line of its own file)
    // and linked at this head: the other merge request's file is not in this one, so a link or an issue
    // there would never show.
    const section = body.slice(body.indexOf('#### Collides with open merge request'));
    const ownFile = `network/${INCIDENT_CR}`;
    const windows = readFileSync(join(clone.dir, ownFile), 'utf8')
      .split('\n')
      .flatMap((line, i) => (/^ {4}window:/.test(line) ? [i + 1] : []));
    // Only the collision rows: the example's own warnings (e.g. its custom rules) sit in the same note.
    const collisionRows = section.split('\n').filter((line) => line.includes('| change-collision |')).join('\n');
    const links = [...collisionRows.matchAll(/\]\((https:\/\/gitlab\.example\/noc\/voice-core\/-\/blob\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const match = new RegExp(`/-/blob/${clone.headSha}/${ownFile.replace(/[.]/g, '\\.')}#L(\\d+)$`).exec(link);
      expect(match, link).not.toBeNull();
      expect(windows).toContain(Number(match![1]));
    }
    expect(section).not.toContain(OTHER_PATH);
    expect(outcome.stderr).toMatch(/!8: 1 change request\(s\) read, [1-9]\d* collision finding\(s\)/);
  });

  it('--other-merge-requests block fails a passing plan that only collides', async () => {
    // Without the incident CR the plan passes; this merge request edits the staged upgrade instead.
    const staged = 'network/changes/CR-2026-0412-staged-capacity-upgrade.yaml';
    rmSync(join(clone.dir, 'network', INCIDENT_CR));
    writeFileSync(join(clone.dir, staged), readFileSync(join(clone.dir, staged), 'utf8') + '# reviewed\n');
    const head = clone.commit('edit the staged upgrade, drop the reconnection');
    fake.mergeRequests[0]!.sha = head;
    fake.mergeRequests[0]!.files = { [staged]: readFileSync(join(clone.dir, staged), 'utf8') };
    // The other merge request restarts PAR2 while the staged plan works on it (night of 8 to 9 December).
    fake.mergeRequests[1]!.files[OTHER_PATH] = OTHER_CR.replace('sites: [PAR1]', 'sites: [PAR2]')
      .replace('2026-12-09T16:45:00+01:00', '2026-12-09T01:00:00+01:00')
      .replace('2026-12-09T17:15:00+01:00', '2026-12-09T01:30:00+01:00');
    const reported = await runGitLabJob(ciEnv(fake, clone), clone.dir);
    expect(reported.code).toBe(0);
    expect(reported.stderr).toMatch(/verdict (pass|warn) \(0 blocking finding\(s\), [1-9]\d* collision\(s\) with other open merge requests\)$/m);

    const blocking = await runGitLabJob(ciEnv(fake, clone), clone.dir, '--other-merge-requests', 'block');
    expect(blocking.code).toBe(1);
    expect(fake.notes[0]!.body).toContain('Collisions with other open merge requests block this one');
    expect(blocking.stderr).toMatch(/collision\(s\) with other open merge requests\): the job fails/);
  });

  it('--other-merge-requests off reads no other merge request', async () => {
    await runGitLabJob(ciEnv(fake, clone), clone.dir, '--other-merge-requests', 'off');
    expect(fake.calls('GET merge_requests')).toHaveLength(0);
    expect(fake.calls('GET file')).toHaveLength(0);
  });
});
