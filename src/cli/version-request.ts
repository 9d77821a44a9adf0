// Whether a run only asks for the version, decided before anything else is loaded.

/** A bare `--version` (or `-V`): it runs no command, reads no repository and needs no argument parser. */
export function asksForVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}
