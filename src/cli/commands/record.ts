// `changegate record`: a thin shell over appendToRecord(): append a step's start or end, test calls or a
// notice to the change's execution record, after judging the new record with the repository.
import { defaultRules } from '../../../rules/index.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { evaluate } from '../../engine/evaluate.ts';
import { appendToRecord } from '../../lifecycle/record.ts';
import type { RecordAction, TestCallInput } from '../../lifecycle/record.ts';
import type { StepResult } from '../../model/types.ts';
import { readFolder } from '../../source/folder.ts';
import { parseAsOf } from '../../core/as-of.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

interface RecordOptions {
  step?: string;
  start?: boolean;
  end?: boolean;
  result?: StepResult;
  testCall: string[];
  notified?: string;
  to?: string;
  operator?: string;
  note?: string;
  at?: string;
  repo: string;
  config?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerRecord(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('record')
    .description("Append to a change request's execution record: a step's start or end, test calls, a notice sent")
    .argument('<change-id>', 'the change request, e.g. CR-2026-0412')
    .option('--step <step-id>', 'the step (with --start, --end or --test-call)')
    .option('--start', 'the step starts now (or at --at)')
    .option('--end', 'the step ended now (or at --at); needs --result')
    .addOption(new Option('--result <result>', 'how the step ended').choices(['ok', 'failed', 'rolled-back', 'aborted']))
    .option('--test-call <number=answered|unanswered>', 'a test call placed after the step (repeatable), e.g. --test-call 112=answered', collect, [])
    .option('--notified <party>', 'a notice was sent to this party (the name of a notify entry of the change request)')
    .option('--to <recipient>', 'with --notified: the address, desk or person it was sent to')
    .option('--operator <id>', 'who ran the step or sent the notice (default: $CHANGEGATE_OPERATOR)')
    .option('--note <text>', 'free text kept with the step')
    .option('--at <instant>', 'when it happened (ISO 8601 with offset); default: now, read from the clock')
    .option('-C, --repo <dir>', 'the network-config repository', '.')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .addHelpText(
      'after',
      `
The record is written to records/<change-id>.yaml (or the change's existing record file), only after
changegate has read it back with the repository without an input error. Exit codes: 0 recorded, 2 not
recorded (the reason is printed) or bad usage.

Examples:
  $ changegate record CR-2026-0412 --step s4 --start --operator m.leroy
  $ changegate record CR-2026-0412 --step s6 --end --result ok --test-call 112=answered --test-call 15=answered
  $ changegate record CR-2026-0412 --notified "ARCEP duty desk" --to astreinte@example.org`,
    )
    .action((changeId: string, options: RecordOptions) => {
      setExit(runRecord(changeId, options, io));
    });
}

function actionOf(options: RecordOptions, io: CliIo): RecordAction {
  const operator = options.operator ?? io.env.CHANGEGATE_OPERATOR;
  const modes = [options.start, options.end, options.notified !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('give one of --start, --end or --notified');
  const testCalls: TestCallInput[] = options.testCall.map((text) => {
    const m = /^([0-9]{2,6})=(answered|unanswered)$/.exec(text);
    if (!m) throw new UsageError(`--test-call "${text}" must be <number>=answered or <number>=unanswered, e.g. 112=answered`);
    return { number: m[1] as string, answered: m[2] === 'answered' };
  });
  if (options.notified !== undefined) {
    if (options.to === undefined) throw new UsageError('--notified needs --to <recipient>');
    if (!operator) throw new UsageError('say who sent it: --operator <id> or $CHANGEGATE_OPERATOR');
    return { kind: 'notified', party: options.notified, to: options.to, operator };
  }
  if (options.step === undefined) throw new UsageError('give --step <step-id> (or --notified <party>)');
  if (options.result !== undefined && !options.end) throw new UsageError('--result goes with --end');
  if (options.start) {
    if (!operator) throw new UsageError('say who runs the step: --operator <id> or $CHANGEGATE_OPERATOR');
    if (testCalls.length > 0) throw new UsageError('test calls are placed after the step: record them with --end or on their own');
    return { kind: 'start', step: options.step, operator, ...(options.note !== undefined ? { note: options.note } : {}) };
  }
  if (options.end) {
    if (options.result === undefined) throw new UsageError('--end needs --result ok|failed|rolled-back|aborted');
    if (!operator) throw new UsageError('say who ran the step: --operator <id> or $CHANGEGATE_OPERATOR');
    return { kind: 'end', step: options.step, result: options.result, operator, testCalls, ...(options.note !== undefined ? { note: options.note } : {}) };
  }
  if (testCalls.length === 0) throw new UsageError('nothing to record: give --start, --end, --test-call or --notified');
  return { kind: 'test-calls', step: options.step, testCalls };
}

export function runRecord(changeId: string, options: RecordOptions, io: CliIo): number {
  const action = actionOf(options, io);
  const at = parseAsOf(options.at ?? 'now', io.now);
  if (typeof at !== 'number') throw new UsageError(at.error.replace('--as-of', '--at'));
  const root = resolve(io.cwd, options.repo);
  let snapshot;
  try {
    snapshot = readFolder(root);
  } catch (err) {
    io.stderr(`changegate: cannot read ${options.repo}: ${(err as Error).message}\n`);
    return ExitCode.Error;
  }
  const evaluateOptions = { rules: defaultRules, refused: snapshot.refused, ...(options.config !== undefined ? { configPath: options.config } : {}) };
  const evaluation = evaluate(snapshot.files, { ...evaluateOptions, asOf: at });
  const outcome = appendToRecord(snapshot.files, evaluation, { change: changeId, at, action }, evaluateOptions);
  if (!outcome.ok) {
    io.stderr(`changegate: not recorded: ${outcome.problems.join('\n  ')}\n`);
    return ExitCode.Error;
  }
  const target = resolve(root, outcome.file);
  mkdirSync(dirname(target), { recursive: true });
  // Written beside and renamed, so a reader never sees half a record.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, outcome.text);
  renameSync(temporary, target);
  io.stdout(`recorded in ${outcome.file}: ${outcome.summary}${options.at === undefined ? ' (time from the clock)' : ''}\n`);
  return ExitCode.Pass;
}
