// Fuzzing: structure-aware mutations of the example repository must always end in a verdict, never in an
// uncaught exception, an internal error or a pass on input the gate could not read. A short run is part
// of `npm test` (fixed seed, so CI is reproducible); `npm run fuzz` runs 10,000 cases with a fresh seed
// (FUZZ_RUNS, FUZZ_SEED override both) and docs/reliability.md records the last long run.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import { INPUT_RULE_IDS } from '../../src/engine/evaluate.ts';
import { toJsonObject } from '../../src/report/json.ts';
import { formatText } from '../../src/report/text.ts';
import { readTree } from '../support/builders.ts';
import { mutateRepo, mutationArbitrary, semanticMutationArbitrary } from './mutate.ts';

const example = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : runs > 1000 ? Date.now() : 20261127;
const asOf = Date.parse('2026-11-27T09:00:00+01:00');

describe('fuzzing the example repository', () => {
  const base = readTree(example, (name) => /\.ya?ml$/.test(name));
  let slowest = 0;
  let withRules = 0;

  it(`${runs} mutated repositories each end in a located verdict (seed ${seed})`, () => {
    fc.assert(
      // Half the cases keep the documents valid so the rules run on odd but legal plans; the other
      // half break them in every way, so the input stages are fuzzed too.
      fc.property(fc.oneof(fc.array(semanticMutationArbitrary, { minLength: 1, maxLength: 6 }), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 })), (mutations) => {
        const files = mutateRepo(base, mutations);
        const started = performance.now();
        const evaluation = evaluate(files, { asOf });
        slowest = Math.max(slowest, performance.now() - started);
        if (evaluation.counts.rules > 0) withRules++;
        // Never an internal error: that would be a bug the fuzzer found.
        const internal = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
        if (internal.length > 0) throw new Error(`internal error: ${internal.map((f) => f.message).join('; ')}`);
        expect(['pass', 'warn', 'fail', 'error']).toContain(evaluation.verdict);
        // Input the gate could not read never passes.
        if (evaluation.findings.some((f) => INPUT_RULE_IDS.has(f.ruleId))) expect(evaluation.verdict).toBe('error');
        for (const f of evaluation.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          if (f.file !== '') expect(files.some((file) => file.path === f.file)).toBe(true);
        }
        // Formatters cope with whatever the findings carry.
        formatText(evaluation, { color: false, pathPrefix: '', maxPerRule: 20 });
        JSON.stringify(toJsonObject(evaluation));
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // A fuzzer that never reaches the rules proves little about them.
    expect(withRules / runs).toBeGreaterThan(0.3);
    if (runs > 1000) console.log(`fuzz: ${runs} cases, seed ${seed}, ${withRules} reached the rules, slowest evaluation ${slowest.toFixed(0)} ms`);
  }, Math.max(60_000, runs * 400));
});
