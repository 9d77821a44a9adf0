// A copy of examples/six-sites in a real git repository whose policy verifies approvals by signed
// commits: real SSH keys made with ssh-keygen, real signed commits, real `git` verification.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../default-pack.ts';
import { readFolder } from '../../src/source/folder.ts';
import { ROOT, initRepo, tempDir } from '../git/helpers.ts';
import type { TempRepo } from '../git/helpers.ts';

export const EXAMPLE = join(ROOT, 'examples', 'six-sites');
export const CR_0412 = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';
export const CR_0601 = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const APPROVALS_0412 = /approvals:\n( {2}- \{ by: .*\n)+/;

export interface SignedRepo extends TempRepo {
  /** Private key file of a person (approvers are in the allowed signers; others are not). */
  key(person: string): string;
  /** Commits everything as `person`, signed with their key, or unsigned. */
  commitAs(person: string, message: string, signed?: boolean): void;
  /** The current revision of a change request, as `check --format json` prints it. */
  revision(changeId: string): string;
}

/**
 * The example with `approvalSource: signed-commits`, keys for a.martin and l.bernard (CAB) in
 * policy/allowed_signers, and keys for m.leroy and j.dupont that are not. CR-2026-0412's approvals are
 * removed in the first (unsigned) commit; `approve()` adds them back as their approvers would.
 */
export function signedExampleRepo(): SignedRepo {
  const repo = initRepo();
  cpSync(EXAMPLE, repo.dir, { recursive: true, filter: (src) => !src.includes('gallery') && !src.endsWith('README.md') });
  const keys = new Map<string, string>();
  const keyDir = tempDir('changegate-keys-');
  for (const person of ['a.martin', 'l.bernard', 'm.leroy', 'j.dupont']) {
    const file = join(keyDir, person);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', person, '-f', file]);
    keys.set(person, file);
  }
  const signers = ['a.martin', 'l.bernard'].map((p) => `${p} ${readFileSync(`${keys.get(p)}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}`);
  repo.write('policy/allowed_signers', `# CAB approvers' keys\n${signers.join('\n')}\n`);
  repo.write('policy/policy.yaml', repo.read('policy/policy.yaml').replace('approvalSource: { kind: declared }', 'approvalSource: { kind: signed-commits, allowedSigners: allowed_signers }'));
  repo.write(CR_0412, repo.read(CR_0412).replace(APPROVALS_0412, ''));
  repo.git('config', 'gpg.format', 'ssh');
  const commitAs = (person: string, message: string, signed = true) => {
    repo.git('add', '-A');
    const sign = signed ? ['-c', `user.signingkey=${keys.get(person)}`] : [];
    repo.git('-c', `user.name=${person}`, '-c', `user.email=${person}@example.org`, ...sign, 'commit', '-q', ...(signed ? ['-S'] : []), '-m', message);
  };
  commitAs('j.dupont', 'Network and change requests', false);
  return {
    ...repo,
    key: (person) => keys.get(person) as string,
    commitAs,
    revision: (changeId) => {
      const evaluation = evaluate(readFolder(repo.dir).files, {});
      return evaluation.changes.find((c) => c.id === changeId)?.revision as string;
    },
  };
}

/** Adds one approval line to a change request's approvals list (creating the list after `state:`). */
export function addApproval(repo: SignedRepo, file: string, line: string): void {
  const text = repo.read(file);
  const next = /\napprovals:\n/.test(text) ? text.replace(/\napprovals:\n/, `\napprovals:\n${line}\n`) : text.replace(/\nstate: ([\w-]+)\n/, `\nstate: $1\napprovals:\n${line}\n`);
  writeFileSync(join(repo.dir, file), next);
}
