// A series of evaluations that shares a memo of compiled custom rules (the planner's search) must give,
// evaluation by evaluation, exactly the report of a fresh evaluate(): rules that compile, rules that do
// not, a clash with a built-in id, a rule stopped by its cost limit, and no custom rule at all.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledRulesMemo } from '../../src/custom-rules/reuse.ts';
import { formatJson } from '../../src/report/json.ts';
import type { CachedLoad, DocumentCache } from '../../src/source/document-cache.ts';
import { readFolder } from '../../src/source/folder.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import type { RepoFile } from '../default-pack.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const CHANGE = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

const file = (path: string, text: string): RepoFile => ({ path, bytes: new TextEncoder().encode(text) });

function example(edit: (files: RepoFile[]) => RepoFile[] = (files) => files): RepoFile[] {
  return edit(readFolder(EXAMPLE).files);
}

const withRule = (path: string, text: string) => (files: RepoFile[]) => [...files, file(path, text)];
const ruleDocument = (id: string, when: string, extra = '') =>
  `kind: Rule\nid: ${id}\ntitle: A test rule\nseverity: error\ncategory: process\nscope: step\nwhen: ${when}\nmessage: "step {{ step.id }} matched"\n${extra}`;

const FIXTURES: { name: string; files: RepoFile[]; shows?: string }[] = [
  { name: 'the example (three custom rules)', files: example() },
  { name: 'a rule that does not compile', files: example(withRule('rules/broken.yaml', ruleDocument('broken', 'step.nothing(('))), shows: 'customRuleCompile' },
  { name: "a rule with a built-in rule's id", files: example(withRule('rules/clash.yaml', ruleDocument('maintenance-window', 'step.id == "s1"'))), shows: 'customRuleIdClash' },
  { name: 'a rule stopped by its cost limit', files: example(withRule('rules/costly.yaml', ruleDocument('costly', 'network.steps.exists(a, network.steps.exists(b, a.id == b.id && false))', 'costLimit: 3\n'))), shows: 'customRuleCost' },
  { name: 'no custom rule', files: example((files) => files.filter((f) => !f.path.startsWith('rules/'))) },
];

/** The planner's document cache: the same entry for the same file object. */
function memoryCache(): DocumentCache {
  const entries = new WeakMap<RepoFile, CachedLoad>();
  return { get: (f) => entries.get(f), put: (f, _limits, entry) => void entries.set(f, entry) };
}

/** Revisions of the change request, as the search writes them: the same file with another text. */
function revisions(files: readonly RepoFile[]): RepoFile[][] {
  const original = new TextDecoder().decode(files.find((f) => f.path === CHANGE)?.bytes);
  const edits = [original, original.replace('state: approved', 'state: proposed'), original.replaceAll('2026-12-09T', '2026-12-10T'), original];
  expect(new Set(edits).size).toBe(3);
  return edits.map((text) => files.map((f) => (f.path === CHANGE ? file(CHANGE, text) : f)));
}

describe('custom rules compiled once for a series of evaluations', () => {
  for (const fixture of FIXTURES) {
    it(`give the report of a fresh evaluation, byte for byte: ${fixture.name}`, () => {
      const memo = compiledRulesMemo();
      const cache = memoryCache();
      const series = revisions(fixture.files);
      let compiled: unknown;
      for (const files of series) {
        const reused = evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: cache, compiledRules: memo });
        const fresh = evaluate(files, { rules: defaultRules, asOf: AS_OF });
        expect(formatJson(reused)).toBe(formatJson(fresh));
        if (fixture.shows !== undefined) expect(reused.findings.map((f) => f.messageId)).toContain(fixture.shows);
        // The first compilation is the one reused (the rule files are the same objects throughout).
        compiled ??= memo.last?.compiled;
        expect(memo.last?.compiled).toBe(compiled);
      }
      expect(compiled !== undefined).toBe(fixture.files.some((f) => f.path.startsWith('rules/')));
    });
  }

  it('compiles again when a rule document is another object', () => {
    const memo = compiledRulesMemo();
    const files = example();
    evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: memoryCache(), compiledRules: memo });
    const first = memo.last?.compiled;
    // Another cache gives other loaded objects for the same files: nothing is taken on trust.
    const again = evaluate(files, { rules: defaultRules, asOf: AS_OF, documentCache: memoryCache(), compiledRules: memo });
    expect(memo.last?.compiled).not.toBe(first);
    expect(formatJson(again)).toBe(formatJson(evaluate(files, { rules: defaultRules, asOf: AS_OF })));
    const edited = withRule('rules/extra.yaml', ruleDocument('extra', 'step.id == "s1"'))(files);
    const extra = evaluate(edited, { rules: defaultRules, asOf: AS_OF, documentCache: memoryCache(), compiledRules: memo });
    expect(extra.findings.some((f) => f.ruleId === 'extra')).toBe(true);
    expect(formatJson(extra)).toBe(formatJson(evaluate(edited, { rules: defaultRules, asOf: AS_OF })));
  });
});
