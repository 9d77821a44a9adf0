// The hint's writer without `yaml` (src/planner/plain-document.ts) must write exactly what document.ts
// writes with `yaml`, or refuse (OutsidePlainYaml) so that document.ts writes instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reviseDocument } from '../../src/planner/document.ts';
import type { Revision } from '../../src/planner/document.ts';
import type { JsonObject } from '../../src/planner/intent.ts';
import { OutsidePlainYaml, plainDocumentReviser } from '../../src/planner/plain-document.ts';
import { PLANNED_CHANGE, planInstance } from '../../bench/plan-instances.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith('.yaml') ? [path] : [];
    });
}

/** Every change request of the example (gallery included) and the fixture repositories, and a generated one. */
function changeRequests(): { name: string; text: string }[] {
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test', 'fixtures', 'repos'))]
    .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
    .filter((f) => /^kind: ChangeRequest$/m.test(f.text));
  const generated = planInstance({ sites: 4, serversPerSite: 2, otherChanges: 2, stepMinutes: 60, rollbackMinutes: 30, seed: 3 }).find((f) => f.path === `changes/${PLANNED_CHANGE}.yaml`);
  return [...files, { name: 'generated', text: new TextDecoder().decode(generated?.bytes) }];
}

/** What a search writes: the planner's own steps (flow lists, test calls), then one batch more or later. */
function revisions(original: JsonObject): Revision[] {
  const steps = (Array.isArray(original.steps) ? original.steps : []) as JsonObject[];
  const planned = (step: JsonObject, n: number): JsonObject => ({
    ...step,
    id: `s${n}`,
    description: `reconnection on par1-cs${n} (wave ${n} of 6): ${typeof step.description === 'string' ? step.description : ''}`,
    targets: { callServers: [`par1-cs${n}`, 'lyo1-cs2'], trunks: n % 2 === 0 ? [] : [`t-${n}`] },
    window: { start: `2026-12-0${(n % 9) + 1}T00:00:00+01:00`, end: `2026-12-0${(n % 9) + 1}T01:00:00+01:00` },
    ...(n > 1 ? { dependsOn: [`s${n - 1}`] } : {}),
    verification: { testCalls: [{ number: '17' }, { number: '112' }, { number: '15', expect: 'connected' }] },
  });
  const notify: JsonObject[] = [
    { party: 'regulator', name: 'ARCEP duty desk', contact: 'astreinte@example.org', leadTimeHours: 72 },
    { party: 'psap', name: 'Liaison: officers', contact: 'liaison-psap@example.org', psaps: ['CIC-75', 'SAMU-69'], leadTimeHours: 48 },
  ];
  const escalation = { contact: 'NOC duty manager (voice core)', phone: '+33 1 00 00 00 00', targetMinutes: 30 };
  const out: Revision[] = [{ state: 'cancelled', declaredRisk: 'low', approvals: [], notify: [], steps: steps.slice(0, 1) }];
  for (let n = 1; n <= Math.max(3, steps.length); n++) {
    const base = steps[(n - 1) % Math.max(1, steps.length)] ?? { id: 's1', action: 'config-push' };
    const written = Array.from({ length: n }, (_, i) => planned(steps[i % Math.max(1, steps.length)] ?? base, i + 1));
    out.push({ state: 'proposed', declaredRisk: n % 2 === 0 ? 'high' : 'medium', notify, escalation, steps: written });
    out.push({ state: 'proposed', declaredRisk: 'high', approvals: [{ by: 'a.martin', role: 'cab', at: '2026-12-01T09:00:00+01:00' }], notify: [], steps: written });
  }
  return out;
}

/** The plain writer's text, or undefined when it refuses (and only with OutsidePlainYaml). */
function plainOrRefused(original: string, revision: Revision, reusing: boolean): string | undefined {
  try {
    const reviser = plainDocumentReviser(original);
    return reusing ? reviser.reviseReusing(revision) : reviser.revise(revision);
  } catch (err) {
    if (err instanceof OutsidePlainYaml) return undefined;
    throw err;
  }
}

describe('the planner writes without yaml exactly what it writes with yaml', () => {
  const corpus = changeRequests();

  it('writes every change request of the example, the fixtures and the generator, byte for byte', () => {
    expect(corpus.length).toBeGreaterThan(20);
    let written = 0;
    for (const { name, text } of corpus) {
      const reviser = plainDocumentReviser(text);
      for (const revision of revisions(parse(text) as JsonObject)) {
        const expected = reviseDocument(text, revision);
        expect(reviser.revise(revision), name).toBe(expected);
        expect(reviser.reviseReusing(revision), name).toBe(expected);
        written++;
      }
    }
    expect(written).toBeGreaterThan(100);
  });

  it('refuses, or writes the same bytes, for odd layouts and values', () => {
    const texts = [
      'kind: ChangeRequest\nid: CR-EDGE\nstate: draft\nsteps: [{ id: s1, action: config-push }]',
      'kind: ChangeRequest\nid: CR-BARE\ndeclaredRisk: low   \nstate: approved\napprovals:\n  - { by: a, role: cab }\n\n\nsteps:\n  - id: s1\n\n    action: config-push\n',
      'kind: ChangeRequest\npurpose: |\n  two\n\n  lines\n\nsteps:\n  - id: s1\n',
      'kind: ChangeRequest\npurpose: >-\n  folded\n  text\nsteps:\n- id: s1\n',
      'kind: ChangeRequest\n# a comment between keys\nsteps:\n  - id: s1\n',
      'kind: ChangeRequest\nsteps:\n  - id: s1 # a comment\n',
      'kind: ChangeRequest\ntitle: "two\nsteps: x"\nsteps:\n  - id: s1\n',
      "kind: ChangeRequest\ntitle: 'it''s'\nsteps:\n  - id: s1\n",
      'kind: ChangeRequest\ntitle: [a,\nsteps: x]\nsteps:\n  - id: s1\n',
      'kind: ChangeRequest\r\nsteps:\r\n  - id: s1\r\n',
      '---\nkind: ChangeRequest\nsteps:\n  - id: s1\n',
      'kind: ChangeRequest\nnotify:\nsteps:\n  - id: s1\n',
      'kind: ChangeRequest\nstate: approved\nstate: draft\nsteps: []\n',
      'kind: ChangeRequest\nstate: &s approved\nsteps: []\n',
      'kind: ChangeRequest\nstate: approved # why\napprovals: [] # none\nnotify:\n  - party: noc\n  # trailing\n\n# before steps\nsteps:\n  # first\n  - id: s1\n# between\n  - id: s2 # two\n    action: x\n\n  # after a blank\n',
      'kind: ChangeRequest\npurpose: |\n  text\n  # not a comment\nsteps: []\n',
      'kind: ChangeRequest\npurpose: |\n  text\n# comment\n  more\nsteps: []\n',
      'kind: ChangeRequest\napprovals:\n  - { by: a }\n  # trailing\n  # twice\nstate: x\nsteps: []\n',
      'kind: ChangeRequest\napprovals: # note\n  - { by: a }\nsteps: []\n',
      'kind: ChangeRequest\ntitle: "quoted" # c\nstate: \'q\' # c\nsteps: []\n',
    ];
    const strings = ['plain', 'a: b', 'a:b', 'x #y', 'x#y', '- x', '-x', '? x', 'true', 'True', 'null', '~', '', ' lead', 'trail ', 'end:', '12', '-1.5', '1e3', '.inf', '0o17', '0x1F', '+33 1 00', '"dq"', "'sq'", `both " and '`, 'back\\slash', '[x]', 'a, b', '{y}', 'é ü ✓', 'two\nlines', 'tab\there', '---x', '...x', '%x', '@x', '`x', '!x', '&x', '*x', '|x', '>x', '#x', 'a\u2028b'];
    const values: JsonObject[] = [
      ...strings.map((s, i) => ({ id: `v${i}`, action: s, targets: { callServers: [s, 'b'] }, dependsOn: [s], verification: { testCalls: [{ number: s }] }, note: { inner: s } })),
      { id: 'n1', numbers: [0, -0, 1.5, -2, 1e21, 5e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], flags: [true, false, null] },
      { id: 'n2', nested: { deep: [[1, 2], { x: 'y' }], empty: [], none: {} }, items: [{}, [], [[]], { a: { b: { c: [1] } } }] },
      { id: 'n3', 'odd key': 1 },
      { id: 'n4', true: 1 },
      { id: 'n5', targets: { sites: [['nested']] } },
      { id: 'n6', verification: { testCalls: [{ number: '17', nested: { no: 'flow' } }] } },
    ];
    let same = 0;
    let refused = 0;
    for (const text of [...texts, ...corpus.slice(0, 3).map((c) => c.text)]) {
      for (const step of values) {
        for (const revision of [
          { state: 'proposed', declaredRisk: 'high', notify: [], steps: [step] },
          { state: 'proposed', declaredRisk: 'low', approvals: [step], notify: [step], escalation: step, steps: [step, { ...step, id: 'again' }] },
        ] as Revision[]) {
          let expected: string | undefined;
          try {
            expected = reviseDocument(text, revision);
          } catch {
            expected = undefined;
          }
          for (const reusing of [false, true]) {
            const plain = plainOrRefused(text, revision, reusing);
            if (plain === undefined) refused++;
            else {
              expect(plain, `${JSON.stringify(text)} ${JSON.stringify(step)}`).toBe(expected);
              same++;
            }
          }
        }
      }
    }
    // Neither side is vacuous: many odd values are written, many are left to yaml.
    expect(same).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(100);
  });

  it('refuses, or writes the same bytes, for thousands of random values and layouts (seeded)', () => {
    let seed = 20261203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const ALPHABET = ['a', 'b', 'Z', '0', '1', '9', ' ', ' ', ':', '#', '-', '?', '.', ',', '[', ']', '{', '}', '"', "'", '\\', '~', '!', '&', '*', '%', '@', '`', '|', '>', 'e', 'x', '+', '_', '/', 'é', '✓'];
    // Line breaks and tabs are always refused: rare, so that most values are written and compared.
    const text = (): string => Array.from({ length: Math.floor(random() * 8) }, () => pick(ALPHABET)).join('') + (random() < 0.005 ? pick(['\t', '\n']) : '');
    const key = (): string => (random() < 0.9 ? pick(['id', 'action', 'note', 'callServers', 'sites', 'testCalls', 'number', 'psaps', 'dependsOn', 'k_1', 'x-y']) : text());
    const value = (depth: number): JsonObject[string] => {
      const r = random();
      if (r < 0.35 || depth > 3) return random() < 0.2 ? pick(['true', 'null', '12', '1.5', '0x1F', '.inf', '', 'yes', '~', '---', '... x']) : text();
      if (r < 0.45) return pick([0, -0, 1, -7, 1.25, 1e21, 5e-7, Number.NaN, Number.POSITIVE_INFINITY, true, false, null]);
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 3) }, () => [key(), value(depth + 1)]));
    };
    const step = (i: number): JsonObject => ({
      id: `s${i}`,
      action: value(3),
      ...(random() < 0.5 ? { targets: { callServers: [value(4), value(4)], sites: random() < 0.8 ? [value(4)] : value(1) } } : {}),
      ...(random() < 0.5 ? { dependsOn: random() < 0.8 ? [value(4), value(4)] : value(1) } : {}),
      ...(random() < 0.5 ? { verification: { testCalls: [{ number: value(4) }, random() < 0.8 ? { number: value(4) } : value(2)] } } : {}),
      ...(random() < 0.5 ? { extra: value(0) } : {}),
    });
    const layout = (): string => {
      const lines = ['kind: ChangeRequest', 'id: CR-R', `title: ${pick(['plain title', '"quoted: title"', "'single # not comment'", 'x # comment', '[a, b]', '{ a: "b, c" }', 'plain', 'plain'])}`];
      lines.push(...pick([['declaredRisk: low', 'state: approved'], ['state: approved   # why', 'declaredRisk: high'], ['purpose: |', '  line one', '', '  line two']]));
      if (random() < 0.5) lines.push('', '# approvals below');
      lines.push(...pick([['approvals:', '  - { by: a, role: cab }'], ['approvals: []'], []]));
      if (random() < 0.3) lines.push('notify:', '  - party: noc', '    name: NOC', random() < 0.5 ? '  # trailing' : '  - party: psap');
      lines.push(...pick([['steps:', '  - id: s1', '    action: config-push'], ['steps: [{ id: s1 }]'], ['steps:', '  # first', '  - id: s1', '', '  - id: s2']]));
      return lines.join('\n') + pick(['\n', '', '\n\n']);
    };
    let same = 0;
    let refused = 0;
    for (let round = 0; round < 3000; round++) {
      const original = layout();
      const revision: Revision = {
        state: pick(['proposed', 'cancelled']),
        declaredRisk: pick(['low', 'high']),
        ...(random() < 0.3 ? { approvals: [] } : {}),
        notify: random() < 0.5 ? [{ party: 'psap', name: text() || 'n', psaps: [value(4), 'CIC-75'] }] : [],
        ...(random() < 0.5 ? { escalation: { contact: value(2), targetMinutes: 30 } } : {}),
        steps: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => step(i + 1)),
      };
      const plain = plainOrRefused(original, revision, random() < 0.5);
      if (plain === undefined) {
        refused++;
        continue;
      }
      expect(plain, `${JSON.stringify(original)} ${JSON.stringify(revision)}`).toBe(reviseDocument(original, revision));
      same++;
    }
    expect(same).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(300);
  });

  it('writes a value met in two places in the style of each place, as yaml does', () => {
    const shared = ['a', 'b'];
    const calls = [{ number: '17' }];
    const text = 'kind: ChangeRequest\nsteps: []\n';
    const revision: Revision = { state: 'proposed', declaredRisk: 'low', notify: [], steps: [{ id: 's1', targets: { callServers: shared }, list: shared, verification: { testCalls: calls }, calls }, { id: 's2', dependsOn: shared, more: { testCalls: calls } }] };
    const written = plainDocumentReviser(text).revise(revision);
    expect(written).toBe(reviseDocument(text, revision));
    expect(written).toContain('callServers: [ a, b ]');
    expect(written).toContain('list:\n      - a');
  });
});
