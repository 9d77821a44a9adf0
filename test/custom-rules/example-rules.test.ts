// The example repository's three custom rules (examples/six-sites/rules/), each judged through the
// real engine on the base network with valid and invalid cases at exact positions.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../default-pack.ts';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import { caseFiles, DEFAULT_AS_OF, exampleFiles } from '../rules/harness.ts';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'examples', 'six-sites', 'rules');
const EXAMPLE_RULES = Object.fromEntries(readdirSync(RULES_DIR).map((name) => [`rules/${name}`, readFileSync(join(RULES_DIR, name), 'utf8')]));

interface Step {
  id: string;
  servers: string;
  start: string;
  end: string;
  action?: string;
  software?: string;
}

/** A change request; step i's `- id:` line is 9 + 6i, its window 12 + 6i (software: one line more each). */
function cr(id: string, owner: string, steps: Step[]): string {
  return `kind: ChangeRequest
id: ${id}
title: Test change
owner: ${owner}
purpose: Exercise the custom rules
declaredRisk: high
state: approved
steps:
${steps
  .map(
    (s) => `  - id: ${s.id}
    action: ${s.action ?? 'capacity-add'}
    targets: { callServers: [${s.servers}] }
    window: { start: ${s.start}, end: ${s.end} }
${s.software ? `    software: ${s.software}\n` : ''}    rollback: { procedure: Undo the change, minutes: 20 }
    description: test step
`,
  )
  .join('')}`;
}

function run(files: Record<string, string>, asOf = DEFAULT_AS_OF): Evaluation {
  return evaluate(caseFiles({ files: { ...EXAMPLE_RULES, ...files } }), { asOf: Date.parse(asOf), rules: INPUT_RULES });
}

function own(evaluation: Evaluation, ruleId: string) {
  const input = evaluation.findings.filter((f) => f.ruleId === 'gate-config' || f.ruleId === 'schema-valid' || f.ruleId === 'yaml-syntax' || f.ruleId === 'internal-error');
  expect(input.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
  return evaluation.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ messageId: f.messageId, file: f.file, line: f.line, column: f.column, changeId: f.changeId, stepId: f.stepId, severity: f.severity, message: f.message }));
}

describe('holiday-freeze', () => {
  it('refuses a step on an emergency server on Christmas Day, at the window start', () => {
    const found = own(run({ 'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [{ id: 's1', servers: 'par1-cs1', start: '2026-12-25T01:00:00+01:00', end: '2026-12-25T02:00:00+01:00' }]) }), 'holiday-freeze');
    expect(found).toEqual([
      expect.objectContaining({ messageId: 'violation', file: 'changes/CR-TEST-1.yaml', line: 12, column: 22, changeId: 'CR-TEST-1', stepId: 's1', severity: 'error' }),
    ]);
    expect(found[0]?.message).toContain('on public holiday 2026-12-25 (2026-12-25T01:00 to 2026-12-25T02:00)');
    expect(found[0]?.message).toContain('(numbers 15, 18, 114, 197)');
  });

  it('catches a window that runs into a holiday from the evening before', () => {
    const found = own(run({ 'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [{ id: 's1', servers: 'par1-cs1', start: '2026-12-31T23:00:00+01:00', end: '2027-01-01T00:30:00+01:00' }]) }), 'holiday-freeze');
    expect(found.map((f) => [f.line, f.column])).toEqual([[12, 22]]);
    expect(found[0]?.message).toContain('public holiday 2027-01-01');
  });

  it('lets the same step run on a working day', () => {
    expect(own(run({ 'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [{ id: 's1', servers: 'par1-cs1', start: '2026-12-08T01:00:00+01:00', end: '2026-12-08T02:00:00+01:00' }]) }), 'holiday-freeze')).toEqual([]);
  });
});

describe('major-version-soak', () => {
  const upgrade = (id: string, servers: string, start: string, end: string, version: string): Step => ({ id, servers, start, end, action: 'software-upgrade', software: `{ version: ${version}, previousVersion: 7.4.2 }` });

  it('refuses a wave of a new major version 23 h after the canary, on the wave', () => {
    const found = own(
      run({
        'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [
          upgrade('s1', 'par1-cs1', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00', '8.0.1'),
          upgrade('s2', 'lyo1-cs1', '2026-12-09T00:30:00+01:00', '2026-12-09T01:30:00+01:00', '8.0.1'),
        ]),
      }),
      'major-version-soak',
    );
    // Step 2 starts on line 16; its window is on line 19.
    expect(found).toEqual([expect.objectContaining({ messageId: 'violation', line: 19, column: 22, stepId: 's2', severity: 'error' })]);
    expect(found[0]?.message).toContain('to VendorX 8.0.1 (new major version, from 7.4.2) only 23 h after its canary ended');
  });

  it('accepts the wave 72 h after the canary, and a minor version a day later', () => {
    const late = run({
      'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [
        upgrade('s1', 'par1-cs1', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00', '8.0.1'),
        upgrade('s2', 'lyo1-cs1', '2026-12-11T01:30:00+01:00', '2026-12-11T02:30:00+01:00', '8.0.1'),
      ]),
    });
    expect(own(late, 'major-version-soak')).toEqual([]);
    const minor = run({
      'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [
        upgrade('s1', 'par1-cs1', '2026-12-08T00:30:00+01:00', '2026-12-08T01:30:00+01:00', '7.5.0'),
        upgrade('s2', 'lyo1-cs1', '2026-12-09T00:30:00+01:00', '2026-12-09T01:30:00+01:00', '7.5.0'),
      ]),
    });
    expect(own(minor, 'major-version-soak')).toEqual([]);
  });
});

describe('one-site-per-night', () => {
  it('warns on both steps when one owner works on PAR1 and LYO1 in the same night, across change requests', () => {
    const found = own(
      run({
        'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [{ id: 's1', servers: 'par1-cs1', start: '2026-12-08T00:30:00+01:00', end: '2026-12-08T01:30:00+01:00' }]),
        'changes/CR-TEST-2.yaml': cr('CR-TEST-2', 'j.dupont', [{ id: 's1', servers: 'lyo1-cs1', start: '2026-12-08T02:00:00+01:00', end: '2026-12-08T03:00:00+01:00' }]),
      }),
      'one-site-per-night',
    );
    // `at: /targets`: the targets line (11) of each step, at the value.
    expect(found).toEqual([
      expect.objectContaining({ messageId: 'violation', file: 'changes/CR-TEST-1.yaml', line: 11, column: 14, changeId: 'CR-TEST-1', severity: 'warning' }),
      expect.objectContaining({ messageId: 'violation', file: 'changes/CR-TEST-2.yaml', line: 11, column: 14, changeId: 'CR-TEST-2', severity: 'warning' }),
    ]);
    expect(found[0]?.message).toBe('j.dupont owns steps on CR-TEST-1#s1 (PAR1); CR-TEST-2#s1 (LYO1) in the night of 2026-12-07; one engineer works on one site per night');
  });

  it('accepts one site per night, and another owner on another site the same night', () => {
    const found = own(
      run({
        'changes/CR-TEST-1.yaml': cr('CR-TEST-1', 'j.dupont', [
          { id: 's1', servers: 'par1-cs1', start: '2026-12-08T00:30:00+01:00', end: '2026-12-08T01:30:00+01:00' },
          { id: 's2', servers: 'par1-cs2', start: '2026-12-08T02:00:00+01:00', end: '2026-12-08T03:00:00+01:00' },
          { id: 's3', servers: 'lyo1-cs1', start: '2026-12-09T00:30:00+01:00', end: '2026-12-09T01:30:00+01:00' },
        ]),
        'changes/CR-TEST-2.yaml': cr('CR-TEST-2', 'm.leroy', [{ id: 's1', servers: 'lyo1-cs1', start: '2026-12-08T02:00:00+01:00', end: '2026-12-08T03:00:00+01:00' }]),
      }),
      'one-site-per-night',
    );
    expect(found).toEqual([]);
  });
});

describe('the example repository with its custom rules', () => {
  it('compiles the three rules; only one-site-per-night fires, on the incident change (six sites in one step)', () => {
    const evaluation = evaluate(exampleFiles(), { asOf: Date.parse(DEFAULT_AS_OF) });
    expect(evaluation.customRules.map((r) => r.id)).toEqual(['holiday-freeze', 'major-version-soak', 'one-site-per-night']);
    const custom = evaluation.findings.filter((f) => evaluation.customRules.some((r) => r.id === f.ruleId));
    expect(custom.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([
      'one-site-per-night changes/CR-2026-0601-reconnection-all-sites.yaml:26:7 warning',
    ]);
    expect(evaluation.findings.filter((f) => f.ruleId === 'gate-config')).toEqual([]);
    expect(evaluation.verdict).toBe('fail');
  });
});
