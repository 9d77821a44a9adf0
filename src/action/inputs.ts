// The Action's inputs, read from the INPUT_* environment variables the runner sets (names upper-cased,
// hyphens kept). A bad value is an error of the workflow, reported and failing the job.

export interface ActionInputs {
  /** Folder of the network repository, relative to the workspace. */
  path: string;
  /** Config file relative to that folder; undefined means changegate.yaml when present. */
  config: string | undefined;
  /** Base branch for labelling findings as new; undefined means the pull request's base. */
  baseRef: string | undefined;
  failOn: 'error' | 'warning';
  comment: 'sticky' | 'off';
  /** SARIF output path relative to the workspace; undefined means no SARIF file. */
  sarif: string | undefined;
  otherPulls: 'report' | 'block' | 'off';
  /** Judge only what the change introduces (findings already on the base are listed apart, not counted). */
  onlyNew: boolean;
  checkName: string;
  token: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

function input(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function choice<T extends string>(env: Readonly<Record<string, string | undefined>>, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const token = input(env, 'token');
  if (token === '') throw new InputError('input token is empty: pass a token (the default is ${{ github.token }})');
  const checkName = input(env, 'check-name') || 'changegate';
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,99}$/.test(checkName)) {
    throw new InputError(`input check-name "${checkName}" must be 1-100 letters, digits, spaces or . _ : / ( ) -`);
  }
  const optional = (name: string) => {
    const value = input(env, name);
    return value === '' ? undefined : value;
  };
  return {
    path: input(env, 'path') || '.',
    config: optional('config'),
    baseRef: optional('base-ref'),
    failOn: choice(env, 'fail-on', ['error', 'warning'] as const, 'error'),
    comment: choice(env, 'comment', ['sticky', 'off'] as const, 'sticky'),
    sarif: optional('sarif'),
    otherPulls: choice(env, 'other-pulls', ['report', 'block', 'off'] as const, 'report'),
    onlyNew: choice(env, 'only-new', ['true', 'false'] as const, 'false') === 'true',
    checkName,
    token,
  };
}
