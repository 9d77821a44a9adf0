// Change requests built by an earlier evaluation of a series over one repository (the planner's search
// evaluates it once per candidate schedule, and only the planned change request's file changes). A built
// change request is a function of its document, the ids the inventory defines (its references resolve
// against them) and the network's time zone (its windows are read in it); while its document is the very
// same loaded object, the inventory documents are the very same objects in the same order and the zone is
// the same, building it again gives an equal change request and the same problems, so the first build is
// reused.
import type { ModelProblem, ValidDocument } from './build.ts';
import type { ChangeRequest } from './types.ts';

interface BuiltChange {
  file: string;
  zone: string;
  /** Never handed out: each evaluation gets its own copy, since reading the execution records sets `record`. */
  change: ChangeRequest;
  problems: readonly ModelProblem[];
}

/** Give the same memo to every evaluate() of the series. */
export interface BuiltChangesMemo {
  /** The inventory documents the entries were built against. */
  inventory?: readonly ValidDocument[];
  changes: WeakMap<object, BuiltChange>;
}

export function builtChangesMemo(): BuiltChangesMemo {
  return { changes: new WeakMap() };
}

/** Forgets every entry unless the inventory documents are the very ones the entries were built against. */
export function keepIfSameInventory(memo: BuiltChangesMemo, inventory: readonly ValidDocument[]): void {
  const known = memo.inventory;
  const same = known !== undefined && known.length === inventory.length && known.every((d, i) => d.file === inventory[i]?.file && d.value === inventory[i]?.value);
  if (same) return;
  memo.inventory = inventory.map((d) => ({ file: d.file, kind: d.kind, value: d.value }));
  memo.changes = new WeakMap();
}

/** The change request of this document as the memo holds it, when built from this very document in this zone. */
export function reusedChange(memo: BuiltChangesMemo, doc: ValidDocument, zone: string): { change: ChangeRequest; problems: readonly ModelProblem[] } | undefined {
  const known = memo.changes.get(doc.value);
  if (!known || known.file !== doc.file || known.zone !== zone) return undefined;
  return { change: copyOfChange(known.change), problems: known.problems };
}

export function rememberChange(memo: BuiltChangesMemo, doc: ValidDocument, zone: string, change: ChangeRequest, problems: readonly ModelProblem[]): void {
  memo.changes.set(doc.value, { file: doc.file, zone, change: copyOfChange(change), problems });
}

/**
 * A new change request object sharing the built parts (steps, approvals, notify entries: read-only once
 * built), without an execution record. Written out, in buildChange's key order, for one hidden class.
 */
function copyOfChange(c: ChangeRequest): ChangeRequest {
  const copy: ChangeRequest = {
    id: c.id,
    title: c.title,
    owner: c.owner,
    purpose: c.purpose,
    declaredRisk: c.declaredRisk,
    state: c.state,
    capacityUpgrade: c.capacityUpgrade,
    approvals: c.approvals,
    notify: c.notify,
    steps: c.steps,
    revision: c.revision,
    record: undefined,
    file: c.file,
    at: c.at,
  };
  if (c.escalation) copy.escalation = c.escalation;
  return copy;
}
