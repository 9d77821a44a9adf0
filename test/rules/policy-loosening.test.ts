// policy-loosening: the comparison of the gate's own settings at base and at head (src/git/loosening.ts),
// on the base network with an honest plan and a plan only a looser policy would let through. The CLI
// end to end (check --base on real git) is in test/git/loosening.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { evaluate } from '../default-pack.ts';
import type { Finding } from '../../src/core/finding.ts';
import { OPTION_LOOSENS, judgeLoosenings } from '../../src/git/loosening.ts';
import type { VerifiedApprover } from '../../src/git/loosening.ts';
import type { ApprovalEvidence } from '../../src/approvals/evidence.ts';
import { HONEST_CR, WIDE_CR, WIDE_REINSTALL, honestPush } from '../trust/fixtures.ts';
import { BASE_NETWORK, DEFAULT_AS_OF, caseFiles } from './harness.ts';

const POLICY = 'policy/policy.yaml';
const CATALOG = 'software/catalog.yaml';
const BASE_POLICY = readFileSync(join(BASE_NETWORK, 'policy', 'policy.yaml'), 'utf8');
const BASE_CATALOG = readFileSync(join(BASE_NETWORK, 'software', 'catalog.yaml'), 'utf8');
const PLANS = { [HONEST_CR]: honestPush(), [WIDE_CR]: WIDE_REINSTALL };
const options = { asOf: Date.parse(DEFAULT_AS_OF), rules: ALL_RULES };

function judge(head: Record<string, string | null>, verifiedApprovers: VerifiedApprover[] = [], authors: string[] = [], base: Record<string, string | null> = {}) {
  const baseFiles = caseFiles({ files: { ...PLANS, ...base } });
  const headFiles = caseFiles({ files: { ...PLANS, ...base, ...head } });
  const baseEvaluation = evaluate(baseFiles, options);
  const headEvaluation = evaluate(headFiles, options);
  return judgeLoosenings({
    base: { evaluation: baseEvaluation, files: baseFiles },
    head: { evaluation: headEvaluation, files: headFiles },
    verifiedApprovers,
    authors,
    evaluateOptions: options,
  });
}

const where = (findings: Finding[]) => findings.map((f) => `${f.messageId} ${f.data.kind} ${f.file}:${f.line}:${f.column}`);
const withRules = (rules: string) => `${BASE_POLICY.trimEnd()}\nrules:\n${rules}`;

describe('policy-loosening: what counts as loosening the gate', () => {
  it('raised thresholds, each on its line, flipping the plan they let through', () => {
    const { findings, flips } = judge({ [POLICY]: withRules('  redundancy-group-concurrency:\n    options: { maxSitesAtRisk: 2, maxServersAtRisk: 3 }\n') });
    expect(where(findings)).toEqual([`loosened ruleOption ${POLICY}:29:53`, `loosened ruleOption ${POLICY}:29:32`]);
    expect(findings.map((f) => f.data.what)).toEqual([
      'option maxServersAtRisk of rule redundancy-group-concurrency is raised from 2 to 3',
      'option maxSitesAtRisk of rule redundancy-group-concurrency is raised from 1 to 2',
    ]);
    expect(flips).toEqual([{ changeId: 'CR-2026-0901', underBase: 'fail', underHead: 'pass' }]);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toBe(
      "option maxServersAtRisk of rule redundancy-group-concurrency is raised from 2 to 3. This pull request loosens the gate: a change to the safety system that needs a verified approval from someone holding the cab role (a.martin, l.bernard) who did not author it; no verified approval of this pull request was found. Judged with the base's policy, catalog, waivers and config, CR-2026-0901 would fail: this pull request lets it through.",
    );
  });

  it('a lowered headroom, a shorter soak, a proof shared between groups, a lower severity', () => {
    const { findings } = judge({
      [POLICY]: withRules(
        '  surviving-capacity:\n    options: { headroom: 0.1 }\n  canary-and-soak:\n    options:\n      soakHours: 12\n      groupsSharingProof: [[ECI, ECI-SOUTH]]\n  rollback-plan:\n    severity: warning\n',
      ),
    });
    expect(findings.map((f) => f.data.what)).toEqual([
      'option groupsSharingProof of rule canary-and-soak gains ["ECI","ECI-SOUTH"]',
      'option soakHours of rule canary-and-soak is lowered from 24 to 12',
      'option headroom of rule surviving-capacity is lowered from 0.2 to 0.1',
      'rule rollback-plan is lowered from error to warning',
    ]);
    expect(where(findings)).toEqual([
      `loosened ruleOption ${POLICY}:33:27`,
      `loosened ruleOption ${POLICY}:32:18`,
      `loosened ruleOption ${POLICY}:29:26`,
      `loosened ruleSeverity ${POLICY}:35:15`,
    ]);
  });

  it('a wider window, a removed freeze, a changed time zone, changed approvers', () => {
    const policy = BASE_POLICY.replace('end: "05:00"', 'end: "06:00"')
      .replace(/freezePeriods:\n( {2}.*\n| {4}.*\n)+/, 'freezePeriods: []\n')
      .replace('timeZone: Europe/Paris', 'timeZone: Europe/Brussels')
      .replace('  - { id: s.moreau, name: Sophie Moreau, roles: [security] }\n', '  - { id: s.moreau, name: Sophie Moreau, roles: [security, cab] }\n  - { id: j.dupont, name: Jean Dupont, roles: [cab] }\n')
      .replace('  - { id: n.petit, name: Nicolas Petit, roles: [noc] }\n', '');
    const { findings } = judge({ [POLICY]: policy });
    expect(findings.map((f) => f.data.what)).toEqual([
      'maintenance window weekday/weekend 00:00-06:00 allows 120 minute(s) the base policy did not (from weekday 05:00)',
      'freeze period FRZ-2026-EOY (End-of-year traffic (Christmas Eve to New Year) - no change on the voice core) is removed: changes may run from 2026-12-24 00:00 (+01:00)',
      'the policy time zone changes from Europe/Paris to Europe/Brussels, which moves every maintenance window and freeze',
      'approver s.moreau is changed (roles now security, cab; any change to an approver, their roles or keys, changes who may open the gate)',
      'approver j.dupont is added with role(s) cab',
      'approver n.petit is removed from the approvers list',
    ]);
    expect(where(findings).map((w) => w.split(' ')[2])).toEqual([`${POLICY}:9:5`, `${POLICY}:13:16`, `${POLICY}:5:11`, `${POLICY}:21:5`, `${POLICY}:22:5`, `${POLICY}:19:3`]);
  });

  it('approvals counted as written, a weaker waiver requirement, a qualification needing fewer approvals, a role no longer needing a recovery', () => {
    const strict = withRules('  canary-and-soak:\n    options: { qualificationApprovals: 2 }\n  rollback-plan:\n    options: { requireRecoveryForRoles: [sbc, mgcf] }\n');
    const base = { [POLICY]: strict.replace('approvalSource: { kind: declared }', 'approvalSource: { kind: signed-commits }').replace('\napprovers:', '\nwaiverApprovals:\n  - { severity: error, approvers: 2, role: cab }\napprovers:') };
    const head = strict
      .replace('qualificationApprovals: 2', 'qualificationApprovals: 1')
      .replace('[sbc, mgcf]', '[sbc]')
      .replace('\napprovers:', '\nwaiverApprovals:\n  - { severity: error, approvers: 1, role: cab }\napprovers:');
    const { findings } = judge({ [POLICY]: head }, [], [], base);
    expect(findings.map((f) => f.data.what)).toEqual([
      'option qualificationApprovals of rule canary-and-soak is lowered from 2 to 1',
      'option requireRecoveryForRoles of rule rollback-plan loses mgcf',
      'the approval source changes from signed-commits to declared: approvals now count as written, without proof of who gave them',
      'the waiver requirement of 2 cab approver(s) for error findings is removed or weakened',
    ]);
    expect(where(findings).map((w) => w.split(' ').slice(1, 3).join(' '))).toEqual([
      `ruleOption ${POLICY}:31:40`,
      `ruleOption ${POLICY}:33:41`,
      `approvalSource ${POLICY}:20:25`,
      `waiverApprovals ${POLICY}:23:3`,
    ]);
  });

  it('choosing no approval source is not a loosening: then no approval counts', () => {
    const { findings } = judge({ [POLICY]: BASE_POLICY.replace('approvalSource: { kind: declared }\n', '') });
    expect(findings).toEqual([]);
  });

  it('a shortened freeze', () => {
    const { findings } = judge({ [POLICY]: BASE_POLICY.replace('end: 2027-01-02T00:00:00+01:00', 'end: 2026-12-27T00:00:00+01:00') });
    expect(findings.map((f) => f.data.what)).toEqual([
      'freeze period FRZ-2026-EOY (End-of-year traffic (Christmas Eve to New Year) - no change on the voice core) is shortened: from 2026-12-27 00:00 (+01:00) changes may run again',
    ]);
    expect(where(findings)).toEqual([`loosened freezePeriod ${POLICY}:14:5`]);
  });

  it('a version qualified, a known-bad entry removed, a waiver added', () => {
    const catalog = BASE_CATALOG.replace('version: 7.5.1\n    status: in-lab', 'version: 7.5.1\n    status: qualified').replace(/knownBad:\n[\s\S]*$/, 'knownBad: []\n');
    const waiver = `kind: Waiver
id: W-2026-900
rule: redundancy-group-concurrency
change: CR-2026-0901
element: ECI
justification: The vendor says the reinstall is harmless.
approvedBy:
  - a.martin
  - l.bernard
ticket: CAB-2026-0900
expires: 2026-12-31T00:00:00+01:00
`;
    const { findings, flips } = judge({ [CATALOG]: catalog, 'waivers/W-2026-900.yaml': waiver });
    expect(findings.map((f) => f.data.what)).toEqual([
      'vx-mgcf 7.5.1 is qualified (it was in-lab)',
      'the known-bad entry for version 7.3.0 on vx-mgcf is removed or changed',
      'waiver W-2026-900 is added: it exempts CR-2026-0901 from redundancy-group-concurrency',
    ]);
    expect(where(findings).map((w) => w.split(' ')[2])).toEqual([`${CATALOG}:25:13`, `${CATALOG}:28:11`, 'waivers/W-2026-900.yaml:2:5']);
    expect(flips.map((f) => f.changeId)).toEqual(['CR-2026-0901']);
  });

  it('the gate reading fewer files', () => {
    const { findings } = judge({ 'changegate.yaml': 'kind: ChangegateConfig\nexclude: [changes/CR-2026-0901.yaml]\n' }, [], [], { 'changegate.yaml': 'kind: ChangegateConfig\n' });
    expect(findings.map((f) => f.data.what)).toEqual(['the exclude list of changegate.yaml changes which files the gate reads (from null to ["changes/CR-2026-0901.yaml"])']);
    expect(where(findings)).toEqual(['loosened gateScope changegate.yaml:2:10']);
  });

  it('tightening is not loosening: a longer soak, a new freeze, a narrower window, a new known-bad entry, a stricter severity', () => {
    const policy = withRules('  canary-and-soak:\n    options: { soakHours: 48 }\n  change-collision:\n    severity: error\n')
      .replace('end: "05:00"', 'end: "04:00"')
      .replace('freezePeriods:\n', 'freezePeriods:\n  - { id: FRZ-2026-ELECTION, reason: Election night, start: 2026-12-13T00:00:00+01:00, end: 2026-12-14T06:00:00+01:00 }\n');
    const catalog = BASE_CATALOG.trimEnd() + '\n  - { sha256: ' + 'ab'.repeat(32) + ', reason: Corrupted mirror copy }\n';
    const { findings, flips } = judge({ [POLICY]: policy, [CATALOG]: catalog });
    expect(findings).toEqual([]);
    expect(flips).toEqual([]);
  });
});

describe('policy-loosening: who may approve it', () => {
  const head = { [POLICY]: withRules('  surviving-capacity:\n    options: { headroom: 0.1 }\n') };

  it('a verified approver with the cab role, who is not an author, makes it a notice', () => {
    const { findings } = judge(head, [{ person: 'l.bernard', roles: ['cab'] }], ['j.dupont']);
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([['notice', 'approvedLoosening']]);
    expect(findings[0]?.message).toBe(
      'option headroom of rule surviving-capacity is lowered from 0.2 to 0.1. This loosening of the gate is approved by l.bernard (cab, verified). It flips no change request of this pull request today, and it applies to every plan to come.',
    );
  });

  it('the author approving their own loosening does not count, nor an approver without the cab role', () => {
    const { findings } = judge(head, [{ person: 'a.martin', roles: ['cab', 'network-lead'] }, { person: 's.moreau', roles: ['security'] }], ['a.martin']);
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([['error', 'loosened']]);
    expect(findings[0]?.data.verifiedNote).toBe('verified approvals found: a.martin (cab, network-lead, an author), s.moreau (security), none that counts in the cab role');
  });

  it('the people who may approve come from the base policy, not from the head that edits them', () => {
    const { findings } = judge({ [POLICY]: withRules('  surviving-capacity:\n    options: { headroom: 0.1 }\n').replace('roles: [noc]', 'roles: [noc, cab]') });
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings.map((f) => f.data.roleHolders)).toEqual([['a.martin', 'l.bernard'], ['a.martin', 'l.bernard']]);
  });
});

/**
 * Approving reviews of a pull request, as the GitHub Action's source reports them (src/action/reviews.ts
 * does the same from the API): every approver of the head commit proves the whole pull request.
 */
function reviews(source: ApprovalEvidence['source'], author: string, approvers: readonly string[]): ApprovalEvidence {
  return {
    source,
    description: 'approving reviews of pull request #7',
    approvalsOf: () => ({ proofs: approvers.map((login) => ({ identity: { kind: 'github-login', login }, how: `review by @${login}` })), ...(approvers.length === 0 ? { note: 'pull request #7 has no standing approving review' } : {}) }),
    authorsOf: () => [{ identity: { kind: 'github-login', login: author }, how: 'author of pull request #7' }],
  };
}

describe('policy-loosening: approved through the policy\'s verified source (pull-request reviews)', () => {
  const reviewed = BASE_POLICY.replace('approvalSource: { kind: declared }', 'approvalSource: { kind: pull-request-reviews }')
    .replace('roles: [cab, network-lead] }', 'roles: [cab, network-lead], github: amartin }')
    .replace('roles: [cab] }', 'roles: [cab], github: lbernard }')
    .replace('roles: [security] }', 'roles: [security], github: smoreau }');
  const loosened = (text: string) => `${text.trimEnd()}\nrules:\n  surviving-capacity:\n    options: { headroom: 0.1 }\n`;

  function judgeWith(evidence: ApprovalEvidence | undefined, basePolicy = reviewed, headPolicy = loosened(reviewed)) {
    const baseFiles = caseFiles({ files: { ...PLANS, [POLICY]: basePolicy } });
    const headFiles = caseFiles({ files: { ...PLANS, [POLICY]: headPolicy } });
    const headOptions = { ...options, ...(evidence ? { approvalEvidence: evidence } : {}) };
    return judgeLoosenings({
      base: { evaluation: evaluate(baseFiles, options), files: baseFiles },
      head: { evaluation: evaluate(headFiles, headOptions), files: headFiles },
      verifiedApprovers: [],
      evaluateOptions: headOptions,
    }).findings;
  }
  const outcome = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.messageId} ${f.file}:${f.line}:${f.column}`);

  it('a review by a cab holder of the base policy who did not write it approves the loosening', () => {
    const findings = judgeWith(reviews('pull-request-reviews', 'amartin', ['lbernard']));
    expect(outcome(findings)).toEqual([`notice approvedLoosening ${POLICY}:29:26`]);
    expect(findings[0]?.message).toBe(
      'option headroom of rule surviving-capacity is lowered from 0.2 to 0.1. This loosening of the gate is approved by l.bernard (cab, verified). It flips no change request of this pull request today, and it applies to every plan to come.',
    );
  });

  it('the author\'s own review, a reviewer without the cab role, or no review: it blocks, and says what was seen', () => {
    const own = judgeWith(reviews('pull-request-reviews', 'amartin', ['amartin', 'smoreau']));
    expect(outcome(own)).toEqual([`error loosened ${POLICY}:29:26`]);
    expect(own[0]?.data.verifiedNote).toBe('verified approvals found: a.martin (cab, network-lead, an author), s.moreau (security), none that counts in the cab role');
    const none = judgeWith(reviews('pull-request-reviews', 'amartin', []));
    expect(none[0]?.data.verifiedNote).toBe('no verified approval of this pull request was found (pull request #7 has no standing approving review)');
    expect(judgeWith(undefined)[0]?.severity).toBe('error');
  });

  it('only the base policy\'s source and approvers count: not another source, not a login the head adds', () => {
    // Evidence of a source the base policy does not name proves nothing.
    expect(outcome(judgeWith(reviews('merge-request-approvals', 'amartin', ['lbernard'])))).toEqual([`error loosened ${POLICY}:29:26`]);
    // The base trusts declared approvals: a review cannot stand in for the verified source it lacks.
    expect(judgeWith(reviews('pull-request-reviews', 'amartin', ['lbernard']), BASE_POLICY, loosened(BASE_POLICY)).every((f) => f.severity === 'error')).toBe(true);
    // The head gives n.petit the cab role and a login: the base knows no such approver.
    const promoted = loosened(reviewed).replace('roles: [noc] }', 'roles: [noc, cab], github: npetit }');
    expect(judgeWith(reviews('pull-request-reviews', 'amartin', ['npetit']), reviewed, promoted).every((f) => f.severity === 'error')).toBe(true);
  });

  it('a change of who may approve is never lifted by an approval of the pull request that makes it', () => {
    // Remapping a.martin to another login would let that login approve in a.martin's name in this very
    // pull request: even a genuine review by l.bernard does not lift it.
    const remapped = reviewed.replace('github: amartin }', 'github: mallory }');
    const findings = judgeWith(reviews('pull-request-reviews', 'smoreau', ['lbernard', 'mallory']), reviewed, remapped);
    expect(findings.map((f) => `${f.severity} ${f.messageId} ${f.data.kind}`)).toEqual(['error loosened approvers']);
    expect(findings[0]?.data.verifiedNote).toMatch(/^it changes who may approve or how an approval is proven, so no approval of the pull request that makes the change can lift it/);
  });
});

describe('policy-loosening: every rule option has a direction', () => {
  it('OPTION_LOOSENS lists every option of every registered rule, and only those', () => {
    const registered = ALL_RULES.flatMap((r) => Object.keys(r.optionsSchema.properties).map((k) => `${r.id}.${k}`)).sort();
    expect(Object.keys(OPTION_LOOSENS).sort()).toEqual(registered);
  });

  it('its severity cannot be lowered by the policy it guards', () => {
    const evaluation = evaluate(caseFiles({ files: { [POLICY]: withRules('  policy-loosening:\n    severity: off\n') } }), options);
    expect(evaluation.findings.map((f) => `${f.ruleId}/${f.messageId}: ${f.message}`)).toEqual([
      'gate-config/inputRuleFixed: policy-loosening guards the policy itself, so the policy cannot change its severity',
    ]);
  });
});
