// `changegate check`: a thin shell over evaluate(): gather the snapshot, evaluate, format, exit code.
import { writeFileSync } from 'node:fs';
import { evaluateFolder } from '../evaluate-folder.ts';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { FORMAT_LOADERS, FORMAT_NAMES } from '../../report/index.ts';
import { parseAsOf } from '../as-of.ts';
import { ExitCode, exitCodeFor } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

export interface CheckOptions {
  format: string;
  asOf?: string;
  config?: string;
  color: boolean;
  includeDrafts?: boolean;
  maxPerRule: string;
  output?: string;
  base?: string;
  head?: string;
  onlyNew?: boolean;
  staged?: boolean;
}

export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('Evaluate a network-config repository and print the verdict')
    .argument('[repo-dir]', 'the repository (or folder) holding the network files', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('text'))
    .option('--as-of <instant>', 'evaluate as of this instant (ISO 8601 with offset, or "now"); default: now')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .option('--include-drafts', 'also put draft change requests on the timeline')
    .option('--max-per-rule <n>', 'text output: show at most n findings per rule', '50')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--no-color', 'disable colour (also: NO_COLOR environment variable)')
    .option('--base <ref>', 'also evaluate this git ref and label each finding new, existing or fixed (see docs/git.md)')
    .option('--head <ref>', 'evaluate this git ref instead of the working tree (read from git objects, no checkout)')
    .option('--only-new', 'with --base (or --staged): report only what the change introduces or makes worse')
    .option('--staged', 'evaluate exactly what is staged for commit (the git index), compared with HEAD; used by the pre-commit hook')
    .addHelpText(
      'after',
      `
Exit codes: 0 pass or warn, 1 fail (a blocking finding), 2 error (the gate could not evaluate) or bad usage.

Examples:
  $ changegate check examples/six-sites
  $ changegate check . --format json --as-of 2026-12-01T09:00:00+01:00
  $ changegate check network/ --config network/changegate.yaml --include-drafts
  $ changegate check . --base origin/main --only-new
  $ changegate check --staged`,
    )
    .action(async (repoDir: string, options: CheckOptions) => {
      setExit(await runCheck(repoDir, options, io));
    });
}

export async function runCheck(repoDir: string, options: CheckOptions, io: CliIo): Promise<number> {
  const asOf = parseAsOf(options.asOf ?? 'now', io.now);
  if (typeof asOf !== 'number') throw new UsageError(asOf.error);
  const maxPerRule = Number(options.maxPerRule);
  if (!Number.isInteger(maxPerRule) || maxPerRule < 1) throw new UsageError(`--max-per-rule must be a whole number of at least 1, not "${options.maxPerRule}"`);
  if (options.base !== undefined || options.head !== undefined || options.staged || options.onlyNew) {
    // Loaded on demand so the plain working-tree check does not pay for git support at start-up.
    const { runGitCheck } = await import('../../git/check.ts');
    return runGitCheck(repoDir, options, io, { asOf, maxPerRule });
  }
  const evaluation = await evaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts }, io);
  if (!evaluation) return ExitCode.Error;
  const formatter = await (FORMAT_LOADERS[options.format] as () => ReturnType<(typeof FORMAT_LOADERS)[string]>)();
  const color = options.color && io.isTTY && !io.env.NO_COLOR && !options.output;
  const text = formatter(evaluation, { color, pathPrefix: repoDir === '.' ? '' : repoDir, maxPerRule });
  if (options.output) writeFileSync(resolve(io.cwd, options.output), text);
  else io.stdout(text);
  return exitCodeFor(evaluation.verdict);
}
