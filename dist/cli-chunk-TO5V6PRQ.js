import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  stepExecution
} from "./cli-chunk-IK2H635M.js";
import {
  dayTypeOf,
  localHourStarts,
  localParts
} from "./cli-chunk-45VVUP2D.js";

// src/timeline/types.ts
function proofKey(group, platform, signature) {
  return `${group}|${platform}|${signature}`;
}
function stepKey(step) {
  return step.key ?? `${step.changeId}#${step.id}`;
}

// src/timeline/compare.ts
function compareSteps(a, b) {
  return a.window.start - b.window.start || (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/timeline/targets.ts
var targetIndexes = /* @__PURE__ */ new WeakMap();
function targetIndex(network) {
  let index = targetIndexes.get(network.inventory);
  if (!index) {
    index = { serversBySite: /* @__PURE__ */ new Map(), trunksByServer: /* @__PURE__ */ new Map(), singleServer: /* @__PURE__ */ new Map() };
    for (const server of network.inventory.callServers.values()) {
      const list = index.serversBySite.get(server.site) ?? [];
      list.push(server.id);
      index.serversBySite.set(server.site, list);
    }
    for (const trunk of network.inventory.trunks.values()) {
      const list = index.trunksByServer.get(trunk.callServer) ?? [];
      list.push(trunk.id);
      index.trunksByServer.set(trunk.callServer, list);
    }
    targetIndexes.set(network.inventory, index);
  }
  return index;
}
function resolveTargets(network, step) {
  const inv = network.inventory;
  const index = targetIndex(network);
  const servers = new Set(step.targets.callServers.filter((s) => inv.callServers.has(s)));
  for (const site of step.targets.sites) for (const server of index.serversBySite.get(site) ?? []) servers.add(server);
  const trunks = new Set(step.targets.trunks.filter((t) => inv.trunks.has(t)));
  for (const server of servers) for (const trunk of index.trunksByServer.get(server) ?? []) trunks.add(trunk);
  return { servers: [...servers].sort(), trunks: [...trunks].sort() };
}
var cache = /* @__PURE__ */ new WeakMap();
function targetsOf(network, step) {
  const { sites, callServers, trunks } = step.targets;
  if (callServers.length === 1 && sites.length === 0 && trunks.length === 0) {
    const server = callServers[0];
    const shared = targetIndex(network).singleServer;
    let targets2 = shared.get(server);
    if (!targets2) {
      const resolved = resolveTargets(network, step);
      targets2 = Object.freeze({ servers: Object.freeze(resolved.servers), trunks: Object.freeze(resolved.trunks) });
      shared.set(server, targets2);
    }
    return targets2;
  }
  let byStep = cache.get(network.inventory);
  if (!byStep) cache.set(network.inventory, byStep = /* @__PURE__ */ new Map());
  let targets = byStep.get(step);
  if (!targets) byStep.set(step, targets = resolveTargets(network, step));
  return targets;
}

// src/core/collections.ts
function addEach(set, list) {
  for (let i = 0; i < list.length; i++) set.add(list[i]);
  return set;
}

// src/timeline/rollout-members.ts
function rolloutMembers(network, exposure) {
  const members = reachedServers(network, exposure);
  return members === exposure.servers ? members.slice() : members;
}
function reachedServers(network, exposure) {
  if (exposure.step.targets.trunks.length === 0 && strictlyAscending(exposure.servers)) return exposure.servers;
  const members = addEach(/* @__PURE__ */ new Set(), exposure.servers);
  for (const id of exposure.step.targets.trunks) {
    const trunk = network.inventory.trunks.get(id);
    if (trunk) members.add(trunk.callServer);
  }
  return [...members].sort();
}
function strictlyAscending(list) {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

// src/timeline/build.ts
var HOUR = 36e5;
function signatureOf(step) {
  if (step.action === "software-upgrade" && step.software) return `software-upgrade:${step.software.version}`;
  if (step.action === "config-push" || step.action === "reconnection") {
    return step.procedure ? `${step.action}:${step.procedure}` : `${step.action} without a procedure identifier in ${step.changeId}`;
  }
  return void 0;
}
var ForecastReader = class {
  constructor(network) {
    this.network = network;
    const argmax = (values) => values.reduce((best, v, i) => v > (values[best] ?? -1) ? i : best, 0);
    const p = network.forecast.profiles;
    this.peakHour = {
      weekday: argmax(p.weekday.totalSessions),
      weekend: argmax(p.weekend.totalSessions),
      holiday: argmax(p.holiday.totalSessions)
    };
  }
  network;
  cache = /* @__PURE__ */ new Map();
  peakHour;
  hour(start) {
    let entry = this.cache.get(start);
    if (!entry) {
      const parts = localParts(start, this.network.forecast.timeZone);
      const dayType = dayTypeOf(parts, this.network.forecast.holidays);
      const profile = this.network.forecast.profiles[dayType];
      const h = parts.hour;
      entry = {
        values: [profile.totalSessions[h] ?? 0, profile.totalCps[h] ?? 0, profile.emergencySessions[h] ?? 0, profile.emergencyCps[h] ?? 0],
        label: `${parts.date}T${String(h).padStart(2, "0")}:00`,
        dayType
      };
      this.cache.set(start, entry);
    }
    return entry;
  }
  /** Busiest local hour overlapping [start, end): the values of the hour with the most sessions. */
  busiest(start, end) {
    let best;
    for (const h of localHourStarts(start, end, this.network.forecast.timeZone)) {
      const entry = this.hour(h);
      if (!best || entry.values[0] > best.values[0]) best = entry;
    }
    const chosen = best ?? this.hour(start);
    return {
      totalSessions: chosen.values[0],
      totalCps: chosen.values[1],
      emergencySessions: chosen.values[2],
      emergencyCps: chosen.values[3],
      busiestHour: chosen.label,
      dayType: chosen.dayType
    };
  }
  /**
   * End of the first daily peak hour that starts at or after `t` (the whole peak hour lies after `t`),
   * searched over the next eight local days; undefined if none is found there.
   */
  firstPeakEndAfter(t) {
    if (this.peakEnds.has(t)) return this.peakEnds.get(t);
    const found = this.searchPeakEndAfter(t);
    this.peakEnds.set(t, found);
    return found;
  }
  peakEnds = /* @__PURE__ */ new Map();
  searchPeakEndAfter(t) {
    const zone = this.network.forecast.timeZone;
    const end = t + 8 * 24 * HOUR;
    const [first] = localHourStarts(t, t + 1, zone, 1);
    if (first === void 0) return void 0;
    for (let h = first, n = 0; h < end && n < 8 * 24 + 2; h += HOUR, n++) {
      if (h < t) continue;
      const parts = localParts(h, zone);
      if (parts.minute === 0 && parts.hour === this.peakHour[dayTypeOf(parts, this.network.forecast.holidays)]) return h + HOUR;
    }
    return void 0;
  }
  /** Start instants of the daily traffic peaks between two instants. */
  peaksBetween(start, end) {
    const zone = this.network.forecast.timeZone;
    const peaks = [];
    const [first] = localHourStarts(start, start + 1, zone, 1);
    for (let t = first ?? start; t <= end && peaks.length < 400; t += HOUR) {
      const parts = localParts(t, zone);
      const dayType = dayTypeOf(parts, this.network.forecast.holidays);
      if (parts.hour === this.peakHour[dayType] && parts.minute === 0 && t >= start) peaks.push(t);
    }
    return peaks;
  }
};
var TrunksAtRisk = class {
  constructor(inventoryTrunks, servers, named, lists) {
    this.inventoryTrunks = inventoryTrunks;
    this.servers = servers;
    this.named = named;
    this.lists = lists;
  }
  inventoryTrunks;
  servers;
  named;
  lists;
  all;
  has(trunk) {
    if (this.all !== void 0) return this.all.has(trunk);
    if (this.named?.has(trunk)) return true;
    const server = this.inventoryTrunks.get(trunk)?.callServer;
    return server !== void 0 && this.servers.has(server);
  }
  built() {
    if (this.all === void 0) {
      const all = /* @__PURE__ */ new Set();
      for (const list of this.lists) addEach(all, list);
      this.all = all;
    }
    return this.all;
  }
  get size() {
    return this.built().size;
  }
  forEach(callback, thisArg) {
    for (const trunk of this.built()) callback.call(thisArg, trunk, trunk, this);
  }
  entries() {
    return this.built().entries();
  }
  keys() {
    return this.built().keys();
  }
  values() {
    return this.built().values();
  }
  [Symbol.iterator]() {
    return this.built()[Symbol.iterator]();
  }
};
var TimelineInterval = class {
  constructor(index, start, end, activeSteps, exposures, atRiskServers, atRiskTrunkSet, serverLoss, unprovenServers, forecast) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.activeSteps = activeSteps;
    this.exposures = exposures;
    this.atRiskServers = atRiskServers;
    this.atRiskTrunkSet = atRiskTrunkSet;
    this.serverLoss = serverLoss;
    this.unprovenServers = unprovenServers;
    this.forecast = forecast;
  }
  index;
  start;
  end;
  activeSteps;
  exposures;
  atRiskServers;
  atRiskTrunkSet;
  serverLoss;
  unprovenServers;
  forecast;
  sortedTrunks;
  get atRiskTrunks() {
    return this.sortedTrunks ??= [...this.atRiskTrunkSet].sort();
  }
};
function buildTimeline(network, options) {
  const soakMs = options.soakHours * HOUR;
  const forecast = new ForecastReader(network);
  const steps = network.changes.flatMap((c) => c.steps).sort(compareSteps);
  const serverGroup = /* @__PURE__ */ new Map();
  for (const server of network.inventory.callServers.values()) serverGroup.set(server.id, server.redundancyGroup);
  const records = new Map(network.changes.map((c) => [c.id, c.record]));
  const planEnd = steps.reduce((end, s) => Math.max(end, s.window.end), Number.NEGATIVE_INFINITY);
  const exposures = /* @__PURE__ */ new Map();
  for (const step of steps) {
    const { servers, trunks } = targetsOf(network, step);
    const signature = signatureOf(step);
    const execution = stepExecution(step, records.get(step.changeId)?.steps.get(step.id), options.asOf);
    let exposureEnd = execution.end;
    if (execution.status === "rolled-back") exposureEnd += (step.rollback?.recovery?.minutes ?? 0) * 6e4;
    if (execution.status === "failed" || execution.status === "aborted") exposureEnd = Math.max(exposureEnd, planEnd);
    exposures.set(stepKey(step), {
      step,
      execution,
      start: execution.start,
      end: execution.end,
      servers,
      trunks,
      // Always present (undefined when none): one hidden class for every exposure.
      signature,
      exposureEnd,
      unproven: false
    });
  }
  const byStart = (a, b) => a.start - b.start || compareSteps(a.step, b.step);
  const proofs = recordedProofs(network, options, forecast);
  const platformOf = (server) => network.inventory.callServers.get(server)?.platform ?? "";
  const rolloutMap = /* @__PURE__ */ new Map();
  for (const exposure of exposures.values()) {
    const signature = exposure.signature;
    if (!signature) continue;
    const members = reachedServers(network, exposure);
    for (let i = 0; i < members.length; i++) {
      const group = serverGroup.get(members[i]);
      if (group === void 0) continue;
      let bySignature = rolloutMap.get(group);
      if (!bySignature) rolloutMap.set(group, bySignature = /* @__PURE__ */ new Map());
      let rollout = bySignature.get(signature);
      if (!rollout) bySignature.set(signature, rollout = { key: `${group}\0${signature}`, list: [], reached: [] });
      if (rollout.list[rollout.list.length - 1] !== exposure) {
        rollout.list.push(exposure);
        rollout.reached.push(members);
      }
    }
  }
  const rolloutEntries = [];
  for (const bySignature of rolloutMap.values()) for (const entry of bySignature.values()) rolloutEntries.push(entry);
  const memberSets = /* @__PURE__ */ new Map();
  const rollouts = [];
  for (const { key, list, reached: reachedByStep } of rolloutEntries.sort((a, b) => a.key < b.key ? -1 : 1)) {
    const [group, signature] = key.split("\0");
    const members = network.inventory.redundancyGroups.get(group)?.members ?? [];
    let memberSet = memberSets.get(group);
    if (!memberSet) memberSets.set(group, memberSet = new Set(members));
    const reached = /* @__PURE__ */ new Set();
    for (const stepMembers of reachedByStep) {
      for (let i = 0; i < stepMembers.length; i++) if (memberSet.has(stepMembers[i])) reached.add(stepMembers[i]);
    }
    const platforms = [...new Set([...reached].map(platformOf))];
    if (platforms.length > 0 && platforms.every((p) => proofs.has(proofKey(group, p, signature)))) continue;
    const version = signature.startsWith("software-upgrade:") ? signature.slice("software-upgrade:".length) : void 0;
    const alreadyRunning = version !== void 0 && platforms.length > 0 && platforms.every((p) => members.some((m) => !reached.has(m) && platformOf(m) === p && network.inventory.callServers.get(m)?.softwareVersion === version));
    if (alreadyRunning) continue;
    list.sort(byStart);
    const canary = list[0];
    const soakEnd = canary.end + soakMs;
    const outcome = canary.execution;
    const canaryFailed = outcome.status !== "planned" && outcome.status !== "running" && !outcome.succeeded;
    const canaryPeakEnd = forecast.firstPeakEndAfter(canary.end);
    const soakSpansPeak = canaryPeakEnd !== void 0 && canaryPeakEnd <= soakEnd;
    const provenAt = canaryPeakEnd === void 0 || canaryFailed ? void 0 : Math.max(soakEnd, canaryPeakEnd);
    for (const exposure of list) {
      if (exposure === canary || provenAt === void 0 || exposure.start < provenAt) {
        exposure.unproven = true;
        const peakEnd = forecast.firstPeakEndAfter(exposure.end);
        exposure.exposureEnd = Math.max(exposure.exposureEnd, exposure.end + soakMs, peakEnd ?? 0);
      }
    }
    const rollout = { group, signature, steps: list, canary, provenAt, soakEnd, soakSpansPeak };
    if (canaryFailed) rollout.canaryOutcome = { status: outcome.status, unansweredCalls: outcome.unansweredCalls };
    rollouts.push(rollout);
  }
  const boundarySet = /* @__PURE__ */ new Set();
  for (const e of exposures.values()) {
    boundarySet.add(e.start);
    boundarySet.add(e.end);
    boundarySet.add(e.exposureEnd);
  }
  const boundaries = [...boundarySet].sort((a, b) => a - b);
  const starts = [...exposures.values()].sort(byStart);
  const active = /* @__PURE__ */ new Set();
  const inventoryTrunks = network.inventory.trunks;
  const intervals = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i];
    const end = boundaries[i + 1];
    while (next < starts.length && starts[next].start <= start) active.add(starts[next++]);
    const current = [];
    const activeSteps = [];
    for (const e of active) {
      if (e.exposureEnd <= start) {
        active.delete(e);
        continue;
      }
      current.push(e);
      if (e.end > start) activeSteps.push(e.step);
    }
    if (current.length === 0) continue;
    const servers = /* @__PURE__ */ new Set();
    const unproven = /* @__PURE__ */ new Set();
    const serverLoss = /* @__PURE__ */ new Map();
    const trunkLists = /* @__PURE__ */ new Set();
    let namedTrunks;
    for (const e of current) {
      const running = e.end > start;
      const loss = running ? e.step.capacityLoss : 1;
      const targetServers = e.servers;
      for (let i2 = 0; i2 < targetServers.length; i2++) {
        const s = targetServers[i2];
        servers.add(s);
        serverLoss.set(s, Math.max(serverLoss.get(s) ?? 0, loss));
        if (e.unproven) unproven.add(s);
      }
      trunkLists.add(e.trunks);
      const named = e.step.targets.trunks;
      for (let i2 = 0; i2 < named.length; i2++) if (inventoryTrunks.has(named[i2])) (namedTrunks ??= /* @__PURE__ */ new Set()).add(named[i2]);
    }
    const trunks = new TrunksAtRisk(inventoryTrunks, servers, namedTrunks, trunkLists);
    intervals.push(
      new TimelineInterval(intervals.length, start, end, activeSteps, current, [...servers].sort(), trunks, serverLoss, [...unproven].sort(), forecast.busiest(start, end))
    );
  }
  return { timeZone: network.policy.timeZone, intervals, exposures, rollouts, soakHours: options.soakHours, options, proofs };
}
function recordedProofs(network, options, forecast) {
  const proofs = new Map(options.qualified ?? []);
  const asOf = options.asOf;
  if (asOf === void 0) return proofs;
  const sharing = /* @__PURE__ */ new Map();
  for (const set of options.groupsSharingProof ?? []) for (const g of set) sharing.set(g, [.../* @__PURE__ */ new Set([...sharing.get(g) ?? [g], ...set])]);
  for (const change of network.allChanges) {
    if (change.state !== "done" || !change.record) continue;
    for (const step of [...change.steps].sort(compareSteps)) {
      const signature = signatureOf(step);
      if (!signature) continue;
      const execution = stepExecution(step, change.record.steps.get(step.id), asOf);
      if (!execution.succeeded) continue;
      const peakEnd = forecast.firstPeakEndAfter(execution.end);
      if (peakEnd === void 0 || peakEnd > asOf || execution.end + options.soakHours * HOUR > asOf) continue;
      const { servers } = targetsOf(network, step);
      for (const member of rolloutMembers(network, { servers, step })) {
        const server = network.inventory.callServers.get(member);
        if (!server) continue;
        for (const group of sharing.get(server.redundancyGroup) ?? [server.redundancyGroup]) {
          const key = proofKey(group, server.platform, signature);
          if (!proofs.has(key)) proofs.set(key, { group, platform: server.platform, signature, source: "record", evidence: stepKey(step) });
        }
      }
    }
  }
  return proofs;
}
function dailyPeaks(network, start, end) {
  return new ForecastReader(network).peaksBetween(start, end);
}

export {
  proofKey,
  stepKey,
  targetsOf,
  compareSteps,
  addEach,
  rolloutMembers,
  signatureOf,
  buildTimeline,
  dailyPeaks
};
