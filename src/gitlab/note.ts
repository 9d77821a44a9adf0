// The sticky merge-request note: one per merge request (and note name), found again by a hidden marker
// AND by the account the token posts as, then edited in place, so a push never adds a second note and
// nobody's note that quotes the marker is ever overwritten.
//
// A POST whose answer is lost (the connection drops, a gateway times out) may or may not have created the
// note. It is never blindly sent again: the notes are read back, and only when ours is not there is it
// created a second time.
import type { GitLabApi } from './client.ts';
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

export interface StickyNoteResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** Set when the creation's answer was lost and the note was found by reading the notes back. */
  recovered?: boolean;
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

async function findSticky(api: GitLabApi, input: StickyNoteInput): Promise<{ id: number; body: string } | undefined> {
  // Oldest first: the first match is the sticky note, however many pages of discussion there are.
  const notes = await api.MergeRequestNotes.all(input.projectId, input.mergeRequestIid, { sort: 'asc', orderBy: 'created_at', perPage: 100 });
  const note = notes.find((n) => !n.system && n.author.username === input.author && n.body.includes(input.marker));
  return note ? { id: note.id, body: note.body } : undefined;
}

export async function upsertStickyNote(api: GitLabApi, input: StickyNoteInput): Promise<StickyNoteResult> {
  const url = (id: number) => `${input.mergeRequestUrl}#note_${id}`;
  const existing = await findSticky(api, input);
  if (existing) {
    if (existing.body === input.body) return { action: 'unchanged', id: existing.id, url: url(existing.id) };
    const edited = await api.MergeRequestNotes.edit(input.projectId, input.mergeRequestIid, existing.id, { body: input.body });
    return { action: 'updated', id: edited.id, url: url(edited.id) };
  }
  try {
    const created = await api.MergeRequestNotes.create(input.projectId, input.mergeRequestIid, input.body);
    return { action: 'created', id: created.id, url: url(created.id) };
  } catch (err) {
    if (!isGitLabRequestError(err) || !err.outcomeUnknown) throw err;
    const landed = await findSticky(api, input);
    if (landed) return { action: 'created', id: landed.id, url: url(landed.id), recovered: true };
    const created = await api.MergeRequestNotes.create(input.projectId, input.mergeRequestIid, input.body);
    return { action: 'created', id: created.id, url: url(created.id) };
  }
}
