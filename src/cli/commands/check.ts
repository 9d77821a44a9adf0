// `changegate check`: a thin shell over evaluate(): gather the snapshot, evaluate, format, exit code.
import { resolve } from 'node:path';
import { readAndEvaluateFolder } from '../evaluate-folder.ts';
import { memoryDocumentCache } from '../../source/memory-document-cache.ts';
import type { Command } from 'commander';
import { Option } from 'commander';
import { FORMAT_LOADERS, FORMAT_NAMES } from '../../report/index.ts';
import { parseAsOf } from '../../core/as-of.ts';
import { ExitCode, exitCodeFor } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { writeReport } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { filterFindings } from '../filter.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Width for the text output: the terminal's, else COLUMNS, else the formatter's default; files get the default. */
function terminalColumns(io: CliIo, output: string | undefined): { columns?: number } {
  if (output !== undefined) return {};
  if (io.columns !== undefined) return { columns: io.columns };
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? { columns: fromEnv } : {};
}

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
  publish?: 'gitlab';
  change?: string[];
  rule?: string[];
  cache?: boolean;
  plugin?: string[];
  planHint?: boolean;
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
    .option('--change <id>', 'show only the findings about this change request (repeat for several); the verdict and exit code stay those of the whole plan', collect, [])
    .option('--rule <id>', 'show only the findings of this rule (repeat for several); the verdict and exit code stay those of the whole plan', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--no-color', 'disable colour (also: NO_COLOR environment variable)')
    .option('--base <ref>', 'also evaluate this git ref and label each finding new, existing or fixed (see docs/git.md)')
    .option('--head <ref>', 'evaluate this git ref instead of the working tree (read from git objects, no checkout)')
    .option('--only-new', 'with --base (or --staged): report only what the change introduces or makes worse')
    .option('--staged', 'evaluate exactly what is staged for commit (the git index), compared with HEAD; used by the pre-commit hook')
    .addOption(new Option('--publish <forge>', 'in CI, also publish the verdict: gitlab keeps the merge-request note (as `changegate gitlab` does)').choices(['gitlab']))
    .option('--plugin <path>', 'also run the rules exported by this ES module, made with defineRule (repeat for several; see docs/api.md)', collect, [])
    .option('--no-plan-hint', 'text output: do not search for a safe plan for failing change requests (see changegate plan)')
    .option('--no-cache', 'with --base, --head or --staged: do not use the cache of loaded documents under .git/changegate/')
    .addHelpText(
      'after',
      `
Exit codes: 0 pass or warn, 1 fail (a blocking finding), 2 error (the gate could not evaluate) or bad usage.

Examples:
  $ changegate check examples/six-sites
  $ changegate check . --format json --as-of 2026-12-01T09:00:00+01:00
  $ changegate check network/ --config network/changegate.yaml --include-drafts
  $ changegate check . --base origin/main --only-new
  $ changegate check --staged
  $ changegate check . --plugin ./acme-rules.mjs`,
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
  const plugins = options.plugin ?? [];
  if (plugins.length > 0 && options.publish !== undefined) throw new UsageError('--plugin cannot be combined with --publish: the published verdict is the one the CI job computes with the built-in and repository rules');
  // Plugin support is loaded only for a run that names plugins.
  const rules = plugins.length > 0 ? await (await import('../plugins.ts')).rulesWithPlugins(plugins, io.cwd) : undefined;
  if (options.publish === 'gitlab') {
    // Loaded on demand, like git support: only a CI job publishing to GitLab needs the client.
    const { publishCheckToGitLab } = await import('../../gitlab/publish.ts');
    return publishCheckToGitLab(repoDir, options, io, { asOf, maxPerRule });
  }
  if (options.base !== undefined || options.head !== undefined || options.staged || options.onlyNew) {
    if ((options.change ?? []).length > 0 || (options.rule ?? []).length > 0) throw new UsageError('--change and --rule filter the working-tree check; they cannot be combined with --base, --head, --staged or --only-new yet');
    // Loaded on demand so the plain working-tree check does not pay for git support at start-up.
    const { runGitCheck } = await import('../git-check.ts');
    return runGitCheck(repoDir, options, io, { asOf, maxPerRule, ...(rules ? { rules } : {}) });
  }
  const wantsHint = options.format === 'text' && options.planHint !== false;
  // The hint's search evaluates the same files again: it starts from this evaluation and what it loaded.
  const loaded = wantsHint ? memoryDocumentCache() : undefined;
  const read = await readAndEvaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts, ...(rules ? { rules } : {}), ...(loaded ? { keepLoaded: loaded } : {}) }, io);
  if (!read) return ExitCode.Error;
  const { repository, evaluation } = read;
  const formatter = await (FORMAT_LOADERS[options.format] as () => ReturnType<(typeof FORMAT_LOADERS)[string]>)();
  const color = options.color && io.isTTY && !io.env.NO_COLOR && !options.output;
  const shown = filterFindings(evaluation, { changes: options.change ?? [], rules: options.rule ?? [] });
  if (shown.note !== '') io.stderr(`changegate: ${shown.note}\n`);
  const report = formatter(shown.evaluation, { color, pathPrefix: repoDir === '.' ? '' : repoDir, maxPerRule, root: resolve(io.cwd, repoDir), ...terminalColumns(io, options.output) });
  // The planner is loaded only for the hint, so the other formats do not compile it.
  const hint = wantsHint ? await (await import('../plan-hint.ts')).safePlanText(repository, options, shown.evaluation, rules, loaded ? { evaluation, documentCache: loaded } : undefined) : '';
  const full = hint === '' ? report : typeof report === 'string' ? report + hint : [...report, hint];
  if (!(await writeReport(io, full, options.output))) return ExitCode.Error;
  return exitCodeFor(evaluation.verdict);
}
