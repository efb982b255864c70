/** Network errors (undici and Node) that a fresh connection can fix: a dropped socket, a timeout. */

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

/** The code of a retryable network error, looking through `cause` chains (fetch wraps them). */
export function networkErrorCode(err: unknown): string | undefined {
  let e: unknown = err
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && RETRY_CODES.has(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** The innermost message of an error, for one log line ("other side closed", not "fetch failed"). */
export function innermostMessage(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const cause = err.cause
  return cause instanceof Error ? cause.message : err.message
}
