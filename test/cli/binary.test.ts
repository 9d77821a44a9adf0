// The built binary as a real process: exit codes as a shell, CI or git hook sees them.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';
const CHECKING_RULES = ALL_RULES.filter((r) => r.category !== 'input' && typeof r.check === 'function');

function changegate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/changegate.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const repo = (name: string) => `test/fixtures/repos/${name}`;

describe('bin/changegate.js', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('exit 0 on the passing repository', () => {
    const r = changegate(['check', repo('passing'), '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(CHECKING_RULES.length > 0 ? 0 : 2);
  });

  it('exit 1 on the failing repository', () => {
    const r = changegate(['check', repo('failing'), '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(CHECKING_RULES.length > 0 ? 1 : 2);
    expect(JSON.parse(r.stdout).verdict).toBe(CHECKING_RULES.length > 0 ? 'fail' : 'error');
  });

  it('exit 2 on the broken repository and on the empty folder', () => {
    expect(changegate(['check', repo('broken'), '--as-of', AS_OF]).code).toBe(2);
    expect(changegate(['check', repo('empty'), '--as-of', AS_OF]).code).toBe(2);
  });

  it('exit 2 on bad usage, with the reason on stderr and nothing on stdout', () => {
    const asOf = changegate(['check', repo('passing'), '--as-of', '27/11/2026']);
    expect(asOf.code).toBe(2);
    expect(asOf.stdout).toBe('');
    expect(asOf.stderr).toContain('--as-of "27/11/2026" needs a time zone offset');
    const option = changegate(['check', '--frmat', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--frmat'");
  });

  it('no colour when stdout is not a terminal, even when forced off by NO_COLOR', () => {
    const r = changegate(['check', repo('broken'), '--as-of', AS_OF], { NO_COLOR: '1' });
    expect(r.stdout).not.toContain(String.fromCharCode(27));
    expect(r.stdout).toMatch(/^ERROR /m);
  });

  it('--version and --help exit 0', () => {
    expect(changegate(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect(changegate(['check', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0 pass or warn, 1 fail') });
  });
});
