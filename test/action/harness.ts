// Drives the Action's run() the way the runner does: a workspace on disk (a copy of the six-site
// example, optionally a git clone), the runner's environment variables, a real webhook payload, and the
// fake GitHub behind a real octokit. Only the GitHub server is simulated.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.ts';
import type { ActionDeps } from '../../src/action/main.ts';
import { readFolder } from '../../src/source/folder.ts';
import { afterEach, beforeEach, expect } from 'vitest';
import { FakeGitHub } from './fake-github.ts';
import { OTHER_CR } from '../fixtures/other-team-cr.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SIX_SITES = join(ROOT, 'examples', 'six-sites');
export const INCIDENT_CR = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
/** The as-of instant of the examples: before every planned step. */
export const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
export const TOKEN = 'ghs_faketoken0123456789';

export type Payload = Record<string, unknown> & { pull_request: Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown>; number: number } };

export function payload(name: 'opened' | 'synchronize'): Payload {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'github', `pull_request.${name}.json`), 'utf8')) as Payload;
}

/** A payload from a fork: the same pull request whose head lives in another account's repository. */
export function forkPayload(): Payload {
  const p = payload('opened');
  const headRepo = p.pull_request.head.repo as Record<string, unknown>;
  p.pull_request.head.repo = { ...headRepo, id: 999_001, name: 'Hello-World', full_name: 'mallory/Hello-World', owner: { login: 'mallory', id: 999_002, type: 'User' }, fork: true };
  p.pull_request.head.label = 'mallory:changes';
  return p;
}

export interface Workspace {
  dir: string;
  cleanup(): void;
}

/** A workspace holding a copy of examples/six-sites (with the incident-shaped change request). */
export function sixSitesWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-action-'));
  cpSync(SIX_SITES, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunOutcome {
  exitCode: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface RunOptions {
  event?: unknown;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  fs?: Partial<ActionDeps['fs']>;
}

export async function runAction(fake: FakeGitHub, workspace: Workspace, options: RunOptions = {}): Promise<RunOutcome> {
  const runner = join(workspace.dir, '.runner');
  mkdirSync(runner, { recursive: true });
  const summaryFile = join(runner, 'step-summary.md');
  const outputFile = join(runner, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const inputs: Record<string, string> = { token: TOKEN, sarif: 'results/changegate.sarif', 'fail-on': 'error', comment: 'sticky', 'other-pulls': 'report', ...options.inputs };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.baseUrl,
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  let stdout = '';
  const exitCode = await run({
    env,
    event: options.event ?? payload('opened'),
    github: fake.client((line) => {
      stdout += `${line}\n`;
    }),
    fs: {
      readFolder,
      writeFile: (path, text) => writeFileSync(path, text),
      appendFile: (path, text) => appendFileSync(path, text),
      mkdir: (path) => mkdirSync(path, { recursive: true }),
      ...options.fs,
    },
    stdout: (text) => {
      stdout += text;
    },
    now: () => AS_OF,
    cwd: workspace.dir,
  });
  return { exitCode, stdout, summary: readFileSync(summaryFile, 'utf8'), outputs: parseOutputs(readFileSync(outputFile, 'utf8')) };
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks back. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z0-9_-]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const end = lines.indexOf(m[2] ?? '', i + 1);
    outputs[m[1] ?? ''] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** 1-based line of the first line of `file` (in the workspace) matching `pattern`. */
export function lineOf(workspace: Workspace, file: string, pattern: RegExp): number {
  const index = readFileSync(join(workspace.dir, file), 'utf8').split('\n').findIndex((l) => pattern.test(l));
  if (index < 0) throw new Error(`${pattern} not found in ${file}`);
  return index + 1;
}

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };

export function git(workspace: Workspace, ...args: string[]): string {
  return execFileSync('git', args, { cwd: workspace.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
}

export interface MovedBase {
  /** The pull request's head commit, its base (the branch point) and the base branch now. */
  head: string;
  branchPoint: string;
  base: string;
  /** GitHub's test merge of head into base: what the workspace has checked out (detached). */
  merge: string;
}

/**
 * Turns the workspace into a clone checked out on a pull request's test merge, as actions/checkout does
 * on `pull_request` with fetch-depth 0: the pull request edits the incident CR's title, and since the
 * branch point the base branch either added three comment lines above every finding of that file
 * ('added') or removed its five-line comment block ('removed').
 */
export function movedBase(workspace: Workspace, change: 'added' | 'removed'): MovedBase {
  const file = join(workspace.dir, INCIDENT_CR);
  git(workspace, 'init', '-q', '-b', 'master');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'network');
  const branchPoint = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-qb', 'pr');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Routine reconnection', 'title: Routine (really) reconnection'));
  git(workspace, 'commit', '-qam', 'the pull request');
  const head = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-q', 'master');
  const lines = readFileSync(file, 'utf8').split('\n');
  if (change === 'added') lines.splice(6, 0, '# Reviewed by the NOC on 2026-11-20.', '# Ticket: NOC-4411.', '#');
  else lines.splice(1, 5);
  writeFileSync(file, lines.join('\n'));
  git(workspace, 'commit', '-qam', `the base branch ${change} lines`);
  const base = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-q', '--detach');
  git(workspace, 'merge', '-q', '--no-edit', '-m', 'test merge', head);
  return { head, branchPoint, base, merge: git(workspace, 'rev-parse', 'HEAD') };
}

/** A pull_request payload for a moved-base clone. */
export function movedBasePayload(moved: MovedBase): Payload {
  const event = payload('opened');
  event.pull_request.head.sha = moved.head;
  event.pull_request.base.sha = moved.base;
  return event;
}

/**
 * Copies of the incident CR under ids CR-2026-0702.. (each about 24 findings), with the collision rule
 * off (every copy would collide with every other) and three rules lowered to warning, so evaluation
 * order interleaves warnings (17 a copy) with blocking errors (7 a copy).
 */
export function manyCopies(workspace: Workspace, from: number, to: number): void {
  const text = readFileSync(join(workspace.dir, INCIDENT_CR), 'utf8');
  for (let n = from; n <= to; n++) {
    const id = `CR-2026-${String(700 + n).padStart(4, '0')}`;
    writeFileSync(join(workspace.dir, 'changes', `${id}-copy.yaml`), text.replace('id: CR-2026-0601', `id: ${id}`));
  }
  const policy = join(workspace.dir, 'policy', 'policy.yaml');
  writeFileSync(
    policy,
    readFileSync(policy, 'utf8').replace(
      'rules: {}',
      ['rules:', '  change-collision: { severity: "off" }', ...['emergency-route-diversity', 'stakeholder-notification', 'maintenance-window'].map((r) => `  ${r}: { severity: warning }`)].join('\n'),
    ),
  );
}

/** A merge queue's merge_group event (checks_requested) for a group commit and its base. */
export function mergeGroupPayload(headSha: string, baseSha: string): Record<string, unknown> {
  const event = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'github', 'merge_group.checks_requested.json'), 'utf8')) as { merge_group: Record<string, unknown> };
  event.merge_group.head_sha = headSha;
  event.merge_group.base_sha = baseSha;
  event.merge_group.base_ref = 'refs/heads/master';
  return event;
}

export interface FakeAndWorkspace {
  fake: FakeGitHub;
  ws: Workspace;
}

/**
 * A fresh fake GitHub and six-site workspace for each test of the calling file; after each test the
 * workspace is removed and no request may have been one GitHub would refuse.
 */
export function perTest(): FakeAndWorkspace {
  const state = {} as FakeAndWorkspace;
  beforeEach(() => {
    state.fake = new FakeGitHub();
    state.ws = sixSitesWorkspace();
  });
  afterEach(() => {
    state.ws.cleanup();
    expect(state.fake.violations).toEqual([]);
  });
  return state;
}

export { OTHER_CR };

/** Open pull requests: this one (changing `ownFiles`), #7 with OTHER_CR on the same base, #8 on another base. */
export function setUpPulls(fake: FakeGitHub, ownFiles: Record<string, string | null>): void {
  const opened = payload('opened');
  fake.pulls.push(
    { number: opened.pull_request.number, title: 'this one', headSha: opened.pull_request.head.sha as string, base: 'master', updatedAt: '2026-11-20T10:00:00Z', files: ownFiles },
    { number: 7, title: 'Restart PAR1 @ops-team', headSha: 'b'.repeat(40), base: 'master', updatedAt: '2026-11-21T10:00:00Z', files: { 'changes/CR-2026-0650-restart-par1.yaml': OTHER_CR, 'README.md': 'docs' } },
    { number: 8, title: 'Unrelated, other base', headSha: 'c'.repeat(40), base: 'release', updatedAt: '2026-11-22T10:00:00Z', files: { 'changes/CR-2026-0650-restart-par1.yaml': OTHER_CR } },
  );
}
