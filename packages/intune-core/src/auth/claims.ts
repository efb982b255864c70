/**
 * Reads an access token's claims for diagnostics and the permission preflight. Never used to trust
 * anything: Graph validates its tokens, we only read what they say the app was granted.
 */
import { ErrorCodes, IntunePublishError } from '../errors'

export interface TokenClaims {
  /** Application permissions (app-only tokens). Empty when nothing is consented. */
  roles: string[]
  /** Delegated scopes (user tokens). */
  scp: string[]
  appid?: string
  app_displayname?: string
  tid?: string
  aud?: string
  /** Expiry, seconds since the epoch. */
  exp?: number
  /** True when the token is app-only (no user, no scp). */
  appOnly: boolean
}

export function decodeClaims(token: string): TokenClaims {
  const parts = token.split('.')
  let payload: Record<string, unknown>
  try {
    if (parts.length !== 3) throw new Error('not a JWT')
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>
    if (typeof payload !== 'object' || payload === null) throw new Error('not an object')
  } catch {
    throw new IntunePublishError(ErrorCodes.AuthFailed, 'The access token could not be read (not a JWT).', {
      fix: 'Check that the Auth URL points at Entra (or the simulator), not at another service.',
    })
  }
  const str = (k: string): string | undefined =>
    typeof payload[k] === 'string' ? (payload[k] as string) : undefined
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((r): r is string => typeof r === 'string')
    : []
  const scp = str('scp')?.split(' ').filter(Boolean) ?? []
  return {
    roles,
    scp,
    appid: str('appid') ?? str('azp'),
    app_displayname: str('app_displayname'),
    tid: str('tid'),
    aud: str('aud'),
    exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    appOnly: scp.length === 0,
  }
}
