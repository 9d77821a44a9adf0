// The reference the planner is measured against: an exhaustive search over every sequence of batches
// (any non-empty subset of the members left, at any slot the planner could use) for the earliest
// finish, judged by exactly the planner's acceptance. It is exponential and meant for small instances
// (tests and the benchmark), never for the CLI. One pruning keeps it finite in practice: a schedule
// whose first batches already fail is not extended, since later batches only add exposure after them.
import type { ScheduleJudge } from './plan.ts';

export interface ExhaustiveResult {
  /** End of the last batch of the earliest-finishing schedule; undefined when none passes. */
  finish: number | undefined;
  batches: { servers: string[]; start: number }[];
  /** False when the evaluation budget ran out before the search space was covered. */
  complete: boolean;
  evaluations: number;
}

function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = (1 << items.length) - 1; mask > 0; mask--) all.push(items.filter((_, i) => mask & (1 << i)));
  return all.sort((a, b) => b.length - a.length);
}

/** With `perNight`, only schedules that touch at most that many members in any night (window opening). */
export function exhaustiveEarliestFinish(judge: ScheduleJudge, maxEvaluations = 20_000, perNight = Infinity): ExhaustiveResult {
  const duration = judge.batchMinutes * 60_000;
  let best: { finish: number; batches: { servers: string[]; start: number }[] } | undefined;
  let evaluations = 0;
  let complete = true;
  const visit = (placed: { servers: string[]; start: number }[], remaining: readonly string[], lower: number): void => {
    if (remaining.length === 0) {
      const finish = (placed[placed.length - 1] as { start: number }).start + duration;
      if (!best || finish < best.finish) best = { finish, batches: placed };
      return;
    }
    for (const start of judge.slots(lower)) {
      if (best && start + duration >= best.finish) return;
      const night = judge.nightOf(start);
      const used = placed.filter((b) => judge.nightOf(b.start) === night).reduce((n, b) => n + b.servers.length, 0);
      for (const subset of subsets(remaining)) {
        if (used + subset.length > perNight) continue;
        if (evaluations >= maxEvaluations) {
          complete = false;
          return;
        }
        const next = [...placed, { servers: subset, start }];
        evaluations++;
        if (!judge.accepts(next)) continue;
        visit(next, remaining.filter((m) => !subset.includes(m)), start + duration);
      }
    }
  };
  visit([], judge.members, judge.earliest);
  return { finish: best?.finish, batches: best?.batches ?? [], complete, evaluations };
}

export interface ExhaustiveFewestResult extends ExhaustiveResult {
  /** The fewest members any schedule touches in its busiest night; undefined when none passes. */
  perNight: number | undefined;
}

/** The reference for --objective fewest-per-night: the smallest cap per night that has a schedule, then its earliest finish. */
export function exhaustiveFewestPerNight(judge: ScheduleJudge, maxEvaluations = 20_000): ExhaustiveFewestResult {
  let evaluations = 0;
  for (let cap = 1; cap <= judge.members.length; cap++) {
    const result = exhaustiveEarliestFinish(judge, maxEvaluations - evaluations, cap);
    evaluations += result.evaluations;
    if (!result.complete || result.finish !== undefined) return { ...result, evaluations, perNight: result.finish !== undefined ? cap : undefined };
  }
  return { finish: undefined, batches: [], complete: true, evaluations, perNight: undefined };
}
