// The attacks of a change's author on the example network, end to end through the CLI on a real git
// repository whose policy verifies approvals by signed commits: each is refused (exit 1) with the rule
// and message that say which verified approval is needed from whom; the honest counterpart passes.
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, cleanupAll, cli } from '../git/helpers.ts';
import type { JsonFinding as GitJsonFinding } from '../git/helpers.ts';
import { CR_0412, CR_0601, addApproval, signedExampleRepo } from './signed-repo.ts';
import type { SignedRepo } from './signed-repo.ts';

afterAll(cleanupAll);

type JsonFinding = GitJsonFinding & { message: string; changeId?: string };

interface Report {
  verdict: string;
  findings: JsonFinding[];
  waived: JsonFinding[];
  approvals: { source: string; verified: number; unverified: number; declared: number };
}

async function check(repo: SignedRepo, ...extra: string[]): Promise<{ code: number; report: Report; text: string }> {
  const json = await cli(['check', repo.dir, '--as-of', AS_OF, '--format', 'json', ...extra], repo.dir);
  const text = await cli(['check', repo.dir, '--as-of', AS_OF, '--max-per-rule', '100'], repo.dir);
  expect(json.code).toBe(text.code);
  return { code: json.code, report: JSON.parse(json.stdout) as Report, text: text.stdout };
}

const on = (report: Report, changeId: string) => report.findings.filter((f) => f.changeId === changeId);

/** The staged upgrade approved by both CAB members, each in a commit signed with their own key. */
function approve0412(repo: SignedRepo): void {
  const revision = repo.revision('CR-2026-0412');
  addApproval(repo, CR_0412, `  - { by: a.martin, role: cab, at: 2026-11-20T10:00:00+01:00, revision: "${revision}" }`);
  repo.commitAs('a.martin', 'Approve CR-2026-0412');
  addApproval(repo, CR_0412, `  - { by: l.bernard, role: cab, at: 2026-11-20T14:30:00+01:00, revision: "${revision}" }`);
  repo.commitAs('l.bernard', 'Approve CR-2026-0412');
}

const waiver = (id: string, rule: string, approvers: string[], extra = '') => `kind: Waiver
id: ${id}
rule: ${rule}
change: CR-2026-0601
justification: The owner says the crisis cell handles this outside the change tool.
requestedBy: m.leroy
approvedBy:
${approvers.map((a) => `  - ${a}`).join('\n')}
ticket: CAB-2026-1201
expires: 2026-12-31T00:00:00+01:00
${extra}`;

describe('approvals verified by signed commits (examples/six-sites, policy: signed-commits)', () => {
  it('honest: approvals added in commits signed by their approvers count; CR-2026-0412 passes', async () => {
    const repo = signedExampleRepo();
    approve0412(repo);
    const { report, text } = await check(repo);
    expect(on(report, 'CR-2026-0412')).toEqual([]);
    expect(report.approvals).toEqual({ source: 'signed-commits', evidence: 'signed commits verified by git against policy/allowed_signers', verified: 2, declared: 0, unverified: 0 });
    expect(text).toContain('Approvals: 2 verified, 0 not verified (source: signed commits).');
    // Without CR-2026-0601 the repository passes.
    repo.remove(CR_0601);
    repo.commitAs('j.dupont', 'Withdraw CR-2026-0601', false);
    const alone = await check(repo);
    expect([alone.code, alone.report.verdict]).toEqual([0, 'pass']);
    // Read from git objects (--head, --base, as CI runs it): the same verification, from the commit.
    const fromRefs = await cli(['check', repo.dir, '--head', 'HEAD', '--base', 'HEAD~1', '--as-of', AS_OF, '--format', 'json'], repo.dir);
    expect(fromRefs.code).toBe(0);
    expect((JSON.parse(fromRefs.stdout) as Report).approvals).toMatchObject({ source: 'signed-commits', verified: 2, unverified: 0 });
    // Staged by the pre-commit hook but not committed yet: nothing signs it, so it does not count yet.
    addApproval(repo, CR_0412, '  - { by: s.moreau, role: security }');
    repo.git('add', '-A');
    const staged = await cli(['check', repo.dir, '--staged', '--as-of', AS_OF, '--format', 'json'], repo.dir);
    const stagedReport = JSON.parse(staged.stdout) as Report;
    expect(stagedReport.findings.filter((f) => f.messageId === 'notVerified').map((f) => [f.data.by, f.line])).toEqual([['s.moreau', 19]]);
  });

  it('unsigned: the same approval lines typed by the owner do not count', async () => {
    const repo = signedExampleRepo();
    const revision = repo.revision('CR-2026-0412');
    addApproval(repo, CR_0412, `  - { by: a.martin, role: cab, revision: "${revision}" }\n  - { by: l.bernard, role: cab, revision: "${revision}" }`);
    repo.commitAs('j.dupont', 'Record the approvals', false);
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    const refused = on(report, 'CR-2026-0412').filter((f) => f.messageId === 'notVerified');
    expect(refused.map((f) => [f.ruleId, f.line, f.data.by])).toEqual([
      ['approvals', 19, 'a.martin'],
      ['approvals', 20, 'l.bernard'],
    ]);
    expect(refused[0]!.message).toMatch(/^the approval by a\.martin of CR-2026-0412 does not count: no commit signed by a\.martin backs it \(line 19 comes from commit [0-9a-f]{12}, which is not signed\)\. The policy accepts only approvals proven by a commit signed with their SSH key/);
    expect(on(report, 'CR-2026-0412').map((f) => f.messageId)).toContain('tooFewApprovals');
    expect(report.approvals).toMatchObject({ verified: 0, unverified: 2 });
  });

  it('typed "by: <CAB member>" on the incident-shaped change, even signed by the owner, is refused', async () => {
    const repo = signedExampleRepo();
    const revision = repo.revision('CR-2026-0601');
    addApproval(repo, CR_0601, `  - { by: l.bernard, role: cab, revision: "${revision}" }`);
    repo.commitAs('m.leroy', 'CAB said yes on the phone');
    addApproval(repo, CR_0601, `  - { by: a.martin, role: cab, revision: "${revision}" }`);
    repo.commitAs('l.bernard', 'Approving on behalf of Anne');
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    const refused = on(report, 'CR-2026-0601').filter((f) => f.messageId === 'notVerified');
    expect(refused.map((f) => f.data.by)).toEqual(['a.martin', 'l.bernard']);
    expect(refused[0]!.message).toContain('no commit signed by a.martin backs it; proven instead: l.bernard (commit');
    expect(refused[1]!.message).toMatch(/signed by a key that is not in the allowed signers/);
    expect(on(report, 'CR-2026-0601').map((f) => f.messageId)).toEqual(expect.arrayContaining(['tooFewApprovals', 'missingRole', 'selfApproval']));
  });

  it('waivers approved by the owner or by non-approvers never open the gate', async () => {
    const repo = signedExampleRepo();
    repo.write('waivers/W-1.yaml', waiver('W-1', 'stakeholder-notification', ['m.leroy']));
    repo.write('waivers/W-2.yaml', waiver('W-2', 'maintenance-window', ['s.moreau', 'x.unknown']));
    repo.commitAs('m.leroy', 'Waivers for CR-2026-0601');
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(report.waived).toEqual([]);
    const refused = report.findings.filter((f) => f.ruleId === 'waiver-validity');
    expect(refused.map((f) => [f.messageId, f.file, f.line, f.data.waiver])).toEqual([
      ['notApproved', 'waivers/W-1.yaml', 8, 'W-1'],
      ['notApproved', 'waivers/W-2.yaml', 8, 'W-2'],
    ]);
    expect(refused[0]!.message).toContain('needs 2 distinct approver(s) holding cab');
    expect(refused[0]!.message).toContain('Not counted: m.leroy owns CR-2026-0601');
    expect(refused[0]!.message).toContain('Ask a.martin, l.bernard to approve it');
    expect(refused[1]!.data.refused).toEqual([expect.stringMatching(/^s\.moreau's approval is not verified: no commit signed by s\.moreau backs it \(line 8 comes from commit [0-9a-f]{12}, signed by a key that is not in the allowed signers\)$/), 'x.unknown is not an approver in the policy']);
  });

  it('a waiver listing the CAB members, committed by the owner, is not theirs; signed by each, it covers a waivable rule', async () => {
    const repo = signedExampleRepo();
    repo.write('waivers/W-3.yaml', waiver('W-3', 'stakeholder-notification', ['a.martin', 'l.bernard']));
    repo.commitAs('m.leroy', 'Waiver for CR-2026-0601, approvers typed in');
    const typed = await check(repo);
    expect(typed.report.waived).toEqual([]);
    const refused = typed.report.findings.find((f) => f.ruleId === 'waiver-validity');
    expect(refused?.message).toMatch(/a\.martin's approval is not verified: no commit signed by a\.martin backs it \(line 8 comes from commit [0-9a-f]{12}, signed by a key that is not in the allowed signers\)/);

    // Honest: each CAB member writes their own approver line in a commit signed with their key.
    repo.write('waivers/W-3.yaml', waiver('W-3', 'stakeholder-notification', ['m.leroy']));
    repo.commitAs('m.leroy', 'Waiver for CR-2026-0601, to be approved', false);
    repo.write('waivers/W-3.yaml', repo.read('waivers/W-3.yaml').replace('  - m.leroy\n', '  - a.martin\n'));
    repo.commitAs('a.martin', 'Approve waiver W-3');
    repo.write('waivers/W-3.yaml', repo.read('waivers/W-3.yaml').replace('  - a.martin\n', '  - a.martin\n  - l.bernard\n'));
    repo.commitAs('l.bernard', 'Approve waiver W-3');
    const honest = await check(repo);
    expect(honest.report.waived.map((f) => f.ruleId)).toEqual(Array(honest.report.waived.length).fill('stakeholder-notification'));
    expect(honest.report.waived.length).toBeGreaterThan(0);
    expect(honest.report.findings.filter((f) => f.ruleId === 'waiver-validity')).toEqual([]);
    // Still failing: the incident-shaped change has unwaivable findings.
    expect(honest.code).toBe(1);
  });

  it('unwaivable findings stay blocking whoever approves the waiver', async () => {
    const repo = signedExampleRepo();
    repo.write('waivers/W-4.yaml', waiver('W-4', 'redundancy-group-concurrency', ['a.martin'], 'element: ECI\n'));
    repo.write('waivers/W-5.yaml', waiver('W-5', 'emergency-route-diversity', ['a.martin'], 'element: "112"\n'));
    repo.write('waivers/W-6.yaml', waiver('W-6', 'canary-and-soak', ['a.martin']));
    repo.commitAs('a.martin', 'Waivers');
    for (const id of ['W-4', 'W-5', 'W-6']) repo.write(`waivers/${id}.yaml`, repo.read(`waivers/${id}.yaml`).replace('  - a.martin\n', '  - a.martin\n  - l.bernard\n'));
    repo.commitAs('l.bernard', 'Waivers');
    const { code, report } = await check(repo);
    expect(code).toBe(1);
    expect(report.waived).toEqual([]);
    const refused = report.findings.filter((f) => f.ruleId === 'waiver-validity').map((f) => [f.messageId, f.file, f.line, f.data.messageId]);
    expect(refused).toEqual([
      ['unwaivable', 'waivers/W-4.yaml', 3, 'wholeGroupAtRisk'],
      ['unwaivable', 'waivers/W-5.yaml', 3, 'noRouteLeft'],
      ['unwaivable', 'waivers/W-6.yaml', 3, 'wholeGroupUnproven'],
    ]);
    expect(on(report, 'CR-2026-0601').filter((f) => f.ruleId === 'redundancy-group-concurrency').map((f) => f.messageId)).toEqual(['wholeGroupAtRisk']);
  });
});
