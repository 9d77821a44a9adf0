// The built binary as a real process: exit codes as a shell, CI or git hook sees them.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { main } from '../../src/cli/main.ts';
import { chunksLoadedWith, chunksReachedFromEntry } from '../support/cli-chunks.ts';
import { fixtureRepo, fixtureRepoPath, fixtureWorkdir } from '../support/fixture-repos.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';
const CHECKING_RULES = ALL_RULES.filter((r) => r.category !== 'input' && typeof r.check === 'function');

function changegate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'changegate.js'), ...args], {
    cwd: fixtureWorkdir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** dist/cli.js and the chunks it loads on demand. */
function cliBundleFiles(): string[] {
  return ['cli.js', ...readdirSync(join(ROOT, 'dist')).filter((name) => /^cli-chunk-.+\.js$/.test(name))];
}

/** The text of these files of dist/, one after the other. */
function distText(files: Iterable<string>): string {
  return [...files].map((name) => readFileSync(join(ROOT, 'dist', name), 'utf8')).join('\n');
}

/** The chunk holding a module of the sources (named by esbuild's `// path` comment). */
function chunkOf(module: string): string {
  const chunk = cliBundleFiles().find((name) => distText([name]).includes(`// ${module}`));
  expect(chunk).toBeDefined();
  return chunk as string;
}

// Run where the fixture repositories are complete (see test/support/fixture-repos.ts).
const repo = fixtureRepoPath;

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

  it('dist/ holds exactly the chunks dist/cli.js reaches, and a rebuild removes a chunk no longer produced', () => {
    const reached = chunksReachedFromEntry(join(ROOT, 'dist'));
    expect(reached.size).toBeGreaterThan(1);
    expect(cliBundleFiles().slice(1).sort()).toEqual([...reached].sort());
    const stale = join(ROOT, 'dist', 'cli-chunk-STALE0000.js');
    writeFileSync(stale, 'export {};\n');
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
    expect(cliBundleFiles()).not.toContain('cli-chunk-STALE0000.js');
    expect(cliBundleFiles().slice(1).sort()).toEqual([...reached].sort());
  });

  it('a plain check compiles no git support, document cache or plugin loader, and a bare --version no argument parser', () => {
    const dist = join(ROOT, 'dist');
    const check = distText(chunksLoadedWith(dist, chunkOf('src/cli/commands/check.ts')));
    // What a check needs is there (the chunks are followed); what only --staged, --base, guard or --plugin need is not.
    for (const needed of ['// src/cli/evaluate-folder.ts', '// src/engine/evaluate.ts', '// rules/index.ts']) expect(check).toContain(needed);
    for (const apart of ['// src/source/git.ts', 'node_modules/simple-git/', '// src/source/document-cache.ts', '// src/cli/plugins.ts']) expect(check).not.toContain(apart);
    const entry = distText(chunksLoadedWith(dist, 'cli.js'));
    for (const apart of ['node_modules/commander/', '// src/cli/main.ts', 'changegate:precompiled-validators']) expect(entry).not.toContain(apart);
  });

  it('the safe-plan hint of a text check compiles no yaml package: its writer without yaml is there, yaml only behind a dynamic import', () => {
    const dist = join(ROOT, 'dist');
    const hint = distText(chunksLoadedWith(dist, chunkOf('src/cli/plan-hint.ts')));
    for (const needed of ['// src/planner/plan.ts', '// src/planner/plain-document.ts']) expect(hint).toContain(needed);
    for (const apart of ['node_modules/yaml/', '// src/planner/document.ts']) expect(hint).not.toContain(apart);
    // The fallback for files the plain writer refuses is still in the bundle, loaded on demand.
    expect(distText(chunksReachedFromEntry(dist))).toContain('// src/planner/document.ts');
  });

  it('ends once its report is written, with the verdict\'s exit code, though something else would keep node running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-keep-alive-'));
    try {
      // A timer of a minute, loaded before the CLI: a process that waited for the event loop to run dry would be killed by the timeout below.
      const keepAlive = join(dir, 'keep-alive.mjs');
      writeFileSync(keepAlive, 'setTimeout(() => {}, 60_000);\n');
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(keepAlive).href, join(ROOT, 'bin', 'changegate.js'), 'check', repo('failing'), '--as-of', AS_OF, '--format', 'json'], {
        cwd: fixtureWorkdir(),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 15_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).verdict).toBe('fail');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keys the document cache of check --staged by dist/cli.js, which pins every chunk by content hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changegate-code-identity-'));
    try {
      cpSync(fixtureRepo('passing'), dir, { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
      git('init', '-q');
      git('add', '--all');
      git('commit', '-q', '-m', 'network');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'changegate.js'), 'check', '--staged', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 20_000 });
      expect(r.stderr).toBe('');
      const entryHash = createHash('sha256').update(readFileSync(join(ROOT, 'dist', 'cli.js'))).digest('hex').slice(0, 16);
      const cacheDir = join(dir, '.git', 'changegate', 'documents');
      const entries = readdirSync(cacheDir).map((name) => readFileSync(join(cacheDir, name), 'utf8'));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(entry).toContain(`+${entryHash}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--version and --help exit 0', async () => {
    expect(changegate(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    // The bundle answers a bare --version without loading commander: exactly what commander prints.
    let printed = '';
    const io = { stdout: (text: string) => (printed += text), stderr: (text: string) => (printed += text), env: {}, cwd: ROOT, isTTY: false, now: () => 0 };
    expect(await main(['--version'], io)).toBe(0);
    for (const flag of ['--version', '-V']) expect(changegate([flag])).toEqual({ code: 0, stdout: printed, stderr: '' });
    expect(changegate(['check', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0 pass or warn, 1 fail') });
  });

  it('checks rule options set in the policy with validators generated at build time: the bundle holds no schema compiler', () => {
    for (const file of cliBundleFiles()) expect(readFileSync(join(ROOT, 'dist', file), 'utf8')).not.toContain('schema with key or id');
    const dir = mkdtempSync(join(tmpdir(), 'changegate-options-'));
    try {
      cpSync(fixtureRepo('passing'), dir, { recursive: true });
      const policyFile = join(dir, 'policy', readdirSync(join(dir, 'policy'))[0] as string);
      const policy = readFileSync(policyFile, 'utf8').replace(/^rules:.*$/m, '');
      // Every rule's default options, set explicitly: each needs its precompiled validator.
      const overrides = ALL_RULES.filter((r) => Object.keys(r.defaultOptions as object).length > 0).map(
        (r) => `  ${r.id}:\n    options: ${JSON.stringify(r.defaultOptions)}`,
      );
      writeFileSync(policyFile, `${policy}\nrules:\n${overrides.join('\n')}\n`);
      expect(changegate(['check', dir, '--as-of', AS_OF]).code).toBe(CHECKING_RULES.length > 0 ? 0 : 2);
      writeFileSync(policyFile, `${policy}\nrules:\n  surviving-capacity:\n    options: { headrom: 0.3 }\n`);
      const typo = changegate(['check', dir, '--as-of', AS_OF, '--format', 'json']);
      expect(typo.code).toBe(2);
      const finding = JSON.parse(typo.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'gate-config');
      expect(finding).toMatchObject({ messageId: 'badOption', message: expect.stringContaining('did you mean "headroom"') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
