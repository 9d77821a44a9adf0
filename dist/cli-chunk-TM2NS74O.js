import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  CAPACITY_DEFAULTS,
  EMPTY_OPTIONS_SCHEMA,
  FINDING_LIST_LIMIT,
  RISK_DEFAULTS,
  SOAK_DEFAULTS,
  SoakingSteps,
  attributeFailure,
  capacityIndexFor,
  defineRule,
  deriveRisk,
  exposureFootprint,
  forecastPeak,
  higherRisk,
  judgementData,
  lossesOf,
  participantsData,
  remainingCapacity,
  requiredCapacity,
  riskRank,
  riskSettings,
  routeIndex,
  soakingData,
  sortNumbers,
  stepToReport,
  stepsEmergencyReach,
  wantedChanges,
  wantsSomeExposure,
  worstSiteLoss
} from "./cli-chunk-IHQNHCRA.js";
import {
  addEach,
  compareSteps,
  dailyPeaks,
  rolloutMembers,
  stepKey,
  targetsOf
} from "./cli-chunk-TO5V6PRQ.js";
import {
  changeExecution,
  failedDependencies,
  isFinished
} from "./cli-chunk-IK2H635M.js";
import {
  dateOfText,
  dateText,
  dayTypeOf,
  localClockInstant,
  localHourStarts,
  localParts
} from "./cli-chunk-45VVUP2D.js";

// rules/input-rules.ts
var yamlSyntax = defineRule({
  id: "yaml-syntax",
  title: "Files are well-formed YAML in the accepted subset",
  summary: "Every network file parses as one UTF-8 YAML document without custom tags, duplicate keys or alias bombs.",
  category: "input",
  defaultSeverity: "error",
  rationale: "A file the gate cannot read is a plan the gate cannot judge. Refusing custom tags, duplicate keys (where the last one silently wins), unbounded aliases and deep nesting keeps every value exactly what the engineer wrote and keeps a hostile file from hanging the gate.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    "file-too-large": "{{message}}",
    "invalid-utf8": "{{message}}",
    "empty-file": "{{message}}",
    syntax: "{{message}}",
    "too-deep": "{{message}}",
    "multiple-documents": "{{message}}",
    "duplicate-key": "{{message}}",
    "complex-key": "{{message}}",
    "unsupported-tag": "{{message}}",
    "too-many-aliases": "{{message}}",
    "too-many-nodes": "{{message}}",
    "unknown-alias": "{{message}}",
    "non-finite-number": "{{message}}",
    "unsafe-integer": "{{message}}"
  },
  waivable: false
});
var schemaValid = defineRule({
  id: "schema-valid",
  title: "Documents match their JSON Schema",
  summary: "Every document matches the JSON Schema of its kind; windows end after they start and local times exist.",
  category: "input",
  defaultSeverity: "error",
  rationale: "A misspelt key is not an option that silently keeps its default: an unknown `capacityLos` would leave the capacity loss at 100% or 0% without anyone noticing. Every mistake is located on its line with a suggestion.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    missingProperty: "{{message}}",
    unknownProperty: "{{message}}",
    wrongType: "{{message}}",
    notAllowed: "{{message}}",
    badFormat: "{{message}}",
    outOfRange: "{{message}}",
    badValue: "{{message}}",
    endNotAfterStart: "{{message}}",
    nonexistentLocalTime: "{{message}}",
    ambiguousLocalTime: "{{message}}"
  },
  waivable: false
});
var referenceIntegrity = defineRule({
  id: "reference-integrity",
  title: "Every reference resolves",
  summary: "Ids are unique and every reference (site, server, trunk, switch, PSAP, step, change) names something that exists.",
  category: "input",
  defaultSeverity: "error",
  rationale: 'A step that targets a misspelt server would put nothing at risk in the timeline, and the plan would look safer than it is. Unknown references are refused with a "did you mean" among the known ids.',
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    duplicateId: "{{message}}",
    confusableId: "{{message}}",
    unknownReference: "{{message}}",
    routeMismatch: "{{message}}",
    duplicateDocument: "{{message}}",
    missingDocument: "{{message}}"
  },
  waivable: false
});
var gateConfig = defineRule({
  id: "gate-config",
  title: "The gate configuration is valid",
  summary: "changegate.yaml, rule overrides and waivers name things that exist, stay inside the repository, and leave rules to run.",
  category: "input",
  defaultSeverity: "error",
  rationale: "A typo in a rule id or option would otherwise switch a check off without anyone noticing; a path leaving the repository could make the gate read files the pull request does not control.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    unknownRule: "{{message}}",
    badOption: "{{message}}",
    inputRuleFixed: "{{message}}",
    ruleCannotBeOff: "{{message}}",
    pathOutsideRepo: "{{message}}",
    configMissing: "{{message}}",
    includeMissing: "{{message}}",
    notAConfig: "{{message}}",
    misplacedConfig: "{{message}}",
    refusedPath: "{{message}}",
    noFiles: "{{message}}",
    noRules: "{{message}}",
    waiverUnknownRule: "{{message}}",
    waiverNotAllowed: "{{message}}",
    customRuleCompile: "{{message}}",
    customRuleIdClash: "{{message}}",
    customRuleDuplicate: "{{message}}",
    customRuleEvaluation: "{{message}}",
    customRuleCost: "{{message}}"
  },
  waivable: false
});
var internalError = defineRule({
  id: "internal-error",
  title: "The gate ran without internal errors",
  summary: "Any exception inside changegate makes the verdict error, naming the stage or rule.",
  category: "input",
  defaultSeverity: "error",
  rationale: "A safety gate fails closed: if it cannot finish its evaluation, nothing it did not check may pass.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { exception: "{{message}}" },
  waivable: false
});
var waiverValidity = defineRule({
  id: "waiver-validity",
  title: "Waivers are approved by others, verified, current and used",
  summary: "A waiver covers a finding only with enough distinct, verified approvers holding the required role, none of them the owner or an author of the waiver, and never a finding its rule marks unwaivable; expired and unmatched waivers are reported.",
  category: "process",
  defaultSeverity: "warning",
  rationale: "A waiver is a documented, approved, expiring exception to one rule for one change. In change management the person who plans a change never grants its exceptions: a waiver approved by the change's own owner, by someone outside the policy's approvers, or by a name typed into the file without proof, would let an author talk the gate past its own findings. Some findings are never waivable (every member of a redundancy group at risk at once, as on 2 June 2021; an unproven change on the whole group; an emergency number left without any route). A refused waiver is an error (the finding it targeted stays blocking); an expired waiver, or one that matches no finding, is a warning.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { notApproved: "{{message}}", unwaivable: "{{message}}", scopeMissing: "{{message}}", expired: "{{message}}", unmatched: "{{message}}" },
  waivable: false
});
var unreadFile = defineRule({
  id: "unread-file",
  title: "No network file is left unread",
  summary: "A YAML file that declares a changegate kind outside the included folders (and not excluded) is reported.",
  category: "process",
  defaultSeverity: "warning",
  rationale: "A change request saved in `plans/`, at the root or in `Changes/` would never be judged, and the gate would pass without a word. The gate cannot know what the engineer meant, so it says which files it did not read; `exclude` in changegate.yaml says explicitly what may be ignored. Set the rule to `error` in the policy to block instead of warn.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: { notIncluded: "{{message}}" },
  waivable: false,
  mayBeOff: false
});
var INPUT_RULES = [yamlSyntax, schemaValid, referenceIntegrity, gateConfig, internalError, waiverValidity, unreadFile];

// rules/canary-and-soak.ts
function wavesOf(rollout, membersOf) {
  const waves = [];
  let current;
  const close = () => {
    if (current) waves.push({ steps: current.steps, members: [...current.members].sort(), start: current.start });
  };
  for (const e of rollout.steps) {
    const { start, end } = e;
    if (current && start < current.end) {
      current.steps.push(e);
      current.end = Math.max(current.end, end);
    } else {
      close();
      current = { steps: [e], members: /* @__PURE__ */ new Set(), start, end };
    }
    for (const m of membersOf(e)) current.members.add(m);
  }
  close();
  return waves;
}
var canary_and_soak_default = defineRule({
  id: "canary-and-soak",
  title: "New versions and procedures go to one canary, soak across a peak, then spread in small waves",
  summary: "The first wave of a change signature on a redundancy group reaches exactly one member; later waves wait soakHours after the canary and a whole daily traffic peak, reach at most maxWaveFraction of the group, and the unproven change never covers the whole group.",
  category: "invariant",
  defaultSeverity: "error",
  rationale: "Redundancy protects against independent failures, not against the same mistake made everywhere. On 2 June 2021 a reconnection procedure was run on the call servers of all six sites at once; a latent software bug filled their memory and all of them entered a reboot loop, so emergency calls failed for hours. The inquiry quoted the good practice of starting with one call server. A change signature (a software version, or a procedure / command set for config pushes and reconnections) is unproven until one member (the canary) has run it under real traffic for the soak time and across a daily traffic peak; until then it must not reach the rest of the group, and later waves stay small.",
  optionsSchema: {
    type: "object",
    properties: {
      soakHours: {
        type: "number",
        minimum: 0,
        maximum: 720,
        description: "Hours the canary must run the new version or procedure after its step ends before further members receive it; the soak must also contain a whole daily traffic peak hour of the forecast. The timeline keeps members running an unproven change at risk for this long."
      },
      groupsSharingProof: {
        type: "array",
        items: { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }, minItems: 2, uniqueItems: true },
        description: 'Sets of redundancy groups that share platform and software, e.g. [["ECI-NORTH", "ECI-SOUTH"]]: a signature proven on one group of a set is proven on the others. Without it a proof never carries from one group to another.'
      },
      qualifyingRole: {
        type: "string",
        pattern: "^[a-z][a-z0-9-]{0,63}$",
        description: "Role whose approvals make a qualification entry of the software catalog count as proof of a change signature."
      },
      qualificationApprovals: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        description: "Approvals from distinct policy approvers holding qualifyingRole that a catalog qualification needs to count as proof."
      },
      maxWaveFraction: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1,
        description: "Largest share of a redundancy group that one wave after the canary may reach (rounded down, at least one member). Default 0.34: about a third of the group per wave."
      }
    },
    additionalProperties: false
  },
  defaultOptions: {
    soakHours: SOAK_DEFAULTS.soakHours,
    maxWaveFraction: 0.34,
    groupsSharingProof: [],
    qualifyingRole: SOAK_DEFAULTS.qualifyingRole,
    qualificationApprovals: SOAK_DEFAULTS.qualificationApprovals
  },
  messages: {
    wholeGroupUnproven: "{{signature}} reaches all {{groupSize}} members of redundancy group {{group}} ({{members}}) before it is proven on any of them, through {{steps}}. An unproven change can fail the same way everywhere at once: on 2 June 2021 a reconnection procedure run on all six sites sent every call server into a reboot loop. Give it to one member first (the canary), let it soak {{soakHours}} h after its step and across a daily traffic peak (for this plan: until {{provenAt}}), then continue in waves of at most {{maxWaveMembers}} member(s).",
    canaryTooWide: "the first wave of {{signature}} on redundancy group {{group}} reaches {{memberCount}} members ({{members}}) through {{steps}}; a new version or procedure must reach exactly one member first (the canary). Start with one member, let it soak until {{provenAt}}, then widen in waves of at most {{maxWaveMembers}} member(s).",
    waveBeforeSoak: "{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}, before the canary ({{canaryStep}} on {{canaryMembers}}, ended {{canaryEnd}}) has soaked for {{soakHours}} h: its soak ends at {{soakEnd}} and it is proven at {{provenAt}}. Move this wave to {{provenAt}} or later.",
    waveBeforePeak: "{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}: the canary ({{canaryStep}} on {{canaryMembers}}, ended {{canaryEnd}}) soaked {{soakHours}} h until {{soakEnd}} but has not yet carried a whole daily traffic peak; the first one after it ends at {{provenAt}}. Move this wave to {{provenAt}} or later, or soak longer.",
    waveAfterFailedCanary: "{{steps}} bring {{signature}} to {{members}} of redundancy group {{group}} at {{waveStart}}, but the canary ({{canaryStep}} on {{canaryMembers}}) is recorded {{canaryStatus}}{{unverifiedNote}}: it proves nothing, so no further member may receive {{signature}}. Find out why, then plan a new canary.",
    waveTooLarge: "the wave of {{signature}} starting {{waveStart}} ({{steps}}) reaches {{memberCount}} of the {{groupSize}} members of redundancy group {{group}} ({{members}}); a wave after the canary may reach at most {{maxWaveMembers}} (maxWaveFraction {{maxWaveFraction}}). Split it into smaller waves in separate windows."
  },
  waivable: true,
  retiredOptions: {
    provenSignatures: "a list of signatures typed into the policy proves nothing. A signature is proven by the record (a verified, soaked canary of a done change request) or by a qualification entry of the software catalog approved by the qualifying role; remove the option"
  },
  unwaivable: ["wholeGroupUnproven"],
  check(context) {
    const { network, timeline, options } = context;
    const fmt = (ms) => ms === void 0 ? "never (no daily traffic peak found after the canary)" : context.formatInstant(ms);
    const reached = /* @__PURE__ */ new Map();
    const reachedBy = (e) => {
      let members = reached.get(e);
      if (!members) reached.set(e, members = rolloutMembers(network, e));
      return members;
    };
    for (const rollout of timeline.rollouts) {
      const group = network.inventory.redundancyGroups.get(rollout.group);
      if (!group || group.members.length === 0) continue;
      if (!context.wants(rollout.canary.step.changeId) && !rollout.steps.some((e) => context.wants(e.step.changeId))) continue;
      const memberSet = new Set(group.members);
      const membersOf = (e) => reachedBy(e).filter((m) => memberSet.has(m));
      const size = group.members.length;
      const maxWaveMembers = Math.max(1, Math.floor(options.maxWaveFraction * size + 1e-9));
      const canary = rollout.canary;
      let common;
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
        maxWaveMembers
      });
      const unproven = /* @__PURE__ */ new Set();
      let reportedWhole = false;
      wavesOf(rollout, membersOf).forEach((wave, index) => {
        const first = wave.steps[0]?.step;
        const beforeProven = rollout.provenAt === void 0 || wave.start < rollout.provenAt;
        if (index === 0 || beforeProven) for (const m of wave.members) unproven.add(m);
        const dataOf = () => ({
          ...common ??= commonOf(),
          members: wave.members,
          memberCount: wave.members.length,
          steps: wave.steps.map((e) => stepKey(e.step)),
          changeIds: [...new Set(wave.steps.map((e) => e.step.changeId))].sort(),
          waveStart: context.formatInstant(wave.start)
        });
        const targets = { file: first.at.file, pointer: first.at.pointer + "/targets" };
        if ((index === 0 || beforeProven) && unproven.size === size && !reportedWhole) {
          reportedWhole = true;
          context.reportStep(first, { messageId: "wholeGroupUnproven", at: targets, atKey: true, data: { ...dataOf(), members: [...unproven].sort(), memberCount: unproven.size } });
          return;
        }
        if (index === 0) {
          if (wave.members.length > 1) context.reportStep(first, { messageId: "canaryTooWide", at: targets, atKey: true, data: dataOf() });
          return;
        }
        if (rollout.canaryOutcome) {
          const { status, unansweredCalls } = rollout.canaryOutcome;
          context.reportStep(first, {
            messageId: "waveAfterFailedCanary",
            at: { file: first.at.file, pointer: first.at.pointer + "/window/start" },
            data: { ...dataOf(), canaryStatus: status === "ok" ? "ok" : status, unverifiedNote: status === "ok" ? ` but its test calls to ${unansweredCalls.join(", ")} were not answered` : "" }
          });
          return;
        }
        if (beforeProven) {
          const messageId = wave.start < rollout.soakEnd ? "waveBeforeSoak" : "waveBeforePeak";
          context.reportStep(first, { messageId, at: { file: first.at.file, pointer: first.at.pointer + "/window/start" }, data: dataOf() });
          return;
        }
        if (wave.members.length > maxWaveMembers) {
          context.reportStep(first, { messageId: "waveTooLarge", at: targets, atKey: true, data: { ...dataOf(), maxWaveFraction: options.maxWaveFraction } });
        }
      });
    }
  }
});

// src/analysis/concurrency.ts
function groupLimits(group, limits) {
  return group.emergency ? { maxSites: limits.maxSitesAtRisk, maxServers: limits.maxServersAtRisk } : { maxSites: limits.nonEmergencyMaxSitesAtRisk, maxServers: limits.nonEmergencyMaxServersAtRisk };
}
function tooManyAtRisk(groupSize, serversAtRisk, sitesAtRisk2, limit) {
  return serversAtRisk === groupSize || serversAtRisk > limit.maxServers || sitesAtRisk2 > limit.maxSites;
}
function overloadedGroup(network, servers, limits) {
  const atRisk = new Set(servers);
  for (const group of network.inventory.redundancyGroups.values()) {
    const members = [...new Set(group.members)].filter((m) => atRisk.has(m));
    if (members.length === 0) continue;
    const sites = new Set(members.map((m) => network.inventory.callServers.get(m)?.site ?? m)).size;
    if (tooManyAtRisk(new Set(group.members).size, members.length, sites, groupLimits(group, limits))) return group;
  }
  return void 0;
}
function overloadedGroupIds(network, atRisk, limits, only) {
  const ids = /* @__PURE__ */ new Set();
  for (const group of network.inventory.redundancyGroups.values()) {
    if (only && !only.has(group.id)) continue;
    const members = [...new Set(group.members)].filter((m) => atRisk.has(m));
    if (members.length === 0) continue;
    const sites = new Set(members.map((m) => network.inventory.callServers.get(m)?.site ?? m)).size;
    if (tooManyAtRisk(new Set(group.members).size, members.length, sites, groupLimits(group, limits))) ids.add(group.id);
  }
  return ids;
}
function overloadedAlongside(network, intervals, servers, start, end, limits) {
  const groupsOf = /* @__PURE__ */ new Map();
  for (const group of network.inventory.redundancyGroups.values()) {
    for (const m of group.members) if (servers.includes(m)) groupsOf.set(m, [...groupsOf.get(m) ?? [], group.id]);
  }
  if (groupsOf.size === 0) return void 0;
  for (const interval of intervals) {
    if (interval.end <= start || interval.start >= end) continue;
    const before = new Set(interval.atRiskServers);
    const gaining = new Set(servers.filter((s) => !before.has(s)).flatMap((s) => groupsOf.get(s) ?? []));
    if (gaining.size === 0) continue;
    const overloaded = overloadedGroupIds(network, /* @__PURE__ */ new Set([...before, ...servers]), limits, gaining);
    if (overloaded.size > 0) return [...overloaded].sort()[0];
  }
  return void 0;
}

// rules/redundancy-group-concurrency.ts
function openingStep(interval, contributors) {
  const running = contributors.filter((e) => e.step.window.start <= interval.start && e.step.window.end > interval.start);
  const pool = running.length > 0 ? running : contributors;
  return pool.map((e) => e.step).reduce((latest, s) => compareSteps(s, latest) > 0 ? s : latest);
}
var redundancy_group_concurrency_default = defineRule({
  id: "redundancy-group-concurrency",
  title: "Few members of a redundancy group at risk at once, never all",
  summary: "In every interval of the plan, at most maxSitesAtRisk sites and maxServersAtRisk call servers of a redundancy group are at risk (from any change request), and never the whole group.",
  category: "invariant",
  defaultSeverity: "error",
  rationale: "A redundancy group only protects calls while enough of its members are healthy. On 2 June 2021 a routine reconnection procedure was applied to the call servers of all six sites of the emergency-call interconnect at the same time; a latent bug sent every one of them into a reboot loop and about 11,800 emergency calls failed. Six sites did not help because the change touched them all at once. Counting members at risk per interval, across every planned change request and including changes still soaking, keeps a single mistake from reaching the whole group.",
  optionsSchema: {
    type: "object",
    properties: {
      maxSitesAtRisk: {
        type: "integer",
        minimum: 0,
        description: "Most sites of an emergency redundancy group that may have a member at risk in the same interval. Default 1: one site (one failure domain) at a time, so the other sites carry the traffic."
      },
      maxServersAtRisk: {
        type: "integer",
        minimum: 0,
        description: "Most call servers of an emergency redundancy group that may be at risk in the same interval. Default 2: the servers of one two-server site."
      },
      nonEmergencyMaxSitesAtRisk: {
        type: "integer",
        minimum: 0,
        description: "Most sites of a redundancy group that carries no emergency traffic that may have a member at risk in the same interval."
      },
      nonEmergencyMaxServersAtRisk: {
        type: "integer",
        minimum: 0,
        description: "Most call servers of a redundancy group that carries no emergency traffic that may be at risk in the same interval."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { maxSitesAtRisk: 1, maxServersAtRisk: 2, nonEmergencyMaxSitesAtRisk: 2, nonEmergencyMaxServersAtRisk: 4 },
  messages: {
    tooManyAtRisk: "from {{intervalStart}} to {{intervalEnd}}, {{serverCount}} of the {{groupSize}} members of redundancy group {{group}} are at risk at once, on {{siteCount}} site(s) ({{sites}}): {{servers}}; at most {{maxSitesAtRisk}} site(s) and {{maxServersAtRisk}} server(s) may be at risk together. They are put at risk by {{steps}}.{{soakNote}} Move these steps into separate windows so that fewer members are touched at the same time.",
    wholeGroupAtRisk: "from {{intervalStart}} to {{intervalEnd}}, every member of redundancy group {{group}} is at risk at once: {{serverCount}} servers ({{servers}}) on {{siteCount}} site(s) ({{sites}}), put at risk by {{steps}}.{{soakNote}} One common-mode fault would take the whole group down, as on 2 June 2021 when a procedure applied to all six sites at once cut off emergency calls; no option allows this. Touch one site at a time and keep the rest of the group out of the change."
  },
  waivable: true,
  unwaivable: ["wholeGroupAtRisk"],
  waiverScope: { field: "group", description: "the redundancy group" },
  check(context) {
    const { network, timeline, options } = context;
    const servers = network.inventory.callServers;
    const groups = [...network.inventory.redundancyGroups.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const flush = (group, run, maxSites, maxServers) => {
      const sites = [...new Set(run.servers.map((s) => servers.get(s)?.site ?? s))].sort();
      const contributors = [...run.contributors.values()];
      const inFirst = new Set(run.first.exposures);
      const firstContributors = contributors.filter((e) => inFirst.has(e));
      const opener = openingStep(run.first, firstContributors.length > 0 ? firstContributors : contributors);
      const ordered = contributors.map((e) => e.step).sort(compareSteps);
      const soaking = ordered.filter((s) => run.soaking.has(stepKey(s))).map(stepKey);
      const soakNote = soaking.length === 0 ? "" : ` ${soaking.join(", ")} ${soaking.length === 1 ? "is" : "are"} counted after ${soaking.length === 1 ? "its" : "their"} window because ${soaking.length === 1 ? "it runs" : "they run"} a version or procedure not yet proven on the group, which stays at risk until it has soaked for ${timeline.soakHours} h across a traffic peak (canary-and-soak).`;
      const whole = run.servers.length === group.members.length;
      context.reportStep(opener, {
        messageId: whole ? "wholeGroupAtRisk" : "tooManyAtRisk",
        at: { file: opener.at.file, pointer: opener.at.pointer + "/window" },
        atKey: true,
        data: {
          group: group.id,
          emergency: group.emergency,
          groupSize: group.members.length,
          intervalStart: context.formatInstant(run.first.start),
          intervalEnd: context.formatInstant(run.last.end),
          durationMinutes: Math.round((run.last.end - run.first.start) / 6e4),
          servers: run.servers,
          serverCount: run.servers.length,
          sites,
          siteCount: sites.length,
          maxSitesAtRisk: maxSites,
          maxServersAtRisk: maxServers,
          steps: ordered.map(stepKey),
          changeIds: [...new Set(ordered.map((s) => s.changeId))].sort(),
          soakingSteps: soaking,
          soakNote
        }
      });
    };
    const wanted = wantedGroups(context, groups);
    const groupsOf = /* @__PURE__ */ new Map();
    for (const group of groups) {
      if (wanted && !wanted.has(group.id)) continue;
      for (const m of group.members) {
        const list2 = groupsOf.get(m);
        if (list2) list2.push(group.id);
        else groupsOf.set(m, [group.id]);
      }
    }
    const atRiskByGroup = /* @__PURE__ */ new Map();
    for (const interval of timeline.intervals) {
      const here = /* @__PURE__ */ new Map();
      for (const s of interval.atRiskServers) {
        for (const g of groupsOf.get(s) ?? []) {
          const list2 = here.get(g);
          if (list2) list2.push(s);
          else here.set(g, [s]);
        }
      }
      for (const [g, atRisk] of here) {
        const list2 = atRiskByGroup.get(g);
        if (list2) list2.push({ interval, atRisk });
        else atRiskByGroup.set(g, [{ interval, atRisk }]);
      }
    }
    for (const group of groups) {
      if (group.members.length === 0) continue;
      const members = new Set(group.members);
      const limit = groupLimits(group, options);
      const { maxSites, maxServers } = limit;
      let run;
      for (const { interval, atRisk } of atRiskByGroup.get(group.id) ?? []) {
        const siteCount = new Set(atRisk.map((s) => servers.get(s)?.site ?? s)).size;
        const offending = tooManyAtRisk(members.size, atRisk.length, siteCount, limit);
        const key = atRisk.join("\0");
        const continues = run !== void 0 && offending && run.last.end === interval.start && run.servers.join("\0") === key;
        if (!continues) {
          if (run) flush(group, run, maxSites, maxServers);
          run = offending ? { first: interval, last: interval, servers: atRisk, contributors: /* @__PURE__ */ new Map(), soaking: /* @__PURE__ */ new Set() } : void 0;
        }
        if (!run) continue;
        run.last = interval;
        for (const e of interval.exposures) {
          if (!e.servers.some((s) => members.has(s))) continue;
          const id = stepKey(e.step);
          if (!run.contributors.has(id)) run.contributors.set(id, e);
          if (e.step.window.end <= interval.start) run.soaking.add(id);
        }
      }
      if (run) flush(group, run, maxSites, maxServers);
    }
  }
});
function wantedGroups(context, groups) {
  const changes = wantedChanges(context);
  if (!changes) return void 0;
  const servers = /* @__PURE__ */ new Set();
  for (const e of context.timeline.exposures.values()) if (changes.has(e.step.changeId)) addEach(servers, e.servers);
  return new Set(groups.filter((g) => g.members.some((m) => servers.has(m))).map((g) => g.id));
}

// rules/surviving-capacity.ts
var SCOPES = ["all", "emergency"];
function sitesAtRisk(context, interval) {
  const inv = context.network.inventory;
  const sites = /* @__PURE__ */ new Set();
  for (const s of interval.atRiskServers) {
    const site = inv.callServers.get(s)?.site;
    if (site !== void 0) sites.add(site);
  }
  for (const t of interval.atRiskTrunks) {
    const server = inv.trunks.get(t)?.callServer;
    const site = server !== void 0 ? inv.callServers.get(server)?.site : void 0;
    if (site !== void 0) sites.add(site);
  }
  return [...sites].sort();
}
var surviving_capacity_default = defineRule({
  id: "surviving-capacity",
  title: "Capacity survives the loss of one more site during the change",
  summary: "In every interval of the plan, the capacity not at risk minus the largest remaining site (N-1) covers the forecast with headroom, for all calls and for emergency calls, in sessions, call attempts per second and trunk sessions.",
  category: "invariant",
  defaultSeverity: "error",
  rationale: "While a change runs, the elements it touches may be lost, and the rest of the platform must carry the traffic even if one more site fails for an unrelated reason (N-1). On 2 June 2021 a reconnection procedure ran on all six sites of the emergency-call interconnect at 16:44, ahead of the evening peak: nothing was left outside the change to carry the traffic when it failed, and about 11,800 emergency calls were lost. Comparing, for every interval, what is not at risk (after the capacity added or removed by earlier steps) with the busiest forecast hour plus headroom shows which windows are safe, and with which margin.",
  optionsSchema: {
    type: "object",
    properties: {
      headroom: {
        type: "number",
        minimum: 0,
        maximum: 10,
        description: "Safety margin over the forecast: the capacity left after N-1 must cover forecast x (1 + headroom). Default 0.2 (20 %), the margin the platform is sized with (70,000 peak sessions x 1.2 = 84,000 <= 100,000 with a site lost)."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { ...CAPACITY_DEFAULTS },
  messages: {
    allCallsShort: "not enough capacity survives for all calls from {{runStart}} to {{runEnd}}: at worst, from {{intervalStart}} to {{intervalEnd}} (busiest forecast hour {{busiestHour}}), with {{sitesAtRisk}} at risk, {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions remain once the largest remaining site ({{largestSite}}) is also lost, against {{requiredSessions}} sessions / {{requiredCps}} cps required (forecast {{forecastSessions}} / {{forecastCps}} plus {{headroomPercent}} % headroom); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions.{{soakNote}} Move the step to a quieter hour, or put fewer sites at risk at the same time.",
    emergencyCallsShort: "not enough emergency capacity survives from {{runStart}} to {{runEnd}}: at worst, from {{intervalStart}} to {{intervalEnd}} (busiest forecast hour {{busiestHour}}), with {{sitesAtRisk}} at risk, the emergency-capable servers and trunks keep {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions once the largest remaining site ({{largestSite}}) is also lost, against {{requiredSessions}} emergency sessions / {{requiredCps}} cps required (forecast {{forecastSessions}} / {{forecastCps}} plus {{headroomPercent}} % headroom); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions.{{soakNote}} Emergency calls would be lost if one more site failed: keep enough emergency-capable servers out of the change."
  },
  waivable: true,
  waiverScope: { field: "scope", description: "the traffic scope, all or emergency" },
  check(context) {
    const { network, timeline, options } = context;
    const index = capacityIndexFor(network, timeline);
    const factor = 1 + options.headroom;
    const scopes = SCOPES.filter((s) => s === "all" || [...network.inventory.callServers.values()].some((c) => c.emergency));
    const judge = (interval, exposures, scope, losses = lossesOf(network, exposures, interval.start)) => {
      const remaining = remainingCapacity(network, index, interval.start, losses, scope);
      return { interval, remaining, judgement: worstSiteLoss(remaining, requiredCapacity(interval.forecast, factor, scope)) };
    };
    const flush = (run, scope) => {
      const { interval, judgement: j, remaining } = run.worst;
      const step = stepToReport(interval, run.changeId);
      if (!step) return;
      const f = interval.forecast;
      const contributing = interval.exposures.map((e) => e.step).sort(compareSteps);
      context.reportStep(step, {
        messageId: scope === "all" ? "allCallsShort" : "emergencyCallsShort",
        at: { file: step.at.file, pointer: step.at.pointer + "/window" },
        atKey: true,
        data: {
          scope,
          runStart: context.formatInstant(run.first.start),
          runEnd: context.formatInstant(run.last.end),
          intervalStart: context.formatInstant(interval.start),
          intervalEnd: context.formatInstant(interval.end),
          busiestHour: f.busiestHour,
          dayType: f.dayType,
          sitesAtRisk: sitesAtRisk(context, interval),
          serversAtRisk: interval.atRiskServers.length,
          trunksAtRisk: interval.atRiskTrunkSet.size,
          notAtRiskSessions: Math.floor(remaining.total.sessions + 1e-6),
          notAtRiskCps: Math.floor(remaining.total.cps + 1e-6),
          largestSite: j.lostSite ?? "none left",
          largestSiteSessions: Math.floor(j.lostSiteCapacity.sessions + 1e-6),
          largestSiteCps: Math.floor(j.lostSiteCapacity.cps + 1e-6),
          ...judgementData(j),
          forecastSessions: scope === "all" ? f.totalSessions : f.emergencySessions,
          forecastCps: scope === "all" ? f.totalCps : f.emergencyCps,
          headroomPercent: Math.round(options.headroom * 1e4) / 100,
          ...participantsData(contributing),
          ...soakingData(run.soaking.sorted())
        }
      });
    };
    const openByScope = new Map(scopes.map((scope) => [scope, /* @__PURE__ */ new Map()]));
    for (const interval of timeline.intervals) {
      if (!wantsSomeExposure(context, interval.exposures)) continue;
      const losses = lossesOf(network, interval.exposures, interval.start);
      let key;
      const keyOf = () => key ??= interval.atRiskServers.join(",") + "|" + interval.atRiskTrunks.join(",");
      let soaking;
      for (const scope of scopes) {
        const open = openByScope.get(scope);
        const full = judge(interval, interval.exposures, scope, losses);
        const blamed = full.judgement.ok ? [] : attributeFailure(interval.exposures, (subset) => !judge(interval, subset, scope).judgement.ok, exposureFootprint);
        const blamedSet = new Set(blamed);
        for (const [id, run] of [...open]) {
          if (blamedSet.has(id) && run.last.end === interval.start && run.key === keyOf()) continue;
          flush(run, scope);
          open.delete(id);
        }
        if (blamed.length === 0) continue;
        soaking ??= interval.exposures.filter((e) => e.step.window.end <= interval.start).map((e) => stepKey(e.step));
        for (const id of blamed) {
          let run = open.get(id);
          if (!run) {
            run = { changeId: id, first: interval, last: interval, key: keyOf(), worst: full, soaking: new SoakingSteps() };
            open.set(id, run);
          } else {
            run.last = interval;
            if (full.judgement.coverage < run.worst.judgement.coverage) run.worst = full;
          }
          run.soaking.add(soaking);
        }
      }
    }
    for (const [scope, open] of openByScope) for (const run of open.values()) flush(run, scope);
  }
});

// rules/capacity-end-state.ts
var NOTHING_AT_RISK = { servers: /* @__PURE__ */ new Map(), trunks: /* @__PURE__ */ new Map(), sites: /* @__PURE__ */ new Set() };
function percent(x) {
  return Math.round(x * 1e4) / 100;
}
var capacity_end_state_default = defineRule({
  id: "capacity-end-state",
  title: "A capacity upgrade leaves a platform that survives the loss of any one site",
  summary: "After every step of a capacity-upgrade change request has completed, the platform survives the loss of any one site at the forecast peak plus growth (all calls and emergency calls), and no site holds more than maxSiteShare of a redundancy group.",
  category: "invariant",
  defaultSeverity: "error",
  rationale: "The change behind the 2 June 2021 outage of the French emergency numbers followed a modernisation and capacity-increase operation. A capacity upgrade is judged on what it leaves behind, not only on how it is run: added capacity concentrated on one site, or capacity removed while rebalancing, can leave a platform that no longer survives the loss of a site at the evening peak, and nobody notices until that site fails. Checking the end state against the forecast peak with growth, and bounding the share of any one site, keeps the upgrade an improvement of resilience and not only of totals.",
  optionsSchema: {
    type: "object",
    properties: {
      growth: {
        type: "number",
        minimum: 0,
        maximum: 10,
        description: "Traffic growth the end state must absorb: the capacity left after losing any one site must cover the forecast peak (the highest hour over every day type) x (1 + growth). Default 0.1 (10 %)."
      },
      maxSiteShare: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1,
        description: "Largest fraction of a redundancy group's capacity (sessions or cps) one site may hold after the upgrade. Default 0.4: with six sites, no site should carry much more than twice its fair share."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { growth: 0.1, maxSiteShare: 0.4 },
  messages: {
    siteLossNotSurvived: "once {{change}} has completed ({{completedAt}}), the platform no longer survives the loss of one site at the forecast peak: losing {{lostSite}} leaves {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions, against {{requiredSessions}} sessions / {{requiredCps}} cps required (peak {{peakSessions}} sessions at {{peakAt}}, {{peakCps}} cps, plus {{growthPercent}} % growth); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions. Sites whose loss is not survived: {{failingSites}}. Add capacity on the other sites, or remove less.",
    emergencySiteLossNotSurvived: "once {{change}} has completed ({{completedAt}}), emergency calls no longer survive the loss of one site at the forecast peak: losing {{lostSite}} leaves the emergency-capable servers and trunks {{availableSessions}} sessions / {{availableCps}} cps / {{availableTrunkSessions}} trunk sessions, against {{requiredSessions}} emergency sessions / {{requiredCps}} cps required (peak {{peakSessions}} sessions at {{peakAt}}, {{peakCps}} cps, plus {{growthPercent}} % growth); margin {{marginSessions}} sessions, {{marginCps}} cps, {{marginTrunkSessions}} trunk sessions. Sites whose loss is not survived: {{failingSites}}. Keep enough emergency-capable capacity on the other sites.",
    siteShareTooHigh: "once {{change}} has completed ({{completedAt}}), site {{site}} holds {{sessionsSharePercent}} % of the sessions ({{siteSessions}} of {{groupSessions}}) and {{cpsSharePercent}} % of the cps ({{siteCps}} of {{groupCps}}) of redundancy group {{group}}, above the {{maxSiteSharePercent}} % one site may hold: losing that site would take too much of the group with it. Spread the added capacity over more sites."
  },
  waivable: true,
  check(context) {
    const { network, timeline, options } = context;
    const inv = network.inventory;
    const index = capacityIndexFor(network, timeline);
    const peak = forecastPeak(network);
    const factor = 1 + options.growth;
    const hasEmergency = [...inv.callServers.values()].some((s) => s.emergency);
    const scopes = hasEmergency ? ["all", "emergency"] : ["all"];
    const judgeChange = (change) => {
      const completedAt = Math.max(...change.steps.map((s) => s.window.end));
      const at = { file: change.file, pointer: "/capacityUpgrade" };
      const common = { change: change.id, completedAt: context.formatInstant(completedAt), growthPercent: percent(options.growth) };
      for (const scope of scopes) {
        const remaining = remainingCapacity(network, index, completedAt, NOTHING_AT_RISK, scope);
        const j = worstSiteLoss(remaining, requiredCapacity(peak, factor, scope));
        if (j.ok) continue;
        context.report({
          messageId: scope === "all" ? "siteLossNotSurvived" : "emergencySiteLossNotSurvived",
          at,
          atKey: true,
          changeId: change.id,
          data: {
            ...common,
            scope,
            lostSite: j.lostSite ?? "none",
            lostSiteSessions: Math.floor(j.lostSiteCapacity.sessions),
            lostSiteCps: Math.floor(j.lostSiteCapacity.cps),
            totalSessions: Math.floor(remaining.total.sessions),
            totalCps: Math.floor(remaining.total.cps),
            ...judgementData(j),
            failingSites: j.failingSites,
            peakSessions: scope === "all" ? peak.totalSessions : peak.emergencySessions,
            peakCps: scope === "all" ? peak.totalCps : peak.emergencyCps,
            peakAt: scope === "all" ? peak.sessionsPeakAt : peak.emergencySessionsPeakAt
          }
        });
      }
      const touched = /* @__PURE__ */ new Set();
      for (const step of change.steps) {
        const exposure = timeline.exposures.get(`${step.changeId}#${step.id}`);
        for (const s of exposure?.servers ?? []) {
          const group = inv.callServers.get(s)?.redundancyGroup;
          if (group !== void 0) touched.add(group);
        }
      }
      for (const groupId of [...touched].sort()) {
        const group = inv.redundancyGroups.get(groupId);
        if (!group || group.members.length === 0) continue;
        const bySite = /* @__PURE__ */ new Map();
        const total = { sessions: 0, cps: 0 };
        for (const member of group.members) {
          const server = inv.callServers.get(member);
          if (!server) continue;
          const c = index.serverAt(member, completedAt);
          const site = bySite.get(server.site) ?? { sessions: 0, cps: 0 };
          site.sessions += c.sessions;
          site.cps += c.cps;
          bySite.set(server.site, site);
          total.sessions += c.sessions;
          total.cps += c.cps;
        }
        for (const [site, c] of [...bySite.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
          const sessionsShare = total.sessions > 0 ? c.sessions / total.sessions : 0;
          const cpsShare = total.cps > 0 ? c.cps / total.cps : 0;
          if (Math.max(sessionsShare, cpsShare) <= options.maxSiteShare + 1e-9) continue;
          context.report({
            messageId: "siteShareTooHigh",
            at,
            atKey: true,
            changeId: change.id,
            data: {
              ...common,
              group: groupId,
              site,
              siteSessions: c.sessions,
              groupSessions: total.sessions,
              siteCps: c.cps,
              groupCps: total.cps,
              sessionsSharePercent: percent(sessionsShare),
              cpsSharePercent: percent(cpsShare),
              maxSiteSharePercent: percent(options.maxSiteShare)
            }
          });
        }
      }
    };
    for (const change of network.changes) if (change.capacityUpgrade && change.steps.length > 0 && context.wants(change.id)) judgeChange(change);
  }
});

// rules/emergency-route-diversity.ts
function sortedHas(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const at = sorted[mid];
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
function intervalAtRisk(network, interval, routeServers, routeTrunks) {
  const sites = /* @__PURE__ */ new Set();
  for (const e of interval.exposures) for (const site of e.step.targets.sites) sites.add(site);
  return {
    servers: new Set(routeServers.filter((s) => sortedHas(interval.atRiskServers, s))),
    trunks: new Set(routeTrunks.filter((t) => interval.atRiskTrunkSet.has(t))),
    switches: switchesOn(network, sites)
  };
}
function switchesOn(network, sites) {
  const switches = /* @__PURE__ */ new Set();
  if (sites.size > 0) {
    for (const sw of network.inventory.switches.values()) if (sw.site !== void 0 && sites.has(sw.site)) switches.add(sw.id);
  }
  return switches;
}
function atRiskOf(network, exposures) {
  const servers = /* @__PURE__ */ new Set();
  const trunks = /* @__PURE__ */ new Set();
  const sites = /* @__PURE__ */ new Set();
  for (const e of exposures) {
    addEach(servers, e.servers);
    addEach(trunks, e.trunks);
    for (const site of e.step.targets.sites) sites.add(site);
  }
  return { servers, trunks, switches: switchesOn(network, sites) };
}
function describeRoute(r) {
  return `${r.callServer} > ${r.trunk} > ${r.switch} > ${r.psap}`;
}
var emergency_route_diversity_default = defineRule({
  id: "emergency-route-diversity",
  title: "Every emergency number keeps diverse routes during the change",
  summary: "In every interval of the plan, each emergency number keeps at least minRoutes routes whose call server, trunk and switch are not at risk, on at least minSites distinct sites.",
  category: "invariant",
  defaultSeverity: "error",
  rationale: "On 2 June 2021 the emergency numbers 15, 17, 18 and 112 became partly unreachable for about seven hours because every route through the interconnect ran through call servers touched by the same change. Capacity totals can hide that: a number served from three sites loses everything if those three are in the change together. Counting, for every number and every interval, the routes that stay entirely out of the change, and the sites they are on, shows which emergency services are exposed and when.",
  optionsSchema: {
    type: "object",
    properties: {
      minRoutes: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "Fewest routes (call server, trunk and switch all out of the change) each emergency number must keep in every interval. Default 2: one route may still fail on its own."
      },
      minSites: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "Fewest distinct sites (of the call servers) the remaining routes of each emergency number must be on. Default 2: a site failure must not cut the number off."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { minRoutes: 2, minSites: 2 },
  messages: {
    tooFewRoutes: "emergency number {{number}} ({{name}}) keeps only {{routesRemaining}} of its {{routesTotal}} routes, on {{siteCount}} site(s) ({{remainingSitesText}}), from {{runStart}} to {{runEnd}} (fewest from {{intervalStart}} to {{intervalEnd}}); at least {{minRoutes}} routes on {{minSites}} distinct sites must stay out of the change. PSAPs affected: {{psapsAffected}}; left without any route: {{psapsUnreachableText}}. Routes lost: {{routesLost}}.{{soakNote}} Touch fewer of the sites serving {{number}} at the same time, or keep one of its routes out of the change.",
    noRouteLeft: "emergency number {{number}} ({{name}}) is left without any route: all {{routesTotal}} of its routes are at risk from {{runStart}} to {{runEnd}} (from {{intervalStart}} to {{intervalEnd}} too), so a fault there cuts callers off from {{psapsUnreachableText}}; at least {{minRoutes}} routes on {{minSites}} distinct sites must stay out of the change, and no waiver can allow this. Routes lost: {{routesLost}}.{{soakNote}} Keep at least {{minRoutes}} of the sites serving {{number}} out of the change."
  },
  waivable: true,
  unwaivable: ["noRouteLeft"],
  waiverScope: { field: "number", description: "the emergency number" },
  check(context) {
    const { network, timeline, options } = context;
    const inv = network.inventory;
    const numbers = [...inv.emergencyNumbers.values()].sort((a, b) => a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
    const evaluate = (number, risk) => {
      const remaining = [];
      const lost = [];
      for (const r of number.routes) {
        if (risk.servers.has(r.callServer) || risk.trunks.has(r.trunk) || risk.switches.has(r.switch)) lost.push(r);
        else remaining.push(r);
      }
      const sites = [...new Set(remaining.map((r) => inv.callServers.get(r.callServer)?.site ?? r.callServer))].sort();
      const fails = lost.length > 0 && (remaining.length < options.minRoutes || sites.length < options.minSites);
      return { remaining, lost, sites, fails };
    };
    const worse = (a, b) => a.remaining.length < b.remaining.length || a.remaining.length === b.remaining.length && a.sites.length < b.sites.length;
    const flush = (number, run) => {
      const { interval, state } = run.worst;
      const step = stepToReport(interval, run.changeId);
      if (!step) return;
      const psapsWithRoute = new Set(state.remaining.map((r) => r.psap));
      const psapsAffected = [...new Set(state.lost.map((r) => r.psap))].sort();
      const psapsUnreachable = number.psaps.filter((p) => !psapsWithRoute.has(p)).sort();
      const contributing = interval.exposures.map((e) => e.step).sort(compareSteps);
      context.reportStep(step, {
        messageId: state.remaining.length === 0 ? "noRouteLeft" : "tooFewRoutes",
        at: { file: step.at.file, pointer: step.at.pointer + "/targets" },
        atKey: true,
        data: {
          number: number.number,
          name: number.name,
          psaps: number.psaps,
          psapsAffected,
          psapsUnreachable,
          psapsUnreachableText: psapsUnreachable.length > 0 ? psapsUnreachable.join(", ") : "none",
          routesTotal: number.routes.length,
          routesRemaining: state.remaining.length,
          routesLostCount: state.lost.length,
          routesLost: state.lost.map(describeRoute),
          remainingRoutes: state.remaining.map(describeRoute),
          remainingSites: state.sites,
          remainingSitesText: state.sites.length > 0 ? state.sites.join(", ") : "none",
          siteCount: state.sites.length,
          minRoutes: options.minRoutes,
          minSites: options.minSites,
          runStart: context.formatInstant(run.first.start),
          runEnd: context.formatInstant(run.last.end),
          intervalStart: context.formatInstant(interval.start),
          intervalEnd: context.formatInstant(interval.end),
          ...participantsData(contributing),
          ...soakingData(run.soaking.sorted())
        }
      });
    };
    const routeServers = [...new Set(numbers.flatMap((n) => n.routes.map((r) => r.callServer)))];
    const routeTrunks = [...new Set(numbers.flatMap((n) => n.routes.map((r) => r.trunk)))];
    const intervalRisk = /* @__PURE__ */ new Map();
    const riskOf = (interval) => {
      let entry = intervalRisk.get(interval);
      if (!entry) {
        entry = { risk: intervalAtRisk(network, interval, routeServers, routeTrunks), targetsSites: interval.exposures.some((e) => e.step.targets.sites.length > 0) };
        intervalRisk.set(interval, entry);
      }
      return entry;
    };
    for (const number of numbers) {
      if (number.routes.length === 0) continue;
      const elements = {
        servers: [...new Set(number.routes.map((r) => r.callServer))],
        trunks: [...new Set(number.routes.map((r) => r.trunk))]
      };
      const open = /* @__PURE__ */ new Map();
      for (const interval of timeline.intervals) {
        if (!wantsSomeExposure(context, interval.exposures)) continue;
        const { risk, targetsSites } = riskOf(interval);
        const touches2 = elements.servers.some((s) => risk.servers.has(s)) || elements.trunks.some((t) => risk.trunks.has(t)) || targetsSites;
        let blamed = [];
        let state;
        if (touches2) {
          state = evaluate(number, risk);
          if (state.fails) blamed = attributeFailure(interval.exposures, (subset) => evaluate(number, atRiskOf(network, subset)).fails, exposureFootprint);
        }
        const blamedSet = new Set(blamed);
        for (const [id, run] of [...open]) {
          if (blamedSet.has(id) && run.last.end === interval.start) continue;
          flush(number, run);
          open.delete(id);
        }
        if (!state || blamed.length === 0) continue;
        const soaking = interval.exposures.filter((e) => e.step.window.end <= interval.start).map((e) => stepKey(e.step));
        for (const id of blamed) {
          let run = open.get(id);
          if (!run) {
            run = { changeId: id, first: interval, last: interval, worst: { interval, state }, soaking: new SoakingSteps() };
            open.set(id, run);
          } else {
            run.last = interval;
            if (worse(state, run.worst.state)) run.worst = { interval, state };
          }
          run.soaking.add(soaking);
        }
      }
      for (const run of open.values()) flush(number, run);
    }
  }
});

// rules/change-collision.ts
var KINDS = ["server", "trunk", "group"];
var KIND_LABEL = { server: "call server", trunk: "trunk", group: "redundancy group" };
var change_collision_default = defineRule({
  id: "change-collision",
  title: "Change requests that overlap on the same element or group are made visible",
  summary: "Two change requests whose step windows overlap in time and touch the same call server, trunk or redundancy group are reported, with both ids, the element or group, and the overlap, even when each plan passes on its own.",
  category: "invariant",
  defaultSeverity: "warning",
  rationale: "Plans are written and approved one at a time, but the network lives through all of them at once. Public outage reports keep showing changes rated low risk because each looked fine alone. When two change requests work on the same element or redundancy group at the same time, a failure cannot be attributed to one of them, a rollback of one can undo the other, and the redundancy each plan counted on may be the other plan's target. The capacity, redundancy and route rules already judge the joint plan; this rule puts the collision in front of the CAB so the owners agree on an order. It is a warning by default: the joint risk itself is judged (and fails the gate) in those rules.",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    sameElement: "{{change}} step {{step}} and {{otherChange}} step {{otherStep}} both touch {{elementKind}} {{element}} from {{overlapStart}} to {{overlapEnd}} ({{overlapMinutes}} min overlap): with two change requests on the same element at the same time, a failure cannot be attributed to one of them and rolling one back can undo the other. Sequence the two change requests (or merge them into one plan) and have both owners agree on the order.",
    sameGroup: "{{change}} step {{step}} and {{otherChange}} step {{otherStep}} work on redundancy group {{group}} at the same time, from {{overlapStart}} to {{overlapEnd}} ({{overlapMinutes}} min overlap): {{change}} touches {{members}} while {{otherChange}} touches {{otherMembers}}, so each plan leans on members the other one has at risk. Sequence the two change requests so that one group change runs at a time.",
    sameElementMany: "{{change}} step {{step}} touches {{elementKind}} {{element}} while {{otherCount}} other change requests that started before it also do, between {{overlapStart}} and {{overlapEnd}} ({{overlapMinutes}} min of overlap): {{others}}. With several change requests on the same element at the same time, a failure cannot be attributed to one of them and rolling one back can undo the others. Sequence them (or merge them into one plan) and have the owners agree on the order.",
    sameGroupMany: "{{change}} step {{step}} works on redundancy group {{group}} while {{otherCount}} other change requests that started before it also do, between {{overlapStart}} and {{overlapEnd}} ({{overlapMinutes}} min of overlap): {{others}}. {{change}} touches {{members}} while they touch {{otherMembers}}, so each plan leans on members the others have at risk. Sequence the change requests so that one group change runs at a time."
  },
  waivable: true,
  check(context) {
    const { network, timeline } = context;
    const inv = network.inventory;
    const serverSets = /* @__PURE__ */ new Map();
    const serverSet = (e) => {
      let set = serverSets.get(e);
      if (!set) serverSets.set(e, set = addEach(/* @__PURE__ */ new Set(), e.servers));
      return set;
    };
    const wanted = wantedElements(context);
    const slotsByElement = /* @__PURE__ */ new Map();
    for (const interval of timeline.intervals) {
      if (interval.activeSteps.length < 2) continue;
      if (new Set(interval.activeSteps.map((s) => s.changeId)).size < 2) continue;
      const touching = { server: /* @__PURE__ */ new Map(), trunk: /* @__PURE__ */ new Map(), group: /* @__PURE__ */ new Map() };
      const touch = (kind, element, occurrence) => {
        if (wanted && !wanted[kind](element)) return;
        const list2 = touching[kind].get(element);
        if (list2) list2.push(occurrence);
        else touching[kind].set(element, [occurrence]);
      };
      const running = [];
      for (const step of interval.activeSteps) {
        const exposure = timeline.exposures.get(stepKey(step));
        if (!exposure) continue;
        running.push({ step, exposure });
        const plain = { step };
        for (let i = 0; i < exposure.servers.length; i++) {
          const s = exposure.servers[i];
          touch("server", s, plain);
          const group = inv.callServers.get(s)?.redundancyGroup;
          if (group !== void 0) touch("group", group, { step, member: s });
        }
      }
      for (const { step, exposure } of running) {
        for (const t of step.targets.trunks) {
          const trunk = inv.trunks.get(t);
          if (!trunk || serverSet(exposure).has(trunk.callServer) || touching.trunk.has(t) || wanted && !wanted.trunk(t)) continue;
          for (const other of running) {
            const viaServer = serverSet(other.exposure).has(trunk.callServer);
            if (viaServer || other.step.targets.trunks.includes(t)) touch("trunk", t, { step: other.step, viaServer });
          }
        }
      }
      for (const kind of KINDS) {
        for (const [element, occurrences] of touching[kind]) {
          const firstChange = occurrences[0].step.changeId;
          if (occurrences.every((o) => o.step.changeId === firstChange)) continue;
          const byChange = /* @__PURE__ */ new Map();
          for (const o of occurrences) {
            const list2 = byChange.get(o.step.changeId);
            if (list2) list2.push(o);
            else byChange.set(o.step.changeId, [o]);
          }
          const key = `${kind}:${element}`;
          let entry = slotsByElement.get(key);
          if (!entry) slotsByElement.set(key, entry = { kind, element, slots: [] });
          entry.slots.push({ start: interval.start, end: interval.end, byChange });
        }
      }
    }
    const collisions = [];
    for (const { kind, element, slots } of slotsByElement.values()) collisions.push(...collisionsOn(kind, element, slots));
    collisions.sort((a, b) => (a.change < b.change ? -1 : a.change > b.change ? 1 : 0) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (a.element < b.element ? -1 : a.element > b.element ? 1 : 0));
    for (const c of collisions) {
      const [own, other] = c.first;
      const steps = [c.change, ...c.others].sort().flatMap((id) => [...c.steps.get(id) ?? []].sort().map((s) => `${id}#${s}`));
      const common = {
        change: own.changeId,
        step: own.id,
        otherChange: other.changeId,
        otherStep: other.id,
        changes: [c.change, ...c.others].sort(),
        overlapStart: context.formatInstant(c.start),
        overlapEnd: context.formatInstant(c.end),
        overlapMinutes: Math.round(c.overlapMs / 6e4),
        steps
      };
      const many = c.otherCount > 1 ? { otherChanges: c.others, otherCount: c.otherCount, others: listed(c.others, c.otherCount) } : {};
      const at = { file: own.at.file, pointer: own.at.pointer + "/window" };
      if (c.kind === "group") {
        const otherMembers = /* @__PURE__ */ new Set();
        for (const id of c.others) for (const m of c.members.get(id) ?? []) otherMembers.add(m);
        context.reportStep(own, {
          messageId: c.otherCount > 1 ? "sameGroupMany" : "sameGroup",
          at,
          atKey: true,
          data: { ...common, ...many, group: c.element, members: [...c.members.get(c.change) ?? []].sort(), otherMembers: [...otherMembers].sort() }
        });
      } else {
        context.reportStep(own, {
          messageId: c.otherCount > 1 ? "sameElementMany" : "sameElement",
          at,
          atKey: true,
          data: { ...common, ...many, elementKind: KIND_LABEL[c.kind], element: c.element }
        });
      }
    }
  }
});
function wantedElements(context) {
  const changes = wantedChanges(context);
  if (!changes) return void 0;
  const inv = context.network.inventory;
  const servers = /* @__PURE__ */ new Set();
  const namedTrunks = /* @__PURE__ */ new Set();
  for (const e of context.timeline.exposures.values()) {
    if (!changes.has(e.step.changeId)) continue;
    addEach(servers, e.servers);
    addEach(namedTrunks, e.step.targets.trunks);
  }
  const groups = /* @__PURE__ */ new Set();
  for (const s of servers) {
    const group = inv.callServers.get(s)?.redundancyGroup;
    if (group !== void 0) groups.add(group);
  }
  return {
    server: (s) => servers.has(s),
    group: (g) => groups.has(g),
    trunk: (t) => {
      if (namedTrunks.has(t)) return true;
      const server = inv.trunks.get(t)?.callServer;
      return server !== void 0 && servers.has(server);
    }
  };
}
function listed(ids, count) {
  return count > ids.length ? `${ids.join(", ")} and ${count - ids.length} more` : ids.join(", ");
}
function collisionsOn(kind, element, slots) {
  const rank = /* @__PURE__ */ new Map();
  const firstStep = /* @__PURE__ */ new Map();
  const slotsOf = /* @__PURE__ */ new Map();
  for (const [index, slot] of slots.entries()) {
    const arrivals = [];
    for (const [changeId, touches2] of slot.byChange) {
      if (!firstStep.has(changeId)) arrivals.push(touches2[0].step);
      const list2 = slotsOf.get(changeId);
      if (list2) list2.push(index);
      else slotsOf.set(changeId, [index]);
    }
    arrivals.sort(compareSteps);
    for (const step of arrivals) {
      firstStep.set(step.changeId, step);
      rank.set(step.changeId, rank.size);
    }
  }
  const metBy = /* @__PURE__ */ new Map();
  const result = [];
  for (const [change, own] of slotsOf) {
    const ownRank = rank.get(change);
    let c;
    for (const index of own) {
      const slot = slots[index];
      const mine = slot.byChange.get(change);
      let metHere = false;
      for (const [other, theirs] of slot.byChange) {
        if (rank.get(other) >= ownRank || hiddenBySharedServer(kind, mine, theirs)) continue;
        if (!c) {
          c = { kind, element, change, first: [mine[0].step, theirs[0].step], start: slot.start, end: slot.end, overlapMs: 0, others: [], otherCount: 0, steps: /* @__PURE__ */ new Map(), members: /* @__PURE__ */ new Map() };
          result.push(c);
        }
        metHere = true;
        if (metBy.get(other) !== ownRank) {
          metBy.set(other, ownRank);
          c.otherCount++;
          if (c.others.length < FINDING_LIST_LIMIT) c.others.push(other);
        }
        if (c.others.includes(other)) record(c, other, theirs);
      }
      if (!metHere || !c) continue;
      c.overlapMs += slot.end - slot.start;
      c.end = slot.end;
      record(c, change, mine);
    }
  }
  return result;
}
function record(c, changeId, touches2) {
  let steps = c.steps.get(changeId);
  if (!steps) c.steps.set(changeId, steps = /* @__PURE__ */ new Set());
  for (const t of touches2) steps.add(t.step.id);
  if (c.kind !== "group") return;
  let members = c.members.get(changeId);
  if (!members) c.members.set(changeId, members = /* @__PURE__ */ new Set());
  for (const t of touches2) if (t.member !== void 0) members.add(t.member);
}
function hiddenBySharedServer(kind, mine, theirs) {
  if (kind === "trunk") return mine.some((t) => t.viaServer) && theirs.some((t) => t.viaServer);
  if (kind === "group") return mine.some((t) => theirs.some((o) => o.member === t.member));
  return false;
}

// src/timeline/rollback.ts
function rollbackWithRecoveryMinutes(step) {
  return (step.rollback?.minutes ?? 0) + (step.rollback?.recovery?.minutes ?? 0);
}

// src/analysis/windows.ts
var MAX_DAYS_SCANNED = 400;
function addDays(date, days) {
  const day = dateOfText(date);
  day.setUTCDate(day.getUTCDate() + days);
  return dateText(day);
}
function dayTypeOfDate(date, holidays) {
  const weekday = (dateOfText(date).getUTCDay() + 6) % 7 + 1;
  return dayTypeOf({ date, hour: 0, minute: 0, weekday }, holidays);
}
function hhmm(text) {
  const [h, m] = text.split(":").map(Number);
  return [h, m];
}
function describeWindow(w) {
  return `${w.start}\u2013${w.end} (${w.days.join(", ")})`;
}
function allowedSpans(network, from, to) {
  const policy = network.policy;
  const occurrences = [];
  for (let date = from, n = 0; date <= to && n < MAX_DAYS_SCANNED; date = addDays(date, 1), n++) {
    const dayType = dayTypeOfDate(date, network.forecast.holidays);
    for (const w of policy.maintenanceWindows) {
      if (!w.days.includes(dayType)) continue;
      const [sh, sm] = hhmm(w.start);
      const [eh, em] = hhmm(w.end);
      const start = localClockInstant(date, sh, sm, policy.timeZone);
      const closesNextDay = eh === 24 || eh * 60 + em <= sh * 60 + sm;
      const end = eh === 24 ? localClockInstant(addDays(date, 1), 0, 0, policy.timeZone) : localClockInstant(closesNextDay ? addDays(date, 1) : date, eh, em, policy.timeZone);
      if (end > start) occurrences.push({ start, end, labels: [`${describeWindow(w)} opening ${date}`] });
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const o of occurrences) {
    const last = merged[merged.length - 1];
    if (last && o.start <= last.end) {
      last.end = Math.max(last.end, o.end);
      last.labels.push(...o.labels);
    } else merged.push({ ...o, labels: [...o.labels] });
  }
  return merged;
}

// rules/maintenance-window.ts
var MINUTE = 6e4;
var HOUR = 36e5;
function peakOf(values) {
  return values.reduce((m, v) => Math.max(m, v), 0);
}
function roundShare(x) {
  return Math.round(x * 1e3) / 1e3;
}
var maintenance_window_default = defineRule({
  id: "maintenance-window",
  title: "Steps run inside maintenance windows, outside freezes and away from traffic peaks",
  summary: "Every step on a call server or trunk runs inside an allowed policy window with room for its rollback, outside freeze periods, at low forecast traffic and not in the hours before the daily peak.",
  category: "process",
  defaultSeverity: "error",
  rationale: "The change behind the 2 June 2021 outage of the French emergency numbers ran at 16:44, in the afternoon ahead of the evening peak, not in a night window: when the call servers went into a reboot loop the traffic was rising and there was no quiet time left to roll back. Night windows, freezes, low-traffic hours and a margin before the peak keep the blast radius and the recovery time small.",
  optionsSchema: {
    type: "object",
    properties: {
      maxPeakShare: {
        type: "number",
        minimum: 0,
        maximum: 10,
        description: "Largest forecast traffic a step may run in, as a share of the daily peak of the same day type, for all sessions and for emergency sessions (0.5 = half of the peak). Judged on every local hour the step overlaps."
      },
      peakLeadHours: {
        type: "number",
        minimum: 0,
        maximum: 24,
        description: "Hours before the daily traffic peak (the busiest forecast hour of the day type) during which no step, nor its rollback, may run; the peak hour itself is included. 0 switches this check off."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { maxPeakShare: 0.5, peakLeadHours: 4 },
  messages: {
    outsideWindow: "step {{stepId}} runs {{stepStart}} to {{stepEnd}}, which is not inside an allowed maintenance window ({{windows}}, local time {{timeZone}}); a {{dayType}} window must contain the whole step. Move the step into a window or get a waiver.",
    rollbackOverrunsWindow: "step {{stepId}} ends {{stepEnd}} and its rollback takes {{rollbackMinutes}} min (with the recovery of dependent traffic), so a rollback would end {{rollbackEnd}}, {{overrunMinutes}} min after the window closes at {{windowEnd}}; start earlier, shorten the step or split it so step plus rollback fit in the window.",
    inFreeze: "step {{stepId}} ({{stepStart}} to {{stepEnd}}) falls in freeze period {{freezeId}} ({{freezeStart}} to {{freezeEnd}}: {{reason}}); no change may run then: move it outside the freeze.",
    trafficTooHigh: "step {{stepId}} runs in the hour starting {{hourStart}}, when the forecast is {{sessions}} sessions ({{share}} of the {{dayType}} peak of {{peakSessions}}) and {{emergencySessions}} emergency sessions ({{emergencyShare}} of {{peakEmergencySessions}}), above the allowed {{maxPeakShare}}; move it to a low-traffic hour.",
    tooCloseToPeak: "step {{stepId}} runs {{stepStart}} to {{stepEnd}} (with rollback to {{rollbackEnd}}), within {{peakLeadHours}} h of the daily traffic peak at {{peakStart}}; if it goes wrong, recovery would meet rising traffic. Move it away from the peak."
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    const zone = network.policy.timeZone;
    const profiles = network.forecast.profiles;
    const peaks = {
      weekday: { total: peakOf(profiles.weekday.totalSessions), emergency: peakOf(profiles.weekday.emergencySessions) },
      weekend: { total: peakOf(profiles.weekend.totalSessions), emergency: peakOf(profiles.weekend.emergencySessions) },
      holiday: { total: peakOf(profiles.holiday.totalSessions), emergency: peakOf(profiles.holiday.emergencySessions) }
    };
    const windowList = network.policy.maintenanceWindows.map(describeWindow);
    const spansByDates = /* @__PURE__ */ new Map();
    const spanByWindow = /* @__PURE__ */ new Map();
    const worstByWindow = /* @__PURE__ */ new Map();
    const peaksByRange = /* @__PURE__ */ new Map();
    const worstHourOf = (start, end) => {
      let worst;
      for (const hourStart of localHourStarts(start, end, network.forecast.timeZone)) {
        const parts = localParts(hourStart, network.forecast.timeZone);
        const dayType = dayTypeOf(parts, network.forecast.holidays);
        const profile = profiles[dayType];
        const sessions = profile.totalSessions[parts.hour] ?? 0;
        const emergencySessions = profile.emergencySessions[parts.hour] ?? 0;
        const share = peaks[dayType].total > 0 ? sessions / peaks[dayType].total : 0;
        const emergencyShare = peaks[dayType].emergency > 0 ? emergencySessions / peaks[dayType].emergency : 0;
        const worstShare = Math.max(share, emergencyShare);
        if (worstShare > options.maxPeakShare && (!worst || worstShare > worst.share)) {
          worst = {
            share: worstShare,
            data: {
              hourStart: context.formatInstant(hourStart),
              dayType,
              sessions,
              peakSessions: peaks[dayType].total,
              share: roundShare(share),
              emergencySessions,
              peakEmergencySessions: peaks[dayType].emergency,
              emergencyShare: roundShare(emergencyShare)
            }
          };
        }
      }
      return worst;
    };
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        if (servers.length === 0 && trunks.length === 0) continue;
        const { start, end } = step.window;
        const rollbackMinutes = rollbackWithRecoveryMinutes(step);
        const rollbackEnd = end + rollbackMinutes * MINUTE;
        const windowAt = { file: step.at.file, pointer: step.window.at.pointer };
        let base;
        const baseOf = () => base ??= { stepId: step.id, stepStart: context.formatInstant(start), stepEnd: context.formatInstant(end) };
        const windowKey = `${start}|${end}`;
        let span = spanByWindow.get(windowKey);
        if (!spanByWindow.has(windowKey)) {
          const firstDate = addDays(localParts(start, zone).date, -1);
          const lastDate = localParts(end, zone).date;
          const datesKey = `${firstDate}|${lastDate}`;
          let spans = spansByDates.get(datesKey);
          if (!spans) spansByDates.set(datesKey, spans = allowedSpans(network, firstDate, lastDate));
          span = spans.find((o) => o.start <= start && end <= o.end);
          spanByWindow.set(windowKey, span);
        }
        if (!span) {
          context.reportStep(step, {
            messageId: "outsideWindow",
            data: { ...baseOf(), windows: windowList, timeZone: zone, dayType: dayTypeOf(localParts(start, zone), network.forecast.holidays) },
            at: windowAt
          });
        } else if (rollbackEnd > span.end) {
          context.reportStep(step, {
            messageId: "rollbackOverrunsWindow",
            data: {
              ...baseOf(),
              rollbackMinutes,
              rollbackEnd: context.formatInstant(rollbackEnd),
              windowEnd: context.formatInstant(span.end),
              overrunMinutes: Math.ceil((rollbackEnd - span.end) / MINUTE),
              windows: span.labels
            },
            at: step.rollback ? { file: step.at.file, pointer: step.rollback.at.pointer + "/minutes" } : windowAt
          });
        }
        for (const freeze of network.policy.freezePeriods) {
          if (start < freeze.end && end > freeze.start) {
            context.reportStep(step, {
              messageId: "inFreeze",
              data: { ...baseOf(), freezeId: freeze.id, reason: freeze.reason, freezeStart: context.formatInstant(freeze.start), freezeEnd: context.formatInstant(freeze.end) },
              at: windowAt
            });
          }
        }
        if (!worstByWindow.has(windowKey)) worstByWindow.set(windowKey, worstHourOf(start, end));
        const worst = worstByWindow.get(windowKey);
        if (worst) {
          context.reportStep(step, { messageId: "trafficTooHigh", data: { ...baseOf(), ...worst.data, maxPeakShare: options.maxPeakShare }, at: windowAt });
        }
        const leadMs = options.peakLeadHours * HOUR;
        if (leadMs > 0) {
          const rangeKey = `${start}|${rollbackEnd}`;
          let near = peaksByRange.get(rangeKey);
          if (!near) peaksByRange.set(rangeKey, near = dailyPeaks(network, start - HOUR, rollbackEnd + leadMs));
          const peak = near.find((p) => start < p + HOUR && rollbackEnd > p - leadMs);
          if (peak !== void 0) {
            context.reportStep(step, {
              messageId: "tooCloseToPeak",
              data: {
                ...baseOf(),
                rollbackEnd: context.formatInstant(rollbackEnd),
                peakStart: context.formatInstant(peak),
                peakLeadHours: options.peakLeadHours,
                minutesBeforePeak: Math.max(0, Math.round((peak - start) / MINUTE))
              },
              at: windowAt
            });
          }
        }
      }
    }
  }
});

// rules/rollback-plan.ts
function putsAtRisk(step) {
  return step.capacityLoss > 0 || step.action !== "drain" && step.action !== "restore";
}
function onEmergencyElements(network, step) {
  const { servers, trunks } = targetsOf(network, step);
  const inv = network.inventory;
  if (servers.some((s) => inv.callServers.get(s)?.emergency) || trunks.some((t) => inv.trunks.get(t)?.emergency)) return true;
  return stepsEmergencyReach(network, [step]).numbers.length > 0;
}
var rollback_plan_default = defineRule({
  id: "rollback-plan",
  title: "Risky steps have a bounded rollback",
  summary: "Every step that puts an element at risk has a rollback procedure whose duration (with traffic recovery on emergency elements) stays within the policy bound; software upgrades name the previous version.",
  category: "process",
  defaultSeverity: "error",
  rationale: "In public outage reports, rollbacks that took far longer than the change turned short faults into long outages; on 2 June 2021 the call servers stayed in a reboot loop for hours. A written, timed way back, and the previous software version kept at hand, bound how long emergency callers can be cut off when a step goes wrong.",
  optionsSchema: {
    type: "object",
    properties: {
      maxRollbackMinutes: {
        type: "integer",
        minimum: 0,
        maximum: 10080,
        description: "Longest acceptable rollback of one step, in minutes, including traffic recovery on emergency elements."
      },
      trafficRecoveryMinutes: {
        type: "integer",
        minimum: 0,
        maximum: 1440,
        description: "Minutes added to a rollback on emergency elements whose `includesTrafficRecovery` is false and that states no `recovery`: the time for emergency traffic to come back once the element is restored."
      },
      requireRecoveryForRoles: {
        type: "array",
        items: { type: "string", enum: ["mgcf", "sbc", "tdm-gateway", "softswitch", "bgcf", "other"] },
        uniqueItems: true,
        description: 'Call-server roles whose steps must state `rollback.recovery` (what depends on the element and how long it takes to recover after a rollback, e.g. subscriber re-registration after a core element returns), e.g. ["sbc"].'
      }
    },
    additionalProperties: false
  },
  defaultOptions: { maxRollbackMinutes: 60, trafficRecoveryMinutes: 30, requireRecoveryForRoles: [] },
  messages: {
    missingRollback: "step {{stepId}} ({{action}}, capacity loss {{capacityLoss}}) puts {{targets}} at risk but has no rollback; add rollback.procedure and rollback.minutes (at most {{maxRollbackMinutes}}).",
    rollbackTooLong: "rollback of step {{stepId}} takes {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller or find a faster way back.",
    rollbackTooLongWithRecovery: "rollback of step {{stepId}} takes {{rollbackMinutes}} min plus {{trafficRecoveryMinutes}} min of emergency traffic recovery (includesTrafficRecovery is false) = {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller, find a faster way back, or state includesTrafficRecovery: true if the minutes already cover it.",
    rollbackTooLongWithDependentRecovery: "rollback of step {{stepId}} takes {{rollbackMinutes}} min plus {{recoveryMinutes}} min for {{recoveryOf}} to recover = {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller or find a faster way back.",
    missingRecovery: "step {{stepId}} acts on {{servers}} (role {{roles}}), and the policy requires a recovery estimate for these roles: add rollback.recovery with what depends on them and how many minutes it takes to recover after the rollback (for example re-registration of subscribers).",
    missingPreviousVersion: "software upgrade step {{stepId}} to {{version}} does not name software.previousVersion; name the version kept for rollback (the targets run {{runningVersions}})."
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        if (servers.length === 0 && trunks.length === 0) continue;
        const file = step.at.file;
        if (step.action === "software-upgrade" && step.software && step.software.previousVersion === void 0) {
          const running = [...new Set(servers.map((s) => network.inventory.callServers.get(s)?.softwareVersion).filter((v) => v !== void 0))].sort();
          context.reportStep(step, {
            messageId: "missingPreviousVersion",
            data: { stepId: step.id, version: step.software.version, runningVersions: running },
            at: { file, pointer: step.software.at.pointer },
            atKey: true
          });
        }
        if (!putsAtRisk(step)) continue;
        if (!step.rollback) {
          context.reportStep(step, {
            messageId: "missingRollback",
            data: { stepId: step.id, action: step.action, capacityLoss: step.capacityLoss, targets: [...servers, ...trunks.filter((t) => !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ""))], maxRollbackMinutes: options.maxRollbackMinutes },
            at: { file, pointer: `${step.at.pointer}/id` }
          });
          continue;
        }
        const requiring = servers.filter((s) => options.requireRecoveryForRoles.includes(network.inventory.callServers.get(s)?.role ?? ""));
        if (requiring.length > 0 && !step.rollback.recovery) {
          const roles = [...new Set(requiring.map((s) => network.inventory.callServers.get(s)?.role ?? ""))].sort();
          context.reportStep(step, { messageId: "missingRecovery", data: { stepId: step.id, servers: requiring, roles }, at: step.rollback.at, atKey: true });
        }
        const stated = step.rollback.recovery;
        if (stated) {
          const total2 = rollbackWithRecoveryMinutes(step);
          if (total2 > options.maxRollbackMinutes) {
            context.reportStep(step, {
              messageId: "rollbackTooLongWithDependentRecovery",
              data: { stepId: step.id, rollbackMinutes: step.rollback.minutes, recoveryMinutes: stated.minutes, recoveryOf: stated.of, totalMinutes: total2, maxRollbackMinutes: options.maxRollbackMinutes },
              at: { file, pointer: `${step.rollback.at.pointer}/recovery/minutes` }
            });
          }
          continue;
        }
        const recovery = !step.rollback.includesTrafficRecovery && onEmergencyElements(network, step) ? options.trafficRecoveryMinutes : 0;
        const total = step.rollback.minutes + recovery;
        if (total > options.maxRollbackMinutes) {
          context.reportStep(step, {
            messageId: recovery > 0 ? "rollbackTooLongWithRecovery" : "rollbackTooLong",
            data: { stepId: step.id, rollbackMinutes: step.rollback.minutes, trafficRecoveryMinutes: recovery, totalMinutes: total, maxRollbackMinutes: options.maxRollbackMinutes },
            at: { file, pointer: `${step.rollback.at.pointer}/minutes` }
          });
        }
      }
    }
  }
});

// src/timeline/dependencies.ts
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(change) {
  let index = indexes.get(change);
  if (index) return index;
  const node = /* @__PURE__ */ new Map();
  const representative = [];
  for (const step of change.steps) {
    const existing = node.get(step.id);
    if (existing === void 0) {
      node.set(step.id, representative.length);
      representative.push(step);
    } else representative[existing] = step;
  }
  const dependsOn = representative.map((step) => {
    const list2 = [];
    for (const id of step.dependsOn) {
      const n = node.get(id);
      if (n !== void 0) list2.push(n);
    }
    return list2;
  });
  index = { node, dependsOn, component: components(dependsOn), visited: new Int32Array(representative.length), question: 0, representative };
  indexes.set(change, index);
  return index;
}
function components(dependsOn) {
  const n = dependsOn.length;
  const component = new Int32Array(n).fill(-1);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = [];
  const work = [];
  let counter = 0;
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, edge] = frame;
      if (edge === 0 && order[v] === -1) {
        order[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const edges = dependsOn[v];
      if (edge < edges.length) {
        frame[1] = edge + 1;
        const w = edges[edge];
        if (order[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]], low[v]);
      if (low[v] === order[v]) {
        let w;
        do {
          w = stack.pop();
          onStack[w] = 0;
          component[w] = next;
        } while (w !== v);
        next++;
      }
    }
  }
  return component;
}
function dependsTransitively(change, step, on) {
  const index = indexOf(change);
  const target = index.node.get(on);
  if (target === void 0) return false;
  const floor = index.component[target];
  const self = index.node.get(step.id);
  const start = self !== void 0 && index.representative[self] === step ? index.dependsOn[self] : step.dependsOn.flatMap((id) => index.node.get(id) ?? []);
  const mark = ++index.question;
  const pending = [...start];
  while (pending.length > 0) {
    const v = pending.pop();
    if (v === target) return true;
    if (index.visited[v] === mark || index.component[v] < floor) continue;
    index.visited[v] = mark;
    for (const w of index.dependsOn[v]) pending.push(w);
  }
  return false;
}

// rules/post-step-verification.ts
function sharesGroup(a, b) {
  for (const g of a.groups) if (b.groups.has(g)) return true;
  return false;
}
function covers(outer, inner) {
  return inner.servers.every((s) => outer.servers.includes(s)) && inner.trunks.every((t) => outer.trunks.includes(t));
}
var post_step_verification_default = defineRule({
  id: "post-step-verification",
  title: "Steps on emergency paths are verified by test calls before the next step",
  summary: "A step on elements serving emergency numbers is followed by test calls to every number they serve, and the next step on the same redundancy group depends on that verification and starts after it.",
  category: "process",
  defaultSeverity: "error",
  rationale: "On 2 June 2021 about an hour passed before anyone realised that emergency calls were failing. Test calls to every emergency number an element serves, placed before the next element of the redundancy group is touched, catch a fault while only one element carries it and while the rest of the group still routes the calls.",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    unknownNumber: "step {{stepId}} places a test call to {{number}}, which is neither an emergency number nor a test number of the inventory, so the call proves nothing about the network and does not count as verification. Call an emergency number the step serves, or declare {{number}} under testNumbers in the inventory (a change of its own, reviewed with the inventory).",
    noTestCalls: "step {{stepId}} ({{action}}) touches elements that serve emergency numbers {{numbers}}, but neither it nor a later step of {{changeId}} that depends on it and covers the same elements places test calls; add verification.testCalls for {{numbers}} to this step or to the step that brings the elements back.",
    missingNumbers: "step {{stepId}} serves emergency numbers {{numbers}} but its test calls cover only {{tested}}; add test calls to {{missing}}.",
    nextStepNotDependent: 'step {{nextStepId}} is the next step of {{changeId}} on redundancy group {{groups}} after step {{verifiedSteps}}, but it does not depend on {{verifiedBy}}, where the test calls are placed; add "{{verifiedBy}}" to its dependsOn so it cannot start unless the verification passed.',
    nextStepTooEarly: "step {{nextStepId}} on redundancy group {{groups}} starts {{nextStart}}, before the verification of step {{verifiedSteps}} (test calls in {{verifiedBy}}) ends {{verifiedEnd}}; start it after the test calls.",
    touchedBeforeVerification: "step {{nextStepId}} touches other elements of redundancy group {{groups}} after step {{verifiedSteps}} but before the test calls that verify it (in {{verifiedBy}}, which waits for {{nextStepId}}); verify step {{verifiedSteps}} first, with test calls on it or on a step that brings its elements back, and make {{nextStepId}} depend on that."
  },
  waivable: true,
  check(context) {
    const { network } = context;
    const serverGroup = new Map([...network.inventory.callServers.values()].map((s) => [s.id, s.redundancyGroup]));
    const { emergencyNumbers, testNumbers } = network.inventory;
    const knownCalls = /* @__PURE__ */ new Map();
    const callsOf = (step) => knownCalls.get(step) ?? [];
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const known = step.testCalls.filter((call, index) => {
          if (emergencyNumbers.has(call.number) || testNumbers.has(call.number)) return true;
          context.reportStep(step, {
            messageId: "unknownNumber",
            data: { stepId: step.id, number: call.number },
            at: { file: step.at.file, pointer: `${step.at.pointer}/verification/testCalls/${index}/number` }
          });
          return false;
        });
        knownCalls.set(step, known);
      }
    }
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      const facts = /* @__PURE__ */ new Map();
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        const groups = /* @__PURE__ */ new Set();
        for (let i = 0; i < servers.length; i++) groups.add(serverGroup.get(servers[i]));
        for (const t of step.targets.trunks) {
          const trunk = network.inventory.trunks.get(t);
          if (trunk) groups.add(serverGroup.get(trunk.callServer));
        }
        facts.set(step.id, { step, servers, trunks, groups, numbers: stepsEmergencyReach(network, [step]).numbers, position: 0 });
      }
      const ordered = [...facts.values()].sort((a, b) => compareSteps(a.step, b.step));
      ordered.forEach((f, i) => f.position = i);
      const follows = (later, earlier) => dependsTransitively(change, later.step, earlier.step.id);
      const problems = /* @__PURE__ */ new Map();
      const needsVerification = (f) => f.numbers.length > 0 && !(f.step.action === "drain" && f.step.capacityLoss === 0);
      const testing = ordered.filter((v) => callsOf(v.step).length > 0 && needsVerification(v));
      for (const f of ordered) {
        if (!needsVerification(f)) continue;
        const step = f.step;
        if (callsOf(step).length > 0) {
          const tested = new Set(callsOf(step).map((t) => t.number));
          const missing = f.numbers.filter((n) => !tested.has(n));
          if (missing.length > 0) {
            context.reportStep(step, {
              messageId: "missingNumbers",
              data: { stepId: step.id, numbers: f.numbers, tested: sortNumbers([...tested]), missing },
              at: { file: step.at.file, pointer: `${step.at.pointer}/verification/testCalls` }
            });
          }
        }
        const verifier = callsOf(step).length > 0 ? f : testing.find((v) => v !== f && covers(v, f) && follows(v, f));
        if (!verifier) {
          context.reportStep(step, {
            messageId: "noTestCalls",
            data: { stepId: step.id, action: step.action, changeId: change.id, numbers: f.numbers },
            at: { file: step.at.file, pointer: `${step.at.pointer}/action` }
          });
          continue;
        }
        const inChain = (t) => t === verifier || covers(f, t) && follows(t, f) && follows(verifier, t);
        let next;
        for (let i = f.position + 1; i < ordered.length && !next; i++) {
          const t = ordered[i];
          if (sharesGroup(t, f) && !inChain(t)) next = t;
        }
        if (!next) continue;
        const kinds = follows(verifier, next) ? ["touchedBeforeVerification"] : [...follows(next, verifier) ? [] : ["nextStepNotDependent"], ...next.step.window.start < verifier.step.window.end ? ["nextStepTooEarly"] : []];
        for (const kind of kinds) {
          const key = `${kind}\0${next.step.id}\0${verifier.step.id}`;
          const problem = problems.get(key) ?? { kind, next, verifier, verified: [], groups: /* @__PURE__ */ new Set() };
          problem.verified.push(step.id);
          for (const g of next.groups) if (f.groups.has(g)) problem.groups.add(g);
          problems.set(key, problem);
        }
      }
      for (const { kind, next, verifier, verified, groups } of problems.values()) {
        const data = {
          changeId: change.id,
          nextStepId: next.step.id,
          verifiedSteps: verified,
          groups: [...groups].sort(),
          verifiedBy: verifier.step.id,
          verifiedEnd: context.formatInstant(verifier.step.window.end),
          nextStart: context.formatInstant(next.step.window.start)
        };
        const pointer = kind === "nextStepTooEarly" ? next.step.window.at.pointer + "/start" : kind === "nextStepNotDependent" ? `${next.step.at.pointer}/dependsOn` : `${next.step.at.pointer}/targets`;
        context.reportStep(next.step, { messageId: kind, data, at: { file: next.step.at.file, pointer } });
      }
    }
  }
});

// rules/stakeholder-notification.ts
var HOUR2 = 36e5;
var AUDIENCE_OF = {
  regulator: "regulator",
  authority: "regulator",
  psap: "psap",
  "emergency-services": "psap",
  noc: "noc"
};
function emergencyFootprint(network, change) {
  const inv = network.inventory;
  const servers = /* @__PURE__ */ new Set();
  for (const step of change.steps) addEach(servers, targetsOf(network, step).servers);
  const reach = stepsEmergencyReach(network, change.steps);
  const routes = routeIndex(network);
  const trunks = /* @__PURE__ */ new Set();
  for (const s of servers) for (const t of routes.emergencyTrunksByServer.get(s) ?? []) trunks.add(t);
  for (const step of change.steps) for (const t of step.targets.trunks) if (inv.trunks.has(t)) trunks.add(t);
  const onRoute = /* @__PURE__ */ new Set();
  for (const s of servers) if (routes.byServer.has(s)) onRoute.add(s);
  for (const t of trunks) if (routes.byTrunk.has(t)) onRoute.add(t);
  const isEmergencyServer = (id) => {
    const server = inv.callServers.get(id);
    return server !== void 0 && (server.emergency || inv.redundancyGroups.get(server.redundancyGroup)?.emergency === true);
  };
  const elements = [...servers].filter((s) => isEmergencyServer(s) || onRoute.has(s)).concat([...trunks].filter((t) => inv.trunks.get(t)?.emergency || onRoute.has(t)));
  return { elements: elements.sort(), numbers: reach.numbers, psaps: reach.psaps };
}
var AUDIENCE_LABEL = { regulator: "regulator or authority", psap: "emergency services (PSAPs)", noc: "NOC" };
var stakeholder_notification_default = defineRule({
  id: "stakeholder-notification",
  title: "Changes on the emergency path name who is told and who escalates",
  summary: "A change request touching the emergency path notifies the regulator or authority, every PSAP its routes can reach and the NOC with enough lead time, and names a 24/7 escalation contact with a short target time.",
  category: "process",
  defaultSeverity: "error",
  rationale: "During the 2 June 2021 outage it took about an hour to realise the emergency services were hit, two hours to tell the authorities and three to organise a response. The inquiry asked for faster information to authorities and emergency services. Naming them before the change, with lead time, and naming who escalates and how fast, turns hours into minutes.",
  optionsSchema: {
    type: "object",
    properties: {
      regulatorLeadTimeHours: { type: "number", minimum: 0, maximum: 8760, description: "Hours before the first step that the regulator or authority must be told, at least." },
      psapLeadTimeHours: { type: "number", minimum: 0, maximum: 8760, description: "Hours before the first step that the affected emergency services (PSAPs) must be told, at least." },
      nocLeadTimeHours: { type: "number", minimum: 0, maximum: 8760, description: "Hours before the first step that the NOC must be told, at least." },
      maxEscalationMinutes: { type: "integer", minimum: 1, maximum: 1440, description: "Longest acceptable `escalation.targetMinutes`: time to escalate once emergency traffic is affected." }
    },
    additionalProperties: false
  },
  defaultOptions: { regulatorLeadTimeHours: 48, psapLeadTimeHours: 48, nocLeadTimeHours: 24, maxEscalationMinutes: 30 },
  messages: {
    missingRegulator: "{{changeId}} touches the emergency path{{numbersNote}} but notifies no regulator or authority; add a notify entry with party regulator or authority and leadTimeHours >= {{requiredHours}}.",
    missingNoc: "{{changeId}} touches the emergency path but does not notify the NOC; add a notify entry with party noc and leadTimeHours >= {{requiredHours}}.",
    psapsNotNotified: "{{changeId}} can affect PSAPs {{affectedPsaps}} (through routes of {{numbers}}); not notified: {{missing}}. Add them to the psaps of a notify entry with party psap or emergency-services, leadTimeHours >= {{requiredHours}}.",
    leadTimeTooShort: '{{party}} "{{name}}" is told {{leadTimeHours}} h before the first step of {{changeId}}, less than the required {{requiredHours}} h; tell them earlier or move the change.',
    missingEscalation: "{{changeId}} touches the emergency path but names no escalation contact; add escalation with a 24/7 contact and targetMinutes <= {{maxEscalationMinutes}}.",
    escalationTooSlow: 'escalation of {{changeId}} to "{{contact}}" targets {{targetMinutes}} min, longer than the allowed {{maxEscalationMinutes}} min; shorten the target or name a contact who can meet it.',
    tooLateToNotify: "the first step of {{changeId}} starts {{firstStart}}, only {{hoursLeft}} h after as-of {{asOf}}, but the {{party}} must be told {{requiredHours}} h ahead and the execution record shows no notice sent to them; start no earlier than {{earliestStart}}, or record the notice if it was sent (changegate record --notified).",
    sentTooLate: 'the notice to "{{name}}" ({{party}}) was sent {{sentAt}}, {{hoursBefore}} h before the first step of {{changeId}} ({{firstStart}}); it had to be sent {{requiredHours}} h ahead, by {{deadline}}. Move the change, or tell the party again and re-plan.'
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    const required = { regulator: options.regulatorLeadTimeHours, psap: options.psapLeadTimeHours, noc: options.nocLeadTimeHours };
    for (const change of network.changes) {
      if (change.steps.length === 0 || !context.wants(change.id)) continue;
      const footprint = emergencyFootprint(network, change);
      if (footprint.elements.length === 0) continue;
      const file = change.file;
      const notifyAt = { file, pointer: change.notify.length > 0 ? "/notify" : "/id" };
      const numbersNote = footprint.numbers.length > 0 ? ` (${footprint.numbers.join(", ")})` : "";
      const base = { changeId: change.id, numbers: footprint.numbers, numbersNote };
      const entries = (audience) => change.notify.filter((n) => AUDIENCE_OF[n.party] === audience);
      if (entries("regulator").length === 0) {
        context.report({ messageId: "missingRegulator", data: { ...base, requiredHours: required.regulator }, at: notifyAt, atKey: change.notify.length > 0, changeId: change.id });
      }
      const covered = new Set(entries("psap").flatMap((n) => n.psaps));
      const missing = footprint.psaps.filter((p) => !covered.has(p));
      if (missing.length > 0) {
        context.report({
          messageId: "psapsNotNotified",
          data: { ...base, affectedPsaps: footprint.psaps, missing, requiredHours: required.psap },
          at: notifyAt,
          atKey: change.notify.length > 0,
          changeId: change.id
        });
      }
      if (entries("noc").length === 0) {
        context.report({ messageId: "missingNoc", data: { ...base, requiredHours: required.noc }, at: notifyAt, atKey: change.notify.length > 0, changeId: change.id });
      }
      change.notify.forEach((n, i) => {
        const audience = AUDIENCE_OF[n.party];
        if (!audience || n.leadTimeHours >= required[audience]) return;
        context.report({
          messageId: "leadTimeTooShort",
          data: { changeId: change.id, party: n.party, name: n.name, leadTimeHours: n.leadTimeHours, requiredHours: required[audience] },
          at: { file, pointer: `/notify/${i}/leadTimeHours` },
          changeId: change.id
        });
      });
      if (!change.escalation) {
        context.report({ messageId: "missingEscalation", data: { changeId: change.id, maxEscalationMinutes: options.maxEscalationMinutes }, at: { file, pointer: "/id" }, changeId: change.id });
      } else if (change.escalation.targetMinutes > options.maxEscalationMinutes) {
        context.report({
          messageId: "escalationTooSlow",
          data: { changeId: change.id, contact: change.escalation.contact, targetMinutes: change.escalation.targetMinutes, maxEscalationMinutes: options.maxEscalationMinutes },
          at: { file, pointer: "/escalation/targetMinutes" },
          changeId: change.id
        });
      }
      const first = change.steps.reduce((a, b) => b.window.start < a.window.start ? b : a);
      const sent = (change.record?.notifications ?? []).filter((n) => context.asOf === void 0 || n.sentAt <= context.asOf);
      const told = /* @__PURE__ */ new Set();
      for (const notice of sent) {
        const entry = change.notify.find((n) => n.name === notice.party);
        const audience = entry ? AUDIENCE_OF[entry.party] : void 0;
        if (!entry || !audience) continue;
        told.add(audience);
        const deadline = first.window.start - required[audience] * HOUR2;
        if (notice.sentAt <= deadline) continue;
        context.report({
          messageId: "sentTooLate",
          data: {
            changeId: change.id,
            name: entry.name,
            party: AUDIENCE_LABEL[audience],
            sentAt: context.formatInstant(notice.sentAt),
            hoursBefore: Math.floor((first.window.start - notice.sentAt) / HOUR2 * 10) / 10,
            requiredHours: required[audience],
            firstStart: context.formatInstant(first.window.start),
            deadline: context.formatInstant(deadline)
          },
          at: { file: notice.at.file, pointer: notice.at.pointer + "/sentAt" },
          changeId: change.id
        });
      }
      const owed = Object.entries(required).filter(([a]) => !told.has(a));
      if (context.asOf !== void 0 && owed.length > 0) {
        const [audience, hours] = owed.reduce((a, b) => b[1] > a[1] ? b : a);
        const left = first.window.start - context.asOf;
        if (left >= 0 && left < hours * HOUR2) {
          context.reportStep(first, {
            messageId: "tooLateToNotify",
            data: {
              changeId: change.id,
              party: AUDIENCE_LABEL[audience],
              requiredHours: hours,
              hoursLeft: Math.floor(left / HOUR2 * 10) / 10,
              asOf: context.formatInstant(context.asOf),
              firstStart: context.formatInstant(first.window.start),
              earliestStart: context.formatInstant(context.asOf + hours * HOUR2)
            },
            at: { file, pointer: first.window.at.pointer + "/start" }
          });
        }
      }
    }
  }
});

// rules/drain-before-isolate.ts
function elementsOf(network, step) {
  const { servers, trunks } = targetsOf(network, step);
  const own = trunks.filter((t) => !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ""));
  return [...servers.map((id) => ({ kind: "server", id })), ...own.map((id) => ({ kind: "trunk", id }))];
}
function touches(resolved, step, element) {
  const { servers, trunks } = resolved(step);
  return element.kind === "server" ? servers.includes(element.id) : trunks.includes(element.id);
}
var TRAFFIC_STATE_ACTIONS = /* @__PURE__ */ new Set(["drain", "isolate", "restore"]);
function lastStateChange(resolved, change, step, element) {
  let last;
  for (const other of change.steps) {
    if (other === step || !TRAFFIC_STATE_ACTIONS.has(other.action) || other.window.end > step.window.start) continue;
    if (!touches(resolved, other, element)) continue;
    if (!last || other.window.end > last.window.end || other.window.end === last.window.end && other.index > last.index) last = other;
  }
  return last;
}
var drain_before_isolate_default = defineRule({
  id: "drain-before-isolate",
  title: "Traffic is drained before an element is isolated or restarted",
  summary: "An isolate or restart step follows, and depends on, a drain (or isolate) of every element it acts on in the same change request; a restore follows, and depends on, the drain or isolate that took the element out.",
  category: "process",
  defaultSeverity: "error",
  rationale: "Isolating or restarting a call server that still carries calls drops every call in progress, emergency calls included, and sends a burst of re-attempts to the rest of the group, the kind of storm that tipped servers over in past outages. Draining first moves the calls away gracefully; restoring only what was taken out keeps the plan honest about the state of each element.",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    notDrained: "step {{stepId}} ({{action}}) acts on {{elements}} while traffic may still flow through them: no drain of them in {{changeId}} ends before {{stepStart}}; add a drain step for {{elements}} that ends before this step and add it to dependsOn.",
    restoredBeforeIsolate: "step {{stepId}} ({{action}}) acts on {{elements}} after step {{restoreStepId}} restored them, so they carry traffic again; drain them again before this step.",
    drainNotDependedOn: 'step {{stepId}} ({{action}}) follows the drain in step {{drainStepId}} only by its times; add "{{drainStepId}}" to its dependsOn (directly or through other steps) so it cannot run if the drain is late or fails.',
    restoreWithoutIsolate: "restore step {{stepId}} brings back {{elements}}, which no drain or isolate in {{changeId}} took out before {{stepStart}}; restore only what the change took out, or add the step that takes them out.",
    restoreNotDependent: 'restore step {{stepId}} follows step {{outStepId}} ({{outAction}}) only by its times; add "{{outStepId}}" to its dependsOn (directly or through other steps).'
  },
  waivable: true,
  check(context) {
    const { network } = context;
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      const resolved = (s) => targetsOf(network, s);
      for (const step of change.steps) {
        const isolating = step.action === "isolate" || step.action === "restart";
        if (!isolating && step.action !== "restore") continue;
        const base = { stepId: step.id, action: step.action, changeId: change.id, stepStart: context.formatInstant(step.window.start) };
        const actionAt = { file: step.at.file, pointer: `${step.at.pointer}/action` };
        const dependsAt = { file: step.at.file, pointer: `${step.at.pointer}/dependsOn` };
        const missing = [];
        const restoredBy = /* @__PURE__ */ new Map();
        const undepended = /* @__PURE__ */ new Map();
        for (const element of elementsOf(network, step)) {
          const last = lastStateChange(resolved, change, step, element);
          if (!last || last.action === "restore") {
            if (last && isolating) restoredBy.set(last.id, [...restoredBy.get(last.id) ?? [], element.id]);
            else missing.push(element.id);
          } else if (!dependsTransitively(change, step, last.id)) {
            undepended.set(last.id, [...undepended.get(last.id) ?? [], element.id]);
          }
        }
        if (missing.length > 0) {
          context.reportStep(step, { messageId: isolating ? "notDrained" : "restoreWithoutIsolate", data: { ...base, elements: missing }, at: actionAt });
        }
        for (const [restoreStepId, elements] of restoredBy) {
          context.reportStep(step, { messageId: "restoredBeforeIsolate", data: { ...base, elements, restoreStepId }, at: actionAt });
        }
        for (const [outStepId, elements] of undepended) {
          const out = change.steps.find((s) => s.id === outStepId);
          context.reportStep(step, {
            messageId: isolating ? "drainNotDependedOn" : "restoreNotDependent",
            data: isolating ? { ...base, elements, drainStepId: outStepId } : { ...base, elements, outStepId, outAction: out.action },
            at: dependsAt
          });
        }
      }
    }
  }
});

// rules/risk-classification.ts
var risk_classification_default = defineRule({
  id: "risk-classification",
  title: "Declared risk is not below the risk the plan derives",
  summary: "Derives the risk class from what a change touches (emergency path, sites, unproven software, capacity margin) and refuses a lower declared class.",
  category: "process",
  defaultSeverity: "error",
  rationale: 'Before the 2 June 2021 outage of the French emergency numbers, a "routine" reconnection procedure was applied to the call servers of all six interconnect sites at once; public post-incident reviews of other outages describe changes rated low risk because earlier phases had gone fine. A label does not lower scrutiny: the gate derives the class from what the plan touches, shows it for every change, and refuses a declaration below it, because the class decides how many independent approvals the change needs.',
  optionsSchema: {
    type: "object",
    properties: {
      broadChangeSites: {
        type: "integer",
        minimum: 1,
        description: "A change touching at least this many distinct sites over all its steps is at least high risk."
      },
      commonModeStepSites: {
        type: "integer",
        minimum: 2,
        description: "A single step touching at least this many sites at once is critical (so is a step touching every site of a redundancy group); a step on 2 sites or more is at least high."
      },
      minCapacityMargin: {
        type: "number",
        minimum: 0,
        maximum: 10,
        description: "Smallest acceptable N-1 capacity margin (fraction of forecast traffic) while the change acts: below it the change is at least high; below 0 (capacity short of the forecast) it is critical."
      }
    },
    additionalProperties: false
  },
  defaultOptions: { ...RISK_DEFAULTS },
  messages: {
    declaredBelowDerived: "{{changeId}} is declared {{declared}} risk, but what it touches makes it {{derived}}: {{reasonText}}. A low-risk label does not lower scrutiny: declare it {{derived}} (and obtain the approvals that class needs), or change the plan so it touches less at once."
  },
  waivable: true,
  check(context) {
    for (const change of context.network.changes) {
      if (!context.wants(change.id)) continue;
      const derived = deriveRisk(context.network, context.timeline, change, context.options);
      if (riskRank(change.declaredRisk) >= riskRank(derived.class)) continue;
      const f = derived.factors;
      context.report({
        messageId: "declaredBelowDerived",
        at: { file: change.file, pointer: "/declaredRisk" },
        changeId: change.id,
        data: {
          changeId: change.id,
          declared: change.declaredRisk,
          derived: derived.class,
          reasons: derived.reasons,
          reasonText: derived.reasons.join("; "),
          emergencyNumbers: f.emergencyNumbers,
          sites: f.sites,
          siteCount: f.sites.length,
          maxStepSites: f.widestStep?.sites.length ?? 0,
          unprovenSignatures: [...new Set(f.unproven.map((u) => u.signature))],
          minCapacityMargin: f.minCapacityMargin === void 0 ? null : Math.round(f.minCapacityMargin * 1e3) / 1e3
        }
      });
    }
  }
});

// rules/approvals.ts
var DEFAULTS = { minApprovals: 2, requiredRoles: ["cab"], minApprovalsBelowHigh: 1 };
var APPROVED_STATES = /* @__PURE__ */ new Set(["approved", "scheduled", "in-progress"]);
var HOW_TO_PROVE = {
  "signed-commits": "{{by}} adds this entry in a commit signed with their own SSH key (git commit -S, gpg.format ssh), listed in the policy's allowed signers.",
  "pull-request-reviews": "{{by}} approves the pull request on GitHub, from the login the policy gives them, after its last change to this file.",
  "merge-request-approvals": "{{by}} approves the merge request on GitLab, from the username the policy gives them, after its last push (the merge request's author and bots never count).",
  declared: "",
  none: "Set approvalSource in the policy (signed-commits, pull-request-reviews or merge-request-approvals)."
};
function list(values) {
  return values.length > 0 ? values.join(", ") : "none";
}
function holdersOf(network, role) {
  return [...network.policy.approvers.values()].filter((a) => a.roles.includes(role)).map((a) => a.id).sort();
}
var approvals_default = defineRule({
  id: "approvals",
  title: "High-risk changes carry independent, verified approvals of their current content",
  summary: "Approved, scheduled and in-progress changes carry enough approvals from distinct policy approvers (a CAB one for high risk), none from the owner, each proven by the policy's approval source and naming the current revision.",
  category: "process",
  defaultSeverity: "error",
  rationale: "The change behind the 2 June 2021 outage of the French emergency numbers was treated as routine; public reviews of other outages describe a capacity-expansion element put in production without peer review. A high-risk change needs people other than its author to have read it, and their approval is only worth something for the plan they read: approvals name the revision (content hash) of the change request, so a plan edited after approval is caught. And a name typed into the file proves nothing: each approval counts only when the policy's approval source proves who gave it (a commit signed with the approver's key, or their approving pull-request review).",
  optionsSchema: {
    type: "object",
    properties: {
      minApprovals: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        description: "Approvals from distinct people needed by a high or critical change (the higher of declared and derived risk)."
      },
      requiredRoles: {
        type: "array",
        items: { type: "string", pattern: "^[a-z][a-z0-9-]{0,63}$" },
        uniqueItems: true,
        description: 'Roles that must each appear among the valid approvals of a high or critical change, e.g. ["cab"].'
      },
      minApprovalsBelowHigh: {
        type: "integer",
        minimum: 0,
        maximum: 20,
        description: "Approvals from distinct people needed by a low or medium change in state approved, scheduled or in-progress (0: none required)."
      }
    },
    additionalProperties: false
  },
  defaultOptions: DEFAULTS,
  messages: {
    selfApproval: "{{by}} owns {{changeId}} and cannot approve it: an approval must come from someone independent of the change{{listedNote}}. Remove this approval and ask an approver of the policy ({{approvers}}).",
    unknownApprover: "{{by}} is not an approver in the policy, so this approval of {{changeId}} does not count. Ask one of the approvers ({{approvers}}), or add {{by}} to the policy's approvers through the policy's own review.",
    roleNotHeld: "{{by}} approved {{changeId}} as {{role}}, a role the policy does not give them (their roles: {{roles}}), so the approval does not count. Record it in one of their roles, or ask an approver holding {{role}} ({{holders}}).",
    missingRevision: 'the approval by {{by}} does not name the revision of {{changeId}} it approved, so it does not count: an edit after approval would go unnoticed. Once {{by}} has reviewed the current plan, add revision: "{{revision}}" (shown by changegate check --format json).',
    notVerified: "the approval by {{by}} of {{changeId}} does not count: {{detail}}. The policy accepts only approvals proven by {{expected}}; a name typed into the file proves nothing. {{how}}",
    staleRevision: "the plan was edited after approval: {{by}} approved revision {{approvedRevision}}, but {{changeId}} is now {{revision}}, so the approval does not count. Ask {{by}} to review the change again and record the new revision.",
    tooFewApprovals: "{{changeId}} is {{riskClass}} risk ({{riskBasis}}) and {{state}}, but has {{counted}} valid approval(s) from distinct approvers other than the owner ({{countedApprovers}}); it needs at least {{required}}. Obtain the missing approvals of revision {{revision}} before the change runs, or move it back to proposed.",
    missingRole: "{{changeId}} is {{riskClass}} risk ({{riskBasis}}) and needs a valid approval in the {{role}} role; none of its approvals counts in that role. Ask an approver holding {{role}} ({{holders}}) to approve revision {{revision}}."
  },
  waivable: true,
  check(context) {
    const { network, timeline, options } = context;
    const riskOptions = riskSettings(context.optionsOf("risk-classification"));
    const approvers = [...network.policy.approvers.keys()].sort();
    for (const change of network.changes) {
      if (!APPROVED_STATES.has(change.state) || !context.wants(change.id)) continue;
      const derived = deriveRisk(network, timeline, change, riskOptions);
      const riskClass = higherRisk(change.declaredRisk, derived.class);
      const riskBasis = riskRank(derived.class) > riskRank(change.declaredRisk) ? `derived ${derived.class} from what it touches, declared ${change.declaredRisk}` : `declared ${change.declaredRisk}`;
      const base = { changeId: change.id, revision: change.revision };
      const valid = [];
      for (const approval of change.approvals) {
        const at = (suffix) => ({ file: approval.ref.file, pointer: approval.ref.pointer + suffix });
        const approver = network.policy.approvers.get(approval.by);
        if (approval.by === change.owner) {
          context.report({
            messageId: "selfApproval",
            at: at("/by"),
            changeId: change.id,
            data: { ...base, by: approval.by, owner: change.owner, listedApprover: approver !== void 0, listedNote: approver ? "" : `; ${approval.by} is not an approver in the policy either`, approvers: list(approvers) }
          });
          continue;
        }
        if (!approver) {
          context.report({ messageId: "unknownApprover", at: at("/by"), changeId: change.id, data: { ...base, by: approval.by, approvers: list(approvers) } });
          continue;
        }
        let counts = true;
        const verification = context.approvals.verify({ file: approval.ref.file, pointer: approval.ref.pointer }, approval.by);
        const roles = verification.status === "unverified" ? approver.roles : verification.roles;
        if (!roles.includes(approval.role)) {
          counts = false;
          context.report({
            messageId: "roleNotHeld",
            at: at("/role"),
            changeId: change.id,
            data: { ...base, by: approval.by, role: approval.role, roles: list(roles), holders: list(holdersOf(network, approval.role)) }
          });
        }
        if (verification.status === "unverified") {
          counts = false;
          context.report({
            messageId: "notVerified",
            at: at("/by"),
            changeId: change.id,
            data: { ...base, by: approval.by, detail: verification.detail, source: network.policy.approvalSource.kind, expected: context.approvals.expectedProof, how: (HOW_TO_PROVE[network.policy.approvalSource.kind] ?? "").replace("{{by}}", approval.by) }
          });
        }
        if (approval.revision === void 0) {
          counts = false;
          context.report({ messageId: "missingRevision", at: at(""), changeId: change.id, data: { ...base, by: approval.by } });
        } else if (approval.revision !== change.revision) {
          counts = false;
          context.report({
            messageId: "staleRevision",
            at: at("/revision"),
            changeId: change.id,
            data: { ...base, by: approval.by, approvedRevision: approval.revision }
          });
        }
        if (counts) valid.push(approval);
      }
      const high = riskRank(riskClass) >= riskRank("high");
      const required = high ? options.minApprovals : options.minApprovalsBelowHigh;
      const people = [...new Set(valid.map((a) => a.by))].sort();
      const where = approvalsAt(change);
      if (people.length < required) {
        context.report({
          messageId: "tooFewApprovals",
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
            required
          }
        });
      }
      if (!high) continue;
      for (const role of options.requiredRoles) {
        if (valid.some((a) => a.role === role)) continue;
        context.report({
          messageId: "missingRole",
          ...where,
          changeId: change.id,
          data: { ...base, riskClass, riskBasis, declared: change.declaredRisk, derived: derived.class, role, holders: list(holdersOf(network, role)) }
        });
      }
    }
  }
});
function approvalsAt(change) {
  if (change.approvals.length > 0) return { at: { file: change.file, pointer: "/approvals" }, atKey: true };
  return { at: { file: change.file, pointer: "/state" } };
}

// rules/software-qualification.ts
function compareVersions(a, b) {
  const split = (v) => v.split(/[.+~-]/).flatMap((seg) => seg.match(/\d+|\D+/g) ?? []);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (nx !== ny) {
      return void 0;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}
function knownBadMatch(entry, platform, software) {
  if (entry.platform !== void 0 && entry.platform !== platform) return void 0;
  if (entry.sha256 !== void 0 && entry.sha256 === software.sha256) return ["sha256"];
  const matched = [];
  for (const field of ["version", "artefact", "sha256"]) {
    const bad = entry[field];
    const mine = software[field];
    if (bad === void 0 || mine === void 0) continue;
    if (bad !== mine) return void 0;
    matched.push(field);
  }
  return matched.length > 0 ? matched : void 0;
}
function describeMatch(matched, identifiers) {
  return matched.map((m) => m === "sha256" ? `sha256 ${identifiers.sha256}` : m === "artefact" ? `artefact ${identifiers.artefact}` : `version ${identifiers.version}`).join(" and ");
}
function byPlatform(servers) {
  const map = /* @__PURE__ */ new Map();
  for (const s of servers) map.set(s.platform, [...map.get(s.platform) ?? [], s]);
  return new Map([...map.entries()].sort(([a], [b]) => (a ?? "") < (b ?? "") ? -1 : 1));
}
var software_qualification_default = defineRule({
  id: "software-qualification",
  title: "Only qualified, not known-bad software is deployed, and never a downgrade unnoticed",
  summary: "Upgrade versions are qualified in the catalog for each target platform; withdrawn, in-lab, unknown and known-bad versions are refused; every file a step applies, whatever its action, is checked against the known-bad list by name and digest; downgrades are flagged.",
  category: "process",
  defaultSeverity: "error",
  rationale: "The 2 June 2021 outage followed a modernisation of the interconnect platform, and a latent software bug turned one procedure into a reboot loop on every call server. Public post-incident reviews of other outages describe a known-bad file applied again. Only versions the lab qualified for that platform may reach production; known-bad versions, packages and digests are refused whatever their status; and going back to an older version is a change of its own that must be intended, not a typo.",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    unknownVersion: "step {{stepId}} deploys {{version}} on {{platform}} ({{servers}}), a version the software catalog does not list for that platform, so it was never qualified. Deploy a qualified version ({{qualified}}) or have {{version}} qualified and added to the catalog first.",
    notQualified: "step {{stepId}} deploys {{version}} on {{platform}} ({{servers}}), which the software catalog lists as {{status}}: only qualified versions may reach production. Deploy a qualified version ({{qualified}}), or finish the qualification and mark {{version}} qualified in the catalog first.",
    knownBad: "step {{stepId}} deploys a known-bad {{matched}} on {{platform}} ({{servers}}): {{reason}}{{referenceNote}}. Do not deploy it: choose a qualified version ({{qualified}}) that the catalog does not list as known-bad.",
    knownBadArtefact: "step {{stepId}} ({{action}}) applies a known-bad {{matched}} to {{servers}}: {{reason}}{{referenceNote}}. The catalog refuses this file whatever the action applying it; apply a corrected file (another content, so another sha256) instead.",
    downgrade: "step {{stepId}} installs {{version}}, older than what {{servers}} run(s) now ({{current}}): a downgrade. If going back is intended, say so in a waiver with the reason; otherwise correct the target version."
  },
  waivable: true,
  check(context) {
    const { network } = context;
    const catalog = network.catalog;
    const qualifiedCache = /* @__PURE__ */ new Map();
    const qualifiedOn = (platform) => {
      let versions = qualifiedCache.get(platform);
      if (!versions) {
        versions = [...catalog.versions.values()].filter((v) => v.platform === platform && v.status === "qualified" && !catalog.knownBad.some((k) => knownBadMatch(k, platform, { version: v.version }))).map((v) => v.version).sort((a, b) => compareVersions(a, b) ?? (a < b ? -1 : 1));
        qualifiedCache.set(platform, versions);
      }
      return versions;
    };
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const software = step.software;
        const upgrade = step.action === "software-upgrade" && software !== void 0;
        if (!upgrade && !software && step.artefacts.length === 0) continue;
        const servers = (upgrade ? targetsOf(network, step).servers : rolloutMembers(network, { servers: [...targetsOf(network, step).servers], step })).map((id) => network.inventory.callServers.get(id)).filter((s) => s !== void 0);
        const platforms = byPlatform(servers);
        if (platforms.size === 0) platforms.set(void 0, []);
        for (const [platform, onPlatform] of platforms) {
          if (upgrade && platform !== void 0) checkPlatform(step, software, platform, onPlatform);
          else if (software) checkArtefact(step, software, software.at.pointer, platform, onPlatform);
          for (const artefact of step.artefacts) {
            checkArtefact(step, { artefact: artefact.name, sha256: artefact.sha256 }, `${step.at.pointer}/artefacts/${artefact.index}`, platform, onPlatform, "name");
          }
        }
      }
    }
    function checkArtefact(step, identifiers, pointer, platform, servers, artefactKey = "artefact") {
      for (const entry of catalog.knownBad) {
        const matched = knownBadMatch(entry, platform, identifiers);
        if (!matched) continue;
        const field = matched.includes("sha256") ? "sha256" : matched.includes("artefact") ? artefactKey : "version";
        context.reportStep(step, {
          messageId: "knownBadArtefact",
          at: { file: step.at.file, pointer: `${pointer}/${field}` },
          data: {
            changeId: step.changeId,
            stepId: step.id,
            action: step.action,
            platform: platform ?? "",
            servers: servers.length > 0 ? servers.map((s) => s.id) : ["its targets"],
            matched: describeMatch(matched, identifiers),
            matchedFields: matched,
            reason: entry.reason.trim().replace(/\.$/, ""),
            reference: entry.reference ?? "",
            referenceNote: entry.reference ? ` (${entry.reference})` : "",
            catalogEntry: entry.at.pointer
          }
        });
      }
    }
    function checkPlatform(step, software, platform, servers) {
      const ids = servers.map((s) => s.id);
      const qualified = qualifiedOn(platform);
      const common = { changeId: step.changeId, stepId: step.id, version: software.version, platform, servers: ids, qualified: qualified.length > 0 ? qualified : ["none listed"] };
      const versionAt = { file: software.at.file, pointer: software.at.pointer + "/version" };
      for (const entry of catalog.knownBad) {
        const matched = knownBadMatch(entry, platform, software);
        if (!matched) continue;
        const field = matched.includes("sha256") ? "sha256" : matched.includes("artefact") ? "artefact" : "version";
        context.reportStep(step, {
          messageId: "knownBad",
          at: { file: software.at.file, pointer: `${software.at.pointer}/${field}` },
          data: {
            ...common,
            matched: describeMatch(matched, software),
            matchedFields: matched,
            reason: entry.reason.trim(),
            reference: entry.reference ?? "",
            referenceNote: entry.reference ? ` (${entry.reference})` : "",
            catalogEntry: entry.at.pointer
          }
        });
      }
      const listed2 = catalog.versions.get(`${platform}@${software.version}`);
      if (!listed2) context.reportStep(step, { messageId: "unknownVersion", at: versionAt, data: common });
      else if (listed2.status !== "qualified") context.reportStep(step, { messageId: "notQualified", at: versionAt, data: { ...common, status: listed2.status } });
      const older = servers.filter((s) => compareVersions(software.version, s.softwareVersion) === -1);
      if (older.length > 0) {
        context.reportStep(step, {
          messageId: "downgrade",
          at: versionAt,
          data: { ...common, servers: older.map((s) => s.id), current: [...new Set(older.map((s) => s.softwareVersion))].sort() }
        });
      }
    }
  }
});

// rules/plan-consistency.ts
var DEFAULTS2 = { maxWindowHours: 12 };
var HOUR3 = 36e5;
function cyclicComponents(change) {
  const byId = new Map(change.steps.map((s) => [s.id, s]));
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const components2 = [];
  let counter = 0;
  const visit = (id) => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dep)) continue;
      if (!index.has(dep)) {
        visit(dep);
        low.set(id, Math.min(low.get(id), low.get(dep)));
      } else if (onStack.has(dep)) {
        low.set(id, Math.min(low.get(id), index.get(dep)));
      }
    }
    if (low.get(id) === index.get(id)) {
      const members = [];
      let top;
      do {
        top = stack.pop();
        onStack.delete(top);
        members.push(top);
      } while (top !== id);
      const selfLoop = members.length === 1 && (byId.get(id)?.dependsOn.includes(id) ?? false);
      if (members.length > 1 || selfLoop) {
        components2.push(members.map((m) => byId.get(m)).sort(compareSteps));
      }
    }
  };
  for (const step of change.steps) if (!index.has(step.id)) visit(step.id);
  return components2.sort((a, b) => compareSteps(a[0], b[0]));
}
function shortestCycle(start, component) {
  const inside = new Map(component.map((s) => [s.id, s]));
  const previous = /* @__PURE__ */ new Map();
  const queue = [];
  for (const dep of start.dependsOn) {
    if (dep === start.id) return [start.id, start.id];
    if (inside.has(dep) && !previous.has(dep)) {
      previous.set(dep, start.id);
      queue.push(dep);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift();
    for (const dep of inside.get(id)?.dependsOn ?? []) {
      if (dep === start.id) {
        const path = [id];
        for (let p = previous.get(id); p !== void 0 && p !== start.id; p = previous.get(p)) path.push(p);
        return [start.id, ...path.reverse(), start.id];
      }
      if (inside.has(dep) && !previous.has(dep)) {
        previous.set(dep, id);
        queue.push(dep);
      }
    }
  }
  return [start.id, start.id];
}
var plan_consistency_default = defineRule({
  id: "plan-consistency",
  title: "The plan is a consistent schedule",
  summary: "Step dependencies form no cycle and are respected by the windows; windows are at most maxWindowHours long; no step of a change not yet in progress lies in the past, and no done or cancelled change has steps still to come.",
  category: "process",
  defaultSeverity: "error",
  rationale: "Every other rule reads the plan as a schedule: which elements are at risk when, which step is verified before the next one starts. A plan whose dependencies loop, whose steps start before what they depend on has ended, or whose windows stretch over half a day cannot be run as written, and the gate would judge a schedule nobody will follow. Steps placed in the past are usually a copied plan whose dates were never updated.",
  optionsSchema: {
    type: "object",
    properties: {
      maxWindowHours: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 168,
        description: "Longest allowed step window, in hours; a longer window hides when the element is really at risk."
      }
    },
    additionalProperties: false
  },
  defaultOptions: DEFAULTS2,
  messages: {
    dependencyCycle: "the steps of {{changeId}} depend on each other in a cycle ({{cycleText}}, each waiting for the next), so none of them can start first. Remove one of these dependencies so that the order is well defined.",
    startsBeforeDependency: "step {{stepId}} starts at {{start}}, {{overlapMinutes}} minute(s) before step {{dependency}}, which it depends on, ends ({{dependencyEnd}}). Start {{stepId}} at or after {{dependencyEnd}}, or remove the dependency if it is not one.",
    windowTooLong: "the window of step {{stepId}} lasts {{hours}} hours ({{start}} to {{end}}), longer than the {{maxHours}} hours allowed: it no longer says when the targets are really at risk. Split the step or narrow its window to when the work happens.",
    stepInPast: "step {{stepId}} of {{changeId}} starts at {{start}}, before {{asOf}} (as of), but the change is {{state}}, not in progress, and its execution record shows no start. Reschedule the step, or set the state to in-progress if the change has started (the state is not part of the approved revision) and record what ran.",
    closedWithFutureSteps: "{{changeId}} is {{state}}, but {{futureSteps}} of its steps end after {{asOf}} (as of), the first being {{stepId}} at {{start}}: {{state}} changes are taken off the timeline, so no rule judges these steps. If the work is still to come, set the state back to proposed, approved or scheduled; if it ran, record the dates it ran."
  },
  waivable: true,
  check(context) {
    const { options, asOf } = context;
    for (const change of context.network.allChanges) {
      if (asOf === void 0 || change.state !== "done" && change.state !== "cancelled" || !context.wants(change.id)) continue;
      const future = change.steps.filter((s) => s.window.end > asOf).sort(compareSteps);
      const first = future[0];
      if (!first) continue;
      context.reportStep(first, {
        messageId: "closedWithFutureSteps",
        at: { file: first.window.at.file, pointer: first.window.at.pointer + "/start" },
        data: { changeId: change.id, stepId: first.id, state: change.state, futureSteps: future.length, start: context.formatInstant(first.window.start), asOf: context.formatInstant(asOf) },
        // A change cancelled before it ran keeps its planned dates: worth a word, not a block. A change
        // marked done before its steps have run is a contradiction, judged at the rule's severity.
        ...change.state === "cancelled" ? { maxSeverity: "warning" } : {}
      });
    }
    for (const change of context.network.changes) {
      if (!context.wants(change.id)) continue;
      const byId = new Map(change.steps.map((s) => [s.id, s]));
      const inCycle = /* @__PURE__ */ new Map();
      for (const component of cyclicComponents(change)) {
        const first = component[0];
        const cycle = shortestCycle(first, component);
        const members = new Set(component.map((s) => s.id));
        for (const s of component) inCycle.set(s.id, members);
        const k = first.dependsOn.indexOf(cycle[1]);
        context.reportStep(first, {
          messageId: "dependencyCycle",
          at: { file: first.at.file, pointer: `${first.at.pointer}/dependsOn${k >= 0 ? `/${k}` : ""}` },
          data: { changeId: change.id, stepId: first.id, cycle, cycleText: cycle.join(" -> "), steps: component.map((s) => s.id) }
        });
      }
      for (const step of change.steps) {
        step.dependsOn.forEach((depId, k) => {
          const dep = byId.get(depId);
          if (!dep || inCycle.get(step.id)?.has(depId)) return;
          if (step.window.start >= dep.window.end) return;
          context.reportStep(step, {
            messageId: "startsBeforeDependency",
            at: { file: step.at.file, pointer: `${step.at.pointer}/dependsOn/${k}` },
            data: {
              changeId: change.id,
              stepId: step.id,
              dependency: dep.id,
              start: context.formatInstant(step.window.start),
              dependencyEnd: context.formatInstant(dep.window.end),
              overlapMinutes: Math.round((dep.window.end - step.window.start) / 6e4)
            }
          });
        });
        const length = step.window.end - step.window.start;
        if (length > options.maxWindowHours * HOUR3) {
          context.reportStep(step, {
            messageId: "windowTooLong",
            at: step.window.at,
            data: {
              changeId: change.id,
              stepId: step.id,
              hours: Math.round(length / HOUR3 * 100) / 100,
              maxHours: options.maxWindowHours,
              start: context.formatInstant(step.window.start),
              end: context.formatInstant(step.window.end)
            }
          });
        }
        const started = change.record?.steps.get(step.id);
        if (asOf !== void 0 && change.state !== "in-progress" && step.window.start < asOf && !(started && started.start <= asOf)) {
          context.reportStep(step, {
            messageId: "stepInPast",
            at: { file: step.window.at.file, pointer: step.window.at.pointer + "/start" },
            data: { changeId: change.id, stepId: step.id, state: change.state, start: context.formatInstant(step.window.start), asOf: context.formatInstant(asOf) }
          });
        }
      }
    }
  }
});

// rules/policy-loosening.ts
var policy_loosening_default = defineRule({
  id: "policy-loosening",
  title: "Loosening the gate is a change that needs a verified CAB approval",
  summary: "With a base (check --base, the GitHub Action), every change that weakens the gate (a raised threshold, a lowered severity, a wider window, a removed freeze, a newly qualified version, a removed known-bad entry, a new waiver, changed approvers or gate scope) is reported on its line with the change requests whose verdict it flips; it blocks unless a verified approver with the cab role approved the pull request.",
  category: "process",
  defaultSeverity: "error",
  rationale: "A safety gate is worth what its rules are worth. A pull request that plans a dangerous change and, in the same diff, raises maxAtRisk, widens a maintenance window, qualifies a version or adds a waiver passes a gate that judges the head alone: the plan meets the rules it just rewrote. Editing the rules of the safety system deserves the scrutiny of the riskiest change it would admit, so each loosening is judged against the base branch, shows which change requests it lets through (the head judged with the base policy, catalog and waivers, then with its own), and needs the verified approval of someone holding the CAB role who did not author it.",
  optionsSchema: EMPTY_OPTIONS_SCHEMA,
  defaultOptions: {},
  messages: {
    loosened: "{{what}}. This pull request loosens the gate: a change to the safety system that needs a verified approval from someone holding the {{role}} role ({{roleHolders}}) who did not author it; {{verifiedNote}}. {{flipNote}}",
    approvedLoosening: "{{what}}. This loosening of the gate is approved by {{approvedBy}} ({{role}}, verified). {{flipNote}}"
  },
  waivable: false
});

// rules/execution-record.ts
var RUNNABLE_STATES = /* @__PURE__ */ new Set(["approved", "scheduled", "in-progress"]);
function recordAt(step, execution, field = "") {
  const at = execution.record?.at ?? step.at;
  return { file: at.file, pointer: at.pointer + field };
}
function extraTargets(network, step, execution) {
  const actual = execution.record?.targets;
  if (!actual) return [];
  const planned = targetsOf(network, step);
  const done = targetsOf(network, { ...step, key: `${step.key}#record`, targets: actual });
  const plannedSet = /* @__PURE__ */ new Set([...planned.servers, ...planned.trunks]);
  const servers = done.servers.filter((s) => !plannedSet.has(s));
  const trunks = done.trunks.filter((t) => !plannedSet.has(t) && !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ""));
  return [...servers, ...trunks].sort();
}
function plannedTargets(network, step) {
  return [...targetsOf(network, step).servers, ...step.targets.trunks];
}
var execution_record_default = defineRule({
  id: "execution-record",
  title: "What was run is what was approved",
  summary: "The execution record agrees with the plan: each step ran inside its approved window, on its planned targets, after its dependencies ended ok and verified; a window that closed without its step, a failed step with steps still waiting on it, and a step left unverified block.",
  category: "process",
  defaultSeverity: "error",
  rationale: "A plan is approved for a slot, a set of targets and an order. Several outages began with a step brought forward outside its approved slot, or run after a failed one; on 2 June 2021 a routine procedure ran in the afternoon ahead of the peak instead of in a night window. The record (what actually happened) is what the next go/no-go checkpoint and the next review rely on, so a record that contradicts the plan means the plan the CAB approved is no longer the one being run: the change stops until it is re-planned and approved again. These findings cannot be waived.",
  optionsSchema: { type: "object", properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    startedBeforeWindow: "step {{stepId}} of {{changeId}} started {{actualStart}}, {{minutes}} minute(s) before its approved window opened ({{windowStart}}): it was brought forward outside its approved slot. Stop the change and have the CAB review what ran.",
    startedAfterWindow: "step {{stepId}} of {{changeId}} started {{actualStart}}, after its approved window closed ({{windowEnd}}). A step runs only inside its approved window; re-plan it with a new window and approval.",
    endedAfterWindow: "step {{stepId}} of {{changeId}} ended {{actualEnd}}, {{minutes}} minute(s) after its approved window closed ({{windowEnd}}): its targets were at risk outside the approved slot. Review why it overran before the next step.",
    overrunning: "step {{stepId}} of {{changeId}} started {{actualStart}} and is still running at {{asOf}}, after its approved window closed ({{windowEnd}}). Finish or roll it back now, and record its end.",
    otherTargets: "step {{stepId}} of {{changeId}} acted on {{extra}}, which its plan does not target (planned: {{planned}}). A step acts only on its approved targets; have the CAB review what ran.",
    startedBeforeDependency: "step {{stepId}} of {{changeId}} started {{actualStart}}, before step {{dependency}}, which it depends on, {{dependencyState}}. Steps run in their approved order: each waits for what it depends on to end ok and verified.",
    startedAfterFailedDependency: "step {{stepId}} of {{changeId}} started {{actualStart}} although step {{dependency}}, which it depends on, is recorded {{dependencyStatus}}{{unverifiedNote}}. A step never runs after a failed one; stop and re-plan.",
    blockedByFailure: "step {{stepId}} of {{changeId}} depends on step {{dependency}}, which is recorded {{dependencyStatus}}{{unverifiedNote}}: it cannot run as planned. Re-plan the rest of the change (a new revision, approved again) or cancel it.",
    missedWindow: "the approved window of step {{stepId}} of {{changeId}} closed at {{windowEnd}} (before {{asOf}}, as of) and the record shows the step never started. It cannot run outside that window: re-plan it with a new window (approved again) or cancel the change.",
    unverified: "step {{stepId}} of {{changeId}} ended ok at {{actualEnd}}, but the record shows no answered test call to {{numbers}}, which its verification plans. Place the test calls and record them (changegate record --test-call) before anything depends on this step.",
    ranWithoutApproval: "the record shows step {{stepId}} of {{changeId}} started {{actualStart}}, but the change is {{state}}: steps run only once the change is approved. Have the CAB review what ran."
  },
  waivable: false,
  check(context) {
    const { network, asOf } = context;
    for (const change of network.changes) {
      if (!change.record && change.state !== "in-progress" || !context.wants(change.id)) continue;
      checkChange(context, change, asOf);
    }
  }
});
function checkChange(context, change, asOf) {
  const { network } = context;
  const fmt = (ms) => context.formatInstant(ms);
  const executions = changeExecution(change, asOf);
  const base = (step) => ({ changeId: change.id, stepId: step.id });
  for (const step of change.steps) {
    const execution = executions.get(step.id);
    const { window } = step;
    if (execution.status === "planned") {
      const failed = failedDependencies(step, executions)[0];
      if (failed) {
        context.reportStep(step, {
          messageId: "blockedByFailure",
          at: { file: step.at.file, pointer: `${step.at.pointer}/dependsOn/${step.dependsOn.indexOf(failed.step)}` },
          data: { ...base(step), dependency: failed.step, dependencyStatus: failed.status, unverifiedNote: unverifiedNote(failed) }
        });
      } else if (asOf !== void 0 && window.end <= asOf) {
        context.reportStep(step, { messageId: "missedWindow", at: { file: step.at.file, pointer: window.at.pointer + "/end" }, data: { ...base(step), windowEnd: fmt(window.end), asOf: fmt(asOf) } });
      }
      continue;
    }
    const record2 = execution.record;
    if (!record2) continue;
    const actualStart = fmt(execution.start);
    if (!RUNNABLE_STATES.has(change.state)) {
      context.reportStep(step, { messageId: "ranWithoutApproval", at: recordAt(step, execution, "/start"), data: { ...base(step), actualStart, state: change.state } });
    }
    if (execution.start < window.start) {
      context.reportStep(step, {
        messageId: "startedBeforeWindow",
        at: recordAt(step, execution, "/start"),
        data: { ...base(step), actualStart, windowStart: fmt(window.start), minutes: Math.ceil((window.start - execution.start) / 6e4) }
      });
    } else if (execution.start >= window.end) {
      context.reportStep(step, { messageId: "startedAfterWindow", at: recordAt(step, execution, "/start"), data: { ...base(step), actualStart, windowEnd: fmt(window.end) } });
    } else if (execution.status === "running" && asOf !== void 0 && asOf > window.end) {
      context.reportStep(step, { messageId: "overrunning", at: recordAt(step, execution, "/start"), data: { ...base(step), actualStart, windowEnd: fmt(window.end), asOf: fmt(asOf) } });
    } else if (isFinished(execution.status) && execution.end > window.end) {
      context.reportStep(step, {
        messageId: "endedAfterWindow",
        at: recordAt(step, execution, "/end"),
        data: { ...base(step), actualEnd: fmt(execution.end), windowEnd: fmt(window.end), minutes: Math.ceil((execution.end - window.end) / 6e4) }
      });
    }
    const extra = extraTargets(network, step, execution);
    if (extra.length > 0) {
      context.reportStep(step, { messageId: "otherTargets", at: recordAt(step, execution, "/targets"), atKey: true, data: { ...base(step), extra, planned: plannedTargets(network, step) } });
    }
    step.dependsOn.forEach((depId) => {
      const dep = executions.get(depId);
      if (!dep) return;
      if (isFinished(dep.status) && !dep.succeeded && dep.end <= execution.start) {
        context.reportStep(step, {
          messageId: "startedAfterFailedDependency",
          at: recordAt(step, execution, "/start"),
          data: { ...base(step), actualStart, dependency: depId, dependencyStatus: dep.status, unverifiedNote: unverifiedNote({ status: dep.status, unansweredCalls: dep.unansweredCalls }) }
        });
      } else if (!isFinished(dep.status) || dep.end > execution.start) {
        const dependencyState = dep.status === "planned" ? "had started" : isFinished(dep.status) ? `ended (${fmt(dep.end)})` : "had ended (it is still running)";
        context.reportStep(step, { messageId: "startedBeforeDependency", at: recordAt(step, execution, "/start"), data: { ...base(step), actualStart, dependency: depId, dependencyState } });
      }
    });
    if (execution.status === "ok" && execution.unansweredCalls.length > 0) {
      context.reportStep(step, { messageId: "unverified", at: recordAt(step, execution, "/result"), data: { ...base(step), actualEnd: fmt(execution.end), numbers: execution.unansweredCalls } });
    }
  }
}
function unverifiedNote(dep) {
  return dep.status === "ok" ? ` but unverified (no answered test call to ${dep.unansweredCalls.join(", ")})` : "";
}

// rules/index.ts
var defaultRules = [
  ...INPUT_RULES,
  // -- invariant rules list --
  redundancy_group_concurrency_default,
  canary_and_soak_default,
  surviving_capacity_default,
  emergency_route_diversity_default,
  change_collision_default,
  capacity_end_state_default,
  // -- process rules list --
  maintenance_window_default,
  rollback_plan_default,
  post_step_verification_default,
  stakeholder_notification_default,
  drain_before_isolate_default,
  risk_classification_default,
  approvals_default,
  software_qualification_default,
  plan_consistency_default,
  // -- comparison rules list --
  policy_loosening_default,
  execution_record_default
];
var ALL_RULES = defaultRules;

export {
  overloadedGroup,
  overloadedAlongside,
  allowedSpans,
  policy_loosening_default,
  defaultRules,
  ALL_RULES
};
