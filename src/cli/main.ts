// The `changegate` command line: parses arguments with commander and dispatches to one command each.
// Every command is a thin shell over the core; this file only wires them and maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';
import { asksForVersionOnly } from './version-request.ts';

import { VERSION } from '../core/version.ts';

export { VERSION };

type RegisterCommands = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/**
 * Every command's module with the names it registers, in the order `--help` lists them. Each is loaded
 * only when needed: `changegate check ...` compiles the code of check alone, not that of report, plan,
 * schedule or the forge clients (the bundle is split at these imports).
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<RegisterCommands> }[] = [
  { names: ['check'], load: async () => (await import('./commands/check.ts')).registerCheck },
  { names: ['rules', 'explain'], load: async () => (await import('./commands/rules.ts')).registerRules },
  { names: ['init'], load: async () => (await import('./commands/init.ts')).registerInit },
  { names: ['schemas'], load: async () => (await import('./commands/schemas.ts')).registerSchemas },
  { names: ['hook'], load: async () => (await import('./commands/hook.ts')).registerHook },
  { names: ['report'], load: async () => (await import('./commands/report.ts')).registerReport },
  { names: ['gitlab'], load: async () => (await import('./commands/gitlab.ts')).registerGitLab },
  { names: ['guard'], load: async () => (await import('./commands/guard.ts')).registerGuard },
  { names: ['record'], load: async () => (await import('./commands/record.ts')).registerRecord },
  { names: ['schedule'], load: async () => (await import('./commands/schedule.ts')).registerSchedule },
  { names: ['test'], load: async () => (await import('./commands/test.ts')).registerTest },
  { names: ['plan'], load: async () => (await import('./commands/plan.ts')).registerPlan },
];

/**
 * The command modules a run needs: the one its first argument names; none for a bare `--version`;
 * otherwise all of them, so help, `help <command>` and the "did you mean" of a mistyped command see
 * every command exactly as before.
 */
export function commandModulesFor(argv: readonly string[]): readonly (typeof COMMAND_MODULES)[number][] {
  const first = argv[0];
  if (asksForVersionOnly(argv)) return [];
  const named = COMMAND_MODULES.filter((module) => first !== undefined && module.names.includes(first));
  return named.length > 0 ? named : COMMAND_MODULES;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Pass;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name('changegate')
    .description('A safety gate for changes to a telecom voice core: checks change plans over time before they touch the network.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ changegate check examples/six-sites     evaluate a repository
  $ changegate rules                        list the rules
  $ changegate explain redundancy-group-concurrency
  $ changegate init my-network              write a small valid starter repository
  $ changegate schemas                      schemas and editor settings for completion`,
    );
  try {
    for (const register of await Promise.all(commandModulesFor(argv).map((module) => module.load()))) register(program, io, setExit);
    await program.parseAsync(['node', 'changegate', ...argv]);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.Pass;
      return ExitCode.Error;
    }
    if (err instanceof UsageError) {
      io.stderr(`changegate: ${err.message}\n`);
      return ExitCode.Error;
    }
    // Fail closed: any unexpected exception is an error verdict, never a pass.
    io.stderr(`changegate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return ExitCode.Error;
  }
}
