import {
  backoffMs,
  blobErrorCode,
  classifyStatus,
  isRetryableError,
  networkErrorCode,
  parseRetryAfter,
} from './retryPolicy'

describe('classifyStatus', () => {
  it('retries transient statuses, renews on 403, fails fast on other 4xx', () => {
    expect([500, 502, 503, 504, 408, 429].map(classifyStatus)).toEqual(Array(6).fill('retry'))
    expect(classifyStatus(403)).toBe('renew')
    expect([400, 401, 404, 409, 413].map(classifyStatus)).toEqual(Array(5).fill('fatal'))
  })
})

describe('network errors', () => {
  it('recognises undici and Node codes, also inside cause', () => {
    expect(networkErrorCode(Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET' }))).toBe('UND_ERR_SOCKET')
    const wrapped = new TypeError('fetch failed', {
      cause: Object.assign(new Error('r'), { code: 'ECONNRESET' }),
    })
    expect(networkErrorCode(wrapped)).toBe('ECONNRESET')
    expect(isRetryableError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false)
    expect(isRetryableError(new Error('plain'))).toBe(false)
  })
})

describe('backoffMs', () => {
  const s = { baseDelayMs: 100, maxDelayMs: 1000 }
  it('doubles the ceiling per attempt, with jitter in its upper half', () => {
    expect(backoffMs(1, s, undefined, () => 0)).toBe(50)
    expect(backoffMs(1, s, undefined, () => 1)).toBe(100)
    expect(backoffMs(3, s, undefined, () => 1)).toBe(400)
    expect(backoffMs(10, s, undefined, () => 1)).toBe(1000)
  })
  it('honours Retry-After but never beyond the cap', () => {
    expect(backoffMs(1, s, 700)).toBe(700)
    expect(backoffMs(1, s, 60_000)).toBe(1000)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })
})

describe('blobErrorCode', () => {
  it('takes the Code from a blob XML error', () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>sig=abc</Message></Error>'
    expect(blobErrorCode(xml)).toBe('AuthenticationFailed')
    expect(blobErrorCode('not xml')).toBeUndefined()
  })
})
