// Runs `changegate report` in-process (the real CLI code path, real files) and copies the example
// repository so tests can plant hostile values in it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE = 'examples/six-sites';
export const AS_OF = '2026-11-27T09:00:00+01:00';
/** A fixed link base so the goldens do not depend on where the checkout lives. */
export const DOCS_BASE = 'https://changegate.example/docs/rules';

/** How the view-model tests name the example: as a folder outside any git repository would be. */
export const TEST_SOURCE = { name: 'six-sites', folder: '', commit: undefined, dirty: false, pullRequest: undefined, version: '0.1.0' };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd,
    isTTY: false,
    now: () => Date.parse('2026-11-27T08:00:00Z'),
  });
  return { code, stdout, stderr };
}

let exampleCopyDir: string | undefined;

/**
 * A copy of the example outside any git repository, in a folder named six-sites: the page names the
 * repository and its commit, so a copy keeps the goldens independent of this repository's history.
 */
export function exampleCopy(): string {
  if (exampleCopyDir) return exampleCopyDir;
  const dir = join(mkdtempSync(join(tmpdir(), 'changegate-cab-example-')), 'six-sites');
  cpSync(join(ROOT, EXAMPLE), dir, { recursive: true });
  return (exampleCopyDir = dir);
}

export function reportArgs(format: 'md' | 'html', extra: string[] = [], repo = exampleCopy()): string[] {
  return ['report', repo, '--format', format, '--as-of', AS_OF, '--docs-base', DOCS_BASE, ...extra];
}

/** The payload planted in free-text fields of a copy of the example. */
export const XSS = `<img src=x onerror=alert(1)></script><script>alert(2)</script>`;

/** A copy of the example whose CR-2026-0601 carries the payload in its title, purpose and rollback procedure. */
export function hostileExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-cab-xss-'));
  cpSync(join(ROOT, EXAMPLE), dir, { recursive: true });
  const file = join(dir, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
  const quoted = JSON.stringify(XSS);
  const text = readFileSync(file, 'utf8')
    .replace(/^title: .*$/m, `title: ${quoted}`)
    .replace(/^purpose: >-\n(?: {2}.*\n)+/m, `purpose: ${JSON.stringify(`Rebalance ${XSS}`)}\n`)
    .replace(/procedure: Re-run the previous reconnection sequence \(RECONNECT-SEQ-V2\)/, `procedure: ${quoted}`);
  if (!text.includes(quoted)) throw new Error('the example changed: the payload could not be planted');
  writeFileSync(file, text);
  return dir;
}

/** The body of the first ```mermaid block of a Markdown text. */
export function mermaidBlock(markdown: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!m?.[1]) throw new Error('no mermaid block in the report');
  return m[1];
}
