// The one order of steps on the timeline, shared by the timeline and the rules (free of luxon so rules
// can import it cheaply).
import type { Step } from '../model/types.ts';

/**
 * By start, then change request id, then step id. The step id, not the step's position in its file,
 * breaks ties, so that reordering the steps of a file changes no finding.
 */
export function compareSteps(a: Step, b: Step): number {
  return (
    a.window.start - b.window.start ||
    (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
