import type { DayType, Step } from '../model/types.ts';

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
  servers: string[];
  trunks: string[];
  /** Change signature (see canary-and-soak), e.g. "software-upgrade:7.5.0" or "reconnection:RECONNECT-SEQ-V3". */
  signature?: string;
  /**
   * End of the exposure: the step's end, or, for a step that runs a change not yet proven on its
   * redundancy group, the end of its soak.
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
}

export function stepKey(step: { changeId: string; id: string; key?: string }): string {
  // Model steps carry their key: a key built per lookup would be a new string to hash every time.
  return step.key ?? `${step.changeId}#${step.id}`;
}
