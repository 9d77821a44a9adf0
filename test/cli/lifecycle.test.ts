// The lifecycle end to end through the CLI, in-process, on a copy of test/fixtures/repos/lifecycle (the
// six-site network with the staged capacity upgrade in progress and the record of its first two
// nights): re-checks after each night with approvals intact, the guard's go and no-go, `record`
// writing what ran, and located errors in a record.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { changeRequest, night } from '../support/builders.ts';
import { fixtureRepo } from '../support/fixture-repos.ts';

const FIXTURE = fixtureRepo('lifecycle');
const CLOCK = '2026-12-10T00:31:00+01:00';
const temporary: string[] = [];
afterAll(() => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-lifecycle-'));
  temporary.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, isTTY: false, now: () => Date.parse(CLOCK) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const RECORD = 'records/CR-2026-0412.yaml';
const CR = 'changes/CR-2026-0412-staged-capacity-upgrade.yaml';

describe('a multi-night change re-checked after each night', () => {
  for (const asOf of ['2026-12-08T12:00:00+01:00', '2026-12-09T12:00:00+01:00', '2026-12-10T00:31:00+01:00']) {
    it(`passes as of ${asOf}, its approvals intact although it is in progress`, async () => {
      const r = await run(['check', '.', '--as-of', asOf, '--format', 'json'], FIXTURE);
      const report = JSON.parse(r.stdout) as { verdict: string; findings: { ruleId: string }[] };
      expect(report.findings).toEqual([]);
      expect(report.verdict).toBe('pass');
      expect(r.code).toBe(0);
    });
  }

  it('prints the progress under the change in the text output', async () => {
    const r = await run(['check', '.', '--as-of', '2026-12-09T12:00:00+01:00'], FIXTURE);
    expect(r.stdout).toContain('  CR-2026-0412  pass  Staged capacity upgrade of the interconnect call servers\n                in-progress: 6 of 18 steps done; 12 to go\n');
  });

  it('fails once a night window closes without its steps (judged by the record, not "in the past")', async () => {
    const r = await run(['check', '.', '--as-of', '2026-12-10T04:00:00+01:00', '--format', 'json'], FIXTURE);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; messageId: string; stepId: string; file: string; line: number }[] };
    expect(report.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.stepId}`)).toEqual([
      'execution-record/missedWindow s7',
      'execution-record/missedWindow s8',
      'execution-record/missedWindow s9',
    ]);
    expect(report.findings[0]).toMatchObject({ file: CR, line: 172 });
    expect(r.code).toBe(1);
  });
});

describe('changegate guard', () => {
  it('allows the honest next step, and says which instant it judged', async () => {
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '--repo', FIXTURE], FIXTURE);
    expect(r.stdout).toBe('GO: CR-2026-0412 step s7 may start at 2026-12-10 00:31 (+01:00) (now, from the clock).\n');
    expect(r.code).toBe(0);
  });

  it('refuses a step brought forward before its approved window', async () => {
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '--at', '2026-12-09T23:50:00+01:00', '-C', FIXTURE, '--format', 'json'], FIXTURE);
    const decision = JSON.parse(r.stdout) as { status: string; atSource: string; atText: string; reasons: { check: string; message: string }[] };
    expect(decision).toMatchObject({ status: 'no-go', atSource: 'option', atText: '2026-12-09 23:50 (+01:00)' });
    expect(decision.reasons.map((x) => x.check)).toEqual(['window-not-open']);
    expect(decision.reasons[0]?.message).toContain('would bring it forward by 40 minute(s)');
    expect(r.code).toBe(1);
  });

  it('refuses a step whose dependency has not run, and a step already run', async () => {
    const next = await run(['guard', 'CR-2026-0412', '--step', 's8', '--at', '2026-12-10T00:40:00+01:00', '-C', FIXTURE], FIXTURE);
    expect(next.stdout).toContain('NO-GO');
    expect(next.stdout).toContain('dependency: step s7, which s8 depends on, has not started');
    expect(next.code).toBe(1);
    const again = await run(['guard', 'CR-2026-0412', '--step', 's3', '--at', '2026-12-10T00:40:00+01:00', '-C', FIXTURE], FIXTURE);
    expect(again.stdout).toContain('already-started: step s3 already started at 2026-12-08 02:50 (+01:00) (recorded ok)');
    expect(again.code).toBe(1);
  });

  it('refuses the step after a failed one, recorded through changegate record', async () => {
    const repo = copyOfFixture();
    const env = { CHANGEGATE_OPERATOR: 'noc-automation' };
    expect((await run(['record', 'CR-2026-0412', '--step', 's7', '--start', '--at', '2026-12-10T00:31:00+01:00', '-C', repo], repo, env)).code).toBe(0);
    const end = await run(['record', 'CR-2026-0412', '--step', 's7', '--end', '--result', 'failed', '--at', '2026-12-10T00:44:00+01:00', '--note', 'drain flag refused by the routing plan', '-C', repo], repo, env);
    expect(end.stdout).toBe(`recorded in ${RECORD}: CR-2026-0412 step s7: ended 2026-12-10T00:44:00+01:00, result failed\n`);
    const r = await run(['guard', 'CR-2026-0412', '--step', 's8', '--at', '2026-12-10T00:50:00+01:00', '-C', repo], repo);
    expect(r.stdout).toContain('dependency: step s7, which s8 depends on, is recorded failed');
    expect(r.stdout).toContain('execution-record/blockedByFailure');
    expect(r.code).toBe(1);
  });

  it('refuses a wave whose canary has not soaked, and allows it once the canary has soaked', async () => {
    const repo = copyOfFixture();
    writeFileSync(join(repo, 'changes', 'CR-TEST-UPG.yaml'), UPGRADE);
    writeFileSync(join(repo, 'records', 'CR-TEST-UPG.yaml'), UPGRADE_RECORD);
    // Canary ended 02:10 on the 15th: with 24 h of soak and the 18:00 peak, the version is proven at 02:10 on the 16th.
    const early = await run(['guard', 'CR-TEST-UPG', '--step', 'w1', '--at', '2026-12-16T01:30:00+01:00', '-C', repo, '--format', 'json'], repo);
    const decision = JSON.parse(early.stdout) as { status: string; reasons: { check: string; message: string }[] };
    expect(decision.status).toBe('no-go');
    expect(decision.reasons.find((x) => x.check === 'canary')?.message).toBe(
      'CR-TEST-UPG#c1 (canary of software-upgrade:7.5.0 on ECI) ended 2026-12-15 02:10 (+01:00) but has not soaked: software-upgrade:7.5.0 is proven at 2026-12-16 02:10 (+01:00)',
    );
    expect(early.code).toBe(1);
    const soaked = await run(['guard', 'CR-TEST-UPG', '--step', 'w1', '--at', '2026-12-16T02:15:00+01:00', '-C', repo, '--format', 'json'], repo);
    expect((JSON.parse(soaked.stdout) as { reasons: { check: string }[] }).reasons.map((x) => x.check)).not.toContain('canary');
  });

  it('refuses once the plan was edited after its approval (content no longer the one approved)', async () => {
    const repo = copyOfFixture();
    const file = join(repo, CR);
    writeFileSync(file, readFileSync(file, 'utf8').replace('end: 2026-12-10T03:10:00+01:00', 'end: 2026-12-10T03:15:00+01:00'));
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '-C', repo, '--format', 'json'], repo);
    const decision = JSON.parse(r.stdout) as { status: string; reasons: { ruleId?: string; messageId?: string }[] };
    expect(decision.status).toBe('no-go');
    expect(decision.reasons.filter((x) => x.messageId === 'staleRevision').map((x) => x.ruleId)).toEqual(['approvals', 'approvals']);
    expect(r.code).toBe(1);
  });

  it('refuses while another change runs on the same redundancy group without having been judged with it', async () => {
    const repo = copyOfFixture();
    // A cancelled change (never on the timeline) that the record shows running on par2-cs1 right now.
    const side = changeRequest('CR-TEST-SIDE', [{ id: 'r1', action: 'restart', targets: { callServers: ['par2-cs1'] }, window: night(10, '00:00', '00:20') }], {
      title: 'Restart par2-cs1',
      owner: 'm.leroy',
      purpose: 'Clear a stuck licence counter',
      declaredRisk: 'low',
      state: 'cancelled',
    });
    writeFileSync(join(repo, 'changes', 'CR-TEST-SIDE.yaml'), side);
    writeFileSync(join(repo, 'records', 'CR-TEST-SIDE.yaml'), 'kind: ExecutionRecord\nchange: CR-TEST-SIDE\nsteps:\n  - { step: r1, start: 2026-12-10T00:25:00+01:00, operator: m.leroy }\n');
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '-C', repo, '--format', 'json'], repo);
    const decision = JSON.parse(r.stdout) as { status: string; reasons: { check: string; message: string; file?: string }[] };
    expect(decision.reasons.find((x) => x.check === 'other-change-running')).toEqual({
      check: 'other-change-running',
      message: 'CR-TEST-SIDE step r1 is running on redundancy group ECI (started 2026-12-10 00:25 (+01:00)), and this plan was not judged with it running now; wait until it ends',
      file: 'records/CR-TEST-SIDE.yaml',
    });
    expect(r.code).toBe(1);
  });

  it('refuses inside a freeze period', async () => {
    const repo = copyOfFixture();
    const policy = join(repo, 'policy', 'policy.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('start: 2026-12-24T00:00:00+01:00', 'start: 2026-12-10T00:00:00+01:00'));
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '-C', repo, '--format', 'json'], repo);
    const decision = JSON.parse(r.stdout) as { reasons: { check: string }[] };
    expect(decision.reasons.map((x) => x.check)).toContain('freeze');
    expect(r.code).toBe(1);
  });

  it('is an error (exit 2) for an unknown change or step, with a suggestion', async () => {
    const change = await run(['guard', 'CR-2026-0421', '--step', 's7', '-C', FIXTURE], FIXTURE);
    expect(change.stdout).toContain('there is no change request CR-2026-0421; did you mean CR-2026-0412?');
    expect(change.code).toBe(2);
    const step = await run(['guard', 'CR-2026-0412', '--step', 's77', '-C', FIXTURE], FIXTURE);
    expect(step.stdout).toContain('CR-2026-0412 has no step s77; did you mean s17?');
    expect(step.code).toBe(2);
  });

  it('is an error (exit 2) when the repository cannot be evaluated: nothing may start', async () => {
    const repo = copyOfFixture();
    writeFileSync(join(repo, RECORD), readFileSync(join(FIXTURE, RECORD), 'utf8').replace('result: ok', 'result: done'));
    const r = await run(['guard', 'CR-2026-0412', '--step', 's7', '-C', repo], repo);
    expect(r.stdout).toMatch(/^ERROR: cannot judge CR-2026-0412 step s7/);
    expect(r.stdout).toContain('schema-valid/notAllowed');
    expect(r.code).toBe(2);
  });
});

describe('changegate record', () => {
  it('appends a start, then an end with test calls, that check and guard read back', async () => {
    const repo = copyOfFixture();
    const start = await run(['record', 'CR-2026-0412', '--step', 's7', '--start', '--operator', 'm.leroy', '-C', repo], repo);
    expect(start.stdout).toBe(`recorded in ${RECORD}: CR-2026-0412 step s7: started 2026-12-10T00:31:00+01:00 by m.leroy (time from the clock)\n`);
    const text = readFileSync(join(repo, RECORD), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=../../../../../schemas/execution-record.schema.json\n')).toBe(true);
    expect(text).toContain('  - step: "s7"\n    start: "2026-12-10T00:31:00+01:00"\n    operator: "m.leroy"\n');
    // While s7 runs, its dependent must wait.
    const waiting = await run(['guard', 'CR-2026-0412', '--step', 's8', '--at', '2026-12-10T00:45:00+01:00', '-C', repo], repo);
    expect(waiting.stdout).toContain('is still running (started 2026-12-10 00:31 (+01:00))');
    const end = await run(['record', 'CR-2026-0412', '--step', 's7', '--end', '--result', 'ok', '--operator', 'm.leroy', '--at', '2026-12-10T00:46:00+01:00', '-C', repo], repo);
    expect(end.code).toBe(0);
    const go = await run(['guard', 'CR-2026-0412', '--step', 's8', '--at', '2026-12-10T00:50:00+01:00', '-C', repo], repo);
    expect(go.stdout).toMatch(/^GO:/);
    const check = await run(['check', repo, '--as-of', '2026-12-10T00:50:00+01:00'], repo);
    expect(check.code).toBe(0);
  });

  it('refuses what would make the record wrong, and writes nothing', async () => {
    const repo = copyOfFixture();
    const before = readFileSync(join(repo, RECORD), 'utf8');
    const twice = await run(['record', 'CR-2026-0412', '--step', 's3', '--start', '--operator', 'm.leroy', '-C', repo], repo);
    expect(twice.stderr).toContain('step s3 of CR-2026-0412 is already recorded as started at 2026-12-08T02:50:00+01:00');
    expect(twice.code).toBe(2);
    const unknown = await run(['record', 'CR-2026-0412', '--step', 's70', '--start', '--operator', 'm.leroy', '-C', repo], repo);
    expect(unknown.stderr).toContain('CR-2026-0412 has no step s70; did you mean s10?');
    const endFirst = await run(['record', 'CR-2026-0412', '--step', 's7', '--end', '--result', 'ok', '--operator', 'm.leroy', '-C', repo], repo);
    expect(endFirst.stderr).toContain('step s7 of CR-2026-0412 has no recorded start');
    const badEnd = await run(['record', 'CR-2026-0412', '--step', 's7', '--end', '--operator', 'm.leroy', '-C', repo], repo);
    expect(badEnd.stderr).toContain('--end needs --result ok|failed|rolled-back|aborted');
    expect(badEnd.code).toBe(2);
    const party = await run(['record', 'CR-2026-0412', '--notified', 'ARCEP duty', '--to', 'x@example.org', '--operator', 'j.dupont', '-C', repo], repo);
    expect(party.stderr).toContain('CR-2026-0412 notifies no party named "ARCEP duty"; its notify entries are: ARCEP duty desk, ');
    const call = await run(['record', 'CR-2026-0412', '--step', 's6', '--test-call', '999=answered', '-C', repo], repo);
    expect(call.stderr).toContain('unknown emergency number "999"');
    expect(call.code).toBe(2);
    const operator = await run(['record', 'CR-2026-0412', '--step', 's7', '--start', '--operator', 'm.leroy; rm -rf /', '-C', repo], repo);
    expect(operator.stderr).toContain('the new record would not be valid');
    expect(operator.code).toBe(2);
    expect(readFileSync(join(repo, RECORD), 'utf8')).toBe(before);
  });

  it('never rewrites a record it cannot read: its history would be lost', async () => {
    const repo = copyOfFixture();
    const broken = readFileSync(join(FIXTURE, RECORD), 'utf8').replace('result: ok', 'result: done');
    writeFileSync(join(repo, RECORD), broken);
    const r = await run(['record', 'CR-2026-0412', '--step', 's7', '--start', '--operator', 'm.leroy', '-C', repo], repo);
    expect(r.stderr).toContain(`${RECORD} exists but is not a readable execution record of CR-2026-0412; fix it first, nothing was written`);
    expect(r.stderr).toContain('result');
    expect(r.code).toBe(2);
    expect(readFileSync(join(repo, RECORD), 'utf8')).toBe(broken);
  });

  it('records a notice sent, which the lead-time check then counts', async () => {
    const repo = copyOfFixture();
    rmSync(join(repo, RECORD));
    const asOf = '2026-12-07T23:00:00+01:00';
    const before = await run(['check', repo, '--as-of', asOf, '--format', 'json'], repo);
    expect((JSON.parse(before.stdout) as { findings: { messageId: string }[] }).findings.map((f) => f.messageId)).toEqual(['tooLateToNotify']);
    for (const [party, to, at] of [
      ['ARCEP duty desk', 'astreinte@example.org', '2026-12-03T10:05:00+01:00'],
      ['Liaison officers of the emergency call centres served by the interconnect', 'liaison-psap@example.org', '2026-12-03T10:20:00+01:00'],
      ['Voice core NOC', 'noc-voice@example.org', '2026-12-04T09:00:00+01:00'],
    ] as const) {
      const r = await run(['record', 'CR-2026-0412', '--notified', party, '--to', to, '--operator', 'j.dupont', '--at', at, '-C', repo], repo);
      expect(r.code).toBe(0);
    }
    const after = await run(['check', repo, '--as-of', asOf], repo);
    expect(after.code).toBe(0);
  });
});

describe('progress from the record in the CAB report and the PR comment', () => {
  it('shows done, running and failed steps', async () => {
    const repo = copyOfFixture();
    const env = { CHANGEGATE_OPERATOR: 'noc-automation' };
    await run(['record', 'CR-2026-0412', '--step', 's7', '--start', '--at', '2026-12-10T00:31:00+01:00', '-C', repo], repo, env);
    const cab = await run(['report', repo, '--format', 'md', '--as-of', '2026-12-10T00:40:00+01:00', '--change', 'CR-2026-0412'], repo);
    // The CAB Markdown escapes only what Markdown would read as syntax there: parentheses, `-` and `+` inside a line stay as written.
    expect(cab.stdout).toContain('| Progress (record) | 6 of 18 steps done; running: s7 (since 2026-12-10 00:31 (+01:00)); 11 to go |');
    await run(['record', 'CR-2026-0412', '--step', 's7', '--end', '--result', 'rolled-back', '--at', '2026-12-10T00:45:00+01:00', '-C', repo], repo, env);
    const html = await run(['report', repo, '--format', 'html', '--as-of', '2026-12-10T00:46:00+01:00', '--change', 'CR-2026-0412'], repo);
    expect(html.stdout).toContain('<th scope="row">Progress (record)</th><td colspan="3" class="neg">6 of 18 steps done; FAILED: s7 (rolled-back); 11 to go</td>');
    const comment = await run(['check', repo, '--format', 'markdown', '--as-of', '2026-12-10T00:46:00+01:00'], repo);
    expect(comment.stdout).toContain('#### Progress from the execution records\n\n- **CR-2026-0412** (in-progress): 6 of 18 steps done; FAILED: s7 (rolled-back); 11 to go\n');
    expect(comment.code).toBe(1);
  });
});

describe('a record with mistakes', () => {
  const inputFindings = (stdout: string) =>
    (JSON.parse(stdout) as { findings: { ruleId: string; messageId: string; file: string; line: number; column: number; message: string }[] }).findings
      .filter((f) => ['schema-valid', 'reference-integrity'].includes(f.ruleId))
      .map((f) => `${f.ruleId}/${f.messageId} ${f.file}:${f.line}:${f.column} ${f.message}`);

  it('gets a located error for an end without a result', async () => {
    const repo = copyOfFixture();
    const text = readFileSync(join(FIXTURE, RECORD), 'utf8');
    writeFileSync(join(repo, RECORD), text.replace('    end: 2026-12-09T03:01:00+01:00\n    result: ok\n', '    end: 2026-12-09T03:01:00+01:00\n'));
    const r = await run(['check', repo, '--as-of', '2026-12-09T12:00:00+01:00', '--format', 'json'], repo);
    expect(inputFindings(r.stdout)).toEqual(['schema-valid/missingProperty records/CR-2026-0412.yaml:44:5 `end` is given without `result`; write both together']);
    expect(r.code).toBe(2);
  });

  it('gets a located error for a second record of the same change', async () => {
    const repo = copyOfFixture();
    writeFileSync(join(repo, 'records', 'again.yaml'), 'kind: ExecutionRecord\nchange: CR-2026-0412\n');
    const r = await run(['check', repo, '--as-of', '2026-12-09T12:00:00+01:00', '--format', 'json'], repo);
    expect(inputFindings(r.stdout)).toEqual([
      'reference-integrity/duplicateDocument records/again.yaml:2:9 a second execution record for CR-2026-0412; the first is records/CR-2026-0412.yaml. Keep one record per change request',
    ]);
    expect(r.code).toBe(2);
  });

  it('names an unknown step with a suggestion', async () => {
    const repo = copyOfFixture();
    const text = readFileSync(join(FIXTURE, RECORD), 'utf8');
    writeFileSync(join(repo, RECORD), text.replace('- { step: s4, start', '- { step: s44, start'));
    const r = await run(['check', repo, '--as-of', '2026-12-09T12:00:00+01:00', '--format', 'json'], repo);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number; column: number; message: string }[] }).findings;
    expect(findings.find((f) => f.ruleId === 'reference-integrity')).toMatchObject({ file: RECORD, line: 42, column: 13, message: 'unknown step of CR-2026-0412 "s44"; did you mean "s14"?' });
    expect(r.code).toBe(2);
  });

  it('refuses the retired provenSignatures option with what to do instead', async () => {
    const repo = copyOfFixture();
    const policy = join(repo, 'policy', 'policy.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8') + 'rules:\n  canary-and-soak:\n    options: { provenSignatures: ["reconnection:RECONNECT-SEQ-V3"] }\n');
    const r = await run(['check', repo, '--as-of', '2026-12-09T12:00:00+01:00', '--format', 'json'], repo);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(findings.find((f) => f.ruleId === 'gate-config')?.message).toContain('option "provenSignatures" of rule canary-and-soak was removed: a list of signatures typed into the policy proves nothing');
    expect(r.code).toBe(2);
  });
});

// A software upgrade with its canary on par1-cs1 (night of 14 to 15 December) and a wave on par2-cs1.
const UPGRADE_TO_750 = { version: '7.5.0', previousVersion: '7.4.2' };
const REINSTALL = { procedure: 'Reinstall 7.4.2', minutes: 30, includesTrafficRecovery: true };
const UPGRADE = changeRequest(
  'CR-TEST-UPG',
  [
    { id: 'c1', action: 'software-upgrade', software: UPGRADE_TO_750, targets: { callServers: ['par1-cs1'] }, window: night(15, '01:00', '02:30'), rollback: REINSTALL },
    { id: 'w1', action: 'software-upgrade', software: UPGRADE_TO_750, targets: { callServers: ['par2-cs1'] }, window: night(16, '01:00', '04:00'), dependsOn: ['c1'], rollback: REINSTALL },
  ],
  { title: 'Upgrade to 7.5.0', purpose: 'Exercise the guard on a canary', state: 'in-progress' },
);

const UPGRADE_RECORD = `kind: ExecutionRecord
change: CR-TEST-UPG
steps:
  - { step: c1, start: 2026-12-15T01:00:00+01:00, end: 2026-12-15T02:10:00+01:00, result: ok, operator: m.leroy }
`;
