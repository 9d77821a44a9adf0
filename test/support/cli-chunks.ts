// The chunks of the split CLI bundle (dist/cli-chunk-*.js) that dist/cli.js reaches through its static
// and dynamic imports, followed from chunk to chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function chunksReachedFromEntry(dist: string): Set<string> {
  const imported = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/(?:from\s*|import\s*\(?\s*)"\.\/(cli-chunk-[A-Z0-9]+\.js)"/g)].map((m) => m[1] as string);
  const reached = new Set<string>();
  const pending = imported('cli.js');
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    pending.push(...imported(file));
  }
  return reached;
}

/**
 * The chunks loading `file` (dist/cli.js or a chunk) compiles before any of its code runs: `file` and
 * what it imports statically, followed from chunk to chunk (not its dynamic imports, loaded on demand).
 */
export function chunksLoadedWith(dist: string, file: string): Set<string> {
  const imported = (name: string) => [...readFileSync(join(dist, name), 'utf8').matchAll(/^(?:import\s*"|import\s*\{[^}]*\}\s*from\s*")\.\/(cli-chunk-[A-Z0-9]+\.js)";$/gm)].map((m) => m[1] as string);
  const loaded = new Set<string>();
  const pending = [file];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (loaded.has(name)) continue;
    loaded.add(name);
    pending.push(...imported(name));
  }
  return loaded;
}
