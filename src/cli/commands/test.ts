// `changegate test [path]`: runs rule unit tests (RuleTest files) and exits 0 all passed, 1 any
// failed, 2 an invalid test file or nothing to run. A thin shell over src/rule-tests/.
import type { Command } from 'commander';
import { Option } from 'commander';
import { resolve } from 'node:path';
import { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { writeReport } from '../io.ts';
import { rulesWithPlugins } from '../plugins.ts';
import { UsageError } from '../usage-error.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

interface TestOptions {
  format: 'text' | 'junit';
  plugin: string[];
  output?: string;
}

export function registerTest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('test')
    .description('Run rule unit tests (kind: RuleTest files) and print a verdict per test')
    .argument('[path]', 'a folder searched for RuleTest files, or one test file', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'junit']).default('text'))
    .option('--plugin <path>', 'also load the rules exported by this ES module (repeat for several)', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addHelpText(
      'after',
      `
Exit codes: 0 every test passed, 1 a test failed, 2 an invalid test file, no test found, or bad usage.

Examples:
  $ changegate test examples/six-sites/tests
  $ changegate test . --format junit -o rule-tests.xml
  $ changegate test tests/holiday.yaml --plugin ./acme-rules.mjs`,
    )
    .action(async (path: string, options: TestOptions) => {
      setExit(await runTest(path, options, io));
    });
}

async function runTest(path: string, options: TestOptions, io: CliIo): Promise<number> {
  const { findRuleTests, runRuleTests } = await import('../../rule-tests/run.ts');
  const rules = await rulesWithPlugins(options.plugin, io.cwd);
  const files = findRuleTests(resolve(io.cwd, path));
  if (files === undefined) throw new UsageError(`"${path}" does not exist: give a folder holding RuleTest files (e.g. examples/six-sites/tests) or one test file`);
  if (files.length === 0) throw new UsageError(`no rule tests under "${path}": a test is a YAML file with \`kind: RuleTest\` (see docs/formats.md#ruletest); an empty test run proves nothing`);
  const run = await runRuleTests(files, { rules, cwd: io.cwd });
  const report = options.format === 'junit' ? (await import('../../rule-tests/format-junit.ts')).formatTestJunit(run) : (await import('../../rule-tests/format-text.ts')).formatTestText(run);
  if (!(await writeReport(io, report, options.output))) return ExitCode.Error;
  if (run.problems.length > 0) return ExitCode.Error;
  return run.outcomes.some((o) => o.status === 'fail') ? ExitCode.Fail : ExitCode.Pass;
}
