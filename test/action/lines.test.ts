// Annotations on the right lines when the base branch moved on: the workspace is GitHub's test merge,
// the annotations and links go on the pull request's head, and the lines are mapped through git's diff.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { LineMap } from '../../src/git/line-map.ts';
import { GitRepo } from '../../src/source/git.ts';
import { readFolder } from '../../src/source/folder.ts';
import { AS_OF, INCIDENT_CR, movedBase, movedBasePayload, runAction, perTest } from './harness.ts';

const t = perTest();

const key = (path: string, line: number, end: number, rule: string) => `${path}:${line}-${end}:${rule}`;

describe('annotations when the base branch moved on', () => {
  for (const change of ['added', 'removed'] as const) {
    it(`puts every annotation on the head's line when the base ${change} a block above the findings`, async () => {
      const moved = movedBase(t.ws, change);
      const head = evaluate((await (await GitRepo.open(t.ws.dir)).readCommit(moved.head)).files, { asOf: AS_OF });
      const merged = evaluate(readFolder(t.ws.dir).files, { asOf: AS_OF });
      const wanted = head.findings.filter((f) => f.file !== '').map((f) => key(f.file, f.line, f.endLine, `changegate ${f.ruleId}`)).sort();
      const naive = merged.findings.filter((f) => f.file !== '').map((f) => key(f.file, f.line, f.endLine, `changegate ${f.ruleId}`)).sort();
      // The test means something: on the merge, the incident CR's findings sit 3 lines lower (or 5 higher).
      expect(naive).not.toEqual(wanted);

      const outcome = await runAction(t.fake, t.ws, { event: movedBasePayload(moved) });
      expect(outcome.exitCode).toBe(1);
      expect(outcome.stdout).toMatch(/compared with master \([0-9a-f]{7}\)/);
      const run = t.fake.checkRuns[0]!;
      expect(run.head_sha).toBe(moved.head);
      const sent = run.annotations.map((a) => key(String(a.path), Number(a.start_line), Number(a.end_line), String(a.title))).sort();
      expect(sent).toEqual(wanted);
      // The comment's links point at the head's lines too.
      const window = head.findings.find((f) => f.file === INCIDENT_CR && f.ruleId === 'redundancy-group-concurrency')!;
      expect(t.fake.comments[0]!.body).toContain(`/blob/${moved.head}/${INCIDENT_CR}#L${window.line})`);
    });
  }
});

describe('LineMap', () => {
  const diff = [
    'diff --git a/f.yaml b/f.yaml',
    '--- a/f.yaml',
    '+++ b/f.yaml',
    '@@ -4,0 +5,3 @@',
    '+a',
    '+b',
    '+c',
    '@@ -10,2 +12,0 @@',
    '-x',
    '-y',
    '@@ -20 +21 @@',
    '-old',
    '+new',
    'diff --git a/new.yaml b/new.yaml',
    '--- /dev/null',
    '+++ b/new.yaml',
    '@@ -0,0 +1,2 @@',
  ].join('\n');
  const map = LineMap.fromDiff(diff);

  it('maps lines around added, removed and rewritten blocks', () => {
    expect(map.map('f.yaml', 4)).toEqual({ line: 4, exact: true });
    expect(map.map('f.yaml', 6)).toEqual({ line: 4, exact: false });
    expect(map.map('f.yaml', 8)).toEqual({ line: 5, exact: true });
    // Head lines 10-11 removed after merge line 12.
    expect(map.map('f.yaml', 12)).toEqual({ line: 9, exact: true });
    expect(map.map('f.yaml', 13)).toEqual({ line: 12, exact: true });
    // Head line 20 rewritten as merge line 21.
    expect(map.map('f.yaml', 21)).toEqual({ line: 20, exact: false });
    expect(map.map('f.yaml', 22)).toEqual({ line: 21, exact: true });
    expect(map.map('other.yaml', 7)).toEqual({ line: 7, exact: true });
  });

  it('says when a file is not on the head at all', () => {
    expect(map.map('new.yaml', 1)).toBeUndefined();
  });
});
