// What every git command changegate runs shares (the environment it gets), and the one git question the
// folder commands ask before anything else, answered without loading simple-git: where the document cache
// of the work tree holding a folder lives.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Variables for programs git starts (editors, pagers, ssh, external diff): changegate only runs read-only
 * plumbing commands that never start them, and simple-git refuses to run with them set. They are left out.
 */
const UNNEEDED_ENV = new Set([
  'EDITOR',
  'PAGER',
  'GIT_EDITOR',
  'GIT_SEQUENCE_EDITOR',
  'GIT_PAGER',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_EXTERNAL_DIFF',
  'GIT_PROXY_COMMAND',
  'GIT_TEMPLATE_DIR',
  'PREFIX',
]);

/**
 * Configuration locations set in the environment (GIT_CONFIG_GLOBAL, GIT_CONFIG_COUNT/KEY/VALUE, as CI
 * runners use for safe.directory) decide how git reads the repository, so they are passed on; the
 * commands and their arguments are fixed by changegate, never taken from the repository.
 */
export function gitEnvOf(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && !UNNEEDED_ENV.has(e[0].toUpperCase())));
}

/**
 * The document cache's folder under the git directory of the work tree holding `dir` (git's own answer,
 * so worktrees, GIT_DIR and submodules are followed as git follows them); undefined outside a work tree
 * or when git cannot answer, and then the caller reads without a cache.
 */
export function gitCacheDirOf(dir: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--is-inside-work-tree', '--git-path', 'changegate/documents'], { cwd: dir, env: gitEnvOf(env), windowsHide: true }, (error, stdout) => {
      const [inside, path] = error ? [] : String(stdout).split('\n');
      // git prints the path relative to the folder it ran in.
      done(inside?.trim() === 'true' && path !== undefined && path.trim() !== '' ? resolve(dir, path.trim()) : undefined);
    });
  });
}
