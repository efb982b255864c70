/**
 * The simulated Entra ID (login.microsoftonline.com) for one tenant: OIDC discovery, JWKS, and the
 * client-credentials token endpoint that msal-node and raw OAuth clients talk to.
 */
import crypto from 'node:crypto'
import https from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimClient } from '../options'
import { readBody, sendJson } from '../http'
import type { TokenAuthority } from './accessTokens'
import { authenticateClient } from './clientAuth'
import { EntraError, entraErrorBody, tenantNotFound } from './entraError'

export interface EntraConfig {
  tenantId: string
  clients: SimClient[]
  tokens: TokenAuthority
  tokenLifetimeSec: number
  /** Filled in once the servers listen. */
  authUrl: string
  graphUrl: string
  log: (line: string) => void
  /** Counts the tokens issued (tests: one sign-in per connection per run). */
  issued?: { tokens: number }
}

export function createEntraServer(tls: { key: string; cert: string }, cfg: EntraConfig): https.Server {
  return https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res, cfg).catch((err: unknown) => {
      cfg.log(`entra: ${String(err)}`)
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'internal error' })
    })
  })
}

async function handle(req: IncomingMessage, res: ServerResponse, cfg: EntraConfig): Promise<void> {
  const url = new URL(req.url ?? '/', cfg.authUrl)
  const correlationId = headerValue(req, 'client-request-id') ?? crypto.randomUUID()
  const headers = {
    'client-request-id': correlationId,
    'x-ms-request-id': crypto.randomUUID(),
    'Cache-Control': 'no-store, no-cache',
  }
  const segs = url.pathname.split('/').filter(Boolean)
  const tenant = segs[0] ?? ''
  const rest = segs.slice(1).join('/')
  cfg.log(`entra ${req.method} ${url.pathname}`)
  try {
    if (tenant === 'common' && rest === 'discovery/instance') {
      return sendJson(res, 200, instanceDiscovery(cfg, url), headers)
    }
    if (tenant.toLowerCase() !== cfg.tenantId.toLowerCase()) {
      if (isKnownPath(rest)) throw tenantNotFound(tenant)
      return sendJson(res, 404, { error: 'not_found' }, headers)
    }
    if (req.method === 'GET' && /^(v2\.0\/)?\.well-known\/openid-configuration$/.test(rest)) {
      return sendJson(res, 200, openidConfiguration(cfg), headers)
    }
    if (req.method === 'GET' && /^discovery\/(v2\.0\/)?keys$/.test(rest)) {
      return sendJson(res, 200, cfg.tokens.jwks(), headers)
    }
    if (req.method === 'POST' && /^oauth2\/(v2\.0\/)?token$/.test(rest)) {
      const form = new URLSearchParams((await readBody(req, 1024 * 1024)).toString('utf8'))
      const token = issueToken(form, cfg)
      if (cfg.issued) cfg.issued.tokens += 1
      return sendJson(res, 200, token, headers)
    }
    return sendJson(res, 404, { error: 'not_found' }, headers)
  } catch (err) {
    if (!(err instanceof EntraError)) throw err
    cfg.log(`entra error AADSTS${err.aadsts}`)
    sendJson(res, err.status, entraErrorBody(err, correlationId), headers)
  }
}

const isKnownPath = (rest: string): boolean =>
  /^((v2\.0\/)?\.well-known\/openid-configuration|discovery\/(v2\.0\/)?keys|oauth2\/(v2\.0\/)?token)$/.test(
    rest,
  )

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function openidConfiguration(cfg: EntraConfig): Record<string, unknown> {
  const base = `${cfg.authUrl}/${cfg.tenantId}`
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'tid', 'ver', 'oid'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: new URL(cfg.authUrl).host,
    cloud_graph_host_name: new URL(cfg.graphUrl).host,
    msgraph_host: new URL(cfg.graphUrl).host,
  }
}

function instanceDiscovery(cfg: EntraConfig, url: URL): Record<string, unknown> {
  const host = new URL(cfg.authUrl).host
  return {
    tenant_discovery_endpoint:
      url.searchParams
        .get('authorization_endpoint')
        ?.replace(/oauth2\/v2\.0\/authorize$/, 'v2.0/.well-known/openid-configuration') ??
      `${cfg.authUrl}/${cfg.tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  }
}

function issueToken(form: URLSearchParams, cfg: EntraConfig): Record<string, unknown> {
  const grant = form.get('grant_type')
  if (!grant) {
    throw new EntraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
    )
  }
  if (grant !== 'client_credentials') {
    throw new EntraError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant}'.`,
    )
  }
  const base = `${cfg.authUrl}/${cfg.tenantId}`
  const tokenEndpoints = [`${base}/oauth2/v2.0/token`, `${base}/oauth2/token`, `${base}/v2.0`]
  const { client, appidacr } = authenticateClient(form, {
    tenantId: cfg.tenantId,
    clients: cfg.clients,
    tokenEndpoints,
  })
  checkScope(form.get('scope'), cfg)
  const { token, expiresIn } = cfg.tokens.issue({
    client,
    tenantId: cfg.tenantId,
    issuer: `${cfg.authUrl}/${cfg.tenantId}/`,
    audience: cfg.graphUrl,
    lifetimeSec: cfg.tokenLifetimeSec,
    appidacr,
  })
  return { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token }
}

function checkScope(scope: string | null, cfg: EntraConfig): void {
  const scopes = (scope ?? '')
    .split(/\s+/)
    .filter(s => s && !['openid', 'profile', 'offline_access'].includes(s))
  if (scopes.length !== 1 || !scopes[0].endsWith('/.default')) {
    throw new EntraError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    )
  }
  const resource = scopes[0].slice(0, -'/.default'.length).replace(/\/$/, '')
  if (resource.toLowerCase() !== cfg.graphUrl.toLowerCase()) {
    throw new EntraError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${cfg.tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    )
  }
}
