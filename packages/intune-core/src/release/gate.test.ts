import type { Ring } from '../templates/ringTemplate'
import { describeDuration, durationMs } from './duration'
import { afterCheck, evaluateGate, successRate } from './gate'

const figures = { installed: 19, failed: 1, pending: 4, notInstalled: 0, notApplicable: 0 }

test('the gate shows each figure and whether it is met', () => {
  const r = evaluateGate({ minSuccessRate: 0.95, minInstalled: 20, maxFailed: 5 }, { ready: true, figures })
  expect(r.met).toBe(false)
  expect(r.checks).toEqual([
    { rule: 'success rate >= 0.95', actual: '0.95 (19 of 20)', met: true },
    { rule: 'installed >= 20', actual: '19', met: false },
    { rule: 'failed <= 5', actual: '1', met: true },
  ])
})

test('no result yet is no success rate, and a report not ready fails the gate', () => {
  expect(successRate({ ...figures, installed: 0, failed: 0 })).toBeUndefined()
  const r = evaluateGate({ minInstalled: 0 }, { ready: false, attempts: 3 })
  expect(r).toMatchObject({ met: false, reportNotReady: true })
  expect(evaluateGate(undefined, undefined).met).toBe(true)
})

test('after counts from the ring entry time', () => {
  const ring: Ring = { name: 'broad', after: '+1d12h', replace: false, entries: [] }
  const since = new Date('2026-01-01T00:00:00Z')
  expect(afterCheck(ring, 'pilot', since, new Date('2026-01-02T00:00:00Z'))).toEqual({
    rule: 'after +1d12h in pilot',
    actual: 'in pilot 1d, due 2026-01-02T12:00:00.000Z',
    met: false,
  })
  expect(afterCheck(ring, 'pilot', since, new Date('2026-01-02T12:00:00Z'))?.met).toBe(true)
  expect(afterCheck(ring, 'pilot', undefined, since)?.met).toBe(false)
  expect(durationMs('+90m')).toBe(5_400_000)
  expect(describeDuration(0)).toBe('0m')
})
