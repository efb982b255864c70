/**
 * The retry policy: runs the rest of the pipeline in the one retry loop, asking the strategies in order
 * after every answer that is not a success. Placed before the logging policy, so each attempt is logged.
 */
import type { Logger } from '../logger'
import { sanitizeUrl } from '../sanitize'
import { type LoopOptions, retryLoop } from './retryLoop'
import type { RetrySettings, RetryStrategy } from './retryStrategies'
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from './types'

export interface RetryPolicyOptions {
  strategies: readonly RetryStrategy[]
  settings: Pick<RetrySettings, 'maxTotalWaitMs'>
  logger: Logger
  sleep?: LoopOptions<unknown>['sleep']
  /** Called for each retry (upload statistics). */
  onRetry?: (request: PipelineRequest, strategy: string) => void
}

export function describeRequest(request: PipelineRequest): string {
  return `${request.service} ${request.method} ${request.label ?? sanitizeUrl(request.url)}`
}

export function retryPolicy(opts: RetryPolicyOptions): PipelinePolicy {
  return {
    name: 'retry',
    sendRequest<R>(request: PipelineRequest, next: (r: PipelineRequest) => Promise<PipelineResponse<R>>) {
      const granted = new Map<string, number>()
      return retryLoop(
        () => next(request),
        outcome => {
          if (outcome.ok && outcome.value.status < 300) return undefined
          for (const strategy of opts.strategies) {
            const retries = granted.get(strategy.name) ?? 0
            const d = strategy.decide({ request, outcome, retries })
            if (d === 'stop') return undefined
            if (!d) continue
            granted.set(strategy.name, retries + 1)
            return {
              waitMs: d.waitMs,
              strategy: strategy.name,
              reason: d.reason,
              beforeRetry: async () => void (await d.beforeRetry?.()),
            }
          }
          return undefined
        },
        {
          maxTotalWaitMs: opts.settings.maxTotalWaitMs,
          signal: request.signal,
          sleep: opts.sleep,
          discard: value => value.discard(),
          onRetry: (d, attempt) => {
            opts.onRetry?.(request, d.strategy)
            opts.logger.debug(
              `${describeRequest(request)}: ${d.reason}; retry ${attempt} in ${d.waitMs} ms (${d.strategy})`,
            )
          },
        },
      )
    },
  }
}
