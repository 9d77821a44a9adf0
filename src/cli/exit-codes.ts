/** Stable exit codes: scripts and CI depend on them (documented in README.md). */
export enum ExitCode {
  /** Verdict pass or warn. */
  Pass = 0,
  /** Verdict fail: a blocking finding. */
  Fail = 1,
  /** Verdict error (the gate could not do its job) or bad usage. */
  Error = 2,
}

export function exitCodeFor(verdict: 'pass' | 'warn' | 'fail' | 'error'): ExitCode {
  if (verdict === 'pass' || verdict === 'warn') return ExitCode.Pass;
  return verdict === 'fail' ? ExitCode.Fail : ExitCode.Error;
}
