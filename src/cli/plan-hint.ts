// The "a safe plan exists" lines under a failing `check` in text: the bounded hint search of
// src/planner/hint.ts over the very repository the check read (files, refused paths, approval evidence).
// Never changes the verdict.
import { defaultRules } from '../../rules/index.ts';
import type { Repository } from '../api/evaluate.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import type { DocumentCache } from '../source/document-cache.ts';
import { safePlanHints } from '../planner/hint.ts';
import type { SafePlanHint } from '../planner/hint.ts';
import { OutsidePlainYaml, plainDocumentReviser } from '../planner/plain-document.ts';
import type { ReviserOf } from '../planner/revision.ts';

/**
 * `evaluation` is what the check shows (filtered by --change or --rule); `evaluated`, when given, is the
 * check's own evaluation of `repository.files` with the same options and the in-memory document cache
 * it filled, which the search starts from instead of reading and evaluating the repository again.
 *
 * The candidate plans are written without the `yaml` package (plain-document.ts), which gives the very
 * bytes `yaml` would; where it cannot be sure of that it refuses, and the search runs again from the
 * start with `yaml` (src/planner/document.ts, loaded only then), so the hint is always the one the
 * search with `yaml` finds.
 */
export async function safePlanText(
  repository: Repository,
  options: { includeDrafts?: boolean },
  evaluation: Evaluation,
  rules: readonly AnyRule[] = defaultRules,
  evaluated?: { evaluation: Evaluation; documentCache: DocumentCache },
): Promise<string> {
  if (evaluation.verdict !== 'fail') return '';
  const search = (reviser: ReviserOf): SafePlanHint[] =>
    safePlanHints(
      repository.files,
      evaluation,
      {
        rules,
        refused: repository.refused,
        ...(repository.configPath !== undefined ? { configPath: repository.configPath } : {}),
        ...(repository.approvalEvidence ? { approvalEvidence: repository.approvalEvidence } : {}),
        ...(options.includeDrafts ? { includeDrafts: true } : {}),
      },
      reviser,
      evaluated,
    );
  let hints: SafePlanHint[];
  try {
    hints = search(plainDocumentReviser);
  } catch (err) {
    if (!(err instanceof OutsidePlainYaml)) throw err;
    hints = search((await import('../planner/document.ts')).documentReviser);
  }
  return hints.length === 0 ? '' : '\n' + hints.map((h) => h.text).join('\n') + '\n';
}
