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
