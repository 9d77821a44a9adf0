// The one way the CLI commands evaluate a working-tree folder, so `check` and `report` can never
// disagree about what they read or how.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { didYouMean } from '../core/suggest.ts';
import type { Evaluation, Progress } from '../engine/evaluate.ts';
import { evaluateWithCache, loadRepository } from '../api/evaluate.ts';
import { VERSION } from '../core/version.ts';
import type { DocumentCache } from '../source/document-cache.ts';
import type { Repository } from '../api/evaluate.ts';
import type { CliIo } from './io.ts';
import type { AnyRule } from '../rule-api/rule.ts';

export interface FolderEvaluationOptions {
  asOf: number;
  config?: string;
  includeDrafts?: boolean;
  /** The rule pack (default: the built-in rules); `--plugin` adds to it. */
  rules?: readonly AnyRule[];
  /**
   * Reuse loaded and validated documents from the cache under .git/ when the folder is inside a git work
   * tree (each file keyed by a hash of the bytes read); the output is the same with or without it.
   */
  documentCache?: boolean;
  /**
   * Without the cache under .git/: keep what is loaded in this in-memory cache (memoryDocumentCache), for
   * a later evaluation of the very same files in this process (the check's safe-plan hint).
   */
  keepLoaded?: DocumentCache;
  /** Judge only what can concern this change request (the guard); see EvaluateOptions.focusChange. */
  focusChange?: string;
}

/**
 * Evaluates the folder through the public API (loadRepository, evaluate); undefined (after saying why
 * on stderr) when the folder cannot be read at all. When the policy asks for signed commits, approvals
 * are verified against the git history of the folder.
 */
export async function evaluateFolder(repoDir: string, options: FolderEvaluationOptions, io: CliIo): Promise<Evaluation | undefined> {
  return (await readAndEvaluateFolder(repoDir, options, io))?.evaluation;
}

/** As evaluateFolder, with the repository it read, for work that must see exactly the same input. */
export async function readAndEvaluateFolder(repoDir: string, options: FolderEvaluationOptions, io: CliIo): Promise<{ repository: Repository; evaluation: Evaluation } | undefined> {
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== undefined) {
    io.stderr(`changegate: ${problem}\n`);
    return undefined;
  }
  let repository: Repository;
  try {
    repository = await loadRepository(resolve(io.cwd, repoDir), { ...(options.config !== undefined ? { config: options.config } : {}), env: io.env });
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${(err as Error).message}\n`);
    return undefined;
  }
  const cached = options.documentCache ? await cachedDocuments(repository, io) : undefined;
  const progress = progressReporter(io);
  const evaluation = evaluateWithCache(
    cached?.repository ?? repository,
    {
      asOf: options.asOf,
      ...(progress ? { onProgress: progress.update } : {}),
      ...(options.includeDrafts ? { includeDrafts: true } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.focusChange !== undefined ? { focusChange: options.focusChange } : {}),
    },
    cached?.cache ?? options.keepLoaded,
  );
  progress?.done();
  return { repository, evaluation };
}

/**
 * The document cache of the git work tree holding the repository, with the repository's files keyed for
 * it; undefined outside a work tree. The cache is loaded only here, so a plain check does not compile it
 * at start-up, and git is asked directly (one process), without loading simple-git.
 */
async function cachedDocuments(repository: Repository, io: CliIo): Promise<{ repository: Repository; cache: DocumentCache } | undefined> {
  const [{ gitCacheDirOf }, { codeIdentity, documentCache, withContentIds }] = await Promise.all([import('../source/git-env.ts'), import('../source/document-cache.ts')]);
  const cacheDir = await gitCacheDirOf(repository.root, io.env);
  if (cacheDir === undefined) return undefined;
  return { repository: { ...repository, files: withContentIds(repository.files) }, cache: documentCache(cacheDir, codeIdentity(VERSION)) };
}

/** Why `repoDir` is not a folder to evaluate, in words a user can act on; undefined when it is one. */
export function folderProblem(repoDir: string, cwd: string): string | undefined {
  const path = resolve(cwd, repoDir);
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    let near: string | undefined;
    try {
      const siblings = readdirSync(dirname(path), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      near = didYouMean(basename(path), siblings);
    } catch {
      near = undefined;
    }
    const suggestion = near !== undefined ? `did you mean "${repoDir.slice(0, repoDir.length - basename(path).length)}${near}"? ` : '';
    return `the repository folder "${repoDir}" does not exist: ${suggestion}Give the folder that holds the network files (changegate.yaml, inventory/, changes/, ...), or create a starter one with changegate init ${repoDir}`;
  }
  if (!isFolder) return `"${repoDir}" is a file, not a folder: give the repository folder that holds it (changegate reads every network file in the folder)`;
  return undefined;
}

/**
 * A one-line progress display on stderr, for a person at a terminal: nothing unless stderr is a TTY,
 * and nothing for runs shorter than a second (the common case), so it never clutters logs or pipes.
 */
function progressReporter(io: CliIo): { update: (p: Progress) => void; done: () => void } | undefined {
  if (!io.stderrIsTTY) return undefined;
  const started = io.now();
  let shown = false;
  return {
    update: (p) => {
      if (!shown && io.now() - started < 1000) return;
      shown = true;
      const what = p.stage === 'load' ? `reading files ${p.done + 1}/${p.total}` : p.stage === 'rules' ? `rule ${p.done + 1}/${p.total}` : p.stage === 'model' ? 'building the model' : p.stage === 'timeline' ? 'building the timeline' : 'applying waivers and the verdict';
      io.stderr(`\r\u001b[2Kchangegate: ${what}…`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
