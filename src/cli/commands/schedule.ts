// `changegate schedule`: the forward schedule of change. A thin shell like `report`: the same snapshot and
// evaluate() call, then the schedule model and one renderer; the exit code follows the same verdict.
import { git } from '../source-info.ts';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { parseAsOf } from '../../core/as-of.ts';
import { evaluateFolder } from '../evaluate-folder.ts';
import { ExitCode, exitCodeFor } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { writeOutputFile } from '../output.ts';
import { UsageError } from '../usage-error.ts';

type ScheduleFormat = 'ics' | 'md' | 'html' | 'json';

export interface ScheduleOptions {
  from?: string;
  to?: string;
  format?: string;
  out?: string;
  asOf?: string;
  config?: string;
  includeDrafts?: boolean;
  calendarId?: string;
  previous?: string;
}

const DAY = 86_400_000;

export function registerSchedule(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('schedule')
    .description('Write the forward schedule of change: every planned step with freezes, maintenance windows and traffic peaks (iCalendar, Markdown, HTML or JSON)')
    .argument('[repo-dir]', 'the repository (or folder) holding the network files', '.')
    .requiredOption('--from <instant>', 'start of the range (ISO 8601 with offset, a date, or "now")')
    .option('--to <instant>', 'end of the range (ISO 8601 with offset, or a date); default: 31 days after --from')
    .addOption(new Option('-f, --format <format>', 'ics, md, html or json (default: from the --out extension, else md)').choices(['ics', 'md', 'html', 'json']))
    .option('-o, --out <file>', 'write the schedule to this file instead of standard output')
    .option('--as-of <instant>', 'evaluate and stamp (DTSTAMP) as of this instant; default: --from')
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .option('--include-drafts', 'also put draft change requests on the schedule')
    .option('--calendar-id <id>', "identity of the repository in every event's UID (default: the git remote, else the first commit, else the folder name)")
    .option('--previous <file.ics>', 'the calendar published last time: events whose content changed since get SEQUENCE + 1')
    .addHelpText(
      'after',
      `
The schedule is drawn from the same evaluation as \`changegate check\` (each step shows its change's
verdict) and the exit code follows the same verdict: 0 pass or warn, 1 fail, 2 error or bad usage. A
failing plan is still written, marked FAIL; when a file cannot be read or validated (error), nothing
is written, since a calendar missing that file's steps would look complete. No wall clock is read
unless you pass "now": the same repository and options give the same bytes.

Examples:
  $ changegate schedule examples/six-sites --from 2026-12-01 --to 2027-01-15 --out noc.ics
  $ changegate schedule . --from 2026-12-07T00:00:00+01:00 --format html --out schedule.html
  $ changegate schedule . --from 2026-12-01 --previous published/noc.ics --out published/noc.ics`,
    )
    .action(async (repoDir: string, options: ScheduleOptions) => {
      setExit(await runSchedule(repoDir, options, io));
    });
}

function formatOf(options: ScheduleOptions): ScheduleFormat {
  if (options.format !== undefined) return options.format as ScheduleFormat;
  const extension = /\.(ics|ical|ifb|md|markdown|html?|json)$/i.exec(options.out ?? '')?.[1]?.toLowerCase();
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') return 'ics';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'json') return 'json';
  return 'md';
}

function instantOption(name: string, text: string, io: CliIo): number {
  const parsed = parseAsOf(text, io.now);
  if (typeof parsed !== 'number') throw new UsageError(parsed.error.replace('--as-of', name));
  return parsed;
}

/** git's output, or undefined when git fails or prints nothing (no remote, no commit yet). */
function gitValue(cwd: string, args: string[]): string | undefined {
  const out = git(cwd, args);
  return out === '' ? undefined : out;
}

/**
 * The repository's identity for UIDs: stable across clones and machines (the remote, without any
 * credentials, or the first commit) plus the folder inside the repository; the folder name otherwise.
 */
export function calendarIdOf(repoDir: string, io: CliIo): string {
  const folder = resolve(io.cwd, repoDir);
  const top = gitValue(folder, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return basename(folder);
  const inside = relative(top, folder).split(sep).join('/');
  const remote = gitValue(folder, ['config', '--get', 'remote.origin.url'])?.replace(/\/\/[^/@]*@/, '//');
  const root = gitValue(folder, ['rev-list', '--max-parents=0', 'HEAD'])?.split('\n').sort()[0];
  const base = remote ?? (root !== undefined ? `git:${root}` : basename(top));
  return inside === '' ? base : `${base}#${inside}`;
}

export async function runSchedule(repoDir: string, options: ScheduleOptions, io: CliIo): Promise<number> {
  const format = formatOf(options);
  const from = instantOption('--from', options.from ?? '', io);
  const to = options.to !== undefined ? instantOption('--to', options.to, io) : from + 31 * DAY;
  const { MAX_RANGE_DAYS, buildSchedule } = await import('../../schedule/model.ts');
  if (to <= from) throw new UsageError(`--to must be after --from (got ${options.to} before or at ${options.from})`);
  if (to - from > MAX_RANGE_DAYS * DAY) throw new UsageError(`the range from --from to --to spans more than ${MAX_RANGE_DAYS} days; write one schedule per year at most`);
  const asOf = options.asOf !== undefined ? instantOption('--as-of', options.asOf, io) : from;
  let previous;
  if (options.previous !== undefined) {
    if (format !== 'ics') throw new UsageError('--previous only applies to --format ics');
    let text: string | undefined;
    try {
      text = readFileSync(resolve(io.cwd, options.previous), 'utf8');
    } catch (err) {
      // A first publication has no previous calendar yet: every event starts at SEQUENCE 0.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        io.stderr(`changegate: cannot read --previous ${options.previous}: ${(err as Error).message}\n`);
        return ExitCode.Error;
      }
    }
    if (text !== undefined) {
      const { readPreviousCalendar } = await import('../../schedule/previous.ts');
      const read = readPreviousCalendar(text);
      if (!read.ok) {
        io.stderr(`changegate: ${options.previous}: ${read.message}\n`);
        return ExitCode.Error;
      }
      previous = read.events;
    }
  }
  const evaluation = await evaluateFolder(repoDir, { asOf, config: options.config, includeDrafts: options.includeDrafts }, io);
  if (!evaluation) return ExitCode.Error;
  if (evaluation.verdict === 'error' || !evaluation.network) {
    // A calendar missing the steps of a file the gate could not read would look complete: write none.
    const errors = evaluation.findings.filter((f) => f.severity === 'error');
    const shown = errors.slice(0, 5).map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.ruleId}: ${f.message}\n`);
    const more = errors.length > shown.length ? `  … and ${errors.length - shown.length} more\n` : '';
    io.stderr(`changegate: ERROR; ${repoDir} could not be evaluated, so no schedule is written (a partial calendar would hide changes):\n${shown.join('')}${more}Run changegate check ${repoDir} for the details.\n`);
    return ExitCode.Error;
  }
  const schedule = buildSchedule(evaluation, { from, to, asOf, calendarId: options.calendarId ?? calendarIdOf(repoDir, io) });
  let text: string;
  if (format === 'ics') text = (await import('../../schedule/ics.ts')).renderIcs(schedule, previous ? { previous } : {});
  else if (format === 'json') text = (await import('../../schedule/json.ts')).renderJson(schedule);
  else if (format === 'html') text = (await import('../../schedule/html.ts')).renderHtml(schedule);
  else text = (await import('../../schedule/markdown.ts')).renderMarkdown(schedule);
  const summary = `${schedule.steps.length} step(s), ${schedule.freezes.length} freeze(s), ${schedule.windows.length} window series, ${schedule.peaks.length} peak series`;
  if (options.out !== undefined) {
    if (!writeOutputFile(options.out, text, io, { createFolder: true })) return ExitCode.Error;
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; schedule written to ${options.out} (${summary})\n`);
  } else {
    io.stdout(text);
    io.stderr(`changegate: ${evaluation.verdict.toUpperCase()}; ${summary}\n`);
  }
  return exitCodeFor(evaluation.verdict);
}
