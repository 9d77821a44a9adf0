// The safe-plan hint of a text `check` writes its candidate plans without `yaml` (plain-document.ts) and
// falls back to `yaml` wherever that writer refuses: either way the hint is the one the search with
// `yaml` finds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/api/evaluate.ts';
import type { Repository } from '../../src/api/evaluate.ts';
import { safePlanText } from '../../src/cli/plan-hint.ts';
import { documentReviser } from '../../src/planner/document.ts';
import { safePlanHints } from '../../src/planner/hint.ts';
import { OutsidePlainYaml, plainDocumentReviser } from '../../src/planner/plain-document.ts';
import { memoryDocumentCache } from '../../src/source/memory-document-cache.ts';
import { defaultRules, evaluate } from '../default-pack.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const PLANNED = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const AS_OFS = ['2026-11-27T09:00:00+01:00', '2026-12-03T12:00:00+01:00'].map((t) => Date.parse(t));

/** The hint as the search with `yaml` alone finds it, and as the check prints it. */
async function bothWays(repository: Repository, asOf: number): Promise<{ withYaml: string; printed: string }> {
  const evaluation = evaluate(repository.files, { asOf });
  const withYaml = safePlanHints(repository.files, evaluation, { rules: defaultRules, refused: repository.refused }, documentReviser)
    .map((h) => `\n${h.text}`)
    .join('');
  const documentCache = memoryDocumentCache();
  const own = evaluate(repository.files, { asOf, documentCache });
  const printed = await safePlanText(repository, {}, own, defaultRules, { evaluation: own, documentCache });
  return { withYaml: withYaml === '' ? '' : `${withYaml}\n`, printed };
}

describe('the safe-plan hint of a text check', () => {
  it('is the hint the search with yaml finds, written without yaml, on the example', async () => {
    const repository = await loadRepository(EXAMPLE);
    const planned = repository.files.find((f) => f.path === PLANNED);
    // The plain writer does take this file: the hint below is written without yaml.
    expect(() => plainDocumentReviser(new TextDecoder().decode(planned?.bytes))).not.toThrow();
    for (const asOf of AS_OFS) {
      const { withYaml, printed } = await bothWays(repository, asOf);
      expect(printed).toContain('a safe plan exists');
      expect(printed).toBe(withYaml);
      // The whole search is written by the plain writer: it refuses nothing here, so yaml is never asked.
      const evaluation = evaluate(repository.files, { asOf });
      const plain = safePlanHints(repository.files, evaluation, { rules: defaultRules, refused: repository.refused }, plainDocumentReviser);
      expect(plain.map((h) => `\n${h.text}`).join('') + '\n').toBe(withYaml);
    }
  });

  it('falls back to yaml for a file the plain writer refuses, with the same hint', async () => {
    const repository = await loadRepository(EXAMPLE);
    // A comment after a blank line at the end of the steps: the plain writer cannot be sure of yaml's range.
    const files = repository.files.map((f) => (f.path === PLANNED ? { path: f.path, bytes: new TextEncoder().encode(`${new TextDecoder().decode(f.bytes)}\n  # reviewed\n`) } : f));
    const edited = new TextDecoder().decode(files.find((f) => f.path === PLANNED)?.bytes);
    expect(() => plainDocumentReviser(edited)).toThrow(OutsidePlainYaml);
    for (const asOf of AS_OFS) {
      const { withYaml, printed } = await bothWays({ ...repository, files }, asOf);
      expect(printed).toContain('a safe plan exists');
      expect(printed).toBe(withYaml);
    }
  });
});
