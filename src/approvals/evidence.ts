// The approval source: who is proven to have approved what, gathered by a shell (git, the GitHub API,
// the GitLab API) before evaluate() runs and handed to it as plain data. The engine stays pure and
// synchronous; it only asks these questions about files of the snapshot it evaluates.
import type { ApprovalSourceKind } from '../model/types.ts';

/** An identity as the source proves it; the engine maps it to a policy approver. */
export type Identity =
  /** A policy person id, e.g. the principal of an SSH allowed-signers entry. */
  | { kind: 'person'; id: string }
  /** A forge login, mapped through the approvers' `github` field; `teams` lists verified memberships ("org/slug"). */
  | { kind: 'github-login'; login: string; teams?: readonly string[] }
  /** A GitLab username, mapped through the approvers' `gitlab` field. */
  | { kind: 'gitlab-username'; username: string };

export interface Proof {
  identity: Identity;
  /** How it was proven, for messages and reports, e.g. "review 123 by @amartin on 1a2b3c4". */
  how: string;
}

/** Lines of a file, 1-based and inclusive. */
export interface LineSpan {
  line: number;
  endLine: number;
}

export interface ProofResult {
  proofs: readonly Proof[];
  /** What the source saw when it could not prove an approval, e.g. "line 14 comes from unsigned commit 1a2b3c4". */
  note?: string;
}

/**
 * What an approval source proves about the snapshot being evaluated. Implementations: signed commits
 * (src/approvals/signed-commits.ts), pull-request reviews (src/action/reviews.ts), merge-request
 * approvals (src/gitlab/approval-evidence.ts). A new forge adds one
 * more implementation with its own `source` kind; nothing in the engine changes.
 */
export interface ApprovalEvidence {
  /** The kind of source; an approval counts only when it equals the policy's approvalSource.kind. */
  readonly source: ApprovalSourceKind;
  /** One line for the attestation, e.g. "signed commits, allowed signers policy/allowed_signers". */
  readonly description: string;
  /** Who is proven to have approved these lines of the file, as the file is in the snapshot. */
  approvalsOf(file: string, lines: LineSpan): ProofResult;
  /** Who is proven to have written the file outside these lines (a waiver's authors may not approve it). */
  authorsOf(file: string, except: readonly LineSpan[]): readonly Proof[];
  /**
   * When the file is exactly as on a protected state whose own check verified it (e.g. a change request
   * the pull request does not touch, as merged on the base branch): how, so its approvals stand as
   * verified then. Undefined: the file must be proven now.
   */
  inherited?(file: string): string | undefined;
}

/** Evidence that proves nothing, with the reason; used when the shell could not reach the source. */
export function unavailableEvidence(source: ApprovalSourceKind, reason: string): ApprovalEvidence {
  return {
    source,
    description: `${source} (unavailable: ${reason})`,
    approvalsOf: () => ({ proofs: [], note: reason }),
    authorsOf: () => [],
  };
}
