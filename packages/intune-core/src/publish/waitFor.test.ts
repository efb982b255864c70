import { pollDelay, waitFor } from './waitFor'
import { isIntunePublishError } from '../errors'

describe('waitFor', () => {
  /** Polls until `readyAtMs` on a fake clock; returns the sleeps and when the result was seen. */
  async function run(readyAtMs: number, initialDelayMs: number, maxDelayMs: number) {
    let clock = 0
    const delays: number[] = []
    const value = await waitFor(
      async () => (clock >= readyAtMs ? { done: true, value: clock } : { done: false, state: 'pending' }),
      {
        what: 'x',
        deadlineMs: 3_600_000,
        initialDelayMs,
        maxDelayMs,
        now: () => clock,
        sleep: async ms => {
          delays.push(ms)
          clock += ms
        },
      },
    )
    return { delays, seenAt: value }
  }

  it('polls soon at first, then settles at one poll a second (the fastest reference clients)', async () => {
    const { delays } = await run(5_000, 250, 5_000)
    expect(delays.slice(0, 6)).toEqual([250, 500, 1000, 1000, 1000, 1000])
  })

  it('on a long wait, sees the result within ~12% of the time waited and polls a few dozen times', async () => {
    const { delays, seenAt } = await run(120_000, 250, 5_000)
    expect(seenAt).toBeGreaterThanOrEqual(120_000)
    expect(seenAt - 120_000).toBeLessThanOrEqual(120_000 / 8)
    expect(delays.length).toBeLessThan(50)
    expect(Math.max(...delays)).toBe(5_000)
    // Intervals never shrink.
    expect(delays).toEqual([...delays].sort((a, b) => a - b))
  })

  it('never polls faster than initialDelayMs when that is above a second', async () => {
    const { delays } = await run(10_000, 2_000, 10_000)
    expect(Math.min(...delays)).toBe(2_000)
  })

  it.each([
    [0, 0, 250, 250],
    [1, 300, 250, 500],
    [2, 900, 250, 1000],
    [9, 16_000, 250, 2000],
    [30, 600_000, 250, 5000],
  ])('pollDelay(%d, %d ms, initial %d) = %d ms', (n, elapsed, initial, expected) => {
    expect(pollDelay(n, elapsed, initial, 5000)).toBe(expected)
  })

  it('stops at the deadline naming what it waited for and the last state', async () => {
    const err = await waitFor(async () => ({ done: false, state: 'commitFilePending' }), {
      what: 'the commit of app.msi',
      deadlineMs: 50,
      initialDelayMs: 20,
    }).catch((e: unknown) => e)
    if (!isIntunePublishError(err)) throw new Error('expected an IntunePublishError')
    expect(err.code).toBe('TIMEOUT')
    expect(err.message).toMatch(/the commit of app\.msi \(last state: commitFilePending\)/)
  })
})
