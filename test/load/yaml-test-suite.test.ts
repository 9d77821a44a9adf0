// Every case of the public YAML test suite (test/fixtures/yaml-test-suite, MIT, see its LICENSE) through
// the loader. A malformed input must give a located issue; a well-formed one must load to the data the
// suite expects, or be refused by one of changegate's deliberate restrictions with a message saying so.
// The totals at the end make any change of behaviour visible in review.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml.ts';
import type { LoadIssueCode } from '../../src/load/yaml.ts';

const SUITE = join(import.meta.dirname, '..', 'fixtures', 'yaml-test-suite');

function caseIds(): string[] {
  const ids: string[] = [];
  for (const name of readdirSync(SUITE).sort()) {
    const dir = join(SUITE, name);
    if (!statSync(dir).isDirectory()) continue;
    if (existsSync(join(dir, 'in.yaml'))) ids.push(name);
    else for (const sub of readdirSync(dir).sort()) if (existsSync(join(dir, sub, 'in.yaml'))) ids.push(`${name}/${sub}`);
  }
  return ids;
}

/** in.json holds one JSON value per YAML document, one after the other. */
function parseJsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  skipSpace();
  while (i < text.length) {
    const start = i;
    const first = text[i];
    if (first === '{' || first === '[' || first === '"') {
      let depth = 0;
      let inString = false;
      for (; i < text.length; i++) {
        const c = text[i];
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') {
            inString = false;
            if (depth === 0) break;
          }
        } else if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) break;
        }
      }
      i++;
    } else {
      while (i < text.length && !/\s/.test(text[i] as string)) i++;
    }
    values.push(JSON.parse(text.slice(start, i)));
    skipSpace();
  }
  return values;
}

type Outcome =
  | { kind: 'error-located'; code: LoadIssueCode }
  | { kind: 'loaded-equal' }
  | { kind: 'loaded-not-json' }
  | { kind: 'refused-by-design'; code: LoadIssueCode };

/** What each deliberate refusal must say, so a user knows it is a choice and not a parser failure. */
const BY_DESIGN: Partial<Record<LoadIssueCode, RegExp>> = {
  'multiple-documents': /one YAML document per file \(by design\)/,
  'unsupported-tag': /the tag \S+ is not supported: changegate files hold plain data/,
  'complex-key': /cannot be used as a key; keys must be plain text/,
  'empty-file': /holds no YAML document/,
  'duplicate-key': /^duplicate .*already defined on line \d+/,
};

const outcomes = new Map<string, Outcome>();

describe('yaml-test-suite', () => {
  const ids = caseIds();

  it('the copy holds the whole suite with its licence', () => {
    expect(ids.length).toBe(402);
    expect(readFileSync(join(SUITE, 'LICENSE'), 'utf8')).toMatch(/MIT|Permission is hereby granted/);
  });

  for (const id of ids) {
    const dir = join(SUITE, id);
    const title = readFileSync(join(dir, '==='), 'utf8').trim();
    it(`${id}: ${title}`, () => {
      const bytes = readFileSync(join(dir, 'in.yaml'));
      const text = bytes.toString('utf8');
      const lines = text.split('\n');
      const result = loadYaml('in.yaml', bytes);
      for (const issue of result.issues) {
        // Every issue is located inside the file.
        expect(issue.range.line).toBeGreaterThanOrEqual(1);
        expect(issue.range.line).toBeLessThanOrEqual(Math.max(1, lines.length));
        expect(issue.range.column).toBeGreaterThanOrEqual(1);
        expect(issue.range.column).toBeLessThanOrEqual((lines[issue.range.line - 1] ?? '').length + 1);
        expect(issue.message.length).toBeGreaterThan(10);
      }
      if (existsSync(join(dir, 'error'))) {
        expect(result.document, 'malformed YAML must not load').toBeUndefined();
        expect(result.issues).toHaveLength(1);
        outcomes.set(id, { kind: 'error-located', code: result.issues[0]!.code });
        return;
      }
      const expected = existsSync(join(dir, 'in.json')) ? parseJsonStream(readFileSync(join(dir, 'in.json'), 'utf8')) : undefined;
      if (result.document) {
        expect(result.issues).toEqual([]);
        if (expected === undefined) {
          // The suite gives no JSON when the data cannot be JSON (null or complex keys); it still loaded.
          outcomes.set(id, { kind: 'loaded-not-json' });
          return;
        }
        expect(expected, 'a file with several documents must not load').toHaveLength(1);
        expect(result.document.value).toEqual(expected[0]);
        outcomes.set(id, { kind: 'loaded-equal' });
        return;
      }
      const issue = result.issues[0]!;
      const pattern = BY_DESIGN[issue.code];
      expect(pattern, `${issue.code} is not a deliberate refusal: ${issue.message}`).toBeDefined();
      expect(issue.message).toMatch(pattern as RegExp);
      // (NKF9 has several documents but no JSON: its keys are empty.)
      if (issue.code === 'multiple-documents' && expected !== undefined) expect(expected.length).toBeGreaterThan(1);
      outcomes.set(id, { kind: 'refused-by-design', code: issue.code });
    });
  }

  it('totals: what loads, what is refused by design, what is malformed', () => {
    expect(outcomes.size).toBe(ids.length);
    const tally: Record<string, number> = {};
    for (const o of outcomes.values()) {
      const key = o.kind === 'refused-by-design' || o.kind === 'error-located' ? `${o.kind}:${o.code}` : o.kind;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    expect(tally).toEqual({
      'loaded-equal': 234,
      'loaded-not-json': 10,
      'error-located:syntax': 94,
      'refused-by-design:unsupported-tag': 24,
      'refused-by-design:multiple-documents': 19,
      'refused-by-design:complex-key': 15,
      'refused-by-design:empty-file': 5,
      // 2JQS: two empty keys in one mapping (`: a` and `: b`).
      'refused-by-design:duplicate-key': 1,
    });
  });
});
