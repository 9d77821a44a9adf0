// One entry point for every place a snapshot can come from: the working tree, a git ref, or the git
// index (what the next commit will record). Each yields the same RepoFile[] shape for evaluate().
import { readFolder } from './folder.ts';
import type { FolderSnapshot, ReadOptions } from './folder.ts';
import { GitRepo } from './git.ts';
import type { TreeSource } from './git.ts';

export type SnapshotSpec = { kind: 'worktree' } | { kind: 'ref'; ref: string } | { kind: 'index' };

export interface Snapshot extends FolderSnapshot {
  /** For people: "the working tree", "the index (staged changes)", or "main (1a2b3c4)". */
  description: string;
  /** The ref as given, for refs. */
  ref?: string;
  /** The full commit id, for refs. */
  commit?: string;
  /** How git names the same tree, for rename detection. */
  source: TreeSource;
}

export function describeSpec(spec: SnapshotSpec): string {
  return spec.kind === 'worktree' ? 'the working tree' : spec.kind === 'index' ? 'the index (staged changes)' : spec.ref;
}

/**
 * Reads a snapshot of `root`. Git snapshots need `repo` (opened on `root`); the working tree does not, so
 * a plain folder that is not a clone still works without git.
 */
export async function readSnapshot(root: string, spec: SnapshotSpec, repo?: GitRepo, role: 'base' | 'head' = 'head', options: ReadOptions = {}): Promise<Snapshot> {
  if (spec.kind === 'worktree') return { ...readFolder(root, options), description: describeSpec(spec), source: { kind: 'worktree' } };
  const git = repo ?? (await GitRepo.open(root));
  if (spec.kind === 'index') return { ...(await git.readIndex(options)), description: describeSpec(spec), source: { kind: 'index' } };
  const commit = await git.resolve(spec.ref, role);
  return {
    ...(await git.readCommit(commit, options)),
    description: `${spec.ref} (${commit.slice(0, 7)})`,
    ref: spec.ref,
    commit,
    source: { kind: 'commit', commit },
  };
}
