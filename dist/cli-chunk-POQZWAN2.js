import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/engine/withhold.ts
function withholdUnresolved(active, network, inputRuleIds) {
  const holes = /* @__PURE__ */ new Map();
  for (const f of active) {
    if (f.ruleId !== "reference-integrity" || f.changeId === void 0) continue;
    const index = /^\/steps\/(\d+)(\/|$)/.exec(f.path)?.[1];
    const change = network?.allChanges.find((c) => c.id === f.changeId);
    const step = index !== void 0 ? change?.steps[Number(index)]?.id : void 0;
    const set = holes.get(f.changeId) ?? /* @__PURE__ */ new Set();
    set.add(step !== void 0 ? `step ${step}` : "the change");
    holes.set(f.changeId, set);
  }
  if (holes.size === 0) return { kept: active, withheld: [] };
  const withheldBy = /* @__PURE__ */ new Map();
  const kept = active.filter((f) => {
    if (f.changeId === void 0 || !holes.has(f.changeId) || inputRuleIds.has(f.ruleId)) return true;
    withheldBy.set(f.changeId, [...withheldBy.get(f.changeId) ?? [], f]);
    return false;
  });
  const withheld = [...withheldBy.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([changeId, findings]) => ({ changeId, steps: [...holes.get(changeId) ?? []].sort(), findings: findings.length, rules: [...new Set(findings.map((f) => f.ruleId))].sort() }));
  return { kept, withheld };
}
function withheldText(w) {
  return `${w.findings} finding${w.findings === 1 ? "" : "s"} of ${w.rules.length} rule${w.rules.length === 1 ? "" : "s"} (${w.rules.join(", ")}) about ${w.changeId} withheld: ${w.steps.join(", ")} ${w.steps.length === 1 ? "names" : "name"} an element the inventory does not have, so they would be computed as if it did not exist. Fix the reference and run again.`;
}

export {
  withholdUnresolved,
  withheldText
};
