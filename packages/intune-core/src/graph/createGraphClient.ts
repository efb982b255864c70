/**
 * Our Graph client: the Microsoft Graph SDK's request building and response handling, with our token
 * provider, our dispatcher, our retry policy and one error type. Every call picks its API version.
 */
import { randomUUID } from 'node:crypto'
import { AuthenticationHandler, Client } from '@microsoft/microsoft-graph-client'
import type { TokenProvider } from '../auth'
import type { ResolvedConnection } from '../connection'
import type { HttpClient } from '../http'
import type { Logger } from '../logger'
import {
  GRAPH_RETRY,
  graphStrategies,
  requestIdPolicy,
  requestLogPolicy,
  resolveRetrySettings,
  retryPolicy,
  type LoopOptions,
  type PipelinePolicy,
  type RetryOverrides,
  type TransientCall,
} from '../request'
import { toGraphError } from './graphError'
import { chain, PolicyMiddleware, RequestTraitsOption } from './policyMiddleware'
import { sendMiddleware } from './sendMiddleware'

export type GraphVersion = 'v1.0' | 'beta'

export interface GraphCallOptions {
  /** API version of this call (default v1.0). Ignored for absolute URLs (nextLink), which carry theirs. */
  version?: GraphVersion
  headers?: Record<string, string>
  /**
   * False for a POST that creates something we must never create twice: a 503/504 may come after Graph
   * already created it, so only throttling (429, nothing was done) is retried; the caller looks first.
   */
  retryServerErrors?: boolean
  /** A POST that is safe to send twice (an OData action such as `assign`): 5xx and dropped connections are retried. */
  idempotent?: boolean
  /** The call's known transient answer (request layer, `intuneTransientStrategy`). */
  transient?: TransientCall
}

export interface GraphClient {
  get<T>(path: string, options?: GraphCallOptions): Promise<T>
  post<T>(path: string, body?: unknown, options?: GraphCallOptions): Promise<T>
  patch<T = void>(path: string, body: unknown, options?: GraphCallOptions): Promise<T>
  put<T = void>(path: string, body: unknown, options?: GraphCallOptions): Promise<T>
  delete(path: string, options?: GraphCallOptions): Promise<void>
  /** GETs a collection, following @odata.nextLink to the end. */
  list<T>(path: string, options?: GraphCallOptions): Promise<T[]>
  /** `https://<graph host>` without a trailing slash. */
  readonly graphUrl: string
}

export interface GraphClientOptions {
  retry?: RetryOverrides
  /** Sent as Accept-Language (Node's fetch sends `*`, which some Intune endpoints reject). */
  acceptLanguage?: string
  /** For tests: replaces the retry wait. */
  sleep?: LoopOptions<unknown>['sleep']
  /**
   * More policies for the chain: `perCall` ones see each call once (before retries), `perRetry` ones
   * see every attempt (a pacing policy that spends a shared write budget goes here).
   */
  policies?: { perCall?: PipelinePolicy[]; perRetry?: PipelinePolicy[] }
}

export function createGraphClient(
  resolved: ResolvedConnection,
  tokens: TokenProvider,
  http: HttpClient,
  logger: Logger,
  options: GraphClientOptions = {},
): GraphClient {
  const settings = resolveRetrySettings(GRAPH_RETRY, options.retry)
  const policies: PipelinePolicy[] = [
    requestIdPolicy(),
    ...(options.policies?.perCall ?? []),
    retryPolicy({ strategies: graphStrategies(settings), settings, logger, sleep: options.sleep }),
    ...(options.policies?.perRetry ?? []),
    requestLogPolicy(logger),
  ]
  const auth = chain([
    new AuthenticationHandler({ getAccessToken: async () => (await tokens.getToken()).token }),
    ...policies.map(p => new PolicyMiddleware(p)),
    sendMiddleware(http),
  ])
  const graphHost = new URL(resolved.graphUrl).hostname
  const client = Client.initWithMiddleware({
    middleware: auth,
    baseUrl: `${resolved.graphUrl}/`,
    // The SDK attaches the token only to Graph's own hosts and these (host names without port).
    customHosts: resolved.customEndpoints ? new Set([graphHost]) : undefined,
  })

  const call = async <T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    o: GraphCallOptions = {},
  ): Promise<T> => {
    const clientRequestId = randomUUID()
    let req = client
      .api(path)
      .header('client-request-id', clientRequestId)
      .header('Accept-Language', options.acceptLanguage ?? 'en-US')
    if (!/^https:\/\//i.test(path)) req = req.version(o.version ?? 'v1.0')
    for (const [k, v] of Object.entries(o.headers ?? {})) req = req.header(k, v)
    req = req.middlewareOptions([
      new RequestTraitsOption({
        throttlingOnly: o.retryServerErrors === false,
        idempotent: o.idempotent,
        transient: o.transient,
      }),
    ])
    try {
      switch (method) {
        case 'GET':
          return (await req.get()) as T
        case 'POST':
          return (await req.post(body ?? {})) as T
        case 'PATCH':
          return (await req.patch(body)) as T
        case 'PUT':
          return (await req.put(body)) as T
        case 'DELETE':
          return (await req.delete()) as T
      }
    } catch (e) {
      throw toGraphError(e, method, path, clientRequestId)
    }
  }

  return {
    graphUrl: resolved.graphUrl,
    get: (path, o) => call('GET', path, undefined, o),
    post: (path, body, o) => call('POST', path, body, o),
    patch: (path, body, o) => call('PATCH', path, body, o),
    put: (path, body, o) => call('PUT', path, body, o),
    delete: (path, o) => call<void>('DELETE', path, undefined, o),
    list: async <T>(path: string, o?: GraphCallOptions): Promise<T[]> => {
      const items: T[] = []
      let next: string | undefined = path
      while (next) {
        const page: { value?: T[]; '@odata.nextLink'?: string } = await call('GET', next, undefined, o)
        items.push(...(page.value ?? []))
        next = page['@odata.nextLink']
      }
      return items
    },
  }
}
