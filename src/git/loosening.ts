// Loosening the rules is itself a change. Compares the gate's own settings at base and at head (rule
// severities and options, maintenance windows, freezes, time zone, approvers, software catalog, waivers,
// the files the gate reads) and reports every change that lets more through, located on the head file,
// with the change requests whose verdict it flips. Pure: the shells (check --base, the Action) pass the
// evaluations, the files and the verified approvers of the pull request.
import policyLoosening from '../../rules/policy-loosening.ts';
import { FindingSink, evaluate } from '../engine/evaluate.ts';
import type { EvaluateOptions, Evaluation, VerdictStatus } from '../engine/evaluate.ts';
import { compareFindings, interpolate, stableStringify } from '../core/finding.ts';
import type { Finding, FindingData } from '../core/finding.ts';
import type { RepoFile } from '../source/select.ts';
import { DEFAULT_CONFIG_FILE } from '../source/select.ts';
import { resolveRuleSettings } from '../engine/settings.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import type { DayType, Network, Policy, RuleSetting } from '../model/types.ts';
import { formatInstant } from '../core/time.ts';
import { ApprovalVerifier } from '../approvals/verify.ts';
import { allFindings, isInputFinding } from './compare.ts';
import { crVerdict, groupByChange } from './changes.ts';
import type { CrVerdict } from './changes.ts';

/** A person whose approval of the pull request a verified source proved (a PR review, a signed commit). */
export interface VerifiedApprover {
  person: string;
  roles: readonly string[];
}

/** The role whose verified approval a loosening needs. */
export const LOOSENING_APPROVER_ROLE = 'cab';

/**
 * Loosenings of who may approve, or of how an approval is proven: the pull request that makes them also
 * changes how its own approvals are read (a login remapped to someone else approves in that person's
 * name), so no approval of that same pull request lifts them.
 */
const APPROVAL_IDENTITY_KINDS: ReadonlySet<LooseningKind> = new Set(['approvers', 'approvalSource']);

export type LooseningKind =
  | 'ruleSeverity'
  | 'ruleOption'
  | 'maintenanceWindow'
  | 'freezePeriod'
  | 'policyTimeZone'
  | 'approvers'
  | 'approvalSource'
  | 'waiverApprovals'
  | 'catalogQualified'
  | 'catalogKnownBad'
  | 'waiver'
  | 'gateScope'
  | 'customRule';

export interface Loosening {
  kind: LooseningKind;
  /** One sentence for people: what changed, from what to what. */
  what: string;
  /** Where it is in the head (repository-relative file and JSON Pointer). */
  file: string;
  pointer: string;
  atKey?: boolean;
}

/**
 * Which way each rule option loosens the gate. An option missing here counts as loosened by any change
 * (fail closed); test/rules/policy-loosening.test.ts requires every registered option to be listed.
 */
export const OPTION_LOOSENS: Readonly<Record<string, 'higher' | 'lower' | 'added' | 'removed' | 'changed'>> = {
  'redundancy-group-concurrency.maxSitesAtRisk': 'higher',
  'redundancy-group-concurrency.maxServersAtRisk': 'higher',
  'redundancy-group-concurrency.nonEmergencyMaxSitesAtRisk': 'higher',
  'redundancy-group-concurrency.nonEmergencyMaxServersAtRisk': 'higher',
  'canary-and-soak.soakHours': 'lower',
  'canary-and-soak.maxWaveFraction': 'higher',
  'canary-and-soak.groupsSharingProof': 'added',
  'canary-and-soak.qualifyingRole': 'changed',
  'canary-and-soak.qualificationApprovals': 'lower',
  'surviving-capacity.headroom': 'lower',
  'emergency-route-diversity.minRoutes': 'lower',
  'emergency-route-diversity.minSites': 'lower',
  'capacity-end-state.growth': 'lower',
  'capacity-end-state.maxSiteShare': 'higher',
  'maintenance-window.maxPeakShare': 'higher',
  'maintenance-window.peakLeadHours': 'lower',
  'rollback-plan.maxRollbackMinutes': 'higher',
  'rollback-plan.trafficRecoveryMinutes': 'lower',
  'rollback-plan.requireRecoveryForRoles': 'removed',
  'stakeholder-notification.regulatorLeadTimeHours': 'lower',
  'stakeholder-notification.psapLeadTimeHours': 'lower',
  'stakeholder-notification.nocLeadTimeHours': 'lower',
  'stakeholder-notification.maxEscalationMinutes': 'higher',
  'risk-classification.broadChangeSites': 'higher',
  'risk-classification.commonModeStepSites': 'higher',
  'risk-classification.minCapacityMargin': 'lower',
  'approvals.minApprovals': 'lower',
  'approvals.requiredRoles': 'removed',
  'approvals.minApprovalsBelowHigh': 'lower',
  'plan-consistency.maxWindowHours': 'higher',
};

const SEVERITY_RANK: Record<RuleSetting, number> = { off: 0, notice: 1, warning: 2, error: 3 };

const show = (value: unknown) => (value === undefined ? 'unset' : JSON.stringify(value));

/** The pack the head ran without the repository's own rules (those are compared one by one). */
function builtInPackOf(evaluation: Evaluation): AnyRule[] {
  const custom = new Set(evaluation.customRules.map((r) => r.id));
  return evaluation.settings.map((e) => e.rule).filter((r) => !custom.has(r.id));
}

/** Both policies are read with the head's rule pack (the one the shell evaluated with), plus each side's own custom rules. */
function ruleLoosenings(rules: readonly AnyRule[], base: Policy, head: Policy, baseCustom: readonly AnyRule[] = [], headCustom: readonly AnyRule[] = []): Loosening[] {
  const out: Loosening[] = [];
  const baseSettings = new Map(resolveRuleSettings([...rules, ...baseCustom], base).effective.map((e) => [e.rule.id, e]));
  for (const headRule of resolveRuleSettings([...rules, ...headCustom], head).effective) {
    const id = headRule.rule.id;
    const baseRule = baseSettings.get(id);
    if (!baseRule) continue;
    const override = head.rules.get(id);
    const file = override?.at.file ?? head.at.file;
    const rulePointer = override?.at.pointer ?? (head.rules.size > 0 ? '/rules' : '');
    // A custom rule lowered in its own file is reported there (customRuleLoosenings).
    const lowered = SEVERITY_RANK[headRule.severity] < SEVERITY_RANK[baseRule.severity];
    if (lowered && (headRule.rule.source === undefined || override?.severity !== undefined)) {
      out.push({
        kind: 'ruleSeverity',
        what: `rule ${id} is lowered from ${baseRule.severity} to ${headRule.severity}`,
        file,
        pointer: override?.severity !== undefined ? `${rulePointer}/severity` : rulePointer,
      });
    }
    const keys = [...new Set([...Object.keys(baseRule.options), ...Object.keys(headRule.options)])].sort();
    for (const key of keys) {
      const before = baseRule.options[key];
      const after = headRule.options[key];
      if (stableStringify(before) === stableStringify(after)) continue;
      const direction = OPTION_LOOSENS[`${id}.${key}`];
      const what = optionChange(id, key, before, after, direction);
      if (what === undefined) continue;
      const optionPointer = override?.options && key in override.options ? `${rulePointer}/options/${key}` : rulePointer;
      out.push({ kind: 'ruleOption', what, file, pointer: optionPointer });
    }
  }
  return out;
}

/** Describes an option change that loosens the gate, or undefined when it tightens it. */
function optionChange(rule: string, key: string, before: unknown, after: unknown, direction: (typeof OPTION_LOOSENS)[string] | undefined): string | undefined {
  const name = `option ${key} of rule ${rule}`;
  if (direction === 'higher' || direction === 'lower') {
    if (typeof before !== 'number' || typeof after !== 'number') return `${name} changes from ${show(before)} to ${show(after)}`;
    if (direction === 'higher' ? after > before : after < before) return `${name} is ${direction === 'higher' ? 'raised' : 'lowered'} from ${before} to ${after}`;
    return undefined;
  }
  if (direction === 'added' || direction === 'removed') {
    const item = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
    const b = Array.isArray(before) ? before.map(item) : [];
    const a = Array.isArray(after) ? after.map(item) : [];
    const changed = direction === 'added' ? a.filter((x) => !b.includes(x)) : b.filter((x) => !a.includes(x));
    return changed.length > 0 ? `${name} ${direction === 'added' ? 'gains' : 'loses'} ${changed.join(', ')}` : undefined;
  }
  if (direction === 'changed') return `${name} changes from ${show(before)} to ${show(after)}`;
  return `${name} changes from ${show(before)} to ${show(after)}; changegate cannot tell whether that loosens the gate, so it counts as a loosening`;
}

/** Minutes covered by the policy's windows, per day type, as "day:minute" keys (a window crossing midnight belongs to the day it opens on). */
function windowCoverage(windows: Policy['maintenanceWindows']): Set<string> {
  const covered = new Set<string>();
  for (const w of windows) for (const key of windowMinutes(w)) covered.add(key);
  return covered;
}

function windowMinutes(w: { days: DayType[]; start: string; end: string }): string[] {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = minutes(w.start);
  let end = minutes(w.end);
  if (end <= start) end += 24 * 60;
  const out: string[] = [];
  for (const day of w.days) for (let m = start; m < end; m++) out.push(`${day}:${m}`);
  return out;
}

function hhmm(minute: number): string {
  const m = minute % (24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function windowLoosenings(base: Policy, head: Policy): Loosening[] {
  const covered = windowCoverage(base.maintenanceWindows);
  const out: Loosening[] = [];
  for (const w of head.maintenanceWindows) {
    const extra = windowMinutes(w).filter((k) => !covered.has(k));
    if (extra.length === 0) continue;
    const [day, minute] = (extra[0] as string).split(':') as [string, string];
    out.push({
      kind: 'maintenanceWindow',
      what: `maintenance window ${w.days.join('/')} ${w.start}-${w.end} allows ${extra.length} minute(s) the base policy did not (from ${day} ${hhmm(Number(minute))})`,
      file: w.at.file,
      pointer: w.at.pointer,
    });
  }
  return out;
}

function freezeLoosenings(base: Policy, head: Policy): Loosening[] {
  const out: Loosening[] = [];
  const headFreezes = [...head.freezePeriods].sort((a, b) => a.start - b.start);
  for (const freeze of base.freezePeriods) {
    // What of the base freeze no head freeze covers any more.
    let uncoveredFrom: number | undefined;
    let cursor = freeze.start;
    for (const h of headFreezes) {
      if (h.end <= cursor || h.start >= freeze.end) continue;
      if (h.start > cursor) {
        uncoveredFrom = cursor;
        break;
      }
      cursor = Math.max(cursor, h.end);
    }
    if (uncoveredFrom === undefined && cursor < freeze.end) uncoveredFrom = cursor;
    if (uncoveredFrom === undefined) continue;
    const same = head.freezePeriods.find((h) => h.id === freeze.id);
    const when = formatInstant(uncoveredFrom, base.timeZone);
    out.push({
      kind: 'freezePeriod',
      what: same
        ? `freeze period ${freeze.id} (${freeze.reason.trim()}) is shortened: from ${when} changes may run again`
        : `freeze period ${freeze.id} (${freeze.reason.trim()}) is removed: changes may run from ${when}`,
      file: same?.at.file ?? head.at.file,
      pointer: same?.at.pointer ?? '/freezePeriods',
    });
  }
  return out;
}

/** The approvers as written in the policy document (every field: ids, roles, logins, keys). */
function rawApprovers(evaluation: Evaluation, policy: Policy): Map<string, { raw: string; index: number }> {
  const value = evaluation.documents.get(policy.at.file)?.value as { approvers?: { id: string }[] } | undefined;
  return new Map((value?.approvers ?? []).map((a, index) => [a.id, { raw: stableStringify(a), index }]));
}

function approverLoosenings(baseEvaluation: Evaluation, base: Policy, headEvaluation: Evaluation, head: Policy): Loosening[] {
  const before = rawApprovers(baseEvaluation, base);
  const after = rawApprovers(headEvaluation, head);
  const out: Loosening[] = [];
  for (const [id, entry] of after) {
    const previous = before.get(id);
    if (previous?.raw === entry.raw) continue;
    const roles = head.approvers.get(id)?.roles.join(', ') ?? '';
    out.push({
      kind: 'approvers',
      what: previous ? `approver ${id} is changed (roles now ${roles}; any change to an approver, their roles or keys, changes who may open the gate)` : `approver ${id} is added with role(s) ${roles}`,
      file: head.at.file,
      pointer: `/approvers/${entry.index}`,
    });
  }
  for (const id of before.keys()) {
    if (after.has(id)) continue;
    out.push({ kind: 'approvers', what: `approver ${id} is removed from the approvers list`, file: head.at.file, pointer: '/approvers' });
  }
  return out;
}

const APPROVAL_SOURCE_NAME = (kind: Policy['approvalSource']['kind']) => (kind === 'none' ? 'none (no approval counts)' : kind);

/** Any other source of proof for approvals counts, unless the head counts none: "none" is the strictest. */
function approvalSourceLoosenings(base: Policy, head: Policy): Loosening[] {
  const b = base.approvalSource;
  const h = head.approvalSource;
  if (h.kind === 'none') return [];
  const where = { file: h.at.file, pointer: h.at.pointer };
  if (b.kind !== h.kind) {
    const declared = h.kind === 'declared' ? ': approvals now count as written, without proof of who gave them' : ', which changes who can prove an approval';
    return [{ kind: 'approvalSource', what: `the approval source changes from ${APPROVAL_SOURCE_NAME(b.kind)} to ${h.kind}${declared}`, ...where, pointer: `${h.at.pointer}/kind` }];
  }
  const out: Loosening[] = [];
  if (b.allowedSigners !== h.allowedSigners) {
    out.push({ kind: 'approvalSource', what: `the allowed-signers file changes from ${show(b.allowedSigners)} to ${show(h.allowedSigners)}, which changes whose signature proves an approval`, ...where });
  }
  for (const [role, team] of [...h.teams].sort(([x], [y]) => x.localeCompare(y))) {
    if (b.teams.get(role) === team) continue;
    out.push({ kind: 'approvalSource', what: `role ${role} is now held through team ${team}${b.teams.has(role) ? ` (was ${b.teams.get(role)})` : ''}`, ...where, pointer: `${h.at.pointer}/teams/${role}` });
  }
  return out;
}

/** A base requirement on waiver approvals is kept when the head has one for the same findings and role with at least as many approvers. */
function waiverApprovalLoosenings(base: Policy, head: Policy): Loosening[] {
  const out: Loosening[] = [];
  for (const req of base.waiverApprovals) {
    const kept = head.waiverApprovals.some((h) => h.severity === req.severity && h.minRisk === req.minRisk && h.role === req.role && h.approvers >= req.approvers);
    if (kept) continue;
    const scope = [req.severity && `${req.severity} findings`, req.minRisk && `${req.minRisk}-risk changes`].filter(Boolean).join(' on ') || 'every waiver';
    out.push({
      kind: 'waiverApprovals',
      what: `the waiver requirement of ${req.approvers} ${req.role} approver(s) for ${scope} is removed or weakened`,
      file: head.at.file,
      pointer: head.waiverApprovals.some((h) => h.at.pointer !== '') ? '/waiverApprovals' : '',
    });
  }
  return out;
}

function catalogLoosenings(base: Network, head: Network): Loosening[] {
  const out: Loosening[] = [];
  for (const [key, version] of head.catalog.versions) {
    if (version.status !== 'qualified') continue;
    const before = base.catalog.versions.get(key);
    if (before?.status === 'qualified') continue;
    out.push({
      kind: 'catalogQualified',
      what: `${version.platform} ${version.version} is qualified (it was ${before ? before.status : 'not in the catalog'})`,
      file: version.at.file,
      pointer: `${version.at.pointer}/status`,
    });
  }
  const canonical = (k: (typeof head.catalog.knownBad)[number]) => {
    const { at: _at, ...rest } = k;
    return stableStringify(rest);
  };
  const kept = new Set(head.catalog.knownBad.map(canonical));
  for (const entry of base.catalog.knownBad) {
    if (kept.has(canonical(entry))) continue;
    const names = [entry.version && `version ${entry.version}`, entry.artefact && `artefact ${entry.artefact}`, entry.sha256 && `sha256 ${entry.sha256}`].filter(Boolean).join(', ');
    out.push({
      kind: 'catalogKnownBad',
      what: `the known-bad entry for ${names}${entry.platform ? ` on ${entry.platform}` : ''} is removed or changed`,
      file: head.catalog.at.file,
      pointer: '/knownBad',
    });
  }
  return out;
}

function waiverLoosenings(base: Network, head: Network): Loosening[] {
  const canonical = (w: (typeof head.waivers)[number]) => {
    const { at: _at, ...rest } = w;
    return stableStringify(rest);
  };
  const before = new Set(base.waivers.map(canonical));
  return head.waivers
    .filter((w) => !before.has(canonical(w)))
    .map((w) => ({
      kind: 'waiver' as const,
      what: `waiver ${w.id} ${base.waivers.some((b) => b.id === w.id) ? 'is changed' : 'is added'}: it exempts ${w.change}${w.step ? ` step ${w.step}` : ''} from ${w.rule}`,
      file: w.at.file,
      pointer: '/id',
    }));
}

function scopeLoosenings(base: Evaluation, head: Evaluation, configPath: string): Loosening[] {
  const read = (evaluation: Evaluation) => {
    const value = evaluation.documents.get(configPath)?.value as { include?: unknown; exclude?: unknown; includeDrafts?: unknown } | undefined;
    return { include: stableStringify(value?.include ?? null), exclude: stableStringify(value?.exclude ?? null), includeDrafts: value?.includeDrafts === true };
  };
  const before = read(base);
  const after = read(head);
  const out: Loosening[] = [];
  for (const key of ['include', 'exclude'] as const) {
    if (before[key] === after[key]) continue;
    out.push({ kind: 'gateScope', what: `the ${key} list of ${configPath} changes which files the gate reads (from ${before[key]} to ${after[key]})`, file: configPath, pointer: head.documents.has(configPath) ? `/${key}` : '' });
  }
  if (before.includeDrafts && !after.includeDrafts) {
    out.push({ kind: 'gateScope', what: `${configPath} no longer includes draft change requests in the plan`, file: configPath, pointer: head.documents.has(configPath) ? '/includeDrafts' : '' });
  }
  return out;
}

/**
 * A custom rule removed, made waivable, lowered in severity, or whose condition, scope or target changed
 * (whether a new CEL condition matches less cannot be decided, so any change counts, as for an option
 * whose direction is unknown).
 */
function customRuleLoosenings(base: Evaluation, head: Evaluation): Loosening[] {
  const out: Loosening[] = [];
  const headRules = new Map((head.customRules ?? []).map((r) => [r.id, r]));
  for (const rule of base.customRules ?? []) {
    const source = rule.source ?? '';
    const after = headRules.get(rule.id);
    if (!after) {
      out.push({ kind: 'customRule', what: `custom rule ${rule.id} (${source}) no longer runs: its file is removed, renamed to another id, or no longer compiles`, file: source, pointer: '' });
      continue;
    }
    const file = after.source ?? source;
    const before = (base.documents.get(source)?.value ?? {}) as Record<string, unknown>;
    const now = (head.documents.get(file)?.value ?? {}) as Record<string, unknown>;
    const pointer = (key: string) => (key in now ? `/${key}` : '');
    if (SEVERITY_RANK[after.defaultSeverity] < SEVERITY_RANK[rule.defaultSeverity]) {
      out.push({ kind: 'customRule', what: `custom rule ${rule.id} is lowered from ${rule.defaultSeverity} to ${after.defaultSeverity}`, file, pointer: pointer('severity') });
    }
    if (!rule.waivable && after.waivable) out.push({ kind: 'customRule', what: `custom rule ${rule.id} becomes waivable`, file, pointer: pointer('waivable') });
    for (const key of ['when', 'unwaivableWhen', 'scope', 'at']) {
      if (stableStringify(before[key] ?? null) === stableStringify(now[key] ?? null)) continue;
      out.push({ kind: 'customRule', what: `custom rule ${rule.id} changes its ${key} from ${show(before[key])} to ${show(now[key])}`, file, pointer: pointer(key) });
    }
  }
  return out;
}

/** Every change from base to head that weakens the gate, in a stable order. Empty when either side has no model. */
export function findLoosenings(base: Evaluation, head: Evaluation, configPath = DEFAULT_CONFIG_FILE): Loosening[] {
  const b = base.network;
  const h = head.network;
  if (!b || !h) return [];
  const out = [
    ...ruleLoosenings(builtInPackOf(head), b.policy, h.policy, base.customRules, head.customRules),
    ...customRuleLoosenings(base, head),
    ...windowLoosenings(b.policy, h.policy),
    ...freezeLoosenings(b.policy, h.policy),
    ...(b.policy.timeZone !== h.policy.timeZone
      ? [{ kind: 'policyTimeZone' as const, what: `the policy time zone changes from ${b.policy.timeZone} to ${h.policy.timeZone}, which moves every maintenance window and freeze`, file: h.policy.at.file, pointer: '/timeZone' }]
      : []),
    ...approverLoosenings(base, b.policy, head, h.policy),
    ...approvalSourceLoosenings(b.policy, h.policy),
    ...waiverApprovalLoosenings(b.policy, h.policy),
    ...catalogLoosenings(b, h),
    ...waiverLoosenings(b, h),
    ...scopeLoosenings(base, head, configPath),
  ];
  return out;
}

export interface VerdictFlip {
  changeId: string;
  /** Its verdict judged with the base's policy, catalog, waivers and config. */
  underBase: CrVerdict;
  /** Its verdict at head. */
  underHead: CrVerdict;
}

const GUARD_KINDS = new Set(['Policy', 'SoftwareCatalog', 'Waiver', 'Rule']);

function isGuardFile(evaluation: Evaluation, path: string, configPath: string): boolean {
  if (path === configPath) return true;
  const kind = (evaluation.documents.get(path)?.value as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' && GUARD_KINDS.has(kind);
}

/**
 * The change requests the head's gate settings let through that the base's would have blocked: the head's
 * plans judged with the base's policy, catalog, waivers and config, then as they are.
 */
export function verdictFlips(
  base: { evaluation: Evaluation; files: readonly RepoFile[] },
  head: { evaluation: Evaluation; files: readonly RepoFile[] },
  options: EvaluateOptions,
): VerdictFlip[] {
  const configPath = options.configPath ?? DEFAULT_CONFIG_FILE;
  const files = [
    ...head.files.filter((f) => !isGuardFile(head.evaluation, f.path, configPath)),
    ...base.files.filter((f) => isGuardFile(base.evaluation, f.path, configPath)),
  ];
  const underBase = evaluate(files, options);
  const baseByChange = groupByChange(allFindings(underBase), underBase);
  const headByChange = groupByChange(allFindings(head.evaluation), head.evaluation);
  const blocks = (v: CrVerdict) => v === 'fail' || v === 'error';
  const flips: VerdictFlip[] = [];
  for (const change of head.evaluation.changes) {
    const before = crVerdict(baseByChange.get(change.id) ?? []);
    const after = crVerdict(headByChange.get(change.id) ?? []);
    if (blocks(before) && !blocks(after)) flips.push({ changeId: change.id, underBase: before, underHead: after });
  }
  return flips;
}

export interface LooseningInput {
  base: { evaluation: Evaluation; files: readonly RepoFile[] };
  head: { evaluation: Evaluation; files: readonly RepoFile[] };
  /** Verified identities that approved the pull request; empty when no verified source is available. */
  verifiedApprovers: readonly VerifiedApprover[];
  /** People who authored the pull request: their own approval never counts. */
  authors?: readonly string[];
  evaluateOptions: EvaluateOptions;
}

export interface LooseningJudgement {
  loosenings: Loosening[];
  flips: VerdictFlip[];
  /** One policy-loosening finding per loosening, located in the head's files. */
  findings: Finding[];
}

export function judgeLoosenings(input: LooseningInput): LooseningJudgement {
  const configPath = input.evaluateOptions.configPath ?? DEFAULT_CONFIG_FILE;
  const loosenings = findLoosenings(input.base.evaluation, input.head.evaluation, configPath);
  if (loosenings.length === 0) return { loosenings, flips: [], findings: [] };
  const flips = verdictFlips(input.base, input.head, input.evaluateOptions);
  const role = LOOSENING_APPROVER_ROLE;
  // Who may approve, and through which source, comes from the base: the head may have just edited the
  // approvers or the approval source. The proof itself is the head's evidence (pull-request reviews,
  // merge-request approvals, signed commits) of the loosened lines as they now are.
  const basePolicy = input.base.evaluation.network?.policy;
  const verifier = basePolicy ? new ApprovalVerifier(basePolicy, input.head.evaluation.documents, input.evaluateOptions.approvalEvidence) : undefined;
  const roleHolders = [...(basePolicy?.approvers.values() ?? [])].filter((a) => a.roles.includes(role)).map((a) => a.id).sort();
  const flipNote =
    flips.length > 0
      ? `Judged with the base's policy, catalog, waivers and config, ${flips.map((f) => `${f.changeId} would ${f.underBase === 'error' ? 'not evaluate' : 'fail'}`).join(', ')}: this pull request lets ${flips.length === 1 ? 'it' : 'them'} through.`
      : 'It flips no change request of this pull request today, and it applies to every plan to come.';
  const sink = new FindingSink(input.head.evaluation.documents);
  for (const l of loosenings) {
    // Whoever wrote the file in this change (the pull request's author, the signers of its commits) may
    // not approve their own loosening, whatever role they hold.
    const authors = new Set([...(input.authors ?? []), ...(verifier?.authorsOf(l.file, []) ?? [])]);
    const proven = verifier?.provenApprovers(l.file, l.pointer) ?? { approvers: [] };
    const candidates = [...input.verifiedApprovers, ...proven.approvers.filter((p) => !input.verifiedApprovers.some((a) => a.person === p.person))];
    const selfReferential = APPROVAL_IDENTITY_KINDS.has(l.kind);
    const approver = selfReferential ? undefined : candidates.find((a) => a.roles.includes(role) && !authors.has(a.person));
    const verifiedNote = selfReferential
      ? 'it changes who may approve or how an approval is proven, so no approval of the pull request that makes the change can lift it: change the approvers on their own, through the repository\'s protected merge process'
      : candidates.length === 0
        ? `no verified approval of this pull request was found${proven.note ? ` (${proven.note})` : ''}`
        : `verified approvals found: ${candidates.map((a) => `${a.person} (${a.roles.join(', ') || 'no role'}${authors.has(a.person) ? ', an author' : ''})`).join(', ')}, none that counts in the ${role} role`;
    const data: FindingData = {
      kind: l.kind,
      what: l.what,
      role,
      roleHolders: roleHolders.length > 0 ? roleHolders : ['none in the base policy'],
      flips: flips.map((f) => f.changeId),
      flipNote,
      ...(approver ? { approvedBy: approver.person } : { verifiedNote }),
    };
    const messageId = approver ? 'approvedLoosening' : 'loosened';
    sink.add(policyLoosening.id, approver ? 'notice' : 'error', messageId, interpolate(policyLoosening.messages[messageId], data), { file: l.file, pointer: l.pointer }, data, { atKey: l.atKey ?? false });
  }
  return { loosenings, flips, findings: sink.findings };
}

/** The evaluation with extra findings in force: counts and verdict recomputed the way evaluate() does. */
export function withFindings(evaluation: Evaluation, extra: readonly Finding[]): Evaluation {
  if (extra.length === 0) return evaluation;
  const findings = [...evaluation.findings, ...extra].sort(compareFindings);
  const counts = {
    ...evaluation.counts,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
  };
  const verdict: VerdictStatus =
    findings.some(isInputFinding) || counts.rules === 0 ? 'error' : counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
  return { ...evaluation, findings, counts, verdict };
}
