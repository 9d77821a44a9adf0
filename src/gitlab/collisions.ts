// Collisions across open merge requests, as the GitHub Action finds them across pull requests: two plans
// that are each fine can collide once both are merged (invariant 6), and a change request still in
// another merge request is not in this clone. So: list the other open merge requests on the same target
// branch, read their changed YAML files at their head commit through the API, evaluate this merge
// request's files plus theirs, and keep the change-collision findings that involve both sides.
import { COLLISION_RULE_ID, involves } from '../action/collisions.ts';
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { evaluate } from '../engine/evaluate.ts';
import { loadYaml } from '../load/yaml.ts';
import type { CollisionReport } from '../report/markdown.ts';
import type { GitLabApi } from './client.ts';
import { isGitLabRequestError } from './client.ts';

/** Bounds on API use: the most recently updated merge requests, and change files per merge request. */
export const MAX_OTHER_MERGE_REQUESTS = 30;
export const MAX_FILES_PER_MERGE_REQUEST = 40;
const YAML_FILE = /\.ya?ml$/i;

export interface GitLabCollisionInput {
  projectId: string;
  mergeRequestIid: number;
  targetBranch: string;
  /** Folder of the network repository inside the project ('' for the root). */
  pathPrefix: string;
  /** This merge request's snapshot, as evaluated. */
  files: readonly RepoFile[];
  evaluation: Evaluation;
  options: EvaluateOptions;
}

export interface GitLabCollisionOutcome {
  reports: CollisionReport[];
  /** What was checked or skipped, for the log. */
  notes: string[];
}

function inFolder(path: string, prefix: string): string | undefined {
  if (prefix === '') return path;
  return path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined;
}

async function changedPaths(api: GitLabApi, projectId: string, iid: number): Promise<string[]> {
  const diffs = await api.MergeRequests.allDiffs(projectId, iid, { perPage: 100 });
  return diffs.filter((d) => !d.deleted_file).map((d) => d.new_path);
}

export async function findMergeRequestCollisions(api: GitLabApi, input: GitLabCollisionInput): Promise<GitLabCollisionOutcome> {
  const notes: string[] = [];
  const { projectId } = input;
  const ownChanged = new Set(await changedPaths(api, projectId, input.mergeRequestIid));
  const repoPath = (file: string) => (input.pathPrefix === '' ? file : `${input.pathPrefix}/${file}`);
  const ours = new Set(input.evaluation.changes.filter((c) => ownChanged.has(repoPath(c.file))).map((c) => c.id));
  if (ours.size === 0) {
    notes.push('this merge request changes no change request, so it cannot collide with other merge requests');
    return { reports: [], notes };
  }
  const idsByFile = new Map(input.evaluation.changes.map((c) => [c.file, c.id]));
  const headFingerprints = new Set(input.evaluation.findings.map((f) => f.fingerprint));

  // One page, most recently updated first: beyond it the merge requests are the stalest.
  const open = await api.MergeRequests.all({ projectId, state: 'opened', targetBranch: input.targetBranch, orderBy: 'updated_at', sort: 'desc', perPage: 100, maxPages: 1 });
  const others = open.filter((mr) => mr.iid !== input.mergeRequestIid);
  if (others.length > MAX_OTHER_MERGE_REQUESTS) notes.push(`${others.length} other open merge requests; only the ${MAX_OTHER_MERGE_REQUESTS} most recently updated were checked for collisions`);

  const reports: CollisionReport[] = [];
  for (const mr of others.slice(0, MAX_OTHER_MERGE_REQUESTS)) {
    const candidates = (await changedPaths(api, projectId, mr.iid))
      .filter((path) => YAML_FILE.test(path))
      .map((path) => ({ repoPath: path, path: inFolder(path, input.pathPrefix) }))
      .filter((f): f is { repoPath: string; path: string } => f.path !== undefined);
    if (candidates.length > MAX_FILES_PER_MERGE_REQUEST) notes.push(`!${mr.iid} changes ${candidates.length} YAML files; only the first ${MAX_FILES_PER_MERGE_REQUEST} were read`);
    const theirs: RepoFile[] = [];
    const theirIds = new Set<string>();
    for (const file of candidates.slice(0, MAX_FILES_PER_MERGE_REQUEST)) {
      if (ownChanged.has(file.repoPath)) {
        notes.push(`!${mr.iid} also edits ${file.repoPath}; this merge request's version is used`);
        continue;
      }
      // A merge request from a fork has its commits in the source project.
      const bytes = await readAt(api, String(mr.source_project_id), file.repoPath, mr.sha);
      if (!bytes) {
        notes.push(`${file.repoPath} of !${mr.iid} could not be read through the API`);
        continue;
      }
      const loaded = loadYaml(file.path, bytes);
      const value = loaded.document?.value as { kind?: unknown; id?: unknown } | undefined;
      if (value?.kind !== 'ChangeRequest' || typeof value.id !== 'string') continue;
      const clash = [...idsByFile].find(([path, id]) => id === value.id && path !== file.path);
      if (clash) {
        notes.push(`!${mr.iid} has change request ${value.id} in ${file.repoPath}, but this merge request has it in ${repoPath(clash[0])}; skipped`);
        continue;
      }
      theirs.push({ path: file.path, bytes });
      theirIds.add(value.id);
    }
    if (theirs.length === 0) continue;
    const byPath = new Map(input.files.map((f) => [f.path, f]));
    for (const f of theirs) byPath.set(f.path, f);
    const together = evaluate([...byPath.values()], input.options);
    const findings = together.findings.filter(
      (f) => f.ruleId === COLLISION_RULE_ID && !headFingerprints.has(f.fingerprint) && involves(f, theirIds) && involves(f, ours),
    );
    notes.push(`!${mr.iid}: ${theirIds.size} change request(s) read, ${findings.length} collision finding(s)`);
    if (findings.length > 0) reports.push({ pull: { number: mr.iid, title: mr.title, url: mr.web_url }, findings });
  }
  return { reports, notes };
}

async function readAt(api: GitLabApi, projectId: string, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const file = await api.RepositoryFiles.show(projectId, path, ref);
    if (file.encoding !== 'base64' || typeof file.content !== 'string') return undefined;
    return new Uint8Array(Buffer.from(file.content, 'base64'));
  } catch (err) {
    // A file that vanished since the listing (force-push) is skipped; anything else surfaces.
    if (isGitLabRequestError(err) && err.status === 404) return undefined;
    throw err;
  }
}
