// Custom rules end to end through the CLI, in-process, on the example repository and on a copy of it
// with a broken rule: findings on exact lines in text, SARIF and the CAB page; a compile error exits 2.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'six-sites');
const AS_OF = '2026-11-27T09:00:00+01:00';

const PLUGIN = 'test/fixtures/plugins/described-steps.mjs';

async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
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
    // The rule is documented by its own file: the descriptor links it, not a built-in rule's page.
    expect(descriptor?.helpUri).toMatch(/^file:\/\/.*\/examples\/six-sites\/rules\/one-site-per-night\.yaml$/);
    // Checked by a relative path (as the Action does), the file cannot be an absolute helpUri: the descriptor
    // links the page on custom rules and still names the file.
    const relative = JSON.parse((await cli(['check', 'examples/six-sites', '--as-of', AS_OF, '--format', 'sarif'])).stdout) as typeof sarif;
    const relativeDescriptor = relative.runs[0]?.tool.driver.rules.find((d) => d.id === 'one-site-per-night');
    expect(relativeDescriptor?.helpUri).toMatch(/\/docs\/rules\/custom-rules\.md$/);
    expect(relativeDescriptor?.properties.source).toBe('rules/one-site-per-night.yaml');
    const results = run?.results.filter((x) => x.ruleId === 'one-site-per-night') ?? [];
    expect(results.map((x) => ({ level: x.level, uri: x.locations[0]?.physicalLocation.artifactLocation.uri, region: x.locations[0]?.physicalLocation.region }))).toEqual([
      { level: 'warning', uri: expect.stringMatching(/\/examples\/six-sites\/changes\/CR-2026-0601-reconnection-all-sites\.yaml$/), region: { startLine: 26, startColumn: 7, endLine: 26, endColumn: 49 } },
    ]);
  });

  it('the CAB page lists the custom finding with its location', async () => {
    const r = await cli(['report', EXAMPLE, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '[`one-site-per-night`](examples/six-sites/rules/one-site-per-night.yaml) (CR-2026-0601 s1) warning: m.leroy owns steps on CR-2026-0601#s1 (BDX1, LIL1, LYO1, MRS1, PAR1, PAR2) in the night of 2026-12-09; one engineer works on one site per night (`changes/CR-2026-0601-reconnection-all-sites.yaml:26:7`)',
    );
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-'));
    temporary.push(dir);
    const out = join(dir, 'cab.html');
    expect((await cli(['report', EXAMPLE, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'html', '--out', out])).code).toBe(1);
    // Written outside the repository: the link is the repository-relative path, never the machine's folders.
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("Rule pages: https://github.com/changegate/changegate/blob/v0.1.0/docs/rules/&lt;rule&gt;.md; the repository's own rules (holiday-freeze, major-version-soak, one-site-per-night) link to their Rule documents in the repository.");
    expect(html).toMatch(/<code>one-site-per-night<\/code> <span class="tag">CR-2026-0601 s1<\/span> <a href="rules\/one-site-per-night\.yaml">rule page<\/a><br>m\.leroy owns steps on CR-2026-0601#s1 \(BDX1, LIL1, LYO1, MRS1, PAR1, PAR2\) in the night of 2026-12-09; one engineer works on one site per night<br><span class="where">changes\/CR-2026-0601-reconnection-all-sites\.yaml:26:7<\/span>/);
  });

  it('on GitHub Actions the CAB page links a custom rule to its file at the evaluated commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-gh-'));
    temporary.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'network');
    const commit = git('rev-parse', 'HEAD');
    const r = await cli(['report', dir, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'md'], { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/network' });
    expect(r.stdout).toContain(`[\`one-site-per-night\`](https://github.example/acme/network/blob/${commit}/rules/one-site-per-night.yaml) (CR-2026-0601 s1)`);
  });

  it('changegate rules <repo> lists the custom rules beside the built-in ones, and --plugin rules', async () => {
    const r = await cli(['rules', EXAMPLE, '--plugin', PLUGIN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Built-in rules \(\d+\):\n/);
    expect(r.stdout).toMatch(/\nPlugin rules \(1, from --plugin\):\ndescribed-steps +warning +process +Every step of a change request has a description of at least a few words\.\n +waivable, from test\/fixtures\/plugins\/described-steps\.mjs\n/);
    expect(r.stdout).toMatch(/\nCustom rules of .*examples\/six-sites \(3\):\nholiday-freeze +error +process .*\n +scope step, waivable, from rules\/holiday-freeze\.yaml\nmajor-version-soak +error +invariant .*\n +scope step, waivable, from rules\/major-version-soak\.yaml\none-site-per-night +warning +process .*\n +scope step, waivable, from rules\/one-site-per-night\.yaml\n$/);
    const json = JSON.parse((await cli(['rules', EXAMPLE, '--json'])).stdout) as { id: string; origin?: string; source?: string; scope?: string }[];
    expect(json.filter((x) => x.origin !== undefined)).toMatchObject([
      { id: 'holiday-freeze', origin: 'repository', source: 'rules/holiday-freeze.yaml', scope: 'step' },
      { id: 'major-version-soak', origin: 'repository', source: 'rules/major-version-soak.yaml', scope: 'step' },
      { id: 'one-site-per-night', origin: 'repository', source: 'rules/one-site-per-night.yaml', scope: 'step' },
    ]);
  });

  it('changegate explain <id> <repo> explains a custom rule from its document; a plugin rule with --plugin', async () => {
    const r = await cli(['explain', 'one-site-per-night', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# one-site-per-night: No engineer owns steps on two sites in the same night\n/);
    expect(r.stdout).toContain('- Default severity: warning; category: process; scope: step\n- Waivable: yes\n- Defined in: rules/one-site-per-night.yaml');
    expect(r.stdout).toContain('```yaml\n' + readFileSync(join(EXAMPLE, 'rules', 'one-site-per-night.yaml'), 'utf8').trimEnd() + '\n```\n');
    const without = await cli(['explain', 'one-site-per-night']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('a custom rule is explained with its repository: changegate explain <id> <repo-dir>');
    const plugin = await cli(['explain', 'described-steps', '--plugin', PLUGIN]);
    expect(plugin.code).toBe(0);
    expect(plugin.stdout).toContain('- Plugin module: test/fixtures/plugins/described-steps.mjs');
  });

  it('changegate rules <repo> refuses a repository whose rule does not compile: located, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-rules-'));
    temporary.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'rules', 'holiday-freeze.yaml'), 'kind: Rule\nid: holiday-freeze\ntitle: Freeze\nseverity: error\ncategory: process\nscope: step\nwhen: step.ownr == "x"\nmessage: "x"\n');
    const r = await cli(['rules', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/rules\/holiday-freeze\.yaml:7:12: rule holiday-freeze: `when` does not type-check in scope step/);
    expect(r.stderr).toContain('must be fixed before its rules can be listed');
  });

  it('--plugin runs on both sides of a git comparison, and in the CAB report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-plugin-git-'));
    temporary.push(dir);
    cpSync(EXAMPLE, dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'network');
    const plugin = join(ROOT, PLUGIN);
    const same = JSON.parse((await cli(['check', dir, '--as-of', AS_OF, '--base', 'HEAD', '--format', 'json', '--plugin', plugin])).stdout) as { findings: { ruleId: string; label?: string }[] };
    const pluginFindings = same.findings.filter((f) => f.ruleId === 'described-steps');
    expect(pluginFindings.length).toBeGreaterThan(0);
    // Unchanged files: the plugin's findings exist on the base too, so none is new.
    const onlyNew = await cli(['check', dir, '--as-of', AS_OF, '--base', 'HEAD', '--only-new', '--plugin', plugin]);
    expect(onlyNew.stdout).not.toContain('described-steps');
    const report = await cli(['report', dir, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'md', '--plugin', plugin]);
    expect(report.stdout).toContain('`described-steps`');
    expect((await cli(['report', dir, '--change', 'CR-2026-0601', '--as-of', AS_OF, '--format', 'md'])).stdout).not.toContain('described-steps');
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
