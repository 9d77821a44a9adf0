// Which file identifies the code running, for caches that must never outlive the code that wrote them
// (src/source/document-cache.ts).
let entry: string | undefined;

/**
 * Named by the bundled CLI's entry (dist/cli.js). It names every chunk it loads by content hash, and
 * each chunk those it loads, so its bytes change whenever any code of the build changes; a chunk's own
 * bytes would not (the validators, for one, are loaded beside the cache's chunk, not by it).
 */
export function setEntryCodeFile(file: string): void {
  entry = file;
}

/** The entry the bundle named, if any (none when running from the sources). */
export function entryCodeFile(): string | undefined {
  return entry;
}
