// The layers of changegate, bottom to top, enforced by `npm run lint` (scripts/check-layers.mjs runs
// dependency-cruiser with this file). A module may import its own layer and any layer below it, never one
// above; docs/architecture.md explains each layer. Type-only imports count: a type is a dependency too.
// A folder that is in no layer is refused, so a new one has to be placed here first.

/** Bottom first. `path` matches repository-relative module paths. */
const LAYERS = [
  { name: 'types', path: '^src/model/types\\.ts$', doc: 'the documents as TypeScript types: declarations only, no imports' },
  { name: 'core', path: '^src/core/', doc: 'findings, suggestions, time zones, text safety, the package folder' },
  { name: 'load', path: '^src/load/', doc: 'YAML text to data and positions' },
  { name: 'validate', path: '^src/validate/', doc: 'JSON Schema validation per document kind' },
  { name: 'source', path: '^src/source/', doc: 'folder, git ref or index to files, selected by the gate config' },
  { name: 'model', path: '^src/model/', doc: 'the typed network, references resolved' },
  { name: 'evidence', path: '^src/approvals/(evidence|verify)\\.ts$', doc: 'approval evidence and its verification, as pure questions' },
  { name: 'timeline', path: '^src/timeline/', doc: 'the plan over time' },
  { name: 'analysis', path: '^src/analysis/', doc: 'shared domain computations: risk, soak, capacity and their settings' },
  { name: 'rule-api', path: '^src/rule-api/', doc: 'what a rule is: defineRule, RuleDefinition, RuleContext' },
  { name: 'custom-rules', path: '^src/custom-rules/', doc: 'compiler of the repository\'s own rule documents' },
  { name: 'checks', path: '^(src/engine/|rules/)', doc: 'the engine and the rule pack, side by side (see the rules below)' },
  { name: 'compare', path: '^src/git/', doc: 'head against base: labels, change summary, policy loosenings' },
  { name: 'planner', path: '^src/planner/', doc: 'a safe plan for a failing change' },
  { name: 'report', path: '^src/(report|cab|schedule)/', doc: 'formatters, the CAB report and the forward schedule' },
  { name: 'gather', path: '^src/approvals/', doc: 'approval sources that read git before evaluate()' },
  { name: 'tooling', path: '^src/docs/', doc: 'documentation generation for the build scripts' },
  { name: 'api', path: '^src/api/', doc: 'the public API of the package' },
  { name: 'shells', path: '^src/(cli|action|gitlab|forge|lifecycle|rule-tests)/', doc: 'CLI, hook, Action, GitLab, run-time guard and record' },
];

/** Each module belongs to the first layer (from the bottom) whose path matches it. */
function layerPattern(index) {
  const own = LAYERS[index].path;
  const earlier = LAYERS.slice(0, index).map((l) => l.path);
  return { path: own, ...(earlier.length > 0 ? { pathNot: earlier } : {}) };
}

const upward = LAYERS.slice(0, -1).map((layer, index) => {
  const above = LAYERS.slice(index + 1).map((_, offset) => layerPattern(index + 1 + offset));
  return {
    name: `layer-${layer.name}`,
    comment: `${layer.name} (${layer.doc}) may not import a layer above it: ${LAYERS.slice(index + 1).map((l) => l.name).join(', ')}`,
    severity: 'error',
    from: layerPattern(index),
    // A module above this layer: matches a later layer's path and no earlier layer's.
    to: { path: above.map((a) => a.path), pathNot: LAYERS.slice(0, index + 1).map((l) => l.path) },
  };
});

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'engine-without-rules',
      comment: 'the engine runs the rule pack it is given: it may not import rules/ (the shells pass the pack)',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^rules/' },
    },
    {
      name: 'rules-without-engine',
      comment: 'a rule sees only its RuleContext (src/rule-api/) and the layers below: it may not import the engine',
      severity: 'error',
      from: { path: '^rules/' },
      to: { path: '^src/engine/' },
    },
    {
      name: 'pack-chosen-by-shells',
      comment: 'only the shells, the public API and the tooling choose the rule pack (rules/index.ts); every other consumer reads the evaluation',
      severity: 'error',
      from: { pathNot: ['^src/(cli|action|gitlab|api|rule-tests|docs)/', '^(test|bench|scripts)/'] },
      to: { path: '^rules/index\\.ts$' },
    },
    {
      name: 'rules-only-through-the-evaluation',
      comment: 'reports read the settings and rule metadata of the evaluation, never a rule file; comparing may name policy-loosening, whose findings it makes',
      severity: 'error',
      from: { path: '^src/(report|cab|schedule|planner|git)/' },
      to: { path: '^rules/', pathNot: '^rules/policy-loosening\\.ts$' },
    },
    {
      name: 'no-unplaced-module',
      comment: 'every module of src/ belongs to a layer: place a new folder in .dependency-cruiser.cjs (and docs/architecture.md)',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
