// Builds the values custom rules read, in the shapes src/custom-rules/variables.ts declares: each
// step with its targets resolved, each change request, each interval of the timeline with what it
// puts at risk, its capacity margins and the emergency routes it leaves. Values are built once per
// evaluation and shared by every custom rule; lists count each element a rule visits on a meter, so
// a rule's cost is bounded whatever its expression does.
import type { CallServer, ChangeRequest, Network, Step } from '../model/types.ts';
import { capacityIndexFor, lossesOf, remainingCapacity, requiredCapacity, worstSiteLoss } from '../analysis/capacity.ts';
import type { CapacityFigures } from '../analysis/capacity.ts';
import { stepsEmergencyReach } from '../timeline/routes.ts';
import { targetsOf } from '../timeline/targets.ts';
import { localParts } from '../core/time.ts';
import type { Interval, SignatureRollout, StepExposure, Timeline } from '../timeline/types.ts';
import { CEL_TYPES } from './variables.ts';
import type { FieldSpec } from './variables.ts';

/** Work done by the rule being evaluated: list elements visited and objects judged. */
export class CostMeter {
  used = 0;
  limit = Number.POSITIVE_INFINITY;
  /**
   * The traps of every list and map this meter counts. One handler per meter, not one per list: the
   * evaluator reads through these traps millions of times on a large plan, and a single trap function
   * stays optimised where one closure per list would not.
   */
  readonly listHandler: ProxyHandler<unknown[]>;
  readonly mapHandler: ProxyHandler<Record<string, unknown>>;

  constructor() {
    const charge = (amount: number) => this.charge(amount);
    this.listHandler = {
      get(target, key) {
        if (key === METERED) return true;
        if (typeof key === 'string' && isIndexKey(key)) charge(1);
        // Lists are plain arrays: no accessor on their prototype chain needs the proxy as receiver.
        return target[key as keyof unknown[]];
      },
    };
    this.mapHandler = {
      ownKeys(target) {
        const keys = Reflect.ownKeys(target);
        charge(keys.length);
        return keys;
      },
      get(target, key, receiver) {
        if (key === METERED) return true;
        if (typeof key === 'string') charge(1);
        return Reflect.get(target, key, receiver) as unknown;
      },
    };
  }

  charge(amount: number): void {
    this.used += amount;
    if (this.used > this.limit) throw new CostLimitExceeded(this.limit);
  }
}

export class CostLimitExceeded extends Error {
  constructor(readonly limit: number) {
    super(`cost limit of ${limit} exceeded`);
    this.name = 'CostLimitExceeded';
  }
}

/**
 * Whether a property key is an array index ("0", "17"; not "01", "length" or "constructor"). The
 * evaluator reads `constructor` and `length` of every list it touches, so this runs on every read
 * through a metered list and answers without a regular expression.
 */
function isIndexKey(key: string): boolean {
  const length = key.length;
  if (length === 0) return false;
  const first = key.charCodeAt(0);
  if (first === 48) return length === 1;
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Values already in their CEL shape, shared rather than converted again. */
const SHAPED = new WeakSet<object>();

/**
 * Answered (true) by the traps of metered lists and maps, which are shaped values too: a symbol costs
 * nothing on the meter, and a weak set of the hundred thousand lists of a large plan costs its
 * collector dearly.
 */
const METERED = Symbol('metered');

function isShaped(value: object): boolean {
  return (value as { [METERED]?: unknown })[METERED] === true || SHAPED.has(value);
}

function metered<T>(list: T[], meter: CostMeter): T[] {
  return new Proxy(list, meter.listHandler as ProxyHandler<T[]>);
}

/** A map as CEL reads it (a plain object), counting each key listed and each entry read. */
function meteredMap<T>(entries: [string, T][], meter: CostMeter): Record<string, T> {
  return new Proxy(Object.fromEntries(entries) as Record<string, T>, meter.mapHandler as ProxyHandler<Record<string, T>>);
}

const TYPE_FIELDS = new Map(CEL_TYPES.map((t) => [t.name, t.fields]));

type Shaper = (value: unknown, meter: CostMeter) => unknown;

const shapers = new Map<string, Shaper>();

/**
 * The conversion of a plain value to the CEL shape of a declared type (ints as bigint, lists and maps
 * metered, objects field by field), worked out once per type rather than for every value.
 */
function shaperOf(type: string): Shaper {
  const known = shapers.get(type);
  if (known) return known;
  let convert: Shaper;
  const list = /^list<(.+)>$/.exec(type);
  const map = /^map<string, (.+)>$/.exec(type);
  if (type === 'int') convert = (value) => BigInt(Math.round(Number(value ?? 0)));
  else if (type === 'double') convert = (value) => Number(value ?? 0);
  else if (type === 'string') convert = (value) => (value === undefined || value === null ? '' : String(value));
  else if (type === 'bool') convert = (value) => value === true;
  else if (list) {
    const item = lazyShaper(list[1] as string);
    convert = (value, meter) => metered(((value ?? []) as unknown[]).map((v) => item(v, meter)), meter);
  } else if (map) {
    const item = lazyShaper(map[1] as string);
    convert = (value, meter) => meteredMap(Object.entries((value ?? {}) as Record<string, unknown>).map(([k, v]) => [k, item(v, meter)]), meter);
  } else {
    const fields = TYPE_FIELDS.get(type);
    if (!fields) throw new Error(`no CEL type ${type} is declared`);
    convert = objectShaper(fields);
  }
  // Already shaped (a step shared by a change, the network and the intervals).
  const shaper: Shaper = (value, meter) => (value !== null && typeof value === 'object' && isShaped(value) ? value : convert(value, meter));
  shapers.set(type, shaper);
  return shaper;
}

/** A shaper resolved on first use: declared types refer to each other (a Change's steps, an Interval's steps). */
function lazyShaper(type: string): Shaper {
  let resolved: Shaper | undefined;
  return (value, meter) => (resolved ??= shaperOf(type))(value, meter);
}

function objectShaper(fields: Record<string, FieldSpec>): Shaper {
  const entries = Object.entries(fields).map(([name, field]) => ({ name, shape: lazyShaper(field.type) }));
  return (value, meter) => {
    const plain = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const field of entries) out[field.name] = field.shape(plain[field.name], meter);
    SHAPED.add(out);
    return out;
  };
}

/** Converts a plain value to the CEL shape of a declared type: ints as bigint, lists metered, maps as Map. */
function shape(type: string, value: unknown, meter: CostMeter): unknown {
  return shaperOf(type)(value, meter);
}

function localText(ms: number, zone: string): string {
  const p = localParts(ms, zone);
  return `${p.date}T${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function localDates(start: number, end: number, zone: string): string[] {
  const dates: string[] = [];
  const last = localParts(Math.max(start, end - 1), zone).date;
  for (let t = start; dates.length < 366; t += 86_400_000) {
    const date = localParts(t, zone).date;
    if (dates[dates.length - 1] !== date) dates.push(date);
    if (date >= last) break;
  }
  if (dates[dates.length - 1] !== last) dates.push(last);
  return dates;
}

const HOUR = 3_600_000;

function majorOf(version: string | undefined): number {
  const m = /^\D*(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : 0;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The values of one evaluation: built lazily, once, and shared by every custom rule. */
export class CustomRuleValues {
  readonly meter = new CostMeter();
  private readonly steps = new Map<Step, Record<string, unknown>>();
  private readonly changes = new Map<ChangeRequest, Record<string, unknown>>();
  private common?: { network: unknown; policy: unknown; asOf: bigint };
  private readonly zone: string;
  /** Change requests by id (the first of an id, as a search of allChanges finds it). */
  private changesById?: Map<string, ChangeRequest>;
  /** The rollouts each step exposure belongs to, in the timeline's order. */
  private rolloutsByExposure?: Map<StepExposure, SignatureRollout[]>;

  constructor(
    private readonly network: Network,
    private readonly timeline: Timeline,
    private readonly asOf: number | undefined,
  ) {
    this.zone = network.policy.timeZone;
  }

  commonVariables(): { network: unknown; policy: unknown; asOf: bigint } {
    if (!this.common) {
      const inv = this.network.inventory;
      const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const changes = this.network.changes.map((c) => this.change(c));
      const steps = this.network.changes.flatMap((c) => c.steps.map((s) => this.step(s)));
      const stepsByNight = new Map<string, Record<string, unknown>[]>();
      for (const step of steps) {
        const night = step.night as string;
        const list = stepsByNight.get(night);
        if (list) list.push(step);
        else stepsByNight.set(night, [step]);
      }
      this.common = {
        network: shape(
          'Network',
          {
            timeZone: this.zone,
            sites: byId(inv.sites.values()),
            servers: byId(inv.callServers.values()).map((s) => ({ ...s, sessions: s.capacity.sessions, cps: s.capacity.cps })),
            groups: byId(inv.redundancyGroups.values()),
            emergencyNumbers: [...inv.emergencyNumbers.keys()],
            holidays: [...this.network.forecast.holidays].sort(),
            changes,
            steps,
            stepsByNight: Object.fromEntries([...stepsByNight].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
          },
          this.meter,
        ),
        policy: shape(
          'Policy',
          { timeZone: this.zone, freezePeriods: this.network.policy.freezePeriods, approvers: [...this.network.policy.approvers.keys()].sort() },
          this.meter,
        ),
        asOf: BigInt(this.asOf ?? 0),
      };
    }
    return this.common;
  }

  step(step: Step): Record<string, unknown> {
    let value = this.steps.get(step);
    if (value) return value;
    const inv = this.network.inventory;
    const targets = targetsOf(this.network, step);
    const servers = targets.servers.map((id) => inv.callServers.get(id)).filter((s): s is CallServer => s !== undefined);
    const trunkServers = targets.trunks.map((id) => inv.callServers.get(inv.trunks.get(id)?.callServer ?? ''));
    const reach = stepsEmergencyReach(this.network, [step]);
    const exposure = this.timeline.exposures.get(step.key);
    const change = this.changeById(step.changeId);
    const previousVersion = step.software?.previousVersion ?? servers[0]?.softwareVersion;
    value = shape(
      'Step',
      {
        id: step.id,
        change: step.changeId,
        owner: change?.owner,
        action: step.action,
        procedure: step.procedure,
        start: step.window.start,
        end: step.window.end,
        hours: (step.window.end - step.window.start) / HOUR,
        localStart: localText(step.window.start, this.zone),
        localEnd: localText(step.window.end, this.zone),
        localDates: localDates(step.window.start, step.window.end, this.zone),
        night: localParts(step.window.start - 12 * HOUR, this.zone).date,
        sites: sorted([...step.targets.sites, ...servers.map((s) => s.site), ...trunkServers.flatMap((s) => (s ? [s.site] : []))]),
        servers: targets.servers,
        trunks: targets.trunks,
        groups: sorted(servers.map((s) => s.redundancyGroup)),
        emergencyNumbers: reach.numbers,
        psaps: reach.psaps,
        emergency: reach.numbers.length > 0 || servers.some((s) => s.emergency) || targets.trunks.some((t) => inv.trunks.get(t)?.emergency === true),
        vendors: sorted(servers.map((s) => s.vendor)),
        platforms: sorted(servers.map((s) => s.platform)),
        software: {
          version: step.software?.version,
          previousVersion: step.software ? previousVersion : undefined,
          major: majorOf(step.software?.version),
          previousMajor: step.software ? majorOf(previousVersion) : 0,
        },
        signature: exposure?.signature,
        ...this.canaryFacts(exposure),
        unproven: exposure?.unproven ?? false,
        capacityLoss: step.capacityLoss,
        rollbackMinutes: step.rollback?.minutes ?? -1,
        testCalls: step.testCalls.map((c) => c.number),
        dependsOn: step.dependsOn,
        execution: exposure?.execution.status ?? 'planned',
      },
      this.meter,
    ) as Record<string, unknown>;
    this.steps.set(step, value);
    return value;
  }

  private changeById(id: string): ChangeRequest | undefined {
    if (!this.changesById) {
      this.changesById = new Map();
      for (const change of this.network.allChanges) if (!this.changesById.has(change.id)) this.changesById.set(change.id, change);
    }
    return this.changesById.get(id);
  }

  private rolloutsOf(exposure: StepExposure): SignatureRollout[] {
    if (!this.rolloutsByExposure) {
      this.rolloutsByExposure = new Map();
      for (const rollout of this.timeline.rollouts) {
        for (const member of new Set(rollout.steps)) {
          const list = this.rolloutsByExposure.get(member);
          if (list) list.push(rollout);
          else this.rolloutsByExposure.set(member, [rollout]);
        }
      }
    }
    return this.rolloutsByExposure.get(exposure) ?? [];
  }

  /** Whether the step is a canary, and how long after the canary (the closest, over its groups) it starts. */
  private canaryFacts(exposure: StepExposure | undefined): { canary: boolean; hoursAfterCanary: number } {
    if (!exposure) return { canary: false, hoursAfterCanary: 0 };
    let canary = false;
    let hours: number | undefined;
    for (const rollout of this.rolloutsOf(exposure)) {
      if (rollout.canary === exposure) canary = true;
      else {
        const gap = (exposure.start - rollout.canary.end) / HOUR;
        hours = hours === undefined ? gap : Math.min(hours, gap);
      }
    }
    return { canary, hoursAfterCanary: canary ? 0 : (hours ?? 0) };
  }

  change(change: ChangeRequest): Record<string, unknown> {
    let value = this.changes.get(change);
    if (value) return value;
    const steps = change.steps.map((s) => this.step(s));
    const starts = change.steps.map((s) => s.window.start);
    const ends = change.steps.map((s) => s.window.end);
    value = shape(
      'Change',
      {
        id: change.id,
        title: change.title,
        owner: change.owner,
        purpose: change.purpose,
        declaredRisk: change.declaredRisk,
        state: change.state,
        capacityUpgrade: change.capacityUpgrade,
        approvers: change.approvals.map((a) => a.by),
        notify: change.notify.map((n) => n.party),
        hasEscalation: change.escalation !== undefined,
        steps,
        sites: sorted(steps.flatMap((s) => [...(s.sites as string[])])),
        emergencyNumbers: stepsEmergencyReach(this.network, change.steps).numbers,
        start: starts.length > 0 ? Math.min(...starts) : 0,
        end: ends.length > 0 ? Math.max(...ends) : 0,
      },
      this.meter,
    ) as Record<string, unknown>;
    this.changes.set(change, value);
    return value;
  }

  interval(interval: Interval): Record<string, unknown> {
    const network = this.network;
    const inv = network.inventory;
    const losses = lossesOf(network, interval.exposures, interval.start);
    const index = capacityIndexFor(network, this.timeline);
    const judge = (scope: 'all' | 'emergency') => {
      const remaining = remainingCapacity(network, index, interval.start, losses, scope);
      return { remaining: remaining.total, judgement: worstSiteLoss(remaining, requiredCapacity(interval.forecast, 1, scope)) };
    };
    const all = judge('all');
    const emergency = judge('emergency');
    const atRisk = new Set(interval.atRiskServers);
    const unproven = new Set(interval.unprovenServers);
    const lost = (id: string) => (losses.servers.get(id) ?? 0) > 0;
    const routesLeft: Record<string, number> = {};
    const routeSitesLeft: Record<string, number> = {};
    for (const number of inv.emergencyNumbers.values()) {
      const usable = number.routes.filter((r) => {
        const site = inv.callServers.get(r.callServer)?.site;
        return !lost(r.callServer) && (losses.trunks.get(r.trunk) ?? 0) <= 0 && site !== undefined && !losses.sites.has(site);
      });
      routesLeft[number.number] = usable.length;
      routeSitesLeft[number.number] = new Set(usable.map((r) => inv.callServers.get(r.callServer)?.site)).size;
    }
    const figures = (f: CapacityFigures) => ({ sessions: f.sessions, cps: f.cps, trunkSessions: f.trunkSessions });
    return shape(
      'Interval',
      {
        index: interval.index,
        start: interval.start,
        end: interval.end,
        hours: (interval.end - interval.start) / HOUR,
        localStart: localText(interval.start, this.zone),
        localEnd: localText(interval.end, this.zone),
        atRiskServers: interval.atRiskServers,
        atRiskTrunks: interval.atRiskTrunks,
        atRiskSites: sorted(interval.atRiskServers.map((id) => inv.callServers.get(id)?.site ?? '').filter((s) => s !== '')),
        unprovenServers: interval.unprovenServers,
        groups: [...inv.redundancyGroups.values()].map((g) => ({
          id: g.id,
          emergency: g.emergency,
          members: g.members.length,
          atRisk: g.members.filter((m) => atRisk.has(m)),
          unproven: g.members.filter((m) => unproven.has(m)),
        })),
        forecast: interval.forecast,
        capacity: figures(all.remaining),
        emergencyCapacity: figures(emergency.remaining),
        margin: figures(all.judgement.margin),
        emergencyMargin: figures(emergency.judgement.margin),
        lostSite: all.judgement.lostSite,
        routesLeft,
        routeSitesLeft,
        activeSteps: interval.activeSteps.map((s) => this.step(s)),
        changes: sorted(interval.exposures.map((e) => e.step.changeId)),
      },
      this.meter,
    ) as Record<string, unknown>;
  }
}
