// Situations that once ended in a stack trace (or the wrong exit code) now end in one located line on
// stderr and exit 2; and `hook install` only replaces what it can prove it wrote, keeping a backup.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hookScript, isOwnHook } from '../../src/cli/commands/hook.ts';
import { cleanupAll, cli, initRepo, ROOT } from '../git/helpers.ts';
import { fixtureRepo } from '../support/fixture-repos.ts';

const AS_OF = '2026-11-27T09:00:00+01:00';
const PASSING = fixtureRepo('passing');
/** A stack trace line as Node prints it. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

afterAll(cleanupAll);

describe('hook install', () => {
  it('a pre-commit hook that is a directory: a located error, no stack trace, nothing moved', async () => {
    const repo = initRepo();
    mkdirSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), { recursive: true });
    for (const args of [['hook', 'install'], ['hook', 'install', '--force'], ['hook', 'uninstall']]) {
      const result = await cli(args, repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^changegate: \.git\/hooks\/pre-commit (is a directory, not a hook script|was not written by changegate \(it is a directory\)); it was left unchanged/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    expect(readdirSync(join(repo.dir, '.git', 'hooks')).filter((f) => f.includes('changegate-backup'))).toEqual([]);
  });

  it('a foreign hook that mentions changegate\'s marker is not taken for changegate\'s own', async () => {
    const repo = initRepo();
    const path = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const foreign = `#!/bin/sh\n${hookScript('.', '/opt/changegate/bin/changegate.js').split('\n')[1]} (copied from the docs)\nexec make lint\n`;
    writeFileSync(path, foreign, { mode: 0o755 });
    expect(isOwnHook(foreign)).toBe(false);
    const refused = await cli(['hook', 'install'], repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists and was not written by changegate');
    expect((await cli(['hook', 'uninstall'], repo.dir)).code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(foreign);

    const forced = await cli(['hook', 'install', '--force'], repo.dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(`${path}.changegate-backup`, 'utf8')).toBe(foreign);
  });

  it('replacing its own earlier hook keeps a backup too; an identical hook is left as it is', async () => {
    const repo = initRepo();
    repo.write('net/README.md', 'network\n');
    const path = join(repo.dir, '.git', 'hooks', 'pre-commit');
    expect((await cli(['hook', 'install'], repo.dir)).code).toBe(0);
    const first = readFileSync(path, 'utf8');
    expect(isOwnHook(first)).toBe(true);
    // Written for a folder with a quote in its name, the signature still matches.
    expect(isOwnHook(hookScript("it's/here", "/o'dd/bin/changegate.js"))).toBe(true);
    expect(isOwnHook(first.replace('exit $status', 'exit 0'))).toBe(false);

    const again = await cli(['hook', 'install'], repo.dir);
    expect(again.stdout).not.toContain('previous hook');
    expect(existsSync(`${path}.changegate-backup`)).toBe(false);

    const moved = await cli(['hook', 'install', 'net'], repo.dir);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('The previous hook was moved to .git/hooks/pre-commit.changegate-backup.');
    expect(readFileSync(`${path}.changegate-backup`, 'utf8')).toBe(first);
    expect(readFileSync(path, 'utf8')).toContain(`check --staged 'net'`);
  });
});

describe('output that cannot be written', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);

  it('-o into a missing folder: exit 2 and one line saying so, text and JSON alike', async () => {
    for (const args of [
      ['check', PASSING, '--as-of', AS_OF, '-o', 'missing/report.txt'],
      ['check', PASSING, '--as-of', AS_OF, '--format', 'json', '--output', 'missing/report.json'],
    ]) {
      const result = await cli(args, ROOT);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('changegate: cannot write the report to missing/report.' + (args.includes('json') ? 'json' : 'txt') + ': the folder missing does not exist; create it first. Nothing was written; the verdict is not reported.\n');
    }
    const report = await cli(['report', PASSING, '--as-of', AS_OF, '--out', 'package.json/cab.md'], ROOT);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe('changegate: cannot write the report to package.json/cab.md: package.json is not a folder. Nothing was written; the verdict is not reported.\n');
  });

  it('a full standard output (ENOSPC, /dev/full) on a passing repository: exit 2 with a message, not 1 with a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const format of ['text', 'json']) {
        const result = spawnSync(process.execPath, ['bin/changegate.js', 'check', PASSING, '--as-of', AS_OF, '--format', format], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('changegate: cannot write to standard output (ENOSPC); the report is incomplete and the verdict is not reported. Write it to a file with -o.\n');
      }
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe early keeps the verdict\'s exit code (a failing repository stays 1)', () => {
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', `node bin/changegate.js check ${fixtureRepo('failing')} --as-of ${AS_OF} --format json | head -c 1 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe('');
  });
});
