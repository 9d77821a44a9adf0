// `changegate guard`: a thin shell over guardStep(): evaluate the repository as of the instant the step
// would start, print go or no-go with the reasons, exit 0 (go), 1 (no-go) or 2 (cannot evaluate).
import type { Command } from 'commander';
import { Option } from 'commander';
import { guardStep } from '../../lifecycle/guard.ts';
import type { GuardDecision } from '../../lifecycle/guard.ts';
import { parseAsOf } from '../../core/as-of.ts';
import { evaluateFolder } from '../evaluate-folder.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

interface GuardOptions {
  step: string;
  at?: string;
  repo: string;
  config?: string;
  format: 'text' | 'json';
  /** Keep loaded documents in a cache under .git/ (default true; --no-cache turns it off). */
  cache?: boolean;
}

export function registerGuard(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('guard')
    .description('Run-time check before automation starts a step: exit 0 only if starting it now matches the approved plan and the record')
    .argument('<change-id>', 'the change request, e.g. CR-2026-0412')
    .requiredOption('--step <step-id>', 'the step about to start')
    .option('--at <instant>', 'judge starting at this instant (ISO 8601 with offset); default: now, read from the clock')
    .option('-C, --repo <dir>', 'the network-config repository', '.')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-cache', 'do not keep loaded documents under .git/changegate/ (the decision is the same; only slower)')
    .addHelpText(
      'after',
      `
Exit codes: 0 go, 1 no-go (the reasons are printed), 2 the repository could not be evaluated or bad usage.

Examples:
  $ changegate guard CR-2026-0412 --step s4 --repo network-config
  $ changegate guard CR-2026-0412 --step s4 --at 2026-12-09T00:30:00+01:00 --format json`,
    )
    .action(async (changeId: string, options: GuardOptions) => {
      setExit(await runGuard(changeId, options, io));
    });
}

export async function runGuard(changeId: string, options: GuardOptions, io: CliIo): Promise<number> {
  const at = parseAsOf(options.at ?? 'now', io.now);
  if (typeof at !== 'number') throw new UsageError(at.error.replace('--as-of', '--at'));
  // Only the guarded change's findings decide: the rules skip what cannot concern it.
  const evaluation = await evaluateFolder(options.repo, { asOf: at, config: options.config, documentCache: options.cache !== false, focusChange: changeId }, io);
  if (!evaluation) return ExitCode.Error;
  const decision = guardStep(evaluation, changeId, options.step, options.at === undefined ? 'clock' : 'option');
  io.stdout(options.format === 'json' ? JSON.stringify(decision, null, 2) + '\n' : guardText(decision));
  return decision.status === 'go' ? ExitCode.Pass : decision.status === 'no-go' ? ExitCode.Fail : ExitCode.Error;
}

function guardText(d: GuardDecision): string {
  const when = `${d.atText} (${d.atSource === 'clock' ? 'now, from the clock' : 'from --at'})`;
  const head =
    d.status === 'go'
      ? `GO: ${d.change} step ${d.step} may start at ${when}.\n`
      : d.status === 'no-go'
        ? `NO-GO: ${d.change} step ${d.step} must not start at ${when}. ${d.reasons.length} reason(s):\n`
        : `ERROR: cannot judge ${d.change} step ${d.step} at ${when}; nothing may start:\n`;
  const lines = d.reasons.map((r) => {
    const where = r.file ? ` [${r.file}${r.line ? `:${r.line}:${r.column}` : ''}]` : '';
    return `  - ${r.ruleId ? `${r.ruleId}/${r.messageId}` : r.check}: ${r.message}${where}\n`;
  });
  return head + lines.join('');
}
