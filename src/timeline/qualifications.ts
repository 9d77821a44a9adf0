// Catalog qualifications that count as proof of a change signature: only those approved by enough
// distinct policy approvers holding the qualifying role. A qualification typed into the catalog by a
// change's author, without those approvals, proves nothing.
import type { Network } from '../model/types.ts';
import type { Proof } from './types.ts';
import { proofKey } from './types.ts';

export interface QualificationOptions {
  qualifyingRole: string;
  qualificationApprovals: number;
}

/** The approvals of a qualification that count: distinct policy approvers holding the role, in that role. */
export function countingApprovers(network: Network, approvals: readonly { by: string; role: string }[], role: string): string[] {
  const people = approvals.filter((a) => a.role === role && network.policy.approvers.get(a.by)?.roles.includes(role)).map((a) => a.by);
  return [...new Set(people)].sort();
}

export function approvedQualifications(network: Network, options: QualificationOptions): Map<string, Proof> {
  const role = options.qualifyingRole;
  const required = options.qualificationApprovals;
  const proofs = new Map<string, Proof>();
  for (const q of network.catalog.qualifications) {
    if (countingApprovers(network, q.approvals, role).length < required) continue;
    for (const group of q.groups) {
      proofs.set(proofKey(group, q.platform, q.signature), { group, platform: q.platform, signature: q.signature, source: 'qualification', evidence: `${q.at.file}#${q.at.pointer}` });
    }
  }
  return proofs;
}
