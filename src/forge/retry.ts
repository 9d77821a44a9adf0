// When to send an HTTP request to a forge's API again, and after how long. Forge-neutral: GitHub and
// GitLab both answer 429 (and GitHub also 403) when a rate limit is hit, and say when to come back with
// `retry-after` (seconds or an HTTP date) or a reset instant (`x-ratelimit-reset`, `ratelimit-reset`: epoch seconds).
//
// The rules, in order:
// - A rate-limited answer means the request was NOT applied, so it may be sent again, writes included,
//   after exactly the wait the server asked for (never a back-off of our own guessing ahead of it).
// - A server error (5xx) or a lost connection after a write leaves it unknown whether the write was
//   applied: a non-idempotent write (POST, PATCH) is never re-sent blindly here; the caller looks first
//   (src/forge/idempotent-write.ts). Reads and idempotent writes are retried with back-off.
// - A wait longer than `maxWaitSeconds` is not waited for (a reset an hour away would hang the job):
//   the request fails, and the failure names the real cause and when the limit resets.

export type FailureKind = 'rate-limit' | 'secondary-rate-limit' | 'server' | 'network' | 'denied' | 'other';

/** What a failed request looked like: the status (0 when no answer arrived), headers and message. */
export interface HttpFailure {
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  message: string;
}

export interface FailureDiagnosis {
  kind: FailureKind;
  /** Seconds the server asked us to wait (rate limits), when it said so. */
  waitSeconds?: number;
  /** Epoch seconds at which a primary rate limit resets, when the server said so. */
  resetAt?: number;
  /** For people: what happened, with the numbers the server gave. */
  cause: string;
}

/** GitHub's advice when a secondary rate limit comes without retry-after: wait at least a minute. */
export const SECONDARY_FALLBACK_WAIT_SECONDS = 60;

export interface RetryPolicy {
  /** Retries after a rate-limited answer (per request). */
  rateLimitRetries: number;
  /** Retries after a server error or a lost connection, for idempotent requests. */
  serverRetries: number;
  /** Longest wait accepted before giving up. */
  maxWaitSeconds: number;
  /** Back-off before the n-th retry (1-based) of an idempotent request after a server error. */
  backoffSeconds(retry: number): number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  rateLimitRetries: 2,
  serverRetries: 3,
  maxWaitSeconds: 120,
  backoffSeconds: (retry) => retry * retry,
};

/** Methods that may be sent twice with the same effect. */
export function isIdempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(method.toUpperCase());
}

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.headers[name] ?? failure.headers[name.toLowerCase()];
  return value === undefined || value === '' ? undefined : value;
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value);
}

/**
 * Seconds to wait from a retry-after value: delay-seconds, or an HTTP date (RFC 9110), read against the
 * answer's own date header when it has one (the server's clock), else against `nowSeconds`.
 */
export function retryAfterSeconds(value: string | undefined, dateHeader: string | undefined, nowSeconds: number): number | undefined {
  const delay = seconds(value);
  if (delay !== undefined || value === undefined) return delay;
  const at = Date.parse(value);
  if (Number.isNaN(at) || !/[A-Za-z]/.test(value)) return undefined;
  const serverNow = Date.parse(dateHeader ?? '');
  return Math.max(0, Math.ceil((at - (Number.isNaN(serverNow) ? nowSeconds * 1000 : serverNow)) / 1000));
}

function instant(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** Says what a failed request ran into. `nowSeconds` is the client's clock (epoch seconds). */
export function diagnose(failure: HttpFailure, nowSeconds: number): FailureDiagnosis {
  const { status } = failure;
  if (status === 0) return { kind: 'network', cause: `no answer (${failure.message})` };
  if (status >= 500) return { kind: 'server', cause: `server error HTTP ${status}` };
  if (status !== 403 && status !== 429) return { kind: 'other', cause: `HTTP ${status}` };

  const retryAfter = retryAfterSeconds(header(failure, 'retry-after'), header(failure, 'date'), nowSeconds);
  const remaining = header(failure, 'x-ratelimit-remaining') ?? header(failure, 'ratelimit-remaining');
  const reset = seconds(header(failure, 'x-ratelimit-reset') ?? header(failure, 'ratelimit-reset'));
  const secondary = /\bsecondary rate\b|abuse/i.test(failure.message);
  const exhausted = remaining === '0';

  if (exhausted && !secondary) {
    // The primary limit: its reset instant is authoritative; retry-after, when also sent, wins.
    const resetAt = reset;
    const wait = retryAfter ?? (resetAt !== undefined ? Math.max(1, Math.ceil(resetAt - nowSeconds)) : undefined);
    return {
      kind: 'rate-limit',
      ...(wait !== undefined ? { waitSeconds: wait } : {}),
      ...(resetAt !== undefined ? { resetAt } : {}),
      cause:
        `API rate limit exhausted (HTTP ${status}, x-ratelimit-remaining 0` +
        (resetAt !== undefined ? `, resets at ${instant(resetAt)}, in ${Math.max(0, Math.ceil(resetAt - nowSeconds))} s)` : ')'),
    };
  }
  if (secondary || status === 429 || retryAfter !== undefined) {
    const wait = retryAfter ?? (exhausted && reset !== undefined ? Math.max(1, Math.ceil(reset - nowSeconds)) : SECONDARY_FALLBACK_WAIT_SECONDS);
    const said = retryAfter !== undefined ? `retry-after ${retryAfter} s` : `no retry-after, so at least ${wait} s`;
    // GitHub names its abuse limits "secondary"; a plain 429 (GitLab's only kind) is just a rate limit.
    return { kind: 'secondary-rate-limit', waitSeconds: wait, cause: `${secondary ? 'secondary rate limit' : 'rate limit'} (HTTP ${status}, ${said})` };
  }
  return { kind: 'denied', cause: `access denied (HTTP ${status}: ${failure.message})` };
}

export type RetryDecision = { retry: true; waitSeconds: number; diagnosis: FailureDiagnosis } | { retry: false; diagnosis: FailureDiagnosis; why: string };

export interface Attempts {
  rateLimited: number;
  serverErrors: number;
}

/** Whether to send a failed request again; `attempts` counts the retries already made for it. */
export function decideRetry(failure: HttpFailure, method: string, attempts: Attempts, policy: RetryPolicy, nowSeconds: number): RetryDecision {
  const diagnosis = diagnose(failure, nowSeconds);
  switch (diagnosis.kind) {
    case 'rate-limit':
    case 'secondary-rate-limit': {
      const wait = diagnosis.waitSeconds;
      if (wait === undefined) return { retry: false, diagnosis, why: 'the server did not say when to come back' };
      if (wait > policy.maxWaitSeconds) return { retry: false, diagnosis, why: `waiting ${wait} s is longer than the ${policy.maxWaitSeconds} s this job waits` };
      if (attempts.rateLimited >= policy.rateLimitRetries) return { retry: false, diagnosis, why: `still limited after ${attempts.rateLimited} wait(s)` };
      return { retry: true, waitSeconds: wait, diagnosis };
    }
    case 'server':
    case 'network':
      if (!isIdempotentMethod(method)) return { retry: false, diagnosis, why: `a ${method.toUpperCase()} may have been applied; it is not sent again blindly` };
      if (attempts.serverErrors >= policy.serverRetries) return { retry: false, diagnosis, why: `still failing after ${attempts.serverErrors} retries` };
      return { retry: true, waitSeconds: policy.backoffSeconds(attempts.serverErrors + 1), diagnosis };
    default:
      return { retry: false, diagnosis, why: 'not a transient failure' };
  }
}

export interface RetryHooks {
  /** Waits `seconds` (tests record instead of sleeping). */
  sleep(seconds: number): Promise<void>;
  /** Epoch seconds. */
  now(): number;
  log(line: string): void;
}

/**
 * Sends a request until it succeeds or `decideRetry` says stop, logging each wait with its cause. The
 * last failure is rethrown with the diagnosis attached (`forgeDiagnosis`), for the caller's message.
 */
export async function sendWithRetry<T>(
  what: { method: string; label: string },
  send: () => Promise<T>,
  toFailure: (err: unknown) => HttpFailure | undefined,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  const attempts: Attempts = { rateLimited: 0, serverErrors: 0 };
  for (;;) {
    try {
      return await send();
    } catch (err) {
      const failure = toFailure(err);
      if (!failure) throw err;
      const decision = decideRetry(failure, what.method, attempts, policy, hooks.now());
      if (!decision.retry) {
        if (decision.diagnosis.kind !== 'other' && decision.diagnosis.kind !== 'denied') hooks.log(`${what.label}: ${decision.diagnosis.cause}; giving up: ${decision.why}`);
        attachDiagnosis(err, decision.diagnosis);
        throw err;
      }
      if (decision.diagnosis.kind === 'server' || decision.diagnosis.kind === 'network') attempts.serverErrors++;
      else attempts.rateLimited++;
      hooks.log(`${what.label}: ${decision.diagnosis.cause}; retrying in ${decision.waitSeconds} s (retry ${attempts.rateLimited + attempts.serverErrors})`);
      await hooks.sleep(decision.waitSeconds);
    }
  }
}

export interface Diagnosed {
  forgeDiagnosis: FailureDiagnosis;
}

function attachDiagnosis(err: unknown, diagnosis: FailureDiagnosis): void {
  if (typeof err === 'object' && err !== null && Object.isExtensible(err)) (err as Partial<Diagnosed>).forgeDiagnosis = diagnosis;
}

/** The diagnosis sendWithRetry attached to a failure, if any. */
export function diagnosisOf(err: unknown): FailureDiagnosis | undefined {
  return typeof err === 'object' && err !== null && 'forgeDiagnosis' in err ? (err as Diagnosed).forgeDiagnosis : undefined;
}

/** Whether a failure leaves it unknown if a write was applied (its answer was lost). */
export function isLostAnswer(err: unknown): boolean {
  const kind = diagnosisOf(err)?.kind;
  return kind === 'server' || kind === 'network';
}
