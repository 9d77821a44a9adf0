// `changegate test` end to end, in-process: the example repository's tests, failing and invalid test
// files written to a temporary folder, JUnit output, and `--plugin` on `check` and `test`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { evaluate } from '../../src/api/evaluate.ts';
import type { RepoFile } from '../../src/source/select.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';
const SIX_SITES = join(ROOT, 'examples', 'six-sites');
const PLUGINS = join('test', 'fixtures', 'plugins');
const scratch = mkdtempSync(join(tmpdir(), 'changegate-rule-tests-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: ROOT, isTTY: false, now: () => Date.parse(AS_OF) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Writes a test file into the scratch folder, its base pointing at examples/six-sites; returns its path as the CLI shows it. */
function testFile(name: string, body: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `kind: RuleTest\nname: ${name}\nbase: ${relative(scratch, SIX_SITES)}\nasOf: ${AS_OF}\n${body}`);
  return relative(ROOT, path);
}

const ONE_AFTERNOON_STEP = `apply:
  - path: changes/CR-TEST-1.yaml
    content: |
      kind: ChangeRequest
      id: CR-TEST-1
      title: Routine reconnection in the afternoon
      owner: m.leroy
      purpose: Re-apply the reconnection sequence
      declaredRisk: low
      state: approved
      steps:
        - id: s1
          action: reconnection
          procedure: RECONNECT-SEQ-V3
          targets: { callServers: [par1-cs1] }
          window: { start: 2026-12-09T16:30:00+01:00, end: 2026-12-09T17:30:00+01:00 }
          rollback: { procedure: Re-run RECONNECT-SEQ-V2, minutes: 20 }
`;

describe('changegate test', () => {
  it('runs the example repository tests: a verdict per test and a summary, exit 0', async () => {
    const r = await run(['test', 'examples/six-sites/tests']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('PASS  examples/six-sites/tests/')).length).toBe(11);
    expect(lines.at(-1)).toBe('11 tests: 11 passed, 0 failed');
    expect(r.stdout).toContain('PASS  examples/six-sites/tests/maintenance-window.yaml:3  a reconnection in the afternoon is outside every maintenance window');
  });

  it('a broken expectation fails the test at its own line, with what was found instead, exit 1', async () => {
    const file = testFile('wrong-line.yaml', `${ONE_AFTERNOON_STEP}rules: [maintenance-window]\nexpect:\n  findings:\n    - { rule: maintenance-window, messageId: outsideWindow, file: changes/CR-TEST-1.yaml, line: 12 }\n`);
    const r = await run(['test', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL  ${file}:2  wrong-line.yaml`);
    expect(r.stdout).toContain(`      ${file}:25:7  expected at least one maintenance-window/outsideWindow at changes/CR-TEST-1.yaml:12, found 0; maintenance-window reported instead:`);
    // The near misses shown are those in the expected file, at their real line.
    expect(r.stdout).toContain('changes/CR-TEST-1.yaml:13:13 error maintenance-window/outsideWindow: step s1 runs 2026-12-09 16:30 (+01:00)');
    expect(r.stdout).not.toContain('CR-2026-0601-reconnection-all-sites.yaml:28:7');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 test: 0 passed, 1 failed');
  });

  it('counts, verdicts, pass and exhaustive are each enforced', async () => {
    const file = testFile(
      'all-wrong.yaml',
      `${ONE_AFTERNOON_STEP}rules: [maintenance-window]\nexpect:\n  verdict: pass\n  pass: true\n  findings:\n    - { rule: maintenance-window, messageId: outsideWindow, file: changes/CR-TEST-1.yaml, count: 2 }\n  exhaustive: true\n`,
    );
    const r = await run(['test', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:24:12  expected verdict pass, found fail; blocking findings:`);
    expect(r.stdout).toContain(`${file}:25:9  expected no blocking finding of maintenance-window, found 6:`);
    expect(r.stdout).toContain(`${file}:27:7  expected 2 maintenance-window/outsideWindow at changes/CR-TEST-1.yaml, found 1; matching:`);
    expect(r.stdout).toContain(`${file}:28:15  expected nothing beyond the listed findings, found 5 more:`);
  });

  it('fails closed: an edit the gate cannot read fails the test unless it expects the error', async () => {
    const broken = `apply:\n  - path: changes/CR-TEST-1.yaml\n    content: |\n      kind: ChangeRequest\n      id: [unclosed\n`;
    const failing = testFile('unreadable.yaml', `${broken}rules: [maintenance-window]\nexpect:\n  pass: true\n`);
    const r = await run(['test', failing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${failing}:6:3  the repository could not be evaluated (verdict error), so nothing is proven:`);
    expect(r.stdout).toMatch(/could not be evaluated \(verdict error\), so nothing is proven:\n +changes\/CR-TEST-1\.yaml:3:1 error yaml-syntax\/syntax: YAML syntax error: /);
    const expecting = testFile('expects-error.yaml', `${broken}expect:\n  verdict: error\n  findings:\n    - { rule: yaml-syntax, file: changes/CR-TEST-1.yaml, line: 3 }\n`);
    const ok = await run(['test', expecting]);
    expect(ok.stdout).toContain(`PASS  ${expecting}:2`);
    expect(ok.code).toBe(0);
  });

  it('an invalid test file is a located error, exit 2, and nothing in it runs', async () => {
    const files = [
      testFile('typo.yaml', `apply: []\nexpcet:\n  pass: true\n`),
      testFile('unknown-rule.yaml', `apply: []\nrules: [maintenance-windows]\nexpect:\n  pass: true\n`),
      testFile('missing-file.yaml', `apply:\n  - path: changes/CR-NOPE.yaml\n    delete: true\nexpect:\n  pass: true\n`),
      testFile('escapes.yaml', `apply:\n  - path: ../outside.yaml\n    content: "x"\nexpect:\n  pass: true\n`),
      testFile('both.yaml', `apply:\n  - path: changes/x.yaml\n    content: "x"\n    delete: true\nexpect:\n  pass: true\n`),
    ];
    const r = await run(['test', relative(ROOT, scratch).split('\\').join('/'), '--format', 'text']);
    expect(r.code).toBe(2);
    const [typo, unknownRule, missing, escapes, both] = files;
    expect(r.stdout).toContain(`INVALID  ${typo}:6:1  `);
    expect(r.stdout).toMatch(/expcet/);
    expect(r.stdout).toContain(`INVALID  ${unknownRule}:6:9  unknown rule "maintenance-windows"; did you mean "maintenance-window"?`);
    expect(r.stdout).toContain(`INVALID  ${missing}:6:11  cannot delete changes/CR-NOPE.yaml: the base has no such network file`);
    expect(r.stdout).toContain(`INVALID  ${escapes}:6:11  `);
    expect(r.stdout).toContain(`INVALID  ${both}:6:5  `);
    expect(r.stdout).toMatch(/invalid test files \(fix them: nothing in them was run\)\n$/);
  });

  it('writes JUnit XML: a testcase per test, failures and invalid files', async () => {
    const dir = mkdtempSync(join(scratch, 'junit-'));
    const pass = join(dir, 'pass.yaml');
    writeFileSync(pass, `kind: RuleTest\nname: passes\nbase: ${relative(dir, SIX_SITES)}\nasOf: ${AS_OF}\napply: []\nrules: [emergency-route-diversity]\nexpect:\n  verdict: fail\n`);
    const fail = join(dir, 'fail.yaml');
    writeFileSync(fail, `kind: RuleTest\nname: "fails <&>"\nbase: ${relative(dir, SIX_SITES)}\nasOf: ${AS_OF}\napply: []\nexpect:\n  pass: true\n`);
    const r = await run(['test', relative(ROOT, dir), '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="changegate test" tests="2" failures="1" errors="0">/);
    expect(r.stdout).toContain('name="fails &lt;&amp;&gt;"');
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(2);
    expect((r.stdout.match(/<failure /g) ?? []).length).toBe(1);
  });

  it('refuses a path with no tests in it, or no path at all (an empty run proves nothing)', async () => {
    const empty = await run(['test', 'test/fixtures/plugins']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no rule tests under "test/fixtures/plugins"');
    const missing = await run(['test', 'examples/six-sites/tset']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"examples/six-sites/tset" does not exist');
  });
});

describe('rule tests inside a repository', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const base = (): RepoFile[] => [{ path: 'changegate.yaml', bytes: bytes('kind: ChangegateConfig\ninclude: [changes]\n') }];

  it('a RuleTest inside an included folder is skipped by selection, not refused or reported unread', () => {
    const evaluation = evaluate([...base(), { path: 'changes/tests/t.yaml', bytes: bytes(`kind: RuleTest\nname: n\nbase: ..\nasOf: ${AS_OF}\napply: []\nexpect: { pass: true }\n`) }]);
    expect(evaluation.files).not.toContain('changes/tests/t.yaml');
    expect(evaluation.findings.filter((f) => f.file === 'changes/tests/t.yaml')).toEqual([]);
  });

  it('a change request with a second `kind: RuleTest` line is read and refused, never skipped', () => {
    const evaluation = evaluate([...base(), { path: 'changes/CR-1.yaml', bytes: bytes('kind: ChangeRequest\nid: CR-1\nkind: RuleTest\n') }]);
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.some((f) => f.file === 'changes/CR-1.yaml' && f.ruleId === 'yaml-syntax' && f.line === 3)).toBe(true);
  });
});

describe('--plugin', () => {
  it('check runs the plugin rules beside the built-in ones, with located findings', async () => {
    const r = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--format', 'json', '--plugin', join(PLUGINS, 'described-steps.mjs')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const mine = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }).findings.filter((f) => f.ruleId === 'described-steps');
    expect(mine.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(['changes/CR-2026-0601-reconnection-all-sites.yaml:21 step s1 of CR-2026-0601 is described in 12 words; write at least 15']);
  });

  it('test judges a plugin rule; without the plugin the test file is invalid', async () => {
    const file = testFile('plugin.yaml', `apply: []\nrules: [described-steps]\nexpect:\n  findings:\n    - { rule: described-steps, messageId: tooShort, file: changes/CR-2026-0601-reconnection-all-sites.yaml, line: 21, count: 1 }\n  exhaustive: true\n`);
    const withPlugin = await run(['test', file, '--plugin', join(PLUGINS, 'described-steps.mjs')]);
    expect(withPlugin.stdout).toContain(`PASS  ${file}:2`);
    expect(withPlugin.code).toBe(0);
    const without = await run(['test', file]);
    expect(without.code).toBe(2);
    expect(without.stdout).toContain(`INVALID  ${file}:6:9  unknown rule "described-steps"`);
  });

  it('refuses a plugin whose rule takes a built-in id, exports nothing, is malformed or missing (exit 2)', async () => {
    const clash = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--plugin', join(PLUGINS, 'clashing.mjs')]);
    expect(clash.code).toBe(2);
    expect(clash.stdout).toBe('');
    expect(clash.stderr).toBe(`changegate: plugin ${join(PLUGINS, 'clashing.mjs')}: rule "maintenance-window": the id is already taken by a built-in rule or another plugin; give it an id of its own (e.g. "acme-maintenance-window")\n`);
    const twice = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--plugin', join(PLUGINS, 'described-steps.mjs'), '--plugin', join(PLUGINS, 'described-steps.mjs')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('rule "described-steps": the id is already taken');
    const none = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--plugin', join(PLUGINS, 'no-rules.mjs')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('exports no rules; write `export default [rule, ...]`');
    const malformed = await run(['test', 'examples/six-sites/tests', '--plugin', join(PLUGINS, 'malformed.mjs')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('rule "Bad_Id": `id` must be kebab-case');
    expect(malformed.stderr).toContain('`defaultSeverity` must be one of error, warning, notice, not "fatal"');
    expect(malformed.stderr).toContain('`check` must be a function');
    expect(malformed.stderr).toContain('option "limit" needs a `description`');
    const missing = await run(['check', 'examples/six-sites', '--plugin', 'nope.mjs']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('plugin nope.mjs: no such file');
  });

  it('is refused with --publish rather than silently ignored (the git modes run it on both sides: test/custom-rules/cli.test.ts)', async () => {
    const r = await run(['check', 'examples/six-sites', '--publish', 'gitlab', '--plugin', join(PLUGINS, 'described-steps.mjs')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--plugin cannot be combined with --publish');
  });
});
