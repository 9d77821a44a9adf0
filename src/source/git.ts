// Reads repository snapshots straight from git objects (a commit's tree or the index) through the real
// `git` binary, never by checking anything out: the working tree stays exactly as the user left it.
// Paths are relative to the folder changegate was pointed at, which may be a subfolder of the work tree.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { simpleGit } from 'simple-git';
import type { SimpleGit } from 'simple-git';
import { KIND_PEEK_BYTES, configFilePath, isExcluded, isIncluded, mayHoldIncluded, readScope } from './select.ts';
import type { RepoFile } from './select.ts';
import { DEFAULT_LOAD_LIMITS } from '../load/yaml.ts';
import { oneLine, shellWord } from '../core/sanitize.ts';
import type { FolderSnapshot, ReadOptions } from './folder.ts';
import { gitCacheDirOf, gitEnvOf } from './git-env.ts';

const YAML_FILE = /\.ya?ml$/i;
const MAX_SYMLINK_HOPS = 8;

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
  /** Blob size in bytes, when git gave it. */
  size?: number;
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
    const cleanEnv = gitEnvOf(env);
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
    const where = `the ${role} ref "${oneLine(ref)}" is not in this clone${shallow ? ' (it is a shallow clone: only the last commit(s) were fetched)' : ''}`;
    const ci = 'in GitHub Actions set `fetch-depth: 0` on actions/checkout';
    if (/[~^@:]/.test(ref)) {
      throw new GitSourceError(`${where}. Fetch more history first: ${ci}, or run \`git fetch --unshallow\` (or \`git fetch --deepen=<n>\`).`);
    }
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      throw new GitSourceError(`${where}. Fetch it first: ${ci}, or run \`git fetch origin ${ref}\`.`);
    }
    // The ref is echoed into commands a tired operator may paste: each is one quoted shell word.
    const branch = ref.replace(/^refs\/heads\//, '').replace(/^(refs\/remotes\/)?origin\//, '');
    throw new GitSourceError(
      `${where}. Fetch it first: ${ci}, or run \`git fetch origin ${shellWord(branch)}\`` +
        (ref === `origin/${branch}` ? '.' : ` and pass --${role} ${shellWord(`origin/${branch}`)}.`),
    );
  }

  /** Where the document cache lives (under .git, never committed), or undefined when git cannot say. */
  cacheDir(): Promise<string | undefined> {
    return gitCacheDirOf(this.topLevel, this.env);
  }

  /**
   * `git diff --unified=0` from a commit to the working tree, limited to the snapshot folder, with paths
   * relative to it: the hunks src/git/line-map.ts maps lines through.
   */
  async diffToWorktree(commit: string): Promise<string> {
    const args = ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/'];
    if (this.prefix !== '') args.push(`--relative=${this.prefix}`);
    return this.git.raw([...args, commit, '--']);
  }

  /** The network files of a commit under the snapshot folder (and peeks at other YAML files), from git objects. */
  async readCommit(commit: string, options: ReadOptions = {}): Promise<FolderSnapshot> {
    const treeish = this.prefix === '' ? commit : `${commit}:${this.prefix.replace(/\/$/, '')}`;
    // The folder may not exist at that commit (it is being added): an empty snapshot, not an error.
    if (this.prefix !== '' && !(await this.tryObject(treeish))) return { files: [], refused: [] };
    // -l gives each blob's size, so nothing over the size limit is ever read.
    const out = await this.git.raw(['ls-tree', '-r', '-z', '-l', '--full-tree', treeish]);
    const entries = out
      .split('\0')
      .filter((r) => r !== '')
      .map((record): TreeEntry => {
        const tab = record.indexOf('\t');
        const [mode = '', type = '', object = '', size = '-'] = record.slice(0, tab).split(' ').filter((f) => f !== '');
        return { mode, type, object, path: record.slice(tab + 1), ...(size !== '-' ? { size: Number(size) } : {}) };
      });
    return this.materialise(entries, options);
  }

  /** Exactly what `git commit` would record for the snapshot folder: the index (stage 0). */
  async readIndex(options: ReadOptions = {}): Promise<FolderSnapshot> {
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
    // The index does not record sizes: ask git for them before reading anything.
    const sizes = await this.blobSizes(entries.filter((e) => e.type === 'blob' && (YAML_FILE.test(e.path) || e.mode === '120000')).map((e) => e.object));
    for (const entry of entries) {
      const size = sizes.get(entry.object);
      if (size !== undefined) entry.size = size;
    }
    return this.materialise(entries, options);
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

  /**
   * Resolves symbolic links (to files and to folders) inside the snapshot folder exactly as the working
   * tree does, reads the config file, then the network files it includes (sizes checked first) and only
   * the first bytes of every other YAML file (for its kind).
   */
  private async materialise(entries: TreeEntry[], options: ReadOptions): Promise<FolderSnapshot> {
    const limits = options.limits ?? DEFAULT_LOAD_LIMITS;
    // One git process reads, before the scope is known, what is small enough to read whatever the
    // scope says: the links, the config file and every YAML blob no larger than a kind peek. Network
    // files are small, so this is usually all; larger included blobs are read next, and larger
    // others only peeked at.
    const configRel = configFilePath(options.configPath);
    const early = entries.filter(
      (e) =>
        e.type === 'blob' &&
        (e.mode === '120000' || (e.path === configRel && (e.size ?? 0) <= limits.maxBytes) || (YAML_FILE.test(e.path) && (e.size ?? Number.POSITIVE_INFINITY) <= KIND_PEEK_BYTES)),
    );
    const blobs = await this.readBlobs([...new Set(early.map((e) => e.object))]);
    const tree = new SnapshotTree(entries, blobs);
    const refused: FolderSnapshot['refused'] = [];
    const bytesOf = async (entry: TreeEntry) => blobs.get(entry.object) ?? (await this.readBlobs([entry.object])).get(entry.object) ?? new Uint8Array();

    let configFile: RepoFile | undefined;
    if (configRel !== undefined) {
      const found = tree.resolve(configRel);
      if ('entry' in found && found.entry.type === 'blob') {
        const size = found.entry.size ?? 0;
        configFile = size > limits.maxBytes ? { path: configRel, bytes: new Uint8Array(), size } : { path: configRel, bytes: await bytesOf(found.entry) };
      } else if ('reason' in found && tree.isLink(configRel)) refused.push({ path: configRel, reason: found.reason });
    }
    const scope = readScope(configFile, options.configPath, limits);
    const maxBytes = scope.maxFileBytes ?? limits.maxBytes;
    const relevant = (path: string) => isIncluded(path, scope) || mayHoldIncluded(path, scope);
    const visible = tree.list(relevant, refused);

    const whole: { path: string; entry: TreeEntry }[] = [];
    const tooLarge: RepoFile[] = [];
    const readReal = new Set<string>();
    for (const v of visible) {
      if (v.path === configRel || v.entry.type !== 'blob' || !YAML_FILE.test(v.path) || !isIncluded(v.path, scope)) continue;
      if ((v.entry.size ?? 0) > maxBytes) tooLarge.push({ path: v.path, bytes: new Uint8Array(), size: v.entry.size ?? 0 });
      else whole.push(v);
      readReal.add(v.entry.path);
    }
    const peeks = visible.filter(
      (v) =>
        v.path !== configRel &&
        v.entry.type === 'blob' &&
        YAML_FILE.test(v.path) &&
        !isIncluded(v.path, scope) &&
        !isExcluded(v.path, scope) &&
        !v.path.split('/').includes('node_modules') &&
        !readReal.has(v.entry.path),
    );
    const small = peeks.filter((v) => (v.entry.size ?? 0) <= KIND_PEEK_BYTES);
    const missing = [...whole, ...small].map((v) => v.entry.object).filter((o) => !blobs.has(o));
    for (const [object, bytes] of await this.readBlobs([...new Set(missing)])) blobs.set(object, bytes);
    const files: RepoFile[] = configFile ? [configFile] : [];
    for (const v of whole) files.push({ path: v.path, bytes: blobs.get(v.entry.object) ?? new Uint8Array(), blob: v.entry.object });
    files.push(...tooLarge);
    for (const v of peeks) {
      const bytes = blobs.get(v.entry.object) ?? (await this.readBlobHead(v.entry.object, KIND_PEEK_BYTES));
      files.push((v.entry.size ?? 0) > bytes.length ? { path: v.path, bytes, size: v.entry.size ?? 0 } : { path: v.path, bytes });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, refused };
  }

  /** Sizes of blobs with one `git cat-file --batch-check` process. */
  private async blobSizes(objects: string[]): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    if (objects.length === 0) return sizes;
    const out = await this.runGit(['cat-file', '--batch-check'], [...new Set(objects)].join('\n') + '\n');
    for (const line of out.toString('utf8').split('\n')) {
      const [oid = '', type = '', size = ''] = line.split(' ');
      if (type === 'missing') throw new GitSourceError(`git object ${oid} is missing from the repository (a partial or damaged clone?)`);
      if (oid !== '') sizes.set(oid, Number(size));
    }
    return sizes;
  }

  /** The first bytes of a blob, without reading the rest (for the kind of a large file nobody includes). */
  private readBlobHead(object: string, limit: number): Promise<Uint8Array> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', ['cat-file', 'blob', object], { cwd: this.topLevel, env: this.env, stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      let length = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolvePromise(new Uint8Array(Buffer.concat(chunks).subarray(0, limit)));
      };
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= limit) {
          finish();
          child.kill();
        }
      });
      child.on('error', reject);
      child.on('close', finish);
    });
  }

  private runGit(args: string[], input: string): Promise<Buffer> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', args, { cwd: this.topLevel, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      const errors: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => errors.push(c));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) reject(new GitSourceError(`git ${args.join(' ')} failed (exit ${code}): ${Buffer.concat(errors).toString('utf8').trim()}`));
        else resolvePromise(Buffer.concat(chunks));
      });
      child.stdin.end(input);
    });
  }

  /**
   * Blobs read (or being read) by this repository: a blob id names its bytes, so the snapshots of one
   * comparison (the index and HEAD share most files) read each blob from git once.
   */
  private readonly blobsRead = new Map<string, Promise<Uint8Array | undefined>>();

  /** Reads many blobs with one `git cat-file --batch` process (raw bytes: the loader checks UTF-8). */
  private async readBlobs(objects: string[]): Promise<Map<string, Uint8Array>> {
    const wanted = [...new Set(objects)];
    const unread = wanted.filter((o) => !this.blobsRead.has(o));
    if (unread.length > 0) {
      const batch = this.runGit(['cat-file', '--batch'], unread.join('\n') + '\n').then(parseBatch);
      for (const object of unread) {
        const bytes = batch.then((blobs) => blobs.get(object));
        // A failed read is reported to every caller that awaits it; the others must not crash the process.
        bytes.catch(() => undefined);
        this.blobsRead.set(object, bytes);
      }
    }
    const blobs = new Map<string, Uint8Array>();
    for (const object of wanted) {
      const bytes = await this.blobsRead.get(object);
      if (bytes !== undefined) blobs.set(object, bytes);
    }
    return blobs;
  }
}

type Resolved = { entry: TreeEntry } | { dir: string } | { reason: string };

/**
 * The entries of a snapshot as a file system: symbolic links (git mode 120000, whose blob holds the
 * target) are followed segment by segment, to files and to folders, as the operating system would.
 */
class SnapshotTree {
  private readonly byPath: Map<string, TreeEntry>;
  private readonly dirs = new Set<string>(['']);

  constructor(
    private readonly entries: TreeEntry[],
    private readonly linkBlobs: Map<string, Uint8Array>,
  ) {
    this.byPath = new Map(entries.map((e) => [e.path, e]));
    for (const e of entries) {
      for (let at = e.path.indexOf('/'); at >= 0; at = e.path.indexOf('/', at + 1)) this.dirs.add(e.path.slice(0, at));
    }
  }

  isLink(path: string): boolean {
    return this.byPath.get(path)?.mode === '120000';
  }

  /** What a snapshot-relative path leads to, following every link on the way. */
  resolve(path: string, hops = 0): Resolved {
    const segments = path === '' ? [] : path.split('/');
    let current = '';
    for (const [i, segment] of segments.entries()) {
      const next = current === '' ? segment : `${current}/${segment}`;
      const entry = this.byPath.get(next);
      if (entry?.mode === '120000') {
        if (hops >= MAX_SYMLINK_HOPS) return { reason: `it is a chain of more than ${MAX_SYMLINK_HOPS} symbolic links` };
        const raw = new TextDecoder().decode(this.linkBlobs.get(entry.object));
        const joined = posix.isAbsolute(raw) ? undefined : posix.normalize(posix.join(posix.dirname(next), raw));
        if (joined === undefined || joined === '..' || joined.startsWith('../')) return { reason: `it is a symbolic link to ${raw}, outside the repository` };
        const rest = segments.slice(i + 1);
        return this.resolve([...(joined === '.' ? [] : [joined.replace(/\/$/, '')]), ...rest].join('/'), hops + 1);
      }
      current = next;
    }
    const entry = this.byPath.get(current);
    if (entry) return { entry };
    if (this.dirs.has(current)) return { dir: current };
    return { reason: 'it is a symbolic link whose target does not exist in this snapshot' };
  }

  /**
   * Every file as seen through links: real entries at their own paths, plus the files a link to a file
   * or folder shows under the link's path. Links to folders are entered only where `relevant` says
   * network files are expected (elsewhere their targets are listed under their own paths); links that
   * cannot be followed there are refused.
   */
  list(relevant: (path: string) => boolean, refused: { path: string; reason: string }[]): { path: string; entry: TreeEntry }[] {
    const visible: { path: string; entry: TreeEntry }[] = [];
    const expand = (path: string, depth: number) => {
      const found = this.resolve(path);
      if ('reason' in found) {
        if (relevant(path)) refused.push({ path, reason: found.reason });
        return;
      }
      if ('entry' in found) {
        visible.push({ path, entry: found.entry });
        return;
      }
      if (!relevant(path)) return;
      const dir = found.dir;
      if (dir === '' || path === dir || path.startsWith(dir + '/') || depth >= MAX_SYMLINK_HOPS) {
        refused.push({ path, reason: 'it is a symbolic link to a folder that contains it (a loop)' });
        return;
      }
      for (const e of this.entries) {
        if (!e.path.startsWith(dir + '/')) continue;
        const inner = `${path}${e.path.slice(dir.length)}`;
        if (e.mode === '120000') expand(inner, depth + 1);
        else visible.push({ path: inner, entry: e });
      }
    };
    for (const e of this.entries) {
      if (e.mode === '120000') expand(e.path, 0);
      else visible.push({ path: e.path, entry: e });
    }
    return visible;
  }
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
