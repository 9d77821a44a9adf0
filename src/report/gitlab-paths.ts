// GitLab wants report paths relative to the project root (the top of the clone, CI_PROJECT_DIR), while
// changegate's findings are relative to the folder it evaluated, which may be a subfolder of it.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The evaluated folder relative to the top of the git work tree holding it ('' when it is the top), or
 * '' when no work tree holds it (paths are then relative to the folder itself).
 */
export function projectPrefix(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (existsSync(join(dir, '.git'))) return relative(dir, root).split(sep).join('/');
    if (dirname(dir) === dir) return '';
  }
}
