// The sticky pull-request comment: one per pull request (and check name), found again by a hidden
// marker AND by its author, then edited in place, so a push never adds a new comment. Matching the
// author too keeps anyone else's comment that quotes the marker from being overwritten. The find-or-adopt
// logic is forge-neutral (src/forge/sticky-comment.ts); this file is its GitHub side.
import type { CommentStore, ForgeComment, StickyCommentResult } from '../forge/sticky-comment.ts';
import { upsertSticky } from '../forge/sticky-comment.ts';
import type { GitHubClient } from './client.ts';

export type { StickyCommentResult };

/** The account that GITHUB_TOKEN posts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

export function stickyMarker(checkName: string): string {
  return `<!-- changegate:sticky-comment ${checkName.replace(/[^A-Za-z0-9._:/()-]/g, '_')} -->`;
}

/**
 * Logins the token posts as: the authenticated user for a personal token; GITHUB_TOKEN and app
 * installation tokens cannot read /user, and GITHUB_TOKEN posts as github-actions[bot].
 */
export async function tokenAuthors(github: GitHubClient): Promise<Set<string>> {
  const authors = new Set([ACTIONS_BOT]);
  try {
    const me = await github.rest.users.getAuthenticated();
    authors.add(me.data.login);
  } catch (err) {
    if (!isRequestError(err)) throw err;
  }
  return authors;
}

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
  authors: ReadonlySet<string>;
}

/** The comments of one pull request through the REST API, for src/forge/sticky-comment.ts. */
export function pullRequestComments(github: GitHubClient, owner: string, repo: string, issueNumber: number): CommentStore {
  const asComment = (c: { id: number; body?: string | undefined; user: { login: string } | null; html_url: string }): ForgeComment => ({
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    url: c.html_url,
  });
  return {
    list: async () => (await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })).map(asComment),
    create: async (body) => asComment((await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data),
    update: async (id, body) => asComment((await github.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data),
    remove: async (id) => {
      try {
        await github.rest.issues.deleteComment({ owner, repo, comment_id: id });
      } catch (err) {
        // Already gone (a retried delete): the goal is reached.
        if (!(isRequestError(err) && err.status === 404)) throw err;
      }
    },
  };
}

export async function upsertStickyComment(github: GitHubClient, input: StickyCommentInput): Promise<StickyCommentResult> {
  return upsertSticky(pullRequestComments(github, input.owner, input.repo, input.issueNumber), input, github.writeHooks);
}

/** An HTTP error from octokit (any thrown value with a numeric status), as opposed to a bug of ours. */
export function isRequestError(err: unknown): err is { status: number; message: string } {
  return typeof err === 'object' && err !== null && 'status' in err && typeof (err as { status: unknown }).status === 'number';
}
