// Reads a working-tree folder into a snapshot. The config file is read first; then only the network
// files it includes are read in full (after their size is checked), and every other YAML file only
// peeked at for its `kind`, so a huge file in an unrelated folder costs nothing. Symbolic links that
// stay inside the folder are followed (files and folders alike); a link that leads outside it, or to
// nothing, where network files are expected is refused, never silently dropped.
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DEFAULT_LOAD_LIMITS } from '../load/yaml.ts';
import type { LoadLimits } from '../load/yaml.ts';
import { KIND_PEEK_BYTES, configFilePath, isExcluded, isIncluded, mayHoldIncluded, readScope } from './select.ts';
import type { ReadScope, RepoFile } from './select.ts';

const YAML_FILE = /\.ya?ml$/i;

export interface FolderSnapshot {
  files: RepoFile[];
  /** Paths skipped for a reason the user must see (e.g. a symlink leaving the repository). */
  refused: { path: string; reason: string }[];
}

export interface ReadOptions {
  /** The config file as given with --config (default changegate.yaml when present). */
  configPath?: string;
  limits?: LoadLimits;
}

type Found = { type: 'file'; real: string } | { type: 'dir'; real: string } | { type: 'outside'; target: string } | { type: 'dangling' } | { type: 'other' };

export function readFolder(root: string, options: ReadOptions = {}): FolderSnapshot {
  const realRoot = realpathSync(root);
  const limits = options.limits ?? DEFAULT_LOAD_LIMITS;
  const files: RepoFile[] = [];
  const refused: FolderSnapshot['refused'] = [];
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  const follow = (full: string): Found => {
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return { type: 'dangling' };
    }
    if (!inside(real)) return { type: 'outside', target: real };
    const stats = statSync(real);
    return stats.isDirectory() ? { type: 'dir', real } : stats.isFile() ? { type: 'file', real } : { type: 'other' };
  };

  const configRel = configFilePath(options.configPath);
  let configFile: RepoFile | undefined;
  if (configRel !== undefined) {
    const found = follow(join(root, configRel));
    if (found.type === 'file') configFile = readBounded(configRel, found.real, limits.maxBytes);
    else if (found.type === 'outside') refused.push({ path: configRel, reason: `it is a symbolic link to ${found.target}, outside the repository` });
  }
  const scope: ReadScope = readScope(configFile, options.configPath, limits);
  if (configFile) files.push(configFile);

  /** Real paths of the files read in full, so a file reached through a link is not also reported unread. */
  const readReal = new Set<string>();
  const peekable: { path: string; real: string }[] = [];
  const relevant = (rel: string) => isIncluded(rel, scope) || mayHoldIncluded(rel, scope);
  const walk = (dir: string, relDir: string, realDir: string, ancestors: Set<string>) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (rel === configRel) continue;
      let found: Found;
      if (entry.isSymbolicLink()) found = follow(full);
      else if (entry.isDirectory()) found = { type: 'dir', real: join(realDir, entry.name) };
      else if (entry.isFile()) found = { type: 'file', real: join(realDir, entry.name) };
      else found = { type: 'other' };
      switch (found.type) {
        case 'dir': {
          if (entry.name === '.git') break;
          // Tool folders and links to folders are entered only where network files are expected: a link
          // elsewhere leads to a folder that is walked under its own path anyway.
          if ((entry.name === 'node_modules' || entry.isSymbolicLink()) && !relevant(rel)) break;
          if (ancestors.has(found.real)) {
            if (relevant(rel)) refused.push({ path: rel, reason: 'it is a symbolic link to a folder that contains it (a loop)' });
            break;
          }
          walk(full, rel, found.real, new Set([...ancestors, found.real]));
          break;
        }
        case 'outside':
          if (relevant(rel)) refused.push({ path: rel, reason: `it is a symbolic link to ${found.target}, outside the repository` });
          break;
        case 'dangling':
          if (relevant(rel)) refused.push({ path: rel, reason: 'it is a symbolic link whose target does not exist' });
          break;
        case 'file':
          if (!YAML_FILE.test(entry.name)) break;
          if (isIncluded(rel, scope)) {
            const file = tryRead(rel, found.real, scope.maxFileBytes ?? limits.maxBytes, false, refused);
            if (file) files.push(file);
            readReal.add(found.real);
          } else if (!isExcluded(rel, scope) && !rel.split('/').includes('node_modules')) {
            peekable.push({ path: rel, real: found.real });
          }
          break;
        case 'other':
          if (isIncluded(rel, scope)) refused.push({ path: rel, reason: 'it is not a regular file' });
          break;
      }
    }
  };
  walk(root, '', realRoot, new Set([realRoot]));
  for (const p of peekable) {
    if (readReal.has(p.real)) continue;
    const file = tryRead(p.path, p.real, KIND_PEEK_BYTES, true, refused);
    if (file) files.push(file);
  }
  return { files, refused };
}

/**
 * readBounded, with a file that cannot be read (no permission, say) refused by name: whether it is a
 * network file or one that declares a kind elsewhere, the gate cannot say what it holds.
 */
function tryRead(path: string, real: string, limit: number, peek: boolean, refused: FolderSnapshot['refused']): RepoFile | undefined {
  try {
    return readBounded(path, real, limit, peek);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    refused.push({ path, reason: `it could not be read (${code})${peek ? ' to see whether it declares a changegate kind; list it under exclude if it is not part of the network' : ''}` });
    return undefined;
  }
}

/**
 * Reads a whole file, or only its first `limit` bytes when peeking. A whole file over the limit is not
 * read at all: it comes back with its size and no bytes (the loader reports it as too large).
 */
function readBounded(path: string, real: string, limit: number, peek = false): RepoFile {
  const fd = openSync(real, 'r');
  try {
    // The size may have changed since the folder was listed: the open file's size is the one that counts.
    const size = fstatSync(fd).size;
    if (size > limit && !peek) return { path, bytes: new Uint8Array(), size };
    const wanted = Math.min(size, limit);
    const bytes = new Uint8Array(wanted);
    let at = 0;
    while (at < wanted) {
      const n = readSync(fd, bytes, at, wanted - at, at);
      if (n === 0) break;
      at += n;
    }
    const read = at < wanted ? bytes.subarray(0, at) : bytes;
    return size > read.length ? { path, bytes: read, size } : { path, bytes: read };
  } finally {
    closeSync(fd);
  }
}
