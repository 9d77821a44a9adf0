// Generates the standalone schema validators (scripts/gen-validators-entry.ts) into .build/ and returns
// { plugin, workDir }: an esbuild plugin resolving `changegate:precompiled-validators` to them. Used by every bundle.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function precompiledPlugin() {
  // A scratch folder inside the repository, so the generator resolves packages from node_modules.
  mkdirSync('.build', { recursive: true });
  const work = mkdtempSync(join('.build', 'validators-'));
  const validatorsFile = resolve(work, 'validators.mjs');
  const generator = resolve(work, 'gen-validators.mjs');
  await build({
    entryPoints: ['scripts/gen-validators-entry.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: generator,
    packages: 'external',
    logLevel: 'warning',
  });
  const { generateValidators } = await import(pathToFileURL(generator).href);
  generateValidators(validatorsFile);
  const plugin = {
    name: 'precompiled-validators',
    setup(b) {
      // A virtual module with a fixed name: the generated file lives in a temporary folder, and its
      // path must not leak into the committed bundles (they are compared byte for byte in CI).
      b.onResolve({ filter: /^changegate:precompiled-validators$/ }, () => ({ path: 'precompiled-validators', namespace: 'changegate' }));
      b.onLoad({ filter: /.*/, namespace: 'changegate' }, () => ({ contents: readFileSync(validatorsFile, 'utf8'), resolveDir: process.cwd(), loader: 'js' }));
    },
  };
  return { plugin, workDir: work };
}
