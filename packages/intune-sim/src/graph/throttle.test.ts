import { INTUNE_LIMITS, RequestBudget } from './throttle'

const T = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'

test('per-app writes: the 101st write of one app in 20 s gets 429 until the oldest leaves the window', () => {
  const b = new RequestBudget(INTUNE_LIMITS)
  for (let i = 0; i < 100; i++) expect(b.take(`${T}/a`, true, 1000 + i).ok).toBe(true)
  const refused = b.take(`${T}/a`, true, 5000)
  expect(refused).toEqual({ ok: false, retryAfterSec: 16 })
  expect(b.take(`${T}/a`, false, 5000).ok).toBe(true)
  expect(b.take(`${T}/a`, true, 21_001).ok).toBe(true)
})

test('per-tenant writes: two apps share 200 per 20 s, each still capped at 100', () => {
  const b = new RequestBudget(INTUNE_LIMITS)
  for (let i = 0; i < 100; i++) {
    expect(b.take(`${T}/a`, true, 1000).ok).toBe(true)
    expect(b.take(`${T}/b`, true, 1000).ok).toBe(true)
  }
  expect(b.take(`${T}/c`, true, 2000)).toEqual({ ok: false, retryAfterSec: 19 })
  expect(b.take(`other-tenant/c`, true, 2000).ok).toBe(true)
})

test('per-tenant requests: 2000 across apps, then reads are refused too', () => {
  const b = new RequestBudget({ ...INTUNE_LIMITS, tenantRequestsPer20s: 3 })
  expect([1, 2, 3, 4].map(i => b.take(`${T}/app${i}`, false, 0).ok)).toEqual([true, true, true, false])
})
