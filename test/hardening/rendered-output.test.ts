// Output that others execute or render: a CAB summary a Markdown renderer shows, text and JUnit lines a
// CI runner reads for workflow commands, commands an operator pastes. Hostile names come from the
// repository (folder and file names, refs); each case runs the real CLI.
import { cpSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { shellWord } from '../../src/core/sanitize.ts';
import { cleanupAll, cli, initRepo, ROOT, tempDir } from '../git/helpers.ts';

afterAll(cleanupAll);

const AS_OF = '2026-11-27T09:00:00+01:00';
const EXAMPLE = join(ROOT, 'examples', 'six-sites');
const INCIDENT_FILE = 'CR-2026-0601-reconnection-all-sites.yaml';
const HOSTILE_NAME = 'x|<img src=x onerror=alert(1)>|`y`.yaml';

describe('CAB Markdown', () => {
  it('a file name holding | and HTML stays inside its code span in the table, as rendered by a GFM renderer', async () => {
    const repo = tempDir('changegate-cab-hostile-');
    cpSync(EXAMPLE, repo, { recursive: true });
    renameSync(join(repo, 'changes', INCIDENT_FILE), join(repo, 'changes', HOSTILE_NAME));
    const run = await cli(['report', repo, '--change', 'CR-2026-0601', '--format', 'md', '--as-of', AS_OF, '--docs-base', 'https://example.org/docs/rules'], ROOT);
    expect(run.code).toBe(1);
    const html = await marked.parse(run.stdout, { gfm: true });
    expect(html).not.toMatch(/<img/i);
    // The name is shown whole, as code, in the File row and in every finding's location.
    const codes = [...html.matchAll(/<code>([^<]*(?:&lt;[^<]*)*)<\/code>/g)].map((m) => m[1] ?? '');
    const shown = 'changes/x|&lt;img src=x onerror=alert(1)&gt;|`y`.yaml';
    expect(codes).toContain(shown);
    expect(codes.filter((c) => c.startsWith(`${shown}:`)).length).toBeGreaterThan(0);
    expect(html).toMatch(/<td>File<\/td>\s*<td><code>changes\/x\|&lt;img src=x onerror=alert\(1\)&gt;\|`y`\.yaml<\/code><\/td>/);
  });
});

describe('lines a CI runner would read as workflow commands', () => {
  it.each(['text', 'junit'])('no line of the %s output starts with :: (a path is written ./::…)', async (format) => {
    const repo = tempDir('changegate-commands-');
    // The repository sits in a folder named like a command; the user checks it by that name.
    const folder = '::warning title=x::y';
    cpSync(EXAMPLE, join(repo, folder), { recursive: true });
    const run = await cli(['check', folder, '--format', format, '--as-of', AS_OF], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^[ \t]*::/m);
    expect(run.stdout).toContain(`./${folder}/changes/`);
  });

  it('and the same through the git comparison text (--staged)', async () => {
    const repo = initRepo();
    const folder = '::error::pwned';
    cpSync(EXAMPLE, join(repo.dir, folder), { recursive: true });
    repo.commit('network');
    repo.write(`${folder}/changes/extra.yaml`, 'kind: ChangeRequest\nid: CR-X\n');
    repo.git('add', '-A');
    const run = await cli(['check', folder, '--staged', '--as-of', AS_OF], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`./${folder}/changes/extra.yaml`);
    expect(run.stdout).not.toMatch(/^[ \t]*::/m);
  });
});

describe('the hint for a missing base ref', () => {
  it('quotes the ref as one shell word in the commands it suggests', async () => {
    const repo = initRepo();
    cpSync(EXAMPLE, repo.dir, { recursive: true });
    repo.commit('network');
    const run = await cli(['check', '.', '--base', 'main; touch pwned', '--as-of', AS_OF], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("run `git fetch origin 'main; touch pwned'` and pass --base 'origin/main; touch pwned'.");
    expect(run.stderr).not.toContain('git fetch origin main; touch');
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
    expect(shellWord('feature/cr-2026.1')).toBe('feature/cr-2026.1');
  });
});
