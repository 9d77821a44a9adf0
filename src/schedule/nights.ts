// The schedule read night by night, as the NOC lives it: the steps of each night (a night runs from noon
// to noon, local to the policy), the freezes in force, the windows that open and the next traffic peak.
import { dateOfText, localParts } from '../core/time.ts';
import type { Schedule, ScheduledFreeze, ScheduledStep } from './model.ts';
import { addDays } from './series.ts';
import type { Occurrence } from './series.ts';

export interface Night {
  /** Local date of the evening the night begins. */
  date: string;
  /** "Mon 7 → Tue 8 Dec 2026". */
  label: string;
  steps: ScheduledStep[];
  /** Freezes overlapping the night. */
  freezes: ScheduledFreeze[];
  /** Window occurrences open while the night's steps run. */
  windows: Occurrence[];
  /** The first traffic peak after the night's first step starts. */
  nextPeak?: Occurrence;
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mon 7 Dec 2026" for a local date. */
export function dayLabel(date: string): string {
  return DAY_LABEL.format(dateOfText(date)).replace(/,/g, '');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "00:30" in `zone`, with the day prefixed when it is not one of the night's two dates. */
export function clockText(ms: number, zone: string, night?: string): string {
  const parts = localParts(ms, zone);
  const time = `${pad2(parts.hour)}:${pad2(parts.minute)}`;
  return night === undefined || parts.date === night || parts.date === addDays(night, 1) ? time : `${dayLabel(parts.date).replace(/ \d{4}$/, '')} ${time}`;
}

export function nightsOf(schedule: Schedule): Night[] {
  const byDate = new Map<string, ScheduledStep[]>();
  for (const step of schedule.steps) {
    const list = byDate.get(step.night) ?? [];
    list.push(step);
    byDate.set(step.night, list);
  }
  const peaks = schedule.peaks.flatMap((p) => p.occurrences).sort((a, b) => a.start - b.start);
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, steps]) => {
      const next = addDays(date, 1);
      const first = steps[0] as ScheduledStep;
      const last = Math.max(...steps.map((s) => s.end));
      const nextPeak = peaks.find((p) => p.start >= first.start);
      return {
        date,
        label: date.slice(0, 7) === next.slice(0, 7) ? `${dayLabel(date).replace(/ \w+ \d{4}$/, '')} → ${dayLabel(next)}` : `${dayLabel(date)} → ${dayLabel(next)}`,
        steps,
        freezes: schedule.freezes.filter((f) => f.start < last && f.end > first.start),
        windows: schedule.windows.flatMap((w) => w.occurrences).filter((o) => o.date === date || o.date === next).filter((o) => o.end > first.start && o.start < last).sort((a, b) => a.start - b.start),
        ...(nextPeak ? { nextPeak } : {}),
      };
    });
}
