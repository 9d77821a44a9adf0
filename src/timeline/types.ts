import type { DayType, Step } from '../model/types.ts';
import type { ExecutionStatus, StepExecution } from './execution.ts';

/** Forecast traffic for an interval: the busiest local hour it overlaps. */
export interface IntervalForecast {
  totalSessions: number;
  totalCps: number;
  emergencySessions: number;
  emergencyCps: number;
  /** Local start of the busiest hour, e.g. "2026-12-09T16:00". */
  busiestHour: string;
  dayType: DayType;
}

/** What a step puts at risk, resolved from its targets. */
export interface StepExposure {
  step: Step;
  /** What the execution record says about the step as of the evaluation (status planned without one). */
  execution: StepExecution;
  /** When the step runs on the timeline: its actual times once started, its planned window before. */
  start: number;
  end: number;
  servers: string[];
  trunks: string[];
  /** Change signature (see canary-and-soak), e.g. "software-upgrade:7.5.0" or "reconnection:RECONNECT-SEQ-V3". */
  signature?: string;
  /**
   * End of the exposure: the step's end (after a rollback, plus the recovery of dependent traffic; after
   * a failure or abort, the end of the plan, since the targets are in an unknown state), or, for a step
   * that runs a change not yet proven on its redundancy group, the end of its soak.
   */
  exposureEnd: number;
  /** True when the step runs a change that had not soaked on the group when the step started. */
  unproven: boolean;
}

export interface Interval {
  index: number;
  start: number;
  end: number;
  /** Steps whose window overlaps the interval (any change request), in stable order. */
  activeSteps: Step[];
  /** Steps exposing elements in the interval: active steps plus unproven steps still soaking. */
  exposures: StepExposure[];
  /** Sorted ids of call servers at risk. */
  atRiskServers: string[];
  /** Sorted ids of trunks at risk (sorted on first use). */
  readonly atRiskTrunks: string[];
  /** The trunks at risk as a set, for asking whether one is. */
  readonly atRiskTrunkSet: ReadonlySet<string>;
  /** Fraction (0..1) of capacity lost per server at risk (the largest loss among steps on it). */
  serverLoss: Map<string, number>;
  /** Sorted ids of servers running an unproven change in this interval. */
  unprovenServers: string[];
  forecast: IntervalForecast;
}

/** One change signature's rollout over one redundancy group. */
export interface SignatureRollout {
  group: string;
  signature: string;
  /** Steps carrying the signature to members of the group, by start. */
  steps: StepExposure[];
  /** The first step (the canary wave). */
  canary: StepExposure;
  /**
   * When the signature counts as proven on the group: the later of canary end + soak and the end of the
   * first whole daily peak hour after the canary ended; undefined if no peak is found.
   */
  provenAt: number | undefined;
  /** Canary end + soak hours, whether or not a peak was crossed. */
  soakEnd: number;
  soakSpansPeak: boolean;
  /** Set when the canary's record shows it ended without success: the signature is never proven by it. */
  canaryOutcome?: { status: ExecutionStatus; unansweredCalls: string[] };
}

export interface Timeline {
  /** Network time zone (IANA). */
  timeZone: string;
  intervals: Interval[];
  /** Exposure of every step of the considered change requests, keyed by `${changeId}#${stepId}`. */
  exposures: Map<string, StepExposure>;
  rollouts: SignatureRollout[];
  /** Soak hours used to compute exposure (from canary-and-soak's options). */
  soakHours: number;
  /** The options the timeline was built with (a timeline of one change reuses them). */
  options: TimelineOptions;
  /** Signatures proven by the record, by `${group}|${platform}|${signature}` (see proofKey). */
  proofs: Map<string, Proof>;
}

export interface TimelineOptions {
  /** Hours a new change must soak on its canary before it counts as proven. */
  soakHours: number;
  /** The evaluation instant: the record is read as of it, and a proof's soak must have elapsed by it. */
  asOf?: number;
  /** Sets of redundancy groups the policy says share platform and software: a proof on one holds on all. */
  groupsSharingProof?: readonly (readonly string[])[];
  /** Signatures the software catalog qualifies with the approvals the policy requires (key as in `proofs`). */
  qualified?: ReadonlyMap<string, Proof>;
}

/** Evidence that a change signature is proven on a platform of a redundancy group. */
export interface Proof {
  group: string;
  platform: string;
  signature: string;
  /** "record": a completed canary of a done change; "qualification": an approved catalog entry. */
  source: 'record' | 'qualification';
  /** `${changeId}#${stepId}` of the canary, or the catalog entry's file and pointer. */
  evidence: string;
}

export function proofKey(group: string, platform: string, signature: string): string {
  return `${group}|${platform}|${signature}`;
}

export function stepKey(step: { changeId: string; id: string; key?: string }): string {
  // Model steps carry their key: a key built per lookup would be a new string to hash every time.
  return step.key ?? `${step.changeId}#${step.id}`;
}
