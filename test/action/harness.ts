// Drives the Action's run() the way the runner does: a workspace on disk (a copy of the six-site
// example, optionally a git clone), the runner's environment variables, a real webhook payload, and the
// fake GitHub behind a real octokit. Only the GitHub server is simulated.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.ts';
import type { ActionDeps } from '../../src/action/main.ts';
import { readFolder } from '../../src/source/folder.ts';
import type { FakeGitHub } from './fake-github.ts';

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
