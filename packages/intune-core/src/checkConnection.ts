/**
 * check-connection ("Test connection"): validate, sign in, read what the token grants, compare with what
 * the operation needs, and make one cheap Graph read. It reports every problem as a status; it never
 * throws for bad input, sign-in or permission problems.
 */
import type { CheckConnectionResult, ConnectionInput } from './api'
import { createTokenProvider } from './auth'
import { type ResolvedConnection, resolveConnection } from './connection'
import { errorLine, isIntunePublishError } from './errors'
import { createGraphClient } from './graph'
import { endpoints } from './graph/endpoints'
import { type HttpClient, createHttpClient } from './http'
import { type Logger, safeLogger } from './logger'
import { type PermissionRequirement, Requirements, adminConsentUrl, checkPermissions } from './permissions'
import type { Session } from './publish/session'

export interface CheckConnectionOptions {
  /** What the connection must be able to do (default: publish). */
  requires?: PermissionRequirement[]
  /** Process environment for proxy settings (default process.env). */
  env?: Record<string, string | undefined>
  /**
   * A session already open for this connection (a manifest run's): its token and dispatcher are used, so
   * checking costs no second sign-in, and it is left open.
   */
  session?: Pick<Session, 'http' | 'tokens' | 'graph'>
}

export async function checkConnection(
  input: ConnectionInput,
  logger: Logger,
  opts: CheckConnectionOptions = {},
): Promise<CheckConnectionResult> {
  const log = safeLogger(logger)
  const result: CheckConnectionResult = {
    status: 'Error',
    permissionsGranted: [],
    permissionsMissing: [],
    graphReachable: false,
    checkedAt: new Date().toISOString(),
  }
  const fail = (e: unknown): CheckConnectionResult => {
    result.status = 'Error'
    result.error = errorLine(e)
    result.errorCode = isIntunePublishError(e) ? e.code : undefined
    return result
  }

  let resolved: ResolvedConnection
  try {
    resolved = resolveConnection(input, log)
  } catch (e) {
    return fail(e)
  }
  Object.assign(result, {
    settingName: resolved.settingName,
    cloud: resolved.cloud,
    tenantId: resolved.tenantId,
    clientId: resolved.clientId,
  })
  log.debug(
    `connection '${resolved.settingName}': authority ${resolved.authority}, graph ${resolved.graphUrl}`,
  )

  const own = opts.session
  const http: HttpClient = own?.http ?? createHttpClient({ caPem: resolved.caPem, env: opts.env })
  try {
    const tokens = own?.tokens ?? createTokenProvider(resolved, http, log)
    const token = await tokens.getToken()
    result.appDisplayName = token.claims.app_displayname
    result.tokenExpiresOn = token.expiresOn.toISOString()

    const perms = checkPermissions(token.claims, opts.requires ?? [Requirements.publish])
    result.permissionsGranted = perms.granted
    result.permissionsMissing = perms.missing

    const graph =
      own?.graph ??
      createGraphClient(resolved, tokens, http, log, {
        retry: { maxAttempts: 3, maxTotalWaitMs: 30_000 },
      })
    try {
      const probe = endpoints.connectionProbe()
      await graph.get(probe.path, { version: probe.version })
      result.graphReachable = true
    } catch (e) {
      // Any HTTP answer means Graph is reachable; a refusal is explained by the permission check.
      result.graphReachable = isIntunePublishError(e) && (e.status ?? 0) > 0
      if (perms.missing.length === 0) return fail(e)
      log.debug(`graph read refused: ${errorLine(e)}`)
    }
    if (perms.missing.length > 0) {
      result.status = 'Not finished'
      result.consentUrl = adminConsentUrl(resolved)
      return result
    }
    result.status = 'Connected'
    return result
  } catch (e) {
    return fail(e)
  } finally {
    if (!own) await http.close()
  }
}
