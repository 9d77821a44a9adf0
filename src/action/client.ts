// The GitHub client of the Action: octokit with its throttling and retry plugins (both built into the
// `octokit` package's Octokit), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
import { Octokit } from 'octokit';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

/** Rate-limited requests are retried this many times before the error surfaces. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** A rate limit that resets later than this is not waited for: the job would hang for an hour. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export interface ClientOptions {
  token: string;
  /** REST API root, from GITHUB_API_URL (e.g. https://ghe.example.com/api/v3). */
  baseUrl?: string;
  /** Where octokit's own warnings go (never the token: octokit logs method and URL only). */
  log: (line: string) => void;
  /** A fetch implementation (tests give a fake GitHub here). */
  fetch?: typeof fetch;
  /**
   * Scheduling knobs for tests: milliseconds per "second" of retry-after, and the throttling groups
   * (octokit spaces writes 1 s and comment creations 3 s apart by default).
   */
  timing?: { retryAfterBaseValue?: number; write?: ThrottlingOptions['write']; notifications?: ThrottlingOptions['notifications'] };
}

export type GitHubClient = InstanceType<typeof Octokit>;

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const limited = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retry = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    options.log(`${kind} on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter} s (attempt ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})` : 'giving up'}`);
    return retry;
  };
  const timing = options.timing ?? {};
  return new Octokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'changegate-action',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.log(m), error: (m: string) => options.log(m) },
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    retry: { retries: 3, ...(timing.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: timing.retryAfterBaseValue } : {}) },
    throttle: {
      onRateLimit: limited('GitHub API rate limit reached'),
      onSecondaryRateLimit: limited('GitHub API secondary rate limit reached'),
      ...(timing.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: timing.retryAfterBaseValue } : {}),
      ...(timing.write ? { write: timing.write } : {}),
      ...(timing.notifications ? { notifications: timing.notifications } : {}),
    },
  });
}
