/**
 * Proxy variables are URLs. `HTTPS_PROXY=proxy.corp:8080` (no scheme) made undici fail with "Invalid URL
 * protocol", naming neither the variable nor the fix; this names both, before any request.
 */
import { inputError } from '../errors'

const NAMES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const

export function checkProxyVariables(env: Record<string, string | undefined>): void {
  for (const name of NAMES) {
    const value = env[name]?.trim()
    if (!value) continue
    // The proxy's password never goes into the message: only what follows an `@`.
    const shown = value.replace(/^.*@/, '')
    let url: URL | undefined
    try {
      url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? new URL(value) : undefined
    } catch {
      throw inputError(name, `'${shown}' is not a URL.`, `Write it as http://${shown}.`)
    }
    if (!url)
      throw inputError(name, `'${shown}' has no scheme.`, `Write it as http://${shown} (or https://).`)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw inputError(
        name,
        `'${shown}' uses ${url.protocol.slice(0, -1)}; proxies are http:// or https://.`,
        `Write it as http://${url.host}.`,
      )
    }
  }
}
