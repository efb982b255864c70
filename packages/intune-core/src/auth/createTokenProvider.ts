/**
 * Access tokens for Graph by client credentials (secret, certificate or federated assertion) through
 * msal-node. One ConfidentialClientApplication per connection: MSAL caches the token; we force a new one
 * when less than `refreshMarginMs` is left, so long uploads never send a token that expires mid-call.
 */
import { ConfidentialClientApplication, type Configuration, type INetworkModule } from '@azure/msal-node'
import type { ResolvedConnection } from '../connection'
import type { IntunePublishError } from '../errors'
import type { HttpClient } from '../http'
import type { Logger } from '../logger'
import { registerSecret } from '../sanitize'
import { aadstsCode, signInError } from './aadsts'
import { type TokenClaims, decodeClaims } from './claims'
import { msalNetworkClient } from './msalNetworkClient'

export interface AccessToken {
  /** The bearer token. Registered for masking before it is returned. */
  token: string
  expiresOn: Date
  claims: TokenClaims
  fromCache: boolean
}

export interface TokenProvider {
  /** A token valid for at least the refresh margin. `forceRefresh` skips MSAL's cache. */
  getToken(options?: { forceRefresh?: boolean }): Promise<AccessToken>
  /** The scope tokens are requested for (`https://<graph host>/.default`). */
  readonly scope: string
}

export interface TokenProviderOptions {
  /** Refresh when less than this is left (default 5 minutes). */
  refreshMarginMs?: number
}

export function createTokenProvider(
  resolved: ResolvedConnection,
  http: HttpClient,
  logger: Logger,
  options: TokenProviderOptions = {},
): TokenProvider {
  const margin = options.refreshMarginMs ?? 5 * 60_000
  let lastServerError: string | undefined
  let transportError: IntunePublishError | undefined
  const cca = new ConfidentialClientApplication(
    msalConfig(
      resolved,
      msalNetworkClient(http, logger, {
        onServerError: d => (lastServerError = d),
        onTransportError: e => (transportError = e),
      }),
    ),
  )
  const context = { clientId: resolved.clientId, tenantId: resolved.tenantId, loginHost: resolved.loginHost }
  let inflight: Promise<AccessToken> | undefined

  const acquire = async (skipCache: boolean): Promise<AccessToken> => {
    let result
    lastServerError = undefined
    transportError = undefined
    try {
      result = await cca.acquireTokenByClientCredential({ scopes: [resolved.scope], skipCache })
    } catch (e) {
      // An untrusted certificate says more than the endpoints_resolution_error MSAL makes of it.
      if (transportError) throw transportError
      // Prefer the AADSTS answer MSAL swallowed (metadata errors) over MSAL's generic code.
      const swallowed = !aadstsCode(e) && lastServerError ? { errorMessage: lastServerError } : undefined
      throw signInError(swallowed ?? e, context)
    }
    if (!result?.accessToken) throw signInError(new Error('Entra returned no access token'), context)
    registerSecret(result.accessToken)
    logger.maskSecret(result.accessToken)
    const claims = decodeClaims(result.accessToken)
    const expiresOn = result.expiresOn ?? new Date((claims.exp ?? 0) * 1000)
    logger.debug(
      `token for ${resolved.scope} ${result.fromCache ? 'from cache' : 'issued'}, expires ${expiresOn.toISOString()}`,
    )
    return { token: result.accessToken, expiresOn, claims, fromCache: result.fromCache }
  }

  const getToken = async (opts: { forceRefresh?: boolean } = {}): Promise<AccessToken> => {
    let t = await acquire(opts.forceRefresh === true)
    if (t.expiresOn.getTime() - Date.now() < margin && t.fromCache) t = await acquire(true)
    return t
  }

  return {
    scope: resolved.scope,
    // Parallel callers (upload workers) share one sign-in instead of racing MSAL.
    getToken: opts => {
      if (opts?.forceRefresh) return getToken(opts)
      inflight ??= getToken().finally(() => {
        inflight = undefined
      })
      return inflight
    },
  }
}

function msalConfig(resolved: ResolvedConnection, networkClient: INetworkModule): Configuration {
  const c = resolved.credential
  const credential =
    c.kind === 'secret'
      ? { clientSecret: c.clientSecret }
      : c.kind === 'certificate'
        ? { clientCertificate: { thumbprintSha256: c.thumbprintSha256, privateKey: c.privateKey } }
        : { clientAssertion: () => c.getAssertion() }
  return {
    auth: {
      clientId: resolved.clientId,
      authority: resolved.authority,
      // host:port, or MSAL goes looking for instance discovery on login.microsoftonline.com.
      knownAuthorities: [resolved.loginHost],
      ...credential,
    },
    system: { networkClient },
  }
}
