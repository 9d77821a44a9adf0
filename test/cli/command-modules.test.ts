// The CLI loads only the module of the command it runs (src/cli/main.ts COMMAND_MODULES): the table of
// names must match what each module registers, and a run that names one command must print exactly
// what the run with every command registered prints.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, commandModulesFor, main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const silentIo: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), isTTY: false, now: () => 0 };

async function registeredNames(modules: readonly (typeof COMMAND_MODULES)[number][]): Promise<string[]> {
  const program = new Command();
  for (const module of modules) (await module.load())(program, silentIo, () => {});
  return program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
}

async function capture(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { ...silentIo, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('command modules', () => {
  it('each module registers exactly the names the table gives it, and no name twice', async () => {
    for (const module of COMMAND_MODULES) expect(await registeredNames([module])).toEqual(module.names);
    const all = COMMAND_MODULES.flatMap((module) => module.names);
    expect(new Set(all).size).toBe(all.length);
    expect(await registeredNames(COMMAND_MODULES)).toEqual(all);
  });

  it('loads the named command alone, none for a bare --version, and every command otherwise', () => {
    expect(commandModulesFor(['check', '.']).map((m) => m.names)).toEqual([['check']]);
    expect(commandModulesFor(['explain', 'x']).map((m) => m.names)).toEqual([['rules', 'explain']]);
    expect(commandModulesFor(['--version'])).toEqual([]);
    expect(commandModulesFor(['-V'])).toEqual([]);
    for (const argv of [[], ['--help'], ['help', 'check'], ['chek'], ['--version', 'check'], ['-V', 'x'], ['--color', 'check']]) expect(commandModulesFor(argv)).toBe(COMMAND_MODULES);
  });

  it('prints the same help, version and usage errors as a program with every command registered', async () => {
    // What commander prints when every command is registered, for the runs that load only one (or none).
    const everything = async () => {
      let stdout = '';
      let stderr = '';
      const program = new Command()
        .name('changegate')
        .version('0.0.0')
        .exitOverride()
        .configureOutput({ writeOut: (t) => (stdout += t), writeErr: (t) => (stderr += t) })
        .showHelpAfterError('(run with --help for usage)');
      const io = { ...silentIo, stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
      for (const module of COMMAND_MODULES) (await module.load())(program, io, () => {});
      return { program, output: () => ({ stdout, stderr }) };
    };
    for (const argv of [['check', '--help'], ['explain', '--help'], ['hook', '--help'], ['check', '--frmat', 'json'], ['guard']]) {
      const alone = await capture(argv);
      const { program, output } = await everything();
      await program.parseAsync(['node', 'changegate', ...argv]).catch(() => {});
      expect(alone.stdout + alone.stderr).not.toBe('');
      expect(alone).toMatchObject(output());
    }
    const version = await capture(['--version']);
    expect(version).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: '' });
    const help = await capture(['--help']);
    for (const name of COMMAND_MODULES.flatMap((module) => module.names)) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});
