// The `changegate` command line: parses arguments with commander and dispatches to one command each.
// Every command is a thin shell over the core; this file only wires them and maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';
import { commandModulesFor } from './command-modules.ts';

import { VERSION } from '../core/version.ts';

export { VERSION };
export { COMMAND_MODULES, commandModulesFor } from './command-modules.ts';

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
