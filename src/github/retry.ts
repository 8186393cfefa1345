/**
 * When to retry a GitHub API call, and after how long. Server errors and network failures back
 * off exponentially; 429, secondary rate limits (403 with `retry-after` or GitHub's message) and an
 * exhausted primary limit wait as long as GitHub says. Everything is bounded: a few attempts, and a
 * total time after which the call fails rather than hold up the job.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** No retry that would end later than this many ms after the first try started. */
  readonly budgetMs: number;
  /** The first backoff; doubled each time. */
  readonly baseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, budgetMs: 60_000, baseMs: 1_000 };

export interface Failure {
  /** null: no response (connection refused or reset, timeout). */
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly message: string;
}

/**
 * Milliseconds to wait before the next try, or null to give up. `attempt` is the number of tries
 * made so far (1 after the first), `elapsedMs` the time since the first started, `nowMs` the epoch.
 */
export function retryDelay(
  f: Failure,
  attempt: number,
  elapsedMs: number,
  nowMs: number,
  policy: RetryPolicy = DEFAULT_RETRY,
): number | null {
  if (attempt >= policy.attempts) return null;
  const wait = waitFor(f, attempt, nowMs, policy);
  if (wait === null || elapsedMs + wait > policy.budgetMs) return null;
  return wait;
}

function waitFor(f: Failure, attempt: number, nowMs: number, policy: RetryPolicy): number | null {
  const backoff = policy.baseMs * 2 ** (attempt - 1);
  const after = retryAfterMs(f.headers['retry-after'], nowMs);
  if (f.status === null) return backoff;
  if (f.status >= 500 && f.status !== 501) return after ?? backoff;
  if (f.status === 429) return after ?? resetMs(f, nowMs) ?? backoff;
  if (f.status === 403) {
    if (after !== null) return after;
    if (f.headers['x-ratelimit-remaining'] === '0') return resetMs(f, nowMs);
    // GitHub asks for at least a minute when a secondary limit names no time.
    if (/secondary rate limit/i.test(f.message)) return 60_000;
  }
  return null;
}

/** `retry-after`: seconds, or an HTTP date. */
function retryAfterMs(value: string | undefined, nowMs: number): number | null {
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function resetMs(f: Failure, nowMs: number): number | null {
  const reset = Number(f.headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - nowMs) + 500 : null;
}
