// The RuleTest documents shipped with the example's custom rules (examples/six-sites/tests/) run through
// the real `changegate test`, and they are not vacuous: with a custom rule weakened in a copy of the
// example, the test that pins it fails.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'changegate-custom-rule-tests-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd, isTTY: false, now: () => Date.parse('2026-11-27T09:00:00+01:00') };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const CUSTOM_RULE_TESTS = [
  'holiday-freeze-refused',
  'holiday-freeze-working-day',
  'major-version-soak-72h',
  'major-version-soak-refused',
  'one-site-per-night-one-site',
  'one-site-per-night-refused',
];

describe('the example RuleTests of the custom rules', () => {
  it('pass under changegate test', async () => {
    const r = await run(['test', 'examples/six-sites/tests']);
    expect(r.code).toBe(0);
    for (const name of CUSTOM_RULE_TESTS) expect(r.stdout).toMatch(new RegExp(`^PASS  examples/six-sites/tests/${name}\\.yaml:3 `, 'm'));
  });

  it('fail when the rule they pin is weakened', async () => {
    const copy = join(scratch, 'six-sites');
    cpSync(join(ROOT, 'examples', 'six-sites'), copy, { recursive: true });
    const rulePath = join(copy, 'rules', 'major-version-soak.yaml');
    const weakened = readFileSync(rulePath, 'utf8').replace('step.hoursAfterCanary < 72.0', 'step.hoursAfterCanary < 12.0');
    expect(weakened).toContain('< 12.0');
    writeFileSync(rulePath, weakened);
    const r = await run(['test', 'tests'], copy);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}tests\/major-version-soak-refused\.yaml:3 /m);
    expect(r.stdout).toMatch(/^PASS {2}tests\/major-version-soak-72h\.yaml:3 /m);
    expect(r.stdout).toMatch(/^PASS {2}tests\/holiday-freeze-refused\.yaml:3 /m);
  });
});
