// Real git repositories in temporary folders for the git-aware tests: real `git`, no mocks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { SIX_SITES, writeNetwork } from '../support/builders.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The canonical six-site test network (test/support/builders.ts). */
export const BASE_NETWORK = SIX_SITES;
export const AS_OF = '2026-11-27T09:00:00+01:00';

/** The environment git runs with: the caller's, minus anything that would point git at another repository. */
export function gitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('GIT_')) continue;
    env[k] = v;
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
}

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  remove: (path: string) => void;
  commit: (message: string) => string;
  cleanup: () => void;
}

const created: string[] = [];

export function tempDir(prefix = 'changegate-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function cleanupAll(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Opens an existing work tree (e.g. a clone) with the same helpers. */
export function openRepo(dir: string): TempRepo {
  const env = gitEnv();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    dir,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: (path) => rmSync(join(dir, path)),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new repository on branch main with local identity and no signing. */
export function initRepo(dir = tempDir()): TempRepo {
  const repo = openRepo(dir);
  repo.git('init', '-q', '-b', 'main');
  repo.git('config', 'user.name', 'Change Engineer');
  repo.git('config', 'user.email', 'engineer@example.org');
  repo.git('config', 'commit.gpgsign', 'false');
  return repo;
}

/** Writes the six-site test network into `sub` of the repository. */
export function copyBaseNetwork(repo: TempRepo, sub = ''): void {
  writeNetwork(join(repo.dir, sub));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process through main(), as a user would in `cwd`. */
export async function cli(args: string[], cwd: string, now = Date.parse(AS_OF)): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: gitEnv(),
    cwd,
    isTTY: false,
    now: () => now,
  });
  return { code, stdout, stderr };
}

export interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  path: string;
  data: Record<string, unknown>;
  changeId: string | null;
  label?: string;
  worsened?: string;
  previous?: { data: Record<string, unknown>; file: string; line: number };
}

export interface JsonReport {
  verdict: string;
  findings: JsonFinding[];
  waived: JsonFinding[];
  comparison?: {
    base: { ref: string | null; commit: string | null; verdict: string };
    head: { source: string; ref: string | null };
    onlyNew: boolean;
    counts: { new: number; worsened: number; existing: number; fixed: number; hidden: number };
    renames: { from: string; to: string }[];
    fixed: (JsonFinding & { label: 'fixed' })[];
    changes: {
      changeRequests: { status: string; path: string; previousPath?: string; changeId?: string; contentChanged: boolean }[];
      inventory: { status: string; path: string }[];
      policy: { status: string; path: string }[];
      waivers: { status: string; path: string }[];
      indirect: { changeId: string; verdict: { base: string; head: string }; newFindings: number; fixedFindings: number; after: string[] }[];
    };
  };
}

export async function checkJson(args: string[], cwd: string, now?: number): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await cli(['check', ...args, '--format', 'json', '--as-of', AS_OF], cwd, now);
  if (result.stdout === '') throw new Error(`no JSON output (exit ${result.code}): ${result.stderr}`);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}
