// The fixture repositories that the CLI tests run `changegate` on (test/fixtures/repos/<name>). Each
// folder holds only what makes it that repository (its change requests, execution records, README);
// the six-site network under it is the canonical one of test/support/builders.ts, written out with the
// folder's files on top into a temporary folder, once per test process. The mistakes of `broken` are
// explicit edits of the canonical files (BROKEN_EDITS), so they stay visible and cannot drift.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkText, writeNetwork } from './builders.ts';

/** The committed overlays, one folder per repository. */
export const FIXTURE_REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');

/** The repositories that sit on the six-site network; the others (`empty`) are copied as they are. */
const ON_THE_NETWORK = ['passing', 'failing', 'broken', 'lifecycle'] as const;

export interface TextEdit {
  file: string;
  from: string;
  to: string;
}

/** The deliberate mistakes of the `broken` repository, each an input error the CLI must point at. */
export const BROKEN_EDITS: readonly TextEdit[] = [
  // reference-integrity: mrs1-cs2 in a redundancy group that does not exist (a lower-case L for the I of ECI).
  { file: 'inventory/call-servers.yaml', from: 'redundancyGroup: ECI\n    emergency: true\n\n  # BDX1', to: 'redundancyGroup: ECl\n    emergency: true\n\n  # BDX1' },
  // reference-integrity: a route through a trunk of another call server.
  { file: 'inventory/emergency.yaml', from: '{ callServer: lil1-cs2, trunk: lil1-cs2-tpb, switch: TR-PAR-B, psap: PFA-197 }', to: '{ callServer: lil1-cs2, trunk: lil1-cs1-tpa, switch: TR-PAR-A, psap: PFA-197 }' },
  // yaml-syntax: a duplicate key.
  { file: 'policy/policy.yaml', from: 'timeZone: Europe/Paris\n', to: 'timeZone: Europe/Paris\n\n# Times below are local.\ntimeZone: Europe/Paris\n' },
  // schema-valid: a misspelt key.
  { file: 'software/catalog.yaml', from: '    version: 7.5.0\n    status: qualified', to: '    version: 7.5.0\n    staus: qualified' },
  // schema-valid: an unknown time zone, with a suggestion.
  { file: 'traffic/forecast.yaml', from: 'timeZone: Europe/Paris', to: 'timeZone: Europe/Pari' },
];

/** Applies edits that must each match exactly once (so an edit cannot silently do nothing). */
export function applyEdits(edits: readonly TextEdit[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const e of edits) {
    const text = texts[e.file] ?? networkText(e.file);
    const at = text.indexOf(e.from);
    if (at < 0 || text.indexOf(e.from, at + 1) >= 0) throw new Error(`${e.file}: "${e.from}" must occur exactly once`);
    texts[e.file] = text.slice(0, at) + e.to + text.slice(at + e.from.length);
  }
  return texts;
}

let workdir: string | undefined;

/**
 * A temporary folder in which `test/fixtures/repos/<name>` is each complete fixture repository, so a
 * CLI run there with that relative path prints the same paths as in the source tree. Written on first
 * use, removed when the process exits.
 */
export function fixtureWorkdir(): string {
  if (workdir) return workdir;
  const dir = mkdtempSync(join(tmpdir(), 'changegate-fixture-repos-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const repos = join(dir, 'test', 'fixtures', 'repos');
  for (const name of ON_THE_NETWORK) writeNetwork(join(repos, name), name === 'broken' ? applyEdits(BROKEN_EDITS) : {});
  // The committed files of each repository go on top (and make up `empty` alone).
  cpSync(FIXTURE_REPOS, repos, { recursive: true });
  workdir = dir;
  return dir;
}

/** The relative path of a fixture repository, under `fixtureWorkdir()`. */
export const fixtureRepoPath = (name: string): string => `test/fixtures/repos/${name}`;

/** The absolute path of one complete fixture repository (passing, failing, broken, lifecycle, empty). */
export function fixtureRepo(name: string): string {
  return join(fixtureWorkdir(), fixtureRepoPath(name));
}
