// `changegate schedule` through the real CLI: the Markdown and JSON views of the example, the exit code
// following the verdict, and every bad input refused with a reason (exit 2) rather than a partial calendar.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID, EXAMPLE, ROOT, copyExample, runCli } from './helpers.ts';

const RANGE = ['--from', '2026-12-07T00:00:00+01:00', '--to', '2026-12-27T00:00:00+01:00', '--calendar-id', CALENDAR_ID];

describe('changegate schedule', () => {
  it('writes the nights as Markdown: the afternoon reconnection of all six sites fails, outside every window, before the evening peak', async () => {
    const run = await runCli(['schedule', EXAMPLE, ...RANGE, '--format', 'md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('changegate: FAIL; 19 step(s), 1 freeze(s), 1 window series, 3 peak series\n');
    const md = run.stdout;
    expect(md).toContain('Verdict of the repository: **FAIL**. 19 step(s) on 6 night(s).');
    expect(md).toContain('| **FRZ-2026-EOY** | 2026-12-24 00:00 (+01:00) | 2027-01-02 00:00 (+01:00) |');
    const night = md.slice(md.indexOf('### Night of Wed 9 → Thu 10 Dec 2026'), md.indexOf('### Night of Thu 10'));
    expect(night).toContain('Next traffic peak: Wed 9 Dec 2026 18:00.');
    expect(night).toMatch(/\| 16:30–17:30 \*\*outside every window\*\* \| CR-2026-0601 \| s1 \| reconnection \| site PAR1, site PAR2, site LYO1, site MRS1, site BDX1, site LIL1 \| m\.leroy \| \*\*FAIL\*\* \(\d+ blocking\) \| approved, step planned \|/);
    expect(night).toContain('| 00:30–00:50 | CR-2026-0412 | s7 | drain | lyo1-cs1, lyo1-cs2 | j.dupont | PASS | in-progress, step planned |');
    expect(md).toContain('- Traffic peak 18:00–19:00 (weekday), Europe/Paris: 14 occurrence(s), Mon 7 Dec 2026 to Thu 24 Dec 2026');
  });

  it('writes JSON whose steps, windows and peaks carry ISO instants with offsets, to a file named by --out', async () => {
    const dir = copyExample();
    const out = join(dir, '..', 'out', 'schedule.json');
    const run = await runCli(['schedule', dir, ...RANGE, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`schedule written to ${out}`);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { kind: string; verdict: string; steps: Record<string, unknown>[]; maintenanceWindows: { occurrences: unknown[] }[]; freezes: unknown[] };
    expect(doc.kind).toBe('ChangeSchedule');
    expect(doc.verdict).toBe('fail');
    expect(doc.steps).toHaveLength(19);
    expect(doc.steps.find((s) => s.change === 'CR-2026-0601')).toMatchObject({ step: 's1', start: '2026-12-09T16:30:00+01:00', end: '2026-12-09T17:30:00+01:00', changeStatus: 'fail', insideWindow: false, owner: 'm.leroy', line: 21 });
    expect(doc.steps[0]).toMatchObject({ change: 'CR-2026-0412', step: 's1', start: '2026-12-08T00:30:00+01:00', changeStatus: 'pass', insideWindow: true, blockingFindings: 0, night: '2026-12-07' });
    expect(doc.maintenanceWindows[0]?.occurrences[0]).toEqual({ date: '2026-12-07', dayType: 'weekday', start: '2026-12-07T00:00:00+01:00', end: '2026-12-07T05:00:00+01:00' });
    expect(doc.freezes).toHaveLength(1);
  });

  it('never reads the wall clock unless told "now", and is the same on every run', async () => {
    // runCli's clock throws: a run that reads it fails.
    const first = await runCli(['schedule', EXAMPLE, ...RANGE, '--format', 'json']);
    const second = await runCli(['schedule', EXAMPLE, ...RANGE, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
    expect(first.code).toBe(1);
  });

  it.each([
    [['--from', '2026-12-07T00:00:00'], /--from "2026-12-07T00:00:00" needs a time zone offset/],
    [['--from', '2026-12-07', '--to', '2026-12-01'], /--to must be after --from/],
    [['--from', '2026-01-01', '--to', '2027-06-01'], /spans more than 366 days/],
    [['--from', '2026-12-07', '--format', 'pdf'], /argument 'pdf' is invalid/],
    [['--from', '2026-12-07', '--format', 'md', '--previous', 'x.ics'], /--previous only applies to --format ics/],
  ])('refuses %j with exit 2', async (args, message) => {
    const run = await runCli(['schedule', EXAMPLE, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses a --previous calendar it did not write, or one cut short, with the place it stopped', async () => {
    const dir = copyExample();
    const foreign = join(dir, '..', 'foreign.ics');
    writeFileSync(foreign, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261201T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    let run = await runCli(['schedule', dir, ...RANGE, '--format', 'ics', '--previous', foreign]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the event starting at logical line 2 lacks UID, SEQUENCE or X-CHANGEGATE-HASH');
    const good = (await runCli(['schedule', dir, ...RANGE, '--format', 'ics'])).stdout;
    writeFileSync(foreign, good.slice(0, good.length / 2));
    run = await runCli(['schedule', dir, ...RANGE, '--format', 'ics', '--previous', foreign]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not end with END:VCALENDAR .* it may be truncated/);
    // A first publication has no previous calendar: every event starts at SEQUENCE 0.
    run = await runCli(['schedule', dir, ...RANGE, '--format', 'ics', '--previous', join(dir, '..', 'missing.ics')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(good);
  });

  it('writes no schedule for a repository it cannot read, and exits 2', async () => {
    const dir = copyExample();
    const file = join(dir, 'changes', 'CR-2026-0412-staged-capacity-upgrade.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: ChangeRequest', 'kind: ChangeRequest\n  bad: [indent'));
    const run = await runCli(['schedule', dir, ...RANGE, '--format', 'ics']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^changegate: ERROR; .* could not be evaluated, so no schedule is written/);
    expect(run.stderr).toMatch(/changes\/CR-2026-0412-staged-capacity-upgrade\.yaml:\d+:\d+: yaml-syntax: /);
  });

  it('is listed in the help', async () => {
    const run = await runCli(['--help'], ROOT);
    expect(run.stdout).toContain('schedule [options] [repo-dir]');
  });
});
