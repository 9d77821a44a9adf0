// The one core call behind the CLI, the pre-commit hook, the GitHub Action and the CAB report:
// snapshot of a repository -> load -> validate -> model -> timeline -> rules -> waivers -> verdict.
// It is synchronous and pure: time comes from `asOf`, files from the snapshot.
import { deriveRisk, higherRisk } from '../analysis/risk.ts';
import type { RiskOptions } from '../analysis/risk.ts';
import { riskSettings, soakSettings, timelineOptionsFor } from '../analysis/settings.ts';
import type { ApprovalEvidence } from '../approvals/evidence.ts';
import { ApprovalVerifier } from '../approvals/verify.ts';
import type { ApprovalCounts } from '../approvals/verify.ts';
import { fileTooLarge, locate, loadYaml } from '../load/yaml.ts';
import type { LoadLimits, YamlDocument } from '../load/yaml.ts';
import type { Range } from '../load/positions.ts';
import { DEFAULT_LOAD_LIMITS } from '../load/yaml.ts';
import { buildNetwork, revisionOf } from '../model/build.ts';
import type { ModelProblem, ValidDocument } from '../model/build.ts';
import type { BuiltModelMemo } from '../model/reuse.ts';
import type { ChangeRequest, Network, RiskClass, Severity, SourceRef, Step, Waiver } from '../model/types.ts';
import { progressText } from '../timeline/execution.ts';
import { buildTimeline } from '../timeline/build.ts';
import { withholdUnresolved } from './withhold.ts';
import { CustomRuleFailure } from '../custom-rules/compile.ts';
import { compileCustomRulesOnce } from '../custom-rules/reuse.ts';
import type { CompiledRulesMemo } from '../custom-rules/reuse.ts';
import type { RuleDocument } from '../custom-rules/compile.ts';
import type { Withheld } from './withhold.ts';
import { formatInstant } from '../core/time.ts';
import type { Timeline } from '../timeline/types.ts';
import type { DocumentCache } from '../source/document-cache.ts';
import { folderKindOf, validateDocument } from '../validate/schemas.ts';
import { compareFindings, concernsChange, fingerprintOf, interpolate } from '../core/finding.ts';
import type { Finding, FindingData } from '../core/finding.ts';
import type { AnyRule, ReportInput, RuleContext } from '../rule-api/rule.ts';
import { unwaivableMessageIds } from '../rule-api/rule.ts';
import { resolveRuleSettings } from './settings.ts';
import type { EffectiveRule } from './settings.ts';
import { isRuleTestDocument, selectFiles } from '../source/select.ts';
import type { RepoFile } from '../source/select.ts';

export type { RepoFile } from '../source/select.ts';

export type VerdictStatus = 'pass' | 'warn' | 'fail' | 'error';

export interface EvaluateOptions {
  /** Instant the evaluation is "as of" (epoch ms): waiver expiry, steps in the past. */
  asOf?: number;
  /** Include draft change requests in the timeline. Overrides the repository config when set. */
  includeDrafts?: boolean;
  /** Repository-relative path of the config file (default `changegate.yaml` when present). */
  configPath?: string;
  /**
   * The rule pack to run, input rules included. The shells pass the default pack (`defaultRules` of
   * rules/index.ts); the engine has none of its own.
   */
  rules: readonly AnyRule[];
  limits?: LoadLimits;
  /** Paths the source refused to read (e.g. symlinks leaving the repository): each is an error. */
  refused?: readonly { path: string; reason: string }[];
  /**
   * Loaded and validated documents from earlier runs, by git blob (the pre-commit hook): a hit skips
   * reading and validating that file, and gives exactly what they would give.
   */
  documentCache?: DocumentCache;
  /**
   * The repository's custom rules as compiled by an earlier evaluation given the same memo, reused while
   * their documents are the very same loaded objects (see documentCache): for a series of evaluations.
   */
  compiledRules?: CompiledRulesMemo;
  /**
   * The inventory and change requests built by earlier evaluations given the same memo, reused while
   * their documents are the very same loaded objects (see documentCache): for a series of evaluations.
   */
  builtModel?: BuiltModelMemo;
  /**
   * Who is proven to have approved what, gathered by the shell from the policy's approval source (signed
   * commits, pull-request reviews). Without it, only a policy that declares `approvalSource: declared`
   * lets approvals count.
   */
  approvalEvidence?: ApprovalEvidence;
  /** Called as the evaluation advances (files read, rules run), for a progress display; never required. */
  onProgress?: (progress: Progress) => void;
  /**
   * Judge only what can concern this change request (the run-time guard's question): rules may skip
   * work whose findings could concern no other (RuleContext.wants), and the evaluation keeps only the
   * findings concerning it, plus every input error. Everything else (loading, validation, the model, the
   * timeline, waivers) is as in a whole evaluation; the findings kept are exactly the whole evaluation's
   * findings concerning the change.
   */
  focusChange?: string;
}

export interface Progress {
  stage: 'load' | 'model' | 'timeline' | 'rules' | 'verdict';
  done: number;
  total: number;
}

export interface RuleRun {
  id: string;
  severity: Severity | 'off';
  evaluated: boolean;
  findings: number;
}

export interface ChangeSummary {
  id: string;
  title: string;
  file: string;
  state: string;
  declaredRisk: string;
  revision: string;
  considered: boolean;
  steps: number;
  /** Progress from the execution record as of the evaluation ("6 of 18 steps done; …"), once a step has started. */
  progress?: string;
  /**
   * This change request's own result: fail (a blocking finding about it), warn, pass, or "not evaluated"
   * when the rules did not judge it (not on the timeline, no rule ran, or the run could not read
   * everything, so nothing about it can be called a pass).
   */
  status: ChangeStatus;
}

export type ChangeStatus = 'pass' | 'warn' | 'fail' | 'not evaluated';

/** What a change request's own findings hold, gathered in one pass over all findings. */
interface OwnFindings {
  blocking: boolean;
  warning: boolean;
}

function ownFindingsByChange(findings: readonly Finding[]): Map<string, OwnFindings> {
  const byChange = new Map<string, OwnFindings>();
  for (const f of findings) {
    if (f.changeId === undefined) continue;
    let own = byChange.get(f.changeId);
    if (!own) byChange.set(f.changeId, (own = { blocking: false, warning: false }));
    if (f.severity === 'error' && !INPUT_RULE_IDS.has(f.ruleId)) own.blocking = true;
    else if (f.severity === 'warning') own.warning = true;
  }
  return byChange;
}

/** A change request's own status; see ChangeSummary.status. */
function changeStatus(own: OwnFindings | undefined, considered: boolean, verdict: VerdictStatus): ChangeStatus {
  if (considered && own?.blocking) return 'fail';
  if (!considered || verdict === 'error') return 'not evaluated';
  return own?.warning ? 'warn' : 'pass';
}

export interface Counts {
  files: number;
  changeRequests: number;
  changeRequestsConsidered: number;
  steps: number;
  intervals: number;
  rules: number;
  errors: number;
  warnings: number;
  notices: number;
  waived: number;
}

export interface Evaluation {
  verdict: VerdictStatus;
  asOf: number | undefined;
  /** Findings in force (not waived), in deterministic order. */
  findings: Finding[];
  /** Findings covered by a waiver: counted and listed, never dropped. */
  waived: Finding[];
  counts: Counts;
  rules: RuleRun[];
  /**
   * Every rule of the pack with the severity and options it ran with: the policy's overrides after
   * schema validation, defaults filled in (an invalid override is a gate-config error and the rule's
   * defaults are used). Consumers read these, never the raw policy. Empty when the evaluation stopped
   * before the settings were read.
   */
  settings: EffectiveRule[];
  changes: ChangeSummary[];
  /** Findings left out because they depend on a reference the inventory cannot resolve, per change request. */
  withheld: Withheld[];
  files: string[];
  /** How the approvals written in change requests and waivers were verified; absent when there is no policy. */
  approvals?: ApprovalCounts;
  /** The repository's custom rules that compiled and ran after the pack (rules/*.yaml), for reports. */
  customRules: AnyRule[];
  /** The model and timeline, for reports drawn from the same evaluation; absent when input was unusable. */
  network?: Network;
  timeline?: Timeline;
  documents: Map<string, YamlDocument>;
  /**
   * Set when the evaluation was focused on one change request (EvaluateOptions.focusChange): findings,
   * waived findings, counts and verdict then cover that change request and the input errors only.
   */
  focusChange?: string;
}

const wantsEvery = (): boolean => true;

/** Rules whose findings mean "the gate could not do its job": verdict error, never waivable. */
export const INPUT_RULE_IDS = new Set(['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config', 'internal-error']);

/** Collects findings, located in the documents they point into. */
export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(private readonly documents: Map<string, YamlDocument>) {}

  add(ruleId: string, severity: Severity, messageId: string, message: string, at: SourceRef, data: FindingData, extra: { atKey?: boolean; changeId?: string; stepId?: string; range?: Range } = {}): void {
    this.push(ruleId, severity, messageId, message, undefined, at, data, extra.atKey ?? false, extra.changeId, extra.stepId, extra.range);
  }

  /** A rule's finding: its message is the template filled with the data, written on its first read. */
  addFromTemplate(ruleId: string, severity: Severity, messageId: string, template: string, at: SourceRef, data: FindingData, atKey: boolean, changeId: string | undefined, stepId: string | undefined): void {
    this.push(ruleId, severity, messageId, undefined, template, at, data, atKey, changeId, stepId, undefined);
  }

  private push(
    ruleId: string,
    severity: Severity,
    messageId: string,
    text: string | undefined,
    template: string | undefined,
    at: SourceRef,
    data: FindingData,
    atKey: boolean,
    changeId: string | undefined,
    stepId: string | undefined,
    given: Range | undefined,
  ): void {
    const doc = this.documents.get(at.file);
    const range = given ?? (doc ? locate(doc, at.pointer, atKey) : { line: 1, column: 1, endLine: 1, endColumn: 1 });
    // Written out rather than spread: V8 gives objects built by spreads a hidden class each, and every
    // formatter reads thousands of findings. The message (a template filled with the data) and the
    // fingerprint (canonical JSON and SHA-256 of the data) are made on their first read and kept: the
    // guard reads the messages of a few findings and no fingerprint. They stay own, enumerable
    // properties in their places, so JSON, spreads and key order are unchanged; a finding's data is
    // never changed after it is reported.
    const file = at.file;
    const path = at.pointer;
    let message = text;
    let fingerprint: string | undefined;
    const finding: Finding = {
      ruleId,
      messageId,
      file,
      path,
      data,
      severity,
      get message() {
        return (message ??= interpolate(template as string, data));
      },
      // Writable, as a plain property would be: callers of the public API may rewrite a finding.
      set message(text: string) {
        message = text;
      },
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      get fingerprint() {
        return (fingerprint ??= fingerprintOf({ ruleId, messageId, file, path, data }));
      },
      set fingerprint(text: string) {
        fingerprint = text;
      },
    };
    if (changeId !== undefined) finding.changeId = changeId;
    if (stepId !== undefined) finding.stepId = stepId;
    this.findings.push(finding);
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * Evaluates a repository snapshot. Never throws: an unexpected exception anywhere becomes an
 * `internal-error` finding naming the stage, and the verdict is `error` (fail closed).
 */
export function evaluate(files: readonly RepoFile[], options: EvaluateOptions): Evaluation {
  const documents = new Map<string, YamlDocument>();
  const sink = new FindingSink(documents);
  const pack = options.rules;
  // The repository's own rules (rules/*.yaml) run after the pack, once they compile.
  let rules: readonly AnyRule[] = pack;
  let effective: EffectiveRule[] = [];
  const ruleRuns: RuleRun[] = [];
  let network: Network | undefined;
  let timeline: Timeline | undefined;
  let verifier: ApprovalVerifier | undefined;
  let selected: string[] = [];
  let stage = 'select';
  const focusChange = options.focusChange;
  const wants = focusChange === undefined ? wantsEvery : (changeId: string) => changeId === focusChange;
  const internal = (err: unknown, where: string, at: SourceRef = { file: '', pointer: '' }, changeId?: string) =>
    sink.add('internal-error', 'error', 'exception', `internal error in ${where}: ${describeError(err)}. This is a bug in changegate; the verdict is error so nothing unsafe passes.`, at, { stage: where }, changeId !== undefined ? { changeId } : {});

  try {
    // 1. Select the files the configuration includes.
    const selection = selectFiles(files, options.configPath, options.limits ?? DEFAULT_LOAD_LIMITS);
    for (const [file, doc] of selection.documents) documents.set(file, doc);
    for (const p of selection.problems) sink.add(p.ruleId, 'error', p.messageId, p.message, p.at, p.data, { atKey: p.atKey ?? false, ...(p.range ? { range: p.range } : {}) });
    selected = selection.files.map((f) => f.path);
    const configBroken = selection.problems.length > 0;
    for (const r of options.refused ?? []) {
      sink.add('gate-config', 'error', 'refusedPath', `${r.path} was not read: ${r.reason}`, { file: r.path, pointer: '' }, { path: r.path });
    }
    const includeDrafts = options.includeDrafts ?? selection.includeDrafts;

    // 2. Load and 3. validate every selected file, within the size the repository's config allows.
    const fileLimits = selection.maxFileBytes !== undefined ? { ...(options.limits ?? DEFAULT_LOAD_LIMITS), maxBytes: selection.maxFileBytes } : (options.limits ?? DEFAULT_LOAD_LIMITS);
    stage = 'load';
    const valid: ValidDocument[] = [];
    const invalidFiles = new Set<string>();
    const ruleTests = new Set<string>();
    for (const [fileIndex, file] of selection.files.entries()) {
      options.onProgress?.({ stage: 'load', done: fileIndex, total: selection.files.length });
      const limits = fileLimits;
      // A source that found the file over the size limit gave its size, not its bytes.
      const truncated = file.size !== undefined && file.size > file.bytes.length;
      if (truncated && (file.size ?? 0) <= limits.maxBytes) throw new Error(`${file.path} was read only in part`);
      const cached = truncated ? undefined : options.documentCache?.get(file, limits);
      const loaded = truncated ? { issues: [fileTooLarge(file.size ?? 0, limits)] } : (cached ?? loadYaml(file.path, file.bytes, limits));
      if (isRuleTestDocument(loaded)) {
        ruleTests.add(file.path);
        continue;
      }
      for (const issue of loaded.issues) {
        sink.findings.push({
          ruleId: 'yaml-syntax',
          messageId: issue.code,
          severity: 'error',
          message: issue.message,
          file: file.path,
          ...issue.range,
          path: issue.pointer ?? '',
          data: { code: issue.code },
          fingerprint: fingerprintOf({ ruleId: 'yaml-syntax', messageId: issue.code, file: file.path, path: issue.pointer ?? '', data: { code: issue.code } }),
        });
      }
      if (!loaded.document) {
        if (!cached) options.documentCache?.put(file, limits, { issues: loaded.issues });
        invalidFiles.add(file.path);
        continue;
      }
      documents.set(file.path, loaded.document);
      stage = 'validate';
      const result = cached?.validation ?? validateDocument(loaded.document.value, file.path);
      // A change request's revision hash is a function of its bytes: kept with its cache entry, it is
      // computed once per content, not once per run.
      const revision =
        options.documentCache && result.kind === 'ChangeRequest' && result.problems.length === 0 ? (cached?.revision ?? revisionOf(loaded.document.value as Record<string, unknown>)) : undefined;
      if (!cached) options.documentCache?.put(file, limits, { document: loaded.document, issues: loaded.issues, validation: result, ...(revision !== undefined ? { revision } : {}) });
      for (const p of result.problems) {
        sink.add('schema-valid', 'error', p.messageId, p.message, { file: file.path, pointer: p.pointer }, p.data, { atKey: p.atKey });
      }
      if (result.problems.length > 0 || !result.kind) {
        invalidFiles.add(file.path);
        continue;
      }
      if (result.kind === 'ChangegateConfig') {
        sink.add('gate-config', 'error', 'misplacedConfig', 'a ChangegateConfig document belongs in changegate.yaml at the repository root (or the file given with --config), not among the network files', { file: file.path, pointer: '/kind' }, {});
        continue;
      }
      valid.push(revision !== undefined ? { file: file.path, kind: result.kind, value: loaded.document.value, revision } : { file: file.path, kind: result.kind, value: loaded.document.value });
      stage = 'load';
    }

    if (ruleTests.size > 0) selected = selected.filter((path) => !ruleTests.has(path));

    // Custom rules: compiled (and type-checked) before anything is evaluated; a problem is an input error.
    stage = 'custom rules';
    const ruleDocs = valid.filter((d) => d.kind === 'Rule');
    if (ruleDocs.length > 0) {
      valid.splice(0, valid.length, ...valid.filter((d) => d.kind !== 'Rule'));
      const custom = compileCustomRulesOnce(
        options.compiledRules,
        ruleDocs.map((d) => ({ file: d.file, value: d.value as RuleDocument, document: documents.get(d.file) })),
        new Set(pack.map((r) => r.id)),
      );
      for (const p of custom.problems) sink.add('gate-config', 'error', p.messageId, p.message, p.at, p.data, p.range ? { range: p.range } : {});
      rules = [...pack, ...custom.rules];
    }

    // 4. Model.
    stage = 'model';
    options.onProgress?.({ stage: 'model', done: 0, total: 1 });
    const built = buildNetwork(valid, { includeDrafts, ...(options.builtModel ? { builtModel: options.builtModel } : {}) });
    // An invalid inventory (or change request) file defines ids the model never saw; references to
    // such ids would cascade into dozens of misleading "unknown" findings, so they are left out until
    // the file itself is fixed (its own findings already make the verdict error).
    const unreadableKinds = new Set([...invalidFiles].map((f) => guessKind(f, documents.get(f))));
    built.problems = built.problems.filter((p) => {
      if (p.messageId !== 'unknownReference') return true;
      const kind = String(p.data.kind);
      if (INVENTORY_REFERENCE_KINDS.has(kind)) return !unreadableKinds.has('Inventory') && !unreadableKinds.has(undefined);
      if (kind === 'change request' || kind.startsWith('step of ')) return !unreadableKinds.has('ChangeRequest') && !unreadableKinds.has(undefined);
      return true;
    });
    const report = (p: ModelProblem) =>
      sink.add(p.ruleId, 'error', p.messageId, p.message, p.at, p.data, { atKey: p.atKey ?? false, ...(p.changeId !== undefined ? { changeId: p.changeId } : {}) });
    built.problems.forEach(report);
    // A kind whose only files could not be read is not "missing": its own findings say what is wrong.
    for (const kind of built.missing.filter((k) => !unreadableKinds.has(k) && !configBroken && selected.length > 0)) {
      const blockedBy = [...invalidFiles].length > 0 ? ` (${invalidFiles.size} file(s) could not be read or validated)` : '';
      sink.add('reference-integrity', 'error', 'missingDocument', `no valid ${kind} document was found in the repository${blockedBy}; see docs/formats.md for the layout`, { file: '', pointer: '' }, { kind });
    }
    network = built.network;
    if (network) verifier = new ApprovalVerifier(network.policy, documents, options.approvalEvidence);

    // 5. Rule settings.
    stage = 'settings';
    const settings = resolveRuleSettings(rules, network?.policy);
    effective = settings.effective;
    for (const p of settings.problems) sink.add('gate-config', 'error', p.messageId, p.message, p.at, p.data, { atKey: p.atKey });
    const unreadSetting = settings.effective.find((e) => e.rule.id === 'unread-file');
    const unreadSeverity = unreadSetting?.severity === 'error' ? 'error' : 'warning';
    for (const u of selection.unread) {
      sink.add(
        'unread-file',
        unreadSeverity,
        'notIncluded',
        `${u.path} declares kind ${u.kind} but is not read: it is outside the included folders (${selection.include.join(', ')}). Move it into an included folder, add its folder to include, or list it under exclude if it is not part of the network`,
        { file: u.path, pointer: '' },
        { kind: u.kind },
        { range: u.range },
      );
    }

    // Rules need a sound network: inventory, forecast, catalog and policy without input errors.
    const baseBroken = sink.findings.some(
      (f) => INPUT_RULE_IDS.has(f.ruleId) && f.changeId === undefined && !isChangeOrWaiverFile(f.file, valid),
    );
    if (network && !baseBroken) {
      stage = 'timeline';
      options.onProgress?.({ stage: 'timeline', done: 0, total: 1 });
      const timelineOptions = timelineOptionsFor(network, soakSettings(optionsOf(effective, 'canary-and-soak')), options.asOf);
      timeline = buildTimeline(network, timelineOptions);
      stage = 'rules';
      const runnable = settings.effective.filter((e) => e.rule.category !== 'input' && e.rule.check);
      for (const [ruleIndex, { rule, severity, options: ruleOptions }] of runnable.entries()) {
        options.onProgress?.({ stage: 'rules', done: ruleIndex, total: runnable.length });
        if (!rule.check) continue;
        if (severity === 'off') {
          ruleRuns.push({ id: rule.id, severity, evaluated: false, findings: 0 });
          continue;
        }
        const before = sink.findings.length;
        const context = makeContext(rule, severity, ruleOptions, network, timeline, options.asOf, sink, verifier as ApprovalVerifier, effective, wants);
        try {
          rule.check(context);
        } catch (err) {
          // Fail closed, but do not let one change request hide the findings of the others: drop the
          // partial results and judge each change request on its own, naming the one that fails.
          sink.findings.length = before;
          if (err instanceof CustomRuleFailure) {
            // A custom rule that could not finish is the rule file's problem, located there.
            sink.add('gate-config', 'error', err.messageId, err.message, err.at, err.data, err.range ? { range: err.range } : {});
            ruleRuns.push({ id: rule.id, severity, evaluated: true, findings: 0 });
            continue;
          }
          internal(err, `rule ${rule.id}`);
          for (const change of network.changes) {
            if (!wants(change.id)) continue;
            const alone: Network = { ...network, changes: [change] };
            try {
              rule.check(makeContext(rule, severity, ruleOptions, alone, buildTimeline(alone, timelineOptions), options.asOf, sink, verifier as ApprovalVerifier, effective, wants));
            } catch (errAlone) {
              internal(errAlone, `rule ${rule.id} on ${change.id}`, { file: change.file, pointer: '' }, change.id);
            }
          }
        }
        ruleRuns.push({ id: rule.id, severity, evaluated: true, findings: sink.findings.length - before });
      }
    }
    if (selected.length === 0 && !configBroken) {
      sink.add('gate-config', 'error', 'noFiles', 'no YAML files were found where the configuration expects them; nothing was evaluated', { file: '', pointer: '' }, {});
    }
    if (ruleRuns.filter((r) => r.evaluated).length === 0 && !sink.findings.some((f) => INPUT_RULE_IDS.has(f.ruleId))) {
      sink.add('gate-config', 'error', 'noRules', 'no rule was evaluated (all are off?); a gate that checks nothing cannot pass', { file: '', pointer: '' }, {});
    }
  } catch (err) {
    internal(err, `stage ${stage}`);
  }

  // 6. Waivers; findings computed around an unresolved reference are withheld (the run errors anyway).
  options.onProgress?.({ stage: 'verdict', done: 0, total: 1 });
  let applied: { active: Finding[]; waived: Finding[] };
  const unjudged = [...sink.findings];
  try {
    applied = applyWaivers(sink, network, timeline, verifier, rules, effective, options.asOf);
  } catch (err) {
    // Fail closed: when waivers cannot be judged, none of them covers anything.
    sink.findings.length = 0;
    internal(err, 'stage waivers');
    applied = { active: [...unjudged, ...sink.findings], waived: [] };
  }
  const { kept, withheld } = withholdUnresolved(applied.active, network, INPUT_RULE_IDS);
  const focus = options.focusChange;
  const inFocus = (f: Finding) => focus === undefined || INPUT_RULE_IDS.has(f.ruleId) || concernsChange(f, focus);
  const active = focus === undefined ? kept : kept.filter(inFocus);
  const waived = focus === undefined ? applied.waived : applied.waived.filter(inFocus);
  active.sort(compareFindings);
  waived.sort(compareFindings);

  const steps = network ? network.changes.reduce((n, c) => n + c.steps.length, 0) : 0;
  const counts: Counts = {
    files: selected.length,
    changeRequests: network?.allChanges.length ?? 0,
    changeRequestsConsidered: network?.changes.length ?? 0,
    steps,
    intervals: timeline?.intervals.length ?? 0,
    rules: ruleRuns.filter((r) => r.evaluated).length,
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    notices: active.filter((f) => f.severity === 'notice').length,
    waived: waived.length,
  };
  const verdict: VerdictStatus = active.some((f) => INPUT_RULE_IDS.has(f.ruleId)) || counts.rules === 0
    ? 'error'
    : counts.errors > 0
      ? 'fail'
      : counts.warnings > 0
        ? 'warn'
        : 'pass';
  const considered = new Set(network?.changes.map((c) => c.id));
  const ownByChange = ownFindingsByChange(active);
  return {
    verdict,
    asOf: options.asOf,
    findings: active,
    waived,
    counts,
    rules: ruleRuns,
    settings: effective,
    changes: (network?.allChanges ?? []).map((c) => ({
      id: c.id,
      title: c.title,
      file: c.file,
      state: c.state,
      declaredRisk: c.declaredRisk,
      revision: c.revision,
      considered: considered.has(c.id),
      steps: c.steps.length,
      ...progressOfChange(c, network, options.asOf),
      status: changeStatus(ownByChange.get(c.id), considered.has(c.id), verdict),
    })),
    withheld,
    files: selected,
    customRules: rules.slice(pack.length),
    ...(verifier ? { approvals: verifier.counts() } : {}),
    ...(network ? { network } : {}),
    ...(timeline ? { timeline } : {}),
    documents,
    ...(focus !== undefined ? { focusChange: focus } : {}),
  };
}

function progressOfChange(change: ChangeRequest, network: Network | undefined, asOf: number | undefined): { progress?: string } {
  if (!network || !change.record) return {};
  const text = progressText(change, asOf, (ms) => formatInstant(ms, network.policy.timeZone));
  return text === undefined ? {} : { progress: text };
}

/** Validated options of a rule of the pack, whatever its severity; undefined when the pack lacks it. */
function optionsOf(effective: readonly EffectiveRule[], ruleId: string): Record<string, unknown> | undefined {
  return effective.find((e) => e.rule.id === ruleId)?.options;
}

const INVENTORY_REFERENCE_KINDS = new Set(['site', 'call server', 'trunk', 'switch', 'PSAP', 'redundancy group']);

/** The kind an unreadable file was meant to be: its declared kind, else its folder's. */
function guessKind(file: string, doc: YamlDocument | undefined): string | undefined {
  const declared = (doc?.value as { kind?: unknown } | undefined)?.kind;
  if (typeof declared === 'string') return declared;
  return folderKindOf(file);
}

function isChangeOrWaiverFile(file: string, valid: ValidDocument[]): boolean {
  const doc = valid.find((d) => d.file === file);
  if (doc) return doc.kind === 'ChangeRequest' || doc.kind === 'Waiver' || doc.kind === 'ExecutionRecord';
  // An invalid file counts as a change, waiver or record when it sits where those live.
  return /(^|\/)(changes|waivers|records)\//.test(file);
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

function makeContext(
  rule: AnyRule,
  severity: Severity,
  options: Record<string, unknown>,
  network: Network,
  timeline: Timeline,
  asOf: number | undefined,
  sink: FindingSink,
  approvals: ApprovalVerifier,
  effective: readonly EffectiveRule[],
  wants: (changeId: string) => boolean,
): RuleContext<Record<string, unknown>> {
  // Straight to the sink, without copying the input: rules report thousands of findings.
  const emit = (input: Pick<ReportInput, 'messageId' | 'data' | 'atKey' | 'maxSeverity'>, at: SourceRef, changeId: string | undefined, stepId: string | undefined) => {
    const template = rule.messages[input.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id "${input.messageId}"`);
    const capped = input.maxSeverity !== undefined && SEVERITY_RANK[input.maxSeverity] < SEVERITY_RANK[severity] ? input.maxSeverity : severity;
    sink.addFromTemplate(rule.id, capped, input.messageId, template, at, input.data, input.atKey ?? false, changeId, stepId);
  };
  return {
    network,
    timeline,
    options,
    asOf,
    approvals,
    wants,
    optionsOf: (ruleId: string) => optionsOf(effective, ruleId),
    formatInstant: (ms: number) => formatInstant(ms, network.policy.timeZone),
    report: (input: ReportInput) => emit(input, input.at, input.changeId, input.stepId),
    reportStep: (step: Step, input) => emit(input, input.at ?? step.at, step.changeId, step.id),
  };
}

function applyWaivers(
  sink: FindingSink,
  network: Network | undefined,
  timeline: Timeline | undefined,
  verifier: ApprovalVerifier | undefined,
  rules: readonly AnyRule[],
  effective: readonly EffectiveRule[],
  asOf: number | undefined,
): { active: Finding[]; waived: Finding[] } {
  const active: Finding[] = [];
  const waived: Finding[] = [];
  const waivers = network?.waivers ?? [];
  const byRule = new Map(rules.map((r) => [r.id, r]));
  const used = new Set<string>();
  const findings = [...sink.findings];
  sink.findings.length = 0;
  const usable = waivers.filter((w) => {
    const rule = byRule.get(w.rule);
    if (!rule) {
      sink.add('gate-config', 'error', 'waiverUnknownRule', `waiver ${w.id} names rule "${w.rule}", which does not exist`, { file: w.at.file, pointer: '/rule' }, { waiver: w.id, rule: w.rule });
      return false;
    }
    if (!rule.waivable || INPUT_RULE_IDS.has(rule.id)) {
      sink.add('gate-config', 'error', 'waiverNotAllowed', `waiver ${w.id} targets ${w.rule}, whose findings cannot be waived`, { file: w.at.file, pointer: '/rule' }, { waiver: w.id, rule: w.rule });
      return false;
    }
    if (asOf !== undefined && w.expires <= asOf) {
      sink.add('waiver-validity', 'warning', 'expired', `waiver ${w.id} expired on ${formatInstant(w.expires, network?.policy.timeZone ?? 'UTC')}; it no longer covers ${w.rule} findings of ${w.change}`, { file: w.at.file, pointer: '/expires' }, { waiver: w.id, rule: w.rule, change: w.change });
      return false;
    }
    if (rule.waiverScope && w.element === undefined) {
      const field = rule.waiverScope.field;
      const named = [...new Set(findings.filter((f) => f.ruleId === w.rule && f.changeId === w.change && f.data[field] !== undefined).map((f) => String(f.data[field])))].sort();
      sink.add(
        'waiver-validity',
        'error',
        'scopeMissing',
        `waiver ${w.id} does not name the element it covers: each ${w.rule} finding is about ${rule.waiverScope.description}, and a waiver covers exactly one. Add element: <one of ${named.length > 0 ? named.join(', ') : 'the values its findings name'}>, one waiver per element.`,
        { file: w.at.file, pointer: '/rule' },
        { waiver: w.id, rule: w.rule, change: w.change, field, named },
        { changeId: w.change },
      );
      return false;
    }
    return true;
  });
  const judge = network && verifier ? new WaiverJudge(network, timeline, verifier, sink, riskSettings(optionsOf(effective, 'risk-classification'))) : undefined;
  for (const finding of findings) {
    const waiver = INPUT_RULE_IDS.has(finding.ruleId)
      ? undefined
      : usable.find((w) => w.rule === finding.ruleId && w.change === finding.changeId && (w.step === undefined || w.step === finding.stepId) && inScope(w, finding, byRule.get(w.rule)));
    if (!waiver) {
      active.push(finding);
      continue;
    }
    used.add(waiver.id);
    const rule = byRule.get(finding.ruleId) as AnyRule;
    if (unwaivableMessageIds(rule).includes(finding.messageId)) {
      judge?.refuseUnwaivable(waiver, finding);
      active.push(finding);
    } else if (judge?.approves(waiver, finding)) waived.push({ ...finding, waivedBy: waiver.id });
    else active.push(finding);
  }
  for (const w of usable) {
    if (!used.has(w.id)) {
      sink.add('waiver-validity', 'warning', 'unmatched', `waiver ${w.id} matches no finding of ${w.rule} on ${w.change}${w.step ? ` step ${w.step}` : ''}${w.element !== undefined ? ` about ${w.element}` : ''}; remove it or correct it`, { file: w.at.file, pointer: '/rule' }, { waiver: w.id, rule: w.rule, change: w.change });
    }
  }
  active.push(...sink.findings);
  return { active, waived };
}

/** A waiver of a rule with a waiver scope covers only the findings about the element it names. */
function inScope(waiver: Waiver, finding: Finding, rule: AnyRule | undefined): boolean {
  const scope = rule?.waiverScope;
  return scope === undefined || String(finding.data[scope.field]) === waiver.element;
}

const RISK_ORDER: readonly RiskClass[] = ['low', 'medium', 'high', 'critical'];

/**
 * Decides whether a waiver's approvals are enough for one finding, and reports (once per waiver and
 * requirement) why not: the owner and the waiver's authors never count, nor do people outside the
 * policy's approvers, nor approvers without the required role, nor approvals the source cannot prove.
 */
class WaiverJudge {
  private readonly reported = new Set<string>();
  private readonly riskOf = new Map<string, RiskClass>();

  constructor(
    private readonly network: Network,
    private readonly timeline: Timeline | undefined,
    private readonly verifier: ApprovalVerifier,
    private readonly sink: FindingSink,
    private readonly riskOptions: RiskOptions,
  ) {}

  refuseUnwaivable(waiver: Waiver, finding: Finding): void {
    const key = `${waiver.id}|unwaivable|${finding.messageId}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.sink.add(
      'waiver-validity',
      'error',
      'unwaivable',
      `waiver ${waiver.id} cannot cover ${finding.ruleId} findings "${finding.messageId}" on ${waiver.change}: no waiver may allow this, whoever approves it (see docs/rules/${finding.ruleId}.md). The finding stays blocking; change the plan instead.`,
      { file: waiver.at.file, pointer: '/rule' },
      { waiver: waiver.id, rule: waiver.rule, change: waiver.change, messageId: finding.messageId },
      { changeId: waiver.change },
    );
  }

  approves(waiver: Waiver, finding: Finding): boolean {
    const change = this.network.allChanges.find((c) => c.id === waiver.change);
    const risk = change ? this.changeRisk(change.id) : 'critical';
    const matching = this.network.policy.waiverApprovals.filter(
      (r) => (r.severity === undefined || r.severity === finding.severity) && (r.minRisk === undefined || RISK_ORDER.indexOf(risk) >= RISK_ORDER.indexOf(r.minRisk)) && (r.severity !== undefined || r.minRisk !== undefined),
    );
    // A policy whose requirements match nothing still needs one independent, verified approver.
    const required = Math.max(1, ...matching.map((r) => r.approvers));
    const roles = [...new Set(matching.map((r) => r.role))].sort();
    const owner = change?.owner;
    const authors = new Set([...(waiver.requestedBy !== undefined ? [waiver.requestedBy] : []), ...this.verifier.authorsOf(waiver.at.file, waiver.approvedByPointers)]);
    const counted: string[] = [];
    const refused: string[] = [];
    waiver.approvedBy.forEach((person, i) => {
      const approver = this.network.policy.approvers.get(person);
      const verification = this.verifier.verify({ file: waiver.at.file, pointer: waiver.approvedByPointers[i] as string }, person);
      if (person === owner) refused.push(`${person} owns ${waiver.change}`);
      else if (authors.has(person)) refused.push(`${person} wrote the waiver`);
      else if (!approver) refused.push(`${person} is not an approver in the policy`);
      else if (verification.status === 'unverified') refused.push(`${person}'s approval is not verified: ${verification.detail}`);
      else {
        const missing = roles.filter((role) => !verification.roles.includes(role));
        if (missing.length > 0) refused.push(`${person} does not hold ${missing.join(', ')}`);
        else counted.push(person);
      }
    });
    if (counted.length >= required) return true;
    const key = `${waiver.id}|${required}|${roles.join(',')}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      const holders = [...this.network.policy.approvers.values()]
        .filter((a) => a.id !== owner && !authors.has(a.id) && roles.every((role) => a.roles.includes(role)))
        .map((a) => a.id)
        .sort();
      const roleText = roles.length > 0 ? ` holding ${roles.join(' and ')}` : '';
      this.sink.add(
        'waiver-validity',
        'error',
        'notApproved',
        `waiver ${waiver.id} does not count: ${finding.severity === 'error' ? 'an' : 'a'} ${finding.severity} of ${finding.ruleId} on ${waiver.change} (${risk} risk) needs ${required} distinct approver(s)${roleText}, other than the owner and the waiver's authors, each proven by ${this.verifier.expectedProof}; it has ${counted.length}${counted.length > 0 ? ` (${counted.join(', ')})` : ''}.${refused.length > 0 ? ` Not counted: ${refused.join('; ')}.` : ''} The finding stays blocking. Ask ${holders.length > 0 ? holders.join(', ') : `an approver${roleText} (the policy has none besides the owner and authors)`} to approve it.`,
        { file: waiver.at.file, pointer: '/approvedBy' },
        { waiver: waiver.id, rule: waiver.rule, change: waiver.change, severity: finding.severity, risk, required, roles, counted, refused, askFrom: holders },
        { changeId: waiver.change },
      );
    }
    return false;
  }

  private changeRisk(changeId: string): RiskClass {
    const known = this.riskOf.get(changeId);
    if (known) return known;
    const change = this.network.allChanges.find((c) => c.id === changeId);
    let risk: RiskClass = change?.declaredRisk ?? 'critical';
    if (change && this.timeline && this.network.changes.includes(change)) {
      risk = higherRisk(change.declaredRisk, deriveRisk(this.network, this.timeline, change, this.riskOptions).class);
    }
    this.riskOf.set(changeId, risk);
    return risk;
  }
}
