// Parts of the model built by an earlier evaluation of a series over one repository (the planner's
// search evaluates it once per candidate schedule, and only the planned change request's file changes).
// The inventory is a function of its documents; a built change request, of its document, the ids the
// inventory defines (its references resolve against them) and the network's time zone (its windows are
// read in it). While those documents are the very same loaded objects (in the same order, for the
// inventory) and the zone is the same, building again gives equal parts and the same problems, so the
// first build is reused. A new inventory empties the memo.
import type { ModelProblem, ValidDocument } from './build.ts';
import type { ChangeRequest, Inventory } from './types.ts';

interface BuiltChange {
  file: string;
  zone: string;
  /** Never handed out: each evaluation gets its own copy, since reading the execution records sets `record`. */
  change: ChangeRequest;
  problems: readonly ModelProblem[];
}

/** Give the same memo to every evaluate() of the series. */
export interface BuiltModelMemo {
  /** The inventory, its problems, and the documents (file and loaded value) it was built from. */
  inventory?: { documents: readonly { file: string; value: unknown }[]; built: Inventory; problems: readonly ModelProblem[] };
  /** Change requests built against that inventory, by their loaded document. */
  changes: WeakMap<object, BuiltChange>;
}

export function builtModelMemo(): BuiltModelMemo {
  return { changes: new WeakMap() };
}

/** The memo's inventory and problems when built from these very documents; otherwise undefined, and the memo emptied. */
export function reusedInventory(memo: BuiltModelMemo, documents: readonly ValidDocument[]): { built: Inventory; problems: readonly ModelProblem[] } | undefined {
  const known = memo.inventory;
  if (known && known.documents.length === documents.length && known.documents.every((d, i) => d.file === documents[i]?.file && d.value === documents[i]?.value)) return known;
  memo.inventory = undefined;
  memo.changes = new WeakMap();
  return undefined;
}

export function rememberInventory(memo: BuiltModelMemo, documents: readonly ValidDocument[], built: Inventory, problems: readonly ModelProblem[]): void {
  memo.inventory = { documents: documents.map((d) => ({ file: d.file, value: d.value })), built, problems };
  memo.changes = new WeakMap();
}

/** The change request of this document as the memo holds it, when built from this very document in this zone. */
export function reusedChange(memo: BuiltModelMemo, doc: ValidDocument, zone: string): { change: ChangeRequest; problems: readonly ModelProblem[] } | undefined {
  const known = memo.changes.get(doc.value);
  if (!known || known.file !== doc.file || known.zone !== zone) return undefined;
  return { change: copyOfChange(known.change), problems: known.problems };
}

export function rememberChange(memo: BuiltModelMemo, doc: ValidDocument, zone: string, change: ChangeRequest, problems: readonly ModelProblem[]): void {
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
