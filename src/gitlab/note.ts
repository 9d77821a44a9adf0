// The sticky merge-request note: one per merge request (and note name), found again by a hidden marker
// AND by the account the token posts as, then edited in place, so a push never adds a second note and
// nobody's note that quotes the marker is ever overwritten. The find, adopt-a-lost-answer and
// remove-duplicates logic is forge-neutral (src/forge/sticky-comment.ts); this file is its GitLab side.
import type { CommentStore, ForgeComment, StickyCommentResult } from '../forge/sticky-comment.ts';
import { upsertSticky } from '../forge/sticky-comment.ts';
import type { GitLabApi, GitLabClient } from './client.ts';
import { isGitLabRequestError } from './client.ts';

export function noteMarker(name: string): string {
  return `<!-- changegate:sticky-note ${name.replace(/[^A-Za-z0-9._:/()-]/g, '_')} -->`;
}

export interface StickyNoteInput {
  projectId: string;
  mergeRequestIid: number;
  /** The merge request's page, for the note's link. */
  mergeRequestUrl: string;
  marker: string;
  body: string;
  /** Username of the account the token posts as. */
  author: string;
}

/**
 * The username the token posts as: GET /user for an access token. GitLab refuses /user to CI_JOB_TOKEN,
 * whose requests act as the user who started the pipeline (GITLAB_USER_LOGIN), so that name is used for it.
 */
export async function tokenUsername(api: GitLabApi, token: { kind: 'private' | 'job' }, pipelineUser: string | undefined): Promise<string> {
  try {
    const me = await api.Users.showCurrentUser();
    return me.username;
  } catch (err) {
    const refused = isGitLabRequestError(err) && (err.status === 401 || err.status === 403);
    if (refused && token.kind === 'job' && pipelineUser !== undefined) return pipelineUser;
    throw err;
  }
}

/** The notes of one merge request through the REST API, for src/forge/sticky-comment.ts; system notes are left out. */
export function mergeRequestNotes(api: GitLabApi, input: Pick<StickyNoteInput, 'projectId' | 'mergeRequestIid' | 'mergeRequestUrl'>): CommentStore {
  const { projectId, mergeRequestIid: iid } = input;
  const asComment = (n: { id: number; body: string; author: { username: string } }): ForgeComment => ({
    id: n.id,
    body: n.body,
    author: n.author.username,
    url: `${input.mergeRequestUrl}#note_${n.id}`,
  });
  return {
    // Oldest first: the first match is the sticky note, however many pages of discussion there are.
    list: async () => (await api.MergeRequestNotes.all(projectId, iid, { sort: 'asc', orderBy: 'created_at', perPage: 100 })).filter((n) => !n.system).map(asComment),
    create: async (body) => asComment(await api.MergeRequestNotes.create(projectId, iid, body)),
    update: async (id, body) => asComment(await api.MergeRequestNotes.edit(projectId, iid, id, { body })),
    remove: async (id) => {
      try {
        await api.MergeRequestNotes.remove(projectId, iid, id);
      } catch (err) {
        // Already gone (a retried delete): the goal is reached.
        if (!(isGitLabRequestError(err) && err.status === 404)) throw err;
      }
    },
  };
}

export async function upsertStickyNote(api: GitLabClient, input: StickyNoteInput): Promise<StickyCommentResult> {
  return upsertSticky(mergeRequestNotes(api, input), { marker: input.marker, body: input.body, authors: new Set([input.author]) }, api.writeHooks);
}
