// Collisions across open pull requests. Two plans that are each fine can collide once both are merged
// (invariant 6); within one repository the change-collision rule sees them, but a change request that
// is still in another pull request is not in this checkout. So: list the other open pull requests on
// the same base, read their change-request files through the API at their head commit, evaluate this
// pull request's snapshot plus those files, and keep the change-collision findings that involve both
// this pull request's change requests and theirs, placed on this pull request's colliding step.
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Finding, FindingValue } from '../core/finding.ts';
import { loadYaml, locate } from '../load/yaml.ts';
import type { CollisionReport } from '../report/markdown.ts';
import type { GitHubClient } from './client.ts';
import { isRequestError } from './comment.ts';

export const COLLISION_RULE_ID = 'change-collision';
/** Bounds on API use: the most recently updated pull requests, and change files per pull request. */
export const MAX_OTHER_PULLS = 30;
export const MAX_FILES_PER_PULL = 40;
/** The Contents API inlines files up to 1 MB; change requests are far smaller. */
const YAML_FILE = /\.ya?ml$/i;

export interface CollisionInput {
  owner: string;
  repo: string;
  pullNumber: number;
  baseRef: string;
  /** Folder of the network repository inside the GitHub repository ('' for the root). */
  pathPrefix: string;
  /** This pull request's snapshot, as evaluated. */
  files: readonly RepoFile[];
  evaluation: Evaluation;
  options: EvaluateOptions;
}

export interface CollisionOutcome {
  reports: CollisionReport[];
  /** What was checked or skipped, for the log (plain text). */
  notes: string[];
}

function inFolder(path: string, prefix: string): string | undefined {
  if (prefix === '') return path;
  return path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined;
}

/**
 * Whether a finding is about one of `ids`: its change, or a change named in its data. A finding that
 * names only the first of the change requests it counts (a dense collision) may be about any of them:
 * it counts as involving `ids`, so a collision is never lost behind the list's cap.
 */
export function involves(finding: Finding, ids: ReadonlySet<string>): boolean {
  if (finding.changeId !== undefined && ids.has(finding.changeId)) return true;
  const hit = (v: FindingValue): boolean => (Array.isArray(v) ? v.some((x) => typeof x === 'string' && ids.has(x)) : typeof v === 'string' && ids.has(v));
  if (Object.values(finding.data).some(hit)) return true;
  const { otherChanges, otherCount } = finding.data;
  return ids.size > 0 && Array.isArray(otherChanges) && typeof otherCount === 'number' && otherCount > otherChanges.length;
}

async function changedFiles(github: GitHubClient, owner: string, repo: string, pullNumber: number) {
  return github.paginate(github.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
}

export async function findCollisions(github: GitHubClient, input: CollisionInput): Promise<CollisionOutcome> {
  const notes: string[] = [];
  const { owner, repo } = input;
  const ownChanged = new Set(
    (await changedFiles(github, owner, repo, input.pullNumber)).filter((f) => f.status !== 'removed').map((f) => f.filename),
  );
  const repoPath = (file: string) => (input.pathPrefix === '' ? file : `${input.pathPrefix}/${file}`);
  const ours = new Set(input.evaluation.changes.filter((c) => ownChanged.has(repoPath(c.file))).map((c) => c.id));
  if (ours.size === 0) {
    notes.push('this pull request changes no change request, so it cannot collide with other pull requests');
    return { reports: [], notes };
  }
  const idsByFile = new Map(input.evaluation.changes.map((c) => [c.file, c.id]));
  const headFingerprints = new Set(input.evaluation.findings.map((f) => f.fingerprint));

  const open = await github.paginate(github.rest.pulls.list, { owner, repo, state: 'open', base: input.baseRef, per_page: 100 });
  const others = open
    .filter((p) => p.number !== input.pullNumber)
    .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : a.number - b.number));
  if (others.length > MAX_OTHER_PULLS) notes.push(`${others.length} other open pull requests; only the ${MAX_OTHER_PULLS} most recently updated were checked for collisions`);

  const reports: CollisionReport[] = [];
  for (const pull of others.slice(0, MAX_OTHER_PULLS)) {
    const candidates = (await changedFiles(github, owner, repo, pull.number))
      .filter((f) => f.status !== 'removed' && YAML_FILE.test(f.filename))
      .map((f) => ({ repoPath: f.filename, path: inFolder(f.filename, input.pathPrefix) }))
      .filter((f): f is { repoPath: string; path: string } => f.path !== undefined);
    if (candidates.length > MAX_FILES_PER_PULL) notes.push(`#${pull.number} changes ${candidates.length} YAML files; only the first ${MAX_FILES_PER_PULL} were read`);
    const theirs: RepoFile[] = [];
    const theirIds = new Set<string>();
    for (const file of candidates.slice(0, MAX_FILES_PER_PULL)) {
      if (ownChanged.has(file.repoPath)) {
        notes.push(`#${pull.number} also edits ${file.repoPath}; this pull request's version is used`);
        continue;
      }
      const bytes = await readAt(github, owner, repo, file.repoPath, pull.head.sha);
      if (!bytes) {
        notes.push(`${file.repoPath} of #${pull.number} could not be read through the API (too large or not a file)`);
        continue;
      }
      const loaded = loadYaml(file.path, bytes);
      const value = loaded.document?.value as { kind?: unknown; id?: unknown } | undefined;
      if (value?.kind !== 'ChangeRequest' || typeof value.id !== 'string') continue;
      const clash = [...idsByFile].find(([path, id]) => id === value.id && path !== file.path);
      if (clash) {
        notes.push(`#${pull.number} has change request ${value.id} in ${file.repoPath}, but this pull request has it in ${repoPath(clash[0])}; skipped`);
        continue;
      }
      theirs.push({ path: file.path, bytes });
      theirIds.add(value.id);
    }
    if (theirs.length === 0) continue;
    const byPath = new Map(input.files.map((f) => [f.path, f]));
    for (const f of theirs) byPath.set(f.path, f);
    const together = evaluate([...byPath.values()], input.options);
    const findings = together.findings
      .filter((f) => f.ruleId === COLLISION_RULE_ID && !headFingerprints.has(f.fingerprint) && involves(f, theirIds) && involves(f, ours))
      .map((f) => placeOnOwnStep(f, ours, together));
    notes.push(`#${pull.number}: ${theirIds.size} change request(s) read, ${findings.length} collision finding(s)`);
    if (findings.length > 0) reports.push({ pull: { number: pull.number, title: pull.title, url: pull.html_url }, findings });
  }
  return { reports, notes };
}

/** The other side of a collision placed on this pull request's step: "CR-2026-0650 step r1". */
export function otherSide(finding: Finding): string {
  const { change, step, otherChange, otherStep } = finding.data;
  const [id, stepId] = finding.changeId === change ? [otherChange, otherStep] : [change, step];
  return `${String(id)} step ${String(stepId)}`;
}

/**
 * The rule reports a collision on the later of the two steps, which may be the other pull request's:
 * a file this pull request does not have, so an annotation there would never show. The finding is moved
 * to this pull request's colliding step (its window), where the reviewer looks.
 */
function placeOnOwnStep(finding: Finding, ours: ReadonlySet<string>, together: Evaluation): Finding {
  if (finding.changeId !== undefined && ours.has(finding.changeId)) return finding;
  const change = finding.data.otherChange;
  const stepId = finding.data.otherStep;
  if (typeof change !== 'string' || typeof stepId !== 'string' || !ours.has(change)) return finding;
  const step = together.network?.allChanges.find((c) => c.id === change)?.steps.find((s) => s.id === stepId);
  const doc = step ? together.documents.get(step.at.file) : undefined;
  if (!step || !doc) return finding;
  const pointer = `${step.at.pointer}/window`;
  const range = locate(doc, pointer, true);
  return { ...finding, file: step.at.file, path: pointer, ...range, changeId: change, stepId };
}

async function readAt(github: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const response = await github.rest.repos.getContent({ owner, repo, path, ref });
    const data = response.data;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || data.encoding !== 'base64') return undefined;
    return new Uint8Array(Buffer.from(data.content, 'base64'));
  } catch (err) {
    // A file that vanished since the listing (force-push) is skipped; anything else surfaces.
    if (isRequestError(err) && err.status === 404) return undefined;
    throw err;
  }
}
