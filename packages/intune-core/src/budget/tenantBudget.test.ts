import { BudgetRegistry } from './budgetRegistry'
import { INTUNE_BUDGET, shareOf } from './budgetLimits'
import { TenantBudget } from './tenantBudget'

const limits = { windowMs: 1000, appWrites: 3, appRequests: 100, tenantWrites: 4, tenantRequests: 100 }

beforeEach(() => jest.useFakeTimers({ now: 0 }))
afterEach(() => jest.useRealTimers())

/** Acquires and records when each grant happened. */
function track(p: Promise<{ settle(): void }>, log: number[], settleAfterMs = 0): void {
  void p.then(t => {
    log.push(Date.now())
    setTimeout(() => t.settle(), settleAfterMs)
  })
}

test('an app gets its writes up to the window, then waits for the oldest to leave it', async () => {
  const app = new TenantBudget(limits).forApp('a')
  const granted: number[] = []
  for (let i = 0; i < 5; i++) track(app.acquire(true), granted, 100)
  await jest.advanceTimersByTimeAsync(0)
  expect(granted).toEqual([0, 0, 0])
  // The first three settle at 100 ms and leave the window at 1100 ms.
  await jest.advanceTimersByTimeAsync(1099)
  expect(granted).toHaveLength(3)
  await jest.advanceTimersByTimeAsync(1)
  expect(granted).toEqual([0, 0, 0, 1100, 1100])
})

test('two app registrations share the tenant window; reads pass while writes wait', async () => {
  const tenant = new TenantBudget(limits)
  const a = tenant.forApp('a')
  const b = tenant.forApp('B')
  const granted: number[] = []
  for (let i = 0; i < 3; i++) track(a.acquire(true), granted)
  track(b.acquire(true), granted)
  const late: number[] = []
  track(b.acquire(true), late)
  const reads: number[] = []
  track(b.acquire(false), reads)
  await jest.advanceTimersByTimeAsync(0)
  expect(granted).toEqual([0, 0, 0, 0])
  expect(late).toEqual([])
  expect(reads).toEqual([0])
  await jest.advanceTimersByTimeAsync(1000)
  expect(late).toEqual([1000])
})

test('a 429 pauses the app window for its Retry-After, and is counted', async () => {
  const tenant = new TenantBudget(limits)
  const a = tenant.forApp('a')
  a.throttled(true, 5000)
  const granted: number[] = []
  track(a.acquire(true), granted)
  track(a.acquire(false), granted)
  await jest.advanceTimersByTimeAsync(0)
  expect(granted).toEqual([0])
  await jest.advanceTimersByTimeAsync(5000)
  expect(granted).toEqual([0, 5000])
  expect(tenant.stats).toEqual({ delayed: 1, delayedMs: 5000, throttled: 1 })
})

test('a share divides every limit (rounded down, at least 1) and refuses nonsense in one line', () => {
  expect(shareOf(INTUNE_BUDGET, 0.25)).toEqual({
    windowMs: 20_000,
    appWrites: 25,
    appRequests: 250,
    tenantWrites: 50,
    tenantRequests: 500,
  })
  expect(shareOf(INTUNE_BUDGET, 0.001).appWrites).toBe(1)
  expect(() => new BudgetRegistry(1.5)).toThrow(/budget-share: must be a number above 0 and at most 1/)
  expect(() => new BudgetRegistry(0)).toThrow(/budget-share/)
})

test('the registry keeps one tenant budget per tenant id, whatever its case', async () => {
  const reg = new BudgetRegistry(1, limits)
  const x = reg.pacer('T1', 'a')
  const y = reg.pacer('t1', 'b')
  const other = reg.pacer('t2', 'a')
  const granted: number[] = []
  for (let i = 0; i < 3; i++) track(x.acquire(true), granted)
  track(y.acquire(true), granted)
  track(y.acquire(true), granted)
  track(other.acquire(true), granted)
  await jest.advanceTimersByTimeAsync(0)
  expect(granted).toHaveLength(5)
  expect(reg.stats().delayed).toBe(0)
})
