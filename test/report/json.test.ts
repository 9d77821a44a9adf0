// The JSON report is written one finding at a time; the text must be exactly JSON.stringify's.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { jsonChunks, toJsonObject } from '../../src/report/json.ts';
import { jsonTextChunks } from '../../src/report/json-chunks.ts';
import { sarifChunks, toSarif } from '../../src/report/sarif.ts';
import { readFolder } from '../../src/source/folder.ts';

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');

describe('jsonChunks', () => {
  it('writes the example, with findings and waived ones, byte for byte as JSON.stringify does, in many chunks', () => {
    const evaluation = evaluate(readFolder('examples/six-sites').files, { asOf: AS_OF });
    expect(evaluation.findings.length).toBeGreaterThan(10);
    const chunks = [...jsonChunks(evaluation)];
    expect(chunks.length).toBeGreaterThan(evaluation.findings.length);
    expect(chunks.join('')).toBe(JSON.stringify(toJsonObject(evaluation), null, 2) + '\n');
    const withWaived = { ...evaluation, waived: evaluation.findings.slice(0, 3).map((f) => ({ ...f, waivedBy: 'WV-1' })), findings: [] };
    expect([...jsonChunks(withWaived)].join('')).toBe(JSON.stringify(toJsonObject(withWaived), null, 2) + '\n');
  });
});

describe('jsonTextChunks', () => {
  it('writes any JSON value byte for byte as JSON.stringify(value, null, 2) does', () => {
    const values: unknown[] = [
      null,
      0,
      -0,
      'a "quoted"\nline',
      [],
      {},
      [undefined, () => 1, 1],
      { a: undefined, b: [[], {}, [1, [2, [3, [4, { deep: [5] }]]]]], c: { toJSON: () => 'as json' }, 'we"ird': { x: { y: { z: { w: [1, 2] } } } } },
    ];
    for (const value of values) expect([...jsonTextChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('writes the SARIF log of the example as JSON.stringify does, in many chunks', () => {
    const evaluation = evaluate(readFolder('examples/six-sites').files, { asOf: AS_OF });
    const chunks = [...sarifChunks(evaluation, { toolVersion: '1.2.3' })];
    expect(chunks.length).toBeGreaterThan(evaluation.findings.length);
    expect(chunks.join('')).toBe(JSON.stringify(toSarif(evaluation, { toolVersion: '1.2.3' }), null, 2) + '\n');
  });
});
