/**
 * check-connection against the simulator: real msal-node over HTTPS to the simulated Entra, real Graph
 * calls through our dispatcher. One simulator, one client per scenario.
 */
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import { type RunningSimulator, createFederatedIssuer, startSimulator } from '@intune-publish/sim'
import { checkConnection } from './checkConnection'
import { ErrorCodes } from './errors'
import { silentLogger } from './logger'
import { clearRegisteredSecrets } from './sanitize'
import { type TestCertificate, makeCertificate } from './test-support/makeCertificate'
import { simConnection } from './test-support/simConnection'

const WRITE = 'DeviceManagementApps.ReadWrite.All'
const ids = {
  secret: randomUUID(),
  expired: randomUUID(),
  cert: randomUUID(),
  fed: randomUUID(),
  noRoles: randomUUID(),
}
const issuer = createFederatedIssuer({ issuer: 'https://token.actions.githubusercontent.com' })
const SUBJECT = 'repo:contoso/apps:environment:intune-prod'
const AUDIENCE = 'api://AzureADTokenExchange'

let sim: RunningSimulator
let cert: TestCertificate

beforeAll(async () => {
  cert = await makeCertificate()
  sim = await startSimulator({
    blob: false,
    clients: [
      { clientId: ids.secret, displayName: 'CI Publisher', secret: 'secret-value-one-1', roles: [WRITE] },
      { clientId: ids.expired, secret: 'secret-value-old-2', secretExpired: true, roles: [WRITE] },
      { clientId: ids.cert, displayName: 'Cert App', certificatePem: cert.certPem, roles: [WRITE] },
      {
        clientId: ids.fed,
        displayName: 'OIDC App',
        federated: [
          { issuer: issuer.issuer, subject: SUBJECT, audience: AUDIENCE, publicKeyPem: issuer.publicKeyPem },
        ],
        roles: [WRITE],
      },
      { clientId: ids.noRoles, displayName: 'Fresh App', secret: 'secret-value-new-3', roles: [] },
    ],
  })
})
afterAll(async () => {
  await sim?.stop()
  clearRegisteredSecrets()
})

describe('check-connection: each credential kind signs in through msal-node', () => {
  it('client secret → Connected with the facts', async () => {
    const before = Date.now()
    const r = await checkConnection(
      simConnection(sim, { clientId: ids.secret, clientSecret: 'secret-value-one-1' }),
      silentLogger,
    )
    expect(r).toMatchObject({
      status: 'Connected',
      settingName: 'intune-sim',
      cloud: 'custom',
      tenantId: sim.tenantId,
      clientId: ids.secret,
      appDisplayName: 'CI Publisher',
      permissionsGranted: [WRITE],
      permissionsMissing: [],
      graphReachable: true,
    })
    expect(Date.parse(r.tokenExpiresOn ?? '')).toBeGreaterThan(before + 30 * 60_000)
    expect(Date.parse(r.checkedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(r.error).toBeUndefined()
  })

  it('certificate → Connected', async () => {
    const r = await checkConnection(
      simConnection(sim, { clientId: ids.cert, certificatePem: cert.combinedPem }),
      silentLogger,
    )
    expect(r.error).toBeUndefined()
    expect(r.status).toBe('Connected')
    expect(r.appDisplayName).toBe('Cert App')
  })

  it('federated assertion → Connected, asking the callback for a fresh token', async () => {
    let calls = 0
    const clientAssertion = async (): Promise<string> => {
      calls++
      return issuer.sign({ sub: SUBJECT, aud: AUDIENCE })
    }
    const r = await checkConnection(simConnection(sim, { clientId: ids.fed, clientAssertion }), silentLogger)
    expect(r.error).toBeUndefined()
    expect(r.status).toBe('Connected')
    expect(r.appDisplayName).toBe('OIDC App')
    expect(calls).toBeGreaterThanOrEqual(1)
  })
})

describe('check-connection: Not finished', () => {
  it('signed in without consented permissions gives the consent URL', async () => {
    const r = await checkConnection(
      simConnection(sim, { clientId: ids.noRoles, clientSecret: 'secret-value-new-3' }),
      silentLogger,
    )
    expect(r).toMatchObject({
      status: 'Not finished',
      appDisplayName: 'Fresh App',
      permissionsGranted: [],
      permissionsMissing: [WRITE],
      graphReachable: true,
      consentUrl: `https://${new URL(sim.authUrl).host}/${sim.tenantId}/adminconsent?client_id=${ids.noRoles}`,
    })
  })
})

describe('check-connection: Error for each sign-in failure', () => {
  const fed = (claims: Record<string, unknown>, expiresInSec?: number) => async () =>
    issuer.sign({ sub: SUBJECT, aud: AUDIENCE, ...claims }, { expiresInSec })
  it.each<[string, () => Record<string, unknown>, string, string]>([
    [
      'wrong secret',
      () => ({ clientId: ids.secret, clientSecret: 'not-the-secret-9' }),
      'AADSTS7000215',
      'the client secret is wrong',
    ],
    [
      'expired secret',
      () => ({ clientId: ids.expired, clientSecret: 'secret-value-old-2' }),
      'AADSTS7000222',
      'has expired',
    ],
    [
      'unknown app',
      () => ({ clientId: randomUUID(), clientSecret: 'whatever-secret-1' }),
      'AADSTS700016',
      'no application with client ID',
    ],
    [
      'unknown tenant',
      () => ({
        clientId: ids.secret,
        clientSecret: 'secret-value-one-1',
        authUrl: `${sim.authUrl}/${randomUUID()}/oauth2/v2.0/token`,
      }),
      'AADSTS90002',
      'was not found',
    ],
    [
      'federated subject mismatch',
      () => ({ clientId: ids.fed, clientAssertion: fed({ sub: 'repo:evil/fork:ref:refs/heads/main' }) }),
      'AADSTS70021',
      'no federated credential',
    ],
    [
      'expired assertion',
      () => ({ clientId: ids.fed, clientAssertion: fed({}, -3600) }),
      'AADSTS700024',
      'expired or is not yet valid',
    ],
    [
      'Graph of another resource',
      () => ({ clientId: ids.secret, clientSecret: 'secret-value-one-1', graphUrl: 'https://127.0.0.1:9' }),
      'AADSTS500011',
      'wrong cloud',
    ],
  ])('%s', async (_name, fields, code, text) => {
    const r = await checkConnection(simConnection(sim, fields()), silentLogger)
    expect(r.status).toBe('Error')
    expect(r.errorCode).toBe(ErrorCodes.AuthFailed)
    expect(r.error).toContain(code)
    expect(r.error).toContain(text)
    expect(r.graphReachable).toBe(false)
    expect(r.error).not.toContain('secret-value')
    expect(r.error).not.toContain('not-the-secret-9')
  })
})

describe('check-connection: bad input is reported before anything is sent', () => {
  let server: net.Server
  let connections = 0
  let port = 0
  beforeAll(async () => {
    server = net.createServer(s => {
      connections++
      s.destroy()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it("refuses a host that is not Microsoft's without the opt-in", async () => {
    const input = {
      clientId: ids.secret,
      clientSecret: 'secret-value-one-1',
      authUrl: `https://127.0.0.1:${port}/${sim.tenantId}/oauth2/v2.0/token`,
      graphUrl: `https://127.0.0.1:${port}`,
    }
    const r = await checkConnection(input, silentLogger)
    expect(r.status).toBe('Error')
    expect(r.errorCode).toBe(ErrorCodes.HostNotAllowed)
    expect(r.error).toContain(`authUrl: 127.0.0.1:${port} is not a Microsoft Entra sign-in host`)
    expect(connections).toBe(0)
    // The same input with the opt-in does reach the host: the counter can move.
    const allowed = await checkConnection({ ...input, allowCustomEndpoints: true }, silentLogger)
    expect(allowed.status).toBe('Error')
    expect(connections).toBeGreaterThan(0)
  })

  it('reports a bad GUID as Error with the field', async () => {
    const r = await checkConnection(
      simConnection(sim, { clientId: 'nope', clientSecret: 'x-secret-77' }),
      silentLogger,
    )
    expect(r).toMatchObject({ status: 'Error', errorCode: ErrorCodes.InputInvalid, graphReachable: false })
    expect(r.error).toMatch(/^clientId: 'nope' is not a GUID/)
  })
})

describe('token cache', () => {
  it('serves a long-lived token from the cache', async () => {
    const { createTokenProvider } = await import('./auth')
    const { createHttpClient } = await import('./http')
    const { resolveConnection } = await import('./connection')
    const resolved = resolveConnection(
      simConnection(sim, { clientId: ids.secret, clientSecret: 'secret-value-one-1' }),
    )
    const http = createHttpClient({ caPem: resolved.caPem })
    try {
      const tokens = createTokenProvider(resolved, http, silentLogger)
      const a = await tokens.getToken()
      const b = await tokens.getToken()
      expect(a.fromCache).toBe(false)
      expect(b.fromCache).toBe(true)
      expect(b.token).toBe(a.token)
    } finally {
      await http.close()
    }
  })
})
