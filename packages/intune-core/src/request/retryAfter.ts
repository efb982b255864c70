/**
 * How long the server asked us to wait, from the headers core-rest-pipeline's throttling strategy reads:
 * `retry-after-ms` and `x-ms-retry-after-ms` (milliseconds), then `Retry-After` (seconds or an HTTP date).
 */

/** Milliseconds from a Retry-After value (`"3"`, `"1.5"` or an HTTP date), or undefined. */
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

function parseMs(value: string | undefined): number | undefined {
  if (!value || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined
  return Math.round(Number(value))
}

/** The server's requested wait in ms, or undefined when it named none. */
export function retryAfterMs(
  header: (name: string) => string | undefined,
  now: number = Date.now(),
): number | undefined {
  return (
    parseMs(header('retry-after-ms')) ??
    parseMs(header('x-ms-retry-after-ms')) ??
    parseRetryAfter(header('retry-after'), now)
  )
}
