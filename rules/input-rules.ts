// The input rules: their findings come from the engine's own stages (load, validate, model, settings),
// which is why they have no `check`. Any of their findings makes the verdict `error` (exit 2): the gate
// could not read or understand the repository, so it cannot say the plan is safe. They cannot be waived
// or switched off.
import { EMPTY_OPTIONS_SCHEMA, defineRule } from '../src/rule-api/rule.ts';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  title: 'Files are well-formed YAML in the accepted subset',
  summary: 'Every network file parses as one UTF-8 YAML document without custom tags, duplicate keys or alias bombs.',
  category: 'input',
  defaultSeverity: 'error',
  rationale:
    'A file the gate cannot read is a plan the gate cannot judge. Refusing custom tags, duplicate keys (where the last one silently wins), unbounded aliases and deep nesting keeps every value exactly what the engineer wrote and keeps a hostile file from hanging the gate.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    'file-too-large': '{{message}}',
    'invalid-utf8': '{{message}}',
    'empty-file': '{{message}}',
    syntax: '{{message}}',
    'too-deep': '{{message}}',
    'multiple-documents': '{{message}}',
    'duplicate-key': '{{message}}',
    'complex-key': '{{message}}',
    'unsupported-tag': '{{message}}',
    'too-many-aliases': '{{message}}',
    'too-many-nodes': '{{message}}',
    'unknown-alias': '{{message}}',
    'non-finite-number': '{{message}}',
    'unsafe-integer': '{{message}}',
  },
  waivable: false,
});

export const schemaValid = defineRule({
  id: 'schema-valid',
  title: 'Documents match their JSON Schema',
  summary: 'Every document matches the JSON Schema of its kind; windows end after they start and local times exist.',
  category: 'input',
  defaultSeverity: 'error',
  rationale:
    'A misspelt key is not an option that silently keeps its default: an unknown `capacityLos` would leave the capacity loss at 100% or 0% without anyone noticing. Every mistake is located on its line with a suggestion.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    missingProperty: '{{message}}',
    unknownProperty: '{{message}}',
    wrongType: '{{message}}',
    notAllowed: '{{message}}',
    badFormat: '{{message}}',
    outOfRange: '{{message}}',
    badValue: '{{message}}',
    endNotAfterStart: '{{message}}',
    nonexistentLocalTime: '{{message}}',
    ambiguousLocalTime: '{{message}}',
  },
  waivable: false,
});

export const referenceIntegrity = defineRule({
  id: 'reference-integrity',
  title: 'Every reference resolves',
  summary: 'Ids are unique and every reference (site, server, trunk, switch, PSAP, step, change) names something that exists.',
  category: 'input',
  defaultSeverity: 'error',
  rationale:
    'A step that targets a misspelt server would put nothing at risk in the timeline, and the plan would look safer than it is. Unknown references are refused with a "did you mean" among the known ids.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    duplicateId: '{{message}}',
    confusableId: '{{message}}',
    unknownReference: '{{message}}',
    routeMismatch: '{{message}}',
    duplicateDocument: '{{message}}',
    missingDocument: '{{message}}',
  },
  waivable: false,
});

export const gateConfig = defineRule({
  id: 'gate-config',
  title: 'The gate configuration is valid',
  summary: 'changegate.yaml, rule overrides and waivers name things that exist, stay inside the repository, and leave rules to run.',
  category: 'input',
  defaultSeverity: 'error',
  rationale:
    'A typo in a rule id or option would otherwise switch a check off without anyone noticing; a path leaving the repository could make the gate read files the pull request does not control.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    unknownRule: '{{message}}',
    badOption: '{{message}}',
    inputRuleFixed: '{{message}}',
    ruleCannotBeOff: '{{message}}',
    pathOutsideRepo: '{{message}}',
    configMissing: '{{message}}',
    includeMissing: '{{message}}',
    notAConfig: '{{message}}',
    misplacedConfig: '{{message}}',
    refusedPath: '{{message}}',
    noFiles: '{{message}}',
    noRules: '{{message}}',
    waiverUnknownRule: '{{message}}',
    waiverNotAllowed: '{{message}}',
    customRuleCompile: '{{message}}',
    customRuleIdClash: '{{message}}',
    customRuleDuplicate: '{{message}}',
    customRuleEvaluation: '{{message}}',
    customRuleCost: '{{message}}',
  },
  waivable: false,
});

export const internalError = defineRule({
  id: 'internal-error',
  title: 'The gate ran without internal errors',
  summary: 'Any exception inside changegate makes the verdict error, naming the stage or rule.',
  category: 'input',
  defaultSeverity: 'error',
  rationale: 'A safety gate fails closed: if it cannot finish its evaluation, nothing it did not check may pass.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { exception: '{{message}}' },
  waivable: false,
});

export const waiverValidity = defineRule({
  id: 'waiver-validity',
  title: 'Waivers are approved by others, verified, current and used',
  summary:
    'A waiver covers a finding only with enough distinct, verified approvers holding the required role, none of them the owner or an author of the waiver, and never a finding its rule marks unwaivable; expired and unmatched waivers are reported.',
  category: 'process',
  defaultSeverity: 'warning',
  rationale:
    'A waiver is a documented, approved, expiring exception to one rule for one change. In change management the person who plans a change never grants its exceptions: a waiver approved by the change\'s own owner, by someone outside the policy\'s approvers, or by a name typed into the file without proof, would let an author talk the gate past its own findings. Some findings are never waivable (every member of a redundancy group at risk at once, as on 2 June 2021; an unproven change on the whole group; an emergency number left without any route). A refused waiver is an error (the finding it targeted stays blocking); an expired waiver, or one that matches no finding, is a warning.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { notApproved: '{{message}}', unwaivable: '{{message}}', scopeMissing: '{{message}}', expired: '{{message}}', unmatched: '{{message}}' },
  waivable: false,
});

export const unreadFile = defineRule({
  id: 'unread-file',
  title: 'No network file is left unread',
  summary: 'A YAML file that declares a changegate kind outside the included folders (and not excluded) is reported.',
  category: 'process',
  defaultSeverity: 'warning',
  rationale:
    'A change request saved in `plans/`, at the root or in `Changes/` would never be judged, and the gate would pass without a word. The gate cannot know what the engineer meant, so it says which files it did not read; `exclude` in changegate.yaml says explicitly what may be ignored. Set the rule to `error` in the policy to block instead of warn.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { notIncluded: '{{message}}' },
  waivable: false,
  mayBeOff: false,
});

export const INPUT_RULES = [yamlSyntax, schemaValid, referenceIntegrity, gateConfig, internalError, waiverValidity, unreadFile];
