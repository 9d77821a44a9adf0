// Message interpolation and canonical JSON: every finding's message and fingerprint go through these.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, interpolate, sha256Hex, stableStringify } from '../../src/core/finding.ts';
import { readFolder } from '../../src/source/folder.ts';
import { defaultRules, evaluate } from '../default-pack.ts';
import type { Finding } from '../../src/core/finding.ts';
import { fixtureRepo } from '../support/fixture-repos.ts';

/** Canonical JSON as written before the sorted orders were remembered: sort every object's keys. */
function naiveStableStringify(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || typeof value !== 'object') return 'null';
  if (Array.isArray(value)) return '[' + value.map(naiveStableStringify).join(',') + ']';
  const record = value as Record<string, unknown>;
  return '{' + Object.keys(record).sort().map((k) => JSON.stringify(k) + ':' + naiveStableStringify(record[k])).join(',') + '}';
}

describe('interpolate', () => {
  it('fills placeholders, with or without spaces inside the braces, and joins arrays with ", "', () => {
    expect(interpolate('{{change}} touches {{ servers }} at {{at}}.', { change: 'CR-1', servers: ['a', 'b'], at: 3 })).toBe('CR-1 touches a, b at 3.');
  });

  it('leaves a placeholder it has no value for exactly as written', () => {
    expect(interpolate('known {{a}}, unknown {{  b }} and {{c}}', { a: 1 })).toBe('known 1, unknown {{  b }} and {{c}}');
  });

  it('gives the same text for the same template every time (templates are compiled once)', () => {
    const template = '{{x}}-{{y}}-{{x}}';
    expect(interpolate(template, { x: 'p', y: 'q' })).toBe('p-q-p');
    expect(interpolate(template, { x: 'r', y: true })).toBe('r-true-r');
    expect(interpolate('no placeholders', { x: 1 })).toBe('no placeholders');
  });
});

describe('stableStringify', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableStringify({ b: 1, a: [{ d: null, c: 'x"y' }] })).toBe('{"a":[{"c":"x\\"y","d":null}],"b":1}');
  });

  it('gives what sorting every object would give, for key sequences that repeat, share a first key or differ by one key', () => {
    // Few key names, so the same sequences and first keys recur across and within the generated values.
    const key = fc.constantFrom('a', 'b', 'c', 'id', 'kind', 'Z', '10', '9', 'é', '__proto__x');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 6 })),
    })).node;
    fc.assert(fc.property(fc.array(value, { maxLength: 8 }), (values) => {
      for (const v of values) expect(stableStringify(v)).toBe(naiveStableStringify(v));
    }), { numRuns: 400 });
  });

  it('stays exact for many sequences that begin with the same key', () => {
    for (let n = 0; n < 60; n++) {
      const record: Record<string, number> = { start: n };
      for (let k = 0; k < n % 7; k++) record[`k${(n * 7 + k) % 11}`] = k;
      record[n % 2 === 0 ? 'a' : 'zz'] = n;
      expect(stableStringify(record)).toBe(naiveStableStringify(record));
      expect(stableStringify(record)).toBe(naiveStableStringify(record));
    }
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes, as createHash gives it, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é€😀', '\ud800x\udfff', 'x'.repeat(100_000)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('the message and fingerprint of a reported finding', () => {
  // Made on their first read: they must be exactly the message and fingerprint of the finding as
  // reported, and look like any other own property to JSON, spreads and key order.
  const asOf = Date.parse('2026-11-27T09:00:00+01:00');
  const templates = new Map(defaultRules.map((r) => [r.id, r.messages as Record<string, string>]));
  const ENGINE_REPORTED = new Set(['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config', 'internal-error', 'waiver-validity', 'unread-file', 'policy-loosening']);
  const repos = ['examples/six-sites', ...['broken', 'failing'].map(fixtureRepo)];

  for (const repo of repos) {
    it(`is its template filled with its data and fingerprintOf its rule, message, file, path and data, own enumerable properties in their places: ${repo}`, () => {
      const evaluation = evaluate(readFolder(repo).files, { asOf });
      const findings = [...evaluation.findings, ...evaluation.waived];
      expect(findings.length).toBeGreaterThan(0);
      let templated = 0;
      for (const f of findings) {
        const expected = fingerprintOf({ ruleId: f.ruleId, messageId: f.messageId, file: f.file, path: f.path, data: f.data });
        expect(f.fingerprint).toBe(expected);
        expect(f.fingerprint).toBe(expected);
        const keys = Object.keys(f);
        // (The loader's own yaml-syntax findings are written in another order, as before.)
        if (f.ruleId !== 'yaml-syntax') expect(keys.slice(0, 12)).toEqual(['ruleId', 'messageId', 'file', 'path', 'data', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fingerprint']);
        expect(typeof f.message).toBe('string');
        expect(f.message).toBe(f.message);
        // A rule's own report: its template filled with the data it reported (the engine's findings,
        // under the ids of the rules that own them, carry their text as written).
        const template = templates.get(f.ruleId)?.[f.messageId];
        if (template !== undefined && !ENGINE_REPORTED.has(f.ruleId)) {
          expect(f.message).toBe(interpolate(template, f.data));
          templated++;
        }
        expect(JSON.stringify(f)).toBe(JSON.stringify({ ...f }));
        expect((JSON.parse(JSON.stringify(f)) as { fingerprint: string }).fingerprint).toBe(expected);
      }
      // Writable like plain properties.
      const [first] = findings as [Finding];
      first.message = 'rewritten';
      first.fingerprint = 'f';
      expect([first.message, first.fingerprint]).toEqual(['rewritten', 'f']);
      if (repo === 'examples/six-sites' || repo.endsWith('failing')) expect(templated).toBeGreaterThan(5);
    });

    it(`is the same whether read before or after the evaluation finished: ${repo}`, () => {
      const files = readFolder(repo).files;
      const first = evaluate(files, { asOf });
      const second = evaluate(files, { asOf });
      const early = second.findings.map((f) => f.fingerprint);
      expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
      expect(JSON.stringify(second.waived)).toBe(JSON.stringify(first.waived));
      expect(early).toEqual(first.findings.map((f) => f.fingerprint));
    });
  }
});
