/**
 * When to retry a Graph call and how long to wait: 429, 503 and 504 only (Graph's transient answers),
 * honouring Retry-After as seconds or an HTTP date, else exponential backoff with jitter. Bounded by a
 * number of attempts and by a total wait, so a throttled run fails in predictable time.
 */

export interface RetryPolicy {
  /** Attempts including the first (default 6). */
  maxAttempts: number
  /** Total time spent waiting across retries of one call (default 5 minutes). */
  maxTotalWaitMs: number
  /** First backoff when no Retry-After is given (default 1 s), doubled per attempt. */
  baseDelayMs: number
  /** Cap on any single wait, Retry-After included (default 3 minutes, Graph SDK's own limit). */
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  maxTotalWaitMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 180_000,
}

export const RETRYABLE_STATUS = new Set([429, 503, 504])

/** Milliseconds to wait from a Retry-After value (`"3"`, `"1.5"` or an HTTP date), or undefined. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000)
  const date = Date.parse(v)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1), or undefined when the call should not
 * be retried: wrong status, attempts used up, or the wait would pass the total budget.
 */
export function retryDelay(
  status: number,
  attempt: number,
  retryAfter: string | null | undefined,
  waitedMs: number,
  policy: RetryPolicy = defaultRetryPolicy,
  random: () => number = Math.random,
): number | undefined {
  if (!RETRYABLE_STATUS.has(status) || attempt >= policy.maxAttempts) return undefined
  const fromHeader = parseRetryAfter(retryAfter)
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (1 + random() * 0.25)
  const delay = Math.min(fromHeader ?? backoff, policy.maxDelayMs)
  if (waitedMs + delay > policy.maxTotalWaitMs) return undefined
  return Math.round(delay)
}
