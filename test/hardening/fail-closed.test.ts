// Fail-closed guarantees: whatever goes wrong inside changegate, the verdict is `error` (exit 2), never
// a pass, and the failure is named.
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { main } from '../../src/cli/main.ts';
import { evaluate } from '../default-pack.ts';
import { defineRule, EMPTY_OPTIONS_SCHEMA } from '../../src/rule-api/rule.ts';
import { FORMAT_LOADERS } from '../../src/report/index.ts';
import { changeRequest, networkFiles, night } from '../support/builders.ts';

const asOf = Date.parse('2026-11-27T09:00:00+01:00');

const change = (id: string, day: number) =>
  changeRequest(id, [{ id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(day, '01:00', '01:30') }], {
    title: 'Restart of one call server',
    purpose: 'test',
    declaredRisk: 'medium',
    state: 'proposed',
  });

/** A rule that reports one finding per change request and throws on the one named "CR-BOOM". */
const fragile = defineRule({
  id: 'fragile-test-rule',
  title: 'A rule that throws on one change',
  summary: 'Reports every change request, throws on CR-BOOM.',
  category: 'process',
  defaultSeverity: 'warning',
  rationale: 'Exists only in tests, to prove that one failing change request does not hide the others.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { seen: 'saw {{change}}' },
  waivable: true,
  check(context) {
    for (const c of context.network.changes) {
      // A thrown string, not an Error: any thrown value must fail closed.
      if (c.id === 'CR-BOOM') throw 'boom';
      context.report({ messageId: 'seen', data: { change: c.id }, at: c.at, changeId: c.id });
    }
  },
});

describe('fail closed', () => {
  it('a rule that throws on one change request gives verdict error, names it, and keeps the others\' findings', () => {
    const files = networkFiles({ 'changes/CR-BOOM.yaml': change('CR-BOOM', 15), 'changes/CR-OK.yaml': change('CR-OK', 16) });
    const evaluation = evaluate(files, { asOf, rules: [...INPUT_RULES, fragile] });
    expect(evaluation.verdict).toBe('error');
    const internal = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
    expect(internal.map((f) => f.data.stage)).toEqual(['rule fragile-test-rule', 'rule fragile-test-rule on CR-BOOM']);
    expect(internal[1]?.file).toBe('changes/CR-BOOM.yaml');
    expect(evaluation.findings.filter((f) => f.ruleId === 'fragile-test-rule').map((f) => f.data.change)).toEqual(['CR-OK']);
  });

  it('an exception inside a stage (here: reading a file) gives verdict error naming the stage', () => {
    const files = networkFiles();
    const unreadable = {
      path: 'changes/CR-X.yaml',
      get bytes(): Uint8Array {
        throw new Error('disk on fire');
      },
    };
    const evaluation = evaluate([...files, unreadable], { asOf });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.filter((f) => f.ruleId === 'internal-error').map((f) => [f.data.stage, f.message.includes('disk on fire')])).toEqual([['stage load', true]]);
  });

  it('zero rules evaluated is an error, not a pass', () => {
    const evaluation = evaluate(networkFiles(), { asOf, rules: INPUT_RULES });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.map((f) => f.messageId)).toEqual(['noRules']);
  });

  it('no files where a config is expected is an error', () => {
    const evaluation = evaluate([], { asOf });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.map((f) => f.messageId)).toContain('noFiles');
    expect(evaluation.counts.files).toBe(0);
  });

  it('a missing policy (or any required document) is an error naming the kind', () => {
    const evaluation = evaluate(networkFiles({ 'policy/policy.yaml': null }), { asOf });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.find((f) => f.messageId === 'missingDocument')?.data.kind).toBe('Policy');
  });

  it('an unreadable config file is an error', () => {
    const files = networkFiles({ 'changegate.yaml': 'kind: ChangegateConfig\ninclude: [inventory\n' });
    const evaluation = evaluate(files, { asOf });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.find((f) => f.file === 'changegate.yaml')).toMatchObject({ ruleId: 'yaml-syntax', line: 3 });
  });

  it('a formatter that throws makes the CLI exit 2', async () => {
    const original = FORMAT_LOADERS.text;
    FORMAT_LOADERS.text = async () => () => {
      throw new Error('formatter exploded');
    };
    let stderr = '';
    try {
      const code = await main(['check', 'examples/six-sites', '--as-of', '2026-11-27T09:00:00+01:00'], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: {},
        cwd: `${import.meta.dirname}/../..`,
        isTTY: false,
        now: () => asOf,
      });
      expect(code).toBe(2);
      expect(stderr).toContain('formatter exploded');
    } finally {
      FORMAT_LOADERS.text = original as (typeof FORMAT_LOADERS)['text'];
    }
  });

  it('a malformed --as-of is bad usage (exit 2)', async () => {
    let stderr = '';
    const code = await main(['check', '.', '--as-of', '2026-13-45'], { stdout: () => {}, stderr: (t) => (stderr += t), env: {}, cwd: '.', isTTY: false, now: () => asOf });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--as-of/);
  });
});
