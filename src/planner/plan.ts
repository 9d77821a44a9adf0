// `changegate plan`: from a change request's intent to the earliest plan the rules accept. The search
// places batches (the canary, then waves) one after the other at the earliest slot of the policy's
// maintenance windows where the whole repository, evaluated with the plan so far, has no new blocking
// finding. Every rule is its own oracle: the planner re-implements none of them, so custom rules and
// policy settings bind it exactly as they bind `check`. The finished plan is judged once more with
// every finding (by a new evaluation, or the last attempt's when the text is the same); a plan that does
// not pass is an internal error, never an output.
import { allowedSpans } from '../analysis/windows.ts';
import { overloadedAlongside, overloadedGroup } from '../analysis/concurrency.ts';
import type { ConcurrencyLimits } from '../analysis/concurrency.ts';
import { riskSettings } from '../analysis/settings.ts';
import { deriveRisk, higherRisk } from '../analysis/risk.ts';
import { evaluate, INPUT_RULE_IDS } from '../engine/evaluate.ts';
import type { EvaluateOptions, Evaluation, RepoFile } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { resolveRuleSettings } from '../engine/settings.ts';
import { didYouMean } from '../core/suggest.ts';
import type { DocumentCache } from '../source/document-cache.ts';
import { memoryDocumentCache } from '../source/memory-document-cache.ts';
import { compiledRulesMemo } from '../custom-rules/reuse.ts';
import { builtModelMemo } from '../model/reuse.ts';
import type { ChangeRequest, Network, RiskClass } from '../model/types.ts';
import { dailyPeaks } from '../timeline/build.ts';
import { isoInstant, localParts } from '../core/time.ts';
import type { ReviserOf } from './revision.ts';
import type { ChangeIntent, JsonObject, MemberCost } from './intent.ts';
import { numbersServedBy, readIntent, rolloutOrder } from './intent.ts';
import { completeStakeholders } from './stakeholders.ts';
import type { NotificationRequirements } from './stakeholders.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Start times are tried on this grid: fine enough for windows, coarse enough to stay fast. */
const GRID = 15 * MINUTE;
/** Findings the planner settles after the search (the risk it declares, the approvals it drops). */
const SETTLED_AFTER_SEARCH = new Set(['risk-classification', 'approvals']);

export interface PlanRequest {
  changeId: string;
  /** The plan is made as of this instant (the evaluation's as-of); no step starts before it. */
  from: number;
  horizonDays: number;
  /** Passed to every evaluation (config, drafts, approval evidence, rules). */
  evaluation: Omit<EvaluateOptions, 'asOf' | 'documentCache' | 'compiledRules' | 'builtModel' | 'onProgress'>;
  /**
   * The caller's evaluate() of these very files with `evaluation`'s options as of `from`, and the
   * in-memory document cache it filled (see memoryDocumentCache): the search starts from them instead
   * of reading and evaluating the repository again. Counted as the search's first evaluation all the
   * same, so the outcome, budget included, is the one without it.
   */
  evaluated?: { evaluation: Evaluation; documentCache: DocumentCache };
  /**
   * Writes the revised change request into its file (document.ts with the `yaml` package; the hint of
   * `check` first tries plain-document.ts, which writes the same bytes without it).
   */
  reviser: ReviserOf;
  /** Start times are tried every this many minutes (default 15). */
  gridMinutes?: number;
  /** Gives up (status "gave-up") after this many evaluations of the repository: a bound for callers in a hurry. */
  maxEvaluations?: number;
  /**
   * earliest-finish (default): the plan that ends first. fewest-per-night: the fewest members touched in
   * any one night (maintenance-window opening), then the earliest finish with that many.
   */
  objective?: PlanObjective;
}

export type PlanObjective = 'earliest-finish' | 'fewest-per-night';
export const PLAN_OBJECTIVES: readonly PlanObjective[] = ['earliest-finish', 'fewest-per-night'];

export interface PlannedBatch {
  index: number;
  kind: 'canary' | 'wave';
  members: MemberCost[];
  sites: string[];
  start: number;
  end: number;
  stepIds: string[];
  testCalls: string[];
  /** Local date the maintenance window of the batch opens on (its "night"). */
  night: string;
  /** Rules that refused a larger batch at the same slot (empty when every remaining member fitted, or for the canary). */
  limitedBy: string[];
}

export interface Soak {
  signature: string;
  canaryEnd: number;
  soakEnd: number;
  provenAt: number;
  /** Start of the daily traffic peak hour the soak crosses. */
  peak?: number;
}

export interface Plan {
  status: 'planned';
  changeId: string;
  file: string;
  zone: string;
  /** The revised change request, as YAML text and as data. */
  text: string;
  batches: PlannedBatch[];
  canary?: { member: MemberCost; runnersUp: MemberCost[] };
  soak?: Soak;
  /** Largest wave the policy allows after the canary, per redundancy group. */
  maxWave?: { members: number; groupSize: number; fraction: number };
  nights: number;
  objective: PlanObjective;
  /** Most members touched in one night by this plan. */
  maxPerNight: number;
  firstStart: number;
  lastEnd: number;
  earliestStart: { at: number; reason: string };
  declaredRisk: { was: RiskClass; now: RiskClass; reasons: string[] };
  /** Edits beyond the steps, one sentence each (state, approvals, notify, escalation). */
  notes: string[];
  evaluations: number;
  /** Candidate batches the pre-filter refused without an evaluation (they would overload a redundancy group). */
  refusedWithoutEvaluation: number;
  /** The verification evaluation: the same as `check` would make of the repository with this plan. */
  verified: { verdict: string; findings: number };
}

export interface NoPlan {
  status: 'no-plan';
  changeId: string;
  zone: string;
  /** The constraint no slot satisfied, as the rules word it, with what would lift it. */
  binding: { what: string; findings: Pick<Finding, 'ruleId' | 'messageId' | 'message' | 'data'>[]; unblock: string[] };
  /** The batches placed before the search got stuck, for context. */
  placed: PlannedBatch[];
  evaluations: number;
}

export interface PlanError {
  status: 'error';
  changeId: string;
  problems: string[];
}

/** The search used up the evaluations it was allowed before finding a plan or proving there is none. */
export interface GaveUp {
  status: 'gave-up';
  changeId: string;
  evaluations: number;
}

export type PlanOutcome = Plan | NoPlan | PlanError | GaveUp;

class BudgetExhausted extends Error {}

interface Batch {
  kind: 'canary' | 'wave';
  members: MemberCost[];
  start: number;
  limitedBy?: string[];
}

/** The refused attempt with the fewest blocking findings, and the batch it tried. */
interface Closest {
  blocking: Finding[];
  batch: Batch;
}

interface Attempt {
  ok: boolean;
  blocking: Finding[];
  evaluation: Evaluation;
  text: string;
}

export function planChange(files: readonly RepoFile[], request: PlanRequest): PlanOutcome {
  try {
    return search(files, request);
  } catch (err) {
    if (err instanceof BudgetExhausted) return { status: 'gave-up', changeId: request.changeId, evaluations: request.maxEvaluations ?? 0 };
    throw err;
  }
}

/** Everything a search needs once the change is read: its intent, the limits, and the judge of a schedule. */
interface Prepared {
  network: Network;
  change: ChangeRequest;
  intent: ChangeIntent;
  zone: string;
  earliest: Plan['earliestStart'];
  horizonEnd: number;
  stakeholders: ReturnType<typeof completeStakeholders>;
  canaryOptions: { maxWaveFraction: number } | undefined;
  /** A batch these limits already refuse on its own is refused without an evaluation (see certainlyRefused). */
  concurrencyLimits: ConcurrencyLimits | undefined;
  /**
   * Judges the repository with the change running these batches. `final` judges every finding (the
   * verification); given the attempt that placed the last batch, a verification whose text is that
   * attempt's, byte for byte, takes that attempt's evaluation (evaluate() is pure: a second one of the
   * same files with the same options is the same evaluation) and judges its findings again.
   */
  attempt: (batches: Batch[], declaredRisk: RiskClass, final: boolean, sameTextAs?: Attempt) => Attempt;
  evaluations: () => number;
}

function prepare(files: readonly RepoFile[], request: PlanRequest): Prepared | PlanError | NoPlan {
  const rules = request.evaluation.rules;
  // Every evaluation of the search reads the same files but one: their loaded documents, the custom
  // rules compiled from them and the change requests built from them are reused (each gives exactly what
  // reading, compiling or building again would).
  const cache = request.evaluated?.documentCache ?? memoryDocumentCache();
  const compiledRules = compiledRulesMemo();
  const builtModel = builtModelMemo();
  const run = (input: readonly RepoFile[]) => evaluate(input, { ...request.evaluation, asOf: request.from, documentCache: cache, compiledRules, builtModel });
  const base = request.evaluated?.evaluation ?? run(files);
  const fail = (problems: string[]): PlanError => ({ status: 'error', changeId: request.changeId, problems });
  const inputErrors = base.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
  if (inputErrors.length > 0 || !base.network) {
    return fail(['the repository cannot be evaluated, so no plan can be verified; fix these first:', ...inputErrors.slice(0, 10).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)]);
  }
  const network = base.network;
  const change = network.allChanges.find((c) => c.id === request.changeId);
  if (!change) {
    const near = didYouMean(request.changeId, network.allChanges.map((c) => c.id));
    return fail([`there is no change request ${request.changeId}` + (near ? `; did you mean ${near}?` : `; the repository has ${network.allChanges.map((c) => c.id).join(', ') || 'none'}`)]);
  }
  const started = change.record?.steps.size ?? 0;
  if (started > 0) return fail([`${change.id} has started (its execution record has ${started} step(s)): a plan is made before a change runs; plan the remaining work as a new change request`]);
  const file = files.find((f) => f.path === change.file);
  const data = base.documents.get(change.file)?.value;
  if (!file || data === null || typeof data !== 'object') return fail([`cannot read ${change.file} again`]);
  const intent = readIntent(network, change, data as JsonObject);
  if (intent.unsupported) return fail([intent.unsupported]);

  const settings = new Map(resolveRuleSettings(rules, network.policy).effective.map((e) => [e.rule.id, e]));
  const optionsOf = (id: string) => (settings.get(id)?.severity === 'off' ? undefined : settings.get(id)?.options);
  const canaryOptions = optionsOf('canary-and-soak') as { maxWaveFraction: number } | undefined;
  // The pre-filter stands in for redundancy-group-concurrency only where that rule is sure to block:
  // on at error severity and with no waiver that could cover one of its findings.
  const concurrencyBlocks = settings.get('redundancy-group-concurrency')?.severity === 'error' && !network.waivers.some((w) => w.rule === 'redundancy-group-concurrency');
  const concurrencyLimits = concurrencyBlocks ? (optionsOf('redundancy-group-concurrency') as unknown as ConcurrencyLimits) : undefined;
  const notifyOptions = (optionsOf('stakeholder-notification') ?? { regulatorLeadTimeHours: 0, psapLeadTimeHours: 0, nocLeadTimeHours: 0, maxEscalationMinutes: 1440 }) as unknown as NotificationRequirements;

  const served = numbersServedBy(intent.members);
  const psaps = psapsServedBy(network, intent.members);
  const onEmergencyPath = served.length > 0 || intent.members.some((m) => m.emergencySessions > 0);
  const stakeholders = completeStakeholders(network, change, psaps, onEmergencyPath, notifyOptions);
  const zone = network.policy.timeZone;
  if (stakeholders.missing.length > 0) {
    return {
      status: 'no-plan',
      changeId: change.id,
      zone,
      binding: { what: 'stakeholder-notification: the change is on the emergency path and the planner cannot find who to tell', findings: [], unblock: stakeholders.missing },
      placed: [],
      evaluations: 1,
    };
  }
  const earliest = { at: request.from + stakeholders.leadTimeHours * HOUR, reason: stakeholders.leadTimeHours > 0 ? `${stakeholders.leadTimeHours} h notification lead time of ${stakeholders.leadParty}` : 'the time the plan is made' };
  const horizonEnd = request.from + request.horizonDays * DAY;
  const reviser = request.reviser(new TextDecoder().decode(file.bytes));

  // Findings of the rest of the repository that are there without this change: not the plan's to fix.
  const withoutChange = run(substitute(files, change.file, reviser.reviseReusing({ state: 'cancelled', declaredRisk: change.declaredRisk, approvals: [], notify: stakeholders.notify, ...(stakeholders.escalation ? { escalation: stakeholders.escalation } : {}), steps: stepsOf(intent, []) })));
  const preexisting = new Set(withoutChange.findings.filter((f) => f.severity === 'error').map((f) => f.fingerprint));
  // Only these two facts of that evaluation are kept: a whole evaluation of a large repository is
  // hundreds of megabytes the garbage collector would otherwise trace through for the whole search.
  const errorWithoutChange = withoutChange.verdict === 'error';

  let evaluations = 2;
  const attempt = (batches: Batch[], declaredRisk: RiskClass, final: boolean, sameTextAs?: Attempt): Attempt => {
    if (!final && request.maxEvaluations !== undefined && evaluations >= request.maxEvaluations) throw new BudgetExhausted();
    // The search's attempts reuse what earlier attempts rendered; the verified plan is written afresh.
    const revise = final ? reviser.revise : reviser.reviseReusing;
    const text = revise({ state: 'proposed', declaredRisk, notify: stakeholders.notify, ...(stakeholders.escalation ? { escalation: stakeholders.escalation } : {}), steps: stepsOf(intent, batches) });
    // Counted either way: `evaluations` is how many times the search judged the repository.
    const evaluation = final && sameTextAs !== undefined && sameTextAs.text === text ? sameTextAs.evaluation : run(substitute(files, change.file, text));
    evaluations++;
    const blocking = evaluation.findings.filter(
      (f) => f.severity === 'error' && !preexisting.has(f.fingerprint) && (final || f.changeId !== change.id || !SETTLED_AFTER_SEARCH.has(f.ruleId)),
    );
    return { ok: blocking.length === 0 && (evaluation.verdict !== 'error' || errorWithoutChange), blocking, evaluation, text };
  };
  return { network, change, intent, zone, earliest, horizonEnd, stakeholders, canaryOptions, concurrencyLimits, attempt, evaluations: () => evaluations };
}

function search(files: readonly RepoFile[], request: PlanRequest): PlanOutcome {
  const prepared = prepare(files, request);
  if ('status' in prepared) return prepared;
  const earliest = searchWith(prepared, request, undefined);
  if (request.objective !== 'fewest-per-night' || earliest.status !== 'planned') return earliest;
  // The earliest plan bounds the answer; smaller caps per night are tried from the least that can hold
  // the canary batch (one member per group) up, and the first cap with a plan in the horizon wins.
  const canaryBatch = earliest.batches[0]?.kind === 'canary' ? earliest.batches[0].members.length : 1;
  for (let cap = Math.max(1, canaryBatch); cap < earliest.maxPerNight; cap++) {
    const capped = searchWith(prepared, request, cap);
    if (capped.status === 'planned') return { ...capped, evaluations: prepared.evaluations() };
    if (capped.status !== 'no-plan') return capped;
  }
  return { ...earliest, objective: 'fewest-per-night', evaluations: prepared.evaluations() };
}

/** The greedy search; with `perNight`, no night (maintenance-window opening) touches more members than that. */
function searchWith(prepared: Prepared, request: PlanRequest, perNight: number | undefined): PlanOutcome {
  const { network, change, intent, zone, earliest, horizonEnd, stakeholders, canaryOptions, concurrencyLimits, attempt } = prepared;
  const fail = (problems: string[]): PlanError => ({ status: 'error', changeId: request.changeId, problems });

  const needsCanary = canaryOptions !== undefined && intent.template.some((t) => t.signature !== undefined);
  const groupSizes = new Map(intent.groups.map((g) => [g, network.inventory.redundancyGroups.get(g)?.members.length ?? 0]));
  const maxWaveOf = (group: string) => (canaryOptions ? Math.max(1, Math.floor(canaryOptions.maxWaveFraction * (groupSizes.get(group) ?? 0) + 1e-9)) : Infinity);
  const groupOf = (m: MemberCost) => network.inventory.callServers.get(m.server)?.redundancyGroup ?? '';
  const canaries = needsCanary ? intent.groups.map((g) => intent.members.find((m) => groupOf(m) === g)).filter((m): m is MemberCost => m !== undefined) : [];
  let remaining = needsCanary ? [...canaries, ...rolloutOrder(intent.members.filter((m) => !canaries.includes(m)), canaries[0])] : rolloutOrder(intent.members, undefined);
  const duration = intent.template.reduce((sum, t) => sum + t.minutes, 0) * MINUTE;

  const batches: Batch[] = [];
  const usedInNight = new Map<number, number>();
  let refusedWithoutEvaluation = 0;
  let lower = Math.max(earliest.at, request.from);
  let soak: Soak | undefined;
  let last: Attempt | undefined;
  while (remaining.length > 0) {
    const first = needsCanary && batches.length === 0;
    let placed: Attempt | undefined;
    // The refused attempt that came closest: its blocking findings, not its evaluation, are kept.
    let best: Closest | undefined;
    const tryBatch = (members: MemberCost[], start: number): Attempt => {
      const batch: Batch = { kind: first ? 'canary' : 'wave', members, start };
      const tried = attempt([...batches, batch], change.declaredRisk, false);
      if (!tried.ok && (!best || tried.blocking.length < best.blocking.length)) best = { blocking: tried.blocking, batch };
      return tried;
    };
    let chosen: Batch | undefined;
    for (const [start, night] of slots(network, lower, horizonEnd, duration, (request.gridMinutes ?? 15) * MINUTE)) {
      const used = usedInNight.get(night) ?? 0;
      if (perNight !== undefined && used + (first ? canaries.length : 1) > perNight) continue;
      if (first) {
        const tried = tryBatch(canaries, start);
        if (tried.ok) [placed, chosen] = [tried, { kind: 'canary', members: canaries, start }];
      } else {
        // The largest wave that passes at this slot, built by adding whole sites in rollout order while
        // the policy's wave size allows (a wave that no whole site can open starts with one member).
        let wave: MemberCost[] = [];
        let timeBound = false;
        const refusedBy = new Set<string>();
        for (const unit of siteUnits(remaining)) {
          for (const candidate of unit.length > 1 && wave.length === 0 ? [unit, ...unit.map((m) => [m])] : [unit]) {
            const next = [...wave, ...candidate];
            if (!withinWaveLimit(next, groupOf, maxWaveOf)) {
              if (wave.length > 0) refusedBy.add('canary-and-soak');
              continue;
            }
            if (perNight !== undefined && used + next.length > perNight) {
              if (wave.length > 0) refusedBy.add('objective fewest-per-night');
              continue;
            }
            // A batch that overloads a redundancy group by itself, or with what the plan so far and the other
            // changes already put at risk during its window, is refused without an evaluation (until the
            // search has one evaluated refusal, so that a dead end still has the rules' findings to name).
            const servers = next.map((m) => m.server);
            const intervalsBefore = last?.evaluation.timeline?.intervals;
            if (
              concurrencyLimits &&
              (best !== undefined || wave.length > 0 || candidate.length > 1) &&
              (overloadedGroup(network, servers, concurrencyLimits) || (intervalsBefore && overloadedAlongside(network, intervalsBefore, servers, start, start + duration, concurrencyLimits)))
            ) {
              refusedWithoutEvaluation++;
              if (wave.length > 0) refusedBy.add('redundancy-group-concurrency');
              continue;
            }
            const tried = tryBatch(next, start);
            if (tried.ok) {
              [placed, wave] = [tried, next];
              if (candidate === unit) break;
            } else if (wave.length > 0) {
              for (const f of tried.blocking) refusedBy.add(f.ruleId);
            } else if (onlyTimeBound(tried)) {
              // Every member runs the same steps at the same time: a slot the clock rules out is out for all.
              timeBound = true;
              break;
            }
          }
          if (timeBound) break;
        }
        if (placed) chosen = { kind: 'wave', members: wave, start, limitedBy: [...refusedBy].sort() };
      }
      if (placed && chosen) {
        usedInNight.set(night, used + chosen.members.length);
        break;
      }
    }
    if (!placed || !chosen) {
      return { status: 'no-plan', changeId: change.id, zone, binding: bindingOf(network, best, remaining, earliest, horizonEnd, duration), placed: describeBatches(network, intent, batches, zone), evaluations: prepared.evaluations() };
    }
    last = placed;
    batches.push(chosen);
    lower = chosen.start + duration;
    const done = new Set(chosen.members);
    remaining = remaining.filter((m) => !done.has(m));
    if (first && placed.evaluation.timeline) {
      const rollout = placed.evaluation.timeline.rollouts.find((r) => r.canary.step.changeId === change.id && r.canary.step.id === 's1');
      if (rollout?.provenAt !== undefined) {
        const peaks = dailyPeaks(network, rollout.canary.end, rollout.provenAt);
        soak = { signature: rollout.signature, canaryEnd: rollout.canary.end, soakEnd: rollout.soakEnd, provenAt: rollout.provenAt, ...(peaks[0] !== undefined ? { peak: peaks[0] } : {}) };
        lower = Math.max(lower, rollout.provenAt);
      }
    }
  }

  // The risk the finished plan carries, declared as it is (never lower than what was declared).
  const planned = last as Attempt;
  const plannedChange = planned.evaluation.network?.allChanges.find((c) => c.id === change.id) as ChangeRequest;
  const derived = planned.evaluation.network && planned.evaluation.timeline ? deriveRisk(planned.evaluation.network, planned.evaluation.timeline, plannedChange, riskSettings(planned.evaluation.settings.find((e) => e.rule.id === 'risk-classification')?.options)) : { class: change.declaredRisk, reasons: [] };
  const declared = higherRisk(change.declaredRisk, derived.class);
  const verified = attempt(batches, declared, true, planned);
  if (!verified.ok) {
    return fail([
      `internal error: the plan found for ${change.id} does not pass its own verification; this is a bug in changegate, and no plan is proposed:`,
      ...verified.blocking.slice(0, 10).map((f) => `${f.ruleId}/${f.messageId}: ${f.message}`),
    ]);
  }
  const described = describeBatches(network, intent, batches, zone);
  const notes = [
    change.state !== 'proposed' ? `state: ${change.state} -> proposed; the revised plan needs approval again` : 'state: proposed (unchanged); the revised plan needs approval',
    ...(change.approvals.length > 0 ? [`approvals: dropped ${change.approvals.map((a) => `${a.by} (${a.role})`).join(', ')}: they approved a different plan`] : []),
    ...stakeholders.notes,
  ];
  const groupSize = Math.max(...[...groupSizes.values()], 0);
  const nightCounts = new Map<string, number>();
  for (const b of described) nightCounts.set(b.night, (nightCounts.get(b.night) ?? 0) + b.members.length);
  return {
    status: 'planned',
    changeId: change.id,
    file: change.file,
    zone,
    text: verified.text,
    batches: described,
    ...(needsCanary ? { canary: { member: canaries[0] as MemberCost, runnersUp: intent.members.filter((m) => !canaries.includes(m)).slice(0, 2) } } : {}),
    ...(soak ? { soak } : {}),
    ...(canaryOptions ? { maxWave: { members: maxWaveOf(intent.groups[0] ?? ''), groupSize, fraction: canaryOptions.maxWaveFraction } } : {}),
    nights: nightCounts.size,
    objective: perNight === undefined ? 'earliest-finish' : 'fewest-per-night',
    maxPerNight: Math.max(0, ...nightCounts.values()),
    refusedWithoutEvaluation,
    firstStart: batches[0]?.start ?? earliest.at,
    lastEnd: (batches[batches.length - 1]?.start ?? earliest.at) + duration,
    earliestStart: earliest,
    declaredRisk: { was: change.declaredRisk, now: declared, reasons: derived.reasons },
    notes: declared !== change.declaredRisk ? [...notes, `declaredRisk: ${change.declaredRisk} -> ${declared}, as derived from what the plan touches`] : notes,
    evaluations: prepared.evaluations(),
    verified: { verdict: verified.evaluation.verdict, findings: verified.evaluation.findings.length },
  };
}

function substitute(files: readonly RepoFile[], path: string, text: string): RepoFile[] {
  const bytes = new TextEncoder().encode(text);
  return files.map((f) => (f.path === path ? { path, bytes, size: bytes.length } : f));
}

function psapsServedBy(network: Network, members: readonly MemberCost[]): string[] {
  const servers = new Set(members.map((m) => m.server));
  const psaps = new Set<string>();
  for (const number of network.inventory.emergencyNumbers.values()) {
    for (const route of number.routes) {
      const trunkServer = network.inventory.trunks.get(route.trunk)?.callServer;
      if (servers.has(route.callServer) || (trunkServer !== undefined && servers.has(trunkServer))) psaps.add(route.psap);
    }
  }
  return [...psaps].sort();
}

/** The remaining members grouped by site, in rollout order: a wave takes whole sites where it can. */
function siteUnits(remaining: readonly MemberCost[]): MemberCost[][] {
  const units = new Map<string, MemberCost[]>();
  for (const m of remaining) units.set(m.site, [...(units.get(m.site) ?? []), m]);
  return [...units.values()];
}

function withinWaveLimit(wave: readonly MemberCost[], groupOf: (m: MemberCost) => string, maxWaveOf: (group: string) => number): boolean {
  const counts = new Map<string, number>();
  for (const m of wave) counts.set(groupOf(m), (counts.get(groupOf(m)) ?? 0) + 1);
  return [...counts].every(([g, n]) => n <= maxWaveOf(g));
}

/** Rules that judge only when a step runs, never what it touches. */
const CLOCK_RULES = new Set(['maintenance-window']);

function onlyTimeBound(attempt: Attempt): boolean {
  return attempt.blocking.length > 0 && attempt.blocking.every((f) => CLOCK_RULES.has(f.ruleId));
}

/**
 * Candidate start times, earliest first: on the grid, inside the policy's maintenance windows, whole batch
 * inside; each with the opening of its window (its "night").
 */
function* slots(network: Network, lower: number, horizonEnd: number, duration: number, grid = GRID): Generator<[number, number]> {
  const zone = network.policy.timeZone;
  const spans = allowedSpans(network, localParts(lower - DAY, zone).date, localParts(horizonEnd, zone).date);
  for (const span of spans) {
    if (span.end <= lower) continue;
    for (let start = Math.ceil(Math.max(span.start, lower) / grid) * grid; start + duration <= span.end && start < horizonEnd; start += grid) yield [start, span.start];
  }
}

/** The planned steps: per batch, the template's actions in order, each depending on the one before. */
export function stepsOf(intent: ChangeIntent, batches: readonly Batch[]): JsonObject[] {
  const steps: JsonObject[] = [];
  const zone = intent.change.steps[0]?.window.timeZone ?? 'UTC';
  const waves = batches.filter((b) => b.kind === 'wave').length;
  let wave = 0;
  batches.forEach((batch) => {
    if (batch.kind === 'wave') wave++;
    const servers = batch.members.map((m) => m.server).sort();
    const trunks = servers.flatMap((s) => intent.trunksByServer.get(s) ?? []);
    const numbers = numbersServedBy(batch.members);
    let at = batch.start;
    intent.template.forEach((t, i) => {
      const id = `s${steps.length + 1}`;
      const end = at + t.minutes * MINUTE;
      const label = batch.kind === 'canary' ? 'canary' : `wave ${wave} of ${waves}`;
      const original = typeof t.raw.description === 'string' ? `: ${t.raw.description.replace(PLANNED_PREFIX, '')}` : '';
      const step: JsonObject = {
        ...t.raw,
        id,
        description: `${t.from.action} on ${servers.join(', ')} (${label})${original}`,
        targets: { callServers: servers, ...(trunks.length > 0 ? { trunks } : {}) },
        window: { start: isoInstant(at, zone), end: isoInstant(end, zone) },
      };
      delete step.dependsOn;
      delete step.verification;
      if (steps.length > 0) step.dependsOn = [`s${steps.length}`];
      if (i === intent.template.length - 1 && numbers.length > 0) step.verification = { testCalls: numbers.map((number) => ({ number })) };
      steps.push(orderKeys(step));
      at = end;
    });
  });
  if (batches.length === 0) steps.push(...intent.template.map((t) => ({ ...t.raw })));
  return steps;
}

/** What the planner puts before a step's own description; dropped when a planned change is planned again. */
const PLANNED_PREFIX = /^[a-z-]+ on [^()]+ \((?:canary|wave \d+ of \d+)\): /;

const KEY_ORDER = ['id', 'action', 'description', 'procedure', 'software', 'artefacts', 'targets', 'window', 'dependsOn', 'capacityChange', 'rollback', 'verification'];

function orderKeys(step: JsonObject): JsonObject {
  const ordered: JsonObject = {};
  for (const key of KEY_ORDER) if (step[key] !== undefined) ordered[key] = step[key];
  for (const [key, value] of Object.entries(step)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

function describeBatches(network: Network, intent: ChangeIntent, batches: readonly Batch[], zone: string): PlannedBatch[] {
  const duration = intent.template.reduce((sum, t) => sum + t.minutes, 0) * MINUTE;
  const spans = batches.length > 0 ? allowedSpans(network, localParts((batches[0] as Batch).start - DAY, zone).date, localParts((batches[batches.length - 1] as Batch).start + DAY, zone).date) : [];
  let stepNumber = 0;
  return batches.map((batch, index) => {
    const span = spans.find((s) => s.start <= batch.start && batch.start < s.end);
    const stepIds = intent.template.map(() => `s${++stepNumber}`);
    return {
      index,
      kind: batch.kind,
      members: batch.members,
      sites: [...new Set(batch.members.map((m) => m.site))].sort(),
      start: batch.start,
      end: batch.start + duration,
      stepIds,
      testCalls: numbersServedBy(batch.members),
      night: localParts(span?.start ?? batch.start, zone).date,
      limitedBy: batch.limitedBy ?? [],
    };
  });
}

/**
 * The constraint that blocked the search: the findings of the attempt that came closest (fewest
 * blocking findings), which the rules word with their numbers and remedies, plus what the planner
 * itself could change (the horizon, the windows, the smallest batch).
 */
function bindingOf(network: Network, best: Closest | undefined, remaining: readonly MemberCost[], earliestStart: Plan['earliestStart'], horizonEnd: number, duration: number): NoPlan['binding'] {
  const zone = network.policy.timeZone;
  const earliest = earliestStart.at;
  if (!best && earliest >= horizonEnd) {
    return {
      what: `stakeholder-notification: the earliest start, ${isoInstant(earliest, zone)} (${earliestStart.reason}), is after the horizon ${isoInstant(horizonEnd, zone)}`,
      findings: [],
      unblock: [`widen the horizon by at least ${Math.ceil((earliest - horizonEnd) / DAY) + 1} day(s) (--horizon)`],
    };
  }
  if (!best) {
    const reason =
      network.policy.maintenanceWindows.length === 0
        ? 'the policy defines no maintenance window to place a step in'
        : `no maintenance window between ${isoInstant(earliest, zone)} and the horizon ${isoInstant(horizonEnd, zone)} holds a batch of ${Math.round(duration / MINUTE)} min`;
    return { what: `maintenance-window: ${reason}`, findings: [], unblock: ['widen the horizon (--horizon <days>)', 'or add a maintenance window long enough for the steps of one batch (policy maintenanceWindows)'] };
  }
  const findings = best.blocking.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, message: f.message, data: f.data }));
  const rulesHit = [...new Set(findings.map((f) => f.ruleId))];
  const unblock: string[] = [];
  for (const f of findings) {
    const margin = f.data.marginSessions ?? f.data.margin;
    if (f.ruleId === 'surviving-capacity' && typeof margin === 'number' && margin < 0) unblock.push(`add at least ${-margin} sessions of capacity to the members that stay in service (surviving-capacity)`);
  }
  if (rulesHit.includes('maintenance-window')) unblock.push('widen the policy maintenance windows, or move freezes, so that a quiet hour holds the batch');
  unblock.push(`or widen the horizon beyond ${isoInstant(horizonEnd, zone)} (--horizon)`);
  const smallest = best.batch.members.map((m) => m.server).join(', ');
  return { what: `${rulesHit.join(', ')}: no slot in the horizon lets even ${smallest} (${best.batch.members.length} of ${remaining.length} remaining member(s)) run`, findings, unblock: [...new Set(unblock)] };
}

/**
 * A judge of hand-made schedules for the same change, with exactly the planner's acceptance: the
 * reference for the exhaustive search that tests and the benchmark compare the planner against.
 */
export interface ScheduleJudge {
  /** The call servers the change acts on. */
  members: string[];
  earliest: number;
  horizonEnd: number;
  /** Minutes every batch takes (the template's steps one after the other). */
  batchMinutes: number;
  /** Whether the repository passes with the change running these batches (in this order). */
  accepts: (batches: readonly { servers: readonly string[]; start: number }[]) => boolean;
  /** Grid start times inside the policy's windows from `lower`, as the planner tries them. */
  slots: (lower: number) => number[];
  /** The night of a slot: the opening of the maintenance window it is in (what fewest-per-night counts by). */
  nightOf: (start: number) => number;
  evaluations: () => number;
}

export function scheduleJudge(files: readonly RepoFile[], request: PlanRequest): ScheduleJudge | PlanError | NoPlan {
  const prepared = prepare(files, request);
  if ('status' in prepared) return prepared;
  const { network, intent, change, attempt, earliest, horizonEnd, concurrencyLimits } = prepared;
  const byServer = new Map(intent.members.map((m) => [m.server, m]));
  const duration = intent.template.reduce((sum, t) => sum + t.minutes, 0) * MINUTE;
  const nights = new Map<number, number>();
  for (const [start, night] of slots(network, earliest.at, horizonEnd, duration, (request.gridMinutes ?? 15) * MINUTE)) nights.set(start, night);
  return {
    members: intent.members.map((m) => m.server),
    earliest: earliest.at,
    horizonEnd,
    batchMinutes: duration / MINUTE,
    accepts: (batches) =>
      // The same pre-filter as the search (sound: the evaluation would refuse these too), then the judge.
      !batches.some((b) => concurrencyLimits !== undefined && overloadedGroup(network, b.servers, concurrencyLimits)) &&
      attempt(
        batches.map((b, i) => ({ kind: i === 0 ? 'canary' : 'wave', members: b.servers.map((s) => byServer.get(s) as MemberCost), start: b.start })),
        change.declaredRisk,
        false,
      ).ok,
    slots: (lower) => [...slots(network, lower, horizonEnd, duration, (request.gridMinutes ?? 15) * MINUTE)].map(([start]) => start),
    nightOf: (start) => nights.get(start) ?? start,
    evaluations: prepared.evaluations,
  };
}
