// Settings of the shared domain computations, with their defaults in one place. The engine validates a
// rule's options against its schema before anything sees them; these readers take those validated
// options (or none: the defaults), check them once more and throw on anything out of range, so a caller
// that bypasses the engine fails closed instead of computing with a wrong number.
import type { Network } from '../model/types.ts';
import { approvedQualifications } from '../timeline/qualifications.ts';
import type { TimelineOptions } from '../timeline/types.ts';
import { RISK_DEFAULTS } from './risk.ts';
import type { RiskOptions } from './risk.ts';

export class InvalidSettingError extends Error {
  override name = 'InvalidSettingError';
}

type RawOptions = Readonly<Record<string, unknown>> | undefined;

function numberIn(options: RawOptions, key: string, fallback: number, min: number, max: number, integer = false): number {
  const value = options?.[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new InvalidSettingError(`setting ${key} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** How long an unproven change stays at risk and what proves it: canary-and-soak's options. */
export interface SoakSettings {
  soakHours: number;
  groupsSharingProof: string[][];
  qualifyingRole: string;
  qualificationApprovals: number;
}

export const SOAK_DEFAULTS: Readonly<SoakSettings> = { soakHours: 24, groupsSharingProof: [], qualifyingRole: 'cab', qualificationApprovals: 2 };

export function soakSettings(options: RawOptions): SoakSettings {
  const groups = options?.groupsSharingProof ?? SOAK_DEFAULTS.groupsSharingProof;
  if (!Array.isArray(groups) || !groups.every((set) => Array.isArray(set) && set.every((g) => typeof g === 'string'))) {
    throw new InvalidSettingError(`setting groupsSharingProof must be a list of lists of redundancy group ids, got ${JSON.stringify(groups)}`);
  }
  const role = options?.qualifyingRole ?? SOAK_DEFAULTS.qualifyingRole;
  if (typeof role !== 'string' || role === '') throw new InvalidSettingError(`setting qualifyingRole must be a role name, got ${JSON.stringify(role)}`);
  return {
    soakHours: numberIn(options, 'soakHours', SOAK_DEFAULTS.soakHours, 0, 720),
    groupsSharingProof: groups as string[][],
    qualifyingRole: role,
    qualificationApprovals: numberIn(options, 'qualificationApprovals', SOAK_DEFAULTS.qualificationApprovals, 1, 20, true),
  };
}

/** The timeline's settings: soak and proof sharing, the catalog qualifications that count as proof. */
export function timelineOptionsFor(network: Network, soak: SoakSettings, asOf: number | undefined): TimelineOptions {
  return {
    soakHours: soak.soakHours,
    groupsSharingProof: soak.groupsSharingProof,
    qualified: approvedQualifications(network, soak),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

/** Safety margin over forecast traffic that the capacity left after N-1 must cover: surviving-capacity's options. */
export interface CapacitySettings {
  headroom: number;
}

export const CAPACITY_DEFAULTS: Readonly<CapacitySettings> = { headroom: 0.2 };

export function capacitySettings(options: RawOptions): CapacitySettings {
  return { headroom: numberIn(options, 'headroom', CAPACITY_DEFAULTS.headroom, 0, 10) };
}

/** Thresholds of the risk derivation: risk-classification's options. */
export function riskSettings(options: RawOptions): RiskOptions {
  return {
    broadChangeSites: numberIn(options, 'broadChangeSites', RISK_DEFAULTS.broadChangeSites, 1, Number.MAX_SAFE_INTEGER, true),
    commonModeStepSites: numberIn(options, 'commonModeStepSites', RISK_DEFAULTS.commonModeStepSites, 2, Number.MAX_SAFE_INTEGER, true),
    minCapacityMargin: numberIn(options, 'minCapacityMargin', RISK_DEFAULTS.minCapacityMargin, 0, 10),
  };
}
