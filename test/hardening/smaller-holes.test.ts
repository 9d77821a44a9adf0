// Smaller holes found by trying the gate as an attacker would: each through the real CLI on a real folder.
import { describe, expect, it } from 'vitest';
import { afterAll } from 'vitest';
import { restartPlan } from '../git/fixtures.ts';
import { cleanupAll, cli, copyBaseNetwork, initRepo } from '../git/helpers.ts';
import type { JsonReport, TempRepo } from '../git/helpers.ts';

afterAll(cleanupAll);

const PLAN = restartPlan({ id: 'CR-SMALL', servers: ['par1-cs1'], start: '01:00', end: '01:30' });

function networkRepo(files: Record<string, string> = {}): TempRepo {
  const repo = initRepo();
  copyBaseNetwork(repo);
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  return repo;
}

async function checkJson(repo: TempRepo, extra: string[] = []) {
  const result = await cli(['check', '.', '--format', 'json', '--as-of', '2026-11-27T09:00:00+01:00', ...extra], repo.dir);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

describe('offsets whose minutes are 60 or more', () => {
  it('are refused in --as-of (bad usage, exit 2), not read as another offset', async () => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN });
    const result = await cli(['check', '.', '--as-of', '2026-11-27T09:00:00+01:99'], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--as-of "2026-11-27T09:00:00+01:99" is not a valid instant');
    expect(result.stdout).toBe('');
  });

  it('are a located schema error in every instant of the files', async () => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN.replace('2026-12-08T01:30:00+01:00', '2026-12-08T01:30:00+01:99') });
    const { code, report } = await checkJson(repo);
    expect(code).toBe(2);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'schema-valid', messageId: 'badFormat', file: 'changes/CR-SMALL.yaml', line: 15, column: 12, path: '/steps/0/window/end' })]);
  });
});

describe('a finding on an empty value', () => {
  it('is placed where the value would be, not at 1:1', async () => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN.replace('procedure: Restart again from the previous configuration backup', 'procedure:') });
    const { code, report } = await checkJson(repo);
    expect(code).toBe(2);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'schema-valid', messageId: 'wrongType', line: 17, column: 17, path: '/steps/0/rollback/procedure' })]);
  });
});

describe('user keys are own properties only', () => {
  it.each(['toString', 'valueOf', 'hasOwnProperty', '__proto__'])('a rule named %s under the policy\'s rules is a located error, not an internal one', async (key) => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN });
    repo.write('policy/policy.yaml', `${repo.read('policy/policy.yaml')}\nrules:\n  ${key}: { severity: off }\n`);
    const { code, report } = await checkJson(repo);
    expect(code).toBe(2);
    expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'schema-valid', messageId: 'badFormat', file: 'policy/policy.yaml', line: 30, column: 3, data: expect.objectContaining({ value: key }) }));
  });

  it('a folder named constructor is not a kind', async () => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN, 'changes/constructor/CR-2.yaml': 'kind: [1]\n' });
    const { code, report } = await checkJson(repo);
    expect(code).toBe(2);
    expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'schema-valid', file: 'changes/constructor/CR-2.yaml' }));
  });
});

describe('a done change with steps still to come', () => {
  it('is reported, not taken off the timeline in silence', async () => {
    const repo = networkRepo({ 'changes/CR-SMALL.yaml': PLAN.replace('state: proposed', 'state: done') });
    const { code, report } = await checkJson(repo);
    expect(code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'plan-consistency', messageId: 'closedWithFutureSteps', severity: 'error', line: 14, changeId: 'CR-SMALL' })]);
  });
});
