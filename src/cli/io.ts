/** Everything the CLI touches outside itself, passed in so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Width of the terminal stdout writes to, when it is one (text output wraps to it). */
  columns?: number;
  /** Whether stderr is a terminal (progress display for long runs). */
  stderrIsTTY?: boolean;
  /** Wall clock, read once by the shell for the default --as-of; never by rules. */
  now: () => number;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => Date.now(),
  };
}
