// The GitLab client: @gitbeaker/rest's resources with our own request handler. gitbeaker's default
// handler retries 429 and 502 on every method after a fraction of a millisecond, ignoring Retry-After;
// a retried POST whose first answer was lost posts twice. This handler:
//   - waits out a 429 for the time Retry-After asks (bounded: a job never hangs for an hour), because a
//     request refused for rate is a request GitLab did not carry out, whatever its method;
//   - retries 502/503/504 and lost connections only for reads (GET, and PUT, which sets a value and can
//     be sent twice); a failed POST surfaces, and the caller finds out by reading whether it happened;
//   - turns every failure into a GitLabRequestError with the status, method and path (never the token).
import { createRequesterFn } from '@gitbeaker/requester-utils';
import type { RequestOptions, ResourceOptions, ResponseBodyTypes } from '@gitbeaker/requester-utils';
import { Gitlab } from '@gitbeaker/rest';

/** Rate-limited and failed reads are retried this many times before the error surfaces. */
export const MAX_RETRIES = 3;
/** A rate limit longer than this is not waited for. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
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
  ) {
    super(message);
  }
  /** True when GitLab may have carried out the request although we saw no success: no answer, or a gateway error. */
  get outcomeUnknown(): boolean {
    return this.status === undefined || this.status === 502 || this.status === 504;
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
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const GATEWAY = new Set([502, 503, 504]);

/** Seconds to wait from a Retry-After header: delay-seconds or an HTTP date (relative to the Date header when present). */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  const now = Date.parse(headers.get('date') ?? '');
  return Math.max(0, Math.ceil((at - (Number.isNaN(now) ? Date.now() : now)) / 1000));
}

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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createGitLabClient(options: GitLabClientOptions): GitLabApi {
  const msPerSecond = options.msPerSecond ?? 1000;
  const handler = async (endpoint: string, request?: RequestOptions) => {
    const { prefixUrl = '', searchParams, method = 'GET', headers, body, signal } = (request ?? {}) as RequestOptions & { headers?: Record<string, string>; body?: BodyInit };
    const url = new URL(endpoint, prefixUrl.endsWith('/') ? prefixUrl : `${prefixUrl}/`);
    url.search = typeof searchParams === 'string' ? searchParams : '';
    const where = `${method} ${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000);
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      } catch (err) {
        const reason = err instanceof Error ? (err.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_SECONDS} s` : err.message) : String(err);
        if (IDEMPOTENT.has(method) && attempt < MAX_RETRIES) {
          options.log(`GitLab API: ${where} got no answer (${reason}); retrying (attempt ${attempt + 1} of ${MAX_RETRIES})`);
          await sleep(2 ** attempt * msPerSecond);
          continue;
        }
        throw new GitLabRequestError(`no answer from GitLab (${reason})`, method, url.pathname, undefined);
      }
      if (response.ok) {
        const answered: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          answered[name] = value;
        });
        return { body: await readBody(response), headers: answered, status: response.status };
      }
      if (response.status === 429 && attempt < MAX_RETRIES) {
        const wait = retryAfterSeconds(response.headers) ?? 2 ** attempt;
        if (wait <= MAX_RATE_LIMIT_WAIT_SECONDS) {
          await response.body?.cancel();
          options.log(`GitLab API rate limit reached on ${where}; retrying in ${wait} s (attempt ${attempt + 1} of ${MAX_RETRIES})`);
          await sleep(wait * msPerSecond);
          continue;
        }
        options.log(`GitLab API rate limit reached on ${where}; it resets in ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_SECONDS} s changegate waits: giving up`);
      } else if (response.status === 429) {
        options.log(`GitLab API rate limit reached on ${where}; giving up after ${MAX_RETRIES} retries`);
      } else if (GATEWAY.has(response.status) && IDEMPOTENT.has(method) && attempt < MAX_RETRIES) {
        await response.body?.cancel();
        options.log(`GitLab API: ${where} answered ${response.status}; retrying (attempt ${attempt + 1} of ${MAX_RETRIES})`);
        await sleep(2 ** attempt * msPerSecond);
        continue;
      }
      throw new GitLabRequestError(await failureMessage(response), method, url.pathname, response.status);
    }
  };
  const requesterFn = createRequesterFn((_service: ResourceOptions, request: RequestOptions) => Promise.resolve(request), handler);
  const host = options.apiUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  const auth = options.token.kind === 'job' ? { jobToken: options.token.value } : { token: options.token.value };
  return new Gitlab({ host, ...auth, requesterFn, queryTimeout: REQUEST_TIMEOUT_SECONDS * 4 * 1000 });
}

/** A GitLab HTTP failure (as opposed to a bug of ours). */
export function isGitLabRequestError(err: unknown): err is GitLabRequestError {
  return err instanceof GitLabRequestError;
}
