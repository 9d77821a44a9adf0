import { describe, expect, it } from 'vitest';
import rule from '../../rules/approvals.ts';
import { changeRequest, networkText } from '../support/builders.ts';
import { evaluateCase, ruleTester } from './harness.ts';

// A 12-line change request (the builder's header and one step); the approvals block, when present, starts on line 13 (its key at column 1),
// and each approval takes three lines: `by` (value at column 9), `role` (column 11), `revision` (column 15).
const body = (opts: { owner?: string; risk?: string; state?: string; targets?: string; start?: string; end?: string } = {}) =>
  changeRequest(
    'CR-TEST-1',
    [{ id: 's1', action: 'restart', targets: `{ ${opts.targets ?? 'callServers: [par1-cs1]'} }`, window: { start: opts.start ?? '2026-12-08T01:00:00+01:00', end: opts.end ?? '2026-12-08T02:00:00+01:00' } }],
    { owner: opts.owner, declaredRisk: opts.risk, state: opts.state },
  );

/** The revision the gate computes for a change request (approvals are not part of it). */
function revisionOf(text: string): string {
  const e = evaluateCase(rule, { name: 'revision', files: { 'changes/CR-TEST-1.yaml': text } });
  const revision = e.changes.find((c) => c.id === 'CR-TEST-1')?.revision;
  if (!revision) throw new Error('no revision');
  return revision;
}

type A = { by: string; role: string; revision?: string | null };
/** The change request with approvals; `revision` defaults to the current one, null leaves it out. */
function withApprovals(text: string, approvals: A[]): string {
  const current = revisionOf(text);
  const lines = approvals.map((a) => {
    const rev = a.revision === null ? '' : `    revision: "${a.revision ?? current}"\n`;
    return `  - by: ${a.by}\n    role: ${a.role}\n${rev}`;
  });
  return `${text}approvals:\n${lines.join('')}`;
}

const PLAN = body();
const CURRENT = revisionOf(PLAN);
const file = (text: string) => ({ 'changes/CR-TEST-1.yaml': text });
const POLICY_WITHOUT_SOURCE = networkText('policy/policy.yaml').replace('approvalSource: { kind: declared }\n', '');

ruleTester(rule, {
  valid: [
    {
      name: 'high risk: two CAB approvals of the current revision',
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'cab' }, { by: 'l.bernard', role: 'cab' }])),
    },
    {
      name: 'high risk: one CAB and one security approval',
      files: file(withApprovals(PLAN, [{ by: 'l.bernard', role: 'cab' }, { by: 's.moreau', role: 'security' }])),
    },
    {
      name: 'a proposed change is still under review: no approval expected yet',
      files: file(body({ state: 'proposed' })),
    },
    {
      name: 'medium risk needs one independent approval (minApprovalsBelowHigh 1)',
      files: file(withApprovals(body({ risk: 'medium' }), [{ by: 'n.petit', role: 'noc' }])),
    },
    {
      name: 'minApprovalsBelowHigh 0: an approved medium change without approvals',
      options: { minApprovalsBelowHigh: 0 },
      files: file(body({ risk: 'medium' })),
    },
    {
      name: 'stricter policy: three approvals covering the cab and security roles',
      options: { minApprovals: 3, requiredRoles: ['cab', 'security'] },
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'network-lead' }, { by: 'l.bernard', role: 'cab' }, { by: 's.moreau', role: 'security' }])),
    },
    {
      name: 'a done change is not on the timeline and not judged',
      files: file(body({ state: 'done' })),
    },
  ],
  invalid: [
    {
      name: 'the owner approves their own change (and is not an approver)',
      files: file(withApprovals(PLAN, [{ by: 'j.dupont', role: 'cab' }, { by: 'a.martin', role: 'cab' }])),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { riskClass: 'high', counted: 1, required: 2, approvers: ['a.martin'] } },
        { messageId: 'selfApproval', line: 14, column: 9, data: { by: 'j.dupont', owner: 'j.dupont', listedApprover: false } },
      ],
    },
    {
      name: 'an approver who owns the change cannot approve it',
      files: file(withApprovals(body({ owner: 'a.martin' }), [{ by: 'a.martin', role: 'cab' }, { by: 'l.bernard', role: 'cab' }])),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 1, required: 2 } },
        { messageId: 'selfApproval', line: 14, column: 9, data: { by: 'a.martin', listedApprover: true } },
      ],
    },
    {
      name: 'without an approval source in the policy, a typed approval proves nothing',
      files: {
        ...file(withApprovals(PLAN, [{ by: 'l.bernard', role: 'cab' }, { by: 'a.martin', role: 'cab' }])),
        'policy/policy.yaml': POLICY_WITHOUT_SOURCE,
      },
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 0, required: 2 } },
        { messageId: 'missingRole', line: 13, column: 1, data: { role: 'cab' } },
        { messageId: 'notVerified', line: 14, column: 9, data: { by: 'l.bernard', source: 'none', detail: 'the policy names no approval source, so nothing proves who wrote it' } },
        { messageId: 'notVerified', line: 17, column: 9, data: { by: 'a.martin', source: 'none' } },
      ],
    },
    {
      name: 'an approval from someone who is not in the policy',
      files: file(withApprovals(PLAN, [{ by: 'l.bernard', role: 'cab' }, { by: 'x.durand', role: 'cab' }])),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 1, required: 2 } },
        { messageId: 'unknownApprover', line: 17, column: 9, data: { by: 'x.durand', approvers: 'a.martin, l.bernard, n.petit, s.moreau' } },
      ],
    },
    {
      name: 'an approval in a role the approver does not hold',
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'cab' }, { by: 'l.bernard', role: 'network-lead' }])),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 1 } },
        { messageId: 'roleNotHeld', line: 18, column: 11, data: { by: 'l.bernard', role: 'network-lead', roles: 'cab', holders: 'a.martin' } },
      ],
    },
    {
      name: 'an approval without a revision does not count',
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'cab', revision: null }, { by: 'l.bernard', role: 'cab' }])),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 1, revision: CURRENT } },
        { messageId: 'missingRevision', line: 14, column: 5, data: { by: 'a.martin', revision: CURRENT } },
      ],
    },
    {
      name: 'the plan was edited after approval: the window moved by five minutes',
      files: file(
        withApprovals(body({ start: '2026-12-08T01:05:00+01:00' }), [
          { by: 'a.martin', role: 'cab', revision: CURRENT },
          { by: 'l.bernard', role: 'cab', revision: CURRENT },
        ]),
      ),
      errors: [
        { messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 0, countedApprovers: 'none' } },
        { messageId: 'missingRole', line: 13, column: 1, data: { role: 'cab' } },
        { messageId: 'staleRevision', line: 16, column: 15, data: { by: 'a.martin', approvedRevision: CURRENT } },
        { messageId: 'staleRevision', line: 19, column: 15, data: { by: 'l.bernard', approvedRevision: CURRENT } },
      ],
    },
    {
      name: 'two valid approvals but none in the CAB role',
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'network-lead' }, { by: 's.moreau', role: 'security' }])),
      errors: [{ messageId: 'missingRole', line: 13, column: 1, data: { role: 'cab', holders: 'a.martin, l.bernard', riskClass: 'high' } }],
    },
    {
      name: 'the same approver twice counts once',
      files: file(withApprovals(PLAN, [{ by: 'a.martin', role: 'cab' }, { by: 'a.martin', role: 'network-lead' }])),
      errors: [{ messageId: 'tooFewApprovals', line: 13, column: 1, data: { counted: 1, required: 2, approvers: ['a.martin'] } }],
    },
    {
      name: 'declared low but derived critical (one step on three sites): two approvals needed',
      files: file(withApprovals(body({ risk: 'low', targets: 'sites: [PAR1, PAR2, LYO1]' }), [{ by: 'a.martin', role: 'cab' }])),
      errors: [{ messageId: 'tooFewApprovals', line: 13, column: 1, data: { riskClass: 'critical', declared: 'low', derived: 'critical', counted: 1, required: 2 } }],
    },
    {
      name: 'an approved medium change with no approvals at all',
      files: file(body({ risk: 'medium', state: 'scheduled' })),
      errors: [{ messageId: 'tooFewApprovals', line: 7, column: 8, data: { riskClass: 'medium', state: 'scheduled', counted: 0, required: 1 } }],
    },
  ],
});

describe('approvals and the revision', () => {
  it('the revision ignores the approvals themselves, so recording it does not invalidate it', () => {
    expect(revisionOf(withApprovals(PLAN, [{ by: 'a.martin', role: 'cab' }]))).toBe(CURRENT);
    expect(revisionOf(body({ start: '2026-12-08T01:05:00+01:00' }))).not.toBe(CURRENT);
  });
});
