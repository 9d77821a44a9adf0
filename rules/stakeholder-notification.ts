// A change on the emergency path names who is told, early enough, and who is called when emergency
// traffic is hit: the regulator or authority, every PSAP its routes can reach, the NOC.
import { defineRule } from '../src/rule-api/rule.ts';
import type { ChangeRequest, Network, Stakeholder } from '../src/model/types.ts';
import { targetsOf } from '../src/timeline/targets.ts';
import { routeIndex, stepsEmergencyReach } from '../src/timeline/routes.ts';
import { addEach } from '../src/core/collections.ts';

export interface StakeholderNotificationOptions {
  regulatorLeadTimeHours: number;
  psapLeadTimeHours: number;
  nocLeadTimeHours: number;
  maxEscalationMinutes: number;
}

const HOUR = 3_600_000;

type Audience = 'regulator' | 'psap' | 'noc';

const AUDIENCE_OF: Partial<Record<Stakeholder['party'], Audience>> = {
  regulator: 'regulator',
  authority: 'regulator',
  psap: 'psap',
  'emergency-services': 'psap',
  noc: 'noc',
};

/**
 * What a change touches on the emergency path: call servers and trunks marked emergency (or in an
 * emergency redundancy group), or used by a route of an emergency number.
 */
function emergencyFootprint(network: Network, change: ChangeRequest): { elements: string[]; numbers: string[]; psaps: string[] } {
  const inv = network.inventory;
  const servers = new Set<string>();
  for (const step of change.steps) addEach(servers, targetsOf(network, step).servers);
  const reach = stepsEmergencyReach(network, change.steps);
  const routes = routeIndex(network);
  // The change's trunks are those of its servers and the ones its steps name (that exist); only those
  // on a route or marked emergency can be on the emergency path.
  const trunks = new Set<string>();
  for (const s of servers) for (const t of routes.emergencyTrunksByServer.get(s) ?? []) trunks.add(t);
  for (const step of change.steps) for (const t of step.targets.trunks) if (inv.trunks.has(t)) trunks.add(t);
  const onRoute = new Set<string>();
  for (const s of servers) if (routes.byServer.has(s)) onRoute.add(s);
  for (const t of trunks) if (routes.byTrunk.has(t)) onRoute.add(t);
  const isEmergencyServer = (id: string) => {
    const server = inv.callServers.get(id);
    return server !== undefined && (server.emergency || inv.redundancyGroups.get(server.redundancyGroup)?.emergency === true);
  };
  const elements = [...servers].filter((s) => isEmergencyServer(s) || onRoute.has(s)).concat([...trunks].filter((t) => inv.trunks.get(t)?.emergency || onRoute.has(t)));
  return { elements: elements.sort(), numbers: reach.numbers, psaps: reach.psaps };
}

const AUDIENCE_LABEL: Record<Audience, string> = { regulator: 'regulator or authority', psap: 'emergency services (PSAPs)', noc: 'NOC' };

export default defineRule<
  StakeholderNotificationOptions,
  'missingRegulator' | 'missingNoc' | 'psapsNotNotified' | 'leadTimeTooShort' | 'missingEscalation' | 'escalationTooSlow' | 'tooLateToNotify' | 'sentTooLate'
>({
  id: 'stakeholder-notification',
  title: 'Changes on the emergency path name who is told and who escalates',
  summary:
    'A change request touching the emergency path notifies the regulator or authority, every PSAP its routes can reach and the NOC with enough lead time, and names a 24/7 escalation contact with a short target time.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'During the 2 June 2021 outage it took about an hour to realise the emergency services were hit, two hours to tell the authorities and three to organise a response. The inquiry asked for faster information to authorities and emergency services. Naming them before the change, with lead time, and naming who escalates and how fast, turns hours into minutes.',
  optionsSchema: {
    type: 'object',
    properties: {
      regulatorLeadTimeHours: { type: 'number', minimum: 0, maximum: 8760, description: 'Hours before the first step that the regulator or authority must be told, at least.' },
      psapLeadTimeHours: { type: 'number', minimum: 0, maximum: 8760, description: 'Hours before the first step that the affected emergency services (PSAPs) must be told, at least.' },
      nocLeadTimeHours: { type: 'number', minimum: 0, maximum: 8760, description: 'Hours before the first step that the NOC must be told, at least.' },
      maxEscalationMinutes: { type: 'integer', minimum: 1, maximum: 1440, description: 'Longest acceptable `escalation.targetMinutes`: time to escalate once emergency traffic is affected.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { regulatorLeadTimeHours: 48, psapLeadTimeHours: 48, nocLeadTimeHours: 24, maxEscalationMinutes: 30 },
  messages: {
    missingRegulator:
      '{{changeId}} touches the emergency path{{numbersNote}} but notifies no regulator or authority; add a notify entry with party regulator or authority and leadTimeHours >= {{requiredHours}}.',
    missingNoc: '{{changeId}} touches the emergency path but does not notify the NOC; add a notify entry with party noc and leadTimeHours >= {{requiredHours}}.',
    psapsNotNotified:
      '{{changeId}} can affect PSAPs {{affectedPsaps}} (through routes of {{numbers}}); not notified: {{missing}}. Add them to the psaps of a notify entry with party psap or emergency-services, leadTimeHours >= {{requiredHours}}.',
    leadTimeTooShort:
      '{{party}} "{{name}}" is told {{leadTimeHours}} h before the first step of {{changeId}}, less than the required {{requiredHours}} h; tell them earlier or move the change.',
    missingEscalation:
      '{{changeId}} touches the emergency path but names no escalation contact; add escalation with a 24/7 contact and targetMinutes <= {{maxEscalationMinutes}}.',
    escalationTooSlow:
      'escalation of {{changeId}} to "{{contact}}" targets {{targetMinutes}} min, longer than the allowed {{maxEscalationMinutes}} min; shorten the target or name a contact who can meet it.',
    tooLateToNotify:
      'the first step of {{changeId}} starts {{firstStart}}, only {{hoursLeft}} h after as-of {{asOf}}, but the {{party}} must be told {{requiredHours}} h ahead and the execution record shows no notice sent to them; start no earlier than {{earliestStart}}, or record the notice if it was sent (changegate record --notified).',
    sentTooLate:
      'the notice to "{{name}}" ({{party}}) was sent {{sentAt}}, {{hoursBefore}} h before the first step of {{changeId}} ({{firstStart}}); it had to be sent {{requiredHours}} h ahead, by {{deadline}}. Move the change, or tell the party again and re-plan.',
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    const required: Record<Audience, number> = { regulator: options.regulatorLeadTimeHours, psap: options.psapLeadTimeHours, noc: options.nocLeadTimeHours };
    for (const change of network.changes) {
      if (change.steps.length === 0 || !context.wants(change.id)) continue;
      const footprint = emergencyFootprint(network, change);
      if (footprint.elements.length === 0) continue;
      const file = change.file;
      const notifyAt = { file, pointer: change.notify.length > 0 ? '/notify' : '/id' };
      // The numbers in parentheses only when there are some: an element marked emergency may serve no route yet.
      const numbersNote = footprint.numbers.length > 0 ? ` (${footprint.numbers.join(', ')})` : '';
      const base = { changeId: change.id, numbers: footprint.numbers, numbersNote };

      const entries = (audience: Audience) => change.notify.filter((n) => AUDIENCE_OF[n.party] === audience);
      if (entries('regulator').length === 0) {
        context.report({ messageId: 'missingRegulator', data: { ...base, requiredHours: required.regulator }, at: notifyAt, atKey: change.notify.length > 0, changeId: change.id });
      }
      const covered = new Set(entries('psap').flatMap((n) => n.psaps));
      const missing = footprint.psaps.filter((p) => !covered.has(p));
      if (missing.length > 0) {
        context.report({
          messageId: 'psapsNotNotified',
          data: { ...base, affectedPsaps: footprint.psaps, missing, requiredHours: required.psap },
          at: notifyAt,
          atKey: change.notify.length > 0,
          changeId: change.id,
        });
      }
      if (entries('noc').length === 0) {
        context.report({ messageId: 'missingNoc', data: { ...base, requiredHours: required.noc }, at: notifyAt, atKey: change.notify.length > 0, changeId: change.id });
      }
      change.notify.forEach((n, i) => {
        const audience = AUDIENCE_OF[n.party];
        if (!audience || n.leadTimeHours >= required[audience]) return;
        context.report({
          messageId: 'leadTimeTooShort',
          data: { changeId: change.id, party: n.party, name: n.name, leadTimeHours: n.leadTimeHours, requiredHours: required[audience] },
          at: { file, pointer: `/notify/${i}/leadTimeHours` },
          changeId: change.id,
        });
      });

      if (!change.escalation) {
        context.report({ messageId: 'missingEscalation', data: { changeId: change.id, maxEscalationMinutes: options.maxEscalationMinutes }, at: { file, pointer: '/id' }, changeId: change.id });
      } else if (change.escalation.targetMinutes > options.maxEscalationMinutes) {
        context.report({
          messageId: 'escalationTooSlow',
          data: { changeId: change.id, contact: change.escalation.contact, targetMinutes: change.escalation.targetMinutes, maxEscalationMinutes: options.maxEscalationMinutes },
          at: { file, pointer: '/escalation/targetMinutes' },
          changeId: change.id,
        });
      }

      // Lead time: a notice the record shows sent is judged by when it was sent; for an audience not
      // yet told, the time left is judged from as-of, with the longest lead still owed.
      const first = change.steps.reduce((a, b) => (b.window.start < a.window.start ? b : a));
      const sent = (change.record?.notifications ?? []).filter((n) => context.asOf === undefined || n.sentAt <= context.asOf);
      const told = new Set<Audience>();
      for (const notice of sent) {
        const entry = change.notify.find((n) => n.name === notice.party);
        const audience = entry ? AUDIENCE_OF[entry.party] : undefined;
        if (!entry || !audience) continue;
        told.add(audience);
        const deadline = first.window.start - required[audience] * HOUR;
        if (notice.sentAt <= deadline) continue;
        context.report({
          messageId: 'sentTooLate',
          data: {
            changeId: change.id,
            name: entry.name,
            party: AUDIENCE_LABEL[audience],
            sentAt: context.formatInstant(notice.sentAt),
            hoursBefore: Math.floor(((first.window.start - notice.sentAt) / HOUR) * 10) / 10,
            requiredHours: required[audience],
            firstStart: context.formatInstant(first.window.start),
            deadline: context.formatInstant(deadline),
          },
          at: { file: notice.at.file, pointer: notice.at.pointer + '/sentAt' },
          changeId: change.id,
        });
      }
      const owed = (Object.entries(required) as [Audience, number][]).filter(([a]) => !told.has(a));
      if (context.asOf !== undefined && owed.length > 0) {
        const [audience, hours] = owed.reduce((a, b) => (b[1] > a[1] ? b : a));
        const left = first.window.start - context.asOf;
        // A first step already in the past is plan-consistency's finding; here only the time still ahead counts.
        if (left >= 0 && left < hours * HOUR) {
          context.reportStep(first, {
            messageId: 'tooLateToNotify',
            data: {
              changeId: change.id,
              party: AUDIENCE_LABEL[audience],
              requiredHours: hours,
              hoursLeft: Math.floor((left / HOUR) * 10) / 10,
              asOf: context.formatInstant(context.asOf),
              firstStart: context.formatInstant(first.window.start),
              earliestStart: context.formatInstant(context.asOf + hours * HOUR),
            },
            at: { file, pointer: first.window.at.pointer + '/start' },
          });
        }
      }
    }
  },
});
