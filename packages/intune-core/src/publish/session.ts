/**
 * A signed-in Graph session for one run: the connection validated, one HTTP client (proxy, extra CA), a
 * token provider that refreshes during long uploads, and the claims the permission checks read.
 */
import { createTokenProvider, type TokenClaims, type TokenProvider } from '../auth'
import type { ResolvedConnection } from '../connection'
import { createGraphClient, type GraphClient, type GraphClientOptions } from '../graph'
import { createHttpClient, type HttpClient } from '../http'
import type { Logger } from '../logger'

export interface Session {
  resolved: ResolvedConnection
  http: HttpClient
  tokens: TokenProvider
  graph: GraphClient
  claims: TokenClaims
  close(): Promise<void>
}

export async function openSession(
  resolved: ResolvedConnection,
  log: Logger,
  env: Record<string, string | undefined> = process.env,
  graphOptions: GraphClientOptions = {},
): Promise<Session> {
  const http = createHttpClient({ caPem: resolved.caPem, env })
  try {
    const tokens = createTokenProvider(resolved, http, log)
    const token = await tokens.getToken()
    const graph = createGraphClient(resolved, tokens, http, log, graphOptions)
    return { resolved, http, tokens, graph, claims: token.claims, close: () => http.close() }
  } catch (e) {
    await http.close()
    throw e
  }
}
