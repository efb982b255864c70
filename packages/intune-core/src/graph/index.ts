export {
  createGraphClient,
  type GraphClient,
  type GraphCallOptions,
  type GraphClientOptions,
  type GraphVersion,
} from './createGraphClient'
export { toGraphError, unwrapIntuneMessage } from './graphError'
export {
  parseRetryAfter,
  retryDelay,
  defaultRetryPolicy,
  RETRYABLE_STATUS,
  type RetryPolicy,
} from './retryPolicy'
