// When a forge request is sent again, and after how long: the rules GitHub and GitLab documents for
// 429/403 rate limits, and no blind re-send of a write whose answer was lost.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, decideRetry, diagnose, retryAfterSeconds, sendWithRetry } from '../../src/forge/retry.ts';
import type { HttpFailure } from '../../src/forge/retry.ts';

const NOW = 1_800_000_000;
const none = { rateLimited: 0, serverErrors: 0 };
const failure = (status: number, headers: Record<string, string> = {}, message = ''): HttpFailure => ({ status, headers, message });

describe('diagnose', () => {
  it('reads retry-after on a 429 and on a 403 alike', () => {
    expect(diagnose(failure(429, { 'retry-after': '5' }), NOW)).toMatchObject({ kind: 'secondary-rate-limit', waitSeconds: 5 });
    expect(diagnose(failure(403, { 'retry-after': '5' }, 'You have exceeded a secondary rate limit'), NOW)).toMatchObject({ kind: 'secondary-rate-limit', waitSeconds: 5 });
  });

  it('waits until x-ratelimit-reset (GitHub) or ratelimit-reset (GitLab) when the primary limit is exhausted', () => {
    const github = diagnose(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW + 42) }), NOW);
    expect(github).toMatchObject({ kind: 'rate-limit', waitSeconds: 42, resetAt: NOW + 42 });
    expect(github.cause).toBe('API rate limit exhausted (HTTP 403, x-ratelimit-remaining 0, resets at 2027-01-15T08:00:42Z, in 42 s)');
    expect(diagnose(failure(429, { 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW + 7) }), NOW)).toMatchObject({ kind: 'rate-limit', waitSeconds: 7 });
  });

  it('reads retry-after as seconds or as an HTTP date, against the answer’s own clock when it has one', () => {
    expect(retryAfterSeconds('7', undefined, NOW)).toBe(7);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 08:00:30 GMT', 'Thu, 03 Dec 2026 08:00:00 GMT', NOW)).toBe(30);
    expect(retryAfterSeconds(new Date((NOW + 12) * 1000).toUTCString(), undefined, NOW)).toBe(12);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 07:59:00 GMT', 'Thu, 03 Dec 2026 08:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterSeconds('soon', undefined, NOW)).toBeUndefined();
    expect(retryAfterSeconds('2026', undefined, NOW)).toBe(2026);
    expect(retryAfterSeconds(undefined, undefined, NOW)).toBeUndefined();
    expect(diagnose(failure(429, { 'retry-after': 'Thu, 03 Dec 2026 08:00:05 GMT', date: 'Thu, 03 Dec 2026 08:00:00 GMT' }), NOW)).toMatchObject({ kind: 'secondary-rate-limit', waitSeconds: 5 });
  });

  it('waits a minute on a secondary rate limit that does not say how long', () => {
    expect(diagnose(failure(403, {}, 'You have exceeded a secondary rate limit.'), NOW)).toMatchObject({ kind: 'secondary-rate-limit', waitSeconds: 60 });
    expect(diagnose(failure(429), NOW)).toMatchObject({ kind: 'secondary-rate-limit', waitSeconds: 60 });
  });

  it('tells a refused token, a server error and a lost connection apart', () => {
    expect(diagnose(failure(403, {}, 'Resource not accessible by integration'), NOW).kind).toBe('denied');
    expect(diagnose(failure(502), NOW).kind).toBe('server');
    expect(diagnose(failure(0, {}, 'socket hang up'), NOW)).toEqual({ kind: 'network', cause: 'no answer (socket hang up)' });
    expect(diagnose(failure(422), NOW).kind).toBe('other');
  });
});

describe('decideRetry', () => {
  it('re-sends a rate-limited write: the server did not apply it', () => {
    expect(decideRetry(failure(429, { 'retry-after': '3' }), 'POST', none, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: true, waitSeconds: 3 });
  });

  it('never re-sends a POST or PATCH after a server error, but does a GET with back-off', () => {
    expect(decideRetry(failure(502), 'POST', none, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: false });
    expect(decideRetry(failure(502), 'PATCH', none, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: false });
    expect(decideRetry(failure(502), 'GET', { rateLimited: 0, serverErrors: 1 }, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: true, waitSeconds: 4 });
    expect(decideRetry(failure(502), 'GET', { rateLimited: 0, serverErrors: 3 }, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: false });
  });

  it('does not wait for a reset beyond the policy, nor past the retry budget', () => {
    const hour = failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW + 3600) });
    expect(decideRetry(hour, 'GET', none, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: false, why: 'waiting 3600 s is longer than the 120 s this job waits' });
    expect(decideRetry(failure(429, { 'retry-after': '1' }), 'GET', { rateLimited: 2, serverErrors: 0 }, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({ retry: false });
  });
});

describe('sendWithRetry', () => {
  it('waits what the server asked, then returns; the final failure carries its diagnosis', async () => {
    const waits: number[] = [];
    const log: string[] = [];
    const hooks = { sleep: async (s: number) => void waits.push(s), now: () => NOW, log: (l: string) => void log.push(l) };
    const answers = [failure(429, { 'retry-after': '5' }), 'ok'];
    const send = async () => {
      const next = answers.shift();
      if (typeof next === 'string') return next;
      throw next;
    };
    await expect(sendWithRetry({ method: 'POST', label: 'POST /x' }, send, (e) => e as HttpFailure, DEFAULT_RETRY_POLICY, hooks)).resolves.toBe('ok');
    expect(waits).toEqual([5]);
    expect(log).toEqual(['POST /x: rate limit (HTTP 429, retry-after 5 s); retrying in 5 s (retry 1)']);

    const lost = failure(502);
    await expect(
      sendWithRetry({ method: 'POST', label: 'POST /x' }, () => Promise.reject(lost), (e) => e as HttpFailure, DEFAULT_RETRY_POLICY, hooks),
    ).rejects.toMatchObject({ forgeDiagnosis: { kind: 'server' } });
    expect(waits).toEqual([5]);
  });
});
