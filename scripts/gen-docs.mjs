// Regenerates the metadata-driven header of every docs/rules/<id>.md (and the rules index).
// Runs the TypeScript sources through esbuild so no other tool is needed.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The bundle keeps packages external, so it must sit inside the project for `luxon` & co. to resolve.
const cache = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'changegate-docs-'));
const out = join(dir, 'gen.mjs');
await build({
  entryPoints: ['scripts/gen-docs-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
});
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
