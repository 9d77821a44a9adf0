// The CLI end to end, in-process: main() driven with a CliIo that captures output, on the fixture
// repositories of test/fixtures/repos (passing, failing, broken, empty) and on what `init` writes.
// test/cli/binary.test.ts runs the built binary as a real process for the exit codes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const REPOS = join(ROOT, 'test', 'fixtures', 'repos');
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

const repo = (name: string) => join('test', 'fixtures', 'repos', name);
const check = (name: string, ...extra: string[]) => run(['check', repo(name), '--as-of', AS_OF, ...extra]);
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
    const expectAt = (file: string, needle: string, rule: string, text: string, after = '') => {
      const { line, column } = positionIn(`broken/${file}`, needle, after);
      const prefix = `  ${repo('broken')}/${file}:${line}:${column} error   ${rule} `;
      const hit = lines.find((l) => l.startsWith(prefix));
      expect(hit, `${prefix}… in\n${r.stdout}`).toBeDefined();
      expect(hit).toContain(text);
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
    const r = await run(['check', repo('no-such-repo'), '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^changegate: cannot read test\/fixtures\/repos\/no-such-repo: /);
  });
});

describe('check --format json', () => {
  it('has the documented shape', async () => {
    const { report } = await json('broken');
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'verdict', 'asOf', 'counts', 'approvals', 'findings', 'waived', 'rules', 'changes', 'files']);
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
      const r = await run(['check', repo('passing'), '--as-of', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^changegate: --as-of "${bad}" `));
      expect(r.stdout).toBe('');
    }
  });

  it('an unknown format exits 2 and lists the formats', async () => {
    const r = await run(['check', repo('passing'), '--format', 'xml']);
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
    expect((await run(argv, { isTTY: true })).stdout).toMatch(ANSI);
    expect((await run(argv, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run([...argv, '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await run(argv, { isTTY: false })).stdout).not.toMatch(ANSI);
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
