/**
 * What to do when a blob request fails: retry (with how long a wait), renew the SAS, or give up.
 * Blob storage answers with XML errors (`<Error><Code>…</Code>`), and its transient failures are 5xx, 408,
 * 429 and broken connections; a 403 on a SAS request means the signature expired or was revoked.
 */

export interface RetrySettings {
  /** Attempts per request, the first included. */
  attempts: number
  /** First backoff; doubles per attempt. */
  baseDelayMs: number
  /** Upper bound for one wait (Retry-After included). */
  maxDelayMs: number
  /** SAS renewals allowed for one block (403 after 403 means renewal is not helping). */
  renewalsPerBlock: number
}

export const DEFAULT_RETRY: RetrySettings = {
  attempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  renewalsPerBlock: 3,
}

export type FailureKind = 'retry' | 'renew' | 'fatal'

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504])

/** Network error codes (undici and Node) that a fresh connection can fix. */
const RETRY_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
])

export function classifyStatus(status: number): FailureKind {
  if (status === 403) return 'renew'
  if (RETRY_STATUS.has(status) || status >= 500) return 'retry'
  return 'fatal'
}

/** The error code of a thrown network error, looking through `cause` chains. */
export function networkErrorCode(err: unknown): string | undefined {
  let e: unknown = err
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && RETRY_CODES.has(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

export function isRetryableError(err: unknown): boolean {
  return networkErrorCode(err) !== undefined
}

/**
 * Wait before attempt `attempt + 1` (attempt counts from 1): full jitter over an exponential ceiling,
 * or the server's Retry-After when it gave one. `random` is injectable for tests.
 */
export function backoffMs(
  attempt: number,
  settings: Pick<RetrySettings, 'baseDelayMs' | 'maxDelayMs'>,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), settings.maxDelayMs)
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1))
  // Half fixed, half random: spreads parallel retries without ever retrying instantly.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value
  if (!v) return undefined
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000)
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** The `<Code>` of a blob service XML error, or undefined. */
export function blobErrorCode(xml: string): string | undefined {
  const m = /<Code>\s*([A-Za-z0-9_.-]{1,100})\s*<\/Code>/.exec(xml)
  return m?.[1]
}
