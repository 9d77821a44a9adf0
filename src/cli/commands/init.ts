import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { DEFAULT_SCHEMA_DIR, writeEditorSetup } from '../editor-setup.ts';
import { STARTER_FILES } from '../starter.ts';
import { UsageError } from '../usage-error.ts';

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('Write a small, valid starter network-config repository, with the schemas and editor settings for completion')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--force', 'overwrite files that already exist')
    .addHelpText('after', '\nExample:\n  $ changegate init my-network && changegate check my-network')
    .action((dir: string, options: { force?: boolean }) => {
      const root = resolve(io.cwd, dir);
      const clashes = Object.keys(STARTER_FILES).filter((p) => existsSync(join(root, p)));
      if (clashes.length > 0 && !options.force) {
        throw new UsageError(`${dir} already has ${clashes.join(', ')}; use --force to overwrite`);
      }
      for (const [path, text] of Object.entries(STARTER_FILES)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        io.stdout(`wrote ${join(dir, path)}\n`);
      }
      for (const path of writeEditorSetup(root, DEFAULT_SCHEMA_DIR)) io.stdout(`wrote ${join(dir, path)}\n`);
      io.stdout(`\nEditors with the YAML language server (VS Code's YAML extension) now complete and check every file offline.\nNext: changegate check ${dir}\n`);
    });
}
