// The forge-neutral sticky comment against an in-memory comment store that can lose answers.
import { describe, expect, it } from 'vitest';
import { upsertSticky } from '../../src/forge/sticky-comment.ts';
import type { CommentStore, ForgeComment } from '../../src/forge/sticky-comment.ts';

const MARKER = '<!-- gate -->';
const BOT = 'gate-bot';

/** Comments in memory; `lose` makes the next create or update apply and then fail as a 502 would. */
function memoryStore(initial: Omit<ForgeComment, 'url'>[] = []) {
  let next = 100;
  const comments: ForgeComment[] = initial.map((c) => ({ ...c, url: `#${c.id}` }));
  const lostAnswer = Object.assign(new Error('Bad Gateway'), { forgeDiagnosis: { kind: 'server', cause: 'server error HTTP 502' } });
  const state = { lose: 0, creates: 0, removed: [] as number[] };
  const store: CommentStore = {
    list: async () => comments.map((c) => ({ ...c })),
    create: async (body) => {
      state.creates++;
      const comment = { id: next++, body, author: BOT, url: `#${next - 1}` };
      comments.push(comment);
      if (state.lose > 0) {
        state.lose--;
        throw lostAnswer;
      }
      return { ...comment };
    },
    update: async (id, body) => {
      const comment = comments.find((c) => c.id === id)!;
      comment.body = body;
      if (state.lose > 0) {
        state.lose--;
        throw lostAnswer;
      }
      return { ...comment };
    },
    remove: async (id) => {
      state.removed.push(id);
      comments.splice(
        comments.findIndex((c) => c.id === id),
        1,
      );
    },
  };
  return { store, comments, state };
}

const hooks = { log: () => {}, sleep: async () => {} };
const request = (body: string) => ({ marker: MARKER, body: `${MARKER}\n${body}`, authors: new Set([BOT]) });

describe('upsertSticky', () => {
  it('adopts a comment whose create answer was lost instead of posting a second one', async () => {
    const { store, comments, state } = memoryStore();
    state.lose = 1;
    const result = await upsertSticky(store, request('FAIL'), hooks);
    expect(state.creates).toBe(1);
    expect(comments).toHaveLength(1);
    expect(result).toMatchObject({ action: 'created', id: comments[0]!.id });
  });

  it('keeps the oldest of duplicate marked comments, edits it and removes the rest; others quoting the marker stay', async () => {
    const { store, comments, state } = memoryStore([
      { id: 1, body: `${MARKER}\nold`, author: BOT },
      { id: 2, body: `${MARKER}\nquoted`, author: 'mallory' },
      { id: 3, body: `${MARKER}\nstale FAIL`, author: BOT },
    ]);
    const result = await upsertSticky(store, request('PASS'), hooks);
    expect(result).toEqual({ action: 'updated', id: 1, url: '#1', removed: 1 });
    expect(state.removed).toEqual([3]);
    expect(comments.map((c) => [c.id, c.body])).toEqual([
      [1, `${MARKER}\nPASS`],
      [2, `${MARKER}\nquoted`],
    ]);
  });

  it('leaves an identical comment alone', async () => {
    const { store } = memoryStore([{ id: 1, body: `${MARKER}\nsame`, author: BOT }]);
    expect(await upsertSticky(store, request('same'), hooks)).toEqual({ action: 'unchanged', id: 1, url: '#1', removed: 0 });
  });
});
