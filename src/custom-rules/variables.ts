// The one source of what a custom rule can read: the CEL types, the variables of each scope, and their
// descriptions. The compiler declares these types to CEL (so expressions are type-checked against
// them), values.ts builds values of exactly these shapes, and `npm run docs` writes the variable
// reference of docs/rules/custom-rules.md from the same table.

/** A field of a CEL object type, or a variable: its CEL type and what it holds. */
export interface FieldSpec {
  type: string;
  description: string;
}

export interface TypeSpec {
  name: string;
  description: string;
  fields: Record<string, FieldSpec>;
}

export type CustomRuleScope = 'change' | 'step' | 'interval';
export const CUSTOM_RULE_SCOPES: readonly CustomRuleScope[] = ['change', 'step', 'interval'];

const INSTANT = 'epoch milliseconds (UTC)';

const CAPACITY_FIELDS: Record<string, FieldSpec> = {
  sessions: { type: 'int', description: 'Simultaneous sessions.' },
  cps: { type: 'int', description: 'Call attempts per second.' },
  trunkSessions: { type: 'int', description: 'Simultaneous sessions the trunks towards the switched network carry.' },
};

export const CEL_TYPES: readonly TypeSpec[] = [
  {
    name: 'Site',
    description: 'A site of the inventory.',
    fields: {
      id: { type: 'string', description: 'Site id, e.g. "PAR1".' },
      name: { type: 'string', description: 'Display name.' },
      region: { type: 'string', description: 'Region.' },
      failureDomain: { type: 'string', description: 'Failure domain (power, fire, transport) the site shares with others.' },
    },
  },
  {
    name: 'Server',
    description: 'A call server of the inventory.',
    fields: {
      id: { type: 'string', description: 'Call server id.' },
      site: { type: 'string', description: 'Site id.' },
      role: { type: 'string', description: 'mgcf, sbc, tdm-gateway, softswitch, bgcf or other.' },
      platform: { type: 'string', description: 'Platform (software family), e.g. "vx-mgcf".' },
      vendor: { type: 'string', description: 'Vendor.' },
      softwareVersion: { type: 'string', description: 'Version running today, per the inventory.' },
      redundancyGroup: { type: 'string', description: 'Redundancy group id.' },
      emergency: { type: 'bool', description: 'Whether the server carries emergency traffic.' },
      sessions: { type: 'int', description: 'Inventory capacity: simultaneous sessions.' },
      cps: { type: 'int', description: 'Inventory capacity: call attempts per second.' },
    },
  },
  {
    name: 'Group',
    description: 'A redundancy group of the inventory.',
    fields: {
      id: { type: 'string', description: 'Group id.' },
      name: { type: 'string', description: 'Display name.' },
      emergency: { type: 'bool', description: 'Whether any member carries emergency traffic.' },
      members: { type: 'list<string>', description: 'Member call server ids, sorted.' },
    },
  },
  {
    name: 'Freeze',
    description: 'A freeze period of the policy.',
    fields: {
      id: { type: 'string', description: 'Freeze id.' },
      reason: { type: 'string', description: 'Why nothing may change.' },
      start: { type: 'int', description: `Start, ${INSTANT}.` },
      end: { type: 'int', description: `End, ${INSTANT}.` },
    },
  },
  {
    name: 'Software',
    description: 'The software a step installs (empty strings and zeros when the step installs none).',
    fields: {
      version: { type: 'string', description: 'Version installed, e.g. "8.0.1".' },
      previousVersion: { type: 'string', description: 'Version it replaces (the step\'s previousVersion, else the inventory\'s version of its first server).' },
      major: { type: 'int', description: 'Leading number of `version` (8 for "8.0.1"); 0 when there is none.' },
      previousMajor: { type: 'int', description: 'Leading number of `previousVersion`; 0 when there is none.' },
    },
  },
  {
    name: 'Step',
    description: 'A step of a considered change request, with its targets resolved through the inventory.',
    fields: {
      id: { type: 'string', description: 'Step id within its change request.' },
      change: { type: 'string', description: 'Change request id.' },
      owner: { type: 'string', description: 'Owner of the change request (who runs the step).' },
      action: { type: 'string', description: 'software-upgrade, config-push, reconnection, capacity-add, capacity-remove, restart, drain, isolate or restore.' },
      procedure: { type: 'string', description: 'Procedure or command set id; "" when none.' },
      start: { type: 'int', description: `Start of the window, ${INSTANT}.` },
      end: { type: 'int', description: `End of the window, ${INSTANT}.` },
      hours: { type: 'double', description: 'Length of the window in hours.' },
      localStart: { type: 'string', description: 'Start in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localEnd: { type: 'string', description: 'End in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localDates: { type: 'list<string>', description: 'Local dates ("YYYY-MM-DD", policy time zone) the window touches.' },
      night: { type: 'string', description: 'The night the step runs in: the local date of the evening it belongs to (a step starting 02:00 on the 9th belongs to the night of the 8th; the day runs from noon to noon).' },
      sites: { type: 'list<string>', description: 'Sites touched: named as targets, or hosting a targeted call server or trunk; sorted.' },
      servers: { type: 'list<string>', description: 'Call servers touched (a site target covers its servers), sorted.' },
      trunks: { type: 'list<string>', description: 'Trunks touched (a server covers its trunks), sorted.' },
      groups: { type: 'list<string>', description: 'Redundancy groups of the servers touched, sorted.' },
      emergencyNumbers: { type: 'list<string>', description: 'Emergency numbers with a route through a server or trunk touched.' },
      psaps: { type: 'list<string>', description: 'PSAPs those routes reach.' },
      emergency: { type: 'bool', description: 'Whether the step touches an emergency route or an emergency server or trunk (the emergency interconnect).' },
      vendors: { type: 'list<string>', description: 'Vendors of the servers touched, sorted.' },
      platforms: { type: 'list<string>', description: 'Platforms of the servers touched, sorted.' },
      software: { type: 'Software', description: 'The software installed (software-upgrade steps).' },
      signature: { type: 'string', description: 'Change signature, e.g. "software-upgrade:8.0.1" (see canary-and-soak); "" for steps without one.' },
      canary: { type: 'bool', description: 'Whether the step is the first (canary) wave of its signature on one of its groups.' },
      hoursAfterCanary: { type: 'double', description: 'Hours between the end of the canary wave of its signature (on its groups; the earliest) and this step\'s start; 0 for a canary or a step without signature.' },
      unproven: { type: 'bool', description: 'Whether the step runs a change not yet proven on its group when it starts.' },
      capacityLoss: { type: 'double', description: 'Fraction (0..1) of each targeted server\'s capacity lost while the step runs.' },
      rollbackMinutes: { type: 'int', description: 'Declared rollback duration in minutes; -1 when the step has no rollback.' },
      testCalls: { type: 'list<string>', description: 'Numbers the step\'s verification calls.' },
      dependsOn: { type: 'list<string>', description: 'Ids of the steps it waits for.' },
      execution: { type: 'string', description: 'What the execution record says as of the evaluation: planned, running, ok, failed, rolled-back or aborted.' },
    },
  },
  {
    name: 'Change',
    description: 'A change request considered by the timeline.',
    fields: {
      id: { type: 'string', description: 'Change request id.' },
      title: { type: 'string', description: 'Title.' },
      owner: { type: 'string', description: 'Owner (person id).' },
      purpose: { type: 'string', description: 'Purpose.' },
      declaredRisk: { type: 'string', description: 'Declared risk: low, medium, high or critical.' },
      state: { type: 'string', description: 'draft, proposed, approved, scheduled, in-progress, done or cancelled.' },
      capacityUpgrade: { type: 'bool', description: 'Whether it is a capacity upgrade.' },
      approvers: { type: 'list<string>', description: 'Person ids of the approvals written in the file (a claim: the approvals rule judges them).' },
      notify: { type: 'list<string>', description: 'Parties of the notify list (regulator, authority, psap, noc, emergency-services, other).' },
      hasEscalation: { type: 'bool', description: 'Whether an escalation contact is named.' },
      steps: { type: 'list<Step>', description: 'Its steps, in file order.' },
      sites: { type: 'list<string>', description: 'Sites its steps touch, sorted.' },
      emergencyNumbers: { type: 'list<string>', description: 'Emergency numbers its steps can affect.' },
      start: { type: 'int', description: `Start of its first step, ${INSTANT}.` },
      end: { type: 'int', description: `End of its last step, ${INSTANT}.` },
    },
  },
  {
    name: 'Capacity',
    description: 'Capacity figures.',
    fields: CAPACITY_FIELDS,
  },
  {
    name: 'Forecast',
    description: 'Forecast traffic of an interval: the busiest local hour it overlaps.',
    fields: {
      totalSessions: { type: 'int', description: 'All calls: simultaneous sessions.' },
      totalCps: { type: 'int', description: 'All calls: call attempts per second.' },
      emergencySessions: { type: 'int', description: 'Emergency calls: simultaneous sessions.' },
      emergencyCps: { type: 'int', description: 'Emergency calls: call attempts per second.' },
      busiestHour: { type: 'string', description: 'Local start of the busiest hour, "YYYY-MM-DDTHH:MM".' },
      dayType: { type: 'string', description: 'weekday, weekend or holiday.' },
    },
  },
  {
    name: 'GroupState',
    description: 'A redundancy group during an interval.',
    fields: {
      id: { type: 'string', description: 'Group id.' },
      emergency: { type: 'bool', description: 'Whether the group carries emergency traffic.' },
      members: { type: 'int', description: 'Number of members.' },
      atRisk: { type: 'list<string>', description: 'Members at risk in the interval.' },
      unproven: { type: 'list<string>', description: 'Members running a change not yet proven (soaking).' },
    },
  },
  {
    name: 'Interval',
    description: 'An interval of the timeline: a stretch of time in which the same steps are active or soaking.',
    fields: {
      index: { type: 'int', description: 'Position on the timeline (0-based).' },
      start: { type: 'int', description: `Start, ${INSTANT}.` },
      end: { type: 'int', description: `End, ${INSTANT}.` },
      hours: { type: 'double', description: 'Length in hours.' },
      localStart: { type: 'string', description: 'Start in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      localEnd: { type: 'string', description: 'End in the policy time zone, "YYYY-MM-DDTHH:MM".' },
      atRiskServers: { type: 'list<string>', description: 'Call servers at risk (touched by an active step, or soaking an unproven change), sorted.' },
      atRiskTrunks: { type: 'list<string>', description: 'Trunks at risk, sorted.' },
      atRiskSites: { type: 'list<string>', description: 'Sites hosting a server at risk, sorted.' },
      unprovenServers: { type: 'list<string>', description: 'Servers running an unproven change, sorted.' },
      groups: { type: 'list<GroupState>', description: 'Every redundancy group: members at risk and unproven members.' },
      forecast: { type: 'Forecast', description: 'Forecast traffic (busiest hour overlapped).' },
      capacity: { type: 'Capacity', description: 'Capacity not at risk, all traffic.' },
      emergencyCapacity: { type: 'Capacity', description: 'Capacity not at risk on emergency-capable elements.' },
      margin: { type: 'Capacity', description: 'N-1 margin, all traffic: capacity not at risk, minus the site whose loss hurts most, minus the forecast (negative: short).' },
      emergencyMargin: { type: 'Capacity', description: 'N-1 margin for emergency traffic, computed the same way.' },
      lostSite: { type: 'string', description: 'The site assumed lost for the N-1 margin (all traffic); "" when none.' },
      routesLeft: { type: 'map<string, int>', description: 'Per emergency number: routes whose call server and trunk are not at risk and whose site is not targeted.' },
      routeSitesLeft: { type: 'map<string, int>', description: 'Per emergency number: distinct sites among those routes.' },
      activeSteps: { type: 'list<Step>', description: 'Steps whose window overlaps the interval (any change request).' },
      changes: { type: 'list<string>', description: 'Change requests with an active or soaking step in the interval, sorted.' },
    },
  },
  {
    name: 'Network',
    description: 'The inventory and the plan.',
    fields: {
      timeZone: { type: 'string', description: 'The policy time zone (IANA).' },
      sites: { type: 'list<Site>', description: 'Sites, sorted by id.' },
      servers: { type: 'list<Server>', description: 'Call servers, sorted by id.' },
      groups: { type: 'list<Group>', description: 'Redundancy groups, sorted by id.' },
      emergencyNumbers: { type: 'list<string>', description: 'Emergency numbers of the inventory.' },
      holidays: { type: 'list<string>', description: 'Public holidays: the local dates ("YYYY-MM-DD") the traffic forecast marks as holidays (its holiday calendar).' },
      changes: { type: 'list<Change>', description: 'Every considered change request, sorted by id.' },
      steps: { type: 'list<Step>', description: 'Every step of every considered change request.' },
      stepsByNight: { type: 'map<string, list<Step>>', description: 'The same steps by the night they run in (`Step.night`): compare a step with the others of its night, e.g. `network.stepsByNight[step.night].exists(...)`, without visiting every step of the plan.' },
    },
  },
  {
    name: 'Policy',
    description: 'The change policy.',
    fields: {
      timeZone: { type: 'string', description: 'Time zone of windows and freezes (IANA).' },
      freezePeriods: { type: 'list<Freeze>', description: 'Freeze periods.' },
      approvers: { type: 'list<string>', description: 'Person ids of the approvers.' },
    },
  },
];

const COMMON_VARIABLES: Record<string, FieldSpec> = {
  network: { type: 'Network', description: 'The inventory and every considered change request.' },
  policy: { type: 'Policy', description: 'The change policy.' },
  asOf: { type: 'int', description: `The instant the evaluation is "as of" (--as-of), ${INSTANT}; 0 when unknown.` },
};

export const SCOPE_VARIABLES: Record<CustomRuleScope, { description: string; variables: Record<string, FieldSpec> }> = {
  change: {
    description: 'The condition is evaluated once per considered change request; a finding points into the change request file.',
    variables: { change: { type: 'Change', description: 'The change request judged.' }, ...COMMON_VARIABLES },
  },
  step: {
    description: 'The condition is evaluated once per step of each considered change request; a finding points at the step.',
    variables: {
      step: { type: 'Step', description: 'The step judged.' },
      change: { type: 'Change', description: 'Its change request.' },
      ...COMMON_VARIABLES,
    },
  },
  interval: {
    description: 'The condition is evaluated once per interval of the timeline; a finding is reported for each change request active or soaking in it, at its first step there.',
    variables: { interval: { type: 'Interval', description: 'The interval judged.' }, ...COMMON_VARIABLES },
  },
};

/** The variable reference in Markdown (for docs/rules/custom-rules.md), generated from the tables above. */
export function variableReferenceMarkdown(): string {
  const lines: string[] = [];
  for (const scope of CUSTOM_RULE_SCOPES) {
    const spec = SCOPE_VARIABLES[scope];
    lines.push(`### Scope \`${scope}\``, '', spec.description, '', '| Variable | Type | Holds |', '| --- | --- | --- |');
    for (const [name, v] of Object.entries(spec.variables)) lines.push(`| \`${name}\` | \`${v.type}\` | ${v.description} |`);
    lines.push('');
  }
  lines.push('### Types', '');
  for (const type of CEL_TYPES) {
    lines.push(`#### \`${type.name}\``, '', type.description, '', '| Field | Type | Holds |', '| --- | --- | --- |');
    for (const [name, f] of Object.entries(type.fields)) lines.push(`| \`${name}\` | \`${f.type}\` | ${f.description} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export const VARIABLES_START = '<!-- generated:variables:start (npm run docs) -->';
export const VARIABLES_END = '<!-- generated:variables:end -->';

/** The custom-rules page with its variable reference regenerated between the markers. */
export function updateCustomRulesPage(page: string): string {
  const start = page.indexOf(VARIABLES_START);
  const end = page.indexOf(VARIABLES_END);
  if (start < 0 || end < start) throw new Error(`docs/rules/custom-rules.md lost its markers ${VARIABLES_START} ... ${VARIABLES_END}`);
  return `${page.slice(0, start)}${VARIABLES_START}\n${variableReferenceMarkdown()}\n${page.slice(end)}`;
}
