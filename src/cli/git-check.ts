// `changegate check --base/--head/--staged/--only-new`: the git-aware shell over evaluate(). Reads the
// head (working tree, a ref, or the index) and the base from git objects, evaluates both with the same
// options, labels the head's findings against the base's, and summarises what the change touches.
import { defaultRules } from '../../rules/index.ts';
import { resolve } from 'node:path';
import type { ApprovalEvidence } from '../approvals/evidence.ts';
import { gitApprovalEvidence } from '../approvals/gather.ts';
import { ExitCode, exitCodeFor } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { writeReport } from './io.ts';
import { UsageError } from './usage-error.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { EvaluateOptions, Evaluation } from '../engine/evaluate.ts';
import { FORMAT_LOADERS } from '../report/index.ts';
import { GitRepo, GitSourceError } from '../source/git.ts';
import { readSnapshot } from '../source/snapshot.ts';
import { codeIdentity, documentCache } from '../source/document-cache.ts';
import { builtModelMemo } from '../model/reuse.ts';
import { compiledRulesMemo } from '../custom-rules/reuse.ts';
import { VERSION } from '../core/version.ts';
import type { Snapshot, SnapshotSpec } from '../source/snapshot.ts';
import { summariseChanges } from '../git/changes.ts';
import { keepNewFindings, labelFindings } from '../git/compare.ts';
import { judgeLoosenings, withFindings } from '../git/loosening.ts';
import type { VerifiedApprover } from '../git/loosening.ts';
import { formatComparisonJson } from '../report/compare-json.ts';
import { formatComparisonText } from '../report/compare-text.ts';
import type { ComparedEvaluation, Comparison, ComparisonSide } from '../git/types.ts';
import { labelOf } from '../git/types.ts';
import type { AnyRule } from '../rule-api/rule.ts';

export interface GitCheckOptions {
  format: string;
  config?: string;
  color: boolean;
  includeDrafts?: boolean;
  output?: string;
  base?: string;
  head?: string;
  staged?: boolean;
  onlyNew?: boolean;
  /** Keep loaded documents in a cache under .git/ (default true; --no-cache turns it off). */
  cache?: boolean;
}

export interface CompareInput {
  /** The folder checked (may be a subfolder of the git work tree). */
  root: string;
  head: SnapshotSpec;
  /** Base ref; undefined for none. */
  base?: string;
  onlyNew: boolean;
  evaluateOptions: EvaluateOptions;
  env?: Record<string, string | undefined>;
  /** The repository, when the caller already opened it on `root`. */
  repo?: GitRepo;
  /**
   * Verified identities that approved the change (pull-request reviews, signed commits), for the
   * policy-loosening findings; none when no verified source is available, and then loosenings block.
   */
  verifiedApprovers?: readonly VerifiedApprover[];
}

export interface CompareResult {
  /** What the formatters receive: the head evaluation, with the comparison when there is a base. */
  evaluation: Evaluation | ComparedEvaluation;
  head: Snapshot;
  base?: Snapshot;
}

function sideOf(snapshot: Snapshot): ComparisonSide {
  return {
    description: snapshot.description,
    ...(snapshot.ref !== undefined ? { ref: snapshot.ref } : {}),
    ...(snapshot.commit !== undefined ? { commit: snapshot.commit } : {}),
    source: snapshot.source.kind,
  };
}

/** Reads, evaluates and compares. Throws GitSourceError for git problems the user must fix. */
export async function compareSnapshots(input: CompareInput): Promise<CompareResult> {
  const repo = input.repo ?? (await GitRepo.open(input.root, input.env));
  // The base is read from git while the head is read (and, if git is still busy, evaluated): the git
  // processes of the two snapshots run side by side. A failure to read the base is reported where it
  // always was, after the head has been read and evaluated.
  const readOptions = input.evaluateOptions.configPath !== undefined ? { configPath: input.evaluateOptions.configPath } : {};
  const basePending = input.base === undefined ? undefined : readSnapshot(input.root, { kind: 'ref', ref: input.base }, repo, 'base', readOptions);
  basePending?.catch(() => undefined);
  const head = await readSnapshot(input.root, input.head, repo, 'head', readOptions);
  const headEvidence = input.evaluateOptions.approvalEvidence ?? (await gitApprovalEvidence(input.root, head.files, head.source, input.env));
  const headAlone = evaluate(head.files, { ...input.evaluateOptions, refused: head.refused, ...(headEvidence ? { approvalEvidence: headEvidence } : {}) });
  if (basePending === undefined || input.base === undefined) return { evaluation: headAlone, head };

  const base = await basePending;
  // evaluate() is a pure function of the files and options: a base with the same content (nothing in the
  // snapshot folder staged or changed) has the head's evaluation, and the hook need not judge it twice.
  const unchanged = sameContent(base, head);
  // The base is judged with its own evidence (its commits), never with the head's pull-request reviews.
  const { approvalEvidence: _headOnly, ...baseOptions } = input.evaluateOptions;
  const baseEvaluation = unchanged ? headAlone : evaluate(base.files, { ...baseOptions, refused: base.refused, ...(await baseEvidence(input.root, base, input.env)) });
  // Edits to the gate's own settings are judged against the base: each loosening is a finding of the head.
  const loosening = unchanged
    ? undefined
    : judgeLoosenings({
        base: { evaluation: baseEvaluation, files: base.files },
        head: { evaluation: headAlone, files: head.files },
        verifiedApprovers: input.verifiedApprovers ?? [],
        evaluateOptions: { ...input.evaluateOptions, refused: head.refused, ...(headEvidence ? { approvalEvidence: headEvidence } : {}) },
      });
  const headEvaluation = withFindings(headAlone, loosening?.findings ?? []);
  // A rename needs a path that disappeared and one that appeared; most changes only edit files, and
  // then git's rename detection (the slowest git call here) is skipped.
  const headPaths = new Set(head.files.map((f) => f.path));
  const basePaths = new Set(base.files.map((f) => f.path));
  const mayRename = base.files.some((f) => !headPaths.has(f.path)) && head.files.some((f) => !basePaths.has(f.path));
  const renames = new Map(mayRename ? (await repo.renames(base.commit ?? input.base, head.source)).map((r) => [r.from, r.to]) : []);
  addIdentityRenames(renames, base, baseEvaluation, head, headEvaluation);

  const labelling = labelFindings(baseEvaluation, headEvaluation, renames);
  const changes = summariseChanges({
    base: { evaluation: baseEvaluation, files: base.files },
    head: { evaluation: headEvaluation, files: head.files },
    renames,
    labelling,
    ...(input.evaluateOptions.configPath !== undefined ? { configPath: input.evaluateOptions.configPath } : {}),
  });
  const labelled = [...labelling.labels.values()];
  const existing = labelled.filter((l) => l.label === 'existing').length;
  const comparison: Comparison = {
    base: { ...sideOf(base), verdict: baseEvaluation.verdict },
    head: sideOf(head),
    onlyNew: input.onlyNew,
    labelling,
    renames,
    changes,
    counts: {
      new: labelled.length - existing,
      worsened: labelled.filter((l) => l.worsened !== undefined).length,
      existing,
      fixed: labelling.fixed.length,
      hidden: 0,
    },
  };
  const evaluation: ComparedEvaluation = { ...headEvaluation, comparison };
  return { evaluation: input.onlyNew ? onlyNew(evaluation) : evaluation, head, base };
}

async function baseEvidence(root: string, base: Snapshot, env: CompareInput['env']): Promise<{ approvalEvidence?: ApprovalEvidence }> {
  const evidence = await gitApprovalEvidence(root, base.files, base.source, env);
  return evidence ? { approvalEvidence: evidence } : {};
}

/** Whether two snapshots hold the same files (paths and bytes, in order) and refuse the same ones. */
function sameContent(a: Snapshot, b: Snapshot): boolean {
  if (a.files.length !== b.files.length || a.refused.length !== b.refused.length) return false;
  const sameFiles = a.files.every((f, i) => {
    const other = b.files[i];
    return other !== undefined && other.path === f.path && Buffer.compare(other.bytes, f.bytes) === 0;
  });
  return sameFiles && a.refused.every((r, i) => r.path === b.refused[i]?.path && r.reason === b.refused[i]?.reason);
}

/**
 * Files git did not pair (an untracked file in the working tree, or a rename below git's similarity
 * threshold) are paired when they hold the same bytes, or the same change request or waiver id.
 */
function addIdentityRenames(renames: Map<string, string>, base: Snapshot, baseEvaluation: Evaluation, head: Snapshot, headEvaluation: Evaluation): void {
  const basePaths = new Set(base.files.map((f) => f.path));
  const headPaths = new Set(head.files.map((f) => f.path));
  const taken = new Set(renames.values());
  const free = (from: string, to: string) => !renames.has(from) && !taken.has(to) && !headPaths.has(from) && !basePaths.has(to);
  const pair = (from: string, to: string) => {
    if (from === to || !free(from, to)) return;
    renames.set(from, to);
    taken.add(to);
  };
  const ids = (evaluation: Evaluation) => [
    ...evaluation.changes.map((c) => [`cr:${c.id}`, c.file] as const),
    ...(evaluation.network?.waivers ?? []).map((w) => [`waiver:${w.id}`, w.at.file] as const),
  ];
  const headIds = new Map(ids(headEvaluation));
  for (const [id, file] of ids(baseEvaluation)) {
    const to = headIds.get(id);
    if (to !== undefined) pair(file, to);
  }
  const added = head.files.filter((f) => !basePaths.has(f.path) && !taken.has(f.path));
  for (const removed of base.files) {
    if (headPaths.has(removed.path) || renames.has(removed.path)) continue;
    const same = added.find((f) => !taken.has(f.path) && Buffer.compare(f.bytes, removed.bytes) === 0);
    if (same) pair(removed.path, same.path);
  }
}

/** Keeps only what the change introduces (src/git/compare.ts keepNewFindings). */
function onlyNew(evaluation: ComparedEvaluation): ComparedEvaluation {
  const { comparison } = evaluation;
  const kept = keepNewFindings(evaluation, (f) => labelOf(comparison, f).label === 'new');
  return { ...kept.evaluation, comparison: { ...comparison, counts: { ...comparison.counts, hidden: kept.hidden } } };
}

export async function runGitCheck(
  repoDir: string,
  options: GitCheckOptions,
  io: CliIo,
  settings: { asOf: number; maxPerRule: number; rules?: readonly AnyRule[] },
): Promise<number> {
  if (options.staged && options.head !== undefined) throw new UsageError('--staged checks the index and --head checks a ref: give one or the other');
  const root = resolve(io.cwd, repoDir);
  const head: SnapshotSpec = options.staged ? { kind: 'index' } : options.head !== undefined ? { kind: 'ref', ref: options.head } : { kind: 'worktree' };
  let result: CompareResult;
  try {
    const repo = await GitRepo.open(root, io.env);
    let base = options.base;
    // Before a commit, "new" means new since the last commit; a repository without commits has no base.
    if (base === undefined && options.staged) base = (await repo.tryResolve('HEAD')) ? 'HEAD' : undefined;
    if (options.onlyNew && base === undefined) {
      throw new UsageError(options.staged ? '--only-new needs a base, and this repository has no commit yet' : '--only-new needs --base <ref> (or --staged, which compares with HEAD)');
    }
    const cacheDir = options.cache !== false ? await repo.cacheDir() : undefined;
    result = await compareSnapshots({
      root,
      head,
      ...(base !== undefined ? { base } : {}),
      onlyNew: options.onlyNew === true,
      evaluateOptions: {
        // The same pack (built-in and --plugin rules) judges both sides, so a plugin finding is new, existing or fixed like any other.
        rules: settings.rules ?? defaultRules,
        asOf: settings.asOf,
        // With the cache, both sides get the very same loaded documents for every file the commit leaves
        // alone, so what is built from them (the model, the compiled custom rules) is built once.
        ...(cacheDir !== undefined ? { documentCache: documentCache(cacheDir, codeIdentity(VERSION)), builtModel: builtModelMemo(), compiledRules: compiledRulesMemo() } : {}),
        ...(options.config !== undefined ? { configPath: options.config } : {}),
        ...(options.includeDrafts ? { includeDrafts: true } : {}),
      },
      env: io.env,
      repo,
    });
  } catch (err) {
    if (err instanceof GitSourceError) {
      io.stderr(`changegate: ${err.message}\n`);
      return ExitCode.Error;
    }
    throw err;
  }
  const { evaluation } = result;
  const color = options.color && io.isTTY && !io.env.NO_COLOR && !options.output;
  const context = { color, pathPrefix: repoDir === '.' ? '' : repoDir, maxPerRule: settings.maxPerRule, root };
  let text: string | Iterable<string>;
  if ('comparison' in evaluation && options.format === 'text') text = formatComparisonText(evaluation, { ...context, compact: options.staged === true });
  else if ('comparison' in evaluation && options.format === 'json') text = formatComparisonJson(evaluation);
  else {
    const loader = FORMAT_LOADERS[options.format];
    if (!loader) throw new UsageError(`unknown format "${options.format}"`);
    text = (await loader())(evaluation, context);
  }
  if (!(await writeReport(io, text, options.output))) return ExitCode.Error;
  return exitCodeFor(evaluation.verdict);
}
