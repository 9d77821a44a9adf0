// The Markdown report (PR comment, job summary, check-run summary): blocking findings first, the
// at-risk windows, collisions, escaping of every config-repo string, and the length limit.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluate } from '../default-pack.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import type { Finding } from '../../src/core/finding.ts';
import { GITHUB_COMMENT_LIMIT, formatMarkdown, riskWindows } from '../../src/report/markdown.ts';
import { readFolder } from '../../src/source/folder.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
const INCIDENT = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const HOSTILE = 'Routine <img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat #12 **bold** | col';

function sixSites(edit?: (path: string, text: string) => string): Evaluation {
  const snapshot = readFolder(join(import.meta.dirname, '..', '..', 'examples', 'six-sites'));
  const files = snapshot.files.map((f) => (edit ? { path: f.path, bytes: new TextEncoder().encode(edit(f.path, new TextDecoder().decode(f.bytes))) } : f));
  return evaluate(files, { asOf: AS_OF });
}

describe('formatMarkdown', () => {
  const evaluation = sixSites();

  it('leads with the verdict and the blocking findings, then the at-risk windows and the evaluated counts', () => {
    const text = formatMarkdown(evaluation, { marker: '<!-- m -->', reportUrl: 'https://github.com/o/r/runs/1' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('<!-- m -->');
    expect(lines[1]).toMatch(/^### ❌ changegate: FAIL — \d+ errors, 1 warnings?, 0 notices, 0 waived$/);
    const blocking = text.indexOf('#### Blocking findings (');
    const windows = text.indexOf('#### What is at risk, window by window (Europe/Paris)');
    expect(blocking).toBeGreaterThan(0);
    expect(windows).toBeGreaterThan(blocking);
    // The incident window: all 12 servers of the group at risk, ahead of the evening peak.
    expect(text).toMatch(/\| 2026-12-09 16:30 \(\+01:00\) → [^|]+ \| CR-2026-0601 \| 12: bdx1-cs1/);
    expect(text).toMatch(/^- \*\*CR-2026-0601\*\* Routine reconnection of interconnect call servers \(approved, declared low risk\)$/m);
    expect(lines.at(-2)).toMatch(/^Evaluated 13 files.* · \[Full report\]\(https:\/\/github\.com\/o\/r\/runs\/1\)$/);
    const errors = evaluation.findings.filter((f) => f.severity === 'error').length;
    expect(text.split('\n').filter((l) => l.startsWith('| ❌ |'))).toHaveLength(errors);
  });

  it('merges consecutive intervals with the same exposure into one window', () => {
    const windows = riskWindows(evaluation.timeline!.intervals);
    const atRisk = evaluation.timeline!.intervals.filter((i) => i.atRiskServers.length + i.atRiskTrunks.length > 0);
    expect(windows.length).toBeLessThan(atRisk.length);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.start).toBeGreaterThanOrEqual(windows[i - 1]!.end);
  });

  it('splits new from existing blocking findings when the base is known', () => {
    const isNew = (f: Finding) => f.ruleId === 'maintenance-window';
    const text = formatMarkdown(evaluation, { isNew, baseLabel: 'main (1a2b3c4)' });
    const fresh = evaluation.findings.filter((f) => f.severity === 'error' && isNew(f)).length;
    expect(text).toContain(`#### New blocking findings in this pull request (${fresh})`);
    expect(text).toMatch(/#### Blocking findings already on main \(1a2b3c4\) \(\d+\)/);
    expect(text.indexOf('#### New blocking')).toBeLessThan(text.indexOf('#### Blocking findings already'));
  });

  it('escapes a hostile change request title: no HTML, no links, no pings, no table break', () => {
    const hostile = sixSites((path, text) => (path === INCIDENT ? text.replace(/^title: .*$/m, `title: ${JSON.stringify(HOSTILE)}`) : text));
    const text = formatMarkdown(hostile, {
      collisions: [{ pull: { number: 9, title: '@everyone <script>x</script>', url: 'https://github.com/o/r/pull/9' }, findings: hostile.findings.slice(0, 1) }],
    });
    expect(text).toContain('Routine &lt;img src=x onerror=alert(1)&gt; \\[click\\]\\(javascript:alert(1)) @\u200doctocat \\#12 \\*\\*bold\\*\\* \\| col');
    expect(text).not.toMatch(/<img|<script|\]\(javascript|@octocat|@everyone/);
    expect(text).toContain('#### Collides with open pull request [#9](https://github.com/o/r/pull/9) (@\u200deveryone &lt;script&gt;x&lt;/script&gt;)');
  });

  it('stays under the limit, dropping rows with a note that says so', () => {
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...evaluation.findings[0]!, line: i + 1, message: `finding ${i} `.padEnd(200, 'x'), fingerprint: `f${i}` }));
    const big = { ...evaluation, findings: many } as Evaluation;
    const text = formatMarkdown(big, { reportUrl: 'https://example.com/r' });
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text).toMatch(/_[\d,]+ more findings not shown: GitHub limits a comment to 65,536 characters\. See the full report for all of them\._/);
    expect(text).toContain('[Full report](https://example.com/r)');
    const small = formatMarkdown(evaluation, { maxLength: 5_000 });
    expect(small.length).toBeLessThanOrEqual(5_000);
    expect(small).toMatch(/more findings? not shown/);
  });

  it('speaks of merge requests and !N on GitLab, the rest of the text unchanged', () => {
    const isNew = (f: Finding) => f.ruleId === 'maintenance-window';
    const collisions = [{ pull: { number: 8, title: 'Restart PAR1', url: 'https://gitlab.example/g/p/-/merge_requests/8' }, findings: evaluation.findings.slice(0, 1) }];
    const github = formatMarkdown(evaluation, { isNew, collisions });
    const gitlab = formatMarkdown(evaluation, { isNew, collisions, forge: 'gitlab' });
    expect(gitlab).toContain('#### New blocking findings in this merge request (');
    expect(gitlab).toContain('#### Collides with open merge request [!8](https://gitlab.example/g/p/-/merge_requests/8) (Restart PAR1)');
    expect(gitlab).not.toMatch(/pull request|#8/);
    const words = (text: string) => text.replace(/pull request|merge request/g, 'REQUEST').replace(/[#!]8\b/g, 'N8');
    expect(words(gitlab)).toBe(words(github));
  });

  it('says plainly when nothing blocks', () => {
    const passing = evaluate(readFolder(join(import.meta.dirname, '..', '..', 'examples', 'six-sites')).files.filter((f) => f.path !== INCIDENT), { asOf: AS_OF });
    const text = formatMarkdown(passing);
    expect(passing.verdict).toBe('pass');
    expect(text).toMatch(/^### ✅ changegate: PASS/);
    expect(text).toContain('No finding blocks this change.');
    expect(text).not.toContain('#### Blocking findings');
  });
});
