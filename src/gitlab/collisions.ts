// Collisions across open merge requests, as the GitHub Action finds them across pull requests: list the
// other open merge requests on the same target branch and read their changed files at their head commit
// through the API; src/forge/collisions.ts judges them together with this merge request.
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { collisionsWith, ownChangeIds } from '../forge/collisions.ts';
import type { CollisionReport } from '../report/markdown.ts';
import type { GitLabApi } from './client.ts';
import { isGitLabRequestError } from './client.ts';

/** The most recently updated merge requests are checked, at most this many. */
export const MAX_OTHER_MERGE_REQUESTS = 30;

export interface GitLabCollisionInput {
  projectId: string;
  mergeRequestIid: number;
  targetBranch: string;
  /** Folder of the network repository inside the project ('' for the root). */
  pathPrefix: string;
  /** This merge request's snapshot, as evaluated. */
  files: readonly RepoFile[];
  evaluation: Evaluation;
  options: EvaluateOptions;
  /** Link to a line of a network file: at this merge request's head, or at `otherSha` for the other merge request's files. */
  linkTo?: (file: string, line: number, otherSha?: string) => string;
}

export interface GitLabCollisionOutcome {
  reports: CollisionReport[];
  /** What was checked or skipped, for the log. */
  notes: string[];
}

async function changedPaths(api: GitLabApi, projectId: string, iid: number): Promise<string[]> {
  const diffs = await api.MergeRequests.allDiffs(projectId, iid, { perPage: 100 });
  return diffs.filter((d) => !d.deleted_file).map((d) => d.new_path);
}

export async function findMergeRequestCollisions(api: GitLabApi, input: GitLabCollisionInput): Promise<GitLabCollisionOutcome> {
  const notes: string[] = [];
  const own = {
    pathPrefix: input.pathPrefix,
    changed: new Set(await changedPaths(api, input.projectId, input.mergeRequestIid)),
    files: input.files,
    evaluation: input.evaluation,
    options: input.options,
    word: 'merge request',
  };
  const ours = ownChangeIds(own);
  if (ours.size === 0) {
    notes.push('this merge request changes no change request, so it cannot collide with other merge requests');
    return { reports: [], notes };
  }
  // One page, most recently updated first: beyond it the merge requests are the stalest.
  const open = await api.MergeRequests.all({ projectId: input.projectId, state: 'opened', targetBranch: input.targetBranch, orderBy: 'updated_at', sort: 'desc', perPage: 100, maxPages: 1 });
  const others = open.filter((mr) => mr.iid !== input.mergeRequestIid);
  if (others.length > MAX_OTHER_MERGE_REQUESTS) notes.push(`${others.length} other open merge requests; only the ${MAX_OTHER_MERGE_REQUESTS} most recently updated were checked for collisions`);

  const reports: CollisionReport[] = [];
  for (const mr of others.slice(0, MAX_OTHER_MERGE_REQUESTS)) {
    const changed = await changedPaths(api, input.projectId, mr.iid);
    const findings = await collisionsWith(
      own,
      ours,
      {
        label: `!${mr.iid}`,
        changed,
        // A merge request from a fork has its commits in the source project.
        read: (path) => readAt(api, String(mr.source_project_id), path, mr.sha),
      },
      notes,
    );
    if (findings.length === 0) continue;
    const theirs = new Set(changed);
    const { linkTo } = input;
    const inProject = (file: string) => (input.pathPrefix === '' ? file : `${input.pathPrefix}/${file}`);
    reports.push({
      pull: { number: mr.iid, title: mr.title, url: mr.web_url },
      findings,
      ...(linkTo ? { fileUrl: (file: string, line: number) => linkTo(file, line, theirs.has(inProject(file)) && !own.changed.has(inProject(file)) ? mr.sha : undefined) } : {}),
    });
  }
  return { reports, notes };
}

async function readAt(api: GitLabApi, projectId: string, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const file = await api.RepositoryFiles.show(projectId, path, ref);
    if (file.encoding !== 'base64' || typeof file.content !== 'string') return undefined;
    return new Uint8Array(Buffer.from(file.content, 'base64'));
  } catch (err) {
    // A file that vanished since the listing (force-push) is skipped; anything else surfaces.
    if (isGitLabRequestError(err) && err.status === 404) return undefined;
    throw err;
  }
}
