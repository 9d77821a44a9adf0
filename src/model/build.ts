// Builds the typed network model from schema-valid documents and resolves every reference.
// Problems come back as located "model problems"; the engine turns them into findings.
import { sha256Hex, stableStringify } from '../core/finding.ts';
import { didYouMean } from '../core/suggest.ts';
import { pointerOf } from '../load/positions.ts';
import { defineOwn } from '../load/yaml.ts';
import { parseInstant } from '../core/time.ts';
import { rememberChange, rememberInventory, reusedChange, reusedInventory } from './reuse.ts';
import type { BuiltModelMemo } from './reuse.ts';
import type { DocumentKind } from '../validate/schemas.ts';
import type {
  Approval,
  ApprovalSourcePolicy,
  CallServer,
  ExecutionRecord,
  NotificationRecord,
  Qualification,
  StepRecord,
  ChangeRequest,
  ChangeState,
  DayType,
  Inventory,
  Network,
  Policy,
  SoftwareCatalog,
  SourceRef,
  Stakeholder,
  Step,
  StepAction,
  TrafficForecast,
  TrafficProfile,
  Waiver,
  WaiverApprovalRequirement,
} from './types.ts';

export interface ValidDocument {
  file: string;
  kind: DocumentKind;
  // Schema-valid data: field access below relies on the schema's guarantees.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  /** A change request's revisionOf(value), when already known (kept with a cached document). */
  revision?: string;
}

export interface ModelProblem {
  ruleId: 'reference-integrity' | 'schema-valid';
  messageId: string;
  message: string;
  at: SourceRef;
  atKey?: boolean;
  data: Record<string, string | number>;
  changeId?: string;
}

export interface BuildOptions {
  includeDrafts: boolean;
  /** The inventory and change requests built by earlier evaluations of the same series (see reuse.ts). */
  builtModel?: BuiltModelMemo;
}

export interface BuildResult {
  network?: Network;
  problems: ModelProblem[];
  /** Change requests excluded because their own document was invalid (counted, never silently dropped). */
}

const TIMELINE_STATES: ReadonlySet<ChangeState> = new Set(['proposed', 'approved', 'scheduled', 'in-progress']);

/** Fraction of capacity lost by default while a step of this action runs. */
export const DEFAULT_CAPACITY_LOSS: Record<StepAction, number> = {
  'software-upgrade': 1,
  'config-push': 1,
  reconnection: 1,
  'capacity-add': 1,
  'capacity-remove': 1,
  restart: 1,
  drain: 0,
  isolate: 1,
  restore: 0,
};

/**
 * The change request's content hash: canonical JSON without approvals and without state. Approvals
 * sign the plan (steps, targets, windows, procedures, rollback, verification, notifications), so moving
 * a change through its states never stales them; the execution record is a document of its own.
 */
export function revisionOf(changeRequest: Record<string, unknown>): string {
  const { approvals: _approvals, state: _state, ...content } = changeRequest;
  return 'sha256:' + sha256Hex(stableStringify(content));
}

class ModelBuilder {
  readonly problems: ModelProblem[] = [];

  problem(problem: ModelProblem): void {
    this.problems.push(problem);
  }

  // Per namespace: the first place each id was defined, and the first id seen for each skeleton.
  private readonly namespaces = new Map<string, { firstSeen: Map<string, SourceRef>; skeletons: Map<string, string> }>();

  /** Registers an id in a namespace, reporting a duplicate. Returns false for a duplicate. */
  claim(namespace: string, id: string, at: SourceRef): boolean {
    let ns = this.namespaces.get(namespace);
    if (!ns) this.namespaces.set(namespace, (ns = { firstSeen: new Map(), skeletons: new Map() }));
    const skeleton = idSkeleton(id);
    const lookalike = ns.skeletons.get(skeleton);
    if (lookalike !== undefined && lookalike !== id) {
      this.problem({
        ruleId: 'reference-integrity',
        messageId: 'confusableId',
        message: `${namespace} id "${id}" differs from "${lookalike}" (${ns.firstSeen.get(lookalike)?.file}) only by letter case or look-alike characters; ids must be distinguishable`,
        at: { file: at.file, pointer: at.pointer + '/id' },
        data: { kind: namespace, id, other: lookalike },
      });
      // Still registered: references to either spelling resolve, so the one real mistake is not
      // buried under "unknown id" findings.
    }
    if (lookalike === undefined) ns.skeletons.set(skeleton, id);
    const previous = ns.firstSeen.get(id);
    if (previous) {
      this.problem({
        ruleId: 'reference-integrity',
        messageId: 'duplicateId',
        message: `duplicate ${namespace} id "${id}": already defined in ${previous.file} (${previous.pointer})`,
        at: { file: at.file, pointer: at.pointer + '/id' },
        data: { kind: namespace, id, firstFile: previous.file },
      });
      return false;
    }
    ns.firstSeen.set(id, at);
    return true;
  }

  /** Reports a reference that does not resolve, with a "did you mean" among known ids. */
  resolve(kind: string, id: string, known: ReadonlyMap<string, unknown> | ReadonlySet<string>, where: SourceRef | (() => SourceRef), changeId?: string): boolean {
    if (known.has(id)) return true;
    // Positions are built only for references that fail (nearly all resolve).
    const at = typeof where === 'function' ? where() : where;
    const suggestion = didYouMean(id, known.keys());
    this.problem({
      ruleId: 'reference-integrity',
      messageId: 'unknownReference',
      message: `unknown ${kind} "${id}"` + (suggestion ? `; did you mean "${suggestion}"?` : ''),
      at,
      data: { kind, id, ...(suggestion ? { suggestion } : {}) },
      ...(changeId ? { changeId } : {}),
    });
    return false;
  }

  instant(text: string, zone: string, at: SourceRef, changeId?: string): number | undefined {
    const parsed = parseInstant(text, zone);
    if (parsed.ok) return parsed.ms;
    this.problem({
      ruleId: 'schema-valid',
      messageId: parsed.reason === 'invalid' || parsed.reason === 'bad-zone' ? 'badFormat' : `${parsed.reason}LocalTime`,
      message: parsed.message,
      at,
      data: { value: text, zone },
      ...(changeId ? { changeId } : {}),
    });
    return undefined;
  }

  window(startText: string, endText: string, zone: string, at: SourceRef, changeId?: string): { start: number; end: number } | undefined {
    const start = this.instant(startText, zone, { file: at.file, pointer: at.pointer + '/start' }, changeId);
    const end = this.instant(endText, zone, { file: at.file, pointer: at.pointer + '/end' }, changeId);
    if (start === undefined || end === undefined) return undefined;
    if (end <= start) {
      this.problem({
        ruleId: 'schema-valid',
        messageId: 'endNotAfterStart',
        message: `the window ends (${endText}) ${end === start ? 'when it starts' : 'before it starts'} (${startText}); end must be after start`,
        at: { file: at.file, pointer: at.pointer + '/end' },
        data: { start: startText, end: endText },
        ...(changeId ? { changeId } : {}),
      });
      return undefined;
    }
    return { start, end };
  }
}

// Latin look-alikes from Cyrillic and Greek: "РАR1" written with Cyrillic letters must not pass for
// a second, distinct site next to "PAR1".
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ı: 'i',
};

/** The form two ids share when a reader could not tell them apart: NFKC, lower case, look-alikes folded. */
export function idSkeleton(id: string): string {
  // Plain ASCII ids (nearly all of them) have no look-alikes to fold and are already NFKC.
  if (/^[\x20-\x7e]*$/.test(id)) return id.toLowerCase();
  let out = '';
  for (const ch of id.normalize('NFKC').toLowerCase()) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * `{ ...raw, ...extra }`, keeping one hidden class per shape. In V8 an object spread that is not
 * optimised gives every copy a hidden class of its own: 7,500 trunks had 7,500 classes, which made
 * every later property access on them megamorphic and added megabytes for the garbage collector to
 * copy. Copying key by key shares the classes; defineOwn, as in the loader, never runs a setter.
 */
function copyWith<T extends object, E extends object>(raw: T, extra: E): Omit<T, keyof E> & E {
  const copy: Record<string, unknown> = {};
  copyInto(copy, raw as Record<string, unknown>);
  copyInto(copy, extra as Record<string, unknown>);
  return copy as Omit<T, keyof E> & E;
}

/** copyWith(raw, { at }) without building the extra object: the inventory makes one per element. */
function copyWithAt<T extends object>(raw: T, at: SourceRef): Omit<T, 'at'> & { at: SourceRef } {
  const copy: Record<string, unknown> = {};
  copyInto(copy, raw as Record<string, unknown>);
  defineOwn(copy, 'at', at);
  return copy as Omit<T, 'at'> & { at: SourceRef };
}

function copyInto(copy: Record<string, unknown>, source: Record<string, unknown>): void {
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) defineOwn(copy, keys[i] as string, source[keys[i] as string]);
}

function ref(file: string, ...tokens: (string | number)[]): SourceRef {
  return { file, pointer: pointerOf(tokens) };
}

/** ref(file, section, index) for a list of the document's top level, whose name needs no escaping. */
function itemRef(file: string, section: string, index: number): SourceRef {
  return { file, pointer: `/${section}/${index}` };
}

/** The position of a field (a name that needs no escaping) inside the node at `at`. */
function fieldRef(at: SourceRef, field: string): SourceRef {
  return { file: at.file, pointer: `${at.pointer}/${field}` };
}

function buildInventory(b: ModelBuilder, docs: ValidDocument[]): Inventory {
  const inv: Inventory = {
    sites: new Map(),
    callServers: new Map(),
    redundancyGroups: new Map(),
    switches: new Map(),
    trunks: new Map(),
    psaps: new Map(),
    emergencyNumbers: new Map(),
    testNumbers: new Map(),
  };
  const declaredGroupEmergency = new Map<string, boolean>();
  for (const { file, value } of docs) {
    (value.sites ?? []).forEach((s: { id: string; name: string; region: string; failureDomain: string; timeZone: string }, i: number) => {
      const at = itemRef(file, 'sites', i);
      if (b.claim('site', s.id, at)) inv.sites.set(s.id, copyWithAt(s, at));
    });
    (value.redundancyGroups ?? []).forEach((g: { id: string; name: string; emergency?: boolean }, i: number) => {
      const at = itemRef(file, 'redundancyGroups', i);
      if (b.claim('redundancy group', g.id, at)) {
        inv.redundancyGroups.set(g.id, { id: g.id, name: g.name, emergency: g.emergency ?? false, members: [], at });
        declaredGroupEmergency.set(g.id, g.emergency ?? false);
      }
    });
    (value.callServers ?? []).forEach((s: Omit<CallServer, 'at'> & { vendor?: string }, i: number) => {
      const at = itemRef(file, 'callServers', i);
      if (b.claim('call server', s.id, at)) inv.callServers.set(s.id, copyWith(s, { vendor: s.vendor ?? '', at }));
    });
    (value.switches ?? []).forEach((s: { id: string; name: string; site?: string }, i: number) => {
      const at = itemRef(file, 'switches', i);
      if (b.claim('switch', s.id, at)) inv.switches.set(s.id, copyWithAt(s, at));
    });
    (value.trunks ?? []).forEach((t: { id: string; callServer: string; switch: string; capacity: { sessions: number }; emergency: boolean }, i: number) => {
      const at = itemRef(file, 'trunks', i);
      if (b.claim('trunk', t.id, at)) inv.trunks.set(t.id, copyWithAt(t, at));
    });
    (value.psaps ?? []).forEach((p: { id: string; name: string }, i: number) => {
      const at = itemRef(file, 'psaps', i);
      if (b.claim('PSAP', p.id, at)) inv.psaps.set(p.id, copyWithAt(p, at));
    });
    (value.emergencyNumbers ?? []).forEach(
      (n: { number: string; name: string; psaps: string[]; routes: { callServer: string; trunk: string; switch: string; psap: string }[] }, i: number) => {
        const at = ref(file, 'emergencyNumbers', i);
        if (!b.claim('emergency number', n.number, { file, pointer: at.pointer })) return;
        inv.emergencyNumbers.set(n.number, {
          number: n.number,
          name: n.name,
          psaps: n.psaps,
          routes: n.routes.map((r, k) => copyWith(r, { at: ref(file, 'emergencyNumbers', i, 'routes', k) })),
          at,
        });
      },
    );
    (value.testNumbers ?? []).forEach((n: { number: string; name: string }, i: number) => {
      const at = ref(file, 'testNumbers', i);
      if (b.claim('test number', n.number, at)) inv.testNumbers.set(n.number, { number: n.number, name: n.name, at });
    });
  }
  for (const test of inv.testNumbers.values()) {
    // A test call to an emergency number must be judged as one: the number cannot be both.
    if (!inv.emergencyNumbers.has(test.number)) continue;
    b.problem({
      ruleId: 'reference-integrity',
      messageId: 'duplicateId',
      message: `test number "${test.number}" is an emergency number of the inventory (${inv.emergencyNumbers.get(test.number)?.at.file}); remove it from testNumbers`,
      at: { file: test.at.file, pointer: test.at.pointer + '/number' },
      data: { kind: 'test number', id: test.number },
    });
    inv.testNumbers.delete(test.number);
  }
  // Resolve references now that every section of every inventory file is known.
  for (const server of inv.callServers.values()) {
    b.resolve('site', server.site, inv.sites, () => ({ file: server.at.file, pointer: server.at.pointer + '/site' }));
    const group = inv.redundancyGroups.get(server.redundancyGroup);
    if (group) {
      group.members.push(server.id);
      if (server.emergency) group.emergency = true;
    } else {
      b.resolve('redundancy group', server.redundancyGroup, inv.redundancyGroups, {
        file: server.at.file,
        pointer: server.at.pointer + '/redundancyGroup',
      });
    }
  }
  for (const group of inv.redundancyGroups.values()) group.members.sort();
  for (const sw of inv.switches.values()) {
    if (sw.site !== undefined) b.resolve('site', sw.site, inv.sites, { file: sw.at.file, pointer: sw.at.pointer + '/site' });
  }
  for (const trunk of inv.trunks.values()) {
    b.resolve('call server', trunk.callServer, inv.callServers, () => ({ file: trunk.at.file, pointer: trunk.at.pointer + '/callServer' }));
    b.resolve('switch', trunk.switch, inv.switches, () => ({ file: trunk.at.file, pointer: trunk.at.pointer + '/switch' }));
  }
  for (const number of inv.emergencyNumbers.values()) {
    number.psaps.forEach((p, k) =>
      b.resolve('PSAP', p, inv.psaps, { file: number.at.file, pointer: `${number.at.pointer}/psaps/${k}` }),
    );
    for (const route of number.routes) {
      const okServer = b.resolve('call server', route.callServer, inv.callServers, { file: route.at.file, pointer: route.at.pointer + '/callServer' });
      const okTrunk = b.resolve('trunk', route.trunk, inv.trunks, { file: route.at.file, pointer: route.at.pointer + '/trunk' });
      b.resolve('switch', route.switch, inv.switches, { file: route.at.file, pointer: route.at.pointer + '/switch' });
      b.resolve('PSAP', route.psap, inv.psaps, { file: route.at.file, pointer: route.at.pointer + '/psap' });
      const trunk = inv.trunks.get(route.trunk);
      if (okServer && okTrunk && trunk && trunk.callServer !== route.callServer) {
        b.problem({
          ruleId: 'reference-integrity',
          messageId: 'routeMismatch',
          message: `trunk "${route.trunk}" belongs to call server "${trunk.callServer}", not "${route.callServer}"`,
          at: { file: route.at.file, pointer: route.at.pointer + '/trunk' },
          data: { trunk: route.trunk, expected: trunk.callServer, actual: route.callServer },
        });
      }
      if (okTrunk && trunk && inv.switches.has(route.switch) && trunk.switch !== route.switch) {
        b.problem({
          ruleId: 'reference-integrity',
          messageId: 'routeMismatch',
          message: `trunk "${route.trunk}" goes to switch "${trunk.switch}", not "${route.switch}"`,
          at: { file: route.at.file, pointer: route.at.pointer + '/switch' },
          data: { trunk: route.trunk, expected: trunk.switch, actual: route.switch },
        });
      }
      if (inv.psaps.has(route.psap) && !number.psaps.includes(route.psap)) {
        b.problem({
          ruleId: 'reference-integrity',
          messageId: 'routeMismatch',
          message: `route reaches PSAP "${route.psap}", which is not listed in the psaps of number ${number.number}`,
          at: { file: route.at.file, pointer: route.at.pointer + '/psap' },
          data: { psap: route.psap, number: number.number },
        });
      }
    }
  }
  return inv;
}

function buildForecast(doc: ValidDocument): TrafficForecast {
  const { file, value } = doc;
  const profile = (dayType: DayType, fallback: DayType): TrafficProfile => {
    const p = value.profiles[dayType] ?? value.profiles[fallback];
    return {
      totalSessions: p.totalSessions,
      totalCps: p.totalCps,
      emergencySessions: p.emergencySessions,
      emergencyCps: p.emergencyCps,
      at: ref(file, 'profiles', value.profiles[dayType] ? dayType : fallback),
    };
  };
  return {
    timeZone: value.timeZone,
    profiles: { weekday: profile('weekday', 'weekday'), weekend: profile('weekend', 'weekend'), holiday: profile('holiday', 'weekend') },
    holidays: new Set<string>(value.holidays ?? []),
    at: ref(file),
  };
}

function buildCatalog(b: ModelBuilder, doc: ValidDocument): SoftwareCatalog {
  const { file, value } = doc;
  const catalog: SoftwareCatalog = { versions: new Map(), knownBad: [], qualifications: [], at: ref(file) };
  (value.versions ?? []).forEach((v: { platform: string; version: string; status: 'qualified' | 'in-lab' | 'withdrawn' }, i: number) => {
    const at = ref(file, 'versions', i);
    const key = `${v.platform}@${v.version}`;
    if (b.claim('catalog version', key, at)) catalog.versions.set(key, { platform: v.platform, version: v.version, status: v.status, at });
  });
  (value.knownBad ?? []).forEach((k: Record<string, string>, i: number) => {
    catalog.knownBad.push({ ...(k as { reason: string }), at: ref(file, 'knownBad', i) });
  });
  (value.qualifications ?? []).forEach((q: Omit<Qualification, 'at'>, i: number) => {
    catalog.qualifications.push({ signature: q.signature, platform: q.platform, groups: q.groups, evidence: q.evidence, approvals: q.approvals, at: ref(file, 'qualifications', i) });
  });
  return catalog;
}

/** What a waiver needs when the policy says nothing: CAB approvers, two for errors and critical changes. */
const DEFAULT_WAIVER_APPROVALS: readonly Omit<WaiverApprovalRequirement, 'at'>[] = [
  { severity: 'notice', approvers: 1, role: 'cab' },
  { severity: 'warning', approvers: 1, role: 'cab' },
  { severity: 'error', approvers: 2, role: 'cab' },
  { minRisk: 'critical', approvers: 2, role: 'cab' },
];

function approvalSourceOf(file: string, value: { kind: ApprovalSourcePolicy['kind']; allowedSigners?: string; teams?: Record<string, string> } | undefined): ApprovalSourcePolicy {
  if (!value) return { kind: 'none', teams: new Map(), at: ref(file) };
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return {
    kind: value.kind,
    ...(value.kind === 'signed-commits' ? { allowedSigners: folder + (value.allowedSigners ?? 'allowed_signers') } : {}),
    teams: new Map(Object.entries(value.teams ?? {})),
    at: ref(file, 'approvalSource'),
  };
}

function buildPolicy(b: ModelBuilder, doc: ValidDocument): Policy {
  const { file, value } = doc;
  const zone: string = value.timeZone;
  const policy: Policy = {
    timeZone: zone,
    maintenanceWindows: (value.maintenanceWindows ?? []).map((w: { days: DayType[]; start: string; end: string }, i: number) => ({
      ...w,
      at: ref(file, 'maintenanceWindows', i),
    })),
    freezePeriods: [],
    approvers: new Map(),
    approvalSource: approvalSourceOf(file, value.approvalSource),
    waiverApprovals: (value.waiverApprovals ?? DEFAULT_WAIVER_APPROVALS).map((w: Omit<WaiverApprovalRequirement, 'at'>, i: number) => ({
      ...w,
      at: value.waiverApprovals ? ref(file, 'waiverApprovals', i) : ref(file),
    })),
    rules: new Map(),
    at: ref(file),
  };
  (value.freezePeriods ?? []).forEach((f: { id: string; reason: string; start: string; end: string }, i: number) => {
    const at = ref(file, 'freezePeriods', i);
    const window = b.window(f.start, f.end, zone, at);
    if (window && b.claim('freeze period', f.id, at)) policy.freezePeriods.push({ id: f.id, reason: f.reason, ...window, at });
  });
  (value.approvers ?? []).forEach((a: { id: string; name: string; roles: string[] }, i: number) => {
    const at = ref(file, 'approvers', i);
    if (b.claim('approver', a.id, at)) policy.approvers.set(a.id, copyWith(a, { at }));
  });
  for (const [ruleId, override] of Object.entries(value.rules ?? {}) as [string, { severity?: never; options?: Record<string, unknown> }][]) {
    policy.rules.set(ruleId, { ...override, at: ref(file, 'rules', ruleId) });
  }
  return policy;
}

const TARGET_SITES = ['targets', 'sites'] as const;
const TARGET_SERVERS = ['targets', 'callServers'] as const;
const TARGET_TRUNKS = ['targets', 'trunks'] as const;
const DEPENDS_ON = ['dependsOn'] as const;

/**
 * Resolves every id of a list of step `index`, at `/steps/<index>/<field...>/<k>`. A loop, not a
 * callback and a position closure per element: nearly every id resolves, and a plan has tens of
 * thousands of them.
 */
function resolveStepList(
  b: ModelBuilder,
  kind: string,
  ids: readonly string[],
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  file: string,
  index: number,
  field: readonly string[],
  changeId: string,
): void {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as string;
    if (!known.has(id)) b.resolve(kind, id, known, ref(file, 'steps', index, ...field, k), changeId);
  }
}

function buildChange(b: ModelBuilder, doc: ValidDocument, inv: Inventory, networkZone: string): ChangeRequest {
  const { file, value } = doc;
  const id: string = value.id;
  const at = ref(file);
  const stepIds = new Set<string>((value.steps ?? []).map((s: { id: string }) => s.id));
  const steps: Step[] = [];
  const seenSteps = new Map<string, number>();
  (value.steps ?? []).forEach((s: Record<string, never>, index: number) => {
    const stepAt = itemRef(file, 'steps', index);
    const raw = s as unknown as {
      id: string;
      action: StepAction;
      description?: string;
      targets: { sites?: string[]; callServers?: string[]; trunks?: string[] };
      window: { start: string; end: string; timeZone?: string };
      dependsOn?: string[];
      software?: { version: string; previousVersion?: string; artefact?: string; sha256?: string };
      procedure?: string;
      artefacts?: { name: string; sha256: string }[];
      rollback?: { procedure: string; minutes: number; includesTrafficRecovery?: boolean; recovery?: { of: string; minutes: number } };
      verification?: { testCalls?: { number: string; from?: string }[] };
      capacityLoss?: number;
      capacityChange?: { sessions: number; cps: number };
    };
    if (seenSteps.has(raw.id)) {
      b.problem({
        ruleId: 'reference-integrity',
        messageId: 'duplicateId',
        message: `duplicate step id "${raw.id}" in ${id}: already used by step ${(seenSteps.get(raw.id) ?? 0) + 1}`,
        at: { file, pointer: stepAt.pointer + '/id' },
        data: { kind: 'step', id: raw.id },
        changeId: id,
      });
      return;
    }
    seenSteps.set(raw.id, index);
    const targets = { sites: raw.targets.sites ?? [], callServers: raw.targets.callServers ?? [], trunks: raw.targets.trunks ?? [] };
    resolveStepList(b, 'site', targets.sites, inv.sites, file, index, TARGET_SITES, id);
    resolveStepList(b, 'call server', targets.callServers, inv.callServers, file, index, TARGET_SERVERS, id);
    resolveStepList(b, 'trunk', targets.trunks, inv.trunks, file, index, TARGET_TRUNKS, id);
    const dependsOn = raw.dependsOn ?? [];
    resolveStepList(b, `step of ${id}`, dependsOn, stepIds, file, index, DEPENDS_ON, id);
    const zone = raw.window.timeZone ?? networkZone;
    const windowAt = fieldRef(stepAt, 'window');
    const window = b.window(raw.window.start, raw.window.end, zone, windowAt, id);
    if (!window) return;
    // Every step has every field (absent ones undefined): one hidden class for all steps, which every
    // rule reads in its inner loops, instead of one per combination of optional fields.
    const step: Step = {
      id: raw.id,
      key: `${id}#${raw.id}`,
      index,
      changeId: id,
      action: raw.action,
      description: raw.description,
      targets,
      window: { start: window.start, end: window.end, timeZone: zone, at: windowAt },
      dependsOn,
      software: raw.software ? copyWith(raw.software, { at: fieldRef(stepAt, 'software') }) : undefined,
      procedure: raw.procedure,
      artefacts: (raw.artefacts ?? []).map((a, k) => ({ name: a.name, sha256: a.sha256, index: k })),
      rollback: raw.rollback
        ? {
            procedure: raw.rollback.procedure,
            minutes: raw.rollback.minutes,
            includesTrafficRecovery: raw.rollback.includesTrafficRecovery ?? false,
            ...(raw.rollback.recovery ? { recovery: { of: raw.rollback.recovery.of, minutes: raw.rollback.recovery.minutes } } : {}),
            at: fieldRef(stepAt, 'rollback'),
          }
        : undefined,
      // Read-only from here on; no rule locates a single test call, so no copy with a position each.
      testCalls: raw.verification?.testCalls ?? [],
      capacityLoss: raw.capacityLoss ?? DEFAULT_CAPACITY_LOSS[raw.action],
      capacityChange: raw.capacityChange,
      at: stepAt,
    };
    steps.push(step);
  });
  const notify: Stakeholder[] = (value.notify ?? []).map(
    (n: Omit<Stakeholder, 'at' | 'psaps'> & { psaps?: string[] }, i: number) => {
      (n.psaps ?? []).forEach((p, k) => b.resolve('PSAP', p, inv.psaps, () => ref(file, 'notify', i, 'psaps', k), id));
      return copyWith(n, { psaps: n.psaps ?? [], at: ref(file, 'notify', i) });
    },
  );
  const approvals: Approval[] = (value.approvals ?? []).map((a: Omit<Approval, 'ref'>, i: number) => copyWith(a, { ref: ref(file, 'approvals', i) }));
  const change: ChangeRequest = {
    id,
    title: value.title,
    owner: value.owner,
    purpose: value.purpose ?? '',
    declaredRisk: value.declaredRisk,
    state: value.state,
    capacityUpgrade: value.capacityUpgrade ?? false,
    approvals,
    notify,
    steps,
    revision: doc.revision ?? revisionOf(value),
    // Set when its execution record is read: present on every change request, one hidden class.
    record: undefined,
    file,
    at,
  };
  if (value.escalation) change.escalation = copyWith(value.escalation as { contact: string; targetMinutes: number }, { at: ref(file, 'escalation') });
  return change;
}

/**
 * buildInventory, or the memo's inventory and problems when built from these very documents (see
 * reuse.ts). Its ids are claimed in namespaces of their own, which nothing built later claims in.
 */
function buildInventoryReusing(memo: BuiltModelMemo, b: ModelBuilder, docs: ValidDocument[]): Inventory {
  const known = reusedInventory(memo, docs);
  if (known) {
    for (const p of known.problems) b.problem(p);
    return known.built;
  }
  const before = b.problems.length;
  const inventory = buildInventory(b, docs);
  rememberInventory(memo, docs, inventory, b.problems.slice(before));
  return inventory;
}

/** buildChange, or the memo's change request and problems when built from this very document (see reuse.ts). */
function buildChangeReusing(memo: BuiltModelMemo, b: ModelBuilder, doc: ValidDocument, inv: Inventory, networkZone: string): ChangeRequest {
  const known = reusedChange(memo, doc, networkZone);
  if (known) {
    for (const p of known.problems) b.problem(p);
    return known.change;
  }
  const before = b.problems.length;
  const change = buildChange(b, doc, inv, networkZone);
  rememberChange(memo, doc, networkZone, change, b.problems.slice(before));
  return change;
}

/**
 * The execution record of one change request: every reference resolved (change, steps, notify
 * entries, emergency numbers, targets) and every instant read, or a located problem.
 */
function buildRecord(b: ModelBuilder, doc: ValidDocument, changes: ReadonlyMap<string, ChangeRequest>, inv: Inventory, zone: string): ExecutionRecord | undefined {
  const { file, value } = doc;
  const changeId: string = value.change;
  if (!b.resolve('change request', changeId, changes, ref(file, 'change'))) return undefined;
  const change = changes.get(changeId) as ChangeRequest;
  const stepIds = new Set(change.steps.map((s) => s.id));
  const record: ExecutionRecord = { change: changeId, steps: new Map(), notifications: [], file, at: ref(file) };
  (value.steps ?? []).forEach(
    (
      raw: { step: string; start: string; end?: string; result?: StepRecord['result']; operator: string; targets?: { sites?: string[]; callServers?: string[]; trunks?: string[] }; testCalls?: { number: string; at: string; answered: boolean; from?: string }[]; note?: string },
      i: number,
    ) => {
      const at = ref(file, 'steps', i);
      if (!b.resolve(`step of ${changeId}`, raw.step, stepIds, ref(file, 'steps', i, 'step'), changeId)) return;
      const previous = record.steps.get(raw.step);
      if (previous) {
        b.problem({
          ruleId: 'reference-integrity',
          messageId: 'duplicateId',
          message: `step ${raw.step} is recorded twice (first at ${previous.at.pointer}); a step has one record entry: its start, and its end and result once finished`,
          at: { file, pointer: at.pointer + '/step' },
          data: { kind: 'step record', id: raw.step },
          changeId,
        });
        return;
      }
      let start: number | undefined;
      let end: number | undefined;
      if (raw.end !== undefined) {
        const window = b.window(raw.start, raw.end, zone, at, changeId);
        if (!window) return;
        ({ start, end } = window);
      } else {
        start = b.instant(raw.start, zone, ref(file, 'steps', i, 'start'), changeId);
      }
      if (start === undefined) return;
      const targets = raw.targets ? { sites: raw.targets.sites ?? [], callServers: raw.targets.callServers ?? [], trunks: raw.targets.trunks ?? [] } : undefined;
      targets?.sites.forEach((t, k) => b.resolve('site', t, inv.sites, () => ref(file, 'steps', i, 'targets', 'sites', k), changeId));
      targets?.callServers.forEach((t, k) => b.resolve('call server', t, inv.callServers, () => ref(file, 'steps', i, 'targets', 'callServers', k), changeId));
      targets?.trunks.forEach((t, k) => b.resolve('trunk', t, inv.trunks, () => ref(file, 'steps', i, 'targets', 'trunks', k), changeId));
      const testCalls = (raw.testCalls ?? []).flatMap((call, k) => {
        b.resolve('emergency number', call.number, inv.emergencyNumbers, () => ref(file, 'steps', i, 'testCalls', k, 'number'), changeId);
        const placed = b.instant(call.at, zone, ref(file, 'steps', i, 'testCalls', k, 'at'), changeId);
        return placed === undefined ? [] : [{ number: call.number, at: placed, answered: call.answered, ...(call.from !== undefined ? { from: call.from } : {}) }];
      });
      const entry: StepRecord = { step: raw.step, start, operator: raw.operator, testCalls, at };
      if (end !== undefined) entry.end = end;
      if (raw.result !== undefined) entry.result = raw.result;
      if (targets) entry.targets = targets;
      if (raw.note !== undefined) entry.note = raw.note;
      record.steps.set(raw.step, entry);
    },
  );
  const parties = new Set(change.notify.map((n) => n.name));
  (value.notifications ?? []).forEach((raw: { party: string; sentAt: string; to: string; by?: string }, i: number) => {
    const at = ref(file, 'notifications', i);
    const known = b.resolve(`notify entry of ${changeId}`, raw.party, parties, ref(file, 'notifications', i, 'party'), changeId);
    const sentAt = b.instant(raw.sentAt, zone, ref(file, 'notifications', i, 'sentAt'), changeId);
    if (!known || sentAt === undefined) return;
    const notice: NotificationRecord = { party: raw.party, sentAt, to: raw.to, at };
    if (raw.by !== undefined) notice.by = raw.by;
    record.notifications.push(notice);
  });
  return record;
}

function single(b: ModelBuilder, docs: ValidDocument[], kind: DocumentKind, what: string): ValidDocument | undefined {
  const [first, ...rest] = docs;
  for (const extra of rest) {
    b.problem({
      ruleId: 'reference-integrity',
      messageId: 'duplicateDocument',
      message: `a second ${what} (kind ${kind}); the repository must hold exactly one, the first is ${first?.file}`,
      at: { file: extra.file, pointer: '/kind' },
      data: { kind, first: first?.file ?? '' },
    });
  }
  return first;
}

/**
 * Builds the network from valid documents. `missing` lists required kinds that are absent, so the
 * engine can report them; the network is only returned when the model is complete enough to evaluate.
 */
export function buildNetwork(docs: ValidDocument[], options: BuildOptions): BuildResult & { missing: DocumentKind[] } {
  const b = new ModelBuilder();
  const byKind = (kind: DocumentKind) => docs.filter((d) => d.kind === kind).sort((x, y) => (x.file < y.file ? -1 : 1));
  const inventoryDocs = byKind('Inventory');
  const memo = options.builtModel;
  const inventory = memo ? buildInventoryReusing(memo, b, inventoryDocs) : buildInventory(b, inventoryDocs);
  const forecastDoc = single(b, byKind('TrafficForecast'), 'TrafficForecast', 'traffic forecast');
  const catalogDoc = single(b, byKind('SoftwareCatalog'), 'SoftwareCatalog', 'software catalog');
  const policyDoc = single(b, byKind('Policy'), 'Policy', 'policy');
  const missing: DocumentKind[] = [];
  if (inventoryDocs.length === 0) missing.push('Inventory');
  if (!forecastDoc) missing.push('TrafficForecast');
  if (!catalogDoc) missing.push('SoftwareCatalog');
  if (!policyDoc) missing.push('Policy');
  const forecast = forecastDoc ? buildForecast(forecastDoc) : undefined;
  const catalog = catalogDoc ? buildCatalog(b, catalogDoc) : undefined;
  const policy = policyDoc ? buildPolicy(b, policyDoc) : undefined;
  const zone = policy?.timeZone ?? forecast?.timeZone ?? 'UTC';

  const allChanges: ChangeRequest[] = [];
  for (const doc of byKind('ChangeRequest')) {
    const change = memo ? buildChangeReusing(memo, b, doc, inventory, zone) : buildChange(b, doc, inventory, zone);
    if (b.claim('change request', change.id, { file: doc.file, pointer: '' })) allChanges.push(change);
  }
  allChanges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const changeIds = new Map(allChanges.map((c) => [c.id, c]));

  const records: ExecutionRecord[] = [];
  for (const doc of byKind('ExecutionRecord')) {
    const record = buildRecord(b, doc, changeIds, inventory, zone);
    if (!record) continue;
    const change = changeIds.get(record.change) as ChangeRequest;
    if (change.record) {
      b.problem({
        ruleId: 'reference-integrity',
        messageId: 'duplicateDocument',
        message: `a second execution record for ${record.change}; the first is ${change.record.file}. Keep one record per change request`,
        at: { file: doc.file, pointer: '/change' },
        data: { kind: 'ExecutionRecord', first: change.record.file },
        changeId: record.change,
      });
      continue;
    }
    change.record = record;
    records.push(record);
  }
  records.sort((x, y) => (x.change < y.change ? -1 : 1));

  const waivers: Waiver[] = [];
  for (const doc of byKind('Waiver')) {
    const v = doc.value;
    const at = ref(doc.file);
    if (!b.claim('waiver', v.id, at)) continue;
    const expires = b.instant(v.expires, zone, ref(doc.file, 'expires'));
    const changeKnown = b.resolve('change request', v.change, changeIds, ref(doc.file, 'change'));
    if (changeKnown && v.step !== undefined) {
      const stepIds = new Set((changeIds.get(v.change)?.steps ?? []).map((s) => s.id));
      b.resolve(`step of ${v.change}`, v.step, stepIds, ref(doc.file, 'step'));
    }
    if (expires === undefined) continue;
    waivers.push({
      id: v.id,
      rule: v.rule,
      change: v.change,
      justification: v.justification,
      approvedBy: typeof v.approvedBy === 'string' ? [v.approvedBy] : v.approvedBy,
      approvedByPointers: typeof v.approvedBy === 'string' ? ['/approvedBy'] : v.approvedBy.map((_: string, i: number) => `/approvedBy/${i}`),
      ...(v.requestedBy !== undefined ? { requestedBy: v.requestedBy } : {}),
      ...(v.element !== undefined ? { element: v.element } : {}),
      ticket: v.ticket,
      expires,
      at,
      ...(v.step !== undefined ? { step: v.step } : {}),
    });
  }
  waivers.sort((x, y) => (x.id < y.id ? -1 : 1));

  if (!forecast || !catalog || !policy || missing.length > 0) return { problems: b.problems, missing };
  const considered = allChanges.filter((c) => TIMELINE_STATES.has(c.state) || (options.includeDrafts && c.state === 'draft'));
  return {
    network: { inventory, forecast, catalog, policy, changes: considered, allChanges, waivers, records },
    problems: b.problems,
    missing,
  };
}
