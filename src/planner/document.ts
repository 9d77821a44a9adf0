// Writes a revised change request into the original file's text. The `yaml` package's Document API
// locates each top-level key the planner owns and renders its new value; every other byte of the file
// (comments, key order, quoting, folded text, fields the planner does not own) is kept exactly as it
// was. Only writing uses it: changegate reads the result with its own loader, like any other file.
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { JsonObject } from './intent.ts';

type Json = JsonObject[string];

export interface Revision {
  state: string;
  declaredRisk: string;
  /** Replaces the approvals; undefined removes the key. */
  approvals?: JsonObject[];
  notify: JsonObject[];
  escalation?: JsonObject;
  steps: JsonObject[];
}

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

export function reviseDocument(original: string, revision: Revision): string {
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) throw new Error('the change request is not a mapping');
  const wanted: [string, Json | undefined][] = [
    ['declaredRisk', revision.declaredRisk],
    ['state', revision.state],
    ['approvals', revision.approvals],
    ['notify', revision.notify.length > 0 ? revision.notify : undefined],
    ['escalation', revision.escalation],
    ['steps', revision.steps],
  ];
  // Edits from the end of the file backwards, so earlier offsets stay valid.
  const edits: { start: number; end: number; text: string }[] = [];
  let stepsStart = original.length;
  const present = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = (pair.key as { value?: unknown } | null)?.value;
    const keyRange = (pair.key as Node | null)?.range;
    const valueRange = (pair.value as Node | null)?.range;
    if (typeof key !== 'string' || !keyRange) continue;
    if (key === 'steps') stepsStart = keyRange[0];
    const entry = wanted.find(([k]) => k === key);
    if (!entry) continue;
    present.add(key);
    const [, value] = entry;
    const end = valueRange ? valueRange[1] : keyRange[1];
    if (value === undefined) {
      if (key === 'notify' || key === 'escalation') continue;
      edits.push({ start: keyRange[0], end: valueRange ? valueRange[2] : keyRange[2], text: '' });
      continue;
    }
    const rendered = renderPair(key, value);
    edits.push({ start: keyRange[0], end, text: original.slice(keyRange[0], end).endsWith('\n') ? rendered : rendered.replace(/\n$/, '') });
  }
  const inserted = wanted.filter(([k, v]) => v !== undefined && !present.has(k)).map(([k, v]) => renderPair(k, v as Json));
  if (inserted.length > 0) edits.push({ start: stepsStart, end: stepsStart, text: inserted.join('\n') + '\n' });
  edits.sort((a, b) => b.start - a.start);
  let text = original;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text.endsWith('\n') ? text : text + '\n';
}
