import crypto from 'node:crypto'
import { generate } from 'selfsigned'
import type { Agent } from 'undici'
import { startSimulator, type RunningSimulator } from '../simulator'
import { call, decodeClaims, simAgent } from '../test-support/simHttp'
import { createFederatedIssuer } from './federatedIssuer'
import { signJwt } from './jwt'

const CERT_CLIENT = '11111111-2222-4333-8444-555555555555'
const FED_CLIENT = '22222222-3333-4444-8555-666666666666'
const NOROLE_CLIENT = '33333333-4444-4555-8666-777777777777'
const EXPIRED_CLIENT = '44444444-5555-4666-8777-888888888888'
const GH = createFederatedIssuer({ issuer: 'https://token.actions.githubusercontent.com' })
const GH_SUB = 'repo:contoso/apps:ref:refs/heads/main'

let sim: RunningSimulator
let agent: Agent
let certKey: string
let certPem: string
let tokenUrl: string

beforeAll(async () => {
  const cert = await generate([{ name: 'commonName', value: 'intune-publish test' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
  })
  certKey = cert.private
  certPem = cert.cert
  sim = await startSimulator({
    blob: false,
    tokenLifetimeSec: 1234,
    clients: [
      {
        clientId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        secret: 's3cret-value',
        displayName: 'Publisher',
        roles: ['DeviceManagementApps.ReadWrite.All'],
      },
      { clientId: CERT_CLIENT, certificatePem: certPem, roles: ['DeviceManagementApps.Read.All'] },
      {
        clientId: FED_CLIENT,
        federated: [
          {
            issuer: GH.issuer,
            subject: GH_SUB,
            audience: 'api://AzureADTokenExchange',
            publicKeyPem: GH.publicKeyPem,
          },
        ],
        roles: ['DeviceManagementApps.ReadWrite.All', 'GroupMember.Read.All'],
      },
      { clientId: NOROLE_CLIENT, secret: 'x', roles: [] },
      { clientId: EXPIRED_CLIENT, secret: 'old', secretExpired: true, roles: [] },
    ],
  })
  agent = simAgent(sim.caPem)
  tokenUrl = `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`
})
afterAll(async () => {
  await agent.close()
  await sim.stop()
})

const form = (extra: Record<string, string>) => ({
  grant_type: 'client_credentials',
  scope: `${sim.graphUrl}/.default`,
  ...extra,
})

function certAssertion(overrides: Record<string, unknown> = {}, alg: 'RS256' | 'PS256' = 'PS256'): string {
  const x509 = new crypto.X509Certificate(certPem)
  const thumb = Buffer.from(x509.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  return signJwt(
    { alg, 'x5t#S256': thumb },
    {
      aud: tokenUrl,
      iss: CERT_CLIENT,
      sub: CERT_CLIENT,
      jti: crypto.randomUUID(),
      nbf: now,
      iat: now,
      exp: now + 600,
      ...overrides,
    },
    certKey,
  )
}

const assertionForm = (clientId: string, assertion: string) =>
  form({
    client_id: clientId,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  })

test('openid configuration points at this server', async () => {
  const res = await call(agent, 'GET', `${sim.authUrl}/${sim.tenantId}/v2.0/.well-known/openid-configuration`)
  expect(res.status).toBe(200)
  expect(res.json.token_endpoint).toBe(tokenUrl)
  expect(res.json.issuer).toBe(`${sim.authUrl}/${sim.tenantId}/v2.0`)
  for (const k of ['jwks_uri', 'authorization_endpoint', 'end_session_endpoint']) {
    expect(String(res.json[k])).toMatch(new RegExp(`^${sim.authUrl}/${sim.tenantId}/`))
  }
  const unknown = await call(agent, 'GET', `${sim.authUrl}/nope/v2.0/.well-known/openid-configuration`)
  expect(unknown.status).toBe(400)
  expect(unknown.json.error_codes).toEqual([90002])
})

test('client secret yields a signed token with Entra claims', async () => {
  const res = await call(agent, 'POST', tokenUrl, {
    form: form({ client_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', client_secret: 's3cret-value' }),
  })
  expect(res.status).toBe(200)
  expect(res.json).toMatchObject({ token_type: 'Bearer', expires_in: 1234, ext_expires_in: 1234 })
  const token = String(res.json.access_token)
  const claims = decodeClaims(token)
  expect(claims).toMatchObject({
    aud: sim.graphUrl,
    tid: sim.tenantId,
    appid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    azp: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    app_displayname: 'Publisher',
    roles: ['DeviceManagementApps.ReadWrite.All'],
  })
  expect(Number(claims.exp) - Number(claims.iat)).toBe(1234)
  expect(typeof claims.oid).toBe('string')
  // The JWKS verifies the signature.
  const jwks = await call(agent, 'GET', `${sim.authUrl}/${sim.tenantId}/discovery/v2.0/keys`)
  const jwk = (jwks.json.keys as crypto.JsonWebKey[])[0]
  const [h, p, s] = token.split('.')
  const ok = crypto.verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    crypto.createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(s, 'base64url'),
  )
  expect(ok).toBe(true)
})

test('roles claim is omitted for an app without consented permissions', async () => {
  const res = await call(agent, 'POST', tokenUrl, {
    form: form({ client_id: NOROLE_CLIENT, client_secret: 'x' }),
  })
  expect(res.status).toBe(200)
  expect(decodeClaims(String(res.json.access_token))).not.toHaveProperty('roles')
})

test.each(['PS256', 'RS256'] as const)('certificate assertion (%s) is accepted', async alg => {
  const res = await call(agent, 'POST', tokenUrl, {
    form: assertionForm(CERT_CLIENT, certAssertion({}, alg)),
  })
  expect(res.status).toBe(200)
  expect(decodeClaims(String(res.json.access_token))).toMatchObject({
    appid: CERT_CLIENT,
    appidacr: '2',
    roles: ['DeviceManagementApps.Read.All'],
  })
})

test('certificate assertion signed by another key is refused', async () => {
  const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const x509 = new crypto.X509Certificate(certPem)
  const thumb = Buffer.from(x509.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const forged = signJwt(
    { alg: 'RS256', 'x5t#S256': thumb },
    { aud: tokenUrl, iss: CERT_CLIENT, sub: CERT_CLIENT, exp: now + 600 },
    other,
  )
  const res = await call(agent, 'POST', tokenUrl, { form: assertionForm(CERT_CLIENT, forged) })
  expect(res.status).toBe(401)
  expect(res.json.error_codes).toEqual([700027])
})

test('federated assertion from a configured issuer is accepted', async () => {
  const jwt = GH.sign({ sub: GH_SUB, aud: 'api://AzureADTokenExchange' })
  const res = await call(agent, 'POST', tokenUrl, { form: assertionForm(FED_CLIENT, jwt) })
  expect(res.status).toBe(200)
  expect(decodeClaims(String(res.json.access_token)).roles).toEqual([
    'DeviceManagementApps.ReadWrite.All',
    'GroupMember.Read.All',
  ])
})

describe('Entra error cases', () => {
  const cases: [string, () => Record<string, string>, string, number, number, string][] = [
    [
      'wrong secret',
      () => form({ client_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', client_secret: 'nope' }),
      tokenUrl,
      401,
      7000215,
      'invalid_client',
    ],
    [
      'expired secret',
      () => form({ client_id: EXPIRED_CLIENT, client_secret: 'old' }),
      tokenUrl,
      401,
      7000222,
      'invalid_client',
    ],
    [
      'unknown app',
      () => form({ client_id: '99999999-9999-4999-8999-999999999999', client_secret: 'x' }),
      tokenUrl,
      400,
      700016,
      'unauthorized_client',
    ],
    [
      'federated subject mismatch',
      () =>
        assertionForm(
          FED_CLIENT,
          GH.sign({ sub: 'repo:evil/fork:ref:refs/heads/main', aud: 'api://AzureADTokenExchange' }),
        ),
      tokenUrl,
      400,
      70021,
      'invalid_request',
    ],
    [
      'federated assertion expired',
      () =>
        assertionForm(
          FED_CLIENT,
          GH.sign({ sub: GH_SUB, aud: 'api://AzureADTokenExchange' }, { expiresInSec: -3600 }),
        ),
      tokenUrl,
      401,
      700024,
      'invalid_client',
    ],
    [
      'certificate assertion expired',
      () => assertionForm(CERT_CLIENT, certAssertion({ exp: Math.floor(Date.now() / 1000) - 3600 })),
      tokenUrl,
      401,
      700024,
      'invalid_client',
    ],
  ]
  test.each(cases)('%s', async (_name, body, _url, status, code, error) => {
    const res = await call(agent, 'POST', tokenUrl, {
      form: body(),
      headers: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' },
    })
    expect(res.status).toBe(status)
    expect(res.json.error).toBe(error)
    expect(res.json.error_codes).toEqual([code])
    expect(String(res.json.error_description)).toMatch(
      new RegExp(
        `^AADSTS${code}: .+ Trace ID: [0-9a-f-]{36} Correlation ID: c0ffee00-0000-4000-8000-000000000001 Timestamp: \\d{4}-`,
      ),
    )
    expect(res.json.correlation_id).toBe('c0ffee00-0000-4000-8000-000000000001')
  })

  test('unknown tenant on the token endpoint', async () => {
    const res = await call(agent, 'POST', `${sim.authUrl}/contoso.example/oauth2/v2.0/token`, {
      form: form({ client_id: 'x', client_secret: 'y' }),
    })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ error: 'invalid_request', error_codes: [90002] })
  })

  test('scope must be the Graph URL with /.default', async () => {
    const base = {
      client_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      client_secret: 's3cret-value',
      grant_type: 'client_credentials',
    }
    const noDefault = await call(agent, 'POST', tokenUrl, {
      form: { ...base, scope: `${sim.graphUrl}/DeviceManagementApps.ReadWrite.All` },
    })
    expect(noDefault.json.error_codes).toEqual([1002012])
    const other = await call(agent, 'POST', tokenUrl, {
      form: { ...base, scope: 'https://graph.microsoft.com/.default' },
    })
    expect(other.json.error_codes).toEqual([500011])
  })
})
