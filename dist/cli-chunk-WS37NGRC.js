import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  memoryDocumentCache
} from "./cli-chunk-PHJPIKM6.js";
import {
  allowedSpans,
  overloadedAlongside,
  overloadedGroup
} from "./cli-chunk-TM2NS74O.js";
import {
  INPUT_RULE_IDS,
  builtModelMemo,
  compiledRulesMemo,
  evaluate,
  resolveRuleSettings
} from "./cli-chunk-R64I6EY7.js";
import {
  deriveRisk,
  higherRisk,
  riskSettings,
  routeIndex,
  sortNumbers
} from "./cli-chunk-IHQNHCRA.js";
import {
  dailyPeaks,
  signatureOf,
  targetsOf
} from "./cli-chunk-TO5V6PRQ.js";
import {
  isoInstant,
  localParts
} from "./cli-chunk-45VVUP2D.js";
import {
  didYouMean
} from "./cli-chunk-ZKHIW7JU.js";

// src/planner/intent.ts
function contentKey(raw) {
  const { id: _id, description: _d, targets: _t, window: _w, dependsOn: _dep, verification: _v, ...rest } = raw;
  return JSON.stringify(rest);
}
function readIntent(network, change, data) {
  const rawSteps = Array.isArray(data.steps) ? data.steps : [];
  const byStart = [...change.steps].sort((a, b) => a.window.start - b.window.start || a.index - b.index);
  const template = [];
  const seen = /* @__PURE__ */ new Set();
  for (const step of byStart) {
    const raw = rawSteps[step.index] ?? {};
    const key = contentKey(raw);
    if (seen.has(key)) continue;
    seen.add(key);
    template.push({ from: step, raw, minutes: Math.max(1, Math.round((step.window.end - step.window.start) / 6e4)), signature: signatureOf(step) });
  }
  const inv = network.inventory;
  const servers = /* @__PURE__ */ new Set();
  const trunksByServer = /* @__PURE__ */ new Map();
  let unsupported;
  for (const step of change.steps) {
    const targets = targetsOf(network, step);
    for (const s of targets.servers) servers.add(s);
    for (const t of step.targets.trunks) {
      const owner = inv.trunks.get(t)?.callServer;
      if (owner === void 0) continue;
      if (!targets.servers.includes(owner)) {
        servers.add(owner);
        trunksByServer.set(owner, [.../* @__PURE__ */ new Set([...trunksByServer.get(owner) ?? [], t])].sort());
      }
    }
  }
  if (servers.size === 0) unsupported = `${change.id} acts on no call server or trunk of the inventory, so there is nothing to schedule`;
  const routes = routeIndex(network);
  const members = [...servers].map((id) => {
    const server = inv.callServers.get(id);
    const through = [...routes.byServer.get(id) ?? [], ...routes.byTrunkServer.get(id) ?? []];
    return {
      server: id,
      site: server?.site ?? "",
      routes: through.length,
      numbers: sortNumbers([...new Set(through.map((r) => r.number))]),
      emergencySessions: server?.emergency ? server.capacity.sessions : 0
    };
  });
  members.sort((a, b) => a.routes - b.routes || a.emergencySessions - b.emergencySessions || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
  const groups = [...new Set([...servers].map((s) => inv.callServers.get(s)?.redundancyGroup).filter((g) => g !== void 0))].sort();
  return { change, template, members, groups, trunksByServer, ...unsupported !== void 0 ? { unsupported } : {} };
}
function rolloutOrder(members, canary) {
  const rest = members.filter((m) => m !== canary);
  const siteRank = /* @__PURE__ */ new Map();
  for (const m of rest) if (!siteRank.has(m.site)) siteRank.set(m.site, siteRank.size);
  if (canary) siteRank.set(canary.site, -1);
  return rest.sort((a, b) => (siteRank.get(a.site) ?? 0) - (siteRank.get(b.site) ?? 0) || members.indexOf(a) - members.indexOf(b));
}
function numbersServedBy(members) {
  return sortNumbers([...new Set(members.flatMap((m) => m.numbers))]);
}

// src/planner/stakeholders.ts
function audienceOf(party) {
  if (party === "regulator" || party === "authority") return "regulator";
  if (party === "psap" || party === "emergency-services") return "psap";
  if (party === "noc") return "noc";
  return void 0;
}
function entryOf(s) {
  return { party: s.party, name: s.name, ...s.contact !== void 0 ? { contact: s.contact } : {}, ...s.psaps.length > 0 ? { psaps: [...s.psaps] } : {}, leadTimeHours: s.leadTimeHours };
}
function donor(network, change, audience) {
  const others = network.allChanges.filter((c) => c.id !== change.id).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const other of others) {
    const entry = other.notify.find((n) => audienceOf(n.party) === audience);
    if (entry) return { from: other.id, entry };
  }
  return void 0;
}
function completeStakeholders(network, change, psaps, onEmergencyPath, req) {
  const notes = [];
  const missing = [];
  const notify = change.notify.map(entryOf);
  const required = { regulator: req.regulatorLeadTimeHours, psap: req.psapLeadTimeHours, noc: req.nocLeadTimeHours };
  if (onEmergencyPath) {
    for (const audience of ["regulator", "psap", "noc"]) {
      const index = change.notify.findIndex((n) => audienceOf(n.party) === audience);
      let entry = index >= 0 ? notify[index] : void 0;
      if (!entry) {
        const found = donor(network, change, audience);
        if (!found) {
          missing.push(`a ${audience === "regulator" ? "regulator or authority" : audience === "psap" ? "PSAP liaison" : "NOC"} to notify (no change request of the repository names one to copy): add a notify entry with party ${audience}`);
          continue;
        }
        entry = { ...entryOf(found.entry) };
        if (audience === "psap") entry.psaps = [];
        notify.push(entry);
        notes.push(`notify: added ${found.entry.party} "${found.entry.name}"${found.entry.contact ? ` (${found.entry.contact})` : ""}, copied from ${found.from}; confirm it is the right desk`);
      }
      if (audience === "psap") {
        const had = new Set(entry.psaps ?? []);
        const added = psaps.filter((p) => !had.has(p));
        if (added.length > 0) {
          entry.psaps = [...had, ...added];
          notes.push(`notify: "${String(entry.name)}" now covers PSAPs ${added.join(", ")}, reached through the routes of the elements the plan touches`);
        }
      }
      if (entry.leadTimeHours < required[audience]) {
        notes.push(`notify: "${String(entry.name)}" is told ${required[audience]} h ahead (was ${String(entry.leadTimeHours)} h), as the policy requires`);
        entry.leadTimeHours = required[audience];
      }
    }
  }
  let escalation;
  if (change.escalation) {
    escalation = { contact: change.escalation.contact, ...change.escalation.phone !== void 0 ? { phone: change.escalation.phone } : {}, targetMinutes: change.escalation.targetMinutes };
  } else if (onEmergencyPath) {
    const other = network.allChanges.filter((c) => c.id !== change.id && c.escalation).sort((a, b) => a.id < b.id ? -1 : 1)[0];
    if (other?.escalation) {
      escalation = { contact: other.escalation.contact, ...other.escalation.phone !== void 0 ? { phone: other.escalation.phone } : {}, targetMinutes: other.escalation.targetMinutes };
      notes.push(`escalation: "${other.escalation.contact}" copied from ${other.id}; confirm it`);
    } else missing.push("an escalation contact (no change request of the repository names one to copy): add escalation with contact and targetMinutes");
  }
  if (escalation && escalation.targetMinutes > req.maxEscalationMinutes) {
    notes.push(`escalation: target ${req.maxEscalationMinutes} min (was ${String(escalation.targetMinutes)} min), as the policy requires`);
    escalation.targetMinutes = req.maxEscalationMinutes;
  }
  let leadTimeHours = 0;
  let leadParty = "";
  for (const entry of notify) {
    const hours = entry.leadTimeHours;
    if (hours > leadTimeHours) {
      leadTimeHours = hours;
      leadParty = `${String(entry.party)} "${String(entry.name)}"`;
    }
  }
  return { notify, ...escalation ? { escalation } : {}, notes, missing, leadTimeHours, leadParty };
}

// src/planner/plan.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var GRID = 15 * MINUTE;
var SETTLED_AFTER_SEARCH = /* @__PURE__ */ new Set(["risk-classification", "approvals"]);
var PLAN_OBJECTIVES = ["earliest-finish", "fewest-per-night"];
var BudgetExhausted = class extends Error {
};
function planChange(files, request) {
  try {
    return search(files, request);
  } catch (err) {
    if (err instanceof BudgetExhausted) return { status: "gave-up", changeId: request.changeId, evaluations: request.maxEvaluations ?? 0 };
    throw err;
  }
}
function prepare(files, request) {
  const rules = request.evaluation.rules;
  const cache = request.evaluated?.documentCache ?? memoryDocumentCache();
  const compiledRules = compiledRulesMemo();
  const builtModel = builtModelMemo();
  const run = (input) => evaluate(input, { ...request.evaluation, asOf: request.from, documentCache: cache, compiledRules, builtModel });
  const base = request.evaluated?.evaluation ?? run(files);
  const fail = (problems) => ({ status: "error", changeId: request.changeId, problems });
  const inputErrors = base.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
  if (inputErrors.length > 0 || !base.network) {
    return fail(["the repository cannot be evaluated, so no plan can be verified; fix these first:", ...inputErrors.slice(0, 10).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)]);
  }
  const network = base.network;
  const change = network.allChanges.find((c) => c.id === request.changeId);
  if (!change) {
    const near = didYouMean(request.changeId, network.allChanges.map((c) => c.id));
    return fail([`there is no change request ${request.changeId}` + (near ? `; did you mean ${near}?` : `; the repository has ${network.allChanges.map((c) => c.id).join(", ") || "none"}`)]);
  }
  const started = change.record?.steps.size ?? 0;
  if (started > 0) return fail([`${change.id} has started (its execution record has ${started} step(s)): a plan is made before a change runs; plan the remaining work as a new change request`]);
  const file = files.find((f) => f.path === change.file);
  const data = base.documents.get(change.file)?.value;
  if (!file || data === null || typeof data !== "object") return fail([`cannot read ${change.file} again`]);
  const intent = readIntent(network, change, data);
  if (intent.unsupported) return fail([intent.unsupported]);
  const settings = new Map(resolveRuleSettings(rules, network.policy).effective.map((e) => [e.rule.id, e]));
  const optionsOf = (id) => settings.get(id)?.severity === "off" ? void 0 : settings.get(id)?.options;
  const canaryOptions = optionsOf("canary-and-soak");
  const concurrencyBlocks = settings.get("redundancy-group-concurrency")?.severity === "error" && !network.waivers.some((w) => w.rule === "redundancy-group-concurrency");
  const concurrencyLimits = concurrencyBlocks ? optionsOf("redundancy-group-concurrency") : void 0;
  const notifyOptions = optionsOf("stakeholder-notification") ?? { regulatorLeadTimeHours: 0, psapLeadTimeHours: 0, nocLeadTimeHours: 0, maxEscalationMinutes: 1440 };
  const served = numbersServedBy(intent.members);
  const psaps = psapsServedBy(network, intent.members);
  const onEmergencyPath = served.length > 0 || intent.members.some((m) => m.emergencySessions > 0);
  const stakeholders = completeStakeholders(network, change, psaps, onEmergencyPath, notifyOptions);
  const zone = network.policy.timeZone;
  if (stakeholders.missing.length > 0) {
    return {
      status: "no-plan",
      changeId: change.id,
      zone,
      binding: { what: "stakeholder-notification: the change is on the emergency path and the planner cannot find who to tell", findings: [], unblock: stakeholders.missing },
      placed: [],
      evaluations: 1
    };
  }
  const earliest = { at: request.from + stakeholders.leadTimeHours * HOUR, reason: stakeholders.leadTimeHours > 0 ? `${stakeholders.leadTimeHours} h notification lead time of ${stakeholders.leadParty}` : "the time the plan is made" };
  const horizonEnd = request.from + request.horizonDays * DAY;
  const reviser = request.reviser(new TextDecoder().decode(file.bytes));
  const withoutChange = run(substitute(files, change.file, reviser.reviseReusing({ state: "cancelled", declaredRisk: change.declaredRisk, approvals: [], notify: stakeholders.notify, ...stakeholders.escalation ? { escalation: stakeholders.escalation } : {}, steps: stepsOf(intent, []) })));
  const preexisting = new Set(withoutChange.findings.filter((f) => f.severity === "error").map((f) => f.fingerprint));
  const errorWithoutChange = withoutChange.verdict === "error";
  let evaluations = 2;
  const attempt = (batches, declaredRisk, final, sameTextAs) => {
    if (!final && request.maxEvaluations !== void 0 && evaluations >= request.maxEvaluations) throw new BudgetExhausted();
    const revise = final ? reviser.revise : reviser.reviseReusing;
    const text = revise({ state: "proposed", declaredRisk, notify: stakeholders.notify, ...stakeholders.escalation ? { escalation: stakeholders.escalation } : {}, steps: stepsOf(intent, batches) });
    const evaluation = final && sameTextAs !== void 0 && sameTextAs.text === text ? sameTextAs.evaluation : run(substitute(files, change.file, text));
    evaluations++;
    const blocking = evaluation.findings.filter(
      (f) => f.severity === "error" && !preexisting.has(f.fingerprint) && (final || f.changeId !== change.id || !SETTLED_AFTER_SEARCH.has(f.ruleId))
    );
    return { ok: blocking.length === 0 && (evaluation.verdict !== "error" || errorWithoutChange), blocking, evaluation, text };
  };
  return { network, change, intent, zone, earliest, horizonEnd, stakeholders, canaryOptions, concurrencyLimits, attempt, evaluations: () => evaluations };
}
function search(files, request) {
  const prepared = prepare(files, request);
  if ("status" in prepared) return prepared;
  const earliest = searchWith(prepared, request, void 0);
  if (request.objective !== "fewest-per-night" || earliest.status !== "planned") return earliest;
  const canaryBatch = earliest.batches[0]?.kind === "canary" ? earliest.batches[0].members.length : 1;
  for (let cap = Math.max(1, canaryBatch); cap < earliest.maxPerNight; cap++) {
    const capped = searchWith(prepared, request, cap);
    if (capped.status === "planned") return { ...capped, evaluations: prepared.evaluations() };
    if (capped.status !== "no-plan") return capped;
  }
  return { ...earliest, objective: "fewest-per-night", evaluations: prepared.evaluations() };
}
function searchWith(prepared, request, perNight) {
  const { network, change, intent, zone, earliest, horizonEnd, stakeholders, canaryOptions, concurrencyLimits, attempt } = prepared;
  const fail = (problems) => ({ status: "error", changeId: request.changeId, problems });
  const needsCanary = canaryOptions !== void 0 && intent.template.some((t) => t.signature !== void 0);
  const groupSizes = new Map(intent.groups.map((g) => [g, network.inventory.redundancyGroups.get(g)?.members.length ?? 0]));
  const maxWaveOf = (group) => canaryOptions ? Math.max(1, Math.floor(canaryOptions.maxWaveFraction * (groupSizes.get(group) ?? 0) + 1e-9)) : Infinity;
  const groupOf = (m) => network.inventory.callServers.get(m.server)?.redundancyGroup ?? "";
  const canaries = needsCanary ? intent.groups.map((g) => intent.members.find((m) => groupOf(m) === g)).filter((m) => m !== void 0) : [];
  let remaining = needsCanary ? [...canaries, ...rolloutOrder(intent.members.filter((m) => !canaries.includes(m)), canaries[0])] : rolloutOrder(intent.members, void 0);
  const duration = intent.template.reduce((sum, t) => sum + t.minutes, 0) * MINUTE;
  const batches = [];
  const usedInNight = /* @__PURE__ */ new Map();
  let refusedWithoutEvaluation = 0;
  let lower = Math.max(earliest.at, request.from);
  let soak;
  let last;
  while (remaining.length > 0) {
    const first = needsCanary && batches.length === 0;
    let placed;
    let best;
    const tryBatch = (members, start) => {
      const batch = { kind: first ? "canary" : "wave", members, start };
      const tried = attempt([...batches, batch], change.declaredRisk, false);
      if (!tried.ok && (!best || tried.blocking.length < best.blocking.length)) best = { blocking: tried.blocking, batch };
      return tried;
    };
    let chosen;
    for (const [start, night] of slots(network, lower, horizonEnd, duration, (request.gridMinutes ?? 15) * MINUTE)) {
      const used = usedInNight.get(night) ?? 0;
      if (perNight !== void 0 && used + (first ? canaries.length : 1) > perNight) continue;
      if (first) {
        const tried = tryBatch(canaries, start);
        if (tried.ok) [placed, chosen] = [tried, { kind: "canary", members: canaries, start }];
      } else {
        let wave = [];
        let timeBound = false;
        const refusedBy = /* @__PURE__ */ new Set();
        for (const unit of siteUnits(remaining)) {
          for (const candidate of unit.length > 1 && wave.length === 0 ? [unit, ...unit.map((m) => [m])] : [unit]) {
            const next = [...wave, ...candidate];
            if (!withinWaveLimit(next, groupOf, maxWaveOf)) {
              if (wave.length > 0) refusedBy.add("canary-and-soak");
              continue;
            }
            if (perNight !== void 0 && used + next.length > perNight) {
              if (wave.length > 0) refusedBy.add("objective fewest-per-night");
              continue;
            }
            const servers = next.map((m) => m.server);
            const intervalsBefore = last?.evaluation.timeline?.intervals;
            if (concurrencyLimits && (best !== void 0 || wave.length > 0 || candidate.length > 1) && (overloadedGroup(network, servers, concurrencyLimits) || intervalsBefore && overloadedAlongside(network, intervalsBefore, servers, start, start + duration, concurrencyLimits))) {
              refusedWithoutEvaluation++;
              if (wave.length > 0) refusedBy.add("redundancy-group-concurrency");
              continue;
            }
            const tried = tryBatch(next, start);
            if (tried.ok) {
              [placed, wave] = [tried, next];
              if (candidate === unit) break;
            } else if (wave.length > 0) {
              for (const f of tried.blocking) refusedBy.add(f.ruleId);
            } else if (onlyTimeBound(tried)) {
              timeBound = true;
              break;
            }
          }
          if (timeBound) break;
        }
        if (placed) chosen = { kind: "wave", members: wave, start, limitedBy: [...refusedBy].sort() };
      }
      if (placed && chosen) {
        usedInNight.set(night, used + chosen.members.length);
        break;
      }
    }
    if (!placed || !chosen) {
      return { status: "no-plan", changeId: change.id, zone, binding: bindingOf(network, best, remaining, earliest, horizonEnd, duration), placed: describeBatches(network, intent, batches, zone), evaluations: prepared.evaluations() };
    }
    last = placed;
    batches.push(chosen);
    lower = chosen.start + duration;
    const done = new Set(chosen.members);
    remaining = remaining.filter((m) => !done.has(m));
    if (first && placed.evaluation.timeline) {
      const rollout = placed.evaluation.timeline.rollouts.find((r) => r.canary.step.changeId === change.id && r.canary.step.id === "s1");
      if (rollout?.provenAt !== void 0) {
        const peaks = dailyPeaks(network, rollout.canary.end, rollout.provenAt);
        soak = { signature: rollout.signature, canaryEnd: rollout.canary.end, soakEnd: rollout.soakEnd, provenAt: rollout.provenAt, ...peaks[0] !== void 0 ? { peak: peaks[0] } : {} };
        lower = Math.max(lower, rollout.provenAt);
      }
    }
  }
  const planned = last;
  const plannedChange = planned.evaluation.network?.allChanges.find((c) => c.id === change.id);
  const derived = planned.evaluation.network && planned.evaluation.timeline ? deriveRisk(planned.evaluation.network, planned.evaluation.timeline, plannedChange, riskSettings(planned.evaluation.settings.find((e) => e.rule.id === "risk-classification")?.options)) : { class: change.declaredRisk, reasons: [] };
  const declared = higherRisk(change.declaredRisk, derived.class);
  const verified = attempt(batches, declared, true, planned);
  if (!verified.ok) {
    return fail([
      `internal error: the plan found for ${change.id} does not pass its own verification; this is a bug in changegate, and no plan is proposed:`,
      ...verified.blocking.slice(0, 10).map((f) => `${f.ruleId}/${f.messageId}: ${f.message}`)
    ]);
  }
  const described = describeBatches(network, intent, batches, zone);
  const notes = [
    change.state !== "proposed" ? `state: ${change.state} -> proposed; the revised plan needs approval again` : "state: proposed (unchanged); the revised plan needs approval",
    ...change.approvals.length > 0 ? [`approvals: dropped ${change.approvals.map((a) => `${a.by} (${a.role})`).join(", ")}: they approved a different plan`] : [],
    ...stakeholders.notes
  ];
  const groupSize = Math.max(...[...groupSizes.values()], 0);
  const nightCounts = /* @__PURE__ */ new Map();
  for (const b of described) nightCounts.set(b.night, (nightCounts.get(b.night) ?? 0) + b.members.length);
  return {
    status: "planned",
    changeId: change.id,
    file: change.file,
    zone,
    text: verified.text,
    batches: described,
    ...needsCanary ? { canary: { member: canaries[0], runnersUp: intent.members.filter((m) => !canaries.includes(m)).slice(0, 2) } } : {},
    ...soak ? { soak } : {},
    ...canaryOptions ? { maxWave: { members: maxWaveOf(intent.groups[0] ?? ""), groupSize, fraction: canaryOptions.maxWaveFraction } } : {},
    nights: nightCounts.size,
    objective: perNight === void 0 ? "earliest-finish" : "fewest-per-night",
    maxPerNight: Math.max(0, ...nightCounts.values()),
    refusedWithoutEvaluation,
    firstStart: batches[0]?.start ?? earliest.at,
    lastEnd: (batches[batches.length - 1]?.start ?? earliest.at) + duration,
    earliestStart: earliest,
    declaredRisk: { was: change.declaredRisk, now: declared, reasons: derived.reasons },
    notes: declared !== change.declaredRisk ? [...notes, `declaredRisk: ${change.declaredRisk} -> ${declared}, as derived from what the plan touches`] : notes,
    evaluations: prepared.evaluations(),
    verified: { verdict: verified.evaluation.verdict, findings: verified.evaluation.findings.length }
  };
}
function substitute(files, path, text) {
  const bytes = new TextEncoder().encode(text);
  return files.map((f) => f.path === path ? { path, bytes, size: bytes.length } : f);
}
function psapsServedBy(network, members) {
  const servers = new Set(members.map((m) => m.server));
  const psaps = /* @__PURE__ */ new Set();
  for (const number of network.inventory.emergencyNumbers.values()) {
    for (const route of number.routes) {
      const trunkServer = network.inventory.trunks.get(route.trunk)?.callServer;
      if (servers.has(route.callServer) || trunkServer !== void 0 && servers.has(trunkServer)) psaps.add(route.psap);
    }
  }
  return [...psaps].sort();
}
function siteUnits(remaining) {
  const units = /* @__PURE__ */ new Map();
  for (const m of remaining) units.set(m.site, [...units.get(m.site) ?? [], m]);
  return [...units.values()];
}
function withinWaveLimit(wave, groupOf, maxWaveOf) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of wave) counts.set(groupOf(m), (counts.get(groupOf(m)) ?? 0) + 1);
  return [...counts].every(([g, n]) => n <= maxWaveOf(g));
}
var CLOCK_RULES = /* @__PURE__ */ new Set(["maintenance-window"]);
function onlyTimeBound(attempt) {
  return attempt.blocking.length > 0 && attempt.blocking.every((f) => CLOCK_RULES.has(f.ruleId));
}
function* slots(network, lower, horizonEnd, duration, grid = GRID) {
  const zone = network.policy.timeZone;
  const spans = allowedSpans(network, localParts(lower - DAY, zone).date, localParts(horizonEnd, zone).date);
  for (const span of spans) {
    if (span.end <= lower) continue;
    for (let start = Math.ceil(Math.max(span.start, lower) / grid) * grid; start + duration <= span.end && start < horizonEnd; start += grid) yield [start, span.start];
  }
}
function stepsOf(intent, batches) {
  const steps = [];
  const zone = intent.change.steps[0]?.window.timeZone ?? "UTC";
  const waves = batches.filter((b) => b.kind === "wave").length;
  let wave = 0;
  batches.forEach((batch) => {
    if (batch.kind === "wave") wave++;
    const servers = batch.members.map((m) => m.server).sort();
    const trunks = servers.flatMap((s) => intent.trunksByServer.get(s) ?? []);
    const numbers = numbersServedBy(batch.members);
    let at = batch.start;
    intent.template.forEach((t, i) => {
      const id = `s${steps.length + 1}`;
      const end = at + t.minutes * MINUTE;
      const label = batch.kind === "canary" ? "canary" : `wave ${wave} of ${waves}`;
      const original = typeof t.raw.description === "string" ? `: ${t.raw.description.replace(PLANNED_PREFIX, "")}` : "";
      const step = {
        ...t.raw,
        id,
        description: `${t.from.action} on ${servers.join(", ")} (${label})${original}`,
        targets: { callServers: servers, ...trunks.length > 0 ? { trunks } : {} },
        window: { start: isoInstant(at, zone), end: isoInstant(end, zone) }
      };
      delete step.dependsOn;
      delete step.verification;
      if (steps.length > 0) step.dependsOn = [`s${steps.length}`];
      if (i === intent.template.length - 1 && numbers.length > 0) step.verification = { testCalls: numbers.map((number) => ({ number })) };
      steps.push(orderKeys(step));
      at = end;
    });
  });
  if (batches.length === 0) steps.push(...intent.template.map((t) => ({ ...t.raw })));
  return steps;
}
var PLANNED_PREFIX = /^[a-z-]+ on [^()]+ \((?:canary|wave \d+ of \d+)\): /;
var KEY_ORDER = ["id", "action", "description", "procedure", "software", "artefacts", "targets", "window", "dependsOn", "capacityChange", "rollback", "verification"];
function orderKeys(step) {
  const ordered = {};
  for (const key of KEY_ORDER) if (step[key] !== void 0) ordered[key] = step[key];
  for (const [key, value] of Object.entries(step)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}
function describeBatches(network, intent, batches, zone) {
  const duration = intent.template.reduce((sum, t) => sum + t.minutes, 0) * MINUTE;
  const spans = batches.length > 0 ? allowedSpans(network, localParts(batches[0].start - DAY, zone).date, localParts(batches[batches.length - 1].start + DAY, zone).date) : [];
  let stepNumber = 0;
  return batches.map((batch, index) => {
    const span = spans.find((s) => s.start <= batch.start && batch.start < s.end);
    const stepIds = intent.template.map(() => `s${++stepNumber}`);
    return {
      index,
      kind: batch.kind,
      members: batch.members,
      sites: [...new Set(batch.members.map((m) => m.site))].sort(),
      start: batch.start,
      end: batch.start + duration,
      stepIds,
      testCalls: numbersServedBy(batch.members),
      night: localParts(span?.start ?? batch.start, zone).date,
      limitedBy: batch.limitedBy ?? []
    };
  });
}
function bindingOf(network, best, remaining, earliestStart, horizonEnd, duration) {
  const zone = network.policy.timeZone;
  const earliest = earliestStart.at;
  if (!best && earliest >= horizonEnd) {
    return {
      what: `stakeholder-notification: the earliest start, ${isoInstant(earliest, zone)} (${earliestStart.reason}), is after the horizon ${isoInstant(horizonEnd, zone)}`,
      findings: [],
      unblock: [`widen the horizon by at least ${Math.ceil((earliest - horizonEnd) / DAY) + 1} day(s) (--horizon)`]
    };
  }
  if (!best) {
    const reason = network.policy.maintenanceWindows.length === 0 ? "the policy defines no maintenance window to place a step in" : `no maintenance window between ${isoInstant(earliest, zone)} and the horizon ${isoInstant(horizonEnd, zone)} holds a batch of ${Math.round(duration / MINUTE)} min`;
    return { what: `maintenance-window: ${reason}`, findings: [], unblock: ["widen the horizon (--horizon <days>)", "or add a maintenance window long enough for the steps of one batch (policy maintenanceWindows)"] };
  }
  const findings = best.blocking.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, message: f.message, data: f.data }));
  const rulesHit = [...new Set(findings.map((f) => f.ruleId))];
  const unblock = [];
  for (const f of findings) {
    const margin = f.data.marginSessions ?? f.data.margin;
    if (f.ruleId === "surviving-capacity" && typeof margin === "number" && margin < 0) unblock.push(`add at least ${-margin} sessions of capacity to the members that stay in service (surviving-capacity)`);
  }
  if (rulesHit.includes("maintenance-window")) unblock.push("widen the policy maintenance windows, or move freezes, so that a quiet hour holds the batch");
  unblock.push(`or widen the horizon beyond ${isoInstant(horizonEnd, zone)} (--horizon)`);
  const smallest = best.batch.members.map((m) => m.server).join(", ");
  return { what: `${rulesHit.join(", ")}: no slot in the horizon lets even ${smallest} (${best.batch.members.length} of ${remaining.length} remaining member(s)) run`, findings, unblock: [...new Set(unblock)] };
}

export {
  PLAN_OBJECTIVES,
  planChange
};
