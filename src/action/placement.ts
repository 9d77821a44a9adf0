// Where a finding shows on the pull request. On `pull_request`, actions/checkout checks out GitHub's test
// merge of the pull request into its base, and that is what is evaluated (what would be merged); but the
// check run, its annotations and the comment's links are on the pull request's head commit. When the
// base branch moved on in a file the pull request edits, the merge's line numbers are off on the head,
// so each finding's lines are mapped from the working tree to the head through `git diff` (the head
// commit is in any clone of the merge with fetch-depth 0: it is the merge's second parent).
import type { Finding } from '../core/finding.ts';
import { LineMap } from '../git/line-map.ts';
import { GitRepo, GitSourceError } from '../source/git.ts';

export interface Placed {
  finding: Finding;
  /** Said in front of the message when the line itself is not in the head (the base branch added it). */
  note: string;
}

export interface Placement {
  /** The finding on the head's lines; undefined when its file is not in the head at all. */
  place(finding: Finding): Placed | undefined;
  /** A line of the evaluated tree on the head (for links), the nearest one when the head lacks it. */
  lineOnHead(file: string, line: number): number;
  /** For the log: how lines are placed. */
  description: string;
}

/** Findings stay on their lines: the working tree is the commit the annotations go on. */
export const IDENTITY_PLACEMENT: Placement = { place: (finding) => ({ finding, note: '' }), lineOnHead: (_file, line) => line, description: 'lines as evaluated' };

export async function headPlacement(root: string, headSha: string, env: Readonly<Record<string, string | undefined>>): Promise<Placement | { problem: string }> {
  let map: LineMap;
  try {
    const repo = await GitRepo.open(root, env);
    const commit = await repo.resolve(headSha, 'head');
    map = LineMap.fromDiff(await repo.diffToWorktree(commit));
  } catch (err) {
    if (err instanceof GitSourceError) return { problem: err.message };
    throw err;
  }
  return {
    description: `lines mapped from the merge with the base to the head ${headSha.slice(0, 7)} through git diff`,
    lineOnHead: (file, line) => map.map(file, line)?.line ?? line,
    place(finding) {
      if (finding.file === '') return { finding, note: '' };
      const start = map.map(finding.file, finding.line);
      const end = map.map(finding.file, finding.endLine);
      if (!start || !end) return undefined;
      const line = start.line;
      const endLine = Math.max(line, end.line);
      const note = start.exact ? '' : `(line ${finding.line} of the merge with the base branch; the pull request's head does not have that line) `;
      return { finding: line === finding.line && endLine === finding.endLine ? finding : { ...finding, line, endLine }, note };
    },
  };
}
