/**
 * The permission preflight: compares what the token says was granted with what an operation needs, and
 * when something is missing says exactly what to grant and where, before any write happens.
 */
import type { TokenClaims } from '../auth/claims'
import type { ResolvedConnection } from '../connection'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { PermissionRequirement } from './requirements'

export interface PermissionCheck {
  /** Everything the token carries (roles for app-only, scp for delegated). */
  granted: string[]
  /** For each unmet requirement, the permission to grant (the least privileged alternative). */
  missing: string[]
  unmet: PermissionRequirement[]
}

export function grantedPermissions(claims: Pick<TokenClaims, 'roles' | 'scp'>): string[] {
  return [...new Set([...claims.roles, ...claims.scp])].sort()
}

export function checkPermissions(
  claims: Pick<TokenClaims, 'roles' | 'scp'>,
  requirements: PermissionRequirement[],
): PermissionCheck {
  const granted = grantedPermissions(claims)
  const have = new Set(granted.map(p => p.toLowerCase()))
  const unmet = requirements.filter(r => !r.anyOf.some(p => have.has(p.toLowerCase())))
  return { granted, missing: [...new Set(unmet.map(r => r.anyOf[0]))], unmet }
}

/** `https://<login host>/<tenant>/adminconsent?client_id=<clientId>`. */
export function adminConsentUrl(c: Pick<ResolvedConnection, 'loginHost' | 'tenantId' | 'clientId'>): string {
  return `https://${c.loginHost}/${c.tenantId}/adminconsent?client_id=${c.clientId}`
}

/** The clicks that grant `permissions`, as one sentence. */
export function consentInstructions(permissions: string[], c: Pick<ResolvedConnection, 'tenantId'>): string {
  return (
    'Entra admin center → App registrations → <app> → API permissions → Add a permission → Microsoft Graph → ' +
    `Application permissions → ${permissions.join(', ')} → Add permissions → Grant admin consent for ${c.tenantId}` +
    ' (then run again: a new token carries the new permission).'
  )
}

/** Throws PERMISSION_MISSING naming what to grant, the consent URL and what to click. */
export function assertPermissions(
  claims: Pick<TokenClaims, 'roles' | 'scp'>,
  requirements: PermissionRequirement[],
  connection: Pick<ResolvedConnection, 'loginHost' | 'tenantId' | 'clientId'>,
): PermissionCheck {
  const check = checkPermissions(claims, requirements)
  if (check.unmet.length === 0) return check
  const what = check.unmet.map(r => `${r.anyOf[0]} (to ${r.purpose})`).join(', ')
  const nothing =
    check.granted.length === 0 ? ' The token carries no permissions at all: nothing is consented yet.' : ''
  throw new IntunePublishError(
    ErrorCodes.PermissionMissing,
    `The app lacks the Graph permission ${what}.${nothing}`,
    {
      fix: `An admin can grant it at ${adminConsentUrl(connection)} or via ${consentInstructions(check.missing, connection)}`,
    },
  )
}
