import { defaultRetryPolicy, parseRetryAfter, retryDelay } from './retryPolicy'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z')
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['Sun, 22 Nov 2026 10:00:07 GMT', 7000],
    ['Sun, 22 Nov 2026 09:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s ms', (v, ms) => {
    expect(parseRetryAfter(v, now)).toBe(ms)
  })
})

describe('retryDelay', () => {
  const noJitter = (): number => 0
  it('retries only 429, 503 and 504', () => {
    expect(retryDelay(429, 1, '2', 0)).toBe(2000)
    expect(retryDelay(503, 1, '1', 0)).toBe(1000)
    expect(retryDelay(504, 1, null, 0, defaultRetryPolicy, noJitter)).toBe(1000)
    for (const s of [200, 400, 401, 403, 404, 500, 502]) expect(retryDelay(s, 1, '1', 0)).toBeUndefined()
  })

  it('backs off exponentially without Retry-After', () => {
    expect([1, 2, 3].map(a => retryDelay(429, a, undefined, 0, defaultRetryPolicy, noJitter))).toEqual([
      1000, 2000, 4000,
    ])
  })

  it('stops at max attempts and at the total wait budget, and caps one wait', () => {
    const p = { ...defaultRetryPolicy, maxAttempts: 3, maxTotalWaitMs: 10_000, maxDelayMs: 5_000 }
    expect(retryDelay(429, 3, '1', 0, p)).toBeUndefined()
    expect(retryDelay(429, 1, '60', 0, p)).toBe(5000)
    expect(retryDelay(429, 2, '4', 7000, p)).toBeUndefined()
    expect(retryDelay(429, 2, '3', 7000, p)).toBe(3000)
  })
})
