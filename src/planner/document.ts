// Writes a revised change request into the original file's text with the `yaml` package's Document API,
// which locates each top-level key the planner owns and renders its new value; every other byte of the
// file (comments, key order, quoting, folded text, fields the planner does not own) is kept exactly as
// it was (the edits themselves: revision.ts). Only writing uses it: changegate reads the result with its
// own loader, like any other file.
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { reviserOf } from './revision.ts';
import type { DocumentReviser, Json, Revision, TopLevelPair } from './revision.ts';

export type { DocumentReviser, Revision } from './revision.ts';

/** `key: value` as block YAML, with short lists and test calls written on one line, as people write them. */
function renderPair(key: string, value: Json): string {
  const doc = new Document({ [key]: value }, { aliasDuplicateObjects: false });
  const node = doc.get(key, true) as Node | undefined;
  if (isSeq(node)) {
    for (const item of node.items) {
      if (!isMap(item)) continue;
      const calls = item.getIn(['verification', 'testCalls'], true);
      if (isSeq(calls)) for (const call of calls.items) if (isMap(call)) call.flow = true;
      const targets = item.get('targets', true);
      if (isMap(targets)) for (const pair of targets.items) if (isSeq(pair.value)) pair.value.flow = true;
      const depends = item.get('dependsOn', true);
      if (isSeq(depends)) depends.flow = true;
      const psaps = item.get('psaps', true);
      if (isSeq(psaps)) psaps.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** The revised text, every value rendered afresh: what a plan writes. */
export function reviseDocument(original: string, revision: Revision): string {
  return documentReviser(original).revise(revision);
}

/** Revisions of one original text, which is parsed once. */
export function documentReviser(original: string): DocumentReviser {
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) throw new Error('the change request is not a mapping');
  const pairs: TopLevelPair[] = [];
  let stepsStart = original.length;
  for (const pair of doc.contents.items) {
    const key = (pair.key as { value?: unknown } | null)?.value;
    const keyRange = (pair.key as Node | null)?.range;
    if (typeof key !== 'string' || !keyRange) continue;
    if (key === 'steps') stepsStart = keyRange[0];
    pairs.push({ key, keyRange: [...keyRange], valueRange: (pair.value as Node | null)?.range ? [...((pair.value as Node).range as [number, number, number])] : undefined });
  }
  return reviserOf(original, pairs, stepsStart, renderPair);
}
