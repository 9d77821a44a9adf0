import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/planner/revision.ts
function reviserOf(original, pairs, stepsStart, renderPair) {
  const rendered = /* @__PURE__ */ new Map();
  const renderedStep = /* @__PURE__ */ new Map();
  const reusing = (key, value) => {
    if (key === "steps" && Array.isArray(value) && value.length > 0) {
      let text2 = "steps:\n";
      for (const step of value) {
        const id2 = jsonKey(step);
        let item = id2 === void 0 ? void 0 : renderedStep.get(id2);
        if (item === void 0) {
          item = renderPair("steps", [step]).slice("steps:\n".length);
          if (id2 !== void 0) renderedStep.set(id2, item);
        }
        text2 += item;
      }
      return text2;
    }
    const id = jsonKey(value);
    if (id === void 0) return renderPair(key, value);
    const memoKey = `${key}
${id}`;
    let text = rendered.get(memoKey);
    if (text === void 0) {
      text = renderPair(key, value);
      rendered.set(memoKey, text);
    }
    return text;
  };
  return {
    revise: (revision) => revise(original, pairs, stepsStart, revision, renderPair),
    reviseReusing: (revision) => revise(original, pairs, stepsStart, revision, reusing)
  };
}
function jsonKey(value) {
  return faithfulJson(value) ? JSON.stringify(value) : void 0;
}
function faithfulJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(faithfulJson);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v !== void 0 && faithfulJson(v));
}
function revise(original, pairs, stepsStart, revision, render) {
  const wanted = [
    ["declaredRisk", revision.declaredRisk],
    ["state", revision.state],
    ["approvals", revision.approvals],
    ["notify", revision.notify.length > 0 ? revision.notify : void 0],
    ["escalation", revision.escalation],
    ["steps", revision.steps]
  ];
  const edits = [];
  const present = /* @__PURE__ */ new Set();
  for (const { key, keyRange, valueRange } of pairs) {
    const entry = wanted.find(([k]) => k === key);
    if (!entry) continue;
    present.add(key);
    const [, value] = entry;
    const end = valueRange ? valueRange[1] : keyRange[1];
    if (value === void 0) {
      if (key === "notify" || key === "escalation") continue;
      edits.push({ start: keyRange[0], end: valueRange ? valueRange[2] : keyRange[2], text: "" });
      continue;
    }
    const rendered = render(key, value);
    edits.push({ start: keyRange[0], end, text: original.slice(keyRange[0], end).endsWith("\n") ? rendered : rendered.replace(/\n$/, "") });
  }
  const inserted = wanted.filter(([k, v]) => v !== void 0 && !present.has(k)).map(([k, v]) => render(k, v));
  if (inserted.length > 0) edits.push({ start: stepsStart, end: stepsStart, text: inserted.join("\n") + "\n" });
  edits.sort((a, b) => b.start - a.start);
  let text = original;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text.endsWith("\n") ? text : text + "\n";
}

export {
  reviserOf
};
