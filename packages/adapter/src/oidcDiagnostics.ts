/**
 * What a federated sign-in presented, for the log: the CI token's issuer, subject and audience. These
 * are not secret (Azure/login prints them too) and they are what an admin must copy into the federated
 * credential; the token itself stays masked. With an AADSTS70021-style mismatch, a hint per CI system.
 */
import type { Logger } from '@intune-publish/core'

export type CiSystem = 'github' | 'azure-devops' | 'gitlab' | 'generic'

export interface PresentedClaims {
  iss?: string
  sub?: string
  aud?: string
}

/** Reads iss/sub/aud from a JWT's payload without trusting it; undefined when it is not a JWT. */
export function presentedClaims(token: string): PresentedClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>
    const str = (v: unknown): string | undefined =>
      typeof v === 'string'
        ? v
        : Array.isArray(v)
          ? v.filter(x => typeof x === 'string').join(', ')
          : undefined
    return { iss: str(p.iss), sub: str(p.sub), aud: str(p.aud) }
  } catch {
    return undefined
  }
}

export function describeClaims(c: PresentedClaims): string {
  return `issuer '${c.iss ?? '?'}', subject '${c.sub ?? '?'}', audience '${c.aud ?? '?'}'`
}

const HINTS: Record<CiSystem, string> = {
  github:
    'On GitHub the subject is repo:<owner>/<repo>:environment:<env> for a job with an environment, else repo:<owner>/<repo>:ref:refs/heads/<branch> (or :ref:refs/tags/<tag>, :pull_request); issuer https://token.actions.githubusercontent.com.',
  'azure-devops':
    'On Azure DevOps copy the issuer and subject identifier shown on the service connection (Entra issuer https://login.microsoftonline.com/<tenant>/v2.0, subject /eid1/c/pub/t/…/sc/<org-id>/<connection-id>).',
  gitlab:
    'On GitLab the issuer is your GitLab URL (https://gitlab.com) and the subject project_path:<group>/<project>:ref_type:branch:ref:<branch>; the id_tokens aud must be api://AzureADTokenExchange.',
  generic:
    "Make the federated credential's issuer, subject and audience equal to the values above, exactly (case and trailing slashes matter).",
}

export function federatedHint(ci: CiSystem): string {
  return HINTS[ci]
}

/** AADSTS codes for "no federated credential matches the presented token". */
export const FEDERATED_MISMATCH = /AADSTS(70021|700211|700213|700212)\b/

/**
 * Wraps an assertion source: the first token's claims are logged once, and the last claims are kept
 * so a mismatch error can name them.
 */
export function diagnosedAssertion(
  getAssertion: () => Promise<string>,
  log: Pick<Logger, 'info'>,
): { getAssertion: () => Promise<string>; last: () => PresentedClaims | undefined } {
  let last: PresentedClaims | undefined
  let logged = false
  return {
    getAssertion: async () => {
      const token = await getAssertion()
      last = presentedClaims(token)
      if (last && !logged) {
        logged = true
        log.info(`Federated sign-in presents a token with ${describeClaims(last)}`)
      }
      return token
    },
    last: () => last,
  }
}

/** The extra line for a federated mismatch: what was presented and what to change, per CI. */
export function mismatchLine(
  error: string,
  claims: PresentedClaims | undefined,
  ci: CiSystem,
): string | undefined {
  if (!FEDERATED_MISMATCH.test(error)) return undefined
  const presented = claims ? `The token presented had ${describeClaims(claims)}. ` : ''
  return `${presented}${federatedHint(ci)}`
}
