// Reads the YAML files of a working-tree folder into a snapshot. Symbolic links that lead outside the
// folder are refused (reported, not followed) so a config repo cannot make the gate read other files.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RepoFile } from '../engine/select.ts';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

export interface FolderSnapshot {
  files: RepoFile[];
  /** Paths skipped for a reason the user must see (e.g. a symlink leaving the repository). */
  refused: { path: string; reason: string }[];
}

export function readFolder(root: string): FolderSnapshot {
  const realRoot = realpathSync(root);
  const files: RepoFile[] = [];
  const refused: FolderSnapshot['refused'] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
        continue;
      }
      if (!YAML_FILE.test(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          refused.push({ path: rel, reason: 'it is a symbolic link whose target does not exist' });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          refused.push({ path: rel, reason: `it is a symbolic link to ${target}, outside the repository` });
          continue;
        }
        if (!statSync(target).isFile()) continue;
      } else if (!lstatSync(full).isFile()) continue;
      files.push({ path: rel, bytes: readFileSync(full) });
    }
  };
  walk(root);
  return { files, refused };
}
