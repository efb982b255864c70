export {
  createGraphClient,
  type GraphClient,
  type GraphCallOptions,
  type GraphClientOptions,
  type GraphVersion,
} from './createGraphClient'
export { toGraphError, unwrapIntuneMessage } from './graphError'
export { RequestTraitsOption } from './policyMiddleware'
