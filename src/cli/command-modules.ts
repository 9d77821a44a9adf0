// Which command modules a run loads, decided from its arguments alone: the entry point reads this before
// it loads the argument parser, so it can load the command's module alongside it.
import type { Command } from 'commander';
import type { CliIo } from './io.ts';

/** A bare `--version` (or `-V`): it runs no command, reads no repository and needs no argument parser. */
export function asksForVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}

export type RegisterCommands = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

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

