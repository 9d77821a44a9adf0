// Builds the benchmark (bench/*.ts) with esbuild into .build/ and runs it; arguments pass through.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

mkdirSync('.build', { recursive: true });
const run = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', packages: 'external' };
await build({ ...common, entryPoints: ['bench/run.ts'], outfile: '.build/bench-run.mjs' });
// The measured child bundles everything (like the CLI) with the precompiled validators.
const { precompiledPlugin } = await import('./precompiled-plugin.mjs');
const precompiled = await precompiledPlugin();
try {
  await build({ ...common, packages: undefined, entryPoints: ['bench/child.ts'], outfile: '.build/bench-child.mjs', plugins: [precompiled.plugin],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
} finally {
  // The generated validators are only needed while bundling (as in scripts/build.mjs).
  rmSync(precompiled.workDir, { recursive: true, force: true });
}
const result = spawnSync(process.execPath, ['.build/bench-run.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
