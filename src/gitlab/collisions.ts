// Collisions across open merge requests, as the GitHub Action finds them across pull requests: list the
// other open merge requests on the same target branch and read their changed files at their head commit
// through the API; src/forge/collisions.ts judges them together with this merge request.
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { findProposalCollisions } from '../forge/collisions.ts';
import type { CollisionReport } from '../report/markdown.ts';
import type { GitLabApi } from './client.ts';
import { isGitLabRequestError } from './client.ts';

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
  type MergeRequest = Awaited<ReturnType<typeof api.MergeRequests.all>>[number];
  const { collisions, notes, changed: ownChanged } = await findProposalCollisions<MergeRequest>(
    { pathPrefix: input.pathPrefix, files: input.files, evaluation: input.evaluation, options: input.options },
    {
      word: 'merge request',
      ownChanged: () => changedPaths(api, input.projectId, input.mergeRequestIid),
      // One page, most recently updated first: beyond it the merge requests are the stalest.
      others: async () =>
        (await api.MergeRequests.all({ projectId: input.projectId, state: 'opened', targetBranch: input.targetBranch, orderBy: 'updated_at', sort: 'desc', perPage: 100, maxPages: 1 })).filter(
          (mr) => mr.iid !== input.mergeRequestIid,
        ),
      open: async (mr) => ({
        label: `!${mr.iid}`,
        changed: await changedPaths(api, input.projectId, mr.iid),
        // A merge request from a fork has its commits in the source project.
        read: (path) => readAt(api, String(mr.source_project_id), path, mr.sha),
      }),
    },
  );
  const { linkTo } = input;
  const inProject = (file: string) => (input.pathPrefix === '' ? file : `${input.pathPrefix}/${file}`);
  const reports: CollisionReport[] = collisions.map(({ proposal: mr, other, findings }) => {
    const theirs = new Set(other.changed);
    // A finding that could not be placed on this merge request's step links the other's file at its head.
    const fileUrl = (file: string, line: number) => linkTo!(file, line, theirs.has(inProject(file)) && !ownChanged.has(inProject(file)) ? mr.sha : undefined);
    return { pull: { number: mr.iid, title: mr.title, url: mr.web_url }, findings, ...(linkTo ? { fileUrl } : {}) };
  });
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
