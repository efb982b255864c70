/**
 * A tiny route table for the simulated Graph. Route modules (apps, content, assignments, directory)
 * each export a function that registers their routes; server.ts dispatches by method and path.
 * Paths are matched without the `/v1.0` or `/beta` prefix; the version is in `ctx.version`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimState } from '../state'
import { RequestHooks } from './requestHooks'

export type GraphVersion = 'v1.0' | 'beta'

export interface TokenInfo {
  appId: string
  tenantId: string
  roles: string[]
  scopes: string[]
}

export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  version: GraphVersion
  /** Path after the version segment, without query, e.g. `/deviceAppManagement/mobileApps/abc`. */
  path: string
  params: Record<string, string>
  query: URLSearchParams
  /** Parsed JSON body, or undefined for bodiless requests. */
  body: unknown
  token: TokenInfo
  state: SimState
  requestId: string
  clientRequestId: string
}

export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string> } | undefined

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Path pattern with `:name` parameters, e.g. `/deviceAppManagement/mobileApps/:appId`. */
  pattern: string
  /** Permissions of which the token needs at least one (checked before the handler runs). */
  anyOf: string[]
  /** True for writes: counted against Intune's write budget. */
  write?: boolean
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>
}

export class Router {
  private readonly routes: { route: Route; re: RegExp; keys: string[] }[] = []
  /** Test hooks run before a matching request's handler (requestHooks.ts). */
  readonly hooks = new RequestHooks()

  add(input: Route): void {
    const handler = input.handler
    const route: Route = {
      ...input,
      handler: async ctx => {
        await this.hooks.run(ctx, input.method)
        return handler(ctx)
      },
    }
    const keys: string[] = []
    const src = route.pattern
      .split('/')
      .map(seg => {
        if (seg.startsWith(':')) {
          keys.push(seg.slice(1))
          return '([^/]+)'
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    this.routes.push({ route, re: new RegExp(`^${src}$`, 'i'), keys })
  }

  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false
    for (const { route, re, keys } of this.routes) {
      const m = re.exec(path)
      if (!m) continue
      pathMatched = true
      if (route.method !== method) continue
      const params: Record<string, string> = {}
      keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])))
      return { route, params }
    }
    return pathMatched ? 'method' : undefined
  }

  /** Registered path patterns (for "Resource not found for the segment" messages). */
  patterns(): string[] {
    return this.routes.map(r => r.route.pattern)
  }
}

/** Graph's error envelope (thrown by handlers; the server renders it with the request ids). */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}
