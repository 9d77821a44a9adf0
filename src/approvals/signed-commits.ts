// The signed-commits approval source: an approval entry counts only when every line of it comes (per
// `git blame`) from a commit whose SSH signature git verifies against the allowed-signers file kept in
// the policy folder, and whose principal is the approver. Lines not yet committed, unsigned commits,
// unknown keys and bad signatures prove nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ApprovalEvidence, LineSpan, Proof, ProofResult } from './evidence.ts';
import { unavailableEvidence } from './evidence.ts';

const run = promisify(execFile);
const NOT_COMMITTED = /^0{40}$/;

export interface SignedCommitsInput {
  /** The snapshot folder (inside a git work tree). */
  root: string;
  /** The files whose approvals matter (change requests, waivers), as the snapshot holds them. */
  files: readonly { path: string; bytes: Uint8Array }[];
  /** Snapshot-relative path of the allowed-signers file (from the policy), for messages. */
  allowedSigners: string;
  /** Its content, as the snapshot holds it. */
  allowedSignersText: string;
  /** The snapshot is this commit; otherwise (working tree, index) the files are blamed as given, against HEAD. */
  commit?: string;
  env?: NodeJS.ProcessEnv;
}

interface Signature {
  status: string;
  principal: string;
}

async function git(root: string, args: string[], env: NodeJS.ProcessEnv | undefined): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Commit of every line (1-based index) of a file, from `git blame --porcelain`. */
export function parseBlame(porcelain: string): string[] {
  const lines: string[] = [];
  for (const row of porcelain.split('\n')) {
    const match = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(row);
    if (match) lines[Number(match[2])] = match[1] as string;
  }
  return lines;
}

/** Gathers the evidence; never throws (a git failure becomes evidence that proves nothing, with the reason). */
export async function signedCommitEvidence(input: SignedCommitsInput): Promise<ApprovalEvidence> {
  let scratch: string | undefined;
  try {
    const prefix = (await git(input.root, ['rev-parse', '--show-prefix'], input.env)).trim();
    scratch = mkdtempSync(join(tmpdir(), 'changegate-signers-'));
    const signersFile = join(scratch, 'allowed_signers');
    writeFileSync(signersFile, input.allowedSignersText);
    const blame = new Map<string, string[]>();
    for (const [i, file] of input.files.entries()) {
      // Blaming the snapshot's own bytes (--contents) keeps line numbers those of the file evaluated.
      const contents = join(scratch, `contents-${i}`);
      if (!input.commit) writeFileSync(contents, file.bytes);
      const args = ['blame', '--porcelain', ...(input.commit ? [input.commit] : ['--contents', contents]), '--', prefix + file.path];
      try {
        blame.set(file.path, parseBlame(await git(input.root, args, input.env)));
      } catch {
        // A file git does not track yet: every line is uncommitted.
        blame.set(file.path, []);
      }
    }
    const commits = [...new Set([...blame.values()].flat().filter((c) => c && !NOT_COMMITTED.test(c)))].sort();
    const signatures = new Map<string, Signature>();
    if (commits.length > 0) {
      const out = await git(
        input.root,
        ['-c', `gpg.ssh.allowedSignersFile=${signersFile}`, 'log', '--no-walk=unsorted', '--format=%H%x09%G?%x09%GS', ...commits],
        input.env,
      );
      for (const row of out.split('\n')) {
        const [sha, status, principal] = row.split('\t');
        if (sha && status) signatures.set(sha, { status, principal: principal ?? '' });
      }
    }
    return new SignedCommitEvidence(input.allowedSigners, blame, signatures);
  } catch (err) {
    return unavailableEvidence('signed-commits', `git could not be consulted in ${input.root}: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

class SignedCommitEvidence implements ApprovalEvidence {
  readonly source = 'signed-commits' as const;
  readonly description: string;

  constructor(
    allowedSigners: string,
    private readonly blame: ReadonlyMap<string, readonly string[]>,
    private readonly signatures: ReadonlyMap<string, Signature>,
  ) {
    this.description = `signed commits verified by git against ${allowedSigners}`;
  }

  approvalsOf(file: string, lines: LineSpan): ProofResult {
    const commits = this.blame.get(file) ?? [];
    let signer: string | undefined;
    for (let line = lines.line; line <= lines.endLine; line++) {
      const commit = commits[line];
      const problem = this.problemOf(commit);
      if (problem) return { proofs: [], note: `line ${line} ${problem}` };
      const principal = (this.signatures.get(commit as string) as Signature).principal;
      if (signer !== undefined && principal !== signer) return { proofs: [], note: `its lines were signed by different keys (${signer}, ${principal})` };
      signer = principal;
    }
    if (signer === undefined) return { proofs: [], note: 'no line of it was found in git' };
    return { proofs: [{ identity: { kind: 'person', id: signer }, how: `commit ${commits[lines.line]?.slice(0, 12)} signed by ${signer}` }] };
  }

  authorsOf(file: string, except: readonly LineSpan[]): readonly Proof[] {
    const commits = this.blame.get(file) ?? [];
    const proofs = new Map<string, Proof>();
    commits.forEach((commit, line) => {
      if (except.some((s) => line >= s.line && line <= s.endLine) || this.problemOf(commit)) return;
      const principal = (this.signatures.get(commit) as Signature).principal;
      if (!proofs.has(principal)) proofs.set(principal, { identity: { kind: 'person', id: principal }, how: `line ${line} signed by ${principal} in ${commit.slice(0, 12)}` });
    });
    return [...proofs.values()];
  }

  /** Why a line's commit proves nothing, or undefined when it carries a good signature of a known key. */
  private problemOf(commit: string | undefined): string | undefined {
    if (commit === undefined || NOT_COMMITTED.test(commit)) return 'is not committed yet';
    const signature = this.signatures.get(commit);
    const short = commit.slice(0, 12);
    if (!signature || signature.status === 'N') return `comes from commit ${short}, which is not signed`;
    if (signature.status === 'G' && signature.principal !== '') return undefined;
    if (signature.status === 'B') return `comes from commit ${short}, whose signature is bad`;
    return `comes from commit ${short}, signed by a key that is not in the allowed signers`;
  }
}
