// The JSON report is written one finding at a time; the text must be exactly JSON.stringify's.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import { jsonChunks, toJsonObject } from '../../src/report/json.ts';
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
