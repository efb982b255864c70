/**
 * Workload identity federation in a pipeline: for every assertion MSAL asks for, request a fresh ID token
 * for the service connection from the agent's OIDC endpoint (System.OidcRequestUri), through the same
 * dispatcher (proxy, CA) as everything else, with 3 retries as Microsoft's tasks do.
 */
import * as tl from 'azure-pipelines-task-lib/task'
import type { HttpClient } from '@intune-publish/core'

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

const RETRIES = 3
const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

export function wifAssertion(
  connectionId: string,
  mask: (s: string) => void,
  http: Pick<HttpClient, 'fetch'>,
  retryDelayMs = 1000,
): () => Promise<string> {
  const once = async (): Promise<string> => {
    const base = tl.getVariable('System.OidcRequestUri') as string
    const url = `${base}${base.includes('?') ? '&' : '?'}api-version=7.1&serviceConnectionId=${encodeURIComponent(connectionId)}`
    const res = await http.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${systemAccessToken()}`, 'content-type': 'application/json' },
    })
    if (!res.ok) {
      const retry = res.status === 429 || res.status >= 500
      await res.body?.cancel()
      throw Object.assign(
        new Error(
          `connection: the agent refused an OIDC token for the service connection (HTTP ${res.status})`,
        ),
        { retry },
      )
    }
    const body = (await res.json()) as { oidcToken?: string }
    if (!body.oidcToken) throw new Error('connection: the agent answered with no oidcToken')
    mask(body.oidcToken)
    return body.oidcToken
  }
  return async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once()
      } catch (e) {
        // A network error has no status: retry it like a 5xx. A 4xx is an answer: stop.
        const retry =
          (e as { retry?: boolean }).retry ?? !(e instanceof Error && e.message.startsWith('connection:'))
        if (!retry || attempt >= RETRIES) {
          if (e instanceof Error && e.message.startsWith('connection:')) throw e
          throw new Error(
            `connection: could not reach the agent's OIDC endpoint (${e instanceof Error ? e.message : String(e)})`,
          )
        }
        tl.debug(
          `OIDC token request failed (${e instanceof Error ? e.message : String(e)}); retry ${attempt + 1} of ${RETRIES}`,
        )
        await sleep(retryDelayMs * (attempt + 1))
      }
    }
  }
}
