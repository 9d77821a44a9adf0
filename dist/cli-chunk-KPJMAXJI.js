import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/git/types.ts
function comparisonOf(evaluation) {
  return evaluation.comparison;
}
function labelOf(comparison, finding) {
  return comparison.labelling.labels.get(finding) ?? { finding, label: "new" };
}

export {
  comparisonOf,
  labelOf
};
