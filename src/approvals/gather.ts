// What a shell does before evaluate(): read which approval source the snapshot's policy names, and
// gather that source's evidence. A policy that cannot be read here is left to evaluate() to report;
// without evidence, approvals simply do not count (fail closed).
import type { RepoFile } from '../engine/select.ts';
import { DEFAULT_LOAD_LIMITS, loadYaml } from '../load/yaml.ts';
import type { ApprovalEvidence } from './evidence.ts';
import { unavailableEvidence } from './evidence.ts';
import { signedCommitEvidence } from './signed-commits.ts';

export interface PolicySource {
  kind: string;
  /** Snapshot path of the allowed-signers file, for signed-commits. */
  allowedSigners?: string;
  teams: Record<string, string>;
}

const decoder = new TextDecoder();
const KIND = (kind: string) => new RegExp(`^kind:\\s*["']?${kind}["']?\\s*(#.*)?$`, 'm');

/** The approval source named by the (first) policy document of the snapshot. */
export function policySourceOf(files: readonly RepoFile[]): PolicySource | undefined {
  for (const file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    const text = decoder.decode(file.bytes);
    if (!KIND('Policy').test(text)) continue;
    const doc = loadYaml(file.path, file.bytes, DEFAULT_LOAD_LIMITS).document;
    const source = (doc?.value as { approvalSource?: { kind?: unknown; allowedSigners?: unknown; teams?: unknown } } | undefined)?.approvalSource;
    if (!source || typeof source.kind !== 'string') return undefined;
    const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
    return {
      kind: source.kind,
      ...(source.kind === 'signed-commits' ? { allowedSigners: folder + (typeof source.allowedSigners === 'string' ? source.allowedSigners : 'allowed_signers') } : {}),
      teams: source.teams && typeof source.teams === 'object' ? (source.teams as Record<string, string>) : {},
    };
  }
  return undefined;
}

/** Files whose approval entries the source must judge: change requests and waivers. */
export function approvalFiles(files: readonly RepoFile[]): RepoFile[] {
  return files.filter((f) => /\.ya?ml$/.test(f.path) && (KIND('ChangeRequest').test(decoder.decode(f.bytes)) || KIND('Waiver').test(decoder.decode(f.bytes))));
}

/**
 * Evidence from git for a snapshot whose policy asks for signed commits; undefined for any other
 * source (pull-request reviews are gathered by the Action, declared needs none).
 */
export async function gitApprovalEvidence(
  root: string,
  files: readonly RepoFile[],
  commit: string | undefined,
  env?: NodeJS.ProcessEnv,
): Promise<ApprovalEvidence | undefined> {
  const source = policySourceOf(files);
  if (source?.kind !== 'signed-commits' || source.allowedSigners === undefined) return undefined;
  const signers = files.find((f) => f.path === source.allowedSigners);
  if (!signers) return unavailableEvidence('signed-commits', `the allowed-signers file ${source.allowedSigners} named by the policy does not exist`);
  return signedCommitEvidence({
    root,
    files: approvalFiles(files),
    allowedSigners: source.allowedSigners,
    allowedSignersText: decoder.decode(signers.bytes),
    ...(commit !== undefined ? { commit } : {}),
    ...(env ? { env } : {}),
  });
}
