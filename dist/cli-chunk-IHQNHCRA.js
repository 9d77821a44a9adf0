import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  addEach,
  buildTimeline,
  compareSteps,
  proofKey,
  stepKey,
  targetsOf
} from "./cli-chunk-TO5V6PRQ.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";

// src/rule-api/rule.ts
function defineRule(rule) {
  return rule;
}
var EMPTY_OPTIONS_SCHEMA = { type: "object", properties: {}, additionalProperties: false };
function unwaivableMessageIds(rule) {
  if (!rule.waivable) return Object.keys(rule.messages);
  return [...rule.unwaivable ?? []];
}
function wantsSomeExposure(context, exposures) {
  if (exposures.length === 0) return true;
  for (const e of exposures) if (context.wants(e.step.changeId)) return true;
  return false;
}
function wantedChanges(context) {
  const { changes } = context.network;
  if (changes.every((c) => context.wants(c.id))) return void 0;
  return new Set(changes.filter((c) => context.wants(c.id)).map((c) => c.id));
}

// src/timeline/routes.ts
function stepsEmergencyReach(network, steps) {
  const index = routeIndex(network);
  const numbers = /* @__PURE__ */ new Set();
  const psaps = /* @__PURE__ */ new Set();
  const add = (routes) => {
    for (const route of routes ?? []) {
      numbers.add(route.number);
      psaps.add(route.psap);
    }
  };
  for (const step of steps) {
    for (const s of targetsOf(network, step).servers) {
      add(index.byServer.get(s));
      add(index.byTrunkServer.get(s));
    }
    for (const t of step.targets.trunks) if (network.inventory.trunks.has(t)) add(index.byTrunk.get(t));
  }
  return { numbers: sortNumbers([...numbers]), psaps: [...psaps].sort() };
}
var routeIndexes = /* @__PURE__ */ new WeakMap();
function routeIndex(network) {
  let index = routeIndexes.get(network.inventory);
  if (!index) {
    index = { byServer: /* @__PURE__ */ new Map(), byTrunk: /* @__PURE__ */ new Map(), byTrunkServer: /* @__PURE__ */ new Map(), emergencyTrunksByServer: /* @__PURE__ */ new Map() };
    const add = (map, id, value) => {
      const list = map.get(id);
      if (list) list.push(value);
      else map.set(id, [value]);
    };
    const inv = network.inventory;
    for (const number of inv.emergencyNumbers.values()) {
      for (const route of number.routes) {
        const entry = { number: number.number, psap: route.psap };
        add(index.byServer, route.callServer, entry);
        add(index.byTrunk, route.trunk, entry);
        const trunkServer = inv.trunks.get(route.trunk)?.callServer;
        if (trunkServer !== void 0) add(index.byTrunkServer, trunkServer, entry);
      }
    }
    for (const trunk of inv.trunks.values()) {
      if (trunk.emergency || index.byTrunk.has(trunk.id)) add(index.emergencyTrunksByServer, trunk.callServer, trunk.id);
    }
    routeIndexes.set(network.inventory, index);
  }
  return index;
}
function sortNumbers(numbers) {
  return numbers.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

// src/analysis/risk.ts
var RISK_DEFAULTS = {
  broadChangeSites: 3,
  commonModeStepSites: 3,
  minCapacityMargin: 0.2
};
var RISK_ORDER = ["low", "medium", "high", "critical"];
function riskRank(risk) {
  return RISK_ORDER.indexOf(risk);
}
function higherRisk(a, b) {
  return riskRank(a) >= riskRank(b) ? a : b;
}
function ownView(network, timeline, change) {
  const onTimeline = change.steps.length > 0 && change.steps.every((s) => timeline.exposures.has(stepKey(s)));
  let source = timeline;
  if (!onTimeline) {
    source = buildTimeline({ ...network, changes: [change] }, timeline.options);
  }
  const exposures = [...change.steps].sort(compareSteps).map((s) => source.exposures.get(stepKey(s))).filter((e) => e !== void 0);
  return { exposures, intervals: intervalsByChange(source).get(change.id) ?? [] };
}
var intervalIndex = /* @__PURE__ */ new WeakMap();
function intervalsByChange(timeline) {
  let index = intervalIndex.get(timeline);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const interval of timeline.intervals) {
      const own = /* @__PURE__ */ new Map();
      for (const e of interval.exposures) {
        const list = own.get(e.step.changeId);
        if (list) list.push(e);
        else own.set(e.step.changeId, [e]);
      }
      for (const [changeId, exposures] of own) {
        const list = index.get(changeId) ?? [];
        list.push({ start: interval.start, end: interval.end, forecast: interval.forecast, exposures });
        index.set(changeId, list);
      }
    }
    intervalIndex.set(timeline, index);
  }
  return index;
}
function sitesOf(network, exposure) {
  const inv = network.inventory;
  const sites = /* @__PURE__ */ new Set();
  for (let i = 0; i < exposure.servers.length; i++) {
    const site = inv.callServers.get(exposure.servers[i])?.site;
    if (site !== void 0) sites.add(site);
  }
  for (const t of exposure.step.targets.trunks) {
    const server = inv.trunks.get(t)?.callServer;
    const site = server !== void 0 ? inv.callServers.get(server)?.site : void 0;
    if (site !== void 0) sites.add(site);
  }
  return [...sites].sort();
}
function percent(fraction) {
  return `${Math.round(fraction * 100)}%`;
}
var baseCapacityCache = /* @__PURE__ */ new WeakMap();
function baseCapacity(network) {
  let base = baseCapacityCache.get(network.inventory);
  if (!base) {
    const perSite = /* @__PURE__ */ new Map();
    const total = { sessions: 0, cps: 0 };
    for (const server of network.inventory.callServers.values()) {
      const site = perSite.get(server.site) ?? { sessions: 0, cps: 0 };
      site.sessions += server.capacity.sessions;
      site.cps += server.capacity.cps;
      perSite.set(server.site, site);
      total.sessions += server.capacity.sessions;
      total.cps += server.capacity.cps;
    }
    const ids = [...perSite.keys()];
    const cap = (id) => perSite.get(id);
    base = {
      total,
      perSite,
      bySessions: [...ids].sort((a, b) => cap(b).sessions - cap(a).sessions),
      byCps: [...ids].sort((a, b) => cap(b).cps - cap(a).cps)
    };
    baseCapacityCache.set(network.inventory, base);
  }
  return base;
}
function capacityMargin(network, interval) {
  const loss = /* @__PURE__ */ new Map();
  for (const e of interval.exposures) {
    const l = e.step.window.end > interval.start ? e.step.capacityLoss : 1;
    for (let i = 0; i < e.servers.length; i++) {
      const s = e.servers[i];
      loss.set(s, Math.max(loss.get(s) ?? 0, l));
    }
  }
  const base = baseCapacity(network);
  const lost = /* @__PURE__ */ new Map();
  const total = { ...base.total };
  for (const [id, l] of loss) {
    const server = network.inventory.callServers.get(id);
    if (!server || l === 0) continue;
    const site = lost.get(server.site) ?? { sessions: 0, cps: 0 };
    site.sessions += server.capacity.sessions * l;
    site.cps += server.capacity.cps * l;
    lost.set(server.site, site);
    total.sessions -= server.capacity.sessions * l;
    total.cps -= server.capacity.cps * l;
  }
  const largest = (key, order) => {
    let best = 0;
    for (const [id, l] of lost) best = Math.max(best, (base.perSite.get(id)?.[key] ?? 0) - l[key]);
    const untouched = order.find((id) => !lost.has(id));
    if (untouched !== void 0) best = Math.max(best, base.perSite.get(untouched)?.[key] ?? 0);
    return best;
  };
  const margins = [];
  if (interval.forecast.totalSessions > 0) margins.push((total.sessions - largest("sessions", base.bySessions)) / interval.forecast.totalSessions - 1);
  if (interval.forecast.totalCps > 0) margins.push((total.cps - largest("cps", base.byCps)) / interval.forecast.totalCps - 1);
  return margins.length > 0 ? Math.min(...margins) : void 0;
}
var derivedCache = /* @__PURE__ */ new WeakMap();
function deriveRisk(network, timeline, change, options) {
  let byNetwork = derivedCache.get(timeline);
  if (!byNetwork) derivedCache.set(timeline, byNetwork = /* @__PURE__ */ new WeakMap());
  let byChange = byNetwork.get(network);
  if (!byChange) byNetwork.set(network, byChange = /* @__PURE__ */ new WeakMap());
  let byOptions = byChange.get(change);
  if (!byOptions) byChange.set(change, byOptions = /* @__PURE__ */ new Map());
  const key = `${options.broadChangeSites}|${options.commonModeStepSites}|${options.minCapacityMargin}`;
  let derived = byOptions.get(key);
  if (!derived) {
    derived = deriveRiskUncached(network, timeline, change, options);
    byOptions.set(key, derived);
  }
  return derived;
}
function deriveRiskUncached(network, timeline, change, options) {
  const inv = network.inventory;
  const { exposures, intervals } = ownView(network, timeline, change);
  const raise = [];
  const zone = network.policy.timeZone;
  const servers = /* @__PURE__ */ new Set();
  for (const e of exposures) addEach(servers, e.servers);
  const numbers = /* @__PURE__ */ new Set();
  const emergencyElements = /* @__PURE__ */ new Set();
  const routes = routeIndex(network);
  for (const s of servers) {
    const onRoutes = routes.byServer.get(s);
    if (!onRoutes) continue;
    for (const route of onRoutes) numbers.add(route.number);
    emergencyElements.add(s);
  }
  const emergencyTrunks = routes.emergencyTrunksByServer;
  const trunks = /* @__PURE__ */ new Set();
  for (const s of servers) for (const t of emergencyTrunks.get(s) ?? []) trunks.add(t);
  for (const e of exposures) for (const t of e.step.targets.trunks) if (inv.trunks.has(t)) trunks.add(t);
  for (const t of trunks) {
    const onRoutes = routes.byTrunk.get(t);
    if (!onRoutes) continue;
    for (const route of onRoutes) numbers.add(route.number);
    emergencyElements.add(t);
  }
  for (const s of servers) if (inv.callServers.get(s)?.emergency) emergencyElements.add(s);
  for (const t of trunks) if (inv.trunks.get(t)?.emergency) emergencyElements.add(t);
  const emergencyNumbers = [...numbers].sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : 1));
  const onEmergencyPath = emergencyElements.size > 0;
  if (onEmergencyPath) {
    raise.push({
      class: "medium",
      reason: emergencyNumbers.length > 0 ? `it touches the emergency path: routes of ${emergencyNumbers.length} emergency number(s) (${emergencyNumbers.join(", ")})` : `it touches ${emergencyElements.size} element(s) marked as carrying emergency calls`
    });
  }
  const allSites = /* @__PURE__ */ new Set();
  let widestStep;
  const siteLists = /* @__PURE__ */ new Map();
  const sitesOfExposure = (e) => {
    let sites2 = siteLists.get(e);
    if (!sites2) siteLists.set(e, sites2 = sitesOf(network, e));
    return sites2;
  };
  for (const e of exposures) {
    const sites2 = sitesOfExposure(e);
    sites2.forEach((s) => allSites.add(s));
    if (!widestStep || sites2.length > widestStep.sites.length) widestStep = { stepId: e.step.id, sites: sites2 };
  }
  const sites = [...allSites].sort();
  if (sites.length >= options.broadChangeSites) {
    raise.push({ class: "high", reason: `it touches ${sites.length} sites over the change (${sites.join(", ")}; high from ${options.broadChangeSites})` });
  }
  for (const e of exposures) {
    const stepSites = sitesOfExposure(e);
    if (stepSites.length < 2) continue;
    const groups = new Set(e.servers.map((s) => inv.callServers.get(s)?.redundancyGroup).filter((g) => g !== void 0));
    const wholeGroup = [...groups].find((g) => {
      const groupSites = new Set((inv.redundancyGroups.get(g)?.members ?? []).map((m) => inv.callServers.get(m)?.site));
      return groupSites.size >= 2 && [...groupSites].every((s) => s !== void 0 && stepSites.includes(s));
    });
    if (stepSites.length >= options.commonModeStepSites || wholeGroup !== void 0) {
      raise.push({
        class: "critical",
        reason: `step ${e.step.id} touches ${stepSites.length} sites at once (${stepSites.join(", ")})${wholeGroup !== void 0 ? `, every site of redundancy group ${wholeGroup}` : ""}: one mistake hits them all`
      });
    } else {
      raise.push({ class: "high", reason: `step ${e.step.id} touches ${stepSites.length} sites at once (${stepSites.join(", ")})` });
    }
  }
  const unproven = [];
  for (const e of exposures) {
    if (!e.unproven || e.signature === void 0) continue;
    const stepSites = sitesOfExposure(e);
    unproven.push({ stepId: e.step.id, signature: e.signature, sites: stepSites });
    const where = `step ${e.step.id} runs ${e.signature}, not yet proven on its redundancy group`;
    if (stepSites.length >= 2) raise.push({ class: "critical", reason: `${where}, on ${stepSites.length} sites at once` });
    else if (onEmergencyPath) raise.push({ class: "high", reason: `${where}, on the emergency path` });
    else raise.push({ class: "medium", reason: where });
  }
  let minCapacityMargin;
  let minMarginInterval;
  for (const interval of intervals) {
    const margin = capacityMargin(network, interval);
    if (margin !== void 0 && (minCapacityMargin === void 0 || margin < minCapacityMargin)) {
      minCapacityMargin = margin;
      minMarginInterval = { start: interval.start, end: interval.end };
    }
  }
  if (minCapacityMargin !== void 0 && minMarginInterval !== void 0 && minCapacityMargin < options.minCapacityMargin) {
    const when = `${formatInstant(minMarginInterval.start, zone)} to ${formatInstant(minMarginInterval.end, zone)}`;
    raise.push({
      class: minCapacityMargin < 0 ? "critical" : "high",
      reason: minCapacityMargin < 0 ? `with its losses and the largest remaining site down, capacity falls ${percent(-minCapacityMargin)} short of forecast traffic (${when})` : `with its losses and the largest remaining site down, the capacity margin over forecast traffic is only ${percent(minCapacityMargin)} (${when}; high below ${percent(options.minCapacityMargin)})`
    });
  }
  const derived = raise.reduce((acc, r) => higherRisk(acc, r.class), "low");
  const reasons = raise.map((r, i) => ({ ...r, i })).sort((a, b) => riskRank(b.class) - riskRank(a.class) || a.i - b.i).map((r) => `${r.reason} (${r.class})`);
  return {
    class: derived,
    reasons,
    factors: {
      emergencyNumbers,
      emergencyElements: [...emergencyElements].sort(),
      sites,
      widestStep,
      unproven,
      minCapacityMargin,
      minMarginInterval
    }
  };
}

// src/timeline/qualifications.ts
function countingApprovers(network, approvals, role) {
  const people = approvals.filter((a) => a.role === role && network.policy.approvers.get(a.by)?.roles.includes(role)).map((a) => a.by);
  return [...new Set(people)].sort();
}
function approvedQualifications(network, options) {
  const role = options.qualifyingRole;
  const required = options.qualificationApprovals;
  const proofs = /* @__PURE__ */ new Map();
  for (const q of network.catalog.qualifications) {
    if (countingApprovers(network, q.approvals, role).length < required) continue;
    for (const group of q.groups) {
      proofs.set(proofKey(group, q.platform, q.signature), { group, platform: q.platform, signature: q.signature, source: "qualification", evidence: `${q.at.file}#${q.at.pointer}` });
    }
  }
  return proofs;
}

// src/analysis/settings.ts
var InvalidSettingError = class extends Error {
  name = "InvalidSettingError";
};
function numberIn(options, key, fallback, min, max, integer = false) {
  const value = options?.[key];
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || integer && !Number.isInteger(value)) {
    throw new InvalidSettingError(`setting ${key} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}
var SOAK_DEFAULTS = { soakHours: 24, groupsSharingProof: [], qualifyingRole: "cab", qualificationApprovals: 2 };
function soakSettings(options) {
  const groups = options?.groupsSharingProof ?? SOAK_DEFAULTS.groupsSharingProof;
  if (!Array.isArray(groups) || !groups.every((set) => Array.isArray(set) && set.every((g) => typeof g === "string"))) {
    throw new InvalidSettingError(`setting groupsSharingProof must be a list of lists of redundancy group ids, got ${JSON.stringify(groups)}`);
  }
  const role = options?.qualifyingRole ?? SOAK_DEFAULTS.qualifyingRole;
  if (typeof role !== "string" || role === "") throw new InvalidSettingError(`setting qualifyingRole must be a role name, got ${JSON.stringify(role)}`);
  return {
    soakHours: numberIn(options, "soakHours", SOAK_DEFAULTS.soakHours, 0, 720),
    groupsSharingProof: groups,
    qualifyingRole: role,
    qualificationApprovals: numberIn(options, "qualificationApprovals", SOAK_DEFAULTS.qualificationApprovals, 1, 20, true)
  };
}
function timelineOptionsFor(network, soak, asOf) {
  return {
    soakHours: soak.soakHours,
    groupsSharingProof: soak.groupsSharingProof,
    qualified: approvedQualifications(network, soak),
    ...asOf !== void 0 ? { asOf } : {}
  };
}
var CAPACITY_DEFAULTS = { headroom: 0.2 };
function capacitySettings(options) {
  return { headroom: numberIn(options, "headroom", CAPACITY_DEFAULTS.headroom, 0, 10) };
}
function riskSettings(options) {
  return {
    broadChangeSites: numberIn(options, "broadChangeSites", RISK_DEFAULTS.broadChangeSites, 1, Number.MAX_SAFE_INTEGER, true),
    commonModeStepSites: numberIn(options, "commonModeStepSites", RISK_DEFAULTS.commonModeStepSites, 2, Number.MAX_SAFE_INTEGER, true),
    minCapacityMargin: numberIn(options, "minCapacityMargin", RISK_DEFAULTS.minCapacityMargin, 0, 10)
  };
}

// src/core/finding.ts
import { hash } from "node:crypto";
function concernsChange(f, changeId) {
  if (f.changeId === changeId) return true;
  const ids = f.data.changeIds;
  return Array.isArray(ids) && ids.includes(changeId);
}
var quotedKeys = /* @__PURE__ */ new Map();
var sortedOrders = /* @__PURE__ */ new Map();
var sortedOrderCount = 0;
function sortedKeys(keys) {
  const n = keys.length;
  if (n < 2) return keys;
  const first = keys[0];
  const known = sortedOrders.get(first);
  if (known !== void 0) {
    candidates: for (let c = 0; c < known.length; c += 2) {
      const seen = known[c];
      if (seen.length !== n) continue;
      for (let i = 1; i < n; i++) if (seen[i] !== keys[i]) continue candidates;
      return known[c + 1];
    }
  }
  const sorted = keys.slice().sort();
  if (sortedOrderCount < 4096 && (known === void 0 || known.length < 32)) {
    sortedOrderCount++;
    if (known === void 0) sortedOrders.set(first, [keys, sorted]);
    else known.push(keys, sorted);
  }
  return sorted;
}
function stableStringify(value) {
  switch (typeof value) {
    case "string":
    case "number":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      return "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    let out2 = "[" + stableStringify(value[0]);
    for (let i = 1; i < value.length; i++) out2 += "," + stableStringify(value[i]);
    return out2 + "]";
  }
  const record = value;
  const keys = sortedKeys(Object.keys(record));
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let quoted = quotedKeys.get(key);
    if (quoted === void 0) {
      quoted = JSON.stringify(key) + ":";
      if (quotedKeys.size < 1e4) quotedKeys.set(key, quoted);
    }
    out += (i > 0 ? "," : "") + quoted + stableStringify(record[key]);
  }
  return out + "}";
}
function sha256Hex(text) {
  return hash("sha256", text, "hex");
}
function fingerprintOf(f) {
  return sha256Hex(stableStringify([f.ruleId, f.messageId, f.file, f.path, f.data])).slice(0, 24);
}
var compiledTemplates = /* @__PURE__ */ new Map();
function compileTemplate(template) {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/(\{\{\s*([A-Za-z0-9_]+)\s*\}\})/);
    if (compiledTemplates.size < 1e4) compiledTemplates.set(template, parts);
  }
  return parts;
}
function interpolate(template, data) {
  const parts = compileTemplate(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    if (!Object.hasOwn(data, name)) out += parts[i];
    else {
      const value = data[name];
      out += Array.isArray(value) ? value.join(", ") : String(value);
    }
    out += parts[i + 2];
  }
  return out;
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}
var FINDING_LIST_LIMIT = 10;
function listedAndCounted(items, limit = FINDING_LIST_LIMIT) {
  const listed = items.slice(0, limit);
  const text = items.length > listed.length ? `${listed.join(", ")} and ${items.length - listed.length} more` : listed.join(", ");
  return { listed, count: items.length, text };
}

// src/analysis/capacity.ts
var CAPACITY_METRICS = ["sessions", "cps", "trunkSessions"];
var EPSILON = 1e-6;
var ZERO = Object.freeze({ sessions: 0, cps: 0, trunkSessions: 0 });
function roundDown(x) {
  return Math.max(0, Math.floor(x + EPSILON));
}
function roundUp(x) {
  return Math.max(0, Math.ceil(x - EPSILON));
}
function lastAtOrBefore(sorted, t) {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function prefix(events) {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const out = { at: [], sessions: [], cps: [] };
  let s = 0;
  let c = 0;
  for (const e of sorted) {
    s += e.sessions;
    c += e.cps;
    out.at.push(e.at);
    out.sessions.push(s);
    out.cps.push(c);
  }
  return out;
}
function deltaAt(p, t) {
  if (!p) return { sessions: 0, cps: 0 };
  const i = lastAtOrBefore(p.at, t);
  return i < 0 ? { sessions: 0, cps: 0 } : { sessions: p.sessions[i], cps: p.cps[i] };
}
function inScope(network, serverId, scope) {
  return scope === "all" || network.inventory.callServers.get(serverId)?.emergency === true;
}
function trunkInScope(network, trunkId, scope) {
  const trunk = network.inventory.trunks.get(trunkId);
  if (!trunk) return false;
  return scope === "all" || trunk.emergency && inScope(network, trunk.callServer, scope);
}
function buildCapacityIndex(network, timeline) {
  const inv = network.inventory;
  const events = /* @__PURE__ */ new Map();
  for (const exposure of timeline.exposures.values()) {
    const step = exposure.step;
    if (step.action !== "capacity-add" && step.action !== "capacity-remove" || !step.capacityChange) continue;
    if (exposure.execution && exposure.execution.status !== "planned" && exposure.execution.status !== "running" && exposure.execution.status !== "ok") continue;
    for (let i = 0; i < exposure.servers.length; i++) {
      const server = exposure.servers[i];
      const list = events.get(server) ?? [];
      list.push({ at: exposure.end ?? step.window.end, sessions: step.capacityChange.sessions, cps: step.capacityChange.cps, changeId: step.changeId, stepId: step.id });
      events.set(server, list);
    }
  }
  for (const list of events.values()) list.sort((a, b) => a.at - b.at || (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0));
  const perServer = /* @__PURE__ */ new Map();
  for (const [server, list] of events) perServer.set(server, prefix(list));
  const siteServers = /* @__PURE__ */ new Map();
  for (const server of inv.callServers.values()) {
    const list = siteServers.get(server.site) ?? [];
    list.push(server.id);
    siteServers.set(server.site, list);
  }
  const siteIds = [...siteServers.keys()].sort();
  const trunkSessionsBySite = { all: /* @__PURE__ */ new Map(), emergency: /* @__PURE__ */ new Map() };
  for (const trunk of inv.trunks.values()) {
    const site = inv.callServers.get(trunk.callServer)?.site;
    if (site === void 0) continue;
    for (const scope of ["all", "emergency"]) {
      if (!trunkInScope(network, trunk.id, scope)) continue;
      const m = trunkSessionsBySite[scope];
      m.set(site, (m.get(site) ?? 0) + trunk.capacity.sessions);
    }
  }
  const siteIndex = { all: /* @__PURE__ */ new Map(), emergency: /* @__PURE__ */ new Map() };
  for (const scope of ["all", "emergency"]) {
    for (const site of siteIds) {
      const servers = (siteServers.get(site) ?? []).filter((s) => inScope(network, s, scope));
      const base = { sessions: 0, cps: 0 };
      const merged = [];
      let exact = true;
      for (const id of servers) {
        const server = inv.callServers.get(id);
        if (!server) continue;
        base.sessions += server.capacity.sessions;
        base.cps += server.capacity.cps;
        const list = events.get(id) ?? [];
        merged.push(...list);
        const p = perServer.get(id);
        if (p && p.sessions.some((v, i) => server.capacity.sessions + v < 0 || server.capacity.cps + p.cps[i] < 0)) exact = false;
      }
      siteIndex[scope].set(site, { base, changes: prefix(merged), exact, servers });
    }
  }
  const serverAt = (serverId, instant) => {
    const server = inv.callServers.get(serverId);
    if (!server) return { sessions: 0, cps: 0 };
    const d = deltaAt(perServer.get(serverId), instant);
    return { sessions: Math.max(0, server.capacity.sessions + d.sessions), cps: Math.max(0, server.capacity.cps + d.cps) };
  };
  return {
    siteIds,
    serverAt,
    changesOf: (serverId) => events.get(serverId) ?? [],
    siteTotalsAt(site, instant, scope) {
      const entry = siteIndex[scope].get(site);
      const trunkSessions = trunkSessionsBySite[scope].get(site) ?? 0;
      if (!entry) return { sessions: 0, cps: 0, trunkSessions };
      if (!entry.exact) {
        let sessions = 0;
        let cps = 0;
        for (const id of entry.servers) {
          const c = serverAt(id, instant);
          sessions += c.sessions;
          cps += c.cps;
        }
        return { sessions, cps, trunkSessions };
      }
      const d = deltaAt(entry.changes, instant);
      return { sessions: entry.base.sessions + d.sessions, cps: entry.base.cps + d.cps, trunkSessions };
    }
  };
}
var INDEX_CACHE = /* @__PURE__ */ new WeakMap();
function capacityIndexFor(network, timeline) {
  let index = INDEX_CACHE.get(timeline);
  if (!index) {
    index = buildCapacityIndex(network, timeline);
    INDEX_CACHE.set(timeline, index);
  }
  return index;
}
function lossesOf(network, exposures, instant) {
  const servers = /* @__PURE__ */ new Map();
  const trunks = /* @__PURE__ */ new Map();
  const sites = /* @__PURE__ */ new Set();
  const lossOf = (e) => (e.start ?? e.step.window.start) <= instant && (e.end ?? e.step.window.end) > instant ? e.step.capacityLoss : 1;
  for (const e of exposures) {
    const loss = lossOf(e);
    for (let i = 0; i < e.servers.length; i++) {
      const s = e.servers[i];
      servers.set(s, Math.max(servers.get(s) ?? 0, loss));
    }
    for (const site of e.step.targets.sites) sites.add(site);
  }
  const ordered = [];
  for (const e of exposures) {
    const loss = lossOf(e);
    const facts = trunkFactsList(network, e.trunks);
    for (let i = 0; i < e.trunks.length; i++) {
      const t = e.trunks[i];
      const fact = facts[i];
      const serverLoss = fact !== void 0 ? servers.get(fact.callServer) : void 0;
      const before = trunks.get(t);
      if (before === void 0) ordered.push(fact);
      trunks.set(t, Math.max(before ?? 0, loss, serverLoss ?? 0));
    }
  }
  orderedTrunkFacts.set(trunks, ordered);
  return { servers, trunks, sites };
}
var trunkFactsLists = /* @__PURE__ */ new WeakMap();
var orderedTrunkFacts = /* @__PURE__ */ new WeakMap();
function trunkFactsList(network, trunks) {
  let list = trunkFactsLists.get(trunks);
  if (!list) {
    const facts = trunkFacts(network);
    list = trunks.map((t) => facts.get(t));
    trunkFactsLists.set(trunks, list);
  }
  return list;
}
var trunkFactsCache = /* @__PURE__ */ new WeakMap();
function trunkFacts(network) {
  let facts = trunkFactsCache.get(network.inventory);
  if (!facts) {
    facts = /* @__PURE__ */ new Map();
    for (const trunk of network.inventory.trunks.values()) {
      facts.set(trunk.id, {
        callServer: trunk.callServer,
        sessions: trunk.capacity.sessions,
        site: network.inventory.callServers.get(trunk.callServer)?.site,
        emergency: trunkInScope(network, trunk.id, "emergency")
      });
    }
    trunkFactsCache.set(network.inventory, facts);
  }
  return facts;
}
function remainingCapacity(network, index, instant, losses, scope) {
  const inv = network.inventory;
  const bySite = /* @__PURE__ */ new Map();
  for (const site of index.siteIds) bySite.set(site, { ...index.siteTotalsAt(site, instant, scope) });
  for (const [id, loss] of losses.servers) {
    if (loss <= 0) continue;
    const server = inv.callServers.get(id);
    if (!server || scope === "emergency" && !server.emergency) continue;
    const site = bySite.get(server.site);
    if (!site) continue;
    const c = index.serverAt(id, instant);
    site.sessions -= c.sessions * loss;
    site.cps -= c.cps * loss;
  }
  const subtractTrunk = (trunk, loss) => {
    if (loss <= 0 || !trunk || trunk.site === void 0 || scope === "emergency" && !trunk.emergency) return;
    const site = bySite.get(trunk.site);
    if (site) site.trunkSessions -= trunk.sessions * loss;
  };
  const ordered = orderedTrunkFacts.get(losses.trunks);
  if (ordered && ordered.length === losses.trunks.size) {
    let i = 0;
    for (const loss of losses.trunks.values()) subtractTrunk(ordered[i++], loss);
  } else {
    const trunks = trunkFacts(network);
    for (const [id, loss] of losses.trunks) subtractTrunk(trunks.get(id), loss);
  }
  const total = { sessions: 0, cps: 0, trunkSessions: 0 };
  for (const site of bySite.values()) {
    for (const m of CAPACITY_METRICS) {
      site[m] = Math.max(0, site[m]);
      total[m] += site[m];
    }
  }
  return { scope, instant, total, bySite };
}
function requiredCapacity(forecast, factor, scope) {
  const sessions = scope === "all" ? forecast.totalSessions : forecast.emergencySessions;
  const cps = scope === "all" ? forecast.totalCps : forecast.emergencyCps;
  return { sessions: roundUp(sessions * factor), cps: roundUp(cps * factor), trunkSessions: roundUp(sessions * factor) };
}
function coverageOf(sessions, cps, trunkSessions, required) {
  let coverage = Infinity;
  if (required.sessions > 0) coverage = Math.min(coverage, sessions / required.sessions);
  if (required.cps > 0) coverage = Math.min(coverage, cps / required.cps);
  if (required.trunkSessions > 0) coverage = Math.min(coverage, trunkSessions / required.trunkSessions);
  return coverage;
}
function judgeFigures(availableRaw, required) {
  const available = { sessions: roundDown(availableRaw.sessions), cps: roundDown(availableRaw.cps), trunkSessions: roundDown(availableRaw.trunkSessions) };
  const margin = { sessions: available.sessions - required.sessions, cps: available.cps - required.cps, trunkSessions: available.trunkSessions - required.trunkSessions };
  const short = CAPACITY_METRICS.filter((m) => margin[m] < 0);
  return { available, margin, coverage: coverageOf(available.sessions, available.cps, available.trunkSessions, required), short };
}
function worstSiteLoss(remaining, required) {
  const total = remaining.total;
  const failingSites = [];
  let worstSite;
  let worstContribution;
  let worstCoverage = Infinity;
  for (const [site, contribution] of remaining.bySite) {
    if (!(contribution.sessions > EPSILON || contribution.cps > EPSILON || contribution.trunkSessions > EPSILON)) continue;
    const sessions = roundDown(total.sessions - contribution.sessions);
    const cps = roundDown(total.cps - contribution.cps);
    const trunkSessions = roundDown(total.trunkSessions - contribution.trunkSessions);
    const coverage = coverageOf(sessions, cps, trunkSessions, required);
    if (sessions - required.sessions < 0 || cps - required.cps < 0 || trunkSessions - required.trunkSessions < 0) failingSites.push(site);
    const better = worstContribution === void 0 || coverage < worstCoverage || coverage === worstCoverage && contribution.sessions > worstContribution.sessions;
    if (better) {
      worstSite = site;
      worstContribution = contribution;
      worstCoverage = coverage;
    }
  }
  const worst = worstContribution === void 0 ? (
    // No site left with capacity: nothing more to lose, judge what remains (usually nothing).
    { lostSite: void 0, lostSiteCapacity: { ...ZERO }, required, ...judgeFigures(total, required) }
  ) : {
    lostSite: worstSite,
    lostSiteCapacity: { ...worstContribution },
    required,
    ...judgeFigures(
      {
        sessions: total.sessions - worstContribution.sessions,
        cps: total.cps - worstContribution.cps,
        trunkSessions: total.trunkSessions - worstContribution.trunkSessions
      },
      required
    )
  };
  return { ...worst, ok: worst.short.length === 0 && failingSites.length === 0, failingSites: failingSites.sort() };
}
function judgementData(j) {
  return {
    availableSessions: j.available.sessions,
    requiredSessions: j.required.sessions,
    marginSessions: j.margin.sessions,
    availableCps: j.available.cps,
    requiredCps: j.required.cps,
    marginCps: j.margin.cps,
    availableTrunkSessions: j.available.trunkSessions,
    requiredTrunkSessions: j.required.trunkSessions,
    marginTrunkSessions: j.margin.trunkSessions,
    short: j.short
  };
}
function forecastPeak(network) {
  const profiles = network.forecast.profiles;
  const best = (metric) => {
    let value = 0;
    let at = "";
    for (const dayType of ["weekday", "weekend", "holiday"]) {
      profiles[dayType][metric].forEach((v, hour) => {
        if (at === "" || v > value) {
          value = v;
          at = `${dayType} ${String(hour).padStart(2, "0")}:00`;
        }
      });
    }
    return { value, at };
  };
  const sessions = best("totalSessions");
  const emergencySessions = best("emergencySessions");
  return {
    totalSessions: sessions.value,
    totalCps: best("totalCps").value,
    emergencySessions: emergencySessions.value,
    emergencyCps: best("emergencyCps").value,
    sessionsPeakAt: sessions.at,
    emergencySessionsPeakAt: emergencySessions.at
  };
}
function attributeFailure(exposures, fails, footprintOf) {
  const groups = exposuresByChange(exposures);
  const ids = [...groups.keys()].sort();
  if (ids.length <= 1) return ids;
  const firstOwner = /* @__PURE__ */ new Map();
  const repeated = /* @__PURE__ */ new Set();
  for (const [id, own] of groups) {
    if (!footprintOf) break;
    for (const e of own) {
      const footprint = footprintOf(e);
      const owner = firstOwner.get(footprint);
      if (owner === void 0) firstOwner.set(footprint, id);
      else if (owner !== id) repeated.add(footprint);
    }
  }
  let allFail;
  const blamed = ids.filter((id) => {
    const own = groups.get(id);
    if (fails(own)) return true;
    if (footprintOf && own.every((e) => repeated.has(footprintOf(e)))) return !(allFail ??= fails(exposures));
    return !fails(exposures.filter((e) => e.step.changeId !== id));
  });
  return blamed.length > 0 ? blamed : ids;
}
var footprints = /* @__PURE__ */ new WeakMap();
function exposureFootprint(e) {
  let footprint = footprints.get(e);
  if (footprint === void 0) {
    footprint = `${e.step.window.start}|${e.step.window.end}|${e.step.capacityLoss}|${e.servers.join(",")}|${e.trunks.join(",")}|${e.step.targets.sites.join(",")}`;
    footprints.set(e, footprint);
  }
  return footprint;
}
var byChangeCache = /* @__PURE__ */ new WeakMap();
function exposuresByChange(exposures) {
  let groups = byChangeCache.get(exposures);
  if (!groups) {
    groups = /* @__PURE__ */ new Map();
    for (const e of exposures) {
      const list = groups.get(e.step.changeId);
      if (list) list.push(e);
      else groups.set(e.step.changeId, [e]);
    }
    byChangeCache.set(exposures, groups);
  }
  return groups;
}
function stepToReport(interval, changeId) {
  const own = (exposuresByChange(interval.exposures).get(changeId) ?? []).map((e) => e.step);
  const running = own.filter((s) => s.window.start <= interval.start && s.window.end > interval.start);
  const pool = running.length > 0 ? running : own;
  return pool.reduce((latest, s) => latest === void 0 || compareSteps(s, latest) > 0 ? s : latest, void 0);
}
var SoakingSteps = class {
  lists = [];
  add(list) {
    if (list.length > 0 && this.lists[this.lists.length - 1] !== list) this.lists.push(list);
  }
  sorted() {
    const all = /* @__PURE__ */ new Set();
    for (const list of this.lists) for (const key of list) all.add(key);
    return [...all].sort();
  }
};
function participantsData(steps) {
  const changes = listedAndCounted([...new Set(steps.map((s) => s.changeId))].sort());
  const keys = listedAndCounted(steps.map(stepKey));
  return { changes: changes.listed, changeCount: changes.count, steps: keys.listed, stepCount: keys.count };
}
function soakingData(sorted) {
  const { listed, count, text } = listedAndCounted(sorted);
  return {
    soakingSteps: listed,
    soakingCount: count,
    soakNote: count === 0 ? "" : ` The run lasts past the step windows because ${text} ${count === 1 ? "runs a change" : "run changes"} not yet proven on the group, whose targets stay at risk until the change has soaked across a traffic peak.`
  };
}

export {
  defineRule,
  EMPTY_OPTIONS_SCHEMA,
  unwaivableMessageIds,
  wantsSomeExposure,
  wantedChanges,
  stepsEmergencyReach,
  routeIndex,
  sortNumbers,
  RISK_DEFAULTS,
  riskRank,
  higherRisk,
  deriveRisk,
  SOAK_DEFAULTS,
  soakSettings,
  timelineOptionsFor,
  CAPACITY_DEFAULTS,
  capacitySettings,
  riskSettings,
  concernsChange,
  stableStringify,
  sha256Hex,
  fingerprintOf,
  interpolate,
  compareFindings,
  FINDING_LIST_LIMIT,
  capacityIndexFor,
  lossesOf,
  remainingCapacity,
  requiredCapacity,
  worstSiteLoss,
  judgementData,
  forecastPeak,
  attributeFailure,
  exposureFootprint,
  stepToReport,
  SoakingSteps,
  participantsData,
  soakingData
};
