// The 500-annotation cap: blocking findings first (new before existing), then warnings; and the job
// summary lists every blocking finding.
import { describe, expect, it } from 'vitest';
import { compareWithBase } from '../../src/action/base.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import { readFolder } from '../../src/source/folder.ts';
import { AS_OF, git, manyCopies, payload, runAction, perTest } from './harness.ts';

const t = perTest();

function findings() {
  return evaluate(readFolder(t.ws.dir).files, { asOf: AS_OF }).findings;
}

describe('the 500-annotation cap', () => {
  it('annotates every blocking finding before any warning, in evaluation order otherwise', async () => {
    manyCopies(t.ws, 2, 30);
    const all = findings();
    const errors = all.filter((f) => f.severity === 'error');
    const warnings = all.filter((f) => f.severity === 'warning');
    expect(errors.length).toBeLessThan(500);
    expect(errors.length + warnings.length).toBeGreaterThan(500);
    // Evaluation order interleaves them: the first 500 in that order would leave errors out.
    expect(all.slice(0, 500).filter((f) => f.severity === 'error').length).toBeLessThan(errors.length);

    const outcome = await runAction(t.fake, t.ws);
    expect(outcome.exitCode).toBe(1);
    const levels = t.fake.checkRuns[0]!.annotations.map((a) => a.annotation_level);
    expect(levels).toHaveLength(500);
    expect(levels.slice(0, errors.length).every((l) => l === 'failure')).toBe(true);
    expect(levels.slice(errors.length).every((l) => l === 'warning')).toBe(true);
    expect(outcome.stdout).toMatch(/\d+ further annotation\(s\) left out \(0 of them blocking\)/);
  }, 120_000);

  it('with 2,000+ findings, spends the cap on new blocking findings and lists every blocking one in the job summary', async () => {
    // The base already has 29 copies; this pull request adds 55 more.
    manyCopies(t.ws, 2, 30);
    git(t.ws, 'init', '-q', '-b', 'master');
    git(t.ws, 'add', '-A');
    git(t.ws, 'commit', '-qm', 'base');
    const baseSha = git(t.ws, 'rev-parse', 'HEAD');
    manyCopies(t.ws, 31, 85);
    git(t.ws, 'add', '-A');
    git(t.ws, 'commit', '-qm', 'head');
    const headFiles = readFolder(t.ws.dir).files;
    const head = evaluate(headFiles, { asOf: AS_OF });
    expect(head.findings.length).toBeGreaterThan(2000);
    const errors = head.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(500);
    const event = payload('opened');
    event.pull_request.base.sha = baseSha;
    event.pull_request.head.sha = git(t.ws, 'rev-parse', 'HEAD');

    const outcome = await runAction(t.fake, t.ws, { event });
    const annotations = t.fake.checkRuns[0]!.annotations;
    expect(annotations).toHaveLength(500);
    expect(annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    // New blocking findings first (those this pull request introduces or makes worse, labelled as
    // `changegate check --base` labels them), then blocking findings already on the base.
    const compared = await compareWithBase(t.ws.dir, baseSha, 'master', head, { asOf: AS_OF, rules: defaultRules }, process.env, headFiles, []);
    if ('problem' in compared) throw new Error(compared.problem);
    const where = (path: string, line: number, title: string) => `${path}:${line}:${title}`;
    const fresh = errors.filter((f) => compared.isNew(f));
    expect(fresh.length).toBeGreaterThan(100);
    expect(fresh.length).toBeLessThan(500);
    const freshAt = new Set(fresh.map((f) => where(f.file, f.line, `changegate ${f.ruleId}`)));
    const existingAt = new Set(errors.filter((f) => !compared.isNew(f)).map((f) => where(f.file, f.line, `changegate ${f.ruleId}`)));
    const at = annotations.map((a) => where(String(a.path), Number(a.start_line), String(a.title)));
    expect(at.slice(0, fresh.length).filter((k) => !freshAt.has(k))).toEqual([]);
    expect(at.slice(fresh.length).filter((k) => !existingAt.has(k))).toEqual([]);

    // The comment had to drop rows; the job summary did not.
    expect(t.fake.comments[0]!.body).toMatch(/not shown|left out|omitted/i);
    const rows = outcome.summary.split('\n').filter((l) => l.startsWith('| ❌ |'));
    expect(rows).toHaveLength(errors.length);
    expect(Buffer.byteLength(outcome.summary)).toBeLessThanOrEqual(1024 * 1024);
  }, 120_000);
});
