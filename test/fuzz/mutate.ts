// Structure-aware mutations of a config repository for fuzzing: drop, duplicate and retype fields,
// shift windows, swap targets, inject hostile strings, and a few byte-level corruptions.
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import type { RepoFile } from '../../src/engine/evaluate.ts';

export const HOSTILE_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '[click](javascript:alert(1)) **bold** `code` | pipe |',
  '@here @org/team please look',
  '::error file=x,line=1::injected',
  '\u001b[2J\u001b[31mred\u001b[0m',
  'line1\nline2\r\n::warning::x',
  'РАR1',
  'par1',
  'no',
  'on',
  '1e3',
  '2021-06-02',
  '',
  ' ',
  'x'.repeat(5000),
  '%0A%0D',
  '{{message}}',
  '${{ secrets.GITHUB_TOKEN }}',
];

const HOSTILE_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e9, 2 ** 53 + 2, [], {}, [[[]]], { kind: 'Waiver' }, ...HOSTILE_STRINGS];

type Tree = Record<string, unknown> | unknown[];

interface Location {
  parent: Tree;
  key: string | number;
}

/** Every (parent, key) position in a parsed document, in a stable order. */
function positions(root: unknown): Location[] {
  const out: Location[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

function shiftInstant(text: string, hours: number): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!match) return text;
  const offset = match[2] ?? 'Z';
  const ms = Date.parse((match[1] as string) + (offset === 'Z' ? 'Z' : offset)) + hours * 3600_000;
  if (!Number.isFinite(ms)) return text;
  const shifted = new Date(ms + (offset === 'Z' ? 0 : Number(offset.slice(0, 3)) * 3600_000 + Math.sign(Number(offset.slice(0, 3)) || 1) * Number(offset.slice(4)) * 60_000));
  return shifted.toISOString().slice(0, 19) + (match[2] ?? '');
}

// Values that keep a document valid, so that the plan reaches the rules rather than stopping at the
// schema: most plans a gate sees are valid, and the rules are where a crash would hide.
const ENUMS: Record<string, readonly string[]> = {
  action: ['software-upgrade', 'config-push', 'reconnection', 'capacity-add', 'capacity-remove', 'restart', 'drain', 'isolate', 'restore'],
  state: ['draft', 'proposed', 'approved', 'scheduled', 'in-progress', 'done', 'cancelled'],
  declaredRisk: ['low', 'medium', 'high', 'critical'],
  party: ['regulator', 'authority', 'psap', 'noc', 'emergency-services', 'other'],
  status: ['qualified', 'in-lab', 'withdrawn'],
};
const OPTIONAL = new Set(['dependsOn', 'verification', 'rollback', 'notify', 'escalation', 'approvals', 'software', 'procedure', 'capacityChange', 'capacityLoss', 'description', 'previousVersion', 'timeZone', 'freezePeriods', 'holidays', 'knownBad', 'capacityUpgrade']);
const SITES = ['PAR1', 'PAR2', 'LYO1', 'MRS1', 'BDX1', 'LIL1'];
const SERVERS = SITES.flatMap((site) => [`${site.toLowerCase()}-cs1`, `${site.toLowerCase()}-cs2`]);

export type Mutation =
  | { op: 'drop' | 'duplicate' | 'retype' | 'inject-key' | 'shift' | 'swap-targets'; file: number; at: number; value: number; hours: number }
  | { op: 'enum' | 'number' | 'drop-optional' | 'shift-one' | 'retarget'; file: number; at: number; value: number; hours: number; semantic: true }
  | { op: 'truncate' | 'insert-bytes' | 'duplicate-line'; file: number; at: number; bytes: number[] };

/** Mutations that keep documents valid (most of the time): enum swaps, numbers, optional fields, windows, targets. */
export const semanticMutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('enum', 'number', 'drop-optional', 'shift-one', 'retarget') as fc.Arbitrary<'enum' | 'number' | 'drop-optional' | 'shift-one' | 'retarget'>,
  file: fc.nat(),
  at: fc.nat(),
  value: fc.nat(),
  hours: fc.integer({ min: -72, max: 72 }),
  semantic: fc.constant(true as const),
});

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('drop', 'duplicate', 'retype', 'inject-key', 'shift', 'swap-targets') as fc.Arbitrary<'drop' | 'duplicate' | 'retype' | 'inject-key' | 'shift' | 'swap-targets'>,
    file: fc.nat(),
    at: fc.nat(),
    value: fc.nat(),
    hours: fc.integer({ min: -24 * 40, max: 24 * 40 }),
  }),
  fc.record({
    op: fc.constantFrom('truncate', 'insert-bytes', 'duplicate-line') as fc.Arbitrary<'truncate' | 'insert-bytes' | 'duplicate-line'>,
    file: fc.nat(),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
);

function applySemantic(value: unknown, m: Extract<Mutation, { semantic: true }>): unknown {
  const all = positions(value);
  const pick = (candidates: Location[]) => candidates[m.at % candidates.length];
  const set = (l: Location, v: unknown) => ((l.parent as Record<string | number, unknown>)[l.key] = v);
  const get = (l: Location) => (l.parent as Record<string | number, unknown>)[l.key];
  switch (m.op) {
    case 'enum': {
      const l = pick(all.filter((p) => typeof p.key === 'string' && p.key in ENUMS));
      if (l) set(l, (ENUMS[l.key as string] as readonly string[])[m.value % (ENUMS[l.key as string] as readonly string[]).length]);
      break;
    }
    case 'number': {
      const l = pick(all.filter((p) => typeof get(p) === 'number'));
      if (l) {
        const v = get(l) as number;
        const options = l.key === 'capacityLoss' ? [0, 0.5, 1] : [0, 1, v * 2, Math.round(v / 2), v + 1, Math.max(0, v - 1)];
        set(l, options[m.value % options.length]);
      }
      break;
    }
    case 'drop-optional': {
      const l = pick(all.filter((p) => typeof p.key === 'string' && OPTIONAL.has(p.key)));
      if (l) delete (l.parent as Record<string, unknown>)[l.key as string];
      break;
    }
    case 'shift-one': {
      const l = pick(all.filter((p) => (p.key === 'start' || p.key === 'end') && typeof get(p) === 'string'));
      if (l) set(l, shiftInstant(get(l) as string, m.hours));
      break;
    }
    case 'retarget': {
      const l = pick(all.filter((p) => p.key === 'targets'));
      if (l) {
        const count = 1 + (m.value % 4);
        const useSites = m.hours % 2 === 0;
        const pool = useSites ? SITES : SERVERS;
        const chosen = Array.from({ length: count }, (_, i) => pool[(m.value + i * 7) % pool.length] as string);
        set(l, useSites ? { sites: [...new Set(chosen)] } : { callServers: [...new Set(chosen)] });
      }
      break;
    }
  }
  return value;
}

function applyStructural(value: unknown, m: Extract<Mutation, { hours: number }>): unknown {
  if ('semantic' in m) return applySemantic(value, m);
  const all = positions(value);
  if (all.length === 0) return value;
  const { parent, key } = all[m.at % all.length] as Location;
  const replacement = HOSTILE_VALUES[m.value % HOSTILE_VALUES.length];
  const container = parent as Record<string | number, unknown>;
  switch (m.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete container[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else container[`${String(key)}_copy`] = structuredClone(container[key]);
      break;
    case 'retype':
      container[key] = structuredClone(replacement);
      break;
    case 'inject-key':
      if (!Array.isArray(parent)) Object.defineProperty(parent, String(HOSTILE_STRINGS[m.value % HOSTILE_STRINGS.length]), { value: replacement, enumerable: true, configurable: true, writable: true });
      else parent.push(structuredClone(replacement));
      break;
    case 'shift':
      for (const p of all) {
        const v = (p.parent as Record<string | number, unknown>)[p.key];
        if ((p.key === 'start' || p.key === 'end') && typeof v === 'string') (p.parent as Record<string | number, unknown>)[p.key] = shiftInstant(v, m.hours);
      }
      break;
    case 'swap-targets': {
      const targets = all.filter((p) => p.key === 'targets');
      if (targets.length >= 2) {
        const a = targets[m.at % targets.length] as Location;
        const b = targets[(m.at + 1 + m.value) % targets.length] as Location;
        const pa = a.parent as Record<string | number, unknown>;
        const pb = b.parent as Record<string | number, unknown>;
        [pa[a.key], pb[b.key]] = [pb[b.key], pa[a.key]];
      }
      break;
    }
  }
  return value;
}

/** Applies mutations to a repository snapshot; the original is not modified. */
export function mutateRepo(files: readonly RepoFile[], mutations: readonly Mutation[]): RepoFile[] {
  const out = files.map((f) => ({ path: f.path, bytes: f.bytes }));
  for (const m of mutations) {
    const target = out[m.file % out.length] as RepoFile;
    if ('bytes' in m) {
      const bytes = target.bytes;
      const at = bytes.length === 0 ? 0 : m.at % bytes.length;
      if (m.op === 'truncate') target.bytes = bytes.slice(0, at);
      else if (m.op === 'insert-bytes') target.bytes = new Uint8Array([...bytes.slice(0, at), ...m.bytes, ...bytes.slice(at)]);
      else {
        const lines = new TextDecoder().decode(bytes).split('\n');
        const i = m.at % lines.length;
        lines.splice(i, 0, lines[i] as string);
        target.bytes = new TextEncoder().encode(lines.join('\n'));
      }
      continue;
    }
    let parsed: unknown;
    try {
      parsed = load(new TextDecoder().decode(target.bytes));
    } catch {
      continue; // already corrupted by an earlier byte-level mutation
    }
    const mutated = applyStructural(parsed as Tree, m);
    try {
      target.bytes = new TextEncoder().encode(dump(mutated));
    } catch {
      continue;
    }
  }
  return out;
}
