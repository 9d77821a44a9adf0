// Labels the findings of a head evaluation against a base evaluation: `new` (absent at base), `existing`
// (present at both) or `fixed` (present at base, gone at head). Findings are matched on rule, message,
// file, JSON path and data (the fingerprint), never on the line, so moving lines does not make a finding
// new; renamed files are matched under their new path.
//
// A finding whose place is the same (rule, file, path, change request, step) but whose data differs is
// the same problem, changed. It counts as `new` when it is blocking at head and the change made it worse
// (see `worsening`), because "only new" must never hide what a change makes worse; otherwise it stays
// `existing` and carries the base version so readers see what moved.
import { INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import { fingerprintOf, stableStringify } from '../core/finding.ts';
import type { Finding, FindingData, FindingValue } from '../core/finding.ts';
import type { Severity } from '../model/types.ts';

export type FindingLabel = 'new' | 'existing' | 'fixed';

/** Why a changed blocking finding counts as new. */
export type Worsening = 'nowBlocking' | 'severityRaised' | 'messageChanged' | 'involvesMore';

export interface LabelledFinding {
  finding: Finding;
  label: 'new' | 'existing';
  /** The base version of a finding whose data changed (same rule, file, path). */
  previous?: Finding;
  /** Set when a changed finding counts as new because the change made it worse. */
  worsened?: Worsening;
  /** For `involvesMore`: the data fields that gained entries, with the entries gained. */
  gained?: Record<string, (string | number)[]>;
}

export interface Labelling {
  /** Every head finding (in force or waived), by identity. */
  labels: Map<Finding, LabelledFinding>;
  /** Base findings (base paths and lines) that are gone at head. */
  fixed: Finding[];
}

/** A blocking finding fails the gate: an error not covered by a waiver. */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.waivedBy === undefined;
}

export function isInputFinding(f: Finding): boolean {
  return INPUT_RULE_IDS.has(f.ruleId);
}

/**
 * The evaluation restricted to what a change introduces (`--only-new`), with counts and verdict
 * recomputed. Input findings (the head could not be read) are always kept: a head the gate cannot
 * evaluate cannot be said to add nothing. `hidden` counts the existing findings left out.
 */
export function keepNewFindings(evaluation: Evaluation, isNew: (f: Finding) => boolean): { evaluation: Evaluation; hidden: number } {
  const keep = (f: Finding) => isInputFinding(f) || isNew(f);
  const findings = evaluation.findings.filter(keep);
  const waived = evaluation.waived.filter(keep);
  const counts = {
    ...evaluation.counts,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
    waived: waived.length,
  };
  const verdict: VerdictStatus = findings.some(isInputFinding) || counts.rules === 0 ? 'error' : counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
  const hidden = evaluation.findings.length + evaluation.waived.length - findings.length - waived.length;
  return { evaluation: { ...evaluation, findings, waived, counts, verdict }, hidden };
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** Maps a base path to its head path through the renames (base path -> head path). */
export function mapPath(path: string, renames: ReadonlyMap<string, string>): string {
  return renames.get(path) ?? path;
}

function mapData(data: FindingData, renames: ReadonlyMap<string, string>): FindingData {
  if (renames.size === 0) return data;
  const mapValue = (v: FindingValue): FindingValue =>
    typeof v === 'string' ? mapPath(v, renames) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? mapPath(x, renames) : x)) : v;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, mapValue(v)]));
}

/** The base finding as it would read at head: file (and paths quoted in data) renamed. */
function translate(f: Finding, renames: ReadonlyMap<string, string>): { fingerprint: string; place: string; data: FindingData } {
  const file = mapPath(f.file, renames);
  const data = mapData(f.data, renames);
  const fingerprint = file === f.file && data === f.data ? f.fingerprint : fingerprintOf({ ruleId: f.ruleId, messageId: f.messageId, file, path: f.path, data });
  return { fingerprint, place: placeOf(f.ruleId, file, f.path, f.changeId, f.stepId), data };
}

function placeOf(ruleId: string, file: string, path: string, changeId: string | undefined, stepId: string | undefined): string {
  return stableStringify([ruleId, file, path, changeId ?? null, stepId ?? null]);
}

/**
 * How a changed finding got worse, or undefined when it did not (provably or plausibly). Numbers and
 * texts that moved (times, counts, capacities) are not judged: their direction depends on the rule.
 * What is judged is the shape: the finding now blocks, its severity rose, it says something else, or a
 * list in its data (changes, steps, servers, sites, numbers) gained an entry, so the problem now involves
 * something it did not before (e.g. a second colliding change in the same window).
 */
export function worsening(head: Finding, baseData: FindingData, base: Finding): { why: Worsening; gained?: Record<string, (string | number)[]> } | undefined {
  if (isBlocking(head) && !isBlocking(base)) return { why: 'nowBlocking' };
  if (SEVERITY_RANK[head.severity] > SEVERITY_RANK[base.severity]) return { why: 'severityRaised' };
  if (head.messageId !== base.messageId) return { why: 'messageChanged' };
  const gained: Record<string, (string | number)[]> = {};
  for (const [key, value] of Object.entries(head.data)) {
    if (!Array.isArray(value)) continue;
    const before = baseData[key];
    const had = new Set(Array.isArray(before) ? before.map(String) : before === undefined || before === null ? [] : [String(before)]);
    const added = value.filter((v) => !had.has(String(v)));
    if (added.length > 0) gained[key] = added;
  }
  return Object.keys(gained).length > 0 ? { why: 'involvesMore', gained } : undefined;
}

function sharedEntries(a: FindingData, b: FindingData): number {
  let n = 0;
  for (const [k, v] of Object.entries(a)) if (k in b && stableStringify(v) === stableStringify(b[k])) n++;
  return n;
}

/** Every finding of an evaluation, in force or waived. */
export function allFindings(evaluation: Evaluation): Finding[] {
  return [...evaluation.findings, ...evaluation.waived];
}

export function labelFindings(base: Evaluation, head: Evaluation, renames: ReadonlyMap<string, string>): Labelling {
  const labels = new Map<Finding, LabelledFinding>();
  const baseAll = allFindings(base).map((f) => ({ f, ...translate(f, renames), used: false }));
  const headAll = allFindings(head);

  // 1. Exact matches: same fingerprint (multiset: two identical findings need two at base).
  const byFingerprint = new Map<string, typeof baseAll>();
  for (const b of baseAll) byFingerprint.set(b.fingerprint, [...(byFingerprint.get(b.fingerprint) ?? []), b]);
  const unmatched: Finding[] = [];
  for (const h of headAll) {
    const candidate = byFingerprint.get(h.fingerprint)?.find((b) => !b.used);
    if (candidate) {
      candidate.used = true;
      labels.set(h, { finding: h, label: 'existing' });
    } else unmatched.push(h);
  }

  // 2. Same place, different data: the same problem, changed.
  const byPlace = new Map<string, typeof baseAll>();
  for (const b of baseAll) if (!b.used) byPlace.set(b.place, [...(byPlace.get(b.place) ?? []), b]);
  for (const h of unmatched) {
    const candidates = (byPlace.get(placeOf(h.ruleId, h.file, h.path, h.changeId, h.stepId)) ?? []).filter((b) => !b.used);
    if (candidates.length === 0) {
      labels.set(h, { finding: h, label: 'new' });
      continue;
    }
    // The closest base version: most data entries in common, then the first in base order.
    const best = candidates.reduce((x, y) => (sharedEntries(y.data, h.data) > sharedEntries(x.data, h.data) ? y : x));
    best.used = true;
    const worse = isBlocking(h) ? worsening(h, best.data, best.f) : undefined;
    labels.set(h, {
      finding: h,
      label: worse ? 'new' : 'existing',
      previous: best.f,
      ...(worse ? { worsened: worse.why } : {}),
      ...(worse?.gained ? { gained: worse.gained } : {}),
    });
  }
  return { labels, fixed: baseAll.filter((b) => !b.used).map((b) => b.f) };
}
