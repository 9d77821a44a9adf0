// Bundles the CLI (dist/cli.js) and the GitHub Action (dist/action/index.js) with esbuild.
// One bundle each starts much faster than resolving hundreds of modules from node_modules.
import { build } from 'esbuild';

const banner = {
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  js: "import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);",
};

const targets = process.argv.slice(2);
const wanted = (name) => targets.length === 0 || targets.includes(name);

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
};

if (wanted('cli')) {
  await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', splitting: false });
}
