// The one fixture builder of the tests: the canonical six-site network (test/fixtures/network, a copy of
// examples/six-sites without its change requests), and typed builders for change requests and their
// steps that emit YAML text laid out the way the tests count lines.
//
// A change request is 8 lines of header, then its steps:
//
//   1 kind: ChangeRequest        5 purpose: …
//   2 id: CR-TEST-1              6 declaredRisk: high
//   3 title: Test change …       7 state: approved
//   4 owner: j.dupont            8 steps:           (after `head` lines, when given)
//
// and a step is one line per key, in the order the spec object lists them (`id` and `action` first):
// `step({ id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(8, '01:00', '02:00') })`
// gives
//
//   - id: s1
//     action: restart
//     targets: { callServers: [par1-cs1] }
//     window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }
//
// Values are written as YAML flow: objects as `{ k: v }`, arrays as `[a, b]`, strings plain unless YAML
// would read them as a number, boolean or null (then quoted, as test-call numbers must be); a string is
// otherwise written as given, so a test can pass exact YAML (`'{ sites: [PAR1] }'`). `block(value)` writes
// a mapping in block style instead, one key per line.
//
// A test that needs a network unlike the canonical one states the difference as an override:
// `networkFiles({ 'inventory/extra.yaml': text })` adds or replaces files (null removes one), and
// `networkText(path)` gives a canonical file's text to edit.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { RepoFile } from '../../src/engine/evaluate.ts';

/** The canonical six-site test network on disk. */
export const SIX_SITES = join(import.meta.dirname, '..', 'fixtures', 'network');

/** The six site ids of the canonical network, in inventory order. */
export const SITE_IDS = ['PAR1', 'PAR2', 'LYO1', 'MRS1', 'BDX1', 'LIL1'] as const;

/** The twelve call servers of the canonical network, two per site (`par1-cs1`, `par1-cs2`, …). */
export const SERVER_IDS: readonly string[] = SITE_IDS.flatMap((site) => [`${site.toLowerCase()}-cs1`, `${site.toLowerCase()}-cs2`]);

/** The evaluation instant most tests use: Friday 27 November 2026, 09:00 in Paris. */
export const DEFAULT_AS_OF = '2026-11-27T09:00:00+01:00';

const encoder = new TextEncoder();

/** Every file under `root` whose name `keep` accepts, with repository-relative paths, in path order. */
export function readTree(root: string, keep: (name: string) => boolean = () => true): RepoFile[] {
  const files: RepoFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (keep(name)) files.push({ path: relative(root, full).split(sep).join('/'), bytes: readFileSync(full) });
    }
  };
  walk(root);
  return files;
}

let sixSiteCache: RepoFile[] | undefined;

/** The files of the canonical six-site network (inventory, traffic, software, policy; no change request). */
export function sixSiteFiles(): RepoFile[] {
  sixSiteCache ??= readTree(SIX_SITES);
  return sixSiteCache;
}

/** The text of one file of the canonical network, e.g. `networkText('policy/policy.yaml')`. */
export function networkText(path: string): string {
  const file = sixSiteFiles().find((f) => f.path === path);
  if (!file) throw new Error(`the six-site network has no file ${path}`);
  return new TextDecoder().decode(file.bytes);
}

/** The canonical network with files added or replaced (path -> YAML text); a null value removes the file. */
export function networkFiles(overrides: Record<string, string | null> = {}, base: readonly RepoFile[] = sixSiteFiles()): RepoFile[] {
  const map = new Map(base.map((f) => [f.path, f.bytes]));
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) map.delete(path);
    else map.set(path, encoder.encode(text));
  }
  return [...map.entries()].map(([path, bytes]) => ({ path, bytes }));
}

/**
 * Writes the canonical network, with `overrides` applied as in `networkFiles`, into `dir` (created if
 * needed), for tests that run the CLI or git on a real folder. The fixture's README is left out.
 */
export function writeNetwork(dir: string, overrides: Record<string, string | null> = {}): string {
  for (const file of networkFiles(overrides)) {
    if (file.path === 'README.md') continue;
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.bytes);
  }
  return dir;
}

/** A policy text with a `rules:` section appended (the canonical policy has none). */
export function policyWithRules(rules: Record<string, { severity?: string; options?: Record<string, YamlValue> }>, policy = networkText('policy/policy.yaml')): string {
  if (/^rules:/m.test(policy)) throw new Error('the policy already has a rules: section');
  const entries = Object.entries(rules).map(([id, setting]) => `  ${id}: ${flow(setting)}\n`);
  return `${policy.trimEnd()}\n\nrules:\n${entries.join('')}`;
}

// ---------------------------------------------------------------------------------------------------
// YAML values

type BlockMapping = Record<string, YamlValue | undefined>;

/**
 * A mapping written in block style (one key per line), or a sequence of mappings written as block items
 * (`- first: …` then the other keys below it), where the builders would write flow style.
 */
export class Block {
  constructor(readonly value: BlockMapping | readonly BlockMapping[]) {}
}
export const block = (value: BlockMapping | readonly BlockMapping[]): Block => new Block(value);

export type YamlValue = string | number | boolean | null | Block | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

function scalar(text: string): string {
  const readAsOther = text.trim() === '' || Number.isFinite(Number(text)) || /^(true|false|null|~|yes|no|on|off)$/i.test(text);
  return readAsOther ? JSON.stringify(text) : text;
}

/** One value in YAML flow style. */
export function flow(value: YamlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Block) return flow(value.value as YamlValue);
  if (Array.isArray(value)) return `[${(value as readonly YamlValue[]).map(flow).join(', ')}]`;
  const entries = Object.entries(value).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
}

/** `key: value` lines at `indent` spaces; a Block value opens a nested block one level deeper. */
function keyLines(key: string, value: YamlValue, indent: number): string {
  const pad = ' '.repeat(indent);
  if (!(value instanceof Block)) return `${pad}${key}: ${flow(value)}\n`;
  const defined = (m: BlockMapping) => Object.entries(m).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  if (!Array.isArray(value.value)) return `${pad}${key}:\n${defined(value.value as BlockMapping).map(([k, v]) => keyLines(k, v, indent + 2)).join('')}`;
  const items = (value.value as readonly BlockMapping[]).map((item) => {
    const lines = defined(item).map(([k, v]) => keyLines(k, v, indent + 4));
    return lines.length === 0 ? `${pad}  - {}\n` : `${pad}  - ${(lines[0] as string).slice(indent + 4)}${lines.slice(1).join('')}`;
  });
  return `${pad}${key}:\n${items.join('')}`;
}

// ---------------------------------------------------------------------------------------------------
// Times

const two = (n: number) => String(n).padStart(2, '0');

/** A local instant in December 2026 in Paris (+01:00): `at(8, '01:00')` is 2026-12-08T01:00:00+01:00. */
export function at(day: number, hhmm: string): string {
  return `2026-12-${two(day)}T${hhmm}:00+01:00`;
}

/** A step window on one day of December 2026, local Paris time (the night windows of the policy are 00:00-05:00). */
export function night(day: number, from: string, to: string): { start: string; end: string } {
  return { start: at(day, from), end: at(day, to) };
}

// ---------------------------------------------------------------------------------------------------
// Steps and change requests

export type StepAction = 'software-upgrade' | 'reconnection' | 'config-push' | 'capacity-add' | 'capacity-remove' | 'restart' | 'drain' | 'isolate' | 'restore';

/** A step: `id` and `action` first, then any keys in the order given (undefined keys are left out). */
export interface StepSpec {
  id: string;
  action: StepAction | string;
  [key: string]: YamlValue | undefined;
}

/** A step as the lines of one item of `steps:` (two spaces, dash; keys at four spaces). */
export function step(spec: StepSpec): string {
  const { id, action, ...rest } = spec;
  const keys = Object.entries(rest).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  return `  - id: ${scalar(id)}\n    action: ${scalar(action)}\n${keys.map(([k, v]) => keyLines(k, v, 4)).join('')}`;
}

/** More keys of a step, to follow `step(...)` and any raw lines a test puts in between. */
export function stepLines(keys: Record<string, YamlValue | undefined>): string {
  return Object.entries(keys)
    .filter((e): e is [string, YamlValue] => e[1] !== undefined)
    .map(([k, v]) => keyLines(k, v, 4))
    .join('');
}

/** Test calls to emergency numbers, as a step's `verification` value. */
export function testCalls(...numbers: string[]): { testCalls: { number: string }[] } {
  return { testCalls: numbers.map((number) => ({ number })) };
}

export interface ChangeRequestSpec {
  id: string;
  /** Default: "Test change <id>". */
  title?: string;
  owner?: string;
  purpose?: string;
  declaredRisk?: 'low' | 'medium' | 'high' | string;
  state?: 'draft' | 'proposed' | 'approved' | 'in-progress' | 'completed' | 'cancelled' | string;
  /** YAML lines between `state:` and `steps:` (notify, escalation, capacityUpgrade, …), each ending in a newline. */
  head?: string;
  /** The steps, as YAML text or as step specs. */
  steps: string | readonly (StepSpec | string)[];
  /** YAML lines after the steps (approvals, …). */
  tail?: string;
  /** Lines before `kind:` (comments), to move every line of the file. */
  preamble?: string;
}

/** The full text of a change request; see the header comment for its line layout. */
export function changeRequestText(spec: ChangeRequestSpec): string {
  const steps = typeof spec.steps === 'string' ? spec.steps : spec.steps.map((s) => (typeof s === 'string' ? s : step(s))).join('');
  return `${spec.preamble ?? ''}kind: ChangeRequest
id: ${spec.id}
title: ${spec.title ?? `Test change ${spec.id}`}
owner: ${spec.owner ?? 'j.dupont'}
purpose: ${spec.purpose ?? 'Exercise the gate on the six-site test network'}
declaredRisk: ${spec.declaredRisk ?? 'high'}
state: ${spec.state ?? 'approved'}
${spec.head ?? ''}steps:
${steps}${spec.tail ?? ''}`;
}

/** A change request with id `id` and `steps`; other fields default as in `changeRequestText`. */
export function changeRequest(id: string, steps: ChangeRequestSpec['steps'], overrides: Omit<Partial<ChangeRequestSpec>, 'id' | 'steps'> = {}): string {
  return changeRequestText({ ...overrides, id, steps });
}

/** The path the tests give a change request: `changes/<id>.yaml`. */
export const changePath = (id: string): string => `changes/${id}.yaml`;

/** A change request as the one-entry file map the rule tester and `networkFiles` take. */
export function changeRequestFile(id: string, steps: ChangeRequestSpec['steps'], overrides: Omit<Partial<ChangeRequestSpec>, 'id' | 'steps'> = {}): Record<string, string> {
  return { [changePath(id)]: changeRequest(id, steps, overrides) };
}
