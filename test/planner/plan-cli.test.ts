// `changegate plan` end to end, in-process through main(), on copies of the bundled example: the plan
// it proposes is written into the repository and `changegate check` must pass it; --write keeps what
// the planner does not own; a plan that cannot exist names its binding constraint in numbers.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'six-sites');
const CHANGE_FILE = 'changes/CR-2026-0601-reconnection-all-sites.yaml';
const FROM = '2026-11-27T09:00:00+01:00';
const work = mkdtempSync(join(tmpdir(), 'changegate-plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    cwd: ROOT,
    isTTY: false,
    now: () => Date.parse(FROM),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let copies = 0;
function copyExample(edit?: (dir: string) => void): string {
  const dir = join(work, `repo-${++copies}`);
  cpSync(EXAMPLE, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

describe('changegate plan on the incident-shaped change', () => {
  it('explains the canary, the soak and the waves, and says how long the plan is', async () => {
    const r = await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--from', FROM]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Six sites, one site at a time at most (redundancy-group-concurrency), one hour per batch, a 24 h soak across the 18:00 peak.
    expect(r.stdout).toContain('CR-2026-0601: a safe plan exists: 3 night(s), 7 step(s) in 7 batch(es), first step 2026-12-01 00:00 (+01:00)');
    // The notification lead time sets the earliest start: 72 h after the plan is made.
    expect(r.stdout).toContain('Earliest start: 2026-11-30 09:00 (+01:00) (72 h notification lead time of regulator "ARCEP duty desk")');
    expect(r.stdout).toMatch(/Canary: lyo1-cs2 \(LYO1\), the member whose loss costs least: 4 emergency route\(s\) \(17, 197\)/);
    expect(r.stdout).toContain('across the daily traffic peak of 2026-12-01 18:00 (+01:00)');
    expect(r.stdout).toContain('no wave starts before it is proven');
    expect(r.stdout).toContain('2026-12-02  01:00-02:00  s2  wave 1: lyo1-cs1 (LYO1)');
    // Why the waves are not larger: the rules that refused the next site at the same slot.
    // Two sites at once overload the redundancy group on their own: refused before any evaluation.
    expect(r.stdout).toContain('larger waves were refused by redundancy-group-concurrency.');
    expect(r.stdout).toContain('Objective: earliest finish (at most 6 call server(s) in one night');
    expect(r.stdout).toMatch(/\(11 evaluations; 15 larger batch\(es\) refused without one, as they would overload a redundancy group\)/);
    expect(r.stdout).toContain('s6  wave 5: par2-cs1, par2-cs2 (PAR2); test calls 15, 17, 18, 112, 115, 191; larger refused by redundancy-group-concurrency');
    expect(r.stdout).toContain('Declared risk: high (was low).');
    expect(r.stdout).toContain('approvals: dropped m.leroy (network-lead)');
  });

  it('proposes a change request that changegate check passes (plan --format yaml, written into a copy, checked)', async () => {
    const dir = copyExample();
    const before = await run(['check', dir, '--as-of', FROM]);
    expect(before.code).toBe(1);
    const planned = await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--format', 'yaml']);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^# yaml-language-server/);
    writeFileSync(join(dir, CHANGE_FILE), planned.stdout);
    const after = await run(['check', dir, '--as-of', FROM, '--format', 'json']);
    const report = JSON.parse(after.stdout) as { verdict: string; findings: { ruleId: string; severity: string }[]; changes: { id: string; status: string; steps: number }[] };
    // The example's custom rule one-site-per-night warns (never blocks) about three sites in one night.
    expect(report.findings.map((f) => `${f.ruleId}/${f.severity}`)).toEqual(Array(6).fill('one-site-per-night/warning'));
    expect(report.verdict).toBe('warn');
    expect(after.code).toBe(0);
    expect(report.changes.find((c) => c.id === 'CR-2026-0601')).toMatchObject({ status: 'warn', steps: 7 });
  });

  it('--write rewrites the file in place, keeping comments and untouched fields, back to proposed', async () => {
    const dir = copyExample();
    const original = readFileSync(join(dir, CHANGE_FILE), 'utf8');
    const r = await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--write']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote the revised plan into ${CHANGE_FILE}; it is proposed again and needs approval`);
    const written = readFileSync(join(dir, CHANGE_FILE), 'utf8');
    // The comment block and every field the planner does not own are byte for byte the same.
    const untouched = original.slice(0, original.indexOf('declaredRisk:'));
    expect(written.startsWith(untouched)).toBe(true);
    expect(untouched).toContain('# Shaped like the change behind the 2 June 2021 emergency-number outage');
    expect(untouched).toContain('purpose: >-\n  Re-apply the reconnection sequence');
    expect(written).toContain('state: proposed');
    expect(written).toContain('declaredRisk: high');
    expect(written).not.toContain('approvals:');
    expect(written).not.toContain('m.leroy, role');
    expect(written).toContain('    dependsOn: [ s6 ]');
    expect(written).not.toMatch(/[&*]a\d/); // no anchors or aliases
    const check = await run(['check', dir, '--as-of', FROM]);
    expect(check.stdout).toContain('WARN 0 errors, 6 warnings');
    expect(check.code).toBe(0);
    // Planning the written plan again finds the same schedule: the plan is a fixed point.
    const again = await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--format', 'yaml']);
    expect(again.stdout).toBe(written);
  });

  it('gives the plan as data with --format json', async () => {
    const r = await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--from', FROM, '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { status: string; nights: number; batches: { kind: string; members: { server: string }[]; stepIds: string[]; testCalls: string[] }[]; verified: { verdict: string } };
    expect(plan.status).toBe('planned');
    expect(plan.nights).toBe(3);
    expect(plan.verified.verdict).toBe('warn');
    expect(plan.batches.map((b) => b.kind)).toEqual(['canary', 'wave', 'wave', 'wave', 'wave', 'wave', 'wave']);
    expect(plan.batches.flatMap((b) => b.members.map((m) => m.server)).sort()).toHaveLength(12);
    expect(plan.batches[0]?.testCalls).toEqual(['17', '197']);
  });
});

describe('changegate plan --objective fewest-per-night', () => {
  it('touches one call server per night, and check passes the result without one-site-per-night warnings', async () => {
    const dir = copyExample();
    const r = await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--objective', 'fewest-per-night', '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { objective: string; maxPerNight: number; nights: number; lastEnd: number; batches: { night: string; members: unknown[] }[] };
    expect(plan.objective).toBe('fewest-per-night');
    expect(plan.maxPerNight).toBe(1);
    expect(plan.nights).toBe(12);
    expect(new Set(plan.batches.map((b) => b.night)).size).toBe(plan.batches.length);
    const earliest = JSON.parse((await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--format', 'json'])).stdout) as { lastEnd: number; maxPerNight: number };
    expect(earliest.maxPerNight).toBe(6);
    expect(plan.lastEnd).toBeGreaterThan(earliest.lastEnd);
    writeFileSync(join(dir, CHANGE_FILE), (await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--objective', 'fewest-per-night', '--format', 'yaml'])).stdout);
    const after = await run(['check', dir, '--as-of', FROM, '--format', 'json']);
    const report = JSON.parse(after.stdout) as { verdict: string; findings: { ruleId: string; severity: string }[] };
    // Longer, so two of its steps now overlap another change on the same servers: a collision the rules accept (a warning).
    expect(report.findings.map((f) => `${f.ruleId}/${f.severity}`)).toEqual(['change-collision/warning', 'change-collision/warning']);
    expect(report.verdict).toBe('warn');
    expect(after.code).toBe(0);
  });

  it('refuses an unknown objective (exit 2)', async () => {
    const r = await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--from', FROM, '--objective', 'cheapest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('earliest-finish, fewest-per-night');
  });
});

describe('changegate plan when no plan exists', () => {
  it('names the binding constraint and what would unblock it, in numbers (exit 1)', async () => {
    // Every call server shrunk to 800 sessions: with the canary's site at risk across the evening peak,
    // what survives can never carry the forecast.
    const dir = copyExample((d) => {
      const path = join(d, 'inventory/call-servers.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('capacity: { sessions: 10000, cps: 150 }', 'capacity: { sessions: 800, cps: 150 }'));
    });
    const r = await run(['plan', 'CR-2026-0601', dir, '--from', FROM, '--horizon', '5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CR-2026-0601: no safe plan within the horizon.');
    expect(r.stdout).toContain('Binding constraint: surviving-capacity: no slot in the horizon lets even lyo1-cs2 (1 of 12 remaining member(s)) run.');
    expect(r.stdout).toMatch(/add at least 76800 sessions of capacity/);
    expect(r.stdout).toContain('or widen the horizon beyond 2026-12-02T09:00:00+01:00 (--horizon)');
  });

  it('says when the notification lead time alone puts the start beyond the horizon', async () => {
    const r = await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--from', FROM, '--horizon', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Binding constraint: stakeholder-notification: the earliest start, 2026-11-30T09:00:00+01:00 (72 h notification lead time of regulator "ARCEP duty desk"), is after the horizon 2026-11-29T09:00:00+01:00.');
  });
});

describe('changegate plan refuses what it cannot plan (exit 2)', () => {
  it('an unknown change request, with a suggestion', async () => {
    const r = await run(['plan', 'CR-2026-061', 'examples/six-sites', '--from', FROM]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('there is no change request CR-2026-061; did you mean CR-2026-0601?');
  });

  it('a repository that cannot be read', async () => {
    const dir = copyExample((d) => writeFileSync(join(d, 'inventory/sites.yaml'), 'kind: Sites\nsites: [\n'));
    const r = await run(['plan', 'CR-2026-0601', dir, '--from', FROM]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the repository cannot be evaluated, so no plan can be verified');
    expect(r.stdout).toContain('inventory/sites.yaml:');
  });

  it('a change that has started', async () => {
    const r = await run(['plan', 'CR-2026-0412', 'examples/six-sites', '--from', FROM]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/CR-2026-0412 has started \(its execution record has \d+ step\(s\)\)/);
  });

  it('bad usage', async () => {
    expect((await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--horizon', 'ten'])).code).toBe(2);
    expect((await run(['plan', 'CR-2026-0601', 'examples/six-sites', '--from', '2026-12-01T09:00'])).code).toBe(2);
  });
});
