// The package as a user installs it: `npm pack`, installed offline into a fresh project, then the API
// imported by name from an .mjs file (the docs/api.md example, a custom rule, the formatters) and the
// `changegate` bin run from node_modules/.bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksReachedFromEntry } from '../support/cli-chunks.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';

let project = '';
let packed: { files: { path: string; size: number }[]; size: number } = { files: [], size: 0 };

function node(script: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The runnable example of docs/api.md, exactly as printed there. */
function apiDocExample(): { name: string; code: string; output: string } {
  const page = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
  const match = /<!-- api-example: (\S+) -->\n```js\n([\s\S]*?)```\n\nIt prints \(exit code 1\):\n\n```text\n([\s\S]*?)```/.exec(page);
  if (!match) throw new Error('docs/api.md has no <!-- api-example: ... --> block followed by what it prints');
  return { name: match[1] as string, code: match[2] as string, output: match[3] as string };
}

describe('the installed package', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli', 'api'], { cwd: ROOT, stdio: 'pipe' });
    project = mkdtempSync(join(tmpdir(), 'changegate-package-'));
    const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
    packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], ROOT))[0];
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--offline', `./changegate-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.tgz`], project);
    cpSync(join(ROOT, 'examples', 'six-sites'), join(project, 'six-sites'), { recursive: true });
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('ships the bundles, their types, the schemas and the rule pages, and nothing huge', () => {
    const paths = packed.files.map((f) => f.path);
    for (const needed of ['bin/changegate.js', 'dist/cli.js', 'dist/schema-compiler.js', 'dist/api/index.js', 'dist/api/index.d.ts', 'schemas/change-request.schema.json', 'docs/rules/surviving-capacity.md', 'package.json']) expect(paths).toContain(needed);
    // The CLI loads its commands from chunks beside dist/cli.js: every chunk it can reach is shipped.
    const reached = chunksReachedFromEntry(join(ROOT, 'dist'));
    expect(reached.size).toBeGreaterThan(1);
    for (const chunk of reached) expect(paths).toContain(`dist/${chunk}`);
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toEqual([]);
    // The Action's bundle is for GitHub's runner, not for npm users.
    expect(paths).not.toContain('dist/index.js');
    expect(packed.size).toBeLessThan(2_000_000);
  });

  it('runs the docs/api.md example as printed', () => {
    const example = apiDocExample();
    writeFileSync(join(project, example.name), example.code);
    const r = node(example.name);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(example.output);
    expect(r.stdout).toContain('described in 12 words');
  });

  it('evaluates with a custom rule configured by the policy, formats as SARIF and JUnit, and refuses a bad asOf', () => {
    writeFileSync(
      join(project, 'custom.mjs'),
      `import { evaluate, loadRepository, defineRule, defaultRules, formatters, FORMAT_NAMES } from 'changegate';
const owners = defineRule({
  id: 'one-owner-per-night', title: 'Named owners', summary: 'Reports every change request with its owner.',
  category: 'process', defaultSeverity: 'notice', rationale: 'A check that every change request has a named owner who answers the phone.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {},
  messages: { owner: '{{change}} is owned by {{owner}}' }, waivable: true,
  check(context) { for (const c of context.network.changes) context.report({ messageId: 'owner', data: { change: c.id, owner: c.owner }, at: { file: c.file, pointer: '/owner' }, changeId: c.id }); },
});
const repository = await loadRepository('six-sites');
const evaluation = evaluate(repository, { asOf: new Date('${AS_OF}'), rules: [...defaultRules, owners] });
const mine = evaluation.findings.filter((f) => f.ruleId === 'one-owner-per-night');
const strict = evaluate(await loadRepository('six-sites-strict'), { asOf: '${AS_OF}', rules: [...defaultRules, owners] });
const strictSeverities = strict.findings.filter((f) => f.ruleId === 'one-owner-per-night').map((f) => f.severity);
const sarif = JSON.parse(formatters.sarif(evaluation));
const junit = formatters.junit(evaluation);
let refused = '';
try { evaluate(repository, { asOf: '2026-11-27T09:00:00' }); } catch (err) { refused = err.message; }
console.log(JSON.stringify({
  verdict: evaluation.verdict,
  mine: mine.map((f) => [f.file, f.line, f.severity, f.message]),
  sarifRule: sarif.runs[0].tool.driver.rules.some((r) => r.id === 'one-owner-per-night'),
  sarifResults: sarif.runs[0].results.filter((r) => r.ruleId === 'one-owner-per-night').length,
  junit: junit.includes('one-owner-per-night'),
  strictSeverities,
  formats: FORMAT_NAMES,
  refused,
}));`,
    );
    // The policy raises the custom rule to error, as it would a built-in rule.
    cpSync(join(project, 'six-sites'), join(project, 'six-sites-strict'), { recursive: true });
    const policy = join(project, 'six-sites-strict', 'policy', 'policy.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace(/^rules: \{\}$/m, 'rules:\n  one-owner-per-night: { severity: error }'));
    const r = node('custom.mjs');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe('fail');
    expect(out.mine).toEqual([
      ['changes/CR-2026-0412-staged-capacity-upgrade.yaml', 9, 'notice', expect.stringMatching(/^CR-2026-0412 is owned by /)],
      ['changes/CR-2026-0601-reconnection-all-sites.yaml', 10, 'notice', expect.stringMatching(/^CR-2026-0601 is owned by /)],
    ]);
    expect(out.sarifRule).toBe(true);
    expect(out.sarifResults).toBe(2);
    expect(out.junit).toBe(true);
    expect(out.strictSeverities).toEqual(['error', 'error']);
    expect(out.formats).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab']);
    expect(out.refused).toContain('needs a time zone offset');
  });

  it('type-checks a consumer against the bundled declarations', () => {
    writeFileSync(
      join(project, 'typed.ts'),
      `import { evaluate, defineRule, defaultRules, type Evaluation, type Finding } from 'changegate';
const rule = defineRule({ id: 'x-rule', title: 'A typed rule', summary: 'Typed.', category: 'process', defaultSeverity: 'error', rationale: 'Types.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false }, defaultOptions: {}, messages: { m: 'message' }, waivable: false,
  check(context) { context.network.changes.forEach((c) => context.report({ messageId: 'm', data: {}, at: c.at })); } });
const evaluation: Evaluation = evaluate([], { rules: [...defaultRules, rule] });
const first: Finding | undefined = evaluation.findings[0];
// @ts-expect-error an unknown option is refused by the declarations
evaluate([], { asof: 1 });
export { first };
`,
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.ts'] }));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8', timeout: 60_000 });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('runs the changegate bin from node_modules/.bin, with a --plugin', () => {
    const r = spawnSync(join(project, 'node_modules', '.bin', 'changegate'), ['check', 'six-sites', '--as-of', AS_OF, '--format', 'json'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).verdict).toBe('fail');
    // --plugin: the rule's options schema is compiled by dist/schema-compiler.js, shipped beside the CLI.
    cpSync(join(ROOT, 'test', 'fixtures', 'plugins', 'described-steps.mjs'), join(project, 'described-steps.mjs'));
    const plugin = spawnSync(join(project, 'node_modules', '.bin', 'changegate'), ['check', 'six-sites', '--as-of', AS_OF, '--format', 'json', '--plugin', 'described-steps.mjs'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
    expect(plugin.stderr).toBe('');
    const findings = (JSON.parse(plugin.stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings.filter((f) => f.ruleId === 'described-steps');
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['changes/CR-2026-0601-reconnection-all-sites.yaml:21']);
    // changegate test, whose RuleTest schema is validated by a validator generated at build time.
    const tests = spawnSync(join(project, 'node_modules', '.bin', 'changegate'), ['test', 'six-sites/tests', '--format', 'junit'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
    expect(tests.stderr).toBe('');
    expect(tests.status).toBe(0);
    expect(tests.stdout).toContain('<testsuites name="changegate test" tests="11" failures="0" errors="0">');
    const rules = spawnSync(join(project, 'node_modules', '.bin', 'changegate'), ['explain', 'surviving-capacity'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain('surviving-capacity');
  });
});
