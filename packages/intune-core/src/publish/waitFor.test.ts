import { waitFor } from './waitFor'
import { isIntunePublishError } from '../errors'

describe('waitFor', () => {
  it('backs off between polls and returns the value', async () => {
    const delays: number[] = []
    let n = 0
    const value = await waitFor(
      async () => (++n < 4 ? { done: false, state: `s${n}` } : { done: true, value: n }),
      {
        what: 'x',
        deadlineMs: 60_000,
        initialDelayMs: 100,
        sleep: async ms => void delays.push(ms),
      },
    )
    expect(value).toBe(4)
    expect(delays).toEqual([100, 150, 225])
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
