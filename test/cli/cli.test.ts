// The CLI end to end, in-process: main() driven with a CliIo that captures output, on the fixture
// repositories of test/fixtures/repos (passing, failing, broken, empty; completed with the six-site network
// by test/support/fixture-repos.ts) and on what `init` writes.
// test/cli/binary.test.ts runs the built binary as a real process for the exit codes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { fixtureRepoPath, fixtureWorkdir } from '../support/fixture-repos.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const REPOS = join(fixtureWorkdir(), 'test', 'fixtures', 'repos');
const AS_OF = '2026-11-27T09:00:00+01:00';
/** Rules that judge the plan; without any, no repository can pass (a gate that checks nothing). */
const CHECKING_RULES = ALL_RULES.filter((r) => r.category !== 'input' && typeof r.check === 'function');
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: { env?: Record<string, string>; isTTY?: boolean; cwd?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    isTTY: options.isTTY ?? false,
    now: () => Date.parse(AS_OF),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const repo = fixtureRepoPath;
/** Runs the CLI where the fixture repositories are complete (see test/support/fixture-repos.ts). */
const inRepos = (argv: string[], options: Parameters<typeof run>[1] = {}) => run(argv, { cwd: fixtureWorkdir(), ...options });
const check = (name: string, ...extra: string[]) => inRepos(['check', repo(name), '--as-of', AS_OF, ...extra]);
const json = async (name: string, ...extra: string[]) => {
  const r = await check(name, '--format', 'json', ...extra);
  return { ...r, report: JSON.parse(r.stdout) as Record<string, unknown> & { findings: Record<string, unknown>[] } };
};

/** 1-based line and column of `needle` in a fixture file: the oracle for "the exact line of each mistake". */
function positionIn(path: string, needle: string, after = ''): { line: number; column: number } {
  const text = readFileSync(join(REPOS, path), 'utf8');
  const found = text.indexOf(after + needle);
  if (found < 0 || text.indexOf(after + needle, found + 1) >= 0) throw new Error(`"${after}${needle}" must occur exactly once in ${path}`);
  const at = found + after.length;
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe('check: exit codes and verdicts', () => {
  it('passing repository: exit 0 (verdict pass) once checking rules are registered', async () => {
    const r = await check('passing');
    expect(r.stderr).toBe('');
    if (CHECKING_RULES.length === 0) {
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('no rule was evaluated');
      return;
    }
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS 0 errors, 0 warnings, \d+ notices?, 0 waived\. Evaluated 9 files, 2 change requests \(0 in the plan\), 0 steps, 0 intervals, \d+ rules as of 2026-11-27T08:00:00\.000Z\. Approvals declared, not verified: 0 approval\(s\) counted as written, because the policy sets approvalSource: declared\.\n$/m);
  });

  it('failing repository (the incident-shaped change): exit 1 with error findings from the invariant rules', async () => {
    const { code, report } = await json('failing');
    if (CHECKING_RULES.length === 0) {
      expect(code).toBe(2);
      return;
    }
    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    const inputIds = new Set(ALL_RULES.filter((r) => r.category === 'input').map((r) => r.id));
    const blocking = report.findings.filter((f) => f.severity === 'error' && !inputIds.has(String(f.ruleId)));
    expect(blocking.length).toBeGreaterThan(0);
    // Every blocking finding points into the change request, on a real line.
    for (const f of blocking) {
      expect(f.file).toBe('changes/CR-2026-0601-reconnection-all-sites.yaml');
      expect(f.line).toBeGreaterThan(1);
      expect(f.changeId).toBe('CR-2026-0601');
    }
  });

  it('broken repository: exit 2, and each mistake is pointed at on its exact line', async () => {
    const r = await check('broken');
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    // Each finding: its location on a line of its own, then severity and rule, then the message wrapped.
    const blocks = r.stdout.split('\n\n');
    const expectAt = (file: string, needle: string, rule: string, text: string, after = '') => {
      const { line, column } = positionIn(`broken/${file}`, needle, after);
      const head = `${repo('broken')}/${file}:${line}:${column}\n  error   ${rule}`;
      const hit = blocks.find((b) => b.startsWith(head) && b.replace(/\n {4}/g, ' ').includes(text));
      expect(hit, `${head}… ${text} in\n${r.stdout}`).toBeDefined();
    };
    // The duplicate is the second `timeZone`, under the comment that precedes it.
    expectAt('policy/policy.yaml', 'timeZone', 'yaml-syntax', 'duplicate key "timeZone": it is already defined on line 5', '# Times below are local.\n');
    expectAt('traffic/forecast.yaml', 'Europe/Pari\n', 'schema-valid', 'Did you mean `Europe/Paris`?');
    expectAt('software/catalog.yaml', 'staus', 'schema-valid', 'did you mean `status`?');
    expectAt('changes/CR-2026-0412-staged-capacity-upgrade.yaml', 'capacity_add', 'schema-valid', 'Did you mean `capacity-add`?');
    expectAt('changes/CR-2026-0601-reconnection-all-sites.yaml', 'LIL2', 'reference-integrity', 'unknown site "LIL2"; did you mean "LIL1"?');
    expectAt('inventory/call-servers.yaml', 'ECl', 'reference-integrity', 'unknown redundancy group "ECl"; did you mean "ECI"?');
    expectAt('inventory/emergency.yaml', 'lil1-cs1-tpa, switch: TR-PAR-A, psap: PFA-197', 'reference-integrity', 'belongs to call server "lil1-cs1", not "lil1-cs2"');
    expect(lines.at(-2)).toMatch(/^ERROR \d+ errors, .*Evaluated 9 files/);
  });

  it('empty folder: exit 2, nothing evaluated is never a pass', async () => {
    const r = await check('empty');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no YAML files were found');
    expect(r.stdout).toMatch(/^ERROR .*Evaluated 0 files/m);
  });

  it('a folder that does not exist: exit 2 with a message', async () => {
    const r = await inRepos(['check', repo('no-such-repo'), '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^changegate: the repository folder "test\/fixtures\/repos\/no-such-repo" does not exist: Give the folder that holds the network files/);
    expect(r.stderr).not.toContain('ENOENT');
    // A near folder name is suggested, and a file is not taken for a folder.
    const typo = await inRepos(['check', repo('pasing'), '--as-of', AS_OF]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('does not exist: did you mean "test/fixtures/repos/passing"?');
    const file = await inRepos(['report', join(repo('passing'), 'policy', 'policy.yaml'), '--as-of', AS_OF]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is a file, not a folder');
  });
});

describe('check --format json', () => {
  it('has the documented shape', async () => {
    const { report } = await json('broken');
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'verdict', 'asOf', 'counts', 'approvals', 'findings', 'waived', 'rules', 'changes', 'withheld', 'files']);
    expect(report).toMatchObject({ schemaVersion: 1, tool: 'changegate', verdict: 'error', asOf: '2026-11-27T08:00:00.000Z' });
    expect(Object.keys(report.counts as object)).toEqual([
      'files',
      'changeRequests',
      'changeRequestsConsidered',
      'steps',
      'intervals',
      'rules',
      'errors',
      'warnings',
      'notices',
      'waived',
    ]);
    expect(report.counts).toMatchObject({ files: 9, errors: report.findings.length });
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['ruleId', 'messageId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'data', 'changeId', 'stepId', 'fingerprint']);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{24}$/);
      expect(typeof f.line).toBe('number');
    }
    const capacity = report.findings.find((f) => String(f.message).includes('capacity_add'))!;
    expect(capacity).toMatchObject({
      ruleId: 'schema-valid',
      messageId: 'notAllowed',
      severity: 'error',
      file: 'changes/CR-2026-0412-staged-capacity-upgrade.yaml',
      ...positionIn('broken/changes/CR-2026-0412-staged-capacity-upgrade.yaml', 'capacity_add'),
      path: '/steps/7/action',
      data: { value: 'capacity_add', suggestion: 'capacity-add' },
      changeId: null,
      stepId: null,
    });
    expect(capacity.endColumn).toBe((capacity.column as number) + 'capacity_add'.length);
    expect(report.files).toHaveLength(9);
  });

  it('lists change requests with their revision, and what was evaluated', async () => {
    const { report } = await json('passing');
    expect(report.changes).toEqual([
      expect.objectContaining({ id: 'CR-2026-0412', state: 'done', considered: false, steps: 18, revision: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) }),
      expect.objectContaining({ id: 'CR-2026-0601', state: 'cancelled', considered: false, steps: 1 }),
    ]);
    expect(report.counts).toMatchObject({ files: 9, changeRequests: 2, changeRequestsConsidered: 0, steps: 0, rules: CHECKING_RULES.length });
    for (const r of report.rules as { id: string; evaluated: boolean }[]) expect(typeof r.evaluated).toBe('boolean');
  });

  it('is byte-identical across runs', async () => {
    const a = await check('failing', '--format', 'json');
    const b = await check('failing', '--format', 'json');
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-init-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a starter repository that passes check', async () => {
    const init = await run(['init', 'starter'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Next: changegate check starter');
    const r = await run(['check', 'starter', '--as-of', AS_OF], { cwd: dir });
    expect(r.stderr).toBe('');
    if (CHECKING_RULES.length === 0) {
      expect(r.code).toBe(2);
      return;
    }
    expect(r.stdout).toMatch(/^(PASS|WARN) /m);
    expect(r.code).toBe(0);
  });

  it("its draft example, which the comment says to judge with --include-drafts, passes that check too", async () => {
    const r = await run(['check', 'starter', '--as-of', AS_OF, '--include-drafts'], { cwd: dir });
    expect(r.stdout).toMatch(/^ {2}CR-0001 {2}(pass|warn) /m);
    expect(r.stdout).toMatch(/^(PASS|WARN) .*\(1 in the plan\)/m);
    expect(r.code).toBe(0);
  });

  it('refuses to overwrite without --force (exit 2)', async () => {
    const again = await run(['init', 'starter'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has .*use --force to overwrite/);
    expect((await run(['init', 'starter', '--force'], { cwd: dir })).code).toBe(0);
  });
});

describe('help and usage', () => {
  it('--help on every command (and subcommand) shows examples', async () => {
    const commandsIn = (help: string) =>
      [...(help.split('\nCommands:\n')[1] ?? '').split('\n\n')[0]!.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Examples:');
    const queue = commandsIn(top.stdout).map((c) => [c]);
    expect(queue.map((c) => c[0])).toEqual(expect.arrayContaining(['check', 'rules', 'explain', 'init']));
    const seen: string[] = [];
    for (let path = queue.shift(); path; path = queue.shift()) {
      const help = await run([...path, '--help']);
      expect(help.code, path.join(' ')).toBe(0);
      expect(help.stdout, `changegate ${path.join(' ')} --help`).toMatch(/Examples?:\n {2}\$ changegate /);
      seen.push(path.join(' '));
      for (const sub of commandsIn(help.stdout)) queue.push([...path, sub]);
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it('an unknown option exits 2 with a message', async () => {
    const r = await run(['check', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--colour'");
  });

  it('a malformed --as-of exits 2 with a message', async () => {
    for (const bad of ['yesterday', '2026-12-01T09:00', '2026-13-01T09:00:00Z']) {
      const r = await inRepos(['check', repo('passing'), '--as-of', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^changegate: --as-of "${bad}" `));
      expect(r.stdout).toBe('');
    }
  });

  it('an unknown format exits 2 and lists the formats', async () => {
    const r = await inRepos(['check', repo('passing'), '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'xml' is invalid\. Allowed choices are text, json/);
  });

  it('an unknown command exits 2', async () => {
    const r = await run(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'chek'");
  });
});

describe('colour', () => {
  it('is on for a terminal, off with NO_COLOR or --no-color, and off when not a terminal', async () => {
    const argv = ['check', repo('broken'), '--as-of', AS_OF];
    expect((await inRepos(argv, { isTTY: true })).stdout).toMatch(ANSI);
    expect((await inRepos(argv, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await inRepos([...argv, '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await inRepos(argv, { isTTY: false })).stdout).not.toMatch(ANSI);
  });
});

describe('rules and explain', () => {
  it('rules lists every rule with its severity and summary', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ALL_RULES.length);
    ALL_RULES.forEach((rule, i) => {
      expect(lines[i]).toMatch(new RegExp(`^${rule.id} +${rule.defaultSeverity} +${rule.category} +`));
      expect(lines[i]).toContain(rule.summary);
    });
  });

  it('rules --json gives every rule with its options schema and defaults', async () => {
    const r = await run(['rules', '--json']);
    const rules = JSON.parse(r.stdout) as { id: string; options: unknown; defaults: unknown }[];
    expect(rules.map((x) => x.id)).toEqual(ALL_RULES.map((x) => x.id));
  });

  it('explain prints the rule docs page', async () => {
    for (const id of ['schema-valid', 'yaml-syntax']) {
      const r = await run(['explain', id]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
    }
  });

  it('explain of an unknown rule exits 2 and suggests a near id', async () => {
    const r = await run(['explain', 'schema-vaild']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('changegate: unknown rule "schema-vaild"; did you mean "schema-valid"?\n');
    const far = await run(['explain', 'no-such-thing-at-all']);
    expect(far.stderr).toContain('`changegate rules` lists them');
  });
});

describe('check text output for people under pressure', () => {
  it('ranks by severity and impact: emergency routes first, paperwork last', async () => {
    const r = await check('failing');
    const rules = [...r.stdout.matchAll(/^ {2}(?:error|warning|notice) +([a-z-]+)/gm)].map((m) => m[1]);
    expect(rules[0]).toBe('emergency-route-diversity');
    const last = (id: string) => rules.lastIndexOf(id);
    expect(last('emergency-route-diversity')).toBeLessThan(rules.indexOf('surviving-capacity'));
    expect(last('surviving-capacity')).toBeLessThan(rules.indexOf('approvals'));
    expect(last('redundancy-group-concurrency')).toBeLessThan(rules.indexOf('stakeholder-notification'));
  });

  it('wraps messages to the terminal width with the location on its own line; JSON keeps the full text', async () => {
    const narrow = await check('failing', '--max-per-rule', '50');
    const wide = await inRepos(['check', repo('failing'), '--as-of', AS_OF], { env: { COLUMNS: '60' } });
    for (const [text, width] of [[narrow.stdout, 100], [wide.stdout, 60]] as const) {
      const findingLines = text.split('\n\n').slice(0, -2).join('\n').split('\n');
      // Every line fits the width, but a location or a single word longer than a line (a path, a
      // content hash), which is never cut so it can be copied whole.
      for (const line of findingLines.filter((l) => l.trim().includes(' '))) expect(line.length, line).toBeLessThanOrEqual(width);
    }
    expect(wide.stdout).toMatch(/^test\/fixtures\/repos\/failing\/changes\/CR-2026-0601-reconnection-all-sites\.yaml:\d+:\d+$/m);
    const { report } = await json('failing');
    const longest = Math.max(...report.findings.map((f) => String(f.message).length));
    expect(longest).toBeGreaterThan(300);
    // The whole message is in the text output too, across its wrapped lines.
    const first = report.findings.find((f) => String(f.message).length === longest) as { message: string };
    expect(narrow.stdout.replace(/\n {4}/g, ' ')).toContain(first.message);
  });

  it('--change and --rule show only those findings, keep the verdict and exit code, and say what they left out', async () => {
    const all = await json('failing');
    const only = await json('failing', '--rule', 'emergency-route-diversity');
    expect(only.code).toBe(all.code);
    expect(only.report.verdict).toBe('fail');
    expect(only.report.findings.length).toBeGreaterThan(0);
    expect(only.report.findings.every((f) => f.ruleId === 'emergency-route-diversity')).toBe(true);
    expect(only.stderr).toContain(`changegate: showing ${only.report.findings.length} of ${all.report.findings.length} findings (--rule emergency-route-diversity)`);
    const other = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--change', 'CR-2026-0412']);
    expect(other.code).toBe(1);
    expect(other.stdout).not.toContain('CR-2026-0601');
    expect(other.stdout).toMatch(/^ {2}CR-2026-0412 {2}pass/m);
    expect(other.stdout).toMatch(/^FAIL \d+ errors/m);
    const typo = await check('failing', '--rule', 'emergency-route-divrsity');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--rule emergency-route-divrsity: no rule "emergency-route-divrsity"; did you mean "emergency-route-diversity"?');
    const unknownChange = await run(['check', 'examples/six-sites', '--as-of', AS_OF, '--change', 'CR-2026-061']);
    expect(unknownChange.code).toBe(2);
    expect(unknownChange.stderr).toContain('did you mean "CR-2026-0601"?');
  });

  it('a change request the run could not evaluate is "not evaluated", never "pass", in text, JSON and Markdown', async () => {
    // A config error: the files are read, but no rule runs, so nothing about any change was judged.
    const dir = join(mkdtempSync(join(tmpdir(), 'changegate-not-evaluated-')), 'net');
    cpSync(join(REPOS, 'passing'), dir, { recursive: true });
    writeFileSync(join(dir, 'changegate.yaml'), 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, changes, waiverz]\n');
    const text = await run(['check', dir, '--as-of', AS_OF]);
    expect(text.code).toBe(2);
    expect(text.stdout).not.toMatch(/^ {2}CR-\S+ +pass/m);
    // The config error names the near folder and how to start from a standard layout.
    expect(text.stdout.replace(/\n {4}/g, ' ')).toContain('"waiverz" is listed in include but no file exists there: did you mean "waivers"? Fix the name, create the folder, or remove it from include (changegate init writes a starter repository');
    const report = JSON.parse((await run(['check', dir, '--as-of', AS_OF, '--format', 'json'])).stdout) as { changes: { id: string; status: string }[] };
    const changes = report.changes as { id: string; status: string }[];
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.status).not.toBe('pass');
    expect(changes.some((c) => c.status === 'not evaluated')).toBe(true);
    for (const c of changes.filter((x) => x.status === 'not evaluated')) expect(text.stdout).toMatch(new RegExp(`^ {2}${c.id} +not evaluated`, 'm'));
    const md = await run(['check', dir, '--as-of', AS_OF, '--format', 'markdown']);
    expect(md.stdout).toMatch(/Change requests not evaluated \(\d+\), so none of them passed: /);
  });
});

describe('schemas', () => {
  it('writes the schemas into the repository and maps each folder in .vscode/settings.json, keeping other settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-schemas-'));
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { 'other.json': ['x.yaml'] } }));
    const r = await run(['schemas', '.', '--out', 'tools/schemas'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote tools/schemas/change-request.schema.json');
    expect(readFileSync(join(dir, 'tools', 'schemas', 'policy.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'policy.schema.json'), 'utf8'));
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['editor.tabSize']).toBe(2);
    expect(settings['yaml.schemas']).toMatchObject({ 'other.json': ['x.yaml'], './tools/schemas/change-request.schema.json': ['changes/**/*.yaml', 'changes/**/*.yml'], './tools/schemas/changegate-config.schema.json': ['changegate.yaml'] });
    // Settings with comments are not rewritten: the command says what to add, and writes nothing.
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ // mine\n}');
    const refused = await run(['schemas', '.', '--out', 'other'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not plain JSON');
    expect(existsSync(join(dir, 'other'))).toBe(false);
    const outside = await run(['schemas', '.', '--out', '../x'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('give a folder inside the repository');
  });
});

describe('findings that depend on an unresolved reference', () => {
  it('are withheld and counted, while the reference error gives its did-you-mean and the run errors', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'changegate-withheld-')), 'net');
    cpSync(join(ROOT, 'examples', 'six-sites'), dir, { recursive: true });
    const file = join(dir, 'changes', 'CR-2026-0412-staged-capacity-upgrade.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('callServers: [par1-cs1, par1-cs2]', 'callServers: [par1-cs9, par1-cs2]'));
    const r = await run(['check', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; changeId: string | null; message: string }[]; withheld: { changeId: string; steps: string[]; findings: number; rules: string[] }[] };
    const about = report.findings.filter((f) => f.changeId === 'CR-2026-0412');
    // Only the reference error is shown about the change: nothing computed as if par1-cs9 did not exist.
    expect(about.map((f) => f.ruleId)).toEqual(['reference-integrity']);
    expect(about[0]?.message).toContain('unknown call server "par1-cs9"; did you mean "par1-cs1"?');
    expect(report.withheld).toHaveLength(1);
    expect(report.withheld[0]).toMatchObject({ changeId: 'CR-2026-0412', steps: ['step s1'] });
    expect(report.withheld[0]?.rules).toContain('drain-before-isolate');
    const textRun = await run(['check', dir, '--as-of', AS_OF]);
    expect(textRun.stdout.replace(/\n {2}/g, ' ')).toMatch(/Withheld: \d+ findings? of \d+ rules? \([a-z, -]+\) about CR-2026-0412 withheld: step s1 names an element the inventory does not have/);
    expect(textRun.stdout).toMatch(/^ {2}CR-2026-0412 +not evaluated/m);
    // The CAB page of that change says the same, and recommends rejection.
    const cab = await run(['report', dir, '--change', 'CR-2026-0412', '--as-of', AS_OF, '--format', 'md']);
    expect(cab.code).toBe(2);
    expect(cab.stdout).toContain('> **NOT EVALUATED**');
    expect(cab.stdout).toMatch(/about CR-2026-0412 withheld: step s1 names an element the inventory does not have/);
    expect(cab.stdout).toContain('Recommended by the gate: **REJECT**');
  });
});
