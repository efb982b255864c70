/**
 * A local stand-in for a CI system's OIDC token endpoint (GitHub's ACTIONS_ID_TOKEN_REQUEST_URL, Azure
 * DevOps' SYSTEM_OIDCREQUESTURI). It mints tokens with the simulator's federated issuer, so the simulated
 * Entra accepts them, and records every token it hands out for the tests' leak checks.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FederatedIssuer } from './sim'

export interface OidcStandIn {
  url: string
  requestToken: string
  issued: string[]
  audiences: string[]
  close(): Promise<void>
}

/** GitHub's shape: GET ?audience=... -> {value}; Azure DevOps' shape: POST -> {oidcToken}. */
export async function startOidcStandIn(issuer: FederatedIssuer, subject: string, defaultAudience: string) {
  const requestToken = `req-${Math.random().toString(36).slice(2)}-token`
  const issued: string[] = []
  const audiences: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad request token"}')
      return
    }
    const audience = url.searchParams.get('audience') ?? defaultAudience
    audiences.push(audience)
    const token = issuer.sign({ sub: subject, aud: audience })
    issued.push(token)
    const body = req.method === 'POST' ? { oidcToken: token } : { value: token }
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const standIn: OidcStandIn = {
    url: `http://127.0.0.1:${port}/oidc/token?api-version=2.0`,
    requestToken,
    issued,
    audiences,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
  return standIn
}
