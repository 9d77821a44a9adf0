// Who a planned change tells and who escalates. The planner cannot invent a desk or a phone number: it
// keeps the change's own entries, widens them to every PSAP its routes reach and to the lead times the
// policy asks for, and copies a missing party from another change request of the same repository (so a
// reviewer sees where it came from). A party it cannot find is a constraint it cannot satisfy.
import type { ChangeRequest, Network, Stakeholder } from '../model/types.ts';
import type { JsonObject } from './intent.ts';

export interface NotificationRequirements {
  regulatorLeadTimeHours: number;
  psapLeadTimeHours: number;
  nocLeadTimeHours: number;
  maxEscalationMinutes: number;
}

export interface CompletedStakeholders {
  notify: JsonObject[];
  escalation?: JsonObject;
  /** What was added or changed, one sentence each. */
  notes: string[];
  /** What is needed and could not be found anywhere in the repository. */
  missing: string[];
  /** The longest lead time: the first step cannot start earlier than this many hours after the plan is made. */
  leadTimeHours: number;
  /** Which party sets that lead time. */
  leadParty: string;
}

type Audience = 'regulator' | 'psap' | 'noc';

function audienceOf(party: Stakeholder['party']): Audience | undefined {
  if (party === 'regulator' || party === 'authority') return 'regulator';
  if (party === 'psap' || party === 'emergency-services') return 'psap';
  if (party === 'noc') return 'noc';
  return undefined;
}

function entryOf(s: Stakeholder): JsonObject {
  return { party: s.party, name: s.name, ...(s.contact !== undefined ? { contact: s.contact } : {}), ...(s.psaps.length > 0 ? { psaps: [...s.psaps] } : {}), leadTimeHours: s.leadTimeHours };
}

/** The first entry for the audience among the other change requests, in id order (deterministic). */
function donor(network: Network, change: ChangeRequest, audience: Audience): { from: string; entry: Stakeholder } | undefined {
  const others = network.allChanges.filter((c) => c.id !== change.id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const other of others) {
    const entry = other.notify.find((n) => audienceOf(n.party) === audience);
    if (entry) return { from: other.id, entry };
  }
  return undefined;
}

export function completeStakeholders(network: Network, change: ChangeRequest, psaps: readonly string[], onEmergencyPath: boolean, req: NotificationRequirements): CompletedStakeholders {
  const notes: string[] = [];
  const missing: string[] = [];
  const notify = change.notify.map(entryOf);
  const required: Record<Audience, number> = { regulator: req.regulatorLeadTimeHours, psap: req.psapLeadTimeHours, noc: req.nocLeadTimeHours };
  if (onEmergencyPath) {
    for (const audience of ['regulator', 'psap', 'noc'] as const) {
      const index = change.notify.findIndex((n) => audienceOf(n.party) === audience);
      let entry: JsonObject | undefined = index >= 0 ? notify[index] : undefined;
      if (!entry) {
        const found = donor(network, change, audience);
        if (!found) {
          missing.push(`a ${audience === 'regulator' ? 'regulator or authority' : audience === 'psap' ? 'PSAP liaison' : 'NOC'} to notify (no change request of the repository names one to copy): add a notify entry with party ${audience}`);
          continue;
        }
        entry = { ...entryOf(found.entry) };
        if (audience === 'psap') entry.psaps = [];
        notify.push(entry);
        notes.push(`notify: added ${found.entry.party} "${found.entry.name}"${found.entry.contact ? ` (${found.entry.contact})` : ''}, copied from ${found.from}; confirm it is the right desk`);
      }
      if (audience === 'psap') {
        const had = new Set((entry.psaps as string[] | undefined) ?? []);
        const added = psaps.filter((p) => !had.has(p));
        if (added.length > 0) {
          entry.psaps = [...had, ...added];
          notes.push(`notify: "${String(entry.name)}" now covers PSAPs ${added.join(', ')}, reached through the routes of the elements the plan touches`);
        }
      }
      if ((entry.leadTimeHours as number) < required[audience]) {
        notes.push(`notify: "${String(entry.name)}" is told ${required[audience]} h ahead (was ${String(entry.leadTimeHours)} h), as the policy requires`);
        entry.leadTimeHours = required[audience];
      }
    }
  }
  let escalation: JsonObject | undefined;
  if (change.escalation) {
    escalation = { contact: change.escalation.contact, ...(change.escalation.phone !== undefined ? { phone: change.escalation.phone } : {}), targetMinutes: change.escalation.targetMinutes };
  } else if (onEmergencyPath) {
    const other = network.allChanges.filter((c) => c.id !== change.id && c.escalation).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (other?.escalation) {
      escalation = { contact: other.escalation.contact, ...(other.escalation.phone !== undefined ? { phone: other.escalation.phone } : {}), targetMinutes: other.escalation.targetMinutes };
      notes.push(`escalation: "${other.escalation.contact}" copied from ${other.id}; confirm it`);
    } else missing.push('an escalation contact (no change request of the repository names one to copy): add escalation with contact and targetMinutes');
  }
  if (escalation && (escalation.targetMinutes as number) > req.maxEscalationMinutes) {
    notes.push(`escalation: target ${req.maxEscalationMinutes} min (was ${String(escalation.targetMinutes)} min), as the policy requires`);
    escalation.targetMinutes = req.maxEscalationMinutes;
  }
  let leadTimeHours = 0;
  let leadParty = '';
  for (const entry of notify) {
    const hours = entry.leadTimeHours as number;
    if (hours > leadTimeHours) {
      leadTimeHours = hours;
      leadParty = `${String(entry.party)} "${String(entry.name)}"`;
    }
  }
  return { notify, ...(escalation ? { escalation } : {}), notes, missing, leadTimeHours, leadParty };
}
