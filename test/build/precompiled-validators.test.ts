// The bundled CLI uses validators generated at build time; the sources compile schemas at run time.
// Both must give byte-identical output, on valid and on broken input alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const root = join(import.meta.dirname, '..', '..');
const asOf = '2026-11-27T09:00:00+01:00';

async function inProcess(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: () => {}, env: {}, cwd: root, isTTY: false, now: () => Date.parse(asOf) });
  return { code, stdout };
}

describe('precompiled validators', () => {
  let broken: string;
  beforeAll(() => {
    execFileSync('node', ['scripts/build.mjs', 'cli'], { cwd: root });
    broken = mkdtempSync(join(tmpdir(), 'changegate-precompiled-'));
    cpSync(join(root, 'examples', 'six-sites'), broken, { recursive: true });
    const cr = join(broken, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    writeFileSync(cr, readFileSync(cr, 'utf8').replace('declaredRisk: low', 'declaredRisk: lw\ncapacityLos: 1').replace('    window:', '    windw:'));
    const sites = join(broken, 'inventory', 'sites.yaml');
    writeFileSync(sites, readFileSync(sites, 'utf8').replace('Europe/Paris', 'Europe/Pari'));
  }, 60_000);

  for (const which of ['example', 'broken'] as const) {
    it(`gives the same JSON from the bundle as from the sources (${which})`, async () => {
      const dir = which === 'example' ? join(root, 'examples', 'six-sites') : broken;
      const args = ['check', dir, '--format', 'json', '--as-of', asOf];
      const bundled = spawnSync('node', [join(root, 'bin', 'changegate.js'), ...args], { cwd: root, encoding: 'utf8' });
      const source = await inProcess(args);
      expect(bundled.stdout).toBe(source.stdout);
      expect(bundled.status).toBe(source.code);
      if (which === 'broken') {
        expect(source.code).toBe(2);
        expect(JSON.parse(source.stdout).findings.length).toBeGreaterThanOrEqual(4);
      }
    });
  }
});
