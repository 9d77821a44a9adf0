// `changegate schemas`: copy changegate's JSON Schemas into a repository and map each folder to its
// schema in .vscode/settings.json, so editors validate and complete the YAML files offline.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_SCHEMA_DIR, normaliseSchemaDir, writeEditorSetup } from '../editor-setup.ts';
import { folderProblem } from '../evaluate-folder.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

export function registerSchemas(program: Command, io: CliIo): void {
  program
    .command('schemas')
    .description('Write the JSON Schemas into the repository and the YAML language server settings that map each folder to its schema')
    .argument('[repo-dir]', 'the repository to set up', '.')
    .option('--out <dir>', 'folder for the schemas, relative to the repository', DEFAULT_SCHEMA_DIR)
    .addHelpText(
      'after',
      `
Run it again after upgrading changegate: the schemas are replaced, and yaml.schemas in
.vscode/settings.json is updated while every other setting is kept.

Examples:
  $ changegate schemas
  $ changegate schemas network-config --out tools/schemas`,
    )
    .action((repoDir: string, options: { out: string }) => {
      const problem = folderProblem(repoDir, io.cwd);
      if (problem !== undefined) throw new UsageError(problem);
      const schemaDir = normaliseSchemaDir(options.out);
      for (const path of writeEditorSetup(resolve(io.cwd, repoDir), schemaDir)) io.stdout(`wrote ${repoDir === '.' ? path : `${repoDir}/${path}`}\n`);
      io.stdout(`\nFiles in a folder of another name can name their schema on their first line, e.g.\n# yaml-language-server: $schema=${schemaDir}/change-request.schema.json (relative to the file)\n`);
    });
}
