/**
 * Intune's request budget as a policy of the request layer. It sits after the retry policy, so every
 * attempt (not only the first) waits for room in the shared window, and a 429 pauses the window it hit
 * for as long as the answer's Retry-After says.
 */
import { retryAfterMs, type PipelinePolicy } from '../request'
import type { RequestPacer } from './tenantBudget'

/** When a 429 names no wait: the throttling strategy's own first wait. */
const DEFAULT_THROTTLE_MS = 1000

export function pacingPolicy(pacer: RequestPacer): PipelinePolicy {
  return {
    name: 'pacing',
    async sendRequest(request, next) {
      const method = request.method.toUpperCase()
      const isWrite = method !== 'GET' && method !== 'HEAD'
      const ticket = await pacer.acquire(isWrite)
      try {
        const res = await next(request)
        if (res.status === 429)
          pacer.throttled(isWrite, retryAfterMs(name => res.header(name)) ?? DEFAULT_THROTTLE_MS)
        return res
      } finally {
        ticket.settle()
      }
    },
  }
}
