/**
 * Puts policies in front of a transport. Order is outermost first: a retry policy placed before a
 * logging policy sees one call, the logging policy sees every attempt. A pacing policy (a shared write
 * budget) goes after the retry policy, so that every attempt waits for its turn.
 */
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from './types'

export function composePipeline<R>(
  policies: readonly PipelinePolicy[],
  transport: SendRequest<R>,
): SendRequest<R> {
  return policies.reduceRight<SendRequest<R>>(
    (next, policy) =>
      (request: PipelineRequest): Promise<PipelineResponse<R>> =>
        policy.sendRequest(request, next),
    transport,
  )
}
