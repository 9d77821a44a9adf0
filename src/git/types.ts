// The comparison of a head evaluation with a base evaluation, carried beside the evaluation so every
// formatter draws labels and the change summary from the same data as the verdict.
import type { Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { ChangeSummary } from './changes.ts';
import type { LabelledFinding, Labelling } from './compare.ts';

export interface ComparisonSide {
  /** For people: "main (1a2b3c4)", "the working tree", "the index (staged changes)". */
  description: string;
  ref?: string;
  commit?: string;
  source: 'commit' | 'index' | 'worktree';
}

export interface ComparisonCounts {
  /** Head findings labelled new, including those made worse. */
  new: number;
  /** Of the new ones: existing findings the change made worse. */
  worsened: number;
  existing: number;
  fixed: number;
  /** Existing findings left out of the report by --only-new. */
  hidden: number;
}

export interface Comparison {
  base: ComparisonSide & { verdict: VerdictStatus };
  head: ComparisonSide;
  onlyNew: boolean;
  labelling: Labelling;
  /** Base path -> head path of renamed files. */
  renames: Map<string, string>;
  changes: ChangeSummary;
  counts: ComparisonCounts;
}

/** An evaluation judged against a base: what the formatters receive under --base or --staged. */
export interface ComparedEvaluation extends Evaluation {
  comparison: Comparison;
}

export function comparisonOf(evaluation: Evaluation): Comparison | undefined {
  return (evaluation as Partial<ComparedEvaluation>).comparison;
}

/** The label of a head finding; findings the comparison does not know (none in practice) read as new. */
export function labelOf(comparison: Comparison, finding: Finding): LabelledFinding {
  return comparison.labelling.labels.get(finding) ?? { finding, label: 'new' };
}
