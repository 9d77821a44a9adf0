// Builds the bundles with esbuild: the CLI (dist/cli.js and its chunks dist/cli-chunk-*.js), the public
// API (dist/api/index.js with its type declarations in one dist/api/index.d.ts) and, when present, the
// GitHub Action (dist/index.js, one file). Schemas are compiled to standalone validators first and
// bundled in, so neither bundle compiles a schema at start-up. A bundle starts much faster than
// resolving hundreds of modules from node_modules; the CLI's is split at its commands so each command
// compiles only the code it runs.
import { build } from 'esbuild';
import { precompiledPlugin } from './precompiled-plugin.mjs';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const banner = {
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  js: "import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);",
};

const targets = process.argv.slice(2);
const wanted = (name) => targets.length === 0 || targets.includes(name);

const { plugin, workDir } = await precompiledPlugin();

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  plugins: [plugin],
};

/**
 * Bundles one entry point and replaces the output atomically (write, then rename): tests and
 * concurrent builds may run the CLI while it is being rebuilt, and must never see half a file.
 */
async function bundle(entry, outfile, plugins = []) {
  const result = await build({ ...common, plugins: [...common.plugins, ...plugins], entryPoints: [entry], outfile, write: false });
  mkdirSync(dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

/** The CLI's chunks: beside dist/cli.js, so relative paths (./schema-compiler.js, the package root) hold in every chunk. */
const CLI_CHUNK = /^cli-chunk-[A-Z0-9]+\.js$/;

/**
 * Bundles the CLI split at its dynamic imports (ESM code splitting): dist/cli.js and the chunks it
 * loads on demand, named by content hash, so the same sources always give the same files. The chunks
 * are written first and the entry last (each atomically), so a CLI started during a rebuild finds every
 * chunk its entry names; chunks no longer produced are removed afterwards, so dist/ holds exactly what
 * the sources build (`npm run check-dist`).
 */
async function bundleSplit(entry, outdir, plugins = []) {
  const result = await build({
    ...common,
    plugins: [...common.plugins, ...plugins],
    entryPoints: { cli: entry },
    outdir,
    splitting: true,
    chunkNames: 'cli-chunk-[hash]',
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  const entryFile = resolve(outdir, 'cli.js');
  const ordered = [...result.outputFiles].sort((a, b) => Number(a.path === entryFile) - Number(b.path === entryFile));
  for (const file of ordered) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const produced = new Set(result.outputFiles.map((file) => basename(file.path)));
  for (const name of readdirSync(outdir)) if (CLI_CHUNK.test(name) && !produced.has(name)) rmSync(join(outdir, name), { force: true });
}

/**
 * One .d.ts for the public API, with every type it names inlined (dts-bundle-generator), so an installed
 * package type-checks without the sources. Loaded only when the API is built.
 */
async function writeApiDeclarations(entry, outfile) {
  const { generateDtsBundle } = await import('dts-bundle-generator');
  const [text] = generateDtsBundle([{ filePath: entry, output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: 'tsconfig.json' });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, outfile);
}

/**
 * The CLI compiles JSON Schemas only for `--plugin` rules: its import of the compiler (ajv) becomes the
 * separate dist/schema-compiler.js, so the CLI bundle itself never holds or loads ajv.
 */
const schemaCompilerApart = {
  name: 'schema-compiler-apart',
  setup(b) {
    b.onResolve({ filter: /\/validate\/compile\.ts$/ }, (args) => (args.importer.endsWith('plugins.ts') ? { path: './schema-compiler.js', external: true } : undefined));
  },
};

try {
  if (wanted('cli')) {
    await bundleSplit('src/cli/index.ts', 'dist', [schemaCompilerApart]);
    await bundle('src/validate/compile.ts', 'dist/schema-compiler.js');
  }
  if (wanted('api')) {
    await bundle('src/api/entry.ts', 'dist/api/index.js');
    await writeApiDeclarations('src/api/index.ts', 'dist/api/index.d.ts');
  }
  if (wanted('action') && existsSync('src/action/index.ts')) await bundle('src/action/index.ts', 'dist/index.js');
} catch (err) {
  // esbuild has already printed each error with its location; say what to do instead of a stack trace.
  const missing = (err.errors ?? []).map((e) => /^Could not resolve "([^./][^"]*)"/.exec(e.text)?.[1]).filter(Boolean);
  console.error(`build failed: ${missing.length > 0 ? `package ${[...new Set(missing)].join(', ')} is not installed; run npm ci` : (err.errors ? `${err.errors.length} esbuild error(s) above` : err.message)}`);
  process.exitCode = 1;
} finally {
  // The generated validators are only needed while bundling.
  rmSync(workDir, { recursive: true, force: true });
}
