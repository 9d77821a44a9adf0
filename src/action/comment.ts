// The sticky pull-request comment: one per pull request (and check name), found again by a hidden
// marker AND by its author, then edited in place, so a push never adds a new comment. Matching the
// author too keeps anyone else's comment that quotes the marker from being overwritten.
import type { GitHubClient } from './client.ts';

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

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

export async function upsertStickyComment(github: GitHubClient, input: StickyCommentInput): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = input;
  let existing: { id: number; body: string; url: string } | undefined;
  // Comments come oldest first; the first match is the sticky one, however many pages there are.
  pages: for await (const page of github.paginate.iterator(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
    for (const comment of page.data) {
      if (comment.body?.includes(input.marker) && comment.user && input.authors.has(comment.user.login)) {
        existing = { id: comment.id, body: comment.body, url: comment.html_url };
        break pages;
      }
    }
  }
  if (existing) {
    if (existing.body === input.body) return { action: 'unchanged', id: existing.id, url: existing.url };
    const updated = await github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: input.body });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  }
  const created = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: input.body });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

/** An HTTP error from octokit (any thrown value with a numeric status), as opposed to a bug of ours. */
export function isRequestError(err: unknown): err is { status: number; message: string } {
  return typeof err === 'object' && err !== null && 'status' in err && typeof (err as { status: unknown }).status === 'number';
}
