// The GitLab client: @gitbeaker/rest's resources with our own request handler. gitbeaker's default
// handler retries 429 and 502 on every method after a fraction of a millisecond, ignoring Retry-After;
// a retried POST whose first answer was lost posts twice. This handler sends each request through the
// forge-neutral retry rules the GitHub client uses too (src/forge/retry.ts):
//   - a 429 is waited out for the time Retry-After (or RateLimit-Reset) asks, bounded so that a job never
//     hangs for an hour, because a request refused for rate is one GitLab did not carry out, whatever its
//     method;
//   - server errors and lost connections are retried only for reads (GET, and PUT, which sets a value and
//     can be sent twice); a failed POST surfaces, and the caller finds out by reading whether it happened
//     (src/forge/idempotent-write.ts);
//   - every failure becomes a GitLabRequestError with the status, method and path (never the token).
import { createRequesterFn } from '@gitbeaker/requester-utils';
import type { RequestOptions, ResourceOptions, ResponseBodyTypes } from '@gitbeaker/requester-utils';
import { Gitlab } from '@gitbeaker/rest';
import type { WriteHooks } from '../forge/idempotent-write.ts';
import type { HttpFailure, RetryPolicy } from '../forge/retry.ts';
import { DEFAULT_RETRY_POLICY, sendWithRetry } from '../forge/retry.ts';

/** A request with no answer after this long is abandoned (GitLab answers in well under a second). */
export const REQUEST_TIMEOUT_SECONDS = 60;

export type GitLabApi = InstanceType<typeof Gitlab<false>>;

/**
 * An HTTP failure talking to GitLab: the message is GitLab's (or why no answer came); `status` is
 * undefined when no answer came (connection lost, timeout).
 */
export class GitLabRequestError extends Error {
  override name = 'GitLabRequestError';
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    /** The answer's headers (lower-case names), empty when no answer came. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export interface GitLabClientOptions {
  /** API root from CI_API_V4_URL, e.g. https://gitlab.example.com/api/v4 (a relative URL root works too). */
  apiUrl: string;
  /** A project, group or personal access token (PRIVATE-TOKEN), or the CI job token (JOB-TOKEN). */
  token: { kind: 'private'; value: string } | { kind: 'job'; value: string };
  /** Where retries and waits are reported (method and path only). */
  log: (line: string) => void;
  /** Milliseconds per second of waiting between retries; tests make waits short. Default 1000. */
  msPerSecond?: number;
  /** When to retry; default the forges' shared policy. */
  policy?: RetryPolicy;
}

/** The gitbeaker resources, with the logging and waiting of this client for writes that recover a lost answer. */
export type GitLabClient = GitLabApi & { readonly writeHooks: WriteHooks };

async function readBody(response: Response): Promise<ResponseBodyTypes> {
  if (response.status === 204) return null as unknown as ResponseBodyTypes;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'application/json') return ((await response.json()) ?? {}) as ResponseBodyTypes;
  if (type.startsWith('text/')) return await response.text();
  return await response.blob();
}

async function failureMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
    const detail = parsed.message ?? parsed.error;
    if (detail !== undefined) return typeof detail === 'string' ? detail : JSON.stringify(detail);
  } catch {
    // Not JSON: an HTML error page from a proxy, say.
  }
  return text.slice(0, 200) || response.statusText;
}

/** A GitLabRequestError as the forge retry rules see it; undefined for anything else (a bug of ours). */
export function gitLabFailure(err: unknown): HttpFailure | undefined {
  if (!isGitLabRequestError(err)) return undefined;
  return { status: err.status ?? 0, headers: err.headers, message: err.message };
}

export function createGitLabClient(options: GitLabClientOptions): GitLabClient {
  const msPerSecond = options.msPerSecond ?? 1000;
  const sleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * msPerSecond));
  const hooks = { sleep, now: () => Date.now() / 1000, log: options.log };
  const handler = async (endpoint: string, request?: RequestOptions) => {
    const { prefixUrl = '', searchParams, method = 'GET', headers, body, signal } = (request ?? {}) as RequestOptions & { headers?: Record<string, string>; body?: BodyInit };
    const url = new URL(endpoint, prefixUrl.endsWith('/') ? prefixUrl : `${prefixUrl}/`);
    url.search = typeof searchParams === 'string' ? searchParams : '';
    const sendOnce = async () => {
      const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000);
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      } catch (err) {
        const reason = err instanceof Error ? (err.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_SECONDS} s` : err.message) : String(err);
        throw new GitLabRequestError(`no answer from GitLab (${reason})`, method, url.pathname, undefined);
      }
      const answered: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        answered[name] = value;
      });
      if (!response.ok) throw new GitLabRequestError(await failureMessage(response), method, url.pathname, response.status, answered);
      return { body: await readBody(response), headers: answered, status: response.status };
    };
    return sendWithRetry({ method, label: `GitLab API: ${method} ${url.pathname}` }, sendOnce, gitLabFailure, options.policy ?? DEFAULT_RETRY_POLICY, hooks);
  };
  const requesterFn = createRequesterFn((_service: ResourceOptions, request: RequestOptions) => Promise.resolve(request), handler);
  const host = options.apiUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  const auth = options.token.kind === 'job' ? { jobToken: options.token.value } : { token: options.token.value };
  const api = new Gitlab({ host, ...auth, requesterFn, queryTimeout: REQUEST_TIMEOUT_SECONDS * 4 * 1000 });
  return Object.assign(api, { writeHooks: { log: options.log, sleep } });
}

/** A GitLab HTTP failure (as opposed to a bug of ours). */
export function isGitLabRequestError(err: unknown): err is GitLabRequestError {
  return err instanceof GitLabRequestError;
}
