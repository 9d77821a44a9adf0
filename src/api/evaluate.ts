// The API's core calls: read a repository as the CLI does, and evaluate it with the default rule pack
// unless the caller gives its own. Kept apart from the formatters so shells can load it alone.
import { ALL_RULES } from '../../rules/index.ts';
import { evaluate as evaluateCore } from '../engine/evaluate.ts';
import type { Evaluation, Progress } from '../engine/evaluate.ts';
import type { RepoFile } from '../source/select.ts';
import type { DocumentCache } from '../source/document-cache.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import { parseAsOf } from '../core/as-of.ts';
import type { ApprovalEvidence } from '../approvals/evidence.ts';
import { gitApprovalEvidence } from '../approvals/gather.ts';
import { readFolder } from '../source/folder.ts';
import { resolve } from 'node:path';

/** Every built-in rule, in the order `changegate rules` lists them: the pack `evaluate` runs by default. */
export const defaultRules: readonly AnyRule[] = ALL_RULES;

/** A repository read from disk: its network files and the paths it refused to read (symbolic links leaving it). */
export interface Repository {
  /** Absolute path of the folder read. */
  root: string;
  files: RepoFile[];
  refused: { path: string; reason: string }[];
  /** The config file given to loadRepository (repository-relative), when not the default changegate.yaml. */
  configPath?: string;
  /** Approvals proven by git (when the policy asks for signed commits), gathered while reading. */
  approvalEvidence?: ApprovalEvidence;
}

export interface LoadRepositoryOptions {
  /** Config file relative to the folder (default: changegate.yaml when present). */
  config?: string;
  /** Environment for the git commands that verify signed approvals (default: process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Reads a repository folder exactly as `changegate check <dir>` does: the config first, then the network
 * files it includes; approvals are verified against the folder's git history when the policy asks for
 * signed commits. Throws when the folder cannot be read at all (a missing folder is not a pass).
 */
export async function loadRepository(dir: string, options: LoadRepositoryOptions = {}): Promise<Repository> {
  const root = resolve(dir);
  const snapshot = readFolder(root, options.config !== undefined ? { configPath: options.config } : {});
  const approvalEvidence = await gitApprovalEvidence(root, snapshot.files, { kind: 'worktree' }, options.env ?? process.env);
  return {
    root,
    files: snapshot.files,
    refused: snapshot.refused,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(approvalEvidence ? { approvalEvidence } : {}),
  };
}

export interface EvaluateOptions {
  /**
   * The instant the plan is judged as of: epoch milliseconds, a Date, or ISO 8601 with an offset
   * ("2026-11-27T09:00:00+01:00"). Without it, nothing is in the past (waivers never expire).
   */
  asOf?: number | Date | string;
  /** Put draft change requests on the timeline too. */
  includeDrafts?: boolean;
  /** Config file (repository-relative) when evaluating plain files; a Repository remembers its own. */
  configPath?: string;
  /** The rules to run; default `defaultRules`. Add your own: `[...defaultRules, myRule]`. */
  rules?: readonly AnyRule[];
  /** Called as the evaluation advances (files read, rules run), e.g. for a progress display. */
  onProgress?: (progress: Progress) => void;
  /**
   * Judge only what can concern this change request, e.g. before `guardStep` for one of its steps: the
   * evaluation keeps exactly the findings of a whole evaluation that concern it (its own and those
   * naming it in `changeIds`), plus every input error, and skips rule work that cannot produce one.
   * Its verdict and counts cover that change request only (`evaluation.focusChange` says so).
   */
  focusChange?: string;
}

/**
 * Judges a repository (from loadRepository) or a list of in-memory files and returns the evaluation:
 * verdict, located findings, counts. Never throws for bad input: anything unreadable is an error finding
 * and the verdict `error`. Throws only for a malformed `asOf`.
 */
export function evaluate(input: Repository | readonly RepoFile[], options: EvaluateOptions = {}): Evaluation {
  return evaluateWithCache(input, options, undefined);
}

/** As evaluate, reusing loaded and validated documents from a cache (for the CLI, not the public API). */
export function evaluateWithCache(input: Repository | readonly RepoFile[], options: EvaluateOptions, documentCache: DocumentCache | undefined): Evaluation {
  const repository = isRepository(input) ? input : undefined;
  const files = repository ? repository.files : (input as readonly RepoFile[]);
  const asOf = instantOf(options.asOf);
  const configPath = options.configPath ?? repository?.configPath;
  return evaluateCore(files, {
    rules: options.rules ?? defaultRules,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(options.includeDrafts ? { includeDrafts: true } : {}),
    ...(configPath !== undefined ? { configPath } : {}),
    ...(repository ? { refused: repository.refused } : {}),
    ...(repository?.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(documentCache ? { documentCache } : {}),
    ...(options.focusChange !== undefined ? { focusChange: options.focusChange } : {}),
  });
}

function isRepository(input: Repository | readonly RepoFile[]): input is Repository {
  return !Array.isArray(input) && typeof (input as Repository).root === 'string';
}

function instantOf(asOf: EvaluateOptions['asOf']): number | undefined {
  if (asOf === undefined) return undefined;
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new TypeError('asOf is an invalid Date');
    return asOf.getTime();
  }
  if (typeof asOf === 'number') {
    if (!Number.isFinite(asOf)) throw new TypeError(`asOf must be epoch milliseconds, not ${asOf}`);
    return asOf;
  }
  const parsed = parseAsOf(asOf, () => Number.NaN);
  if (typeof parsed !== 'number' || Number.isNaN(parsed)) throw new TypeError(typeof parsed === 'number' ? 'asOf "now" is not accepted here: pass Date.now() if you mean it' : parsed.error.replace('--as-of', 'asOf'));
  return parsed;
}
