// The contract between the engine and one rule. Each rule lives in its own file under rules/,
// with its metadata beside its check (see docs/rules/ for the generated pages).
import type { ApprovalVerifier } from '../approvals/verify.ts';
import type { Network, Severity, SourceRef, Step } from '../model/types.ts';
import type { StepExposure, Timeline } from '../timeline/types.ts';
import type { FindingData } from '../core/finding.ts';

/** A JSON Schema (draft 2020-12) for a rule's options; every property carries a `description`. */
export type OptionsSchema = {
  type: 'object';
  properties: Record<string, Record<string, unknown> & { description: string }>;
  additionalProperties: false;
  required?: string[];
};

/**
 * Categories: `input` rules judge whether the repository could be read at all (their findings make the
 * verdict `error` and cannot be waived); `invariant` rules judge the plan over time; `process` rules judge
 * how the change is run.
 */
export type RuleCategory = 'input' | 'invariant' | 'process';

export interface ReportInput {
  messageId: string;
  data: FindingData;
  /** Where the finding points. */
  at: SourceRef;
  /** Point at the key of the mapping entry rather than its value (e.g. an unknown key). */
  atKey?: boolean;
  changeId?: string;
  stepId?: string;
  /** Report at most this severity (a rule set to error may still say some things only as a warning). */
  maxSeverity?: Severity;
}

export interface RuleContext<Options> {
  readonly network: Network;
  readonly timeline: Timeline;
  readonly options: Options;
  /** The instant the evaluation is "as of" (from --as-of or the caller), epoch ms; undefined when unknown. */
  readonly asOf: number | undefined;
  /** Verifies approval entries against the policy's approval source (signed commits, reviews, declared). */
  readonly approvals: ApprovalVerifier;
  /**
   * Whether the caller reads the findings concerning this change request (its own, and those naming it
   * in their `changeIds`). True for every change request in a whole evaluation; an evaluation focused on
   * one change request (the run-time guard's) reads only that one's, so a rule may skip work whose
   * findings could concern no wanted change request. Skipping is never required, and it must never
   * change a finding that concerns a wanted change request (a test compares focused and whole
   * evaluations on every change of the fixtures).
   */
  wants(changeId: string): boolean;
  /**
   * Validated options (defaults filled in) of another rule of the pack, whatever its severity, or
   * undefined when the pack has no such rule: rules that share a setting read it from its owner.
   */
  optionsOf(ruleId: string): Readonly<Record<string, unknown>> | undefined;
  /** Formats an instant in the network's time zone, e.g. "2026-12-09 16:30 (+01:00)". */
  formatInstant(ms: number): string;
  /** Shorthand for findings about a step: fills changeId/stepId. */
  reportStep(step: Step, input: Omit<ReportInput, 'changeId' | 'stepId' | 'at'> & { at?: SourceRef }): void;
  report(input: ReportInput): void;
}

export interface RuleDefinition<Options extends object = Record<string, never>, MessageId extends string = string> {
  /** kebab-case id, equal to the file name. */
  id: string;
  title: string;
  /** One line: what the rule checks, shown by `changegate rules`. */
  summary: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Why the rule exists (Markdown), citing the incident where it applies. */
  rationale: string;
  optionsSchema: OptionsSchema;
  defaultOptions: Options;
  /** Message templates with `{{placeholders}}` filled from the finding's data. */
  messages: Record<MessageId, string>;
  /** Whether waivers may cover this rule's findings. */
  waivable: boolean;
  /** For a custom rule of the repository (rules/*.yaml): its file, repository-relative. */
  source?: string;
  /** For a custom rule of the repository: what it ranges over (change, step or interval). */
  scope?: string;
  /** false: the policy may change the severity but not switch the rule off. */
  mayBeOff?: boolean;
  /** Options the rule no longer has, with what to do instead: a policy still setting one gets this text. */
  retiredOptions?: Record<string, string>;
  /**
   * Message ids whose findings no waiver may cover, whatever its approvals: the engine refuses a waiver
   * that targets them and keeps the finding blocking. A rule that is not waivable has all its ids here
   * implicitly (see unwaivableMessageIds).
   */
  unwaivable?: readonly MessageId[];
  /**
   * The finding data field naming the element (or window) each finding is about, e.g. `group` or
   * `number`: a waiver of this rule must name one (`element`) and covers only the findings about it.
   */
  waiverScope?: { field: string; description: string };
  /**
   * Judges the plan and reports findings. Absent only for the rules whose findings the engine's own
   * stages produce (loading, schema validation, references, configuration, waivers, internal errors).
   */
  check?: (context: RuleContext<Options>) => void;
}

/** Identity helper that keeps the literal message ids typed. */
export function defineRule<Options extends object, MessageId extends string>(
  rule: RuleDefinition<Options, MessageId>,
): RuleDefinition<Options, MessageId> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any, string>;

export const EMPTY_OPTIONS_SCHEMA: OptionsSchema = { type: 'object', properties: {}, additionalProperties: false };

/** The message ids of a rule that no waiver may cover. */
export function unwaivableMessageIds(rule: AnyRule): string[] {
  if (!rule.waivable) return Object.keys(rule.messages);
  return [...(rule.unwaivable ?? [])];
}

/**
 * Whether an interval with these exposures can matter to the caller: some step exposed in it belongs to
 * a wanted change request (RuleContext.wants). Always true in a whole evaluation. For rules whose runs
 * belong to one change request and end in any interval where it is not exposed.
 */
export function wantsSomeExposure(context: Pick<RuleContext<unknown>, 'wants'>, exposures: readonly StepExposure[]): boolean {
  if (exposures.length === 0) return true;
  for (const e of exposures) if (context.wants(e.step.changeId)) return true;
  return false;
}

/** The change requests of the plan a focused evaluation wants, or undefined in a whole evaluation (all of them). */
export function wantedChanges(context: Pick<RuleContext<unknown>, 'wants' | 'network'>): Set<string> | undefined {
  const { changes } = context.network;
  if (changes.every((c) => context.wants(c.id))) return undefined;
  return new Set(changes.filter((c) => context.wants(c.id)).map((c) => c.id));
}
