// `changegate report` end to end, in-process through the real CLI: goldens for both formats on the
// example repository, the same verdict and exit code as `check`, usage errors, and escaping.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS_URL } from '../../src/core/version.ts';
import { AS_OF, DOCS_BASE, EXAMPLE, ROOT, XSS, hostileExample, reportArgs, runCli } from './helpers.ts';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it on purpose (review the diff before committing). */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/cab/report.test.ts`);
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name} differs from its golden file; if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/cab/report.test.ts`).toBe(readFileSync(file, 'utf8'));
}

describe('changegate report on the example repository (goldens)', () => {
  const cases = [
    { name: 'six-sites.md', format: 'md' as const, extra: [] },
    { name: 'six-sites.html', format: 'html' as const, extra: [] },
    { name: 'cr-2026-0601.md', format: 'md' as const, extra: ['--change', 'CR-2026-0601'] },
    { name: 'cr-2026-0601.html', format: 'html' as const, extra: ['--change', 'CR-2026-0601'] },
  ];
  for (const c of cases) {
    it(`${c.name} is stable and matches its golden file`, async () => {
      const first = await runCli(reportArgs(c.format, c.extra));
      const second = await runCli(reportArgs(c.format, c.extra));
      expect(first.stderr).toBe('');
      expect(second.stdout).toBe(first.stdout);
      golden(c.name, first.stdout);
    });
  }
});

describe('changegate report follows the same evaluation as check', () => {
  it('has the verdict and exit code of check, and lists exactly check’s findings about the change', async () => {
    const check = await runCli(['check', EXAMPLE, '--format', 'json', '--as-of', AS_OF]);
    const json = JSON.parse(check.stdout) as { verdict: string; findings: { ruleId: string; severity: string; changeId: string | null; message: string }[] };
    const report = await runCli(reportArgs('md', ['--change', 'CR-2026-0601']));
    expect(report.code).toBe(check.code);
    expect(report.stdout).toContain(`> **${json.verdict.toUpperCase()}**`);
    const about = json.findings.filter((f) => f.changeId === 'CR-2026-0601' || f.changeId === null);
    // Every finding about the change is in a story; a story merges the findings of one rule, message and step.
    const stories = report.stdout.split('\n').filter((l) => /^- \[`[a-z-]+`\]\(/.test(l));
    const merged = stories.map((l) => Number(/\*\*(\d+) findings/.exec(l)?.[1] ?? 1)).reduce((a, b) => a + b, 0);
    expect(merged).toBe(about.length);
    expect(report.stdout).toContain(`## Findings (${about.length}, merged into ${stories.length} stories, by impact)`);
    // Ten route findings of step s1, one per emergency number, are one story naming the ten numbers.
    expect(report.stdout).toContain('**10 findings, emergency numbers: 112, 114, 115, 119, 15, 17, 18, 191, 196, 197**');
    // Blocking first, and emergency routes before capacity before paperwork.
    const order = stories.map((l) => /^- \[`([a-z-]+)`/.exec(l)?.[1]);
    expect(order.indexOf('emergency-route-diversity')).toBe(0);
    expect(order.indexOf('surviving-capacity')).toBeLessThan(order.indexOf('approvals'));
    expect(order.indexOf('redundancy-group-concurrency')).toBeLessThan(order.indexOf('stakeholder-notification'));
    // The example's custom rules (rules/*.yaml) link to their own Rule documents, the others to their pages.
    const custom = new Set(['holiday-freeze', 'major-version-soak', 'one-site-per-night']);
    for (const rule of new Set(about.map((f) => f.ruleId))) expect(report.stdout).toContain(`[\`${rule}\`](${custom.has(rule) ? `rules/${rule}.yaml` : `${DOCS_BASE}/${rule}.md`})`);
  });

  it('writes the file named by --out, infers html from its extension, and still exits with the verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-out-'));
    const out = join(dir, 'nested', 'cab.html');
    const run = await runCli(['report', EXAMPLE, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('FAIL; CAB summary written to');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    // The default link base is a stable URL of this version's rule pages, never a local path.
    expect(RULE_DOCS_URL).toBe('https://github.com/changegate/changegate/blob/v0.1.0/docs/rules');
    const href = /href="([^"]+\/redundancy-group-concurrency\.md)"/.exec(text)?.[1];
    expect(href).toBe(`${RULE_DOCS_URL}/redundancy-group-concurrency.md`);
    expect(existsSync(join(ROOT, 'docs', 'rules', 'redundancy-group-concurrency.md'))).toBe(true);
    expect(text).not.toContain(ROOT);
    expect(text).not.toContain(tmpdir());
  });

  it('refuses an unknown --change with exit code 2 and names the known ones', async () => {
    const run = await runCli(reportArgs('md', ['--change', 'CR-9999'], EXAMPLE));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no change request "CR-9999" in examples/six-sites (known: CR-2026-0412, CR-2026-0601)');
  });

  it('fails closed on an unreadable repository: exit 2 and an ERROR summary that says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-broken-'));
    const run = await runCli(reportArgs('md', [], dir));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('> **NOT EVALUATED**: the gate could not evaluate the repository');
    expect(run.stdout).toContain("The repository's plan as a whole: ERROR");
    expect(run.stdout).toContain('Recommended by the gate: **REJECT**');
    expect(run.stdout).toContain('could not be evaluated far enough to draw the plan');
  });
});

describe('values from the config repository are escaped', () => {
  it('keeps a hostile title, purpose and rollback procedure inert in HTML and Markdown', async () => {
    const repo = hostileExample();
    const htmlRun = await runCli(['report', repo, '--change', 'CR-2026-0601', '--format', 'html', '--as-of', AS_OF, '--docs-base', DOCS_BASE]);
    expect(htmlRun.code).toBe(1);
    const html = htmlRun.stdout;
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('</script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    const mdRun = await runCli(['report', repo, '--change', 'CR-2026-0601', '--format', 'md', '--as-of', AS_OF, '--docs-base', DOCS_BASE]);
    expect(mdRun.stdout).not.toContain(XSS);
    expect(mdRun.stdout).not.toMatch(/<img|<script|<\/script>/i);
    expect(mdRun.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;');
  });
});

describe('a change with no finding of its own, judged together with a failing one', () => {
  it('leads with its own PASS and figures, names CR-2026-0601 as context, and recommends approval with that condition', async () => {
    const run = await runCli(reportArgs('md', ['--change', 'CR-2026-0412']));
    // The exit code still follows the whole plan, as for check.
    expect(run.code).toBe(1);
    const text = run.stdout;
    expect(text).toContain('> **PASS**: no finding of its own blocks CR-2026-0412.');
    expect(text).toContain("The repository's plan as a whole: FAIL (26 blocking findings; 27 findings about CR-2026-0601).");
    expect(text).toContain('> Judged together with CR-2026-0601 (fail, 26 blocking findings of its own), whose step s1 puts 6 sites at risk from Wed 9 Dec 16:30 to Thu 10 Dec 17:30 (PAR1, PAR2, LYO1, MRS1, BDX1, LIL1), overlapping this page’s steps s7, s8, s9: approving this change does not make that one safe'.replace('’', "'"));
    // Its own figures: one site at a time, at night, with a positive emergency margin.
    expect(text).toContain('- **1 of 6 sites at risk at once from this change** (2 of 12 call servers) in Tue 8 Dec 00:30–00:50, night: PAR1.');
    expect(text).toContain('Emergency margin in that interval (N-1): **+99,688 sessions**');
    expect(text).not.toContain('Do not approve');
    expect(text).toContain('Recommended by the gate: **APPROVE WITH CONDITIONS**');
    expect(text).toContain('- CR-2026-0601 (fail) overlaps steps s7, s8, s9: it must be re-planned or rejected before they run; this approval does not cover it.');
    expect(text).toContain('## Findings of this change, by impact\n\nNo finding of its own.');
  });
});

describe('the page names the repository, never a local path', () => {
  it('shows the repository name, folder, commit, pull request and changegate version', async () => {
    const top = join(mkdtempSync(join(tmpdir(), 'changegate-cab-git-')), 'net-config');
    cpSync(join(ROOT, EXAMPLE), join(top, 'network'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: top, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'network');
    const sha = git('rev-parse', 'HEAD');
    const run = await runCli(['report', join(top, 'network'), '--change', 'CR-2026-0601', '--format', 'html', '--as-of', AS_OF, '--pull-request', '42']);
    expect(run.stdout).toContain(`CAB review summary of net-config/network at commit ${sha.slice(0, 12)}, pull request #42 · changegate 0.1.0`);
    expect(run.stdout).not.toContain(top);
    expect(run.stdout).not.toContain(tmpdir());
    // Uncommitted edits are said, and GitHub Actions' pull request ref is picked up.
    writeFileSync(join(top, 'network', 'README.md'), 'edited');
    let stdout = '';
    const { main } = await import('../../src/cli/main.ts');
    await main(['report', join(top, 'network'), '--format', 'md', '--as-of', AS_OF], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_REPOSITORY: 'acme/net-config' },
      cwd: ROOT,
      isTTY: false,
      now: () => 0,
    });
    expect(stdout).toContain(`net-config/network at commit ${sha.slice(0, 12)} with uncommitted edits, pull request acme/net-config\\#7`);
  });
});
