export { composePipeline } from './pipeline'
export { retryLoop, defaultSleep, type RetryDecision, type Settled, type LoopOptions } from './retryLoop'
export { retryPolicy, describeRequest, type RetryPolicyOptions } from './retryPolicy'
export {
  answerReason,
  backoffMs,
  throttlingStrategy,
  exponentialStrategy,
  intuneTransientStrategy,
  graphStrategies,
  GRAPH_RETRY,
  BLOB_RETRY,
  INTUNE_TRANSIENT_DELAYS,
  resolveRetrySettings,
  type RetryOverrides,
  type RetrySettings,
  type RetryStrategy,
  type RetryContext,
  type StrategyDecision,
} from './retryStrategies'
export { parseRetryAfter, retryAfterMs } from './retryAfter'
export { networkErrorCode, innermostMessage, tlsErrorCode, tlsFailure } from './networkErrors'
export { requestIdPolicy, requestLogPolicy, stampRequestId, CLIENT_REQUEST_ID } from './requestLogPolicy'
export {
  isIdempotent,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse,
  type RequestTraits,
  type SendRequest,
  type Service,
  type TransientCall,
} from './types'
