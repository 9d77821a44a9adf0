// Loaded documents kept in memory for a series of evaluations of the same files in one process (the
// planner's search, the check whose safe-plan hint searches next): an entry is found only for the very
// file object it was made from, so a file with other bytes is a new object and is read afresh. The load
// limits come from the same configuration in every evaluation of such a series, so they are not part of
// the key.
import type { CachedLoad, DocumentCache } from './document-cache.ts';
import type { RepoFile } from './select.ts';

export function memoryDocumentCache(): DocumentCache {
  const entries = new WeakMap<RepoFile, CachedLoad>();
  return { get: (file) => entries.get(file), put: (file, _limits, entry) => void entries.set(file, entry) };
}
