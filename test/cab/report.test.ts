// `changegate report` end to end, in-process through the real CLI: goldens for both formats on the
// example repository, the same verdict and exit code as `check`, usage errors, and escaping.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, DOCS_BASE, EXAMPLE, XSS, hostileExample, reportArgs, runCli } from './helpers.ts';

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
    const listed = report.stdout.split('\n').filter((l) => /^- (\*\*blocking\*\*|warning|notice) \[`/.test(l));
    expect(listed).toHaveLength(about.length);
    expect(report.stdout).toContain(`## Findings (${about.length}, blocking first)`);
    // Blocking first: no blocking line after a non-blocking one.
    const firstOther = listed.findIndex((l) => !l.startsWith('- **blocking**'));
    if (firstOther >= 0) expect(listed.slice(firstOther).some((l) => l.startsWith('- **blocking**'))).toBe(false);
    for (const rule of new Set(about.map((f) => f.ruleId))) expect(report.stdout).toContain(`[\`${rule}\`](${DOCS_BASE}/${rule}.md)`);
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
    // The default link base points from the output folder to changegate's own docs/rules.
    const href = /href="([^"]+\/redundancy-group-concurrency\.md)"/.exec(text)?.[1];
    expect(href).toBeDefined();
    expect(existsSync(join(dir, 'nested', href as string))).toBe(true);
  });

  it('refuses an unknown --change with exit code 2 and names the known ones', async () => {
    const run = await runCli(reportArgs('md', ['--change', 'CR-9999']));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no change request "CR-9999" in examples/six-sites (known: CR-2026-0412, CR-2026-0601)');
  });

  it('fails closed on an unreadable repository: exit 2 and an ERROR summary that says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-broken-'));
    const run = await runCli(reportArgs('md', [], dir));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('> **ERROR**');
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
    expect(mdRun.stdout).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });
});
