// Chooses which files of a repository snapshot are network files, following changegate.yaml
// (or the documented default layout when there is none).
import { loadYaml } from '../load/yaml.ts';
import type { LoadLimits, YamlDocument } from '../load/yaml.ts';
import type { Range } from '../load/positions.ts';
import { validateDocument } from '../validate/schemas.ts';

/** One file of a repository snapshot (working tree, git ref, git index or pull request). */
export interface RepoFile {
  /** Repository-relative POSIX path. */
  path: string;
  bytes: Uint8Array;
  /** The git blob id of the bytes, when they come from git objects (keys the document cache). */
  blob?: string;
}

export const DEFAULT_CONFIG_FILE = 'changegate.yaml';
export const DEFAULT_INCLUDE = ['inventory', 'traffic', 'software', 'policy', 'changes', 'waivers'];

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

export interface Selection {
  files: RepoFile[];
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

function under(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(prefix + '/');
}

export function selectFiles(all: readonly RepoFile[], configPath: string | undefined, limits: LoadLimits): Selection {
  const problems: SelectionProblem[] = [];
  const documents = new Map<string, YamlDocument>();
  let include = DEFAULT_INCLUDE;
  let exclude: string[] = [];
  let includeDrafts = false;
  let explicitInclude = false;
  let maxFileBytes: number | undefined;

  const wanted = configPath === undefined ? DEFAULT_CONFIG_FILE : normaliseRepoPath(configPath);
  if (wanted === undefined) {
    problems.push({
      ruleId: 'gate-config',
      messageId: 'pathOutsideRepo',
      message: `the config path "${configPath}" leaves the repository; give a path inside it`,
      at: { file: '', pointer: '' },
      data: { path: String(configPath) },
    });
    return { files: [], includeDrafts, documents, problems };
  }
  const configFile = all.find((f) => f.path === wanted);
  if (!configFile && configPath !== undefined) {
    problems.push({
      ruleId: 'gate-config',
      messageId: 'configMissing',
      message: `the config file "${configPath}" does not exist`,
      at: { file: '', pointer: '' },
      data: { path: configPath },
    });
    return { files: [], includeDrafts, documents, problems };
  }
  // Paths in the config are relative to the folder holding it.
  const base = wanted.includes('/') ? wanted.slice(0, wanted.lastIndexOf('/')) : '';
  if (configFile) {
    const loaded = loadYaml(configFile.path, configFile.bytes, limits);
    for (const issue of loaded.issues) {
      problems.push({ ruleId: 'yaml-syntax', messageId: issue.code, message: issue.message, at: { file: configFile.path, pointer: issue.pointer ?? '' }, range: issue.range, data: { code: issue.code } });
    }
    if (!loaded.document) return { files: [], includeDrafts, documents, problems };
    documents.set(configFile.path, loaded.document);
    const result = validateDocument(loaded.document.value, configFile.path);
    for (const p of result.problems) {
      problems.push({ ruleId: 'schema-valid', messageId: p.messageId, message: p.message, at: { file: configFile.path, pointer: p.pointer }, atKey: p.atKey, data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, String(v)])) });
    }
    if (result.problems.length === 0 && result.kind !== 'ChangegateConfig') {
      problems.push({ ruleId: 'gate-config', messageId: 'notAConfig', message: `${configFile.path} must be of kind ChangegateConfig`, at: { file: configFile.path, pointer: '/kind' }, data: {} });
    }
    if (problems.length > 0) return { files: [], includeDrafts, documents, problems };
    const value = loaded.document.value as { include?: string[]; exclude?: string[]; includeDrafts?: boolean; maxFileBytes?: number };
    if (value.maxFileBytes !== undefined) maxFileBytes = value.maxFileBytes;
    const resolvePaths = (list: string[], key: string) =>
      list.flatMap((p, i) => {
        const normal = normaliseRepoPath(base ? `${base}/${p}` : p);
        if (normal === undefined || (base !== '' && !under(normal, base) && normal !== base)) {
          problems.push({ ruleId: 'gate-config', messageId: 'pathOutsideRepo', message: `"${p}" leaves the repository; paths in the config must stay inside it`, at: { file: configFile.path, pointer: `/${key}/${i}` }, data: { path: p } });
          return [];
        }
        return [normal];
      });
    if (value.include) {
      include = resolvePaths(value.include, 'include');
      explicitInclude = true;
    } else include = DEFAULT_INCLUDE.map((p) => (base ? `${base}/${p}` : p));
    exclude = resolvePaths(value.exclude ?? [], 'exclude');
    includeDrafts = value.includeDrafts ?? false;
    if (explicitInclude) {
      value.include?.forEach((p, i) => {
        const normal = include[i];
        if (normal !== undefined && !all.some((f) => under(f.path, normal))) {
          problems.push({ ruleId: 'gate-config', messageId: 'includeMissing', message: `"${p}" is listed in include but no file exists there`, at: { file: configFile.path, pointer: `/include/${i}` }, data: { path: p } });
        }
      });
    }
  }
  const files = all
    .filter((f) => YAML_FILE.test(f.path) && include.some((p) => under(f.path, p)) && !exclude.some((p) => under(f.path, p)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, includeDrafts, documents, problems, ...(maxFileBytes !== undefined ? { maxFileBytes } : {}) };
}
