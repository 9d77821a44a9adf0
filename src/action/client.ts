// The GitHub client of the Action: octokit pointed at GITHUB_API_URL (so GitHub Enterprise Server works
// unchanged), with octokit's own retry and throttling plugins switched off and replaced by one request
// hook using src/forge/retry.ts. The plugins disagreed on a 429 with retry-after (the retry plugin
// re-sent it after 1 s and 4 s, ahead of the wait GitHub asked for) and re-sent POSTs whose answer was
// lost, which posted twice. Here a rate-limited request waits exactly what GitHub says, a write whose
// answer was lost is not re-sent blindly (the caller looks first: src/forge/idempotent-write.ts), and
// writes are spaced as GitHub's best practices ask.
import { Octokit } from 'octokit';
import type { WriteHooks } from '../forge/idempotent-write.ts';
import type { HttpFailure, RetryPolicy } from '../forge/retry.ts';
import { DEFAULT_RETRY_POLICY, sendWithRetry } from '../forge/retry.ts';

/** GitHub asks for at least one second between mutative requests. */
export const WRITE_SPACING_MS = 1000;

export interface ClientOptions {
  token: string;
  /** REST API root, from GITHUB_API_URL (e.g. https://ghe.example.com/api/v3). */
  baseUrl?: string;
  /** Where retries and their causes are logged (never the token: only method and URL). */
  log: (line: string) => void;
  /** A fetch implementation (tests give a fake GitHub here). */
  fetch?: typeof fetch;
  /** Tests: record waits instead of sleeping, and space writes less. */
  timing?: { sleep?: (seconds: number) => Promise<void>; writeSpacingMs?: number; policy?: RetryPolicy };
}

export type GitHubClient = InstanceType<typeof Octokit> & {
  /** Logging and waiting as this client does them, for writes that recover a lost answer. */
  readonly writeHooks: WriteHooks;
};

const realSleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** An octokit RequestError as a plain failure; undefined for anything that is not an HTTP failure. */
export function httpFailure(err: unknown): HttpFailure | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err) || typeof err.status !== 'number') return undefined;
  const response = (err as { response?: { headers?: Record<string, string | number | undefined>; data?: unknown } }).response;
  const message = err instanceof Error ? err.message : String((err as { message?: unknown }).message ?? '');
  // @octokit/request reports a fetch that never got an answer as status 500 without a response.
  if (!response) return { status: 0, headers: {}, message };
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v === undefined ? undefined : String(v)]));
  const data = response.data as { message?: unknown } | undefined;
  return { status: err.status, headers, message: typeof data?.message === 'string' ? data.message : message };
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const timing = options.timing ?? {};
  const sleep = timing.sleep ?? realSleep;
  const spacing = timing.writeSpacingMs ?? WRITE_SPACING_MS;
  const policy = timing.policy ?? DEFAULT_RETRY_POLICY;
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'changegate-action',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.log(m), error: (m: string) => options.log(m) },
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    retry: { enabled: false },
    throttle: { enabled: false },
  });

  // Writes go one at a time, `spacing` apart.
  let writes: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  const spaced = <T>(send: () => Promise<T>): Promise<T> => {
    const next = writes.then(async () => {
      const wait = lastWrite + spacing - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await send();
      } finally {
        lastWrite = Date.now();
      }
    });
    writes = next.catch(() => undefined);
    return next;
  };

  octokit.hook.wrap('request', async (request, requestOptions) => {
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    const label = `${method} ${String(requestOptions.url)}`;
    const once = async () => request(requestOptions);
    const send = method === 'GET' || method === 'HEAD' ? once : () => spaced(once);
    return sendWithRetry({ method, label }, send, httpFailure, policy, { sleep, now: () => Date.now() / 1000, log: options.log });
  });
  return Object.assign(octokit, { writeHooks: { log: options.log, sleep } });
}
