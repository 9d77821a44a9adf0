// merge_group events (a merge queue) and the only-new input, through run() with a real git clone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INCIDENT_CR, git, mergeGroupPayload, perTest, runAction } from './harness.ts';
import type { Workspace } from './harness.ts';

const t = perTest();

/** Base: the network with the incident CR merged. The queue's group adds a harmless edit of the staged plan. */
function queue(workspace: Workspace): { base: string; group: string } {
  git(workspace, 'init', '-q', '-b', 'master');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  const staged = join(workspace.dir, 'changes/CR-2026-0412-staged-capacity-upgrade.yaml');
  writeFileSync(staged, readFileSync(staged, 'utf8') + '# queued edit\n');
  git(workspace, 'commit', '-qam', 'queued pull request');
  return { base, group: git(workspace, 'rev-parse', 'HEAD') };
}

describe('merge_group', () => {
  it('reports on the group head, compared with merge_group.base_sha, without comment or pull request calls', async () => {
    const { base, group } = queue(t.ws);
    const outcome = await runAction(t.fake, t.ws, { eventName: 'merge_group', event: mergeGroupPayload(group, base), env: { GITHUB_SHA: group } });
    expect(outcome.exitCode).toBe(1);
    expect(t.fake.checkRuns).toHaveLength(1);
    expect(t.fake.checkRuns[0]!.head_sha).toBe(group);
    expect(outcome.stdout).toContain(`compared with master (${base.slice(0, 7)}): 0 new finding(s)`);
    expect(outcome.summary).toMatch(/#### Blocking findings already on master \([0-9a-f]{7}\) \([1-9]\d*\)\n/);
    expect(t.fake.requests.some((r) => r.operationId?.startsWith('issues/') || r.operationId?.startsWith('pulls/'))).toBe(false);
  });

  it('with only-new, passes a group that adds nothing new, and still fails one that does', async () => {
    const { base, group } = queue(t.ws);
    const quiet = await runAction(t.fake, t.ws, { eventName: 'merge_group', event: mergeGroupPayload(group, base), inputs: { 'only-new': 'true' } });
    expect(quiet.exitCode, quiet.stdout).toBe(0);
    expect(quiet.outputs.verdict).toBe('pass');
    expect(t.fake.checkRuns[0]!.conclusion).toBe('success');
    expect(quiet.summary).toMatch(/only-new: [1-9]\d* finding\(s\) already on master \([0-9a-f]{7}\) are not counted nor listed\./);

    // A second queued pull request copies the incident CR under a new id: new blocking findings.
    const text = readFileSync(join(t.ws.dir, INCIDENT_CR), 'utf8');
    writeFileSync(join(t.ws.dir, 'changes/CR-2026-0777-again.yaml'), text.replace('id: CR-2026-0601', 'id: CR-2026-0777'));
    git(t.ws, 'add', '-A');
    git(t.ws, 'commit', '-qm', 'second queued pull request');
    const second = git(t.ws, 'rev-parse', 'HEAD');
    const loud = await runAction(t.fake, t.ws, { eventName: 'merge_group', event: mergeGroupPayload(second, base), inputs: { 'only-new': 'true' } });
    expect(loud.exitCode).toBe(1);
    const annotated = t.fake.checkRuns[1]!.annotations;
    expect(annotated.some((a) => a.path === 'changes/CR-2026-0777-again.yaml')).toBe(true);
    // The incident CR's own approval findings were on the base already: not counted, not annotated.
    expect(annotated.filter((a) => a.path === INCIDENT_CR && a.title === 'changegate approvals')).toEqual([]);
  });

  it('refuses only-new when the base is not in the clone (exit 2), rather than passing everything', async () => {
    const outcome = await runAction(t.fake, t.ws, { eventName: 'merge_group', event: mergeGroupPayload('a'.repeat(40), 'b'.repeat(40)), inputs: { 'only-new': 'true' } });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toMatch(/::error::changegate failed: InputError: input only-new needs the base commit in the clone/);
    expect(t.fake.checkRuns).toHaveLength(0);
  });

  it('refuses a merge_group payload without its base', async () => {
    const event = mergeGroupPayload('a'.repeat(40), 'b'.repeat(40)) as { merge_group: Record<string, unknown> };
    delete event.merge_group.base_sha;
    const outcome = await runAction(t.fake, t.ws, { eventName: 'merge_group', event });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toContain('the event payload has no merge_group.base_sha');
  });
});
