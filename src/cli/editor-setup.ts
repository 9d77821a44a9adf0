// Editor support that works offline: changegate's JSON Schemas copied into the repository, and the
// settings of the YAML language server (VS Code's "YAML" extension, and every editor using the server)
// mapping each folder of the documented layout to its schema. Nothing points at a package path the
// repository may not have or at a web address.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { packageRoot } from '../core/package-root.ts';
import { UsageError } from './usage-error.ts';

/** Where `init` and `schemas` put the schemas, relative to the repository root. */
export const DEFAULT_SCHEMA_DIR = '.changegate/schemas';

/** Each schema and the files of the documented layout it applies to. */
export const SCHEMA_GLOBS: readonly { schema: string; globs: string[] }[] = [
  { schema: 'inventory.schema.json', globs: ['inventory/**/*.yaml', 'inventory/**/*.yml'] },
  { schema: 'traffic-forecast.schema.json', globs: ['traffic/**/*.yaml', 'traffic/**/*.yml'] },
  { schema: 'software-catalog.schema.json', globs: ['software/**/*.yaml', 'software/**/*.yml'] },
  { schema: 'policy.schema.json', globs: ['policy/**/*.yaml', 'policy/**/*.yml'] },
  { schema: 'change-request.schema.json', globs: ['changes/**/*.yaml', 'changes/**/*.yml'] },
  { schema: 'waiver.schema.json', globs: ['waivers/**/*.yaml', 'waivers/**/*.yml'] },
  { schema: 'rule.schema.json', globs: ['rules/**/*.yaml', 'rules/**/*.yml'] },
  { schema: 'changegate-config.schema.json', globs: ['changegate.yaml'] },
  { schema: 'rule-test.schema.json', globs: ['tests/**/*.yaml', 'tests/**/*.yml'] },
];

/** A schema directory given by the user, as a repository-relative POSIX path; refused if it leaves the repository. */
export function normaliseSchemaDir(dir: string): string {
  const normal = posix.normalize(dir.split('\\').join('/')).replace(/\/+$/, '');
  if (normal === '' || normal === '.' || normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal)) {
    throw new UsageError(`--out ${dir}: give a folder inside the repository, e.g. ${DEFAULT_SCHEMA_DIR}`);
  }
  return normal;
}

/** The modeline for a file at `file` (repository-relative) using `schema` from `schemaDir`. */
export function modeline(file: string, schemaDir: string, schema: string): string {
  const from = posix.dirname(file);
  return `# yaml-language-server: $schema=${posix.relative(from, `${schemaDir}/${schema}`)}\n`;
}

/** The `yaml.schemas` setting: schema path (relative to the workspace root) to the globs it covers. */
export function yamlSchemasSetting(schemaDir: string): Record<string, string[]> {
  return Object.fromEntries(SCHEMA_GLOBS.map(({ schema, globs }) => [`./${schemaDir}/${schema}`, globs]));
}

/** .vscode/settings.json with the yaml.schemas mapping merged into what is there (plain JSON only). */
function mergedSettings(existing: string | undefined, schemaDir: string): string {
  let settings: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(existing);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      settings = parsed as Record<string, unknown>;
    } catch {
      throw new UsageError(
        `.vscode/settings.json is not plain JSON (comments or trailing commas?), so it is left as it is; add this to it yourself:\n"yaml.schemas": ${JSON.stringify(yamlSchemasSetting(schemaDir), null, 2)}`,
      );
    }
  }
  const current = settings['yaml.schemas'];
  const previous = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
  settings['yaml.schemas'] = { ...previous, ...yamlSchemasSetting(schemaDir) };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Writes the schemas into `root/schemaDir` and merges .vscode/settings.json; returns the repository-relative paths written. */
export function writeEditorSetup(root: string, schemaDir: string): string[] {
  const settingsPath = join(root, '.vscode', 'settings.json');
  // Merged first: settings that cannot be merged stop the command before anything is written.
  const settings = mergedSettings(existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined, schemaDir);
  const written: string[] = [];
  const source = join(packageRoot(), 'schemas');
  for (const { schema } of SCHEMA_GLOBS) {
    const target = join(root, schemaDir, schema);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(source, schema)));
    written.push(`${schemaDir}/${schema}`);
  }
  mkdirSync(dirname(settingsPath), { recursive: true });
  writeFileSync(settingsPath, settings);
  written.push('.vscode/settings.json');
  return written;
}
