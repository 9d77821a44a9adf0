// Collisions with other open change proposals (pull requests, merge requests), whatever the forge: two
// plans that are each fine can collide once both are merged (invariant 6), and a change request still in
// another proposal is not in this checkout. Given the files another proposal changes and a way to read
// them at its head, this evaluates this snapshot plus that proposal's change requests and keeps the
// change-collision findings that involve both sides, placed on this proposal's colliding step. The
// forge-specific part is only the listing and the reading, through the forge's API.
import type { Evaluation, EvaluateOptions, RepoFile } from '../engine/evaluate.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Finding, FindingValue } from '../core/finding.ts';
import { loadYaml, locate } from '../load/yaml.ts';

export const COLLISION_RULE_ID = 'change-collision';

/** Change files read per other proposal, at most. */
export const MAX_FILES_PER_PROPOSAL = 40;
/** Other open proposals checked, at most: the most recently updated. */
export const MAX_OTHER_PROPOSALS = 30;
const YAML_FILE = /\.ya?ml$/i;

export interface OwnSide {
  /** Folder of the network repository inside the forge's repository ('' for the root). */
  pathPrefix: string;
  /** Repository paths this proposal changes (not deleted). */
  changed: ReadonlySet<string>;
  /** This proposal's snapshot, as evaluated. */
  files: readonly RepoFile[];
  evaluation: Evaluation;
  options: EvaluateOptions;
  /** "merge request" or "pull request", for the notes. */
  word: string;
}

export interface OtherProposal {
  /** How people refer to it: "!8", "#7". */
  label: string;
  /** Repository paths it changes (not deleted). */
  changed: readonly string[];
  /** Reads a file at its head; undefined when it cannot be read (gone, too large, not a file). */
  read(repoPath: string): Promise<Uint8Array | undefined>;
}

function repoPath(own: OwnSide, file: string): string {
  return own.pathPrefix === '' ? file : `${own.pathPrefix}/${file}`;
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

/** The other side of a collision placed on this proposal's step: "CR-2026-0650 step r1". */
export function otherSide(finding: Finding): string {
  const { change, step, otherChange, otherStep } = finding.data;
  const [id, stepId] = finding.changeId === change ? [otherChange, otherStep] : [change, step];
  return `${String(id)} step ${String(stepId)}`;
}

/**
 * The rule reports a collision on the later of the two steps, which may be the other proposal's: a file
 * this proposal does not have, so an annotation or a Code Quality issue there would never show. The
 * finding is moved to this proposal's colliding step (its window), where the reviewer looks.
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

/** The change requests this proposal changes: only those can collide with another proposal's. */
export function ownChangeIds(own: OwnSide): Set<string> {
  return new Set(own.evaluation.changes.filter((c) => own.changed.has(repoPath(own, c.file))).map((c) => c.id));
}

/**
 * The collision findings between this proposal's change requests `ours` and the other proposal's, each
 * on this proposal's colliding step where it can be placed; notes say what was skipped.
 */
export async function collisionsWith(own: OwnSide, ours: ReadonlySet<string>, other: OtherProposal, notes: string[]): Promise<Finding[]> {
  const candidates = other.changed
    .filter((path) => YAML_FILE.test(path))
    .map((path) => ({ repoPath: path, path: inFolder(path, own.pathPrefix) }))
    .filter((f): f is { repoPath: string; path: string } => f.path !== undefined);
  if (candidates.length > MAX_FILES_PER_PROPOSAL) notes.push(`${other.label} changes ${candidates.length} YAML files; only the first ${MAX_FILES_PER_PROPOSAL} were read`);
  const idsByFile = new Map(own.evaluation.changes.map((c) => [c.file, c.id]));
  const theirs: RepoFile[] = [];
  const theirIds = new Set<string>();
  for (const file of candidates.slice(0, MAX_FILES_PER_PROPOSAL)) {
    if (own.changed.has(file.repoPath)) {
      notes.push(`${other.label} also edits ${file.repoPath}; this ${own.word}'s version is used`);
      continue;
    }
    const bytes = await other.read(file.repoPath);
    if (!bytes) {
      notes.push(`${file.repoPath} of ${other.label} could not be read through the API (gone, too large or not a file)`);
      continue;
    }
    const value = loadYaml(file.path, bytes).document?.value as { kind?: unknown; id?: unknown } | undefined;
    if (value?.kind !== 'ChangeRequest' || typeof value.id !== 'string') continue;
    const clash = [...idsByFile].find(([path, id]) => id === value.id && path !== file.path);
    if (clash) {
      notes.push(`${other.label} has change request ${value.id} in ${file.repoPath}, but this ${own.word} has it in ${repoPath(own, clash[0])}; skipped`);
      continue;
    }
    theirs.push({ path: file.path, bytes });
    theirIds.add(value.id);
  }
  if (theirs.length === 0) return [];
  const byPath = new Map(own.files.map((f) => [f.path, f]));
  for (const f of theirs) byPath.set(f.path, f);
  const together = evaluate([...byPath.values()], own.options);
  const headFingerprints = new Set(own.evaluation.findings.map((f) => f.fingerprint));
  const findings = together.findings
    .filter((f) => f.ruleId === COLLISION_RULE_ID && !headFingerprints.has(f.fingerprint) && involves(f, theirIds) && involves(f, ours))
    .map((f) => placeOnOwnStep(f, ours, together));
  notes.push(`${other.label}: ${theirIds.size} change request(s) read, ${findings.length} collision finding(s)`);
  return findings;
}

/** What a forge supplies to find collisions with its other open proposals: listing and reading only. */
export interface ProposalForge<P> {
  /** "merge request" or "pull request". */
  word: string;
  /** Repository paths this proposal changes (not deleted). */
  ownChanged(): Promise<readonly string[]>;
  /** The other open proposals on the same target branch, most recently updated first. */
  others(): Promise<readonly P[]>;
  /** How to refer to one of them, what it changes and how to read its files. */
  open(proposal: P): Promise<OtherProposal>;
}

export interface ProposalCollisions<P> {
  proposal: P;
  other: OtherProposal;
  findings: Finding[];
}

/** The collisions of this proposal with each other open proposal that has some; notes say what was checked or skipped. */
export async function findProposalCollisions<P>(
  own: Omit<OwnSide, 'changed' | 'word'>,
  forge: ProposalForge<P>,
): Promise<{ collisions: ProposalCollisions<P>[]; notes: string[]; changed: ReadonlySet<string> }> {
  const notes: string[] = [];
  const side: OwnSide = { ...own, changed: new Set(await forge.ownChanged()), word: forge.word };
  const ours = ownChangeIds(side);
  if (ours.size === 0) {
    notes.push(`this ${forge.word} changes no change request, so it cannot collide with other ${forge.word}s`);
    return { collisions: [], notes, changed: side.changed };
  }
  const others = await forge.others();
  if (others.length > MAX_OTHER_PROPOSALS) notes.push(`${others.length} other open ${forge.word}s; only the ${MAX_OTHER_PROPOSALS} most recently updated were checked for collisions`);
  const collisions: ProposalCollisions<P>[] = [];
  for (const proposal of others.slice(0, MAX_OTHER_PROPOSALS)) {
    const other = await forge.open(proposal);
    const findings = await collisionsWith(side, ours, other, notes);
    if (findings.length > 0) collisions.push({ proposal, other, findings });
  }
  return { collisions, notes, changed: side.changed };
}
