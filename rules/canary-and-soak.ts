// Invariant 2 (common mode): a new software version or procedure reaches one member of a redundancy group
// first (the canary), soaks under real traffic across a daily peak, and only then spreads in small waves;
// the members running it unproven are never the whole group.
// The rollouts (which steps carry which signature to which group, and when it is proven) come from the
// timeline, which the engine builds with this rule's options (src/analysis/settings.ts) to keep unproven changes at risk and to decide what the
// record and the catalog's approved qualifications prove.
import { SOAK_DEFAULTS } from '../src/analysis/settings.ts';
import { defineRule } from '../src/rule-api/rule.ts';
import type { Step } from '../src/model/types.ts';
import { rolloutMembers } from '../src/timeline/rollout-members.ts';
import type { SignatureRollout, StepExposure } from '../src/timeline/types.ts';
import { stepKey } from '../src/timeline/types.ts';

interface Options {
  soakHours: number;
  maxWaveFraction: number;
  groupsSharingProof: string[][];
  qualifyingRole: string;
  qualificationApprovals: number;
}

type MessageId = 'wholeGroupUnproven' | 'canaryTooWide' | 'waveBeforeSoak' | 'waveBeforePeak' | 'waveTooLarge' | 'waveAfterFailedCanary';

/** Steps of one rollout whose windows overlap (directly or in a chain): they run as one wave. */
interface Wave {
  steps: StepExposure[];
  members: string[];
  start: number;
}

function wavesOf(rollout: SignatureRollout, membersOf: (e: StepExposure) => string[]): Wave[] {
  const waves: Wave[] = [];
  let current: { steps: StepExposure[]; members: Set<string>; start: number; end: number } | undefined;
  const close = () => {
    if (current) waves.push({ steps: current.steps, members: [...current.members].sort(), start: current.start });
  };
  // rollout.steps is sorted by start, so one pass groups overlapping windows.
  for (const e of rollout.steps) {
    const { start, end } = e;
    if (current && start < current.end) {
      current.steps.push(e);
      current.end = Math.max(current.end, end);
    } else {
      close();
      current = { steps: [e], members: new Set(), start, end };
    }
    for (const m of membersOf(e)) current.members.add(m);
  }
  close();
  return waves;
}

export default defineRule<Options, MessageId>({
  id: 'canary-and-soak',
  title: 'New versions and procedures go to one canary, soak across a peak, then spread in small waves',
  summary:
    'The first wave of a change signature on a redundancy group reaches exactly one member; later waves wait soakHours after the canary and a whole daily traffic peak, reach at most maxWaveFraction of the group, and the unproven change never covers the whole group.',
  category: 'invariant',
  defaultSeverity: 'error',
  rationale:
    'Redundancy protects against independent failures, not against the same mistake made everywhere. On 2 June 2021 a reconnection procedure was run on the call servers of all six sites at once; a latent software bug filled their memory and all of them entered a reboot loop, so emergency calls failed for hours. The inquiry quoted the good practice of starting with one call server. A change signature (a software version, or a procedure / command set for config pushes and reconnections) is unproven until one member (the canary) has run it under real traffic for the soak time and across a daily traffic peak; until then it must not reach the rest of the group, and later waves stay small.',
  optionsSchema: {
    type: 'object',
    properties: {
      soakHours: {
        type: 'number',
        minimum: 0,
        maximum: 720,
        description:
          'Hours the canary must run the new version or procedure after its step ends before further members receive it; the soak must also contain a whole daily traffic peak hour of the forecast. The timeline keeps members running an unproven change at risk for this long.',
      },
      groupsSharingProof: {
        type: 'array',
        items: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' }, minItems: 2, uniqueItems: true },
        description:
          'Sets of redundancy groups that share platform and software, e.g. [["ECI-NORTH", "ECI-SOUTH"]]: a signature proven on one group of a set is proven on the others. Without it a proof never carries from one group to another.',
      },
      qualifyingRole: {
        type: 'string',
        pattern: '^[a-z][a-z0-9-]{0,63}$',
        description: 'Role whose approvals make a qualification entry of the software catalog count as proof of a change signature.',
      },
      qualificationApprovals: {
        type: 'integer',
        minimum: 1,
        maximum: 20,
        description: 'Approvals from distinct policy approvers holding qualifyingRole that a catalog qualification needs to count as proof.',
      },
      maxWaveFraction: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        description:
          'Largest share of a redundancy group that one wave after the canary may reach (rounded down, at least one member). Default 0.34: about a third of the group per wave.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    soakHours: SOAK_DEFAULTS.soakHours,
    maxWaveFraction: 0.34,
    groupsSharingProof: [],
    qualifyingRole: SOAK_DEFAULTS.qualifyingRole,
    qualificationApprovals: SOAK_DEFAULTS.qualificationApprovals,
  },
  messages: {
    wholeGroupUnproven:
      '{{signature}} reaches all {{groupSize}} members of redundancy group {{group}} ({{members}}) before it is proven on any of them, through {{steps}}. An unproven change can fail the same way everywhere at once: on 2 June 2021 a reconnection procedure run on all six sites sent every call server into a reboot loop. Give it to one member first (the canary), let it soak {{soakHours}} h after its step and across a daily traffic peak (for this plan: until {{provenAt}}), then continue in waves of at most {{maxWaveMembers}} member(s).',
    canaryTooWide:
      'the first wave of {{signature}} on redundancy group {{group}} reaches {{memberCount}} members ({{members}}) through {{steps}}; a new version or procedure must reach exactly one member first (the canary). Start with one member, let it soak until {{provenAt}}, then widen in waves of at most {{maxWaveMembers}} member(s).',
    waveBeforeSoak:
      '{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}, before the canary ({{canaryStep}} on {{canaryMembers}}, ended {{canaryEnd}}) has soaked for {{soakHours}} h: its soak ends at {{soakEnd}} and it is proven at {{provenAt}}. Move this wave to {{provenAt}} or later.',
    waveBeforePeak:
      '{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}: the canary ({{canaryStep}} on {{canaryMembers}}, ended {{canaryEnd}}) soaked {{soakHours}} h until {{soakEnd}} but has not yet carried a whole daily traffic peak; the first one after it ends at {{provenAt}}. Move this wave to {{provenAt}} or later, or soak longer.',
    waveAfterFailedCanary:
      '{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}, but the canary ({{canaryStep}} on {{canaryMembers}}) is recorded {{canaryStatus}}{{unverifiedNote}}: it proves nothing, so no further member may receive {{signature}}. Find out why, then plan a new canary.',
    waveTooLarge:
      'the wave of {{signature}} starting {{waveStart}} ({{steps}}) reaches {{memberCount}} of the {{groupSize}} members of redundancy group {{group}} ({{members}}); a wave after the canary may reach at most {{maxWaveMembers}} (maxWaveFraction {{maxWaveFraction}}). Split it into smaller waves in separate windows.',
  },
  waivable: true,
  retiredOptions: {
    provenSignatures:
      'a list of signatures typed into the policy proves nothing. A signature is proven by the record (a verified, soaked canary of a done change request) or by a qualification entry of the software catalog approved by the qualifying role; remove the option',
  },
  unwaivable: ['wholeGroupUnproven'],
  check(context) {
    const { network, timeline, options } = context;
    const fmt = (ms: number | undefined) => (ms === undefined ? 'never (no daily traffic peak found after the canary)' : context.formatInstant(ms));
    // A step that reaches several groups takes part in one rollout per group: resolve what it reaches once.
    const reached = new Map<StepExposure, string[]>();
    const reachedBy = (e: StepExposure) => {
      let members = reached.get(e);
      if (!members) reached.set(e, (members = rolloutMembers(network, e)));
      return members;
    };
    for (const rollout of timeline.rollouts) {
      const group = network.inventory.redundancyGroups.get(rollout.group);
      if (!group || group.members.length === 0) continue;
      // Every finding of a rollout is reported on one of its steps and names the changes of its wave.
      if (!context.wants(rollout.canary.step.changeId) && !rollout.steps.some((e) => context.wants(e.step.changeId))) continue;
      const memberSet = new Set(group.members);
      const membersOf = (e: StepExposure) => reachedBy(e).filter((m) => memberSet.has(m));
      const size = group.members.length;
      const maxWaveMembers = Math.max(1, Math.floor(options.maxWaveFraction * size + 1e-9));
      const canary = rollout.canary;
      // Shared data of this rollout's findings, built when the first one is reported.
      let common: ReturnType<typeof commonOf> | undefined;
      const commonOf = () => ({
        signature: rollout.signature,
        group: group.id,
        groupSize: size,
        canaryStep: stepKey(canary.step),
        canaryMembers: membersOf(canary),
        canaryEnd: context.formatInstant(canary.end),
        soakHours: timeline.soakHours,
        soakEnd: context.formatInstant(rollout.soakEnd),
        soakSpansPeak: rollout.soakSpansPeak,
        provenAt: fmt(rollout.provenAt),
        maxWaveMembers,
      });
      const unproven = new Set<string>();
      let reportedWhole = false;
      wavesOf(rollout, membersOf).forEach((wave, index) => {
        const first = wave.steps[0]?.step as Step;
        const beforeProven = rollout.provenAt === undefined || wave.start < rollout.provenAt;
        if (index === 0 || beforeProven) for (const m of wave.members) unproven.add(m);
        // Most waves are in order: build the finding's data only for a wave that is reported.
        const dataOf = () => ({
          ...(common ??= commonOf()),
          members: wave.members,
          memberCount: wave.members.length,
          steps: wave.steps.map((e) => stepKey(e.step)),
          changeIds: [...new Set(wave.steps.map((e) => e.step.changeId))].sort(),
          waveStart: context.formatInstant(wave.start),
        });
        const targets = { file: first.at.file, pointer: first.at.pointer + '/targets' };
        if ((index === 0 || beforeProven) && unproven.size === size && !reportedWhole) {
          // Report the moment the unproven set becomes the whole group once: it is the gravest finding
          // and implies the wave also came too early (or had no canary).
          reportedWhole = true;
          context.reportStep(first, { messageId: 'wholeGroupUnproven', at: targets, atKey: true, data: { ...dataOf(), members: [...unproven].sort(), memberCount: unproven.size } });
          return;
        }
        if (index === 0) {
          if (wave.members.length > 1) context.reportStep(first, { messageId: 'canaryTooWide', at: targets, atKey: true, data: dataOf() });
          return;
        }
        if (rollout.canaryOutcome) {
          const { status, unansweredCalls } = rollout.canaryOutcome;
          context.reportStep(first, {
            messageId: 'waveAfterFailedCanary',
            at: { file: first.at.file, pointer: first.at.pointer + '/window/start' },
            data: { ...dataOf(), canaryStatus: status === 'ok' ? 'ok' : status, unverifiedNote: status === 'ok' ? ` but its test calls to ${unansweredCalls.join(', ')} were not answered` : '' },
          });
          return;
        }
        if (beforeProven) {
          const messageId = wave.start < rollout.soakEnd ? 'waveBeforeSoak' : 'waveBeforePeak';
          context.reportStep(first, { messageId, at: { file: first.at.file, pointer: first.at.pointer + '/window/start' }, data: dataOf() });
          return;
        }
        if (wave.members.length > maxWaveMembers) {
          context.reportStep(first, { messageId: 'waveTooLarge', at: targets, atKey: true, data: { ...dataOf(), maxWaveFraction: options.maxWaveFraction } });
        }
      });
    }
  },
});
