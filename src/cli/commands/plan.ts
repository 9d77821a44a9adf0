// `changegate plan`: a thin shell over planChange(): read the folder, plan, print (text, json or the
// revised change request as yaml), and with --write put the revised change request in place.
import { defaultRules } from '../../../rules/index.ts';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { gitApprovalEvidence } from '../../approvals/gather.ts';
import { planJson, planText } from '../../planner/explain.ts';
import { PLAN_OBJECTIVES, planChange } from '../../planner/plan.ts';
import { documentReviser } from '../../planner/document.ts';
import type { PlanObjective } from '../../planner/plan.ts';
import { readFolder } from '../../source/folder.ts';
import { parseAsOf } from '../../core/as-of.ts';
import { folderProblem } from '../evaluate-folder.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

interface PlanOptions {
  from?: string;
  horizon: string;
  objective: PlanObjective;
  format: 'text' | 'json' | 'yaml';
  write?: boolean;
  config?: string;
  includeDrafts?: boolean;
}

export function registerPlan(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('Propose the earliest plan for a change request that every rule accepts (canary, soak, waves, windows), verified by the same evaluation as check')
    .argument('<change-id>', 'the change request to plan, e.g. CR-2026-0601')
    .argument('[repo-dir]', 'the repository (or folder) holding the network files', '.')
    .option('--from <instant>', 'plan as of this instant (ISO 8601 with offset, or "now"): no step starts earlier; default: now')
    .option('--horizon <days>', 'look this many days ahead for slots', '30')
    .addOption(
      new Option('--objective <objective>', 'earliest-finish: the plan that ends first; fewest-per-night: the fewest call servers touched in any one night, then the earliest finish')
        .choices([...PLAN_OBJECTIVES])
        .default('earliest-finish'),
    )
    .addOption(new Option('-f, --format <format>', 'output format: text explains, json gives the plan as data, yaml prints the revised change request').choices(['text', 'json', 'yaml']).default('text'))
    .option('--write', 'rewrite the change request file in place (comments, key order and other fields kept); it goes back to proposed, needing approval')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .option('--include-drafts', 'also put draft change requests on the timeline')
    .addHelpText(
      'after',
      `
Exit codes: 0 a plan was found (and written with --write), 1 no plan within the horizon (the binding
constraint and what would unblock it are printed), 2 the repository cannot be evaluated, the change
request is unknown or has started, or bad usage.

Examples:
  $ changegate plan CR-2026-0601 examples/six-sites --from 2026-11-27T09:00:00+01:00
  $ changegate plan CR-2026-0601 network --format yaml > proposed.yaml
  $ changegate plan CR-2026-0601 network --objective fewest-per-night
  $ changegate plan CR-2026-0601 network --write`,
    )
    .action(async (changeId: string, repoDir: string, options: PlanOptions) => {
      setExit(await runPlan(changeId, repoDir, options, io));
    });
}

export async function runPlan(changeId: string, repoDir: string, options: PlanOptions, io: CliIo): Promise<number> {
  const from = parseAsOf(options.from ?? 'now', io.now);
  if (typeof from !== 'number') throw new UsageError(from.error.replace('--as-of', '--from'));
  const horizonDays = Number(options.horizon);
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 366) throw new UsageError(`--horizon must be a whole number of days from 1 to 366, not "${options.horizon}"`);
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== undefined) {
    io.stderr(`changegate: ${problem}\n`);
    return ExitCode.Error;
  }
  const root = resolve(io.cwd, repoDir);
  let snapshot;
  try {
    snapshot = readFolder(root, options.config !== undefined ? { configPath: options.config } : {});
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${(err as Error).message}\n`);
    return ExitCode.Error;
  }
  const approvalEvidence = await gitApprovalEvidence(root, snapshot.files, { kind: 'worktree' }, io.env);
  const outcome = planChange(snapshot.files, {
    changeId,
    from,
    horizonDays,
    objective: options.objective,
    reviser: documentReviser,
    evaluation: {
      rules: defaultRules,
      refused: snapshot.refused,
      ...(approvalEvidence ? { approvalEvidence } : {}),
      ...(options.config !== undefined ? { configPath: options.config } : {}),
      ...(options.includeDrafts ? { includeDrafts: true } : {}),
    },
  });
  if (outcome.status === 'planned' && options.write) {
    try {
      writeFileSync(resolve(root, outcome.file), outcome.text);
    } catch (err) {
      io.stderr(`changegate: cannot write ${outcome.file}: ${(err as Error).message}\n`);
      return ExitCode.Error;
    }
    io.stderr(`changegate: wrote the revised plan into ${outcome.file}; it is proposed again and needs approval.\n`);
  }
  if (options.format === 'yaml') {
    if (outcome.status === 'planned') io.stdout(outcome.text);
    else io.stderr(planText(outcome));
  } else io.stdout(options.format === 'json' ? planJson(outcome) : planText(outcome));
  return outcome.status === 'planned' ? ExitCode.Pass : outcome.status === 'no-plan' ? ExitCode.Fail : ExitCode.Error;
}
