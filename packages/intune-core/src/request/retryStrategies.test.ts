import { retryLoop } from './retryLoop'
import { parseRetryAfter, retryAfterMs } from './retryAfter'
import {
  backoffMs,
  exponentialStrategy,
  GRAPH_RETRY,
  intuneTransientStrategy,
  throttlingStrategy,
  type RetryContext,
} from './retryStrategies'
import type { PipelineRequest, PipelineResponse, RequestTraits } from './types'

const req = (method: string, traits: RequestTraits = {}): PipelineRequest => ({
  service: 'graph',
  method,
  url: 'https://graph.microsoft.com/v1.0/x',
  headers: {},
  traits,
})
const answer = (status: number, headers: Record<string, string> = {}): PipelineResponse<null> => ({
  status,
  header: n => headers[n.toLowerCase()],
  discard: async () => undefined,
  raw: null,
})
const ctx = (request: PipelineRequest, res: PipelineResponse<null> | Error, retries = 0): RetryContext => ({
  request,
  outcome: res instanceof Error ? { ok: false, error: res } : { ok: true, value: res },
  retries,
})
const settings = { ...GRAPH_RETRY, random: () => 1 }

describe('server-named waits', () => {
  it('reads retry-after-ms, x-ms-retry-after-ms, then Retry-After as seconds or an HTTP date', () => {
    const h = (m: Record<string, string>) => (n: string) => m[n]
    expect(retryAfterMs(h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250)
    expect(retryAfterMs(h({ 'x-ms-retry-after-ms': '1500' }))).toBe(1500)
    expect(retryAfterMs(h({ 'retry-after': '2.5' }))).toBe(2500)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7000)
    expect(retryAfterMs(h({ 'retry-after': 'soon' }))).toBeUndefined()
  })
})

describe('throttling', () => {
  const s = throttlingStrategy(settings)
  it('retries 429 on any request and 503 only with a named wait, capped', () => {
    expect(s.decide(ctx(req('POST'), answer(429, { 'retry-after': '3' })))).toMatchObject({ waitMs: 3000 })
    expect(s.decide(ctx(req('POST'), answer(503, { 'retry-after': '1' })))).toMatchObject({ waitMs: 1000 })
    expect(s.decide(ctx(req('GET'), answer(503)))).toBeUndefined()
    expect(s.decide(ctx(req('GET'), answer(429, { 'retry-after': '999' })))).toMatchObject({
      waitMs: 180_000,
    })
  })
  it('a create marked throttling-only retries 429 but not 503', () => {
    const create = req('POST', { throttlingOnly: true })
    expect(s.decide(ctx(create, answer(503, { 'retry-after': '1' })))).toBeUndefined()
    expect(s.decide(ctx(create, answer(429)))).toMatchObject({ reason: 'HTTP 429' })
  })
  it('stops after its attempts', () => {
    expect(s.decide(ctx(req('GET'), answer(429), 5))).toBe('stop')
  })
})

describe('exponential', () => {
  const s = exponentialStrategy(settings)
  const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })
  it('retries 408, 5xx and dropped connections on requests safe to repeat', () => {
    expect(s.decide(ctx(req('GET'), reset))).toMatchObject({ reason: 'UND_ERR_SOCKET', waitMs: 1000 })
    expect(s.decide(ctx(req('PATCH'), answer(500)))).toMatchObject({ reason: 'HTTP 500' })
    expect(s.decide(ctx(req('DELETE'), answer(408)))).toBeDefined()
    expect(s.decide(ctx(req('POST', { idempotent: true }), answer(502)))).toBeDefined()
  })
  it('never repeats a POST nobody marked safe, nor a 4xx, nor an unknown error', () => {
    expect(s.decide(ctx(req('POST'), answer(503)))).toBeUndefined()
    expect(s.decide(ctx(req('POST'), reset))).toBeUndefined()
    expect(s.decide(ctx(req('GET'), answer(400)))).toBeUndefined()
    expect(s.decide(ctx(req('GET'), new Error('certificate has expired')))).toBeUndefined()
  })
  it('doubles the ceiling per retry, jitter in its upper half, capped', () => {
    const b = { baseDelayMs: 100, maxDelayMs: 1000 }
    expect(backoffMs(1, { ...b, random: () => 0 })).toBe(50)
    expect(backoffMs(3, { ...b, random: () => 1 })).toBe(400)
    expect(backoffMs(10, { ...b, random: () => 1 })).toBe(1000)
  })
})

describe('Intune transient answers', () => {
  const s = intuneTransientStrategy({
    ...settings,
    transientDelaysMs: { ...settings.transientDelaysMs, createContentFile: [7, 8] },
  })
  it('retries only the named call and status, on its schedule, and stops at its end', () => {
    const files = req('POST', { transient: 'createContentFile' })
    expect(s.decide(ctx(files, answer(404)))).toMatchObject({ waitMs: 7 })
    expect(s.decide(ctx(files, answer(404), 1))).toMatchObject({ waitMs: 8 })
    expect(s.decide(ctx(files, answer(404), 2))).toBe('stop')
    expect(s.decide(ctx(files, answer(400)))).toBeUndefined()
    expect(s.decide(ctx(req('POST'), answer(404)))).toBeUndefined()
  })
  it('Put Block: 400 and 307 are retried, a 400 that names a wrong request is not', () => {
    const block = req('PUT', { transient: 'putBlock' })
    expect(s.decide(ctx(block, answer(307)))).toBeDefined()
    expect(s.decide(ctx(block, answer(400, { 'x-ms-error-code': 'InvalidInput' })))).toBeDefined()
    expect(s.decide(ctx(block, answer(400, { 'x-ms-error-code': 'InvalidBlockId' })))).toBeUndefined()
  })
})

describe('retryLoop', () => {
  it('stops waiting before the total budget is passed and throws the last error', async () => {
    const waits: number[] = []
    let calls = 0
    const run = retryLoop(
      async () => {
        calls++
        throw new Error(`fail ${calls}`)
      },
      () => ({ waitMs: 40, strategy: 't', reason: 'r' }),
      { maxTotalWaitMs: 100, sleep: async ms => void waits.push(ms) },
    )
    await expect(run).rejects.toThrow('fail 3')
    expect(waits).toEqual([40, 40])
  })
  it('a value from beforeRetry ends the loop with it (the app a failed create made after all)', async () => {
    const found = await retryLoop(
      async (): Promise<string> => {
        throw new Error('503')
      },
      () => ({ waitMs: 0, strategy: 't', reason: 'r', beforeRetry: async () => 'found' }),
      { maxTotalWaitMs: 10 },
    )
    expect(found).toBe('found')
  })
})
