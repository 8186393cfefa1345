import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelay, type Failure } from '../../src/github/retry.js';

/** When a GitHub call is retried, and how long it waits: bounded in tries and in total time. */

const NOW = Date.parse('2026-11-22T12:00:00Z');
const f = (status: number | null, headers: Record<string, string> = {}, message = ''): Failure => ({
  status,
  headers,
  message,
});

describe('retryDelay', () => {
  it('backs off exponentially on server errors and network failures, a few times', () => {
    expect(retryDelay(f(500), 1, 0, NOW)).toBe(1000);
    expect(retryDelay(f(502), 2, 1000, NOW)).toBe(2000);
    expect(retryDelay(f(null), 3, 3000, NOW)).toBe(4000);
    expect(retryDelay(f(503), DEFAULT_RETRY.attempts, 0, NOW)).toBeNull();
    expect(retryDelay(f(501), 1, 0, NOW)).toBeNull();
  });

  it('waits what retry-after says, in seconds or as a date', () => {
    expect(retryDelay(f(429, { 'retry-after': '7' }), 1, 0, NOW)).toBe(7000);
    expect(retryDelay(f(503, { 'retry-after': new Date(NOW + 5000).toUTCString() }), 1, 0, NOW)).toBe(5000);
  });

  it('retries a secondary rate limit (403 with retry-after, or GitHub’s message) and an exhausted primary one', () => {
    expect(retryDelay(f(403, { 'retry-after': '3' }), 1, 0, NOW)).toBe(3000);
    expect(retryDelay(f(403, {}, 'You have exceeded a secondary rate limit.'), 1, 0, NOW)).toBe(60_000);
    const reset = String(Math.ceil(NOW / 1000) + 10);
    expect(retryDelay(f(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1, 0, NOW)).toBe(
      10_500,
    );
    expect(retryDelay(f(429, { 'x-ratelimit-reset': reset }), 1, 0, NOW)).toBe(10_500);
  });

  it('never retries what a retry cannot fix', () => {
    for (const status of [400, 401, 404, 409, 422]) expect(retryDelay(f(status), 1, 0, NOW)).toBeNull();
    expect(retryDelay(f(403, {}, 'Resource not accessible by integration'), 1, 0, NOW)).toBeNull();
  });

  it('gives up when the wait would overrun the time budget', () => {
    expect(retryDelay(f(429, { 'retry-after': '61' }), 1, 0, NOW)).toBeNull();
    expect(retryDelay(f(500), 2, 59_000, NOW)).toBeNull();
    expect(retryDelay(f(500), 1, 0, NOW, { attempts: 2, budgetMs: 500, baseMs: 100 })).toBe(100);
  });
});
