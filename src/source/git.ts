// Reads repository snapshots straight from git objects (a commit's tree or the index) through the real
// `git` binary, never by checking anything out: the working tree stays exactly as the user left it.
// Paths are relative to the folder changegate was pointed at, which may be a subfolder of the work tree.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { simpleGit } from 'simple-git';
import type { SimpleGit } from 'simple-git';
import type { RepoFile } from '../engine/select.ts';
import type { FolderSnapshot } from './folder.ts';

const YAML_FILE = /\.ya?ml$/i;
/** Folders the working-tree reader skips too, so every source selects the same files. */
const SKIPPED_SEGMENTS = new Set(['.git', 'node_modules']);
const MAX_SYMLINK_HOPS = 8;

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
const UNSAFE_ALLOWED = { allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true };

/** A git problem the user can act on (missing ref, not a repository, unmerged index): exit code 2. */
export class GitSourceError extends Error {
  override name = 'GitSourceError';
}

/** Where the head of a comparison comes from. */
export type TreeSource = { kind: 'commit'; commit: string } | { kind: 'index' } | { kind: 'worktree' };

export interface Rename {
  from: string;
  to: string;
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

export class GitRepo {
  private constructor(
    private readonly git: SimpleGit,
    /** Absolute path of the top of the work tree. */
    readonly topLevel: string,
    /** The snapshot folder relative to the top, '' or ending with '/'. */
    readonly prefix: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Opens the git work tree that contains `dir`; `dir` becomes the root of every snapshot. */
  static async open(dir: string, env: Record<string, string | undefined> = process.env): Promise<GitRepo> {
    const cleanEnv = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && !UNNEEDED_ENV.has(e[0].toUpperCase())),
    );
    if (!existsSync(dir)) throw new GitSourceError(`${dir} does not exist; give the folder holding the network files`);
    let topLevel: string;
    let prefix: string;
    try {
      // simple-git refuses a folder that does not exist when it is created: inside the try.
      const probe = simpleGit({ baseDir: dir, unsafe: UNSAFE_ALLOWED }).env(cleanEnv);
      // One process for both: every git process costs a few milliseconds of the pre-commit hook.
      // git prints "<top level>\n<prefix>\n"; the prefix is what follows the last line break.
      const out = (await probe.raw(['rev-parse', '--show-toplevel', '--show-prefix'])).replace(/\n$/, '');
      const split = out.lastIndexOf('\n');
      topLevel = (split < 0 ? out : out.slice(0, split)).trim();
      prefix = (split < 0 ? '' : out.slice(split + 1)).trim();
    } catch (err) {
      throw new GitSourceError(`${dir} is not inside a git work tree (${firstLine(err)}); --base, --head and --staged read git objects, so run them in a clone`);
    }
    if (topLevel === '') throw new GitSourceError(`${dir} is inside a bare repository or a .git folder; point changegate at the work tree`);
    return new GitRepo(simpleGit({ baseDir: topLevel, unsafe: UNSAFE_ALLOWED }).env(cleanEnv), topLevel, prefix, cleanEnv);
  }

  async isShallow(): Promise<boolean> {
    return (await this.git.revparse(['--is-shallow-repository'])).trim() === 'true';
  }

  /** Refs already resolved: a staged check asks for HEAD twice (does it exist, then which commit). */
  private readonly resolved = new Map<string, Promise<string | undefined>>();

  /** The commit a ref names, or undefined when this clone does not have it. */
  tryResolve(ref: string): Promise<string | undefined> {
    let commit = this.resolved.get(ref);
    if (!commit) this.resolved.set(ref, (commit = this.resolveOnce(ref)));
    return commit;
  }

  private async resolveOnce(ref: string): Promise<string | undefined> {
    // `--end-of-options` keeps a ref that starts with '-' from being read as an option.
    try {
      const out = await this.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
      return out.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The commit a ref names. A missing ref is usually a shallow clone (GitHub's checkout fetches one commit
   * by default), so the error says how to fetch it.
   */
  async resolve(ref: string, role: 'base' | 'head'): Promise<string> {
    const commit = await this.tryResolve(ref);
    if (commit) return commit;
    const shallow = await this.isShallow();
    const where = `the ${role} ref "${ref}" is not in this clone${shallow ? ' (it is a shallow clone: only the last commit(s) were fetched)' : ''}`;
    const ci = 'in GitHub Actions set `fetch-depth: 0` on actions/checkout';
    if (/[~^@:]/.test(ref)) {
      throw new GitSourceError(`${where}. Fetch more history first: ${ci}, or run \`git fetch --unshallow\` (or \`git fetch --deepen=<n>\`).`);
    }
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      throw new GitSourceError(`${where}. Fetch it first: ${ci}, or run \`git fetch origin ${ref}\`.`);
    }
    const branch = ref.replace(/^refs\/heads\//, '').replace(/^(refs\/remotes\/)?origin\//, '');
    throw new GitSourceError(
      `${where}. Fetch it first: ${ci}, or run \`git fetch origin ${branch}\`` +
        (ref === `origin/${branch}` ? '.' : ` and pass --${role} origin/${branch}.`),
    );
  }

  /** The YAML files of a commit under the snapshot folder, read from git objects. */
  async readCommit(commit: string): Promise<FolderSnapshot> {
    const treeish = this.prefix === '' ? commit : `${commit}:${this.prefix.replace(/\/$/, '')}`;
    // The folder may not exist at that commit (it is being added): an empty snapshot, not an error.
    if (this.prefix !== '' && !(await this.tryObject(treeish))) return { files: [], refused: [] };
    const out = await this.git.raw(['ls-tree', '-r', '-z', '--full-tree', treeish]);
    const entries = out
      .split('\0')
      .filter((r) => r !== '')
      .map((record) => {
        const tab = record.indexOf('\t');
        const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
        return { mode, type, object, path: record.slice(tab + 1) };
      });
    return this.materialise(entries);
  }

  /** Exactly what `git commit` would record for the snapshot folder: the index (stage 0). */
  async readIndex(): Promise<FolderSnapshot> {
    const args = ['ls-files', '-s', '-z', '--full-name'];
    if (this.prefix !== '') args.push('--', `:(top,literal)${this.prefix.replace(/\/$/, '')}`);
    const out = await this.git.raw(args);
    const entries: TreeEntry[] = [];
    const unmerged = new Set<string>();
    for (const record of out.split('\0')) {
      if (record === '') continue;
      const tab = record.indexOf('\t');
      const [mode = '', object = '', stage = '0'] = record.slice(0, tab).split(' ');
      const full = record.slice(tab + 1);
      if (stage !== '0') {
        unmerged.add(full);
        continue;
      }
      entries.push({ mode, type: mode === '160000' ? 'commit' : 'blob', object, path: full.slice(this.prefix.length) });
    }
    const conflicted = [...unmerged].filter((p) => YAML_FILE.test(p));
    if (conflicted.length > 0) {
      throw new GitSourceError(`the index has unresolved merge conflicts in ${conflicted.join(', ')}; resolve them and \`git add\` the files before checking what will be committed`);
    }
    return this.materialise(entries);
  }

  /**
   * Files renamed between a base commit and the head, as git's rename detection sees them (`-M`), with
   * paths relative to the snapshot folder. For the working tree, only tracked files are compared.
   */
  async renames(base: string, head: TreeSource): Promise<Rename[]> {
    const args = ['diff', '-z', '--name-status', '-M', '--no-ext-diff', '--no-textconv'];
    if (head.kind === 'index') args.push('--cached', base);
    else if (head.kind === 'commit') args.push(base, head.commit);
    else args.push(base);
    if (this.prefix !== '') args.push('--', `:(top,literal)${this.prefix.replace(/\/$/, '')}`);
    const fields = (await this.git.raw(args)).split('\0');
    const renames: Rename[] = [];
    for (let i = 0; i < fields.length; ) {
      const status = fields[i] ?? '';
      if (status === '') {
        i++;
        continue;
      }
      if (status.startsWith('R') || status.startsWith('C')) {
        const from = fields[i + 1] ?? '';
        const to = fields[i + 2] ?? '';
        i += 3;
        if (status.startsWith('R') && this.inside(from) && this.inside(to)) renames.push({ from: this.relative(from), to: this.relative(to) });
      } else i += 2;
    }
    return renames;
  }

  /** Where changegate keeps its cache of loaded documents: inside the git directory, never in the work tree. */
  async cacheDir(): Promise<string | undefined> {
    try {
      const path = (await this.git.raw(['rev-parse', '--git-path', 'changegate/documents'])).trim();
      return posix.isAbsolute(path) ? path : posix.join(this.topLevel, path);
    } catch {
      // Without a place for the cache, the check runs without it.
      return undefined;
    }
  }

  /** Where git will look for the pre-commit hook (honours core.hooksPath and linked work trees). */
  async hookPath(name: string): Promise<string> {
    const path = (await this.git.raw(['rev-parse', '--git-path', `hooks/${name}`])).trim();
    return posix.isAbsolute(path) ? path : posix.join(this.topLevel, path);
  }

  private async tryObject(spec: string): Promise<boolean> {
    // With --quiet a missing object gives no output and, for simple-git, no error: test the output.
    try {
      return (await this.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', spec])).trim() !== '';
    } catch {
      return false;
    }
  }

  private inside(full: string): boolean {
    return full.startsWith(this.prefix);
  }

  private relative(full: string): string {
    return full.slice(this.prefix.length);
  }

  /** Reads the blobs of the YAML entries and resolves symbolic links inside the snapshot folder. */
  private async materialise(entries: TreeEntry[]): Promise<FolderSnapshot> {
    const wanted = entries.filter((e) => e.type === 'blob' && YAML_FILE.test(e.path) && !e.path.split('/').some((s) => SKIPPED_SEGMENTS.has(s)));
    const byPath = new Map(entries.filter((e) => e.type === 'blob').map((e) => [e.path, e]));
    let blobs = await this.readBlobs([...new Set(wanted.map((e) => e.object))]);
    // A link may point at a file that is not itself a YAML file, or at another link: read those too,
    // one hop at a time.
    const links = wanted.filter((e) => e.mode === '120000');
    for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
      const missing = new Set<string>();
      for (const link of links) {
        let at: TreeEntry | undefined = link;
        while (at) {
          if (!blobs.has(at.object)) {
            missing.add(at.object);
            break;
          }
          if (at.mode !== '120000') break;
          const next = linkTarget(at, blobs);
          at = next === undefined ? undefined : byPath.get(next);
          if (at === link) break;
        }
      }
      if (missing.size === 0) break;
      blobs = new Map([...blobs, ...(await this.readBlobs([...missing]))]);
    }

    const files: RepoFile[] = [];
    const refused: FolderSnapshot['refused'] = [];
    for (const entry of wanted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      if (entry.mode !== '120000') {
        files.push({ path: entry.path, bytes: blobs.get(entry.object) ?? new Uint8Array(), blob: entry.object });
        continue;
      }
      const resolved = this.followLink(entry, byPath, blobs);
      if ('reason' in resolved) refused.push({ path: entry.path, reason: resolved.reason });
      else files.push({ path: entry.path, bytes: resolved.bytes, blob: resolved.blob });
    }
    return { files, refused };
  }

  private followLink(link: TreeEntry, byPath: Map<string, TreeEntry>, blobs: Map<string, Uint8Array>): { bytes: Uint8Array; blob: string } | { reason: string } {
    let at = link;
    for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
      const joined = linkTarget(at, blobs);
      if (joined === undefined) {
        return { reason: `it is a symbolic link to ${new TextDecoder().decode(blobs.get(at.object))}, outside the repository` };
      }
      const next = byPath.get(joined);
      if (!next) return { reason: 'it is a symbolic link whose target does not exist in this snapshot' };
      if (next.mode !== '120000') return { bytes: blobs.get(next.object) ?? new Uint8Array(), blob: next.object };
      at = next;
    }
    return { reason: `it is a chain of more than ${MAX_SYMLINK_HOPS} symbolic links` };
  }

  /** Reads many blobs with one `git cat-file --batch` process (raw bytes: the loader checks UTF-8). */
  private readBlobs(objects: string[]): Promise<Map<string, Uint8Array>> {
    if (objects.length === 0) return Promise.resolve(new Map());
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.topLevel, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      const errors: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => errors.push(c));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) {
          reject(new GitSourceError(`git cat-file failed (exit ${code}): ${Buffer.concat(errors).toString('utf8').trim()}`));
          return;
        }
        try {
          resolvePromise(parseBatch(Buffer.concat(chunks)));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      child.stdin.end(objects.join('\n') + '\n');
    });
  }
}

/** The snapshot-relative path a link points at, or undefined when it leaves the snapshot folder. */
function linkTarget(link: TreeEntry, blobs: Map<string, Uint8Array>): string | undefined {
  const target = new TextDecoder().decode(blobs.get(link.object));
  if (posix.isAbsolute(target)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(link.path), target));
  return joined === '..' || joined.startsWith('../') ? undefined : joined;
}

/** Parses `git cat-file --batch` output: "<oid> <type> <size>\n<content>\n" per object. */
function parseBatch(out: Buffer): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    const [oid = '', type = '', sizeText = ''] = header.split(' ');
    if (type === 'missing') throw new GitSourceError(`git object ${oid} is missing from the repository (a partial or damaged clone?)`);
    const size = Number(sizeText);
    if (!Number.isInteger(size)) throw new GitSourceError(`unexpected output from git cat-file: "${header}"`);
    blobs.set(oid, new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim().split('\n')[0] ?? '';
}
