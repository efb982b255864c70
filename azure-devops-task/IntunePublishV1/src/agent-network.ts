/**
 * A self-hosted agent's proxy and certificate settings (Agent.ProxyUrl, Agent.ProxyBypassList,
 * Agent.CAInfo, read through task-lib as Microsoft's tasks do), mapped onto what the core's one undici
 * dispatcher reads: HTTPS_PROXY/HTTP_PROXY/NO_PROXY and an extra CA. Sign-in, Graph, blob uploads and
 * the WIF token request then all take the same path.
 */
import { readFileSync } from 'node:fs'
import * as tl from 'azure-pipelines-task-lib/task'

export interface AgentNetwork {
  /** The agent's extra CA (Agent.CAInfo), PEM. */
  caPem?: string
  /** For the log: the proxy in use, without its credentials. */
  proxy?: string
}

/**
 * The bypass list holds regular expressions matched against the URL; NO_PROXY takes host names. Plain
 * host patterns (`.*\.contoso\.com`, `localhost`) are translated; anything else is left out, logged.
 */
export function bypassToNoProxy(patterns: string[], debug: (m: string) => void): string {
  const hosts: string[] = []
  for (const p of patterns) {
    const host = p
      .replace(/^\^/, '')
      .replace(/\$$/, '')
      .replace(/^(https?:\/\/)?\.\*\\?\.?/, '.')
      .replace(/\\\./g, '.')
    if (/^[.a-z0-9-]+(:\d+)?$/i.test(host)) hosts.push(host)
    else debug(`proxy bypass entry '${p}' is not a host pattern; it is not applied`)
  }
  return hosts.join(',')
}

/** Writes the agent's proxy into `env` (process.env: what the core's dispatcher reads). */
export function agentNetwork(mask: (s: string) => void, env: NodeJS.ProcessEnv = process.env): AgentNetwork {
  const out: AgentNetwork = {}
  const proxy = tl.getHttpProxyConfiguration()
  if (proxy?.proxyFormattedUrl) {
    if (proxy.proxyPassword) mask(proxy.proxyPassword)
    mask(proxy.proxyFormattedUrl)
    env.HTTPS_PROXY = env.HTTP_PROXY = proxy.proxyFormattedUrl
    delete env.https_proxy
    delete env.http_proxy
    env.NO_PROXY = bypassToNoProxy(proxy.proxyBypassHosts ?? [], tl.debug)
    delete env.no_proxy
    out.proxy = proxy.proxyUrl
  }
  const certs = tl.getHttpCertConfiguration()
  if (certs?.caFile) {
    try {
      out.caPem = readFileSync(certs.caFile, 'utf8')
    } catch {
      tl.warning(`The agent's CA file (Agent.CAInfo) '${certs.caFile}' cannot be read; it is not trusted`)
    }
  }
  if (certs?.certFile)
    tl.warning('The agent has a client certificate (Agent.ClientCert); intune-publish does not present it')
  return out
}
