// How a revised change request is written into the original file's text, whatever renders the values:
// each top-level key the planner owns is replaced (or removed, or inserted before `steps`), and every
// other byte of the file is kept. The renderers (document.ts with the `yaml` package, plain-document.ts
// without it) only locate the keys and render `key: value`; the edits and the reuse are the same code.
import type { JsonObject } from './intent.ts';

export type Json = JsonObject[string];

export interface Revision {
  state: string;
  declaredRisk: string;
  /** Replaces the approvals; undefined removes the key. */
  approvals?: JsonObject[];
  notify: JsonObject[];
  escalation?: JsonObject;
  steps: JsonObject[];
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

/** Writes revisions of one original text (see DocumentReviser): the planner is given one per change request. */
export type ReviserOf = (original: string) => DocumentReviser;

/** A top-level key of the original: offsets of its key and value as the `yaml` package reports them. */
export interface TopLevelPair {
  key: string;
  /** [start, end of the key, end of the node]. */
  keyRange: [number, number, number];
  /** [start, end of the value, end of the node with what trails it]; undefined for a key without a value. */
  valueRange: [number, number, number] | undefined;
}

/** `key: value` as block YAML, ending with a line break. */
export type RenderPair = (key: string, value: Json) => string;

/** A reviser of `original`, whose top-level keys are `pairs` (`stepsStart`: where missing keys go). */
export function reviserOf(original: string, pairs: readonly TopLevelPair[], stepsStart: number, renderPair: RenderPair): DocumentReviser {
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

function revise(original: string, pairs: readonly TopLevelPair[], stepsStart: number, revision: Revision, render: RenderPair): string {
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
