// gate-config through the engine: the repository config, rule overrides in the policy and waivers must
// name things that exist and stay inside the repository, and at least one rule must run. Each mistake is
// a located error and the verdict is error (a typo must never switch a check off silently).
import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../rules/input-rules.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { defineRule } from '../../src/rule-api/rule.ts';
import { BASE_CR, CR_PATH, EVERY_STEP_RULE, baseText, describeFinding, evaluateInput, positionOf } from '../validate/helpers.ts';

/** A rule with one option, so option overrides can be checked against its schema. */
const THRESHOLD_RULE = defineRule({
  id: 'test-threshold',
  title: 'Test rule with an option',
  summary: 'Reports nothing; exists so option overrides are validated (tests only).',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale: 'Stands in for a real rule with options so gate-config tests do not depend on which rules are registered.',
  optionsSchema: {
    type: 'object',
    properties: { threshold: { type: 'integer', minimum: 0, description: 'A bound that must be a whole number of at least 0.' } },
    additionalProperties: false,
  },
  defaultOptions: { threshold: 1 },
  messages: { never: 'never reported' },
  waivable: true,
  check() {},
});

const exercised = new Set<string>();
const POLICY = baseText('policy/policy.yaml');
const withRules = (rules: string) => POLICY.trimEnd() + '\nrules:\n' + rules;

function gate(evaluation: Evaluation) {
  const own = evaluation.findings.filter((f) => f.ruleId === 'gate-config');
  for (const f of own) {
    expect(f.severity).toBe('error');
    exercised.add(f.messageId);
  }
  if (own.length > 0) expect(evaluation.verdict).toBe('error');
  return own;
}

const run = (files: Record<string, string | null>, options: Parameters<typeof evaluateInput>[1] = {}) =>
  gate(evaluateInput(files, { extraRules: [EVERY_STEP_RULE, THRESHOLD_RULE], ...options }));

describe('gate-config', () => {
  it('valid: overrides of existing rules with valid options, and a config naming existing folders', () => {
    const policy = withRules('  test-every-step:\n    severity: warning\n  test-threshold:\n    options: { threshold: 3 }\n');
    const config = 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, changes]\n';
    expect(run({ 'policy/policy.yaml': policy, 'changegate.yaml': config, [CR_PATH]: BASE_CR }).map(describeFinding)).toEqual([]);
  });

  it('unknownRule: a misspelt rule id in the policy, at its key, with "did you mean"', () => {
    const policy = withRules('  test-evry-step:\n    severity: warning\n');
    const [f, ...rest] = run({ 'policy/policy.yaml': policy });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'unknownRule', file: 'policy/policy.yaml', ...positionOf(policy, 'test-evry-step'), data: { rule: 'test-evry-step', suggestion: 'test-every-step' } });
  });

  it('badOption: a misspelt option, with "did you mean"', () => {
    const policy = withRules('  test-threshold:\n    options:\n      treshold: 2\n');
    const [f, ...rest] = run({ 'policy/policy.yaml': policy });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'badOption', ...positionOf(policy, 'treshold'), data: { rule: 'test-threshold', option: 'treshold', suggestion: 'threshold' } });
  });

  it('badOption: an option value outside its schema', () => {
    const policy = withRules('  test-threshold:\n    options:\n      threshold: -1\n');
    const [f] = run({ 'policy/policy.yaml': policy });
    expect(f).toMatchObject({ messageId: 'badOption', ...positionOf(policy, '-1\n') });
    expect(f!.message).toBe('option threshold of rule test-threshold must be >= 0');
  });

  it('inputRuleFixed: an input rule cannot be switched off', () => {
    const policy = withRules('  yaml-syntax:\n    severity: "off"\n');
    const [f] = run({ 'policy/policy.yaml': policy });
    expect(f).toMatchObject({ messageId: 'inputRuleFixed', ...positionOf(policy, '"off"'), data: { rule: 'yaml-syntax' } });
  });

  it('ruleCannotBeOff: unread-file may be a warning or an error, never off', () => {
    const policy = withRules('  unread-file:\n    severity: "off"\n');
    const [f] = run({ 'policy/policy.yaml': policy });
    expect(f).toMatchObject({ messageId: 'ruleCannotBeOff', ...positionOf(policy, '"off"'), data: { rule: 'unread-file' } });
    expect(f!.message).toBe('unread-file cannot be switched off; set it to warning or error, and list what may be ignored under exclude in changegate.yaml');
  });

  it('an include leaving the repository is already refused by the config schema, on its line', () => {
    const config = 'kind: ChangegateConfig\ninclude: [inventory, ../other-repo/changes]\n';
    const evaluation = evaluateInput({ 'changegate.yaml': config }, { extraRules: [EVERY_STEP_RULE] });
    const located = evaluation.findings.filter((f) => f.file === 'changegate.yaml');
    expect(located.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['schema-valid', 'badFormat', ...Object.values(positionOf(config, '../other-repo'))]]);
    expect(located[0]!.message).toContain('".." segments are refused');
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.counts.files).toBe(0);
  });

  it('pathOutsideRepo: --config leaving the repository', () => {
    const [f, ...rest] = run({}, { configPath: '../changegate.yaml' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'pathOutsideRepo', file: '', line: 1, column: 1 });
  });

  it('configMissing: --config naming a file that does not exist', () => {
    const [f] = run({}, { configPath: 'network/changegate.yaml' });
    expect(f).toMatchObject({ messageId: 'configMissing', data: { path: 'network/changegate.yaml' } });
  });

  it('includeMissing: an included folder with no file', () => {
    const config = 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, waivers]\n';
    const [f, ...rest] = run({ 'changegate.yaml': config });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'includeMissing', ...positionOf(config, 'waivers'), data: { path: 'waivers' } });
  });

  it('notAConfig: changegate.yaml holding another kind', () => {
    const [f] = run({ 'changegate.yaml': POLICY });
    expect(f).toMatchObject({ messageId: 'notAConfig', file: 'changegate.yaml', ...positionOf(POLICY, 'Policy') });
  });

  it('misplacedConfig: a ChangegateConfig among the network files', () => {
    const config = 'kind: ChangegateConfig\nincludeDrafts: true\n';
    const [f] = run({ 'policy/changegate.yaml': config });
    expect(f).toMatchObject({ messageId: 'misplacedConfig', file: 'policy/changegate.yaml', line: 1, column: 7 });
  });

  it('refusedPath: a file the source refused to read (a symbolic link leaving the repository)', () => {
    const [f] = run({}, { refused: [{ path: 'changes/CR-9.yaml', reason: 'it is a symbolic link to /etc/passwd, outside the repository' }] });
    expect(f).toMatchObject({ messageId: 'refusedPath', file: 'changes/CR-9.yaml', line: 1, column: 1 });
    expect(f!.message).toBe('changes/CR-9.yaml was not read: it is a symbolic link to /etc/passwd, outside the repository');
  });

  it('noFiles: an empty repository', () => {
    const evaluation = evaluate([], { rules: [EVERY_STEP_RULE] });
    const own = gate(evaluation);
    expect(own.map((f) => f.messageId)).toContain('noFiles');
    expect(evaluation.counts.files).toBe(0);
  });

  it('noRules: every rule switched off', () => {
    const policy = withRules('  test-every-step:\n    severity: "off"\n');
    const evaluation = evaluateInput({ 'policy/policy.yaml': policy }, { extraRules: [EVERY_STEP_RULE] });
    const own = gate(evaluation);
    expect(own.map((f) => [f.messageId, f.file])).toEqual([['noRules', '']]);
    expect(evaluation.counts.rules).toBe(0);
  });

  describe('waivers', () => {
    const waiver = (rule: string) =>
      `kind: Waiver\nid: W-1\nrule: ${rule}\nchange: CR-2026-0700\njustification: Needed before the end-of-year freeze.\napprovedBy: a.martin\nticket: CAB-1\nexpires: 2026-12-20T00:00:00+01:00\n`;

    it('waiverUnknownRule: a waiver naming a rule that does not exist', () => {
      const text = waiver('test-every-stap');
      const [f] = run({ [CR_PATH]: BASE_CR, 'waivers/W-1.yaml': text });
      expect(f).toMatchObject({ messageId: 'waiverUnknownRule', file: 'waivers/W-1.yaml', ...positionOf(text, 'test-every-stap') });
    });

    it('waiverNotAllowed: a waiver for an input rule', () => {
      const text = waiver('schema-valid');
      const [f] = run({ [CR_PATH]: BASE_CR, 'waivers/W-1.yaml': text });
      expect(f).toMatchObject({ messageId: 'waiverNotAllowed', ...positionOf(text, 'schema-valid') });
      expect(f!.message).toContain('cannot be waived');
    });
  });

  describe('custom rules (rules/*.yaml; see test/custom-rules for their positions in detail)', () => {
    const customRule = (id: string, when: string, extra = '') =>
      `kind: Rule\nid: ${id}\ntitle: A custom rule\nseverity: error\ncategory: process\nscope: step\nwhen: '${when}'\nmessage: step {{ step.id }}\n${extra}`;

    it('customRuleCompile, customRuleIdClash, customRuleDuplicate: located on the rule files before anything runs', () => {
      const found = run({
        'rules/a.yaml': customRule('a-rule', 'step.owner == 1'),
        'rules/b.yaml': customRule('test-every-step', 'true'),
        'rules/c.yaml': customRule('same', 'true'),
        'rules/d.yaml': customRule('same', 'true'),
      });
      expect(found.map((f) => `${f.messageId} ${f.file}:${f.line}:${f.column}`)).toEqual(['customRuleCompile rules/a.yaml:7:8', 'customRuleIdClash rules/b.yaml:2:5', 'customRuleDuplicate rules/d.yaml:2:5']);
    });

    it('customRuleEvaluation and customRuleCost: a rule that cannot finish fails closed', () => {
      const failing = run({ [CR_PATH]: BASE_CR, 'rules/a.yaml': customRule('a-rule', 'network.groups[99].id == "x"') });
      expect(failing.map((f) => f.messageId)).toEqual(['customRuleEvaluation']);
      const costly = run({ [CR_PATH]: BASE_CR, 'rules/a.yaml': customRule('a-rule', 'network.servers.all(a, network.servers.all(b, a.id != "x"))', 'costLimit: 10\n') });
      expect(costly.map((f) => `${f.messageId} ${f.line}:${f.column}`)).toEqual(['customRuleCost 9:12']);
    });
  });

  it('every message id is exercised', () => {
    expect(Object.keys(gateConfig.messages).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
