/** The Graph client and token provider against the simulator: retries, errors, refresh, paging. */
import { randomUUID } from 'node:crypto'
import { type RunningSimulator, createFederatedIssuer, startSimulator } from '@intune-publish/sim'
import { createTokenProvider } from '../auth'
import { type ResolvedConnection, resolveConnection } from '../connection'
import { ErrorCodes, type IntunePublishError } from '../errors'
import { type HttpClient, createHttpClient } from '../http'
import { type Logger, silentLogger } from '../logger'
import { clearRegisteredSecrets } from '../sanitize'
import { simConnection } from '../test-support/simConnection'
import { createGraphClient } from './createGraphClient'

const WRITE = 'DeviceManagementApps.ReadWrite.All'
const clientId = randomUUID()
const fedId = randomUUID()
const issuer = createFederatedIssuer({ issuer: 'https://vstoken.dev.azure.com/org' })
let sim: RunningSimulator
let http: HttpClient
let resolved: ResolvedConnection

const debugLines: string[] = []
const logger: Logger = { ...silentLogger, debug: m => debugLines.push(m) }

beforeAll(async () => {
  sim = await startSimulator({
    blob: false,
    tokenLifetimeSec: 120,
    clients: [
      { clientId, secret: 'graph-test-secret-1', roles: [WRITE] },
      {
        clientId: fedId,
        federated: [
          {
            issuer: issuer.issuer,
            subject: 'sc://org/proj/conn',
            audience: 'api://AzureADTokenExchange',
            publicKeyPem: issuer.publicKeyPem,
          },
        ],
        roles: [WRITE],
      },
    ],
  })
  resolved = resolveConnection(simConnection(sim, { clientId, clientSecret: 'graph-test-secret-1' }))
  http = createHttpClient({ caPem: resolved.caPem })
})
afterAll(async () => {
  await http?.close()
  await sim?.stop()
  clearRegisteredSecrets()
})
beforeEach(() => {
  sim.faults.graph.clear()
  debugLines.length = 0
})

describe('createGraphClient', () => {
  it('honours Retry-After on 429 and retries 503', async () => {
    const graph = createGraphClient(resolved, createTokenProvider(resolved, http, logger), http, logger)
    sim.faults.graph.add({ status: 429, retryAfter: 1, count: 1, pathContains: 'mobileApps' })
    const started = Date.now()
    const page = await graph.get<{ value: unknown[] }>('/deviceAppManagement/mobileApps?$top=1', {
      version: 'beta',
    })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(Array.isArray(page.value)).toBe(true)
    expect(sim.faults.graph.pending()).toBe(0)
    expect(debugLines.some(l => /: HTTP 429; retry 1 in 1000 ms \(throttling\)/.test(l))).toBe(true)

    sim.faults.graph.add({ status: 503, retryAfter: 1, count: 2, pathContains: 'mobileApps' })
    const t2 = Date.now()
    await graph.get('/deviceAppManagement/mobileApps')
    expect(Date.now() - t2).toBeGreaterThanOrEqual(2000)
  })

  it('gives up after the attempt budget with one GRAPH_ERROR carrying the ids', async () => {
    const graph = createGraphClient(resolved, createTokenProvider(resolved, http, logger), http, logger, {
      retry: { maxAttempts: 2 },
    })
    sim.faults.graph.add({ status: 429, retryAfter: 0, count: 5, pathContains: 'mobileApps' })
    const e = (await graph.get('/deviceAppManagement/mobileApps').catch(x => x)) as IntunePublishError
    expect(e.code).toBe(ErrorCodes.GraphError)
    expect(e.status).toBe(429)
    expect(e.graphCode).toBe('TooManyRequests')
    expect(e.clientRequestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(e.requestId).toBeTruthy()
    expect(sim.faults.graph.pending()).toBe(3)
  })

  it('sends a client-request-id on every request and logs without the token', async () => {
    const tokens = createTokenProvider(resolved, http, logger)
    const graph = createGraphClient(resolved, tokens, http, logger)
    await graph.get('/deviceAppManagement/mobileApps?$top=1&$select=id')
    const { token } = await tokens.getToken()
    const line = debugLines.find(l => l.startsWith('graph GET'))
    expect(line).toMatch(/client-request-id [0-9a-f-]{36}/)
    expect(line).toContain('$top=REDACTED')
    expect(debugLines.join('\n')).not.toContain(token)
  })

  it('converts a 404 into GRAPH_ERROR with status and code', async () => {
    const graph = createGraphClient(resolved, createTokenProvider(resolved, http, logger), http, logger)
    const e = (await graph
      .get(`/deviceAppManagement/mobileApps/${randomUUID()}`)
      .catch(x => x)) as IntunePublishError
    expect(e.code).toBe(ErrorCodes.GraphError)
    expect(e.status).toBe(404)
    expect(e.message).toMatch(/^Graph GET \/deviceAppManagement\/mobileApps\/[0-9a-f-]+ → 404/)
  })

  it('lists a collection', async () => {
    const graph = createGraphClient(resolved, createTokenProvider(resolved, http, logger), http, logger)
    const apps = await graph.list<{ id: string }>('/deviceAppManagement/mobileApps', { version: 'beta' })
    expect(Array.isArray(apps)).toBe(true)
  })
})

describe('createTokenProvider', () => {
  it('refreshes a token that is close to expiry', async () => {
    // The simulator issues 120 s tokens; with a 5 minute margin every cached token is "about to expire".
    const tokens = createTokenProvider(resolved, http, logger)
    const a = await tokens.getToken()
    const b = await tokens.getToken()
    expect(b.fromCache).toBe(false)
    expect(b.token).not.toBe(a.token)
    expect(b.expiresOn.getTime()).toBeGreaterThanOrEqual(a.expiresOn.getTime())
  })

  it('asks the federated callback again for every new token', async () => {
    let calls = 0
    const fed = resolveConnection(
      simConnection(sim, {
        clientId: fedId,
        clientAssertion: async () => {
          calls++
          return issuer.sign({ sub: 'sc://org/proj/conn', aud: 'api://AzureADTokenExchange' })
        },
      }),
    )
    const tokens = createTokenProvider(fed, http, logger)
    await tokens.getToken()
    const first = calls
    expect(first).toBeGreaterThanOrEqual(1)
    await tokens.getToken({ forceRefresh: true })
    expect(calls).toBeGreaterThan(first)
  })
})
