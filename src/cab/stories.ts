// Findings merged where they tell one story: the ten route findings of one step (one per emergency
// number) become one item naming the ten numbers, so the board reads the step's impact once. Ranked by
// severity and impact (src/report/rank.ts), so emergency routes and capacity come before paperwork.
import type { Finding, FindingValue } from '../core/finding.ts';
import { rankFindings } from '../report/rank.ts';
import type { Severity } from '../model/types.ts';

export interface Story {
  ruleId: string;
  severity: Severity;
  blocking: boolean;
  changeId: string | undefined;
  stepId: string | undefined;
  /** How many findings the story merges. */
  count: number;
  /** What tells the merged findings apart ("emergency numbers: 112, 114, ..."), when they are several. */
  varies: { label: string; values: string[] } | undefined;
  /** The message of the first (highest-ranked) finding, as an example of the rest. */
  message: string;
  /** file:line:column of each merged finding, in rank order. */
  locations: string[];
  waivedBy: string | undefined;
}

/** Names for the data fields that usually tell the findings of one story apart. */
const VARYING_LABELS: Record<string, string> = {
  number: 'emergency numbers',
  group: 'redundancy groups',
  scope: 'scopes',
  party: 'parties',
  stepId: 'steps',
  server: 'call servers',
  site: 'sites',
  trunk: 'trunks',
};

function scalarText(value: FindingValue | undefined): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The data field whose values differ across the group: a known one first, else the first in key order. */
function varyingField(group: readonly Finding[]): { label: string; values: string[] } | undefined {
  if (group.length < 2) return undefined;
  const first = group[0] as Finding;
  const keys = [...Object.keys(VARYING_LABELS).filter((k) => k in first.data), ...Object.keys(first.data).sort()];
  for (const key of keys) {
    const values = group.map((f) => scalarText(f.data[key]));
    if (values.some((v) => v === undefined)) continue;
    const distinct = [...new Set(values as string[])];
    if (distinct.length > 1) return { label: VARYING_LABELS[key] ?? key, values: distinct };
  }
  return undefined;
}

function location(f: Finding): string {
  return f.file === '' ? '(repository)' : `${f.file}:${f.line}:${f.column}`;
}

/** Findings of the same rule, message, change, step and waiver merged into stories, ranked by impact. */
export function mergeStories(findings: readonly Finding[]): Story[] {
  const groups = new Map<string, Finding[]>();
  for (const f of rankFindings(findings)) {
    const key = JSON.stringify([f.ruleId, f.messageId, f.severity, f.changeId ?? '', f.stepId ?? '', f.waivedBy ?? '']);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  // Groups are in the order of their highest-ranked finding, so the stories are ranked too.
  return [...groups.values()].map((group) => {
      const first = group[0] as Finding;
      return {
        ruleId: first.ruleId,
        severity: first.severity,
        blocking: first.severity === 'error' && first.waivedBy === undefined,
        changeId: first.changeId,
        stepId: first.stepId,
        count: group.length,
        varies: varyingField(group),
        message: first.message,
        locations: [...new Set(group.map(location))],
        waivedBy: first.waivedBy,
      };
  });
}

/** One line naming what a story merges: "10 emergency numbers: 112, 114, 115" or "3 findings". */
export function storyCountText(story: Story): string {
  if (story.count === 1) return '';
  if (story.varies) return `${story.count} findings, ${story.varies.label}: ${story.varies.values.join(', ')}`;
  return `${story.count} findings`;
}

/** A message cut for the summary page: its first sentence, at most `max` characters (the appendix has the rest). */
export function briefMessage(message: string, max = 160): string {
  const cut = message.indexOf('. ');
  const sentence = cut > 0 ? message.slice(0, cut + 1) : message;
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, space > max / 2 ? space : max - 1)}…`;
}
