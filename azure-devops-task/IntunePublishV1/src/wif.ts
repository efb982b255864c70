/**
 * Workload identity federation in a pipeline: for every assertion MSAL asks for, request a fresh ID token
 * for the service connection from the agent's OIDC endpoint (System.OidcRequestUri).
 */
import * as tl from 'azure-pipelines-task-lib/task'

/** Why WIF can't work in this job, or undefined. */
export function wifProblem(): string | undefined {
  if (!tl.getVariable('System.OidcRequestUri')) {
    return 'the agent gives no OIDC endpoint (System.OidcRequestUri); use a workload identity federation connection on an agent of version 3.227 or later'
  }
  if (!systemAccessToken()) {
    return 'the job has no System.AccessToken; allow scripts to access the OAuth token, or map SYSTEM_ACCESSTOKEN'
  }
  return undefined
}

function systemAccessToken(): string | undefined {
  const auth = tl.getEndpointAuthorization('SYSTEMVSSCONNECTION', true)
  const token = auth?.parameters?.AccessToken || tl.getVariable('System.AccessToken')
  if (token) tl.setSecret(token)
  return token || undefined
}

export function wifAssertion(connectionId: string, mask: (s: string) => void): () => Promise<string> {
  return async () => {
    const base = tl.getVariable('System.OidcRequestUri') as string
    const url = `${base}${base.includes('?') ? '&' : '?'}api-version=7.1&serviceConnectionId=${encodeURIComponent(connectionId)}`
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${systemAccessToken()}`, 'content-type': 'application/json' },
    })
    if (!res.ok) {
      throw new Error(
        `connection: the agent refused an OIDC token for the service connection (HTTP ${res.status})`,
      )
    }
    const body = (await res.json()) as { oidcToken?: string }
    if (!body.oidcToken) throw new Error('connection: the agent answered with no oidcToken')
    mask(body.oidcToken)
    return body.oidcToken
  }
}
