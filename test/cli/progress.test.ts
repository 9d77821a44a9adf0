// The progress display: only for a person at a terminal, only for runs longer than a second.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

const root = join(import.meta.dirname, '..', '..');

function io(stderrIsTTY: boolean, msPerClockRead: number): CliIo & { err: () => string; out: () => string } {
  let err = '';
  let out = '';
  let clock = Date.parse('2026-11-27T09:00:00+01:00');
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: {},
    cwd: root,
    isTTY: false,
    stderrIsTTY,
    // A slow clock: every reading is later by msPerClockRead, as in a long run.
    now: () => (clock += msPerClockRead),
    err: () => err,
    out: () => out,
  };
}

const args = ['check', 'examples/six-sites', '--as-of', '2026-11-27T09:00:00+01:00'];

describe('progress on stderr', () => {
  it('shows stages on a terminal once the run passes a second, then clears its line', async () => {
    const tty = io(true, 400);
    await main(args, tty);
    expect(tty.err()).toContain('changegate: rule 15/');
    expect(tty.err()).toContain('changegate: reading files 13/13');
    expect(tty.err().endsWith('\r\u001b[2K')).toBe(true);
    expect(tty.out()).not.toContain('changegate: rule');
  });

  it('says nothing for a short run', async () => {
    const fast = io(true, 0);
    await main(args, fast);
    expect(fast.err()).toBe('');
  });

  it('says nothing when stderr is not a terminal (CI logs, pipes)', async () => {
    const piped = io(false, 400);
    await main(args, piped);
    expect(piped.err()).toBe('');
  });
});
