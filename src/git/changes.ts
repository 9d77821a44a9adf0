// What a change does to the repository, for reviewers: which change requests, inventory files and
// policies it adds, edits or removes, and which change requests it touches indirectly — unchanged
// plans whose findings changed because something else moved (an inventory or policy edit, or another
// change request colliding with them).
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { RepoFile } from '../source/select.ts';
import { DEFAULT_CONFIG_FILE } from '../source/select.ts';
import { FOLDER_KINDS } from '../validate/schemas.ts';
import { allFindings, isBlocking, isInputFinding, mapPath } from './compare.ts';
import type { Labelling } from './compare.ts';

export type FileStatus = 'added' | 'edited' | 'removed' | 'renamed';

/** What a file holds, for grouping: the network as it is, the rules of the game, the plans, exceptions. */
export type FileCategory = 'change-request' | 'inventory' | 'policy' | 'waiver' | 'other';

export interface FileChange {
  status: FileStatus;
  /** Head path (base path for removed files). */
  path: string;
  /** Base path of a renamed file. */
  previousPath?: string;
  /** A renamed file whose content also changed. */
  contentChanged: boolean;
  category: FileCategory;
  /** Document kind, when the file could be read. */
  kind?: string;
  /** For change request files: the change request's id. */
  changeId?: string;
}

export type CrVerdict = 'pass' | 'warn' | 'fail' | 'error' | 'not evaluated';

export interface IndirectChange {
  changeId: string;
  file: string;
  verdict: { base: CrVerdict; head: CrVerdict };
  /** Head findings about it that are new (including those made worse). */
  newFindings: number;
  /** Base findings about it that are gone. */
  fixedFindings: number;
  /** Changed files (head paths) other than its own: what moved around it. */
  after: string[];
}

export interface ChangeSummary {
  files: FileChange[];
  changeRequests: FileChange[];
  inventory: FileChange[];
  policy: FileChange[];
  waivers: FileChange[];
  other: FileChange[];
  indirect: IndirectChange[];
}

const CATEGORY_OF_KIND: Record<string, FileCategory> = {
  ChangeRequest: 'change-request',
  Inventory: 'inventory',
  TrafficForecast: 'inventory',
  SoftwareCatalog: 'inventory',
  Policy: 'policy',
  ChangegateConfig: 'policy',
  Waiver: 'waiver',
};

function kindOf(evaluation: Evaluation, path: string): string | undefined {
  const value = evaluation.documents.get(path)?.value;
  const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

function categorise(path: string, kind: string | undefined, configPath: string): FileCategory {
  // Own properties only: a kind or folder named `toString` is not a kind.
  const categoryOf = (k: string | undefined) => (k !== undefined && Object.hasOwn(CATEGORY_OF_KIND, k) ? CATEGORY_OF_KIND[k] : undefined);
  const declared = categoryOf(kind);
  if (declared) return declared;
  if (path === configPath) return 'policy';
  // An unreadable file is classed by the folder it sits in (the documented layout).
  const folder = path.split('/').find((segment) => Object.hasOwn(FOLDER_KINDS, segment));
  return categoryOf(folder === undefined ? undefined : FOLDER_KINDS[folder]) ?? 'other';
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(a, b) === 0;
}

/** The files the gate reads on either side: selected network files plus the config file. */
function relevant(evaluation: Evaluation, files: readonly RepoFile[], configPath: string): Map<string, Uint8Array> {
  const wanted = new Set([...evaluation.files, configPath]);
  return new Map(files.filter((f) => wanted.has(f.path)).map((f) => [f.path, f.bytes]));
}

/** A change request's verdict from its findings; with the evaluation, a run that could not read everything is never a pass. */
export function crVerdict(findings: Finding[], evaluation?: Evaluation): CrVerdict {
  if (findings.some((f) => isInputFinding(f) && isBlocking(f))) return 'error';
  if (findings.some(isBlocking)) return 'fail';
  // A run that could not read everything judged nothing it can call a pass.
  if (evaluation?.verdict === 'error') return 'not evaluated';
  if (findings.some((f) => f.severity === 'warning' && f.waivedBy === undefined)) return 'warn';
  return 'pass';
}

export function summariseChanges(input: {
  base: { evaluation: Evaluation; files: readonly RepoFile[] };
  head: { evaluation: Evaluation; files: readonly RepoFile[] };
  /** Base path -> head path. */
  renames: ReadonlyMap<string, string>;
  labelling: Labelling;
  configPath?: string;
}): ChangeSummary {
  const { base, head, renames, labelling } = input;
  const configPath = input.configPath ?? DEFAULT_CONFIG_FILE;
  const baseFiles = relevant(base.evaluation, base.files, configPath);
  const headFiles = relevant(head.evaluation, head.files, configPath);
  const renamedTo = new Set<string>();
  const files: FileChange[] = [];
  const changeIdOf = (evaluation: Evaluation, path: string) => evaluation.changes.find((c) => c.file === path)?.id;
  const describe = (evaluation: Evaluation, path: string) => {
    const kind = kindOf(evaluation, path);
    const changeId = changeIdOf(evaluation, path);
    return { category: categorise(path, kind, configPath), ...(kind !== undefined ? { kind } : {}), ...(changeId !== undefined ? { changeId } : {}) };
  };

  for (const [path, bytes] of baseFiles) {
    const headPath = mapPath(path, renames);
    const headBytes = headFiles.get(headPath);
    if (headBytes === undefined) {
      files.push({ status: 'removed', path, contentChanged: true, ...describe(base.evaluation, path) });
      continue;
    }
    if (headPath !== path) {
      renamedTo.add(headPath);
      files.push({ status: 'renamed', path: headPath, previousPath: path, contentChanged: !sameBytes(bytes, headBytes), ...describe(head.evaluation, headPath) });
    } else if (!sameBytes(bytes, headBytes)) {
      files.push({ status: 'edited', path, contentChanged: true, ...describe(head.evaluation, path) });
    }
  }
  for (const path of headFiles.keys()) {
    if (renamedTo.has(path) || baseFiles.has(path)) continue;
    files.push({ status: 'added', path, contentChanged: true, ...describe(head.evaluation, path) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Change requests whose own file did not change, but whose findings did.
  // A change request only moved to another path (same bytes) is not edited: it can be touched indirectly.
  const touchedFiles = new Set(files.filter((f) => f.contentChanged).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
  const headByChange = groupByChange(allFindings(head.evaluation), head.evaluation);
  const baseByChange = groupByChange(allFindings(base.evaluation), base.evaluation);
  const fixedByChange = groupByChange(labelling.fixed, base.evaluation);
  const indirect: IndirectChange[] = [];
  for (const change of head.evaluation.changes) {
    if (touchedFiles.has(change.file)) continue;
    const baseChange = base.evaluation.changes.find((c) => c.id === change.id);
    if (!baseChange) continue;
    const headFindings = headByChange.get(change.id) ?? [];
    const newFindings = headFindings.filter((f) => labelling.labels.get(f)?.label === 'new').length;
    const changed = headFindings.filter((f) => labelling.labels.get(f)?.previous !== undefined).length;
    const fixedFindings = (fixedByChange.get(change.id) ?? []).length;
    if (newFindings + fixedFindings + changed === 0) continue;
    indirect.push({
      changeId: change.id,
      file: change.file,
      verdict: { base: crVerdict(baseByChange.get(change.id) ?? [], base.evaluation), head: crVerdict(headFindings, head.evaluation) },
      newFindings,
      fixedFindings,
      after: files.map((f) => f.path).filter((p) => p !== change.file),
    });
  }

  const pick = (category: FileCategory) => files.filter((f) => f.category === category);
  return {
    files,
    changeRequests: pick('change-request'),
    inventory: pick('inventory'),
    policy: pick('policy'),
    waivers: pick('waiver'),
    other: pick('other'),
    indirect,
  };
}

/** Findings about each change request: attributed to it, or located in its file. */
export function groupByChange(findings: Finding[], evaluation: Evaluation): Map<string, Finding[]> {
  const fileToChange = new Map(evaluation.changes.map((c) => [c.file, c.id]));
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.changeId ?? fileToChange.get(f.file);
    if (id === undefined) continue;
    out.set(id, [...(out.get(id) ?? []), f]);
  }
  return out;
}
