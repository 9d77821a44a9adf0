// Drives `changegate gitlab` the way a GitLab CI job does: a real git clone on disk with the network
// repository in a subfolder (network/), the merge base as one commit and the merge request's head as the
// next, GitLab CI's predefined variables, and the CLI run in-process against the fake GitLab on loopback.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import type { FakeGitLab } from './fake-gitlab.ts';
import { PROJECT_ID } from './fake-gitlab.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SIX_SITES = join(ROOT, 'examples', 'six-sites');
export const INCIDENT_CR = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
export const AS_OF = '2026-11-27T09:00:00+01:00';
export const TOKEN = 'glpat-fakeprojecttoken0123456789';
export const BOT = 'project_42_bot_5f3e2a';
export const MR_IID = 7;

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Network Engineer',
  GIT_AUTHOR_EMAIL: 'engineer@example.net',
  GIT_COMMITTER_NAME: 'Network Engineer',
  GIT_COMMITTER_EMAIL: 'engineer@example.net',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
  PATH: process.env.PATH ?? '',
};

export interface Clone {
  dir: string;
  /** The merge base: the six-site network without the incident-shaped change request. */
  baseSha: string;
  /** The merge request's head: the incident-shaped change request added. */
  headSha: string;
  git(...args: string[]): string;
  /** Commits everything and returns the new head. */
  commit(message: string): string;
  cleanup(): void;
}

export function cloneWithIncident(): Clone {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-gitlab-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  cpSync(SIX_SITES, join(dir, 'network'), { recursive: true });
  const incident = readFileSync(join(dir, 'network', INCIDENT_CR));
  rmSync(join(dir, 'network', INCIDENT_CR));
  writeFileSync(join(dir, 'README.md'), 'Voice core network repository\n');
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  const baseSha = commit('network as it is');
  writeFileSync(join(dir, 'network', INCIDENT_CR), incident);
  const headSha = commit('CR-2026-0601: reconnection of all sites');
  return { dir, baseSha, headSha, git, commit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** GitLab CI's predefined variables for a merge-request pipeline of MR !7 on the clone's head. */
export function ciEnv(fake: FakeGitLab, clone: Clone, extra: Record<string, string> = {}): Record<string, string> {
  const projectUrl = 'https://gitlab.example/noc/voice-core';
  return {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_API_V4_URL: fake.apiUrl,
    CI_PROJECT_ID: String(PROJECT_ID),
    CI_PROJECT_URL: projectUrl,
    CI_PROJECT_DIR: clone.dir,
    CI_COMMIT_SHA: clone.git('rev-parse', 'HEAD'),
    CI_PIPELINE_URL: `${projectUrl}/-/pipelines/1234`,
    CI_JOB_TOKEN: 'glcbt-64_fakejobtoken000000000',
    CI_MERGE_REQUEST_IID: String(MR_IID),
    CI_MERGE_REQUEST_PROJECT_ID: String(PROJECT_ID),
    CI_MERGE_REQUEST_PROJECT_URL: projectUrl,
    CI_MERGE_REQUEST_TITLE: 'CR-2026-0601 reconnection',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: clone.baseSha,
    CHANGEGATE_GITLAB_TOKEN: TOKEN,
    ...GIT_ENV,
    ...extra,
  };
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runGitLabJob(env: Record<string, string>, cwd: string, ...extra: string[]): Promise<Outcome> {
  return runCli(['gitlab', 'network', '--as-of', AS_OF, '--codequality', 'gl-code-quality-report.json', '--junit', 'changegate-junit.xml', ...extra], env, cwd);
}

/** The CLI in-process, as a CI job's shell would run it. */
export async function runCli(argv: string[], env: Record<string, string>, cwd: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
    cwd,
    isTTY: false,
    now: () => Date.parse(AS_OF),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** 1-based line of the first line of `file` matching `pattern`. */
export function lineOf(path: string, pattern: RegExp): number {
  const index = readFileSync(path, 'utf8').split('\n').findIndex((l) => pattern.test(l));
  if (index < 0) throw new Error(`${pattern} not found in ${path}`);
  return index + 1;
}
