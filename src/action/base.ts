// Labels the pull request's findings against its base commit ("new in this pull request" vs "already on
// main"), reading the base through git objects (src/source/git.ts) and matching findings with the same
// labelling as `changegate check --base` (src/git/compare.ts). It needs the base commit in the clone
// (actions/checkout with `fetch-depth: 0`); without it the Action reports on the head alone. Edits that
// loosen the gate's own settings are judged here too (src/git/loosening.ts) and added to the evaluation.
import type { Evaluation, EvaluateOptions } from '../engine/evaluate.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { labelFindings } from '../git/compare.ts';
import { judgeLoosenings, withFindings } from '../git/loosening.ts';
import type { VerifiedApprover } from '../git/loosening.ts';
import type { RepoFile } from '../source/select.ts';
import { GitRepo, GitSourceError } from '../source/git.ts';

export interface BaseComparison {
  /** For people: "main (1a2b3c4)". */
  description: string;
  isNew(finding: Finding): boolean;
  newCount: number;
  existingCount: number;
  /** The head evaluation with a policy-loosening finding for each loosening of the gate. */
  evaluation: Evaluation;
  loosenings: number;
}

export async function compareWithBase(
  root: string,
  ref: string,
  label: string,
  headAlone: Evaluation,
  options: EvaluateOptions,
  env: Readonly<Record<string, string | undefined>>,
  headFiles: readonly RepoFile[],
  verifiedApprovers: readonly VerifiedApprover[],
): Promise<BaseComparison | { problem: string }> {
  let repo: GitRepo;
  let commit: string;
  try {
    repo = await GitRepo.open(root, env);
    commit = await repo.resolve(ref, 'base');
  } catch (err) {
    // Not a clone, or a shallow one: an expected situation with its own advice, not a failure.
    if (err instanceof GitSourceError) return { problem: err.message };
    throw err;
  }
  const snapshot = await repo.readCommit(commit, options.configPath !== undefined ? { configPath: options.configPath } : {});
  // The pull request's reviews prove approvals of the head, not of the base.
  const { approvalEvidence: _headOnly, ...baseOptions } = options;
  const base = evaluate(snapshot.files, { ...baseOptions, refused: snapshot.refused });
  const loosening = judgeLoosenings({ base: { evaluation: base, files: snapshot.files }, head: { evaluation: headAlone, files: headFiles }, verifiedApprovers, evaluateOptions: options });
  const head = withFindings(headAlone, loosening.findings);
  const renames = new Map((await repo.renames(commit, { kind: 'worktree' })).map((r) => [r.from, r.to]));
  const { labels } = labelFindings(base, head, renames);
  const isNew = (f: Finding) => (labels.get(f)?.label ?? 'new') === 'new';
  const newCount = head.findings.filter(isNew).length;
  return { description: `${label} (${commit.slice(0, 7)})`, isNew, newCount, existingCount: head.findings.length - newCount, evaluation: head, loosenings: loosening.findings.length };
}
