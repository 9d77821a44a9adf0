import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  policy_loosening_default
} from "./cli-chunk-TM2NS74O.js";
import {
  ApprovalVerifier,
  FindingSink,
  INPUT_RULE_IDS,
  evaluate,
  resolveRuleSettings
} from "./cli-chunk-R64I6EY7.js";
import {
  compareFindings,
  fingerprintOf,
  interpolate,
  stableStringify
} from "./cli-chunk-IHQNHCRA.js";
import {
  formatInstant
} from "./cli-chunk-45VVUP2D.js";
import {
  DEFAULT_CONFIG_FILE
} from "./cli-chunk-QDRY2GZP.js";
import {
  FOLDER_KINDS
} from "./cli-chunk-ZKHIW7JU.js";

// src/git/compare.ts
function isBlocking(f) {
  return f.severity === "error" && f.waivedBy === void 0;
}
function isInputFinding(f) {
  return INPUT_RULE_IDS.has(f.ruleId);
}
function keepNewFindings(evaluation, isNew) {
  const keep = (f) => isInputFinding(f) || isNew(f);
  const findings = evaluation.findings.filter(keep);
  const waived = evaluation.waived.filter(keep);
  const counts = {
    ...evaluation.counts,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length,
    waived: waived.length
  };
  const verdict = findings.some(isInputFinding) || counts.rules === 0 ? "error" : counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  const hidden = evaluation.findings.length + evaluation.waived.length - findings.length - waived.length;
  return { evaluation: { ...evaluation, findings, waived, counts, verdict }, hidden };
}
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function mapPath(path, renames) {
  return renames.get(path) ?? path;
}
function mapData(data, renames) {
  if (renames.size === 0) return data;
  const mapValue = (v) => typeof v === "string" ? mapPath(v, renames) : Array.isArray(v) ? v.map((x) => typeof x === "string" ? mapPath(x, renames) : x) : v;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, mapValue(v)]));
}
function translate(f, renames) {
  const file = mapPath(f.file, renames);
  const data = mapData(f.data, renames);
  const fingerprint = file === f.file && data === f.data ? f.fingerprint : fingerprintOf({ ruleId: f.ruleId, messageId: f.messageId, file, path: f.path, data });
  return { fingerprint, place: placeOf(f.ruleId, file, f.path, f.changeId, f.stepId), data };
}
function placeOf(ruleId, file, path, changeId, stepId) {
  return stableStringify([ruleId, file, path, changeId ?? null, stepId ?? null]);
}
function worsening(head, baseData, base) {
  if (isBlocking(head) && !isBlocking(base)) return { why: "nowBlocking" };
  if (SEVERITY_RANK[head.severity] > SEVERITY_RANK[base.severity]) return { why: "severityRaised" };
  if (head.messageId !== base.messageId) return { why: "messageChanged" };
  const gained = {};
  for (const [key, value] of Object.entries(head.data)) {
    if (!Array.isArray(value)) continue;
    const before = baseData[key];
    const had = new Set(Array.isArray(before) ? before.map(String) : before === void 0 || before === null ? [] : [String(before)]);
    const added = value.filter((v) => !had.has(String(v)));
    if (added.length > 0) gained[key] = added;
  }
  return Object.keys(gained).length > 0 ? { why: "involvesMore", gained } : void 0;
}
function sharedEntries(a, b) {
  let n = 0;
  for (const [k, v] of Object.entries(a)) if (k in b && stableStringify(v) === stableStringify(b[k])) n++;
  return n;
}
function allFindings(evaluation) {
  return [...evaluation.findings, ...evaluation.waived];
}
function labelFindings(base, head, renames) {
  const labels = /* @__PURE__ */ new Map();
  const baseAll = allFindings(base).map((f) => ({ f, ...translate(f, renames), used: false }));
  const headAll = allFindings(head);
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const b of baseAll) byFingerprint.set(b.fingerprint, [...byFingerprint.get(b.fingerprint) ?? [], b]);
  const unmatched = [];
  for (const h of headAll) {
    const candidate = byFingerprint.get(h.fingerprint)?.find((b) => !b.used);
    if (candidate) {
      candidate.used = true;
      labels.set(h, { finding: h, label: "existing" });
    } else unmatched.push(h);
  }
  const byPlace = /* @__PURE__ */ new Map();
  for (const b of baseAll) if (!b.used) byPlace.set(b.place, [...byPlace.get(b.place) ?? [], b]);
  for (const h of unmatched) {
    const candidates = (byPlace.get(placeOf(h.ruleId, h.file, h.path, h.changeId, h.stepId)) ?? []).filter((b) => !b.used);
    if (candidates.length === 0) {
      labels.set(h, { finding: h, label: "new" });
      continue;
    }
    const best = candidates.reduce((x, y) => sharedEntries(y.data, h.data) > sharedEntries(x.data, h.data) ? y : x);
    best.used = true;
    const worse = isBlocking(h) ? worsening(h, best.data, best.f) : void 0;
    labels.set(h, {
      finding: h,
      label: worse ? "new" : "existing",
      previous: best.f,
      ...worse ? { worsened: worse.why } : {},
      ...worse?.gained ? { gained: worse.gained } : {}
    });
  }
  return { labels, fixed: baseAll.filter((b) => !b.used).map((b) => b.f) };
}

// src/git/changes.ts
var CATEGORY_OF_KIND = {
  ChangeRequest: "change-request",
  Inventory: "inventory",
  TrafficForecast: "inventory",
  SoftwareCatalog: "inventory",
  Policy: "policy",
  ChangegateConfig: "policy",
  Waiver: "waiver"
};
function kindOf(evaluation, path) {
  const value = evaluation.documents.get(path)?.value;
  const kind = value !== null && typeof value === "object" ? value.kind : void 0;
  return typeof kind === "string" ? kind : void 0;
}
function categorise(path, kind, configPath) {
  const categoryOf = (k) => k !== void 0 && Object.hasOwn(CATEGORY_OF_KIND, k) ? CATEGORY_OF_KIND[k] : void 0;
  const declared = categoryOf(kind);
  if (declared) return declared;
  if (path === configPath) return "policy";
  const folder = path.split("/").find((segment) => Object.hasOwn(FOLDER_KINDS, segment));
  return categoryOf(folder === void 0 ? void 0 : FOLDER_KINDS[folder]) ?? "other";
}
function sameBytes(a, b) {
  return a !== void 0 && b !== void 0 && Buffer.compare(a, b) === 0;
}
function relevant(evaluation, files, configPath) {
  const wanted = /* @__PURE__ */ new Set([...evaluation.files, configPath]);
  return new Map(files.filter((f) => wanted.has(f.path)).map((f) => [f.path, f.bytes]));
}
function crVerdict(findings, evaluation) {
  if (findings.some((f) => isInputFinding(f) && isBlocking(f))) return "error";
  if (findings.some(isBlocking)) return "fail";
  if (evaluation?.verdict === "error") return "not evaluated";
  if (findings.some((f) => f.severity === "warning" && f.waivedBy === void 0)) return "warn";
  return "pass";
}
function summariseChanges(input) {
  const { base, head, renames, labelling } = input;
  const configPath = input.configPath ?? DEFAULT_CONFIG_FILE;
  const baseFiles = relevant(base.evaluation, base.files, configPath);
  const headFiles = relevant(head.evaluation, head.files, configPath);
  const renamedTo = /* @__PURE__ */ new Set();
  const files = [];
  const changeIdOf = (evaluation, path) => evaluation.changes.find((c) => c.file === path)?.id;
  const describe = (evaluation, path) => {
    const kind = kindOf(evaluation, path);
    const changeId = changeIdOf(evaluation, path);
    return { category: categorise(path, kind, configPath), ...kind !== void 0 ? { kind } : {}, ...changeId !== void 0 ? { changeId } : {} };
  };
  for (const [path, bytes] of baseFiles) {
    const headPath = mapPath(path, renames);
    const headBytes = headFiles.get(headPath);
    if (headBytes === void 0) {
      files.push({ status: "removed", path, contentChanged: true, ...describe(base.evaluation, path) });
      continue;
    }
    if (headPath !== path) {
      renamedTo.add(headPath);
      files.push({ status: "renamed", path: headPath, previousPath: path, contentChanged: !sameBytes(bytes, headBytes), ...describe(head.evaluation, headPath) });
    } else if (!sameBytes(bytes, headBytes)) {
      files.push({ status: "edited", path, contentChanged: true, ...describe(head.evaluation, path) });
    }
  }
  for (const path of headFiles.keys()) {
    if (renamedTo.has(path) || baseFiles.has(path)) continue;
    files.push({ status: "added", path, contentChanged: true, ...describe(head.evaluation, path) });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const touchedFiles = new Set(files.filter((f) => f.contentChanged).flatMap((f) => [f.path, ...f.previousPath ? [f.previousPath] : []]));
  const headByChange = groupByChange(allFindings(head.evaluation), head.evaluation);
  const baseByChange = groupByChange(allFindings(base.evaluation), base.evaluation);
  const fixedByChange = groupByChange(labelling.fixed, base.evaluation);
  const indirect = [];
  for (const change of head.evaluation.changes) {
    if (touchedFiles.has(change.file)) continue;
    const baseChange = base.evaluation.changes.find((c) => c.id === change.id);
    if (!baseChange) continue;
    const headFindings = headByChange.get(change.id) ?? [];
    const newFindings = headFindings.filter((f) => labelling.labels.get(f)?.label === "new").length;
    const changed = headFindings.filter((f) => labelling.labels.get(f)?.previous !== void 0).length;
    const fixedFindings = (fixedByChange.get(change.id) ?? []).length;
    if (newFindings + fixedFindings + changed === 0) continue;
    indirect.push({
      changeId: change.id,
      file: change.file,
      verdict: { base: crVerdict(baseByChange.get(change.id) ?? [], base.evaluation), head: crVerdict(headFindings, head.evaluation) },
      newFindings,
      fixedFindings,
      after: files.map((f) => f.path).filter((p) => p !== change.file)
    });
  }
  const pick = (category) => files.filter((f) => f.category === category);
  return {
    files,
    changeRequests: pick("change-request"),
    inventory: pick("inventory"),
    policy: pick("policy"),
    waivers: pick("waiver"),
    other: pick("other"),
    indirect
  };
}
function groupByChange(findings, evaluation) {
  const fileToChange = new Map(evaluation.changes.map((c) => [c.file, c.id]));
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const id = f.changeId ?? fileToChange.get(f.file);
    if (id === void 0) continue;
    out.set(id, [...out.get(id) ?? [], f]);
  }
  return out;
}

// src/git/loosening.ts
var LOOSENING_APPROVER_ROLE = "cab";
var APPROVAL_IDENTITY_KINDS = /* @__PURE__ */ new Set(["approvers", "approvalSource"]);
var OPTION_LOOSENS = {
  "redundancy-group-concurrency.maxSitesAtRisk": "higher",
  "redundancy-group-concurrency.maxServersAtRisk": "higher",
  "redundancy-group-concurrency.nonEmergencyMaxSitesAtRisk": "higher",
  "redundancy-group-concurrency.nonEmergencyMaxServersAtRisk": "higher",
  "canary-and-soak.soakHours": "lower",
  "canary-and-soak.maxWaveFraction": "higher",
  "canary-and-soak.groupsSharingProof": "added",
  "canary-and-soak.qualifyingRole": "changed",
  "canary-and-soak.qualificationApprovals": "lower",
  "surviving-capacity.headroom": "lower",
  "emergency-route-diversity.minRoutes": "lower",
  "emergency-route-diversity.minSites": "lower",
  "capacity-end-state.growth": "lower",
  "capacity-end-state.maxSiteShare": "higher",
  "maintenance-window.maxPeakShare": "higher",
  "maintenance-window.peakLeadHours": "lower",
  "rollback-plan.maxRollbackMinutes": "higher",
  "rollback-plan.trafficRecoveryMinutes": "lower",
  "rollback-plan.requireRecoveryForRoles": "removed",
  "stakeholder-notification.regulatorLeadTimeHours": "lower",
  "stakeholder-notification.psapLeadTimeHours": "lower",
  "stakeholder-notification.nocLeadTimeHours": "lower",
  "stakeholder-notification.maxEscalationMinutes": "higher",
  "risk-classification.broadChangeSites": "higher",
  "risk-classification.commonModeStepSites": "higher",
  "risk-classification.minCapacityMargin": "lower",
  "approvals.minApprovals": "lower",
  "approvals.requiredRoles": "removed",
  "approvals.minApprovalsBelowHigh": "lower",
  "plan-consistency.maxWindowHours": "higher"
};
var SEVERITY_RANK2 = { off: 0, notice: 1, warning: 2, error: 3 };
var show = (value) => value === void 0 ? "unset" : JSON.stringify(value);
function builtInPackOf(evaluation) {
  const custom = new Set(evaluation.customRules.map((r) => r.id));
  return evaluation.settings.map((e) => e.rule).filter((r) => !custom.has(r.id));
}
function ruleLoosenings(rules, base, head, baseCustom = [], headCustom = []) {
  const out = [];
  const baseSettings = new Map(resolveRuleSettings([...rules, ...baseCustom], base).effective.map((e) => [e.rule.id, e]));
  for (const headRule of resolveRuleSettings([...rules, ...headCustom], head).effective) {
    const id = headRule.rule.id;
    const baseRule = baseSettings.get(id);
    if (!baseRule) continue;
    const override = head.rules.get(id);
    const file = override?.at.file ?? head.at.file;
    const rulePointer = override?.at.pointer ?? (head.rules.size > 0 ? "/rules" : "");
    const lowered = SEVERITY_RANK2[headRule.severity] < SEVERITY_RANK2[baseRule.severity];
    if (lowered && (headRule.rule.source === void 0 || override?.severity !== void 0)) {
      out.push({
        kind: "ruleSeverity",
        what: `rule ${id} is lowered from ${baseRule.severity} to ${headRule.severity}`,
        file,
        pointer: override?.severity !== void 0 ? `${rulePointer}/severity` : rulePointer
      });
    }
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(baseRule.options), ...Object.keys(headRule.options)])].sort();
    for (const key of keys) {
      const before = baseRule.options[key];
      const after = headRule.options[key];
      if (stableStringify(before) === stableStringify(after)) continue;
      const direction = OPTION_LOOSENS[`${id}.${key}`];
      const what = optionChange(id, key, before, after, direction);
      if (what === void 0) continue;
      const optionPointer = override?.options && key in override.options ? `${rulePointer}/options/${key}` : rulePointer;
      out.push({ kind: "ruleOption", what, file, pointer: optionPointer });
    }
  }
  return out;
}
function optionChange(rule, key, before, after, direction) {
  const name = `option ${key} of rule ${rule}`;
  if (direction === "higher" || direction === "lower") {
    if (typeof before !== "number" || typeof after !== "number") return `${name} changes from ${show(before)} to ${show(after)}`;
    if (direction === "higher" ? after > before : after < before) return `${name} is ${direction === "higher" ? "raised" : "lowered"} from ${before} to ${after}`;
    return void 0;
  }
  if (direction === "added" || direction === "removed") {
    const item = (x) => typeof x === "string" ? x : JSON.stringify(x);
    const b = Array.isArray(before) ? before.map(item) : [];
    const a = Array.isArray(after) ? after.map(item) : [];
    const changed = direction === "added" ? a.filter((x) => !b.includes(x)) : b.filter((x) => !a.includes(x));
    return changed.length > 0 ? `${name} ${direction === "added" ? "gains" : "loses"} ${changed.join(", ")}` : void 0;
  }
  if (direction === "changed") return `${name} changes from ${show(before)} to ${show(after)}`;
  return `${name} changes from ${show(before)} to ${show(after)}; changegate cannot tell whether that loosens the gate, so it counts as a loosening`;
}
function windowCoverage(windows) {
  const covered = /* @__PURE__ */ new Set();
  for (const w of windows) for (const key of windowMinutes(w)) covered.add(key);
  return covered;
}
function windowMinutes(w) {
  const minutes = (hhmm2) => Number(hhmm2.slice(0, 2)) * 60 + Number(hhmm2.slice(3, 5));
  const start = minutes(w.start);
  let end = minutes(w.end);
  if (end <= start) end += 24 * 60;
  const out = [];
  for (const day of w.days) for (let m = start; m < end; m++) out.push(`${day}:${m}`);
  return out;
}
function hhmm(minute) {
  const m = minute % (24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
function windowLoosenings(base, head) {
  const covered = windowCoverage(base.maintenanceWindows);
  const out = [];
  for (const w of head.maintenanceWindows) {
    const extra = windowMinutes(w).filter((k) => !covered.has(k));
    if (extra.length === 0) continue;
    const [day, minute] = extra[0].split(":");
    out.push({
      kind: "maintenanceWindow",
      what: `maintenance window ${w.days.join("/")} ${w.start}-${w.end} allows ${extra.length} minute(s) the base policy did not (from ${day} ${hhmm(Number(minute))})`,
      file: w.at.file,
      pointer: w.at.pointer
    });
  }
  return out;
}
function freezeLoosenings(base, head) {
  const out = [];
  const headFreezes = [...head.freezePeriods].sort((a, b) => a.start - b.start);
  for (const freeze of base.freezePeriods) {
    let uncoveredFrom;
    let cursor = freeze.start;
    for (const h of headFreezes) {
      if (h.end <= cursor || h.start >= freeze.end) continue;
      if (h.start > cursor) {
        uncoveredFrom = cursor;
        break;
      }
      cursor = Math.max(cursor, h.end);
    }
    if (uncoveredFrom === void 0 && cursor < freeze.end) uncoveredFrom = cursor;
    if (uncoveredFrom === void 0) continue;
    const same = head.freezePeriods.find((h) => h.id === freeze.id);
    const when = formatInstant(uncoveredFrom, base.timeZone);
    out.push({
      kind: "freezePeriod",
      what: same ? `freeze period ${freeze.id} (${freeze.reason.trim()}) is shortened: from ${when} changes may run again` : `freeze period ${freeze.id} (${freeze.reason.trim()}) is removed: changes may run from ${when}`,
      file: same?.at.file ?? head.at.file,
      pointer: same?.at.pointer ?? "/freezePeriods"
    });
  }
  return out;
}
function rawApprovers(evaluation, policy) {
  const value = evaluation.documents.get(policy.at.file)?.value;
  return new Map((value?.approvers ?? []).map((a, index) => [a.id, { raw: stableStringify(a), index }]));
}
function approverLoosenings(baseEvaluation, base, headEvaluation, head) {
  const before = rawApprovers(baseEvaluation, base);
  const after = rawApprovers(headEvaluation, head);
  const out = [];
  for (const [id, entry] of after) {
    const previous = before.get(id);
    if (previous?.raw === entry.raw) continue;
    const roles = head.approvers.get(id)?.roles.join(", ") ?? "";
    out.push({
      kind: "approvers",
      what: previous ? `approver ${id} is changed (roles now ${roles}; any change to an approver, their roles or keys, changes who may open the gate)` : `approver ${id} is added with role(s) ${roles}`,
      file: head.at.file,
      pointer: `/approvers/${entry.index}`
    });
  }
  for (const id of before.keys()) {
    if (after.has(id)) continue;
    out.push({ kind: "approvers", what: `approver ${id} is removed from the approvers list`, file: head.at.file, pointer: "/approvers" });
  }
  return out;
}
var APPROVAL_SOURCE_NAME = (kind) => kind === "none" ? "none (no approval counts)" : kind;
function approvalSourceLoosenings(base, head) {
  const b = base.approvalSource;
  const h = head.approvalSource;
  if (h.kind === "none") return [];
  const where = { file: h.at.file, pointer: h.at.pointer };
  if (b.kind !== h.kind) {
    const declared = h.kind === "declared" ? ": approvals now count as written, without proof of who gave them" : ", which changes who can prove an approval";
    return [{ kind: "approvalSource", what: `the approval source changes from ${APPROVAL_SOURCE_NAME(b.kind)} to ${h.kind}${declared}`, ...where, pointer: `${h.at.pointer}/kind` }];
  }
  const out = [];
  if (b.allowedSigners !== h.allowedSigners) {
    out.push({ kind: "approvalSource", what: `the allowed-signers file changes from ${show(b.allowedSigners)} to ${show(h.allowedSigners)}, which changes whose signature proves an approval`, ...where });
  }
  for (const [role, team] of [...h.teams].sort(([x], [y]) => x.localeCompare(y))) {
    if (b.teams.get(role) === team) continue;
    out.push({ kind: "approvalSource", what: `role ${role} is now held through team ${team}${b.teams.has(role) ? ` (was ${b.teams.get(role)})` : ""}`, ...where, pointer: `${h.at.pointer}/teams/${role}` });
  }
  return out;
}
function waiverApprovalLoosenings(base, head) {
  const out = [];
  for (const req of base.waiverApprovals) {
    const kept = head.waiverApprovals.some((h) => h.severity === req.severity && h.minRisk === req.minRisk && h.role === req.role && h.approvers >= req.approvers);
    if (kept) continue;
    const scope = [req.severity && `${req.severity} findings`, req.minRisk && `${req.minRisk}-risk changes`].filter(Boolean).join(" on ") || "every waiver";
    out.push({
      kind: "waiverApprovals",
      what: `the waiver requirement of ${req.approvers} ${req.role} approver(s) for ${scope} is removed or weakened`,
      file: head.at.file,
      pointer: head.waiverApprovals.some((h) => h.at.pointer !== "") ? "/waiverApprovals" : ""
    });
  }
  return out;
}
function catalogLoosenings(base, head) {
  const out = [];
  for (const [key, version] of head.catalog.versions) {
    if (version.status !== "qualified") continue;
    const before = base.catalog.versions.get(key);
    if (before?.status === "qualified") continue;
    out.push({
      kind: "catalogQualified",
      what: `${version.platform} ${version.version} is qualified (it was ${before ? before.status : "not in the catalog"})`,
      file: version.at.file,
      pointer: `${version.at.pointer}/status`
    });
  }
  const canonical = (k) => {
    const { at: _at, ...rest } = k;
    return stableStringify(rest);
  };
  const kept = new Set(head.catalog.knownBad.map(canonical));
  for (const entry of base.catalog.knownBad) {
    if (kept.has(canonical(entry))) continue;
    const names = [entry.version && `version ${entry.version}`, entry.artefact && `artefact ${entry.artefact}`, entry.sha256 && `sha256 ${entry.sha256}`].filter(Boolean).join(", ");
    out.push({
      kind: "catalogKnownBad",
      what: `the known-bad entry for ${names}${entry.platform ? ` on ${entry.platform}` : ""} is removed or changed`,
      file: head.catalog.at.file,
      pointer: "/knownBad"
    });
  }
  return out;
}
function waiverLoosenings(base, head) {
  const canonical = (w) => {
    const { at: _at, ...rest } = w;
    return stableStringify(rest);
  };
  const before = new Set(base.waivers.map(canonical));
  return head.waivers.filter((w) => !before.has(canonical(w))).map((w) => ({
    kind: "waiver",
    what: `waiver ${w.id} ${base.waivers.some((b) => b.id === w.id) ? "is changed" : "is added"}: it exempts ${w.change}${w.step ? ` step ${w.step}` : ""} from ${w.rule}`,
    file: w.at.file,
    pointer: "/id"
  }));
}
function scopeLoosenings(base, head, configPath) {
  const read = (evaluation) => {
    const value = evaluation.documents.get(configPath)?.value;
    return { include: stableStringify(value?.include ?? null), exclude: stableStringify(value?.exclude ?? null), includeDrafts: value?.includeDrafts === true };
  };
  const before = read(base);
  const after = read(head);
  const out = [];
  for (const key of ["include", "exclude"]) {
    if (before[key] === after[key]) continue;
    out.push({ kind: "gateScope", what: `the ${key} list of ${configPath} changes which files the gate reads (from ${before[key]} to ${after[key]})`, file: configPath, pointer: head.documents.has(configPath) ? `/${key}` : "" });
  }
  if (before.includeDrafts && !after.includeDrafts) {
    out.push({ kind: "gateScope", what: `${configPath} no longer includes draft change requests in the plan`, file: configPath, pointer: head.documents.has(configPath) ? "/includeDrafts" : "" });
  }
  return out;
}
function customRuleLoosenings(base, head) {
  const out = [];
  const headRules = new Map((head.customRules ?? []).map((r) => [r.id, r]));
  for (const rule of base.customRules ?? []) {
    const source = rule.source ?? "";
    const after = headRules.get(rule.id);
    if (!after) {
      out.push({ kind: "customRule", what: `custom rule ${rule.id} (${source}) no longer runs: its file is removed, renamed to another id, or no longer compiles`, file: source, pointer: "" });
      continue;
    }
    const file = after.source ?? source;
    const before = base.documents.get(source)?.value ?? {};
    const now = head.documents.get(file)?.value ?? {};
    const pointer = (key) => key in now ? `/${key}` : "";
    if (SEVERITY_RANK2[after.defaultSeverity] < SEVERITY_RANK2[rule.defaultSeverity]) {
      out.push({ kind: "customRule", what: `custom rule ${rule.id} is lowered from ${rule.defaultSeverity} to ${after.defaultSeverity}`, file, pointer: pointer("severity") });
    }
    if (!rule.waivable && after.waivable) out.push({ kind: "customRule", what: `custom rule ${rule.id} becomes waivable`, file, pointer: pointer("waivable") });
    for (const key of ["when", "unwaivableWhen", "scope", "at"]) {
      if (stableStringify(before[key] ?? null) === stableStringify(now[key] ?? null)) continue;
      out.push({ kind: "customRule", what: `custom rule ${rule.id} changes its ${key} from ${show(before[key])} to ${show(now[key])}`, file, pointer: pointer(key) });
    }
  }
  return out;
}
function findLoosenings(base, head, configPath = DEFAULT_CONFIG_FILE) {
  const b = base.network;
  const h = head.network;
  if (!b || !h) return [];
  const out = [
    ...ruleLoosenings(builtInPackOf(head), b.policy, h.policy, base.customRules, head.customRules),
    ...customRuleLoosenings(base, head),
    ...windowLoosenings(b.policy, h.policy),
    ...freezeLoosenings(b.policy, h.policy),
    ...b.policy.timeZone !== h.policy.timeZone ? [{ kind: "policyTimeZone", what: `the policy time zone changes from ${b.policy.timeZone} to ${h.policy.timeZone}, which moves every maintenance window and freeze`, file: h.policy.at.file, pointer: "/timeZone" }] : [],
    ...approverLoosenings(base, b.policy, head, h.policy),
    ...approvalSourceLoosenings(b.policy, h.policy),
    ...waiverApprovalLoosenings(b.policy, h.policy),
    ...catalogLoosenings(b, h),
    ...waiverLoosenings(b, h),
    ...scopeLoosenings(base, head, configPath)
  ];
  return out;
}
var GUARD_KINDS = /* @__PURE__ */ new Set(["Policy", "SoftwareCatalog", "Waiver", "Rule"]);
function isGuardFile(evaluation, path, configPath) {
  if (path === configPath) return true;
  const kind = evaluation.documents.get(path)?.value?.kind;
  return typeof kind === "string" && GUARD_KINDS.has(kind);
}
function verdictFlips(base, head, options) {
  const configPath = options.configPath ?? DEFAULT_CONFIG_FILE;
  const files = [
    ...head.files.filter((f) => !isGuardFile(head.evaluation, f.path, configPath)),
    ...base.files.filter((f) => isGuardFile(base.evaluation, f.path, configPath))
  ];
  const underBase = evaluate(files, options);
  const baseByChange = groupByChange(allFindings(underBase), underBase);
  const headByChange = groupByChange(allFindings(head.evaluation), head.evaluation);
  const blocks = (v) => v === "fail" || v === "error";
  const flips = [];
  for (const change of head.evaluation.changes) {
    const before = crVerdict(baseByChange.get(change.id) ?? []);
    const after = crVerdict(headByChange.get(change.id) ?? []);
    if (blocks(before) && !blocks(after)) flips.push({ changeId: change.id, underBase: before, underHead: after });
  }
  return flips;
}
function judgeLoosenings(input) {
  const configPath = input.evaluateOptions.configPath ?? DEFAULT_CONFIG_FILE;
  const loosenings = findLoosenings(input.base.evaluation, input.head.evaluation, configPath);
  if (loosenings.length === 0) return { loosenings, flips: [], findings: [] };
  const flips = verdictFlips(input.base, input.head, input.evaluateOptions);
  const role = LOOSENING_APPROVER_ROLE;
  const basePolicy = input.base.evaluation.network?.policy;
  const verifier = basePolicy ? new ApprovalVerifier(basePolicy, input.head.evaluation.documents, input.evaluateOptions.approvalEvidence) : void 0;
  const roleHolders = [...basePolicy?.approvers.values() ?? []].filter((a) => a.roles.includes(role)).map((a) => a.id).sort();
  const flipNote = flips.length > 0 ? `Judged with the base's policy, catalog, waivers and config, ${flips.map((f) => `${f.changeId} would ${f.underBase === "error" ? "not evaluate" : "fail"}`).join(", ")}: this pull request lets ${flips.length === 1 ? "it" : "them"} through.` : "It flips no change request of this pull request today, and it applies to every plan to come.";
  const sink = new FindingSink(input.head.evaluation.documents);
  for (const l of loosenings) {
    const authors = /* @__PURE__ */ new Set([...input.authors ?? [], ...verifier?.authorsOf(l.file, []) ?? []]);
    const proven = verifier?.provenApprovers(l.file, l.pointer) ?? { approvers: [] };
    const candidates = [...input.verifiedApprovers, ...proven.approvers.filter((p) => !input.verifiedApprovers.some((a) => a.person === p.person))];
    const selfReferential = APPROVAL_IDENTITY_KINDS.has(l.kind);
    const approver = selfReferential ? void 0 : candidates.find((a) => a.roles.includes(role) && !authors.has(a.person));
    const verifiedNote = selfReferential ? "it changes who may approve or how an approval is proven, so no approval of the pull request that makes the change can lift it: change the approvers on their own, through the repository's protected merge process" : candidates.length === 0 ? `no verified approval of this pull request was found${proven.note ? ` (${proven.note})` : ""}` : `verified approvals found: ${candidates.map((a) => `${a.person} (${a.roles.join(", ") || "no role"}${authors.has(a.person) ? ", an author" : ""})`).join(", ")}, none that counts in the ${role} role`;
    const data = {
      kind: l.kind,
      what: l.what,
      role,
      roleHolders: roleHolders.length > 0 ? roleHolders : ["none in the base policy"],
      flips: flips.map((f) => f.changeId),
      flipNote,
      ...approver ? { approvedBy: approver.person } : { verifiedNote }
    };
    const messageId = approver ? "approvedLoosening" : "loosened";
    sink.add(policy_loosening_default.id, approver ? "notice" : "error", messageId, interpolate(policy_loosening_default.messages[messageId], data), { file: l.file, pointer: l.pointer }, data, { atKey: l.atKey ?? false });
  }
  return { loosenings, flips, findings: sink.findings };
}
function withFindings(evaluation, extra) {
  if (extra.length === 0) return evaluation;
  const findings = [...evaluation.findings, ...extra].sort(compareFindings);
  const counts = {
    ...evaluation.counts,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length
  };
  const verdict = findings.some(isInputFinding) || counts.rules === 0 ? "error" : counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  return { ...evaluation, findings, counts, verdict };
}

export {
  isBlocking,
  keepNewFindings,
  labelFindings,
  summariseChanges,
  judgeLoosenings,
  withFindings
};
