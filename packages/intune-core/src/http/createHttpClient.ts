/**
 * The one undici dispatcher every outbound request goes through (MSAL, Graph, blob uploads), so that a
 * proxy (HTTPS_PROXY / NO_PROXY) and an extra CA apply everywhere the same way. Node's global fetch
 * ignores proxy variables on Node 20, and MSAL's default client uses it: hence one place for all of it.
 */
import { readFileSync } from 'node:fs'
import { rootCertificates } from 'node:tls'
import {
  Agent,
  type Dispatcher,
  EnvHttpProxyAgent,
  fetch as undiciFetch,
  request as undiciRequest,
} from 'undici'
import { checkProxyVariables } from '../connection/proxyEnv'

export interface HttpClientOptions {
  /** Extra CA certificates (PEM) trusted on top of the system store and NODE_EXTRA_CA_CERTS. */
  caPem?: string
  /** Environment to read proxy settings from (defaults to process.env). */
  env?: Record<string, string | undefined>
  /** Idle keep-alive sockets are closed after this long. */
  keepAliveTimeoutMs?: number
  /** Per-request header and body timeouts (large blob blocks on slow links need minutes). */
  headersTimeoutMs?: number
  bodyTimeoutMs?: number
  connectTimeoutMs?: number
}

export interface HttpClient {
  /** Hand this to anything that speaks undici (fetch options, storage clients, MSAL network client). */
  readonly dispatcher: Dispatcher
  /** undici's fetch bound to the dispatcher. */
  fetch(input: string | URL, init?: Parameters<typeof undiciFetch>[1]): ReturnType<typeof undiciFetch>
  /** undici's request bound to the dispatcher (streams, no body buffering). */
  request(
    url: string | URL,
    options?: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { method?: Dispatcher.HttpMethod },
  ): Promise<Dispatcher.ResponseData>
  /** Whether a proxy is in use for https (for diagnostics; never the proxy's credentials). */
  readonly proxied: boolean
  close(): Promise<void>
}

export function createHttpClient(opts: HttpClientOptions = {}): HttpClient {
  const env = opts.env ?? process.env
  checkProxyVariables(env)
  const ca = trustedCas(opts.caPem, env)
  const tls = ca ? { ca } : {}
  const agentOpts = {
    keepAliveTimeout: opts.keepAliveTimeoutMs ?? 30_000,
    headersTimeout: opts.headersTimeoutMs ?? 120_000,
    bodyTimeout: opts.bodyTimeoutMs ?? 300_000,
    connect: { ...tls, timeout: opts.connectTimeoutMs ?? 30_000 },
  }
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY
  const dispatcher: Dispatcher =
    httpsProxy || httpProxy
      ? new EnvHttpProxyAgent({
          ...agentOpts,
          httpsProxy,
          httpProxy,
          noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
          requestTls: tls,
          proxyTls: tls,
        })
      : new Agent(agentOpts)

  return {
    dispatcher,
    proxied: Boolean(httpsProxy),
    fetch: (input, init) => undiciFetch(input, { ...init, dispatcher }),
    request: (url, options) => undiciRequest(url, { ...options, dispatcher }),
    close: () => dispatcher.close(),
  }
}

/**
 * Giving undici a `ca` replaces Node's trust store, so the system roots and NODE_EXTRA_CA_CERTS are put
 * back in explicitly. Without an extra CA, Node's defaults (which include NODE_EXTRA_CA_CERTS) apply.
 */
function trustedCas(
  caPem: string | undefined,
  env: Record<string, string | undefined>,
): string[] | undefined {
  if (!caPem) return undefined
  const cas = [...rootCertificates]
  const extraFile = env.NODE_EXTRA_CA_CERTS
  if (extraFile) {
    try {
      cas.push(readFileSync(extraFile, 'utf8'))
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so do we (by ignoring it).
    }
  }
  cas.push(caPem)
  return cas
}
