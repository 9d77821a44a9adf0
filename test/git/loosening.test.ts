// Loosening the rules in the same pull request as the plan that needs it: `check` on the head alone
// passes, `check --base` reports each loosening on its line of the head's policy, with the change request
// it lets through, and fails; tightening the policy passes. Real git repositories in temporary folders.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HONEST_CR, WIDE_CR, WIDE_REINSTALL, honestPush } from '../trust/fixtures.ts';
import { AS_OF, ROOT, checkJson, cleanupAll, cli, copyBaseNetwork, initRepo, tempDir } from './helpers.ts';
import type { TempRepo } from './helpers.ts';

afterAll(cleanupAll);

const POLICY = 'policy/policy.yaml';

/** main: the base network and the honest plan, which passes. */
function baseRepo(): TempRepo {
  const repo = initRepo();
  copyBaseNetwork(repo);
  repo.write(HONEST_CR, honestPush());
  repo.commit('base: network and an honest plan');
  repo.git('checkout', '-q', '-b', 'feature');
  return repo;
}

const addRules = (repo: TempRepo, rules: string) => repo.write(POLICY, `${repo.read(POLICY).trimEnd()}\nrules:\n${rules}`);

describe('check --base: loosening the policy in the same pull request', () => {
  it('a plan that needs raised thresholds, and the thresholds raised beside it: the head alone passes, the comparison fails', async () => {
    const repo = baseRepo();
    repo.write(WIDE_CR, WIDE_REINSTALL);
    addRules(repo, '  redundancy-group-concurrency:\n    options: { maxSitesAtRisk: 2, maxServersAtRisk: 3 }\n');
    repo.commit('reinstall on three servers; allow it');

    // The attack works on a gate that judges the head alone.
    const alone = await checkJson([], repo.dir);
    expect(alone.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(alone.code).toBe(0);

    const { code, report } = await checkJson(['--base', 'main'], repo.dir);
    expect(code).toBe(1);
    const loosened = report.findings.filter((f) => f.ruleId === 'policy-loosening');
    expect(loosened.map((f) => `${f.messageId} ${f.file}:${f.line}:${f.column} ${f.label}`)).toEqual([
      `loosened ${POLICY}:29:32 new`,
      `loosened ${POLICY}:29:53 new`,
    ]);
    expect(loosened.map((f) => f.data.flips)).toEqual([['CR-2026-0901'], ['CR-2026-0901']]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['policy-loosening', 'policy-loosening']);

    const text = await cli(['check', '--base', 'main', '--as-of', AS_OF], repo.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `${POLICY}:29:32 error   policy-loosening [new] option maxSitesAtRisk of rule redundancy-group-concurrency is raised from 1 to 2. This pull request loosens the gate: a change to the safety system that needs a verified approval from someone holding the cab role (a.martin, l.bernard) who did not author it; no verified approval of this pull request was found. Judged with the base's policy, catalog, waivers and config, CR-2026-0901 would fail: this pull request lets it through.`,
    );

    const onlyNew = await checkJson(['--base', 'main', '--only-new'], repo.dir);
    expect(onlyNew.code).toBe(1);
    expect(onlyNew.report.findings.map((f) => f.ruleId)).toEqual(['policy-loosening', 'policy-loosening']);
  });

  it('a waiver added beside the plan it exempts is a loosening too', async () => {
    const repo = baseRepo();
    repo.write(WIDE_CR, WIDE_REINSTALL);
    repo.write(
      'waivers/W-2026-900.yaml',
      'kind: Waiver\nid: W-2026-900\nrule: redundancy-group-concurrency\nchange: CR-2026-0901\nelement: ECI\njustification: The vendor says the reinstall is harmless.\napprovedBy:\n  - a.martin\n  - l.bernard\nticket: CAB-2026-0900\nexpires: 2026-12-31T00:00:00+01:00\n',
    );
    repo.commit('reinstall, waived');
    const { code, report } = await checkJson(['--base', 'main'], repo.dir);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'policy-loosening').map((f) => [f.file, f.line, f.data.what, f.data.flips])).toEqual([
      ['waivers/W-2026-900.yaml', 2, 'waiver W-2026-900 is added: it exempts CR-2026-0901 from redundancy-group-concurrency', ['CR-2026-0901']],
    ]);
  });

  it('tightening the policy beside an honest plan passes', async () => {
    const repo = baseRepo();
    addRules(repo, '  canary-and-soak:\n    options: { soakHours: 36 }\n');
    repo.write(POLICY, repo.read(POLICY).replace('freezePeriods:\n', 'freezePeriods:\n  - { id: FRZ-2026-ELECTION, reason: Election night, start: 2026-12-13T00:00:00+01:00, end: 2026-12-14T06:00:00+01:00 }\n'));
    repo.commit('stricter soak, election freeze');
    const { code, report } = await checkJson(['--base', 'main'], repo.dir);
    expect(report.findings.map((f) => f.ruleId)).toEqual([]);
    expect(code).toBe(0);
  });

  it('--staged refuses the loosening before the commit, as CI would', async () => {
    const repo = baseRepo();
    addRules(repo, '  surviving-capacity:\n    options: { headroom: 0.05 }\n');
    repo.git('add', '-A');
    const { code, report } = await checkJson(['--staged'], repo.dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.data.what}`)).toEqual(['policy-loosening option headroom of rule surviving-capacity is lowered from 0.2 to 0.05']);
  });
});

describe('the incident-shaped change of the example network, pushed through by its owner', () => {
  const EXAMPLE = join(ROOT, 'examples', 'six-sites');
  const INCIDENT = 'changes/CR-2026-0601-reconnection-all-sites.yaml';

  it('switching off every rule it trips, in the same pull request, fails with one located finding per rule and names the change it lets through', async () => {
    const repo = initRepo();
    cpSync(EXAMPLE, repo.dir, { recursive: true, filter: (src) => !src.includes('/gallery') && !src.endsWith('README.md') });
    const incident = repo.read(INCIDENT);
    repo.remove(INCIDENT);
    repo.commit('main: the network and the capacity upgrade');
    repo.git('checkout', '-q', '-b', 'routine-reconnection');
    repo.write(INCIDENT, incident);
    const tripped = [...new Set((await checkJson([], repo.dir)).report.findings.filter((f) => f.changeId === 'CR-2026-0601').map((f) => f.ruleId))].sort();
    expect(tripped.length).toBeGreaterThan(5);
    const policy = repo.read(POLICY).replace(/\nrules:[^\n]*\n?$/, '\n');
    repo.write(POLICY, `${policy.trimEnd()}\nrules:\n${tripped.map((id) => `  ${id}:\n    severity: off\n`).join('')}`);
    repo.commit('routine reconnection; rules that do not apply switched off');

    const alone = await checkJson([], repo.dir);
    expect(alone.report.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const { code, report } = await checkJson(['--base', 'main'], repo.dir);
    expect(code).toBe(1);
    const loosened = report.findings.filter((f) => f.severity === 'error');
    expect(loosened.map((f) => f.ruleId)).toEqual(tripped.map(() => 'policy-loosening'));
    // The example's custom rule one-site-per-night (rules/one-site-per-night.yaml) is a warning.
    expect(loosened.map((f) => f.data.what).sort()).toEqual(tripped.map((id) => `rule ${id} is lowered from ${id === 'one-site-per-night' ? 'warning' : 'error'} to off`).sort());
    expect(new Set(loosened.map((f) => f.file))).toEqual(new Set([POLICY]));
    expect(loosened.every((f) => JSON.stringify(f.data.flips) === '["CR-2026-0601"]')).toBe(true);
  });

  it('leaving out its procedure does not remove canary-and-soak', async () => {
    const dir = tempDir();
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('/gallery') });
    const path = join(dir, INCIDENT);
    writeFileSync(path, readFileSync(path, 'utf8').replace('    procedure: RECONNECT-SEQ-V3\n', ''));
    const { code, report } = await checkJson([], dir);
    expect(code).toBe(1);
    const canary = report.findings.filter((f) => f.ruleId === 'canary-and-soak');
    expect(canary.map((f) => [f.messageId, f.data.signature])).toEqual([['wholeGroupUnproven', 'reconnection without a procedure identifier in CR-2026-0601']]);
  });
});
