// The cache of loaded documents under .git/ changes nothing but time: `check --staged` and `guard` print
// the same bytes with and without it, cold and warm, on every fixture repository; entries that are corrupt
// or belong to another file are ignored (and rewritten), never trusted; and the guard, which reads the
// working tree, never serves an edited, uncommitted file from the entry of its committed version.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, ROOT, cleanupAll, cli, initRepo } from './helpers.ts';
import type { TempRepo } from './helpers.ts';
import { FIXTURE_REPOS, fixtureRepo, fixtureRepoPath } from '../support/fixture-repos.ts';

afterAll(cleanupAll);

const FIXTURES: [string, string][] = [
  ...readdirSync(FIXTURE_REPOS).map((name): [string, string] => [fixtureRepoPath(name), fixtureRepo(name)]),
  ['examples/six-sites', join(ROOT, 'examples', 'six-sites')],
];

/** A clone of the fixture with everything committed and one change request (when there is one) edited and staged. */
function stagedRepo(source: string): TempRepo {
  const repo = initRepo();
  cpSync(source, repo.dir, { recursive: true });
  repo.git('add', '-A');
  repo.git('commit', '-q', '--allow-empty', '-m', 'base');
  const changes = join(repo.dir, 'changes');
  const first = existsSync(changes) ? readdirSync(changes).filter((f) => f.endsWith('.yaml')).sort()[0] : undefined;
  if (first !== undefined) {
    const path = `changes/${first}`;
    repo.write(path, repo.read(path).replace(/^(title: .*)$/m, '$1 (edited)'));
    repo.git('add', '--', path);
  }
  return repo;
}

const cacheDir = (repo: TempRepo) => join(repo.dir, '.git', 'changegate', 'documents');
const entries = (repo: TempRepo) => (existsSync(cacheDir(repo)) ? readdirSync(cacheDir(repo)).filter((f) => f.endsWith('.entry')).sort() : []);
// Entries hold raw bytes after their JSON: read and written as latin1, one character per byte.
const readEntry = (repo: TempRepo, name: string) => readFileSync(join(cacheDir(repo), name), 'latin1');
const writeEntry = (repo: TempRepo, name: string, bytes: string) => writeFileSync(join(cacheDir(repo), name), bytes, 'latin1');

/** An entry's payload (JSON) and the raw position rows after it, as src/source/document-cache.ts writes them. */
function decodeEntry<T>(bytes: string): { payload: T; rows: string } {
  const body = bytes.slice(bytes.indexOf('\n') + 1);
  const newline = body.indexOf('\n');
  const end = newline + 1 + Number(body.slice(0, newline));
  return { payload: JSON.parse(Buffer.from(body.slice(newline + 1, end), 'latin1').toString('utf8')) as T, rows: body.slice(end) };
}

/** An entry with a valid checksum for this payload and these rows. */
function encodeEntry(payload: unknown, rows: string): string {
  const json = Buffer.from(JSON.stringify(payload), 'utf8').toString('latin1');
  const body = `${json.length}\n${json}${rows}`;
  return `${createHash('sha256').update(Buffer.from(body, 'latin1')).digest('hex')}\n${body}`;
}

async function staged(repo: TempRepo, format: string, cache: boolean) {
  const result = await cli(['check', '--staged', '--format', format, '--as-of', AS_OF, ...(cache ? [] : ['--no-cache'])], repo.dir);
  return `${result.code}\n${result.stdout}\n${result.stderr}`;
}

describe('the document cache of check --staged', () => {
  for (const [name, source] of FIXTURES) {
    it(`gives byte-identical output with and without it, cold and warm: ${name}`, async () => {
      const repo = stagedRepo(source);
      for (const format of ['text', 'json']) {
        const reference = await staged(repo, format, false);
        // --no-cache writes nothing.
        if (format === 'text') expect(entries(repo)).toEqual([]);
        expect(await staged(repo, format, true)).toBe(reference);
        expect(await staged(repo, format, true)).toBe(reference);
      }
      // Every included file once, and the edited one twice (its index and HEAD versions).
      const yamlFiles = repo.git('ls-files').split('\n').filter((l) => /^(inventory|traffic|software|policy|changes|waivers)\/.*\.ya?ml$/.test(l)).length;
      if (yamlFiles > 0) expect(entries(repo).length).toBeGreaterThanOrEqual(yamlFiles);
    });
  }

  // Both sides share the loaded documents of the files a commit leaves alone, and what is built from
  // them: an edit to the inventory or the policy must still be judged afresh on its side.
  for (const [what, path, edit] of [
    ['the inventory', 'inventory/call-servers.yaml', (t: string) => t.replaceAll('capacity: { sessions: 10000, cps: 150 }', 'capacity: { sessions: 1500, cps: 150 }')],
    ['the policy time zone', 'policy/policy.yaml', (t: string) => t.replace('timeZone: Europe/Paris', 'timeZone: Asia/Tokyo')],
  ] as const) {
    it(`judges a staged edit of ${what} as --no-cache does, cold and warm`, async () => {
      const repo = stagedRepo(join(ROOT, 'examples', 'six-sites'));
      const before = repo.read(path);
      const after = edit(before);
      expect(after).not.toBe(before);
      repo.write(path, after);
      repo.git('add', '--', path);
      const reference = await staged(repo, 'json', false);
      expect(await staged(repo, 'json', true)).toBe(reference);
      expect(await staged(repo, 'json', true)).toBe(reference);
      // The edit brings new findings: judged with the other side's documents, they would be "existing".
      expect(reference).toContain('"label": "new"');
    });
  }

  it('ignores corrupt and foreign entries, and rewrites them', async () => {
    const repo = stagedRepo(join(ROOT, 'examples', 'six-sites'));
    const reference = await staged(repo, 'json', false);
    await staged(repo, 'json', true);
    const names = entries(repo);
    expect(names.length).toBeGreaterThan(5);
    const original = new Map(names.map((n) => [n, readEntry(repo, n)]));
    // Foreign: every entry holds another file's entry, with its valid checksum.
    names.forEach((n, i) => writeEntry(repo, n, original.get(names[(i + 1) % names.length] as string) as string));
    expect(await staged(repo, 'json', true)).toBe(reference);
    // Rewritten: the cache is whole again.
    for (const n of names) expect(readEntry(repo, n)).toBe(original.get(n));
    // Corrupt: a changed byte in the payload (the checksum no longer holds), cut short, not JSON, empty.
    const damage = [(t: string) => t.replace('"value"', '"valuf"'), (t: string) => t.slice(0, t.length >> 1), () => 'not a cache entry', () => ''];
    names.forEach((n, i) => writeEntry(repo, n, (damage[i % damage.length] as (t: string) => string)(original.get(n) as string)));
    expect(await staged(repo, 'json', true)).toBe(reference);
    // A payload changed with its checksum recomputed is still refused when its key is not the file's.
    const [victim] = names as [string];
    const { payload, rows } = decodeEntry<{ key: string }>(original.get(victim) as string);
    writeEntry(repo, victim, encodeEntry({ ...payload, key: payload.key.replace('0.1.0', '0.0.9') }, rows));
    expect(await staged(repo, 'json', true)).toBe(reference);
    // Position rows cut short or lengthened, with the checksum recomputed: refused.
    const withRows = names.filter((n) => decodeEntry(original.get(n) as string).rows.length > 0);
    expect(withRows.length).toBeGreaterThan(1);
    withRows.forEach((n, i) => {
      const entry = decodeEntry(original.get(n) as string);
      writeEntry(repo, n, encodeEntry(entry.payload, i % 2 === 0 ? entry.rows.slice(0, -4) : `${entry.rows}\u0000\u0000\u0000\u0000`));
    });
    expect(await staged(repo, 'json', true)).toBe(reference);
    for (const n of withRows) expect(readEntry(repo, n)).toBe(original.get(n));
  });

  it('keeps each change request\'s revision with its entry, and ignores an entry whose revision is malformed or misplaced', async () => {
    const repo = stagedRepo(join(ROOT, 'examples', 'six-sites'));
    const reference = await staged(repo, 'json', false);
    await staged(repo, 'json', true);
    type Entry = { revision?: string; validation?: { kind?: string } };
    const read = (name: string) => decodeEntry<Entry>(readEntry(repo, name)).payload;
    const write = (name: string, payload: Entry) => writeEntry(repo, name, encodeEntry(payload, decodeEntry(readEntry(repo, name)).rows));
    const names = entries(repo);
    const changes = names.filter((n) => read(n).validation?.kind === 'ChangeRequest');
    const others = names.filter((n) => read(n).validation?.kind !== 'ChangeRequest');
    expect(changes.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(1);
    // The revision the output shows for each change request is the one kept with its entry.
    const revisions = new Set(changes.map((n) => read(n).revision));
    const shown = [...reference.matchAll(/"revision": "(sha256:[0-9a-f]{64})"/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(1);
    for (const revision of shown) expect(revisions.has(revision)).toBe(true);
    for (const n of others) expect(read(n).revision).toBeUndefined();
    // Malformed revisions on change requests, and a revision on a file that is no change request.
    const good = read(changes[0] as string).revision as string;
    const original = new Map(names.map((n) => [n, readEntry(repo, n)]));
    const bad = ['sha256:not-hex', 'sha1:' + 'a'.repeat(40), 42, null];
    changes.forEach((n, i) => write(n, { ...read(n), revision: bad[i % bad.length] as string }));
    write(others[0] as string, { ...read(others[0] as string), revision: good });
    expect(await staged(repo, 'json', true)).toBe(reference);
    // Ignored, hence rewritten as they were.
    for (const n of [...changes, others[0] as string]) expect(readEntry(repo, n)).toBe(original.get(n));
  });
});

/** A clone of the fixture with everything committed, for the guard (which reads the working tree). */
function committedRepo(source: string): TempRepo {
  const repo = initRepo();
  cpSync(source, repo.dir, { recursive: true });
  repo.git('add', '-A');
  repo.git('commit', '-q', '--allow-empty', '-m', 'base');
  return repo;
}

/** Every change request of the repository with its first step and that step's planned start (for the guard). */
function guardCases(repo: TempRepo): { change: string; step: string; at: string }[] {
  const changes = join(repo.dir, 'changes');
  if (!existsSync(changes)) return [];
  const cases: { change: string; step: string; at: string }[] = [];
  for (const name of readdirSync(changes).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = repo.read(`changes/${name}`);
    const change = /^id: (\S+)/m.exec(text)?.[1];
    const steps = text.indexOf('steps:');
    const step = /^ {2}- id: (\S+)/m.exec(text.slice(steps))?.[1];
    const at = /start: (\d{4}-[0-9T:.+-]+Z?)/.exec(text.slice(steps))?.[1];
    if (change !== undefined && step !== undefined && at !== undefined && steps >= 0) cases.push({ change, step, at });
  }
  return cases;
}

async function guard(repo: TempRepo, c: { change: string; step: string; at: string }, cache: boolean) {
  const result = await cli(['guard', c.change, '--step', c.step, '--at', c.at, '--format', 'json', ...(cache ? [] : ['--no-cache'])], repo.dir);
  return `${result.code}\n${result.stdout}\n${result.stderr}`;
}

describe('the document cache of changegate guard', () => {
  for (const [name, source] of FIXTURES) {
    it(`gives byte-identical decisions with and without it, cold and warm: ${name}`, async () => {
      const repo = committedRepo(source);
      // A change that does not exist is judged too (every repository has one): the answer is an error.
      const cases = [...guardCases(repo), { change: 'CR-NOT-IN-THE-PLAN', step: 's1', at: AS_OF }];
      for (const c of cases) {
        const reference = await guard(repo, c, false);
        if (c === cases[0]) expect(entries(repo)).toEqual([]);
        expect(await guard(repo, c, true)).toBe(reference);
        expect(await guard(repo, c, true)).toBe(reference);
      }
      const yamlFiles = repo.git('ls-files').split('\n').filter((l) => /^(inventory|traffic|software|policy|changes|waivers)\/.*\.ya?ml$/.test(l)).length;
      if (yamlFiles > 0) expect(entries(repo).length).toBeGreaterThanOrEqual(yamlFiles);
    });
  }

  it('reads an edited, uncommitted file as it is now, never from the entry of its committed version', async () => {
    const repo = committedRepo(join(ROOT, 'examples', 'six-sites'));
    const [c] = guardCases(repo);
    if (c === undefined) throw new Error('the example has no change request with a step');
    const before = await guard(repo, c, true);
    const file = readdirSync(join(repo.dir, 'changes')).find((f) => repo.read(`changes/${f}`).includes(`id: ${c.change}`)) as string;
    // An edit the schema refuses: a cached copy of the committed file would hide it and answer as before.
    repo.write(`changes/${file}`, `${repo.read(`changes/${file}`)}notAField: 1\n`);
    const reference = await guard(repo, c, false);
    expect(reference).not.toBe(before);
    expect(await guard(repo, c, true)).toBe(reference);
    expect(await guard(repo, c, true)).toBe(reference);
  });
});
