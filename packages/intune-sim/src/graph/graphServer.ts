/**
 * The simulated Microsoft Graph front door: `/v1.0/...` and `/beta/...` over HTTPS with Graph's
 * request ids, error envelope, token validation, per-route permission check, Intune's throttling
 * budget and injected faults. Route modules do the resource work.
 */
import crypto from 'node:crypto'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TokenAuthority } from '../entra/accessTokens'
import { readBody, sendJson } from '../http'
import type { SimState } from '../state'
import { FAULT_CODES, type GraphFaults } from './faults'
import { GraphHttpError, type GraphVersion, type Router, type TokenInfo } from './router'
import type { RequestBudget } from './throttle'
import { unknownSegment } from './unknownSegment'

export interface GraphServerConfig {
  tenantId: string
  tokens: TokenAuthority
  router: Router
  state: SimState
  faults: GraphFaults
  budget: RequestBudget
  latencyMs: number
  /** Filled in once the servers listen. */
  graphUrl: string
  authUrl: string
  log: (line: string) => void
}

interface Ids {
  requestId: string
  clientRequestId: string
}

export function createGraphServer(tls: { key: string; cert: string }, cfg: GraphServerConfig): https.Server {
  const traffic = cfg.state.graphTraffic
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    traffic.inFlight += 1
    traffic.peakInFlight = Math.max(traffic.peakInFlight, traffic.inFlight)
    const ids: Ids = {
      requestId: crypto.randomUUID(),
      clientRequestId: headerValue(req, 'client-request-id') ?? crypto.randomUUID(),
    }
    res.setHeader('request-id', ids.requestId)
    res.setHeader('client-request-id', ids.clientRequestId)
    res.setHeader(
      'x-ms-ags-diagnostic',
      JSON.stringify({
        ServerInfo: {
          DataCenter: 'Local',
          Slice: 'E',
          Ring: '0',
          ScaleUnit: '000',
          RoleInstance: 'intune-sim',
        },
      }),
    )
    const started = Date.now()
    handle(req, res, cfg, ids)
      .catch((err: unknown) => {
        if (!(err instanceof GraphHttpError))
          cfg.log(`graph: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
        const e =
          err instanceof GraphHttpError
            ? err
            : new GraphHttpError(500, 'InternalServerError', 'An internal server error occurred.')
        if (!res.headersSent) sendError(res, e, ids)
      })
      .finally(() => {
        traffic.inFlight -= 1
        const path = (req.url ?? '/').split('?')[0]
        cfg.state.requestLog.push({ method: req.method ?? '', path, status: res.statusCode, at: started })
        cfg.log(`graph ${req.method} ${path} -> ${res.statusCode}`)
      })
  })
  server.on('secureConnection', () => {
    traffic.connections += 1
  })
  return server
}

function sendError(res: ServerResponse, e: GraphHttpError, ids: Ids): void {
  const innerError = {
    date: new Date().toISOString().replace(/\.\d+Z$/, ''),
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
  }
  sendJson(res, e.status, { error: { code: e.code, message: e.message, innerError } }, e.headers)
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  cfg: GraphServerConfig,
  ids: Ids,
): Promise<void> {
  if (cfg.latencyMs > 0) await new Promise(ok => setTimeout(ok, cfg.latencyMs))
  const method = (req.method ?? 'GET').toUpperCase()
  const url = new URL(req.url ?? '/', 'https://graph.local')
  const [, versionSeg = '', ...rest] = url.pathname.split('/')
  if (versionSeg !== 'v1.0' && versionSeg !== 'beta')
    throw new GraphHttpError(400, 'BadRequest', `Invalid version: ${versionSeg}`)
  const version: GraphVersion = versionSeg
  const path = `/${rest.join('/')}`.replace(/\/+$/, '') || '/'

  const token = authenticate(req, cfg)
  const fault = cfg.faults.take(method, url.pathname + url.search)
  if (fault?.status === 'drop') {
    // The connection closes before any answer, as a reset load balancer would; the log shows status 0.
    res.statusCode = 0
    req.socket.destroy()
    return
  }
  if (fault) {
    const retry = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined)
    const [code, message] = fault.error ? [fault.error.code, fault.error.message] : FAULT_CODES[fault.status]
    throw new GraphHttpError(
      fault.status,
      code,
      message,
      retry === undefined ? {} : { 'Retry-After': String(retry) },
    )
  }

  const match = cfg.router.match(method, path)
  if (match === 'method') {
    throw new GraphHttpError(
      405,
      'MethodNotAllowed',
      `The HTTP method '${method}' is not supported for the requested resource '${url.pathname}'.`,
    )
  }
  if (!match) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Resource not found for the segment '${unknownSegment(cfg.router, path)}'.`,
    )
  }
  const { route, params } = match
  if (route.anyOf.length > 0 && !route.anyOf.some(p => token.roles.includes(p))) {
    throw new GraphHttpError(
      403,
      'Forbidden',
      `Application is not authorized to perform this operation. Application must have one of the following scopes: ${route.anyOf.join(', ')}`,
    )
  }
  const isWrite = route.write ?? method !== 'GET'
  const budget = cfg.budget.take(`${token.tenantId}/${token.appId}`, isWrite)
  if (!budget.ok) {
    throw new GraphHttpError(
      429,
      'TooManyRequests',
      'Too many requests. Retry after the time given in the Retry-After header.',
      {
        'Retry-After': String(budget.retryAfterSec),
      },
    )
  }

  const raw = await readBody(req).catch(() => {
    throw new GraphHttpError(413, 'RequestEntityTooLarge', 'The request body is too large.')
  })
  let body: unknown
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      throw new GraphHttpError(
        400,
        'BadRequest',
        'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      )
    }
  }
  const result = await route.handler({
    req,
    res,
    version,
    path,
    params,
    query: url.searchParams,
    body,
    token,
    state: cfg.state,
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
  })
  if (res.headersSent) return
  const status = result?.status ?? 204
  const headers = {
    ...(status !== 204 && result?.body !== undefined ? { 'OData-Version': '4.0' } : {}),
    ...result?.headers,
  }
  sendJson(res, status, status === 204 ? undefined : result?.body, headers)
}

function authenticate(req: IncomingMessage, cfg: GraphServerConfig): TokenInfo {
  const header = headerValue(req, 'authorization') ?? ''
  const m = /^Bearer\s+(\S+)$/i.exec(header)
  const challenge = {
    'WWW-Authenticate': `Bearer realm="", authorization_uri="${cfg.authUrl}/${cfg.tenantId}/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
  }
  if (!m) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.', challenge)
  const check = cfg.tokens.verify(m[1], { audience: cfg.graphUrl, tenantId: cfg.tenantId })
  if (!check.ok) throw new GraphHttpError(401, 'InvalidAuthenticationToken', check.message, challenge)
  const c = check.claims
  return {
    appId: c.appid,
    tenantId: c.tid,
    roles: c.roles ?? [],
    scopes: typeof c.scp === 'string' ? c.scp.split(' ') : [],
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}
