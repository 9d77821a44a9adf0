// `changegate report`: the CAB review summary. A thin shell like `check`: the same snapshot, the same
// evaluate() call, then the CAB view-model and a renderer; the exit code follows the same verdict.
import { dirname, relative, resolve, sep } from 'node:path';
import { writeOutputFile } from '../output.ts';
import type { ReportSource } from '../../cab/model.ts';
import { evaluateFolder } from '../evaluate-folder.ts';
import type { Command } from 'commander';
import { Option } from 'commander';
import { parseAsOf } from '../../core/as-of.ts';
import { ExitCode, exitCodeFor } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { describeSource } from '../source-info.ts';
import { RULE_DOCS_URL } from '../../core/version.ts';
import { UsageError } from '../usage-error.ts';
import { rulesWithPlugins } from '../plugins.ts';

export interface ReportOptions {
  change: string[];
  format?: string;
  out?: string;
  asOf?: string;
  config?: string;
  includeDrafts?: boolean;
  docsBase?: string;
  pullRequest?: string;
  plugin: string[];
  repoFilesBase?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('Write the CAB review summary (Markdown with a Mermaid timeline, or self-contained HTML with SVG charts)')
    .argument('[repo-dir]', 'the repository (or folder) holding the network files', '.')
    .option('--change <id>', 'summarise this change request (repeat for several; default: every change request on the timeline)', collect, [])
    .addOption(new Option('-f, --format <format>', 'md or html (default: from the --out extension, else md)').choices(['md', 'html']))
    .option('-o, --out <file>', 'write the summary to this file instead of standard output')
    .option('--as-of <instant>', 'evaluate as of this instant (ISO 8601 with offset, or "now"); default: now')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .option('--include-drafts', 'also put draft change requests on the timeline')
    .option('--docs-base <url-or-path>', `where the findings' links to the rule pages point (default: ${RULE_DOCS_URL})`)
    .option('--plugin <path>', 'also run the rules exported by this ES module, made with defineRule (repeat for several; see docs/api.md)', collect, [])
    .option('--repo-files-base <url-or-path>', "where a custom rule's findings link its Rule document (default: on GitHub Actions the file at the commit, else the path from the page into the repository)")
    .option('--pull-request <number-or-url>', 'name the pull request the change is proposed in (default: from GITHUB_REF on GitHub Actions)')
    .addHelpText(
      'after',
      `
The summary is drawn from the same evaluation as \`changegate check\`, and the exit code follows the same
verdict: 0 pass or warn, 1 fail, 2 error or bad usage. The file is written in every case, so a failing
plan still gets its summary.

Examples:
  $ changegate report examples/six-sites --change CR-2026-0601 --out cab.html
  $ changegate report . --format md --as-of 2026-12-01T09:00:00+01:00 > cab.md`,
    )
    .action(async (repoDir: string, options: ReportOptions) => {
      setExit(await runReport(repoDir, options, io));
    });
}

function formatOf(options: ReportOptions): 'md' | 'html' {
  if (options.format === 'md' || options.format === 'html') return options.format;
  if (options.format !== undefined) throw new UsageError(`--format must be md or html, not "${options.format}"`);
  return options.out !== undefined && /\.html?$/i.test(options.out) ? 'html' : 'md';
}

/**
 * Where the page links the repository's own files (a custom rule's Rule document): --repo-files-base;
 * on GitHub Actions, the file at the evaluated commit; else the path from where the page is written,
 * when that stays inside the repository (a page never names the machine's folders above it); else none,
 * and the link is the repository-relative path.
 */
function repoFilesBase(repoDir: string, options: ReportOptions, io: CliIo, source: ReportSource): string {
  if (options.repoFilesBase !== undefined) return options.repoFilesBase;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  if (server && repository && source.commit !== undefined) return `${server.replace(/\/+$/, '')}/${repository}/blob/${source.commit}${source.folder !== '' ? `/${source.folder}` : ''}`;
  const folder = resolve(io.cwd, repoDir);
  const top = source.folder === '' ? folder : resolve(folder, ...source.folder.split('/').map(() => '..'));
  const from = options.out !== undefined ? dirname(resolve(io.cwd, options.out)) : io.cwd;
  const insideRepository = from === top || from.startsWith(top + sep);
  return insideRepository ? relative(from, folder).split(sep).join('/') : '';
}

export async function runReport(repoDir: string, options: ReportOptions, io: CliIo): Promise<number> {
  const format = formatOf(options);
  const asOf = parseAsOf(options.asOf ?? 'now', io.now);
  if (typeof asOf !== 'number') throw new UsageError(asOf.error);
  const rules = (options.plugin ?? []).length > 0 ? await rulesWithPlugins(options.plugin, io.cwd) : undefined;
  const evaluation = await evaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts, ...(rules ? { rules } : {}) }, io);
  if (!evaluation) return ExitCode.Error;
  // The renderers are loaded on demand: `check` and the hook never pay for them.
  const { buildCabReport, unknownChanges } = await import('../../cab/model.ts');
  const wanted = [...new Set(options.change)];
  const unknown = evaluation.network ? unknownChanges(evaluation, wanted) : [];
  if (unknown.length > 0) {
    const known = evaluation.changes.map((c) => c.id).join(', ') || 'none';
    throw new UsageError(`no change request ${unknown.map((u) => `"${u}"`).join(', ')} in ${repoDir} (known: ${known})`);
  }
  const source = describeSource(repoDir, io, options.pullRequest);
  const report = buildCabReport(evaluation, {
    changes: wanted,
    docsBase: options.docsBase ?? RULE_DOCS_URL,
    source,
    repoFilesBase: repoFilesBase(repoDir, options, io, source),
  });
  const text = format === 'html' ? (await import('../../cab/html.ts')).renderHtml(report) : (await import('../../cab/markdown.ts')).renderMarkdown(report);
  if (options.out !== undefined) {
    if (!writeOutputFile(options.out, text, io, { createFolder: true })) return ExitCode.Error;
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; CAB summary written to ${options.out}\n`);
  } else io.stdout(text);
  return exitCodeFor(evaluation.verdict);
}
