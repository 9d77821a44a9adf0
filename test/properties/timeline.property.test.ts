// Properties of the plan-over-time judgement, on random networks and random plans built in memory as
// YAML text and evaluated through the real engine (load, validate, model, timeline, rules):
//  (a) whenever every member of a redundancy group is at risk in one interval, the verdict is fail;
//  (b) a plan that passes and spreads over more sites than the group may lose at once never passes once
//      all its steps are moved into one shared window;
//  (c) evaluation does not depend on the order of the files, nor on the order of the steps in a file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import canaryAndSoak from '../../rules/canary-and-soak.ts';
import { ALL_RULES } from '../../rules/index.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import redundancyGroupConcurrency from '../../rules/redundancy-group-concurrency.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Evaluation, RepoFile } from '../../src/engine/evaluate.ts';
import { stableStringify } from '../../src/core/finding.ts';
import type { FindingData } from '../../src/core/finding.ts';
import type { AnyRule } from '../../src/rule-api/rule.ts';
import { toJsonObject } from '../../src/report/json.ts';

const INVARIANT_RULES: readonly AnyRule[] = [...INPUT_RULES, redundancyGroupConcurrency, canaryAndSoak];
/**
 * Rules known to depend on the order of steps in a file when two steps start at the same instant (they
 * break ties by the step's position instead of its id; src/timeline/compare.ts has the shared order).
 * Remove an entry once its rule is fixed: the property then guards it too.
 */
// A fixed seed keeps CI reproducible; PROPERTY_SEED=<n> explores other cases locally.
const SEED = Number(process.env.PROPERTY_SEED ?? 20261127);
const KNOWN_STEP_ORDER_DEPENDENT = new Set<string>([]);
const STEP_ORDER_RULES: readonly AnyRule[] = ALL_RULES.filter((r) => !KNOWN_STEP_ORDER_DEPENDENT.has(r.id));
const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
/** Monday 7 December 2026, 00:00 in Paris (+01:00 all month): plans fall in the following week. */
const PLAN_START = Date.parse('2026-12-07T00:00:00+01:00');
const SLOT = 15 * 60_000;

interface NetworkShape {
  /** Servers per site (1 or 2); sites are S1..Sn. */
  serversPerSite: number[];
  emergency: boolean;
  /** Local hour of the daily traffic peak. */
  peakHour: number;
}

type Action = 'restart' | 'drain' | 'isolate' | 'config-push' | 'software-upgrade';

interface StepShape {
  action: Action;
  /** `sites`: indexes of sites; `servers`: indexes into the flat list of servers. */
  targets: { kind: 'sites' | 'servers'; indexes: number[] };
  startSlot: number;
  slots: number;
  /** Change request the step belongs to (0..2). */
  cr: number;
}

const siteId = (i: number) => `S${i + 1}`;
function serverIds(net: NetworkShape): string[] {
  return net.serversPerSite.flatMap((n, i) => Array.from({ length: n }, (_, k) => `s${i + 1}-cs${k + 1}`));
}

function instant(ms: number): string {
  return new Date(ms + 3_600_000).toISOString().slice(0, 19) + '+01:00';
}

function networkFiles(net: NetworkShape): RepoFile[] {
  const servers = net.serversPerSite.flatMap((n, i) =>
    Array.from(
      { length: n },
      (_, k) =>
        `  - { id: s${i + 1}-cs${k + 1}, site: ${siteId(i)}, role: mgcf, platform: vx, softwareVersion: 1.0.0, capacity: { sessions: 10000, cps: 100 }, redundancyGroup: G, emergency: ${net.emergency} }`,
    ),
  );
  const inventory = [
    'kind: Inventory',
    'sites:',
    ...net.serversPerSite.map((_, i) => `  - { id: ${siteId(i)}, name: Site ${i + 1}, region: R${i + 1}, failureDomain: fd-${i + 1}, timeZone: Europe/Paris }`),
    'redundancyGroups:',
    `  - { id: G, name: Interconnect, emergency: ${net.emergency} }`,
    'callServers:',
    ...servers,
    '',
  ].join('\n');
  const hours = (base: number, peak: number) => `[${Array.from({ length: 24 }, (_, h) => (h === net.peakHour ? peak : base + h)).join(', ')}]`;
  const profile = `{ totalSessions: ${hours(1000, 9000)}, totalCps: ${hours(10, 90)}, emergencySessions: ${hours(20, 90)}, emergencyCps: ${hours(1, 9)} }`;
  const forecast = `kind: TrafficForecast\ntimeZone: Europe/Paris\nprofiles:\n  weekday: ${profile}\n  weekend: ${profile}\n`;
  const catalog = 'kind: SoftwareCatalog\nversions:\n  - { platform: vx, version: 1.0.0, status: qualified }\n  - { platform: vx, version: 2.0.0, status: qualified }\n';
  const policy = 'kind: Policy\ntimeZone: Europe/Paris\nmaintenanceWindows:\n  - { days: [weekday, weekend], start: "00:00", end: "05:00" }\n';
  const enc = (text: string) => new TextEncoder().encode(text);
  return [
    { path: 'inventory/inventory.yaml', bytes: enc(inventory) },
    { path: 'traffic/forecast.yaml', bytes: enc(forecast) },
    { path: 'software/catalog.yaml', bytes: enc(catalog) },
    { path: 'policy/policy.yaml', bytes: enc(policy) },
  ];
}

function stepYaml(net: NetworkShape, step: StepShape, id: string): string {
  const names = step.targets.kind === 'sites' ? step.targets.indexes.map(siteId) : step.targets.indexes.map((i) => serverIds(net)[i] as string);
  const start = PLAN_START + step.startSlot * SLOT;
  const lines = [`  - id: ${id}`, `    action: ${step.action}`];
  if (step.action === 'config-push') lines.push('    procedure: PUSH-V7');
  if (step.action === 'software-upgrade') lines.push('    software: { version: 2.0.0, previousVersion: 1.0.0 }');
  lines.push(
    `    targets: { ${step.targets.kind === 'sites' ? 'sites' : 'callServers'}: [${names.join(', ')}] }`,
    `    window: { start: ${instant(start)}, end: ${instant(start + step.slots * SLOT)} }`,
  );
  return lines.join('\n') + '\n';
}

/** Change request files; `order` permutes the steps inside each file (ids stay with their steps). */
function planFiles(net: NetworkShape, steps: StepShape[], order?: (ids: number[]) => number[]): RepoFile[] {
  const files: RepoFile[] = [];
  for (let cr = 0; cr < 3; cr++) {
    let mine = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.cr === cr).map(({ i }) => i);
    if (mine.length === 0) continue;
    if (order) mine = order(mine);
    const text = [
      'kind: ChangeRequest',
      `id: CR-P-${cr + 1}`,
      `title: Random plan ${cr + 1}`,
      'owner: j.dupont',
      'purpose: Property test plan',
      'declaredRisk: high',
      'state: approved',
      'steps:',
      ...mine.map((i) => stepYaml(net, steps[i] as StepShape, `st${i + 1}`)),
    ].join('\n');
    files.push({ path: `changes/CR-P-${cr + 1}.yaml`, bytes: new TextEncoder().encode(text) });
  }
  return files;
}

const networkArb: fc.Arbitrary<NetworkShape> = fc.record({
  serversPerSite: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 5 }),
  emergency: fc.boolean(),
  peakHour: fc.integer({ min: 0, max: 23 }),
});

function stepArb(net: NetworkShape): fc.Arbitrary<StepShape> {
  const siteCount = net.serversPerSite.length;
  const serverCount = serverIds(net).length;
  const targets = fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'sites' as const, indexes: Array.from({ length: siteCount }, (_, i) => i) }) },
    { weight: 3, arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: siteCount - 1 }), { minLength: 1, maxLength: siteCount }).map((indexes) => ({ kind: 'sites' as const, indexes })) },
    { weight: 3, arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: serverCount - 1 }), { minLength: 1, maxLength: serverCount }).map((indexes) => ({ kind: 'servers' as const, indexes })) },
  );
  return fc.record({
    action: fc.constantFrom<Action>('restart', 'drain', 'isolate', 'config-push', 'software-upgrade'),
    targets,
    // Steps fall within two days so that they often overlap, soaks included.
    startSlot: fc.integer({ min: 0, max: 2 * 24 * 4 }),
    slots: fc.integer({ min: 1, max: 16 }),
    cr: fc.integer({ min: 0, max: 2 }),
  });
}

const planArb = networkArb.chain((net) => fc.tuple(fc.constant(net), fc.array(stepArb(net), { minLength: 1, maxLength: 8 })));

function run(net: NetworkShape, steps: StepShape[], rules: readonly AnyRule[] = INVARIANT_RULES, order?: (ids: number[]) => number[], fileOrder?: (files: RepoFile[]) => RepoFile[]): Evaluation {
  const files = [...networkFiles(net), ...planFiles(net, steps, order)];
  return evaluate(fileOrder ? fileOrder(files) : files, { asOf: AS_OF, rules });
}

function inputProblems(e: Evaluation): string[] {
  return e.findings.filter((f) => INPUT_RULES.some((r) => r.id === f.ruleId)).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('timeline properties', () => {
  it('(a) all members of a group at risk in one interval means the verdict is fail', () => {
    let wholeCases = 0;
    fc.assert(
      fc.property(planArb, ([net, steps]) => {
        const e = run(net, steps);
        expect(inputProblems(e)).toEqual([]);
        const members = serverIds(net);
        const whole = (e.timeline?.intervals ?? []).some((i) => members.every((m) => i.atRiskServers.includes(m)));
        if (whole) {
          wholeCases++;
          expect(e.verdict).toBe('fail');
          expect(e.findings.some((f) => f.ruleId === 'redundancy-group-concurrency' && f.messageId === 'wholeGroupAtRisk')).toBe(true);
        } else {
          expect(e.findings.some((f) => f.messageId === 'wholeGroupAtRisk')).toBe(false);
        }
      }),
      { numRuns: 80, seed: SEED },
    );
    // The property must not hold vacuously: enough random plans put the whole group at risk.
    expect(wholeCases).toBeGreaterThan(10);
  });

  it('(b) a passing staged plan moved into one shared window never passes', () => {
    // Staged plans: each step on one site (all its servers or one of them), one after the other with
    // gaps of 0 to 8 hours, no new version or procedure; together they touch more sites than allowed.
    const stagedArb = networkArb.chain((net) => {
      const siteCount = net.serversPerSite.length;
      const step = fc.record({
        site: fc.integer({ min: 0, max: siteCount - 1 }),
        oneServer: fc.boolean(),
        action: fc.constantFrom<Action>('restart', 'drain', 'isolate'),
        gapSlots: fc.integer({ min: 0, max: 32 }),
        slots: fc.integer({ min: 1, max: 12 }),
        cr: fc.integer({ min: 0, max: 2 }),
      });
      return fc.tuple(fc.constant(net), fc.array(step, { minLength: 2, maxLength: 8 }));
    });
    let judged = 0;
    fc.assert(
      fc.property(stagedArb, ([net, raw]) => {
        const limit = net.emergency ? 1 : 2;
        fc.pre(new Set(raw.map((r) => r.site)).size > limit);
        const firstServer = (site: number) => net.serversPerSite.slice(0, site).reduce((a, b) => a + b, 0);
        let slot = 0;
        const steps: StepShape[] = raw.map((r) => {
          const startSlot = slot + r.gapSlots;
          slot = startSlot + r.slots;
          return {
            action: r.action,
            targets: r.oneServer ? { kind: 'servers', indexes: [firstServer(r.site)] } : { kind: 'sites', indexes: [r.site] },
            startSlot,
            slots: r.slots,
            cr: r.cr,
          };
        });
        const staged = run(net, steps);
        expect(inputProblems(staged)).toEqual([]);
        expect(staged.findings.map((f) => f.message)).toEqual([]);
        expect(staged.verdict).toBe('pass');
        const shared = steps.map((s) => ({ ...s, startSlot: 0, slots: 8 }));
        const together = run(net, shared);
        expect(inputProblems(together)).toEqual([]);
        expect(together.verdict).not.toBe('pass');
        expect(together.findings.some((f) => f.ruleId === 'redundancy-group-concurrency')).toBe(true);
        judged++;
      }),
      { numRuns: 80, seed: SEED },
    );
    expect(judged).toBeGreaterThan(40);
  });

  it('(c) evaluation does not depend on the order of files or of steps in a file', () => {
    const withOrders = planArb.chain(([net, steps]) =>
      fc.tuple(fc.constant(net), fc.constant(steps), fc.array(fc.integer(), { minLength: 16, maxLength: 16 }), fc.boolean()),
    );
    fc.assert(
      fc.property(withOrders, ([net, steps, keys, reverse]) => {
        const shuffle = <T>(items: T[]): T[] =>
          items
            .map((item, i) => ({ item, key: keys[i % keys.length] as number, i }))
            .sort((a, b) => a.key - b.key || (reverse ? b.i - a.i : a.i - b.i))
            .map(({ item }) => item);
        const base = run(net, steps, ALL_RULES);
        const filesShuffled = run(net, steps, ALL_RULES, undefined, shuffle);
        expect(JSON.stringify(toJsonObject(filesShuffled))).toBe(JSON.stringify(toJsonObject(base)));
        const baseForSteps = STEP_ORDER_RULES === ALL_RULES ? base : run(net, steps, STEP_ORDER_RULES);

        // Moving steps moves their lines and JSON Pointers, and changes the revision of the change
        // request (its content hash keeps arrays in order, by design: docs/formats.md). Compare what was
        // found, not where, with the revision left out.
        const stepsShuffled = run(net, steps, STEP_ORDER_RULES, shuffle);
        const withoutRevision = (data: FindingData) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'revision'));
        const essence = (e: Evaluation) =>
          [...e.findings, ...e.waived]
            .map((f) => stableStringify([f.ruleId, f.messageId, f.severity, f.changeId ?? null, f.stepId ?? null, withoutRevision(f.data)]))
            .sort();
        expect(essence(stepsShuffled)).toEqual(essence(baseForSteps));
        expect(stepsShuffled.verdict).toBe(baseForSteps.verdict);
        expect(stepsShuffled.counts).toEqual(baseForSteps.counts);
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
