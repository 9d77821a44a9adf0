// The per-file size limit is a setting of changegate.yaml: a file over it is a located error (exit 2)
// that says how to split an inventory or raise the limit; the setting has a hard ceiling.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, cli, tempDir } from '../git/helpers.ts';
import { writeNetwork } from '../support/builders.ts';

afterAll(cleanupAll);

function repoWithConfig(config: string | undefined): string {
  const dir = tempDir('changegate-size-');
  writeNetwork(dir);
  if (config !== undefined) writeFileSync(join(dir, 'changegate.yaml'), config);
  return dir;
}

const check = (dir: string) => cli(['check', dir, '--as-of', '2026-11-27T09:00:00+01:00', '--format', 'json'], dir);

describe('maxFileBytes', () => {
  it('refuses a file over the configured limit, at 1:1, saying how to split or raise it', async () => {
    const dir = repoWithConfig('kind: ChangegateConfig\nmaxFileBytes: 1024\n');
    const size = statSync(join(dir, 'inventory', 'call-servers.yaml')).size;
    expect(size).toBeGreaterThan(1024);
    const result = await check(dir);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { verdict: string; findings: { ruleId: string; messageId: string; file: string; line: number; column: number; message: string }[] };
    expect(report.verdict).toBe('error');
    const tooLarge = report.findings.find((f) => f.messageId === 'file-too-large' && f.file === 'inventory/call-servers.yaml');
    expect(tooLarge).toMatchObject({ ruleId: 'yaml-syntax', line: 1, column: 1 });
    expect(tooLarge?.message).toContain(`the file is ${size} bytes, more than the limit of 1024 bytes`);
    expect(tooLarge?.message).toContain('several Inventory files');
    expect(tooLarge?.message).toContain('raise maxFileBytes in changegate.yaml (at most 67108864 bytes');
  });

  it('reads the same files as without the setting when the limit is raised', async () => {
    const without = await check(repoWithConfig(undefined));
    const raised = await check(repoWithConfig('kind: ChangegateConfig\nmaxFileBytes: 67108864\n'));
    expect(raised.code).toBe(without.code);
    const strip = (text: string) => (JSON.parse(text) as { findings: unknown[]; counts: unknown }).findings;
    expect(strip(raised.stdout)).toEqual(strip(without.stdout));
  });

  it('refuses a limit above the ceiling or below 1 KiB as a schema error of changegate.yaml', async () => {
    for (const value of ['67108865', '100', '"big"']) {
      const result = await check(repoWithConfig(`kind: ChangegateConfig\nmaxFileBytes: ${value}\n`));
      expect(result.code).toBe(2);
      const report = JSON.parse(result.stdout) as { findings: { ruleId: string; file: string; path: string; line: number }[] };
      expect(report.findings[0]).toMatchObject({ ruleId: 'schema-valid', file: 'changegate.yaml', path: '/maxFileBytes', line: 2 });
    }
  });
});
