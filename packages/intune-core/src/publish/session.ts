/**
 * A signed-in Graph session: the connection validated, one HTTP client (proxy, extra CA, keep-alive), a
 * token provider that refreshes during long uploads, the claims the permission checks read, and the pacer
 * that keeps its Graph calls inside Intune's budget. A manifest run opens one per connection and shares
 * it across every app of that connection.
 */
import { createTokenProvider, type TokenClaims, type TokenProvider } from '../auth'
import { BudgetRegistry } from '../budget'
import { pacingPolicy } from '../budget/pacingPolicy'
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

export interface SessionOptions {
  /** The run's budgets (one per tenant); a session of its own gets a fresh one. */
  budgets?: BudgetRegistry
  /** Graph retry settings (request layer); tests shorten the transient schedules. */
  retry?: GraphClientOptions['retry']
}

export async function openSession(
  resolved: ResolvedConnection,
  log: Logger,
  env: Record<string, string | undefined> = process.env,
  opts: SessionOptions = {},
): Promise<Session> {
  const http = createHttpClient({ caPem: resolved.caPem, env })
  try {
    const tokens = createTokenProvider(resolved, http, log)
    const token = await tokens.getToken()
    // The token's tenant is the tenant's id even when the connection names it by domain.
    const pacer = (opts.budgets ?? new BudgetRegistry()).pacer(
      token.claims.tid ?? resolved.tenantId,
      resolved.clientId,
    )
    const graph = createGraphClient(resolved, tokens, http, log, {
      retry: opts.retry,
      policies: { perRetry: [pacingPolicy(pacer)] },
    })
    return { resolved, http, tokens, graph, claims: token.claims, close: () => http.close() }
  } catch (e) {
    await http.close()
    throw e
  }
}
