// Approvals of a change request that is approved, scheduled or in progress: independent, from the
// policy's approvers, in the roles the risk class needs, and tied to the content they approved.
import type { Approval, ChangeRequest, ChangeState, Network, RiskClass } from '../src/model/types.ts';
import { defineRule } from '../src/rule-api/rule.ts';
import { deriveRisk, higherRisk, riskRank } from '../src/analysis/risk.ts';
import { riskSettings } from '../src/analysis/settings.ts';

interface Options {
  minApprovals: number;
  requiredRoles: string[];
  minApprovalsBelowHigh: number;
}

const DEFAULTS: Options = { minApprovals: 2, requiredRoles: ['cab'], minApprovalsBelowHigh: 1 };

/** States in which the change is meant to have been approved; a proposed change is still under review. */
const APPROVED_STATES: ReadonlySet<ChangeState> = new Set(['approved', 'scheduled', 'in-progress']);

/** What the approver does so that the policy's source proves the approval. */
const HOW_TO_PROVE: Record<string, string> = {
  'signed-commits': '{{by}} adds this entry in a commit signed with their own SSH key (git commit -S, gpg.format ssh), listed in the policy\'s allowed signers.',
  'pull-request-reviews': '{{by}} approves the pull request on GitHub, from the login the policy gives them, after its last change to this file.',
  'merge-request-approvals': '{{by}} approves the merge request on GitLab, from the username the policy gives them, after its last push (the merge request\'s author and bots never count).',
  declared: '',
  none: 'Set approvalSource in the policy (signed-commits, pull-request-reviews or merge-request-approvals).',
};

function list(values: readonly string[]): string {
  return values.length > 0 ? values.join(', ') : 'none';
}

function holdersOf(network: Network, role: string): string[] {
  return [...network.policy.approvers.values()].filter((a) => a.roles.includes(role)).map((a) => a.id).sort();
}

export default defineRule({
  id: 'approvals',
  title: 'High-risk changes carry independent, verified approvals of their current content',
  summary:
    'Approved, scheduled and in-progress changes carry enough approvals from distinct policy approvers (a CAB one for high risk), none from the owner, each proven by the policy\'s approval source and naming the current revision.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'The change behind the 2 June 2021 outage of the French emergency numbers was treated as routine; public reviews of other outages describe a capacity-expansion element put in production without peer review. A high-risk change needs people other than its author to have read it, and their approval is only worth something for the plan they read: approvals name the revision (content hash) of the change request, so a plan edited after approval is caught. And a name typed into the file proves nothing: each approval counts only when the policy\'s approval source proves who gave it (a commit signed with the approver\'s key, or their approving pull-request review).',
  optionsSchema: {
    type: 'object',
    properties: {
      minApprovals: {
        type: 'integer',
        minimum: 1,
        maximum: 20,
        description: 'Approvals from distinct people needed by a high or critical change (the higher of declared and derived risk).',
      },
      requiredRoles: {
        type: 'array',
        items: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
        uniqueItems: true,
        description: 'Roles that must each appear among the valid approvals of a high or critical change, e.g. ["cab"].',
      },
      minApprovalsBelowHigh: {
        type: 'integer',
        minimum: 0,
        maximum: 20,
        description: 'Approvals from distinct people needed by a low or medium change in state approved, scheduled or in-progress (0: none required).',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: DEFAULTS,
  messages: {
    selfApproval:
      '{{by}} owns {{changeId}} and cannot approve it: an approval must come from someone independent of the change{{listedNote}}. Remove this approval and ask an approver of the policy ({{approvers}}).',
    unknownApprover:
      '{{by}} is not an approver in the policy, so this approval of {{changeId}} does not count. Ask one of the approvers ({{approvers}}), or add {{by}} to the policy\'s approvers through the policy\'s own review.',
    roleNotHeld:
      '{{by}} approved {{changeId}} as {{role}}, a role the policy does not give them (their roles: {{roles}}), so the approval does not count. Record it in one of their roles, or ask an approver holding {{role}} ({{holders}}).',
    missingRevision:
      'the approval by {{by}} does not name the revision of {{changeId}} it approved, so it does not count: an edit after approval would go unnoticed. Once {{by}} has reviewed the current plan, add revision: "{{revision}}" (shown by changegate check --format json).',
    notVerified:
      'the approval by {{by}} of {{changeId}} does not count: {{detail}}. The policy accepts only approvals proven by {{expected}}; a name typed into the file proves nothing. {{how}}',
    staleRevision:
      'the plan was edited after approval: {{by}} approved revision {{approvedRevision}}, but {{changeId}} is now {{revision}}, so the approval does not count. Ask {{by}} to review the change again and record the new revision.',
    tooFewApprovals:
      '{{changeId}} is {{riskClass}} risk ({{riskBasis}}) and {{state}}, but has {{counted}} valid approval(s) from distinct approvers other than the owner ({{countedApprovers}}); it needs at least {{required}}. Obtain the missing approvals of revision {{revision}} before the change runs, or move it back to proposed.',
    missingRole:
      '{{changeId}} is {{riskClass}} risk ({{riskBasis}}) and needs a valid approval in the {{role}} role; none of its approvals counts in that role. Ask an approver holding {{role}} ({{holders}}) to approve revision {{revision}}.',
  },
  waivable: true,
  check(context) {
    const { network, timeline, options } = context;
    const riskOptions = riskSettings(context.optionsOf('risk-classification'));
    const approvers = [...network.policy.approvers.keys()].sort();
    for (const change of network.changes) {
      if (!APPROVED_STATES.has(change.state) || !context.wants(change.id)) continue;
      const derived = deriveRisk(network, timeline, change, riskOptions);
      const riskClass: RiskClass = higherRisk(change.declaredRisk, derived.class);
      const riskBasis =
        riskRank(derived.class) > riskRank(change.declaredRisk)
          ? `derived ${derived.class} from what it touches, declared ${change.declaredRisk}`
          : `declared ${change.declaredRisk}`;
      const base = { changeId: change.id, revision: change.revision };

      const valid: Approval[] = [];
      for (const approval of change.approvals) {
        const at = (suffix: string) => ({ file: approval.ref.file, pointer: approval.ref.pointer + suffix });
        const approver = network.policy.approvers.get(approval.by);
        if (approval.by === change.owner) {
          context.report({
            messageId: 'selfApproval',
            at: at('/by'),
            changeId: change.id,
            data: { ...base, by: approval.by, owner: change.owner, listedApprover: approver !== undefined, listedNote: approver ? '' : `; ${approval.by} is not an approver in the policy either`, approvers: list(approvers) },
          });
          continue;
        }
        if (!approver) {
          context.report({ messageId: 'unknownApprover', at: at('/by'), changeId: change.id, data: { ...base, by: approval.by, approvers: list(approvers) } });
          continue;
        }
        let counts = true;
        const verification = context.approvals.verify({ file: approval.ref.file, pointer: approval.ref.pointer }, approval.by);
        // A role the policy ties to a team is held only as the source proves it; an unverified approval is reported as such.
        const roles = verification.status === 'unverified' ? approver.roles : verification.roles;
        if (!roles.includes(approval.role)) {
          counts = false;
          context.report({
            messageId: 'roleNotHeld',
            at: at('/role'),
            changeId: change.id,
            data: { ...base, by: approval.by, role: approval.role, roles: list(roles), holders: list(holdersOf(network, approval.role)) },
          });
        }
        if (verification.status === 'unverified') {
          counts = false;
          context.report({
            messageId: 'notVerified',
            at: at('/by'),
            changeId: change.id,
            data: { ...base, by: approval.by, detail: verification.detail, source: network.policy.approvalSource.kind, expected: context.approvals.expectedProof, how: (HOW_TO_PROVE[network.policy.approvalSource.kind] ?? '').replace('{{by}}', approval.by) },
          });
        }
        if (approval.revision === undefined) {
          counts = false;
          context.report({ messageId: 'missingRevision', at: at(''), changeId: change.id, data: { ...base, by: approval.by } });
        } else if (approval.revision !== change.revision) {
          counts = false;
          context.report({
            messageId: 'staleRevision',
            at: at('/revision'),
            changeId: change.id,
            data: { ...base, by: approval.by, approvedRevision: approval.revision },
          });
        }
        if (counts) valid.push(approval);
      }

      const high = riskRank(riskClass) >= riskRank('high');
      const required = high ? options.minApprovals : options.minApprovalsBelowHigh;
      const people = [...new Set(valid.map((a) => a.by))].sort();
      const where = approvalsAt(change);
      if (people.length < required) {
        context.report({
          messageId: 'tooFewApprovals',
          ...where,
          changeId: change.id,
          data: {
            ...base,
            riskClass,
            riskBasis,
            declared: change.declaredRisk,
            derived: derived.class,
            state: change.state,
            counted: people.length,
            countedApprovers: list(people),
            approvers: people,
            required,
          },
        });
      }
      if (!high) continue;
      for (const role of options.requiredRoles) {
        if (valid.some((a) => a.role === role)) continue;
        context.report({
          messageId: 'missingRole',
          ...where,
          changeId: change.id,
          data: { ...base, riskClass, riskBasis, declared: change.declaredRisk, derived: derived.class, role, holders: list(holdersOf(network, role)) },
        });
      }
    }
  },
});

/** Requirement findings point at the approvals list, or at the state when the change has none. */
function approvalsAt(change: ChangeRequest): { at: { file: string; pointer: string }; atKey?: boolean } {
  if (change.approvals.length > 0) return { at: { file: change.file, pointer: '/approvals' }, atKey: true };
  return { at: { file: change.file, pointer: '/state' } };
}
