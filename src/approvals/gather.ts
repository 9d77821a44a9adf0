// What a shell does before evaluate(): read which approval source the snapshot's policy names, and
// gather that source's evidence. A policy that cannot be read here is left to evaluate() to report;
// without evidence, approvals simply do not count (fail closed).
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { RepoFile } from '../source/select.ts';
import { DEFAULT_LOAD_LIMITS, loadYaml } from '../load/yaml.ts';
import type { ApprovalEvidence } from './evidence.ts';
import { unavailableEvidence } from './evidence.ts';
import { signedCommitEvidence } from './signed-commits.ts';

const run = promisify(execFile);

export interface PolicySource {
  kind: string;
  /** Snapshot path of the allowed-signers file, for signed-commits. */
  allowedSigners?: string;
  teams: Record<string, string>;
}

const decoder = new TextDecoder();
const POLICY_BYTES = Buffer.from('Policy');
const KIND = (kind: string) => new RegExp(`^kind:\\s*["']?${kind}["']?\\s*(#.*)?$`, 'm');

/** The approval source named by the (first) policy document of the snapshot. */
export function policySourceOf(files: readonly RepoFile[]): PolicySource | undefined {
  for (const file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    // The kind line names Policy in ASCII, whose bytes UTF-8 never uses inside another character: a file
    // without those bytes cannot match, and is not decoded (most files of a large repository).
    if (Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).indexOf(POLICY_BYTES) < 0) continue;
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

/** Which version of the files a snapshot holds: the working tree, the git index, or a commit. */
export type SnapshotOrigin = { kind: 'worktree' } | { kind: 'index' } | { kind: 'commit'; commit: string };

/**
 * Evidence from git for a snapshot whose policy asks for signed commits; undefined for any other
 * source (pull-request reviews are gathered by the Action, declared needs none).
 */
export async function gitApprovalEvidence(
  root: string,
  files: readonly RepoFile[],
  origin: SnapshotOrigin,
  env?: NodeJS.ProcessEnv,
): Promise<ApprovalEvidence | undefined> {
  const source = policySourceOf(files);
  if (source?.kind !== 'signed-commits' || source.allowedSigners === undefined) return undefined;
  const signers = await readAllowedSigners(root, source.allowedSigners, origin, env);
  if (signers === undefined) return unavailableEvidence('signed-commits', `the allowed-signers file ${source.allowedSigners} named by the policy does not exist`);
  return signedCommitEvidence({
    root,
    files: approvalFiles(files),
    allowedSigners: source.allowedSigners,
    allowedSignersText: signers,
    ...(origin.kind === 'commit' ? { commit: origin.commit } : {}),
    ...(env ? { env } : {}),
  });
}

/** The allowed-signers file as the snapshot holds it; undefined when it is missing or leaves the folder. */
async function readAllowedSigners(root: string, path: string, origin: SnapshotOrigin, env: NodeJS.ProcessEnv | undefined): Promise<string | undefined> {
  if (path.split('/').includes('..')) return undefined;
  try {
    if (origin.kind === 'worktree') {
      const realRoot = realpathSync(root);
      const real = realpathSync(resolve(root, path));
      if (!real.startsWith(realRoot + sep)) return undefined;
      return readFileSync(real, 'utf8');
    }
    const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: root, env: env ?? process.env })).stdout.trim();
    const object = `${origin.kind === 'commit' ? origin.commit : ''}:${prefix}${path}`;
    return (await run('git', ['show', object], { cwd: root, env: env ?? process.env, maxBuffer: 8 * 1024 * 1024 })).stdout;
  } catch {
    return undefined;
  }
}
