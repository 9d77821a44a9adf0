// One measurement in a fresh process, so peak memory (maxRSS) belongs to that measurement alone.
//   read <dir> <list>: read the listed files and load them with changegate's loader (its fast reader for
//                      the plain subset of YAML, and the builder of data and positions): the second floor
//   check <dir> [asOf]: read the folder and run the full evaluation (what `changegate check` does), with
//                      the time of each stage and rule, then format the text report and the year's
//                      schedule as iCalendar
//   plan <dir> <change> <from>: read the folder and plan the change (what `changegate plan` does)
//   plan-optimality <n>: the planner against the exhaustive search on n small generated networks
import { defaultRules } from '../rules/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/engine/evaluate.ts';
import type { Progress } from '../src/engine/evaluate.ts';
import { loadYaml } from '../src/load/yaml.ts';
import { formatText } from '../src/report/text.ts';
import { renderIcs } from '../src/schedule/ics.ts';
import { MAX_RANGE_DAYS, buildSchedule } from '../src/schedule/model.ts';
import { readFolder } from '../src/source/folder.ts';
import { usePrecompiledValidators } from '../src/validate/schemas.ts';
import { exhaustiveEarliestFinish, exhaustiveFewestPerNight } from '../src/planner/exhaustive.ts';
import { planChange, scheduleJudge } from '../src/planner/plan.ts';
import { documentReviser } from '../src/planner/document.ts';
import { PLAN_FROM, PLANNED_CHANGE, planInstance } from './plan-instances.ts';
import * as precompiled from 'changegate:precompiled-validators';

usePrecompiledValidators(precompiled);
const [mode, dir, extra] = process.argv.slice(2);
if (!dir || (mode !== 'read' && mode !== 'check' && mode !== 'plan' && mode !== 'plan-optimality')) throw new Error('usage: child read <dir> <list> | check <dir> [asOf] | plan <dir> <change> <from> | plan-optimality <n>');
const started = performance.now();
const cpuStarted = process.cpuUsage();
let detail: Record<string, unknown> = {};
if (mode === 'read') {
  const paths = readFileSync(extra ?? '', 'utf8').split('\n').filter((p) => p.length > 0);
  let documents = 0;
  for (const path of paths) {
    if (loadYaml(path, readFileSync(join(dir, path))).document) documents++;
  }
  detail = { documents };
} else if (mode === 'plan') {
  const { files, refused } = readFolder(dir);
  const outcome = planChange(files, { changeId: extra ?? '', from: Date.parse(process.argv[5] ?? '2026-11-27T09:00:00+01:00'), horizonDays: 30, reviser: documentReviser, evaluation: { rules: defaultRules, refused } });
  detail = { status: outcome.status, ...(outcome.status === 'planned' ? { nights: outcome.nights, batches: outcome.batches.length, evaluations: outcome.evaluations } : {}), ...(outcome.status === 'no-plan' ? { binding: outcome.binding.what, evaluations: outcome.evaluations } : {}), ...(outcome.status === 'error' ? { problems: outcome.problems } : {}) };
} else if (mode === 'plan-optimality') {
  const rows: Record<string, unknown>[] = [];
  for (let seed = 1; seed <= Number(dir); seed++) {
    const params = { sites: 3, serversPerSite: 1, otherChanges: seed % 3, stepMinutes: [60, 90, 120][seed % 3] as number, rollbackMinutes: 30, seed };
    const files = planInstance(params);
    const request = { changeId: PLANNED_CHANGE, from: PLAN_FROM, horizonDays: 6, gridMinutes: 60, reviser: documentReviser, evaluation: { rules: defaultRules } };
    const plan = planChange(files, request);
    const judge = scheduleJudge(files, request);
    const best = 'status' in judge ? undefined : exhaustiveEarliestFinish(judge, 5000);
    const hours = (end: number | undefined) => (end === undefined ? undefined : (end - PLAN_FROM) / 3_600_000);
    const fewestRequest = { ...request, objective: 'fewest-per-night' as const };
    const fewest = planChange(files, fewestRequest);
    const fewestJudge = scheduleJudge(files, fewestRequest);
    const fewestBest = 'status' in fewestJudge ? undefined : exhaustiveFewestPerNight(fewestJudge, 5000);
    rows.push({
      ...params,
      planner: plan.status === 'planned' ? hours(plan.lastEnd) : plan.status,
      exhaustive: hours(best?.finish),
      complete: best?.complete,
      exhaustiveEvaluations: best?.evaluations,
      plannerEvaluations: plan.status === 'planned' ? plan.evaluations : undefined,
      fewest: fewest.status === 'planned' ? `${fewest.maxPerNight}/night, ${hours(fewest.lastEnd)} h` : fewest.status,
      fewestExhaustive: fewestBest?.perNight !== undefined ? `${fewestBest.perNight}/night, ${hours(fewestBest.finish)} h` : fewestBest?.complete === false ? 'budget out' : 'no-plan',
    });
  }
  detail = { rows };
} else {
  const { files, refused } = readFolder(dir);
  // Stage times from the progress calls: loading and validating end where the model stage starts; each
  // rule ends where the next one starts.
  const stages: Record<string, number> = {};
  let current = 'load';
  let since = started;
  const onProgress = (progress: Progress) => {
    const name = progress.stage === 'rules' ? `rule ${progress.done}` : progress.stage;
    if (name === current) return;
    const now = performance.now();
    stages[current] = (stages[current] ?? 0) + now - since;
    current = name;
    since = now;
  };
  const evaluation = evaluate(files, { rules: defaultRules, asOf: Date.parse(extra ?? '2026-11-27T09:00:00+01:00'), refused, onProgress });
  const ended = performance.now();
  stages[current] = (stages[current] ?? 0) + ended - since;
  const named: Record<string, number> = {};
  for (const [key, ms] of Object.entries(stages)) {
    const index = /^rule (\d+)$/.exec(key)?.[1];
    named[index !== undefined ? (evaluation.rules[Number(index)]?.id ?? key) : key] = ms;
  }
  const formatStarted = performance.now();
  const text = formatText(evaluation, { color: false, pathPrefix: '', maxPerRule: 50 });
  const formatMs = performance.now() - formatStarted;
  // The forward schedule of the same evaluation over the longest range it takes (366 days), as iCalendar.
  const scheduleStarted = performance.now();
  const asOf = Date.parse(extra ?? '2026-11-27T09:00:00+01:00');
  const ics = evaluation.network ? renderIcs(buildSchedule(evaluation, { from: asOf, to: asOf + MAX_RANGE_DAYS * 86_400_000, asOf, calendarId: 'bench' })) : '';
  const scheduleMs = performance.now() - scheduleStarted;
  // A custom rule that could not finish (over its cost limit, a runtime error) or compile, located.
  const customRuleProblems = evaluation.findings.filter((f) => f.messageId.startsWith('customRule')).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  detail = { verdict: evaluation.verdict, counts: evaluation.counts, customRules: evaluation.customRules.map((r) => r.id), customRuleProblems, loadMs: named.load ?? 0, stages: named, formatMs, scheduleMs, icsBytes: ics.length, textBytes: text.length, files: evaluation.files, ms: ended - started, cpuMs: cpuMsSince(cpuStarted) };
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, cpuMs: cpuMsSince(cpuStarted), maxRssKb: process.resourceUsage().maxRSS, ...detail }) + '\n');

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}
