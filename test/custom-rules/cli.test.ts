// Custom rules end to end through the CLI, in-process, on the example repository and on a copy of it
// with a broken rule: findings on exact lines in text, SARIF and the CAB page; a compile error exits 2.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'six-sites');
const AS_OF = '2026-11-27T09:00:00+01:00';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    cwd: ROOT,
    isTTY: false,
    now: () => Date.parse(AS_OF),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('custom rules through the CLI', () => {
  it('text output shows the custom finding at its line, with the rule id', async () => {
    const r = await cli(['check', EXAMPLE, '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changes\/CR-2026-0601-reconnection-all-sites\.yaml:26:7\n {2}warning one-site-per-night CR-2026-0601 step s1\n {4}m\.leroy owns steps on CR-2026-0601#s1 \(BDX1, LIL1, LYO1, MRS1,/);
  });

  it('SARIF carries the finding at its region and describes the rule from its file', async () => {
    const r = await cli(['check', EXAMPLE, '--as-of', AS_OF, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri?: string; properties: Record<string, unknown> }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] };
    const run = sarif.runs[0];
    const descriptor = run?.tool.driver.rules.find((d) => d.id === 'one-site-per-night');
    expect(descriptor?.shortDescription.text).toBe('No engineer owns steps on two sites in the same night.');
    expect(descriptor?.properties).toMatchObject({ category: 'process', waivable: true, source: 'rules/one-site-per-night.yaml' });
    expect(descriptor?.helpUri).toMatch(/custom-rules\.md$/);
    const results = run?.results.filter((x) => x.ruleId === 'one-site-per-night') ?? [];
    expect(results.map((x) => ({ level: x.level, uri: x.locations[0]?.physicalLocation.artifactLocation.uri, region: x.locations[0]?.physicalLocation.region }))).toEqual([
      { level: 'warning', uri: expect.stringMatching(/\/examples\/six-sites\/changes\/CR-2026-0601-reconnection-all-sites\.yaml$/), region: { startLine: 26, startColumn: 7, endLine: 26, endColumn: 49 } },
    ]);
  });

  it('the CAB page lists the custom finding with its location', async () => {
    const r = await cli(['report', EXAMPLE, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '[`one-site-per-night`](https://github.com/changegate/changegate/blob/v0.1.0/docs/rules/custom-rules.md) (CR-2026-0601 s1) warning: m.leroy owns steps on CR-2026-0601#s1 (BDX1, LIL1, LYO1, MRS1, PAR1, PAR2) in the night of 2026-12-09; one engineer works on one site per night (`changes/CR-2026-0601-reconnection-all-sites.yaml:26:7`)',
    );
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-'));
    temporary.push(dir);
    const out = join(dir, 'cab.html');
    expect((await cli(['report', EXAMPLE, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'html', '--out', out])).code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<code>one-site-per-night<\/code> <span class="tag">CR-2026-0601 s1<\/span> <a href="[^"]*\/custom-rules\.md">rule page<\/a><br>m\.leroy owns steps on CR-2026-0601#s1 \(BDX1, LIL1, LYO1, MRS1, PAR1, PAR2\) in the night of 2026-12-09; one engineer works on one site per night<br><span class="where">changes\/CR-2026-0601-reconnection-all-sites\.yaml:26:7<\/span>/);
  });

  it('a compile error in a rule exits 2 with file:line:column, before any rule runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-custom-'));
    temporary.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true });
    writeFileSync(
      join(dir, 'rules', 'one-site-per-night.yaml'),
      'kind: Rule\nid: one-site-per-night\ntitle: One site per night\nseverity: warning\ncategory: process\nscope: step\nwhen: step.owner == change.ownr\nmessage: "{{ step.owner }}"\n',
    );
    const r = await cli(['check', dir, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('rules/one-site-per-night.yaml:7:28\n  error   gate-config\n    rule one-site-per-night: `when` does not type-check in scope step: No such key: ownr.');
    expect(r.stdout).toMatch(/^ERROR 1 error,.* 0 rules /m);
  });
});
