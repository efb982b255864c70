/**
 * MSAL's network seam, sending through our undici dispatcher so that the proxy and extra CA apply to
 * sign-in too (MSAL's default client uses global fetch, which ignores both on Node 20).
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { HttpClient } from '../http'
import type { Logger } from '../logger'
import { tlsErrorCode, tlsFailure } from '../request/networkErrors'
import { sanitizeUrl } from '../sanitize'

/** A failure MSAL would turn into a bare endpoints_resolution_error; the seam keeps it for the caller. */
export interface SeamFailures {
  onServerError?: (description: string) => void
  onTransportError?: (error: IntunePublishError) => void
}

/**
 * `onServerError` receives Entra's error_description of any failed answer: MSAL turns a failed metadata
 * read (unknown tenant) into a bare endpoints_resolution_error, so the AADSTS code is caught here.
 */
export function msalNetworkClient(
  http: HttpClient,
  logger: Logger,
  failures: SeamFailures = {},
): INetworkModule {
  const { onServerError } = failures
  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> => {
    const started = Date.now()
    let res: Awaited<ReturnType<HttpClient['request']>>
    try {
      res = await http.request(url, {
        method,
        headers: options?.headers,
        body: method === 'POST' ? (options?.body ?? '') : undefined,
        signal: timeout ? AbortSignal.timeout(timeout) : undefined,
      })
    } catch (e) {
      const tls = tlsErrorCode(e)
      if (!tls) throw e
      const { message, fix } = tlsFailure(new URL(url).host, tls)
      const error = new IntunePublishError(ErrorCodes.NetworkError, `Sign-in failed: ${message}.`, {
        status: 0,
        fix,
        cause: e,
      })
      failures.onTransportError?.(error)
      throw error
    }
    const text = await res.body.text()
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
    logger.debug(`auth ${method} ${sanitizeUrl(url)} → ${res.statusCode} (${Date.now() - started} ms)`)
    let body: T
    try {
      body = JSON.parse(text) as T
    } catch {
      // Never put the body in the message: a token endpoint's answer is exactly what must not leak.
      throw new Error(`${new URL(url).host} answered HTTP ${res.statusCode} with a body that is not JSON`)
    }
    if (res.statusCode >= 400 && onServerError) {
      const description = (body as { error_description?: unknown } | null)?.error_description
      if (typeof description === 'string') onServerError(description)
    }
    return { headers, body, status: res.statusCode }
  }
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      send<T>('GET', url, options, timeout),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('POST', url, options),
  }
}
