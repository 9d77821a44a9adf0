import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The installed changegate package folder (holds docs/ and schemas/), from source or from the bundle. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'changegate') return (cached = dir);
      } catch {
        // keep looking upwards
      }
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the changegate package folder (docs/ and schemas/)');
}
