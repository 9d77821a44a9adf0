// Chooses which files of a repository snapshot are network files, following changegate.yaml
// (or the documented default layout when there is none).
import { fileTooLarge, loadYaml } from '../load/yaml.ts';
import type { LoadLimits, YamlDocument } from '../load/yaml.ts';
import type { Range } from '../load/positions.ts';
import { DOCUMENT_KINDS, validateDocument } from '../validate/schemas.ts';
import { didYouMean } from '../core/suggest.ts';

/** One file of a repository snapshot (working tree, git ref, git index or pull request). */
export interface RepoFile {
  /** Repository-relative POSIX path. */
  path: string;
  bytes: Uint8Array;
  /**
   * The file's real size when `bytes` holds only its beginning: a network file over the size limit is
   * not read at all, and a YAML file outside the included folders is only peeked at for its `kind`.
   */
  size?: number;
  /**
   * What keys the document cache: the git blob id when the bytes come from git objects, or the hash of
   * the bytes read from a working tree (document-cache.ts contentId).
   */
  blob?: string;
}

/** How much of a YAML file outside the included folders is read to find its `kind`. */
export const KIND_PEEK_BYTES = 64 * 1024;

export const DEFAULT_CONFIG_FILE = 'changegate.yaml';
export const DEFAULT_INCLUDE = ['inventory', 'traffic', 'software', 'policy', 'changes', 'waivers', 'records', 'rules'];

export interface SelectionProblem {
  ruleId: 'gate-config' | 'yaml-syntax' | 'schema-valid';
  messageId: string;
  message: string;
  at: { file: string; pointer: string };
  atKey?: boolean;
  /** Exact range when the problem comes from a file that could not be loaded (no pointer map). */
  range?: Range;
  data: Record<string, string>;
}

/** A YAML file that declares a changegate kind but that the configuration does not include. */
export interface UnreadFile {
  path: string;
  kind: string;
  /** Position of the `kind` line. */
  range: Range;
}

export interface Selection {
  files: RepoFile[];
  /** YAML files with a changegate kind outside the included folders and not excluded. */
  unread: UnreadFile[];
  /** The included folders, repository-relative (for messages). */
  include: readonly string[];
  includeDrafts: boolean;
  /** The config document, when there is one (so findings on it can be located). */
  documents: Map<string, YamlDocument>;
  problems: SelectionProblem[];
  /** The largest network file to read, when changegate.yaml sets `maxFileBytes`. */
  maxFileBytes?: number;
}

const YAML_FILE = /\.ya?ml$/i;

/** Normalises a configured path and refuses any that leaves the repository. */
export function normaliseRepoPath(raw: string): string | undefined {
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw) || raw.includes('\\') || raw.includes('\0')) return undefined;
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

/** Every folder holding a file of the snapshot, for "did you mean" on a misspelt include. */
function folders(files: readonly { path: string }[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort();
}

function under(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(prefix + '/');
}


/** Which paths are network files: the configuration's include and exclude lists, repository-relative. */
export interface ReadScope {
  include: readonly string[];
  exclude: readonly string[];
  /** The config file in use (repository-relative), if any. */
  configFile?: string;
  /** The largest network file to read, when changegate.yaml sets `maxFileBytes`. */
  maxFileBytes?: number;
}

/** A network file: a YAML file under an included folder and not excluded. */
export function isIncluded(path: string, scope: ReadScope): boolean {
  return YAML_FILE.test(path) && scope.include.some((p) => under(path, p)) && !isExcluded(path, scope);
}

export function isExcluded(path: string, scope: ReadScope): boolean {
  return scope.exclude.some((p) => under(path, p));
}

/** Whether a folder is, or leads to, an included folder (so the sources must look inside it). */
export function mayHoldIncluded(dir: string, scope: ReadScope): boolean {
  if (isExcluded(dir, scope)) return false;
  return scope.include.some((p) => under(dir, p) || under(p, dir));
}

/** The repository-relative path of the config file a run uses (undefined when it leaves the repository). */
export function configFilePath(configPath: string | undefined): string | undefined {
  return configPath === undefined ? DEFAULT_CONFIG_FILE : normaliseRepoPath(configPath);
}

interface ConfigReading {
  scope: ReadScope;
  includeDrafts: boolean;
  documents: Map<string, YamlDocument>;
  problems: SelectionProblem[];
  /** The include entries as written, with their normalised paths, when include was given. */
  explicitInclude?: { written: string; path: string | undefined }[];
  /** Whether the config could not be used (nothing should be selected). */
  broken: boolean;
}

/**
 * Reads the configuration into a scope. A source reads the config file first and then only what the
 * scope includes; selectFiles reads it again over the snapshot, so both always agree.
 */
function readConfig(configFile: RepoFile | undefined, configPath: string | undefined, limits: LoadLimits): ConfigReading {
  const problems: SelectionProblem[] = [];
  const documents = new Map<string, YamlDocument>();
  const wanted = configFilePath(configPath);
  const broken = (): ConfigReading => ({ scope: { include: DEFAULT_INCLUDE, exclude: [], ...(wanted ? { configFile: wanted } : {}) }, includeDrafts: false, documents, problems, broken: true });
  if (wanted === undefined) {
    problems.push({
      ruleId: 'gate-config',
      messageId: 'pathOutsideRepo',
      message: `the config path "${configPath}" leaves the repository; give a path inside it`,
      at: { file: '', pointer: '' },
      data: { path: String(configPath) },
    });
    return broken();
  }
  if (!configFile) {
    if (configPath !== undefined) {
      problems.push({
        ruleId: 'gate-config',
        messageId: 'configMissing',
        message: `the config file "${configPath}" does not exist`,
        at: { file: '', pointer: '' },
        data: { path: configPath },
      });
      return broken();
    }
    return { scope: { include: DEFAULT_INCLUDE, exclude: [] }, includeDrafts: false, documents, problems, broken: false };
  }
  // Paths in the config are relative to the folder holding it.
  const base = wanted.includes('/') ? wanted.slice(0, wanted.lastIndexOf('/')) : '';
  // A source that found the config over the size limit gave its size, not its bytes.
  const truncated = configFile.size !== undefined && configFile.size > configFile.bytes.length;
  const loaded = truncated ? { issues: [fileTooLarge(configFile.size ?? 0, limits)], document: undefined } : loadYaml(configFile.path, configFile.bytes, limits);
  for (const issue of loaded.issues) {
    problems.push({ ruleId: 'yaml-syntax', messageId: issue.code, message: issue.message, at: { file: configFile.path, pointer: issue.pointer ?? '' }, range: issue.range, data: { code: issue.code } });
  }
  if (!loaded.document || problems.length > 0) return broken();
  documents.set(configFile.path, loaded.document);
  const result = validateDocument(loaded.document.value, configFile.path);
  for (const p of result.problems) {
    problems.push({ ruleId: 'schema-valid', messageId: p.messageId, message: p.message, at: { file: configFile.path, pointer: p.pointer }, atKey: p.atKey, data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, String(v)])) });
  }
  if (result.problems.length === 0 && result.kind !== 'ChangegateConfig') {
    problems.push({ ruleId: 'gate-config', messageId: 'notAConfig', message: `${configFile.path} must be of kind ChangegateConfig`, at: { file: configFile.path, pointer: '/kind' }, data: {} });
  }
  if (problems.length > 0) return broken();
  const value = loaded.document.value as { include?: string[]; exclude?: string[]; includeDrafts?: boolean; maxFileBytes?: number };
  const resolvePath = (p: string, i: number, key: string) => {
    const normal = normaliseRepoPath(base ? `${base}/${p}` : p);
    if (normal === undefined || (base !== '' && !under(normal, base) && normal !== base)) {
      problems.push({ ruleId: 'gate-config', messageId: 'pathOutsideRepo', message: `"${p}" leaves the repository; paths in the config must stay inside it`, at: { file: configFile.path, pointer: `/${key}/${i}` }, data: { path: p } });
      return undefined;
    }
    return normal;
  };
  const explicitInclude = value.include?.map((p, i) => ({ written: p, path: resolvePath(p, i, 'include') }));
  const include = explicitInclude ? explicitInclude.flatMap((e) => (e.path === undefined ? [] : [e.path])) : DEFAULT_INCLUDE.map((p) => (base ? `${base}/${p}` : p));
  const exclude = (value.exclude ?? []).flatMap((p, i) => {
    const normal = resolvePath(p, i, 'exclude');
    return normal === undefined ? [] : [normal];
  });
  return {
    scope: { include, exclude, configFile: configFile.path, ...(value.maxFileBytes !== undefined ? { maxFileBytes: value.maxFileBytes } : {}) },
    includeDrafts: value.includeDrafts ?? false,
    documents,
    problems,
    ...(explicitInclude ? { explicitInclude } : {}),
    broken: problems.length > 0,
  };
}

/**
 * The scope a source reads, from the config file's bytes (or its absence). A config that cannot be read
 * gives the default layout: evaluate() reports the config's problems, and the verdict is error anyway.
 */
export function readScope(configFile: RepoFile | undefined, configPath: string | undefined, limits: LoadLimits): ReadScope {
  return readConfig(configFile, configPath, limits).scope;
}

export function selectFiles(all: readonly RepoFile[], configPath: string | undefined, limits: LoadLimits): Selection {
  const wanted = configFilePath(configPath);
  const configFile = wanted === undefined ? undefined : all.find((f) => f.path === wanted);
  const config = readConfig(configFile, configPath, limits);
  const { documents, problems, includeDrafts, scope } = config;
  if (config.broken) return { files: [], unread: [], include: scope.include, includeDrafts, documents, problems };
  config.explicitInclude?.forEach((entry, i) => {
    const normal = entry.path;
    if (normal !== undefined && !all.some((f) => under(f.path, normal))) {
      const configAt = configFile?.path ?? '';
      const base = configAt.includes('/') ? configAt.slice(0, configAt.lastIndexOf('/')) : '';
      const near = didYouMean(normal, [...new Set([...folders(all), ...DEFAULT_INCLUDE.map((d) => (base ? `${base}/${d}` : d))])]);
      const hint = near !== undefined ? `did you mean "${base !== '' && near.startsWith(`${base}/`) ? near.slice(base.length + 1) : near}"? ` : '';
      problems.push({
        ruleId: 'gate-config',
        messageId: 'includeMissing',
        message: `"${entry.written}" is listed in include but no file exists there: ${hint}Fix the name, create the folder, or remove it from include (changegate init writes a starter repository with the standard folders: ${DEFAULT_INCLUDE.join(', ')})`,
        at: { file: configFile?.path ?? '', pointer: `/include/${i}` },
        data: { path: entry.written, ...(near !== undefined ? { suggestion: near } : {}) },
      });
    }
  });
  const files: RepoFile[] = [];
  const unread: UnreadFile[] = [];
  for (const file of all) {
    if (!YAML_FILE.test(file.path) || file.path === scope.configFile) continue;
    if (isIncluded(file.path, scope)) files.push(file);
    else if (!isExcluded(file.path, scope)) {
      const declared = peekKind(file.bytes);
      if (declared) unread.push({ path: file.path, ...declared });
    }
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  files.sort(byPath);
  unread.sort(byPath);
  return { files, unread, include: scope.include, includeDrafts, documents, problems, ...(scope.maxFileBytes !== undefined ? { maxFileBytes: scope.maxFileBytes } : {}) };
}

const KIND_LINE = /^kind[ \t]*:[ \t]*(["']?)([A-Za-z]+)\1[ \t]*(?:#.*)?$/m;
const KNOWN_KINDS = new Map(DOCUMENT_KINDS.filter((k) => k !== 'ChangegateConfig').map((k) => [k.toLowerCase(), k]));

/**
 * The changegate kind a file declares on a top-level `kind:` line within its first bytes (any letter
 * case: `changerequest` would be refused by the schema, but it is still a change request), or undefined.
 */
export function peekKind(bytes: Uint8Array): { kind: string; range: Range } | undefined {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, KIND_PEEK_BYTES)).replace(/\r\n/g, '\n');
  const match = KIND_LINE.exec(head);
  const kind = match?.[2] !== undefined ? KNOWN_KINDS.get(match[2].toLowerCase()) : undefined;
  if (match === null || kind === undefined) return undefined;
  const line = head.slice(0, match.index).split('\n').length;
  return { kind, range: { line, column: 1, endLine: line, endColumn: match[0].length + 1 } };
}

const RULE_TEST_LINE = /^kind[ \t]*:[ \t]*(["']?)RuleTest\1[ \t]*(?:#.*)?$/m;

/** Whether a file declares `kind: RuleTest` on a top-level line near its start (a quick look, for finding tests). */
export function declaresRuleTestKind(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, KIND_PEEK_BYTES);
  // Most files do not mention the kind at all: a byte search spares decoding them.
  if (Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf('RuleTest') < 0) return false;
  return RULE_TEST_LINE.test(new TextDecoder('utf-8').decode(head));
}

/**
 * Whether a loaded document is a rule test (run by `changegate test`), never part of the network, so a
 * tests folder inside an included one is skipped rather than refused. Only a file that loads cleanly as
 * one RuleTest document is skipped: a change request with a second `kind: RuleTest` line must not
 * vanish from the evaluation, it is read and refused as usual.
 */
export function isRuleTestDocument(loaded: { document?: { value: unknown }; issues: readonly unknown[] }): boolean {
  const value = loaded.document?.value as { kind?: unknown } | null | undefined;
  return loaded.issues.length === 0 && typeof value === 'object' && value !== null && value.kind === 'RuleTest';
}
