// The sticky comment on a pull (merge) request, forge-neutral: one comment per request and gate, found
// again by a hidden marker AND its author (someone quoting the marker is never edited), edited in place.
// Every write is idempotent: a create whose answer was lost is found again by listing the comments; and
// duplicates left by an earlier run (two marked comments of ours) are reconciled down to the oldest, so
// no stale verdict stays on the page.
import type { WriteHooks } from './idempotent-write.ts';
import { writeOnce } from './idempotent-write.ts';

export interface ForgeComment {
  id: number;
  body: string;
  author: string;
  url: string;
}

/** The comments of one pull request, as the forge's API offers them. */
export interface CommentStore {
  /** All comments, oldest first. */
  list(): Promise<ForgeComment[]>;
  create(body: string): Promise<ForgeComment>;
  update(id: number, body: string): Promise<ForgeComment>;
  remove(id: number): Promise<void>;
}

export interface StickyCommentRequest {
  marker: string;
  body: string;
  /** Accounts the token posts as. */
  authors: ReadonlySet<string>;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  /** The live comment: the one left on the page. */
  id: number;
  url: string;
  /** Duplicates of ours removed (left by an earlier run whose answer was lost). */
  removed: number;
  /** Set when the write's answer was lost and the comment was found by reading the comments back. */
  adopted?: true;
}

export function isSticky(comment: ForgeComment, request: Pick<StickyCommentRequest, 'marker' | 'authors'>): boolean {
  return comment.body.includes(request.marker) && request.authors.has(comment.author);
}

export async function upsertSticky(store: CommentStore, request: StickyCommentRequest, hooks: WriteHooks): Promise<StickyCommentResult> {
  const ours = (await store.list()).filter((c) => isSticky(c, request));
  let result: StickyCommentResult;
  const [kept, ...duplicates] = ours;
  if (kept === undefined) {
    const created = await writeOnce(
      {
        label: 'create the sticky comment',
        send: () => store.create(request.body),
        // There was none before this create, so a marked comment of ours now is the one it posted (the
        // forge may normalise the body, so it is not compared).
        find: async () => (await store.list()).find((c) => isSticky(c, request)),
      },
      hooks,
    );
    result = { action: 'created', id: created.value.id, url: created.value.url, removed: 0, ...(created.adopted ? { adopted: true as const } : {}) };
  } else if (kept.body === request.body) {
    result = { action: 'unchanged', id: kept.id, url: kept.url, removed: 0 };
  } else {
    const updated = await writeOnce(
      {
        label: 'edit the sticky comment',
        send: () => store.update(kept.id, request.body),
        find: async () => (await store.list()).find((c) => c.id === kept.id && c.body === request.body),
      },
      hooks,
    );
    result = { action: 'updated', id: updated.value.id, url: updated.value.url, removed: 0, ...(updated.adopted ? { adopted: true as const } : {}) };
  }
  for (const duplicate of duplicates) {
    await store.remove(duplicate.id);
    result.removed++;
  }
  return result;
}
