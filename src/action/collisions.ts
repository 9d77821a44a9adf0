// Collisions with other open pull requests (invariant 6): list the other open pull requests on the same
// base, with the files each changes, and read their change-request files through the Contents API at
// their head commit; src/forge/collisions.ts judges them together with this pull request and places
// each finding on this pull request's colliding step.
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { findProposalCollisions } from '../forge/collisions.ts';
import type { CollisionReport } from '../report/markdown.ts';
import type { GitHubClient } from './client.ts';
import { isRequestError } from './comment.ts';

export { COLLISION_RULE_ID, involves, otherSide } from '../forge/collisions.ts';

export interface CollisionInput {
  owner: string;
  repo: string;
  pullNumber: number;
  baseRef: string;
  /** Folder of the network repository inside the GitHub repository ('' for the root). */
  pathPrefix: string;
  /** This pull request's snapshot, as evaluated. */
  files: readonly RepoFile[];
  evaluation: Evaluation;
  options: EvaluateOptions;
}

export interface CollisionOutcome {
  reports: CollisionReport[];
  /** What was checked or skipped, for the log (plain text). */
  notes: string[];
}

/** Repository paths a pull request changes (removed files aside). */
async function changedPaths(github: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<string[]> {
  const files = await github.paginate(github.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}

export async function findCollisions(github: GitHubClient, input: CollisionInput): Promise<CollisionOutcome> {
  const { owner, repo } = input;
  type Pull = Awaited<ReturnType<typeof github.rest.pulls.list>>['data'][number];
  const { collisions, notes } = await findProposalCollisions<Pull>(
    { pathPrefix: input.pathPrefix, files: input.files, evaluation: input.evaluation, options: input.options },
    {
      word: 'pull request',
      ownChanged: () => changedPaths(github, owner, repo, input.pullNumber),
      others: async () =>
        (await github.paginate(github.rest.pulls.list, { owner, repo, state: 'open', base: input.baseRef, per_page: 100 }))
          .filter((p) => p.number !== input.pullNumber)
          .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : a.number - b.number)),
      open: async (pull) => ({
        label: `#${pull.number}`,
        changed: await changedPaths(github, owner, repo, pull.number),
        read: (path) => readAt(github, owner, repo, path, pull.head.sha),
      }),
    },
  );
  const reports = collisions.map(({ proposal: pull, findings }) => ({ pull: { number: pull.number, title: pull.title, url: pull.html_url }, findings }));
  return { reports, notes };
}

async function readAt(github: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const response = await github.rest.repos.getContent({ owner, repo, path, ref });
    const data = response.data;
    // The Contents API inlines files up to 1 MB; change requests are far smaller.
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || data.encoding !== 'base64') return undefined;
    return new Uint8Array(Buffer.from(data.content, 'base64'));
  } catch (err) {
    // A file that vanished since the listing (force-push) is skipped; anything else surfaces.
    if (isRequestError(err) && err.status === 404) return undefined;
    throw err;
  }
}
