// Names the evaluated repository for reports read elsewhere (a CAB meeting, a printout): its name, the
// folder inside it, the commit and the pull request, never the absolute path on the machine that ran.
import { spawnSync } from 'node:child_process';
import { basename, relative, resolve, sep } from 'node:path';
import type { ReportSource } from '../cab/model.ts';
import type { CliIo } from './io.ts';
import { VERSION } from '../core/version.ts';

/** git's trimmed output in `cwd`, or undefined when git fails (not a repository, no such ref). */
export function git(cwd: string, args: string[]): string | undefined {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** The pull request from --pull-request, else from GitHub Actions' environment (refs/pull/N/merge). */
function pullRequestOf(explicit: string | undefined, env: CliIo['env']): string | undefined {
  if (explicit !== undefined && explicit.trim() !== '') return /^\d+$/.test(explicit.trim()) ? `#${explicit.trim()}` : explicit.trim();
  const match = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  if (!match) return undefined;
  return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}#${match[1]}` : `#${match[1]}`;
}

export function describeSource(repoDir: string, io: CliIo, pullRequest?: string): ReportSource {
  const folder = resolve(io.cwd, repoDir);
  const top = git(folder, ['rev-parse', '--show-toplevel']);
  const pr = pullRequestOf(pullRequest, io.env);
  if (top === undefined) return { name: basename(folder), folder: '', commit: undefined, dirty: false, pullRequest: pr, version: VERSION };
  const commit = git(folder, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const status = git(folder, ['status', '--porcelain', '--untracked-files=normal', '--', '.']);
  return {
    name: basename(top),
    folder: relative(top, folder).split(sep).join('/'),
    commit: commit === '' ? undefined : commit,
    dirty: status !== undefined && status !== '',
    pullRequest: pr,
    version: VERSION,
  };
}
