// How long a step's targets, and the traffic that depends on them, take to come back once a rollback
// starts: shared by the window and rollback rules and the timeline's reading of a rolled-back step.
import type { Step } from '../model/types.ts';

/** Rollback minutes plus the stated recovery of dependent traffic (0 without a rollback). */
export function rollbackWithRecoveryMinutes(step: Step): number {
  return (step.rollback?.minutes ?? 0) + (step.rollback?.recovery?.minutes ?? 0);
}
