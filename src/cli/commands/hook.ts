// `changegate hook install|uninstall`: writes (or removes) a git pre-commit hook that runs
// `changegate check --staged`, so an engineer gets the CI verdict before the commit exists.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { GitRepo } from '../../source/git.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { packageRoot } from '../../core/package-root.ts';

/** Marks a hook as ours: only such a hook is replaced or removed without --force. */
export const HOOK_MARKER = '# changegate-pre-commit-hook v1';

const SKIP_HINT = 'To skip the check once (not recommended): git commit --no-verify';

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook script. Git runs hooks from the top of the work tree. It prefers the changegate pinned in the
 * project (node_modules), then the one that installed the hook, then any on PATH, and refuses the commit
 * when none is found: a gate that cannot run must not let changes through silently.
 */
export function hookScript(repoDir: string, installedBin: string): string {
  return `#!/bin/sh
${HOOK_MARKER}
# Installed by \`changegate hook install\`: checks exactly what is staged for commit, with the same
# rules as CI. ${SKIP_HINT}
if [ -x ./node_modules/.bin/changegate ]; then
  set -- ./node_modules/.bin/changegate
elif [ -f ${shellQuote(installedBin)} ]; then
  set -- node ${shellQuote(installedBin)}
elif command -v changegate >/dev/null 2>&1; then
  set -- changegate
else
  echo "changegate pre-commit hook: changegate is not installed (npm install --save-dev changegate); the commit is refused. ${SKIP_HINT}" >&2
  exit 2
fi
"$@" check --staged ${shellQuote(repoDir)}
status=$?
if [ "$status" -ne 0 ]; then
  echo "" >&2
  echo "changegate: commit refused (exit $status). Fix the findings above and git add the files. ${SKIP_HINT}" >&2
fi
exit $status
`;
}

const QUOTED_WORD = "'(?:[^']|'\\\\'')*'";

/**
 * The whole text of a hook changegate wrote, whatever folder and binary it was written for: a hook that
 * merely mentions the marker (a foreign hook calling changegate, say) is not ours.
 */
const OWN_HOOK = new RegExp(
  '^' +
    hookScript('@FOLDER@', '@BIN@')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'@FOLDER@'|'@BIN@'/g, QUOTED_WORD) +
    '$',
);

export function isOwnHook(text: string): boolean {
  return OWN_HOOK.test(text);
}

/** What is at the hook's path: nothing, a file (with its text), or something that is not a file. */
function existingHook(path: string): { kind: 'none' } | { kind: 'file'; text: string } | { kind: 'other'; what: string } {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { kind: 'none' };
  }
  if (stats.isDirectory()) return { kind: 'other', what: 'a directory' };
  if (stats.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
  if (!stats.isFile()) return { kind: 'other', what: 'not a regular file' };
  return { kind: 'file', text: readFileSync(path, 'utf8') };
}

function freeBackupPath(path: string): string {
  let candidate = `${path}.changegate-backup`;
  for (let i = 1; existsSync(candidate); i++) candidate = `${path}.changegate-backup.${i}`;
  return candidate;
}

export function registerHook(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const hook = program
    .command('hook')
    .description('Install or remove the git pre-commit hook that runs `changegate check --staged`')
    .addHelpText('after', '\nExamples:\n  $ changegate hook install\n  $ changegate hook install network/ --force\n  $ changegate hook uninstall');
  hook
    .command('install')
    .description('Write .git/hooks/pre-commit (or the core.hooksPath folder) to check what is staged before every commit')
    .argument('[repo-dir]', 'the folder holding the network files (may be a subfolder of the git work tree)', '.')
    .option('--force', 'replace a pre-commit hook that changegate did not write (it is kept as a .changegate-backup file)')
    .addHelpText('after', `\nExamples:\n  $ changegate hook install\n  $ changegate hook install network/ --force\n\nSkip the hook once with \`git commit --no-verify\`. With the pre-commit framework, use .pre-commit-hooks.yaml instead (docs/git.md).`)
    .action(async (repoDir: string, options: { force?: boolean }) => {
      setExit(await installHook(repoDir, options.force === true, io));
    });
  hook
    .command('uninstall')
    .description('Remove the pre-commit hook that changegate installed (a foreign hook is left alone)')
    .argument('[repo-dir]', 'a folder inside the git work tree', '.')
    .addHelpText('after', '\nExample:\n  $ changegate hook uninstall')
    .action(async (repoDir: string) => {
      setExit(await uninstallHook(repoDir, io));
    });
}

async function hookLocation(repoDir: string, io: CliIo): Promise<{ repo: GitRepo; path: string } | undefined> {
  // Loaded on demand: other commands should not pay for git support at start-up.
  const { GitRepo, GitSourceError } = await import('../../source/git.ts');
  try {
    const repo = await GitRepo.open(resolve(io.cwd, repoDir), io.env);
    return { repo, path: await repo.hookPath('pre-commit') };
  } catch (err) {
    io.stderr(`changegate: ${err instanceof GitSourceError ? err.message : String(err)}\n`);
    return undefined;
  }
}

export async function installHook(repoDir: string, force: boolean, io: CliIo): Promise<number> {
  const located = await hookLocation(repoDir, io);
  if (!located) return ExitCode.Error;
  const { repo, path } = located;
  const shown = relative(io.cwd, path) || path;
  const folder = repo.prefix === '' ? '.' : repo.prefix.replace(/\/$/, '');
  const script = hookScript(folder, join(packageRoot(), 'bin', 'changegate.js'));
  const existing = existingHook(path);
  if (existing.kind === 'other') {
    io.stderr(`changegate: ${shown} is ${existing.what}, not a hook script; it was left unchanged. Move it away and run \`changegate hook install\` again.\n`);
    return ExitCode.Error;
  }
  if (existing.kind === 'file' && !isOwnHook(existing.text) && !force) {
    io.stderr(
      `changegate: ${shown} already exists and was not written by changegate; it was left unchanged.\n` +
        `  Run \`changegate hook install --force\` to replace it (the old hook is kept as a .changegate-backup file),\n` +
        `  or call \`changegate check --staged\` from it yourself (with the pre-commit framework, see .pre-commit-hooks.yaml).\n`,
    );
    return ExitCode.Error;
  }
  let backup: string | undefined;
  try {
    // Whatever it replaces is kept, our own earlier hook included; an identical hook is left as it is.
    if (existing.kind === 'file' && existing.text !== script) {
      backup = freeBackupPath(path);
      renameSync(path, backup);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, script);
    chmodSync(path, 0o755);
  } catch (err) {
    io.stderr(`changegate: cannot write the hook at ${shown}: ${(err as Error).message}${backup ? `; the previous hook is at ${relative(io.cwd, backup) || backup}` : ''}\n`);
    return ExitCode.Error;
  }
  io.stdout(
    `Installed the changegate pre-commit hook at ${shown}.\n` +
      (backup ? `The previous hook was moved to ${relative(io.cwd, backup) || backup}.\n` : '') +
      `Every commit now runs \`changegate check --staged ${folder}\` on exactly what is staged; a blocking finding refuses the commit.\n` +
      `${SKIP_HINT}\n`,
  );
  return ExitCode.Pass;
}

export async function uninstallHook(repoDir: string, io: CliIo): Promise<number> {
  const located = await hookLocation(repoDir, io);
  if (!located) return ExitCode.Error;
  const shown = relative(io.cwd, located.path) || located.path;
  const existing = existingHook(located.path);
  if (existing.kind === 'none') {
    io.stdout(`No pre-commit hook at ${shown}; nothing to remove.\n`);
    return ExitCode.Pass;
  }
  if (existing.kind === 'other' || !isOwnHook(existing.text)) {
    io.stderr(`changegate: ${shown} was not written by changegate${existing.kind === 'other' ? ` (it is ${existing.what})` : ''}; it was left unchanged.\n`);
    return ExitCode.Error;
  }
  try {
    unlinkSync(located.path);
  } catch (err) {
    io.stderr(`changegate: cannot remove the hook at ${shown}: ${(err as Error).message}\n`);
    return ExitCode.Error;
  }
  io.stdout(`Removed the changegate pre-commit hook at ${shown}.\n`);
  return ExitCode.Pass;
}
