// Turns an approval entry written in a file (a change request's approvals[], a waiver's approvedBy) into
// a verdict on who really approved: verified by the policy's source, declared (the policy chose to
// trust the file), or unverified. Shared by the approvals rule and the engine's waiver check.
import { locate } from '../load/yaml.ts';
import type { YamlDocument } from '../load/yaml.ts';
import type { ApprovalSourceKind, Approver, Policy, SourceRef } from '../model/types.ts';
import type { ApprovalEvidence, Identity, LineSpan, Proof } from './evidence.ts';

export type VerificationStatus = 'verified' | 'declared' | 'unverified';

export interface Verification {
  status: VerificationStatus;
  /** Roles the person is proven to hold (policy roles, narrowed by team membership where the policy names teams). */
  roles: readonly string[];
  /** verified: how; unverified: why not, ready to follow "does not count: ". */
  detail: string;
}

export interface ApprovalCounts {
  source: Policy['approvalSource']['kind'];
  evidence?: string;
  verified: number;
  declared: number;
  unverified: number;
}

export const SOURCE_WORDS: Record<Policy['approvalSource']['kind'], string> = {
  'signed-commits': 'a commit signed with their SSH key (allowed signers in the policy folder)',
  'pull-request-reviews': 'an approving review of the pull request from their GitHub login',
  'merge-request-approvals': 'their approval of the merge request, from their GitLab username, on the head commit checked',
  declared: 'a declaration in the file',
  none: 'a verified source, which the policy does not name (set approvalSource in the policy)',
};

/** The proof one approval source gives, for "no … by a.martin backs it". */
const PROOF_NOUNS: Record<ApprovalSourceKind, string> = {
  'signed-commits': 'commit signed',
  'pull-request-reviews': 'approving review',
  'merge-request-approvals': 'merge-request approval',
  declared: 'declaration',
};

export class ApprovalVerifier {
  private readonly seen = new Map<string, VerificationStatus>();

  constructor(
    private readonly policy: Policy,
    private readonly documents: ReadonlyMap<string, YamlDocument>,
    private readonly evidence: ApprovalEvidence | undefined,
  ) {}

  /** What `how` proof the policy expects, for messages telling someone what to obtain. */
  get expectedProof(): string {
    return SOURCE_WORDS[this.policy.approvalSource.kind];
  }

  /** Verifies that `person` approved the entry at `at` (a pointer to the entry or its value). */
  verify(at: SourceRef, person: string): Verification {
    const result = this.judge(at, person);
    this.seen.set(`${at.file}#${at.pointer}`, result.status);
    return result;
  }

  /** Policy persons proven to have written the file outside the given entries. */
  authorsOf(file: string, entries: readonly string[]): string[] {
    if (!this.evidence || this.evidence.source !== this.policy.approvalSource.kind) return [];
    const spans = entries.map((pointer) => this.span(file, pointer)).filter((s): s is LineSpan => s !== undefined);
    return [...new Set(this.evidence.authorsOf(file, spans).flatMap((p) => this.personOf(p.identity)?.id ?? []))].sort();
  }

  /**
   * Policy persons the source proves approved these lines as they now are, with the roles each is proven
   * to hold, and what the source saw when it proves none: for a new edit (a loosening of the gate), never
   * an approval inherited from the base. Empty unless the evidence comes from the policy's own source; a
   * declaration in a file proves nothing here.
   */
  provenApprovers(file: string, pointer: string): { approvers: { person: string; roles: string[]; how: string }[]; note?: string } {
    const source = this.policy.approvalSource.kind;
    if (source === 'declared' || source === 'none' || !this.evidence || this.evidence.source !== source) return { approvers: [] };
    const span = this.span(file, pointer);
    if (!span) return { approvers: [] };
    const result = this.evidence.approvalsOf(file, span);
    const byPerson = new Map<string, { approver: Approver; proofs: Proof[] }>();
    for (const proof of result.proofs) {
      const approver = this.personOf(proof.identity);
      if (!approver) continue;
      const entry = byPerson.get(approver.id) ?? { approver, proofs: [] };
      entry.proofs.push(proof);
      byPerson.set(approver.id, entry);
    }
    const approvers = [...byPerson.values()]
      .map(({ approver, proofs }) => ({ person: approver.id, roles: this.heldRoles(approver, proofs), how: proofs.map((p) => p.how).join('; ') }))
      .sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
    return { approvers, ...(result.note !== undefined ? { note: result.note } : {}) };
  }

  counts(): ApprovalCounts {
    const statuses = [...this.seen.values()];
    return {
      source: this.policy.approvalSource.kind,
      ...(this.evidence ? { evidence: this.evidence.description } : {}),
      verified: statuses.filter((s) => s === 'verified').length,
      declared: statuses.filter((s) => s === 'declared').length,
      unverified: statuses.filter((s) => s === 'unverified').length,
    };
  }

  private judge(at: SourceRef, person: string): Verification {
    const approver = this.policy.approvers.get(person);
    const policyRoles = approver?.roles ?? [];
    const source = this.policy.approvalSource.kind;
    if (source === 'declared') return { status: 'declared', roles: policyRoles, detail: 'declared in the file, not verified (the policy trusts declared approvals)' };
    if (source === 'none') return { status: 'unverified', roles: [], detail: 'the policy names no approval source, so nothing proves who wrote it' };
    if (!this.evidence) return { status: 'unverified', roles: [], detail: `the policy requires ${source}, which this run could not consult (see docs/formats.md, approval sources)` };
    if (this.evidence.source !== source) {
      return { status: 'unverified', roles: [], detail: `the policy requires ${source}, but this run could only consult ${this.evidence.source}` };
    }
    const inherited = this.evidence.inherited?.(at.file);
    if (inherited !== undefined) return { status: 'verified', roles: policyRoles, detail: inherited };
    const span = this.span(at.file, at.pointer);
    if (!span) return { status: 'unverified', roles: [], detail: `its position in ${at.file} is unknown` };
    const result = this.evidence.approvalsOf(at.file, span);
    const own = result.proofs.filter((p) => this.personOf(p.identity)?.id === person);
    if (own.length === 0) {
      const others = result.proofs.map((p) => `${this.describeIdentity(p.identity)} (${p.how})`);
      const seen = others.length > 0 ? `; proven instead: ${others.join(', ')}` : '';
      return { status: 'unverified', roles: [], detail: `no ${PROOF_NOUNS[source]} by ${person} backs it${result.note ? ` (${result.note})` : ''}${seen}` };
    }
    return { status: 'verified', roles: approver ? this.heldRoles(approver, own) : [], detail: own.map((p) => p.how).join('; ') };
  }

  /** Policy roles, where the policy ties a role to a team, only while a proof shows the membership. */
  private heldRoles(approver: Approver, proofs: readonly Proof[]): string[] {
    const teams = this.policy.approvalSource.teams;
    return approver.roles.filter((role) => {
      const team = teams.get(role);
      if (team === undefined) return true;
      return proofs.some((p) => p.identity.kind === 'github-login' && (p.identity.teams ?? []).some((t) => t.toLowerCase() === team.toLowerCase()));
    });
  }

  private personOf(identity: Identity): Approver | undefined {
    if (identity.kind === 'person') return this.policy.approvers.get(identity.id);
    const approvers = [...this.policy.approvers.values()];
    if (identity.kind === 'gitlab-username') {
      const username = identity.username.toLowerCase();
      return approvers.find((a) => a.gitlab?.toLowerCase() === username);
    }
    const login = identity.login.toLowerCase();
    return approvers.find((a) => a.github?.toLowerCase() === login);
  }

  private describeIdentity(identity: Identity): string {
    const person = this.personOf(identity);
    if (identity.kind === 'person') return identity.id;
    const handle = `@${identity.kind === 'gitlab-username' ? identity.username : identity.login}`;
    return person ? `${person.id} (${handle})` : `${handle}, who is not an approver of the policy`;
  }

  private span(file: string, pointer: string): LineSpan | undefined {
    const doc = this.documents.get(file);
    if (!doc) return undefined;
    const range = locate(doc, pointer);
    return { line: range.line, endLine: range.endLine };
  }
}
