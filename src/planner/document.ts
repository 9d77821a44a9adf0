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

/** The revised text, every value rendered afresh: what a plan writes. */
export function reviseDocument(original: string, revision: Revision): string {
  return documentReviser(original).revise(revision);
}

export interface DocumentReviser {
  /** The revised text, every value rendered afresh. */
  revise(revision: Revision): string;
  /**
   * The same text, byte for byte, with the values and steps rendered by earlier revisions reused: the
   * search writes hundreds of revisions that differ only in their last batch's steps.
   */
  reviseReusing(revision: Revision): string;
}

interface TopLevelPair {
  key: string;
  keyRange: [number, number, number];
  valueRange: [number, number, number] | undefined;
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
  const rendered = new Map<string, string>();
  const renderedStep = new Map<string, string>();
  const reusing = (key: string, value: Json): string => {
    if (key === 'steps' && Array.isArray(value) && value.length > 0) {
      // A block sequence is its items one after the other, each rendered the same on its own.
      let text = 'steps:\n';
      for (const step of value) {
        const id = jsonKey(step);
        let item = id === undefined ? undefined : renderedStep.get(id);
        if (item === undefined) {
          item = renderPair('steps', [step]).slice('steps:\n'.length);
          if (id !== undefined) renderedStep.set(id, item);
        }
        text += item;
      }
      return text;
    }
    const id = jsonKey(value);
    if (id === undefined) return renderPair(key, value);
    const memoKey = `${key}\n${id}`;
    let text = rendered.get(memoKey);
    if (text === undefined) {
      text = renderPair(key, value);
      rendered.set(memoKey, text);
    }
    return text;
  };
  return {
    revise: (revision) => revise(original, pairs, stepsStart, revision, renderPair),
    reviseReusing: (revision) => revise(original, pairs, stepsStart, revision, reusing),
  };
}

/**
 * JSON text that tells two values apart exactly when YAML would render them differently, or undefined
 * for a value JSON cannot spell faithfully (-0, NaN, infinities, anything but plain data).
 */
function jsonKey(value: unknown): string | undefined {
  return faithfulJson(value) ? JSON.stringify(value) : undefined;
}

function faithfulJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(faithfulJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v !== undefined && faithfulJson(v));
}

function revise(original: string, pairs: readonly TopLevelPair[], stepsStart: number, revision: Revision, render: (key: string, value: Json) => string): string {
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
  const present = new Set<string>();
  for (const { key, keyRange, valueRange } of pairs) {
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
    const rendered = render(key, value);
    edits.push({ start: keyRange[0], end, text: original.slice(keyRange[0], end).endsWith('\n') ? rendered : rendered.replace(/\n$/, '') });
  }
  const inserted = wanted.filter(([k, v]) => v !== undefined && !present.has(k)).map(([k, v]) => render(k, v as Json));
  if (inserted.length > 0) edits.push({ start: stepsStart, end: stepsStart, text: inserted.join('\n') + '\n' });
  edits.sort((a, b) => b.start - a.start);
  let text = original;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text.endsWith('\n') ? text : text + '\n';
}
