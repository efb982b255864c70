import type { Agent } from 'undici'
import { startSimulator, type RunningSimulator } from '../simulator'
import { call, simAgent } from '../test-support/simHttp'

const READER = 'bbbbbbbb-0000-4000-8000-000000000001'
const NOBODY = 'bbbbbbbb-0000-4000-8000-000000000002'
const WRITER = 'bbbbbbbb-0000-4000-8000-000000000003'
let sim: RunningSimulator
let agent: Agent
const tokens: Record<string, string> = {}

beforeAll(async () => {
  sim = await startSimulator({
    blob: false,
    budget: { writesPer20s: 3, requestsPer20s: 1000 },
    clients: [
      { clientId: WRITER, secret: 'w', roles: ['DeviceManagementApps.ReadWrite.All'] },
      { clientId: READER, secret: 'r', roles: ['DeviceManagementApps.Read.All'] },
      { clientId: NOBODY, secret: 'n', roles: [] },
    ],
  })
  agent = simAgent(sim.caPem)
  for (const [id, secret] of [
    [WRITER, 'w'],
    [READER, 'r'],
    [NOBODY, 'n'],
  ]) {
    const res = await call(agent, 'POST', `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`, {
      form: {
        grant_type: 'client_credentials',
        client_id: id,
        client_secret: secret,
        scope: `${sim.graphUrl}/.default`,
      },
    })
    tokens[id] = String(res.json.access_token)
  }
})
afterAll(async () => {
  await agent.close()
  await sim.stop()
})

const apps = () => `${sim.graphUrl}/beta/deviceAppManagement/mobileApps`

function expectEnvelope(
  res: { json: Record<string, unknown>; headers: Record<string, string> },
  code: string,
): string {
  const err = res.json.error as { code: string; message: string; innerError: Record<string, string> }
  expect(err.code).toBe(code)
  expect(err.innerError['request-id']).toBe(res.headers['request-id'])
  expect(err.innerError['client-request-id']).toBe(res.headers['client-request-id'])
  expect(err.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  expect(res.headers.date).toBeTruthy()
  return err.message
}

test('no token and a token with a broken signature get 401 InvalidAuthenticationToken', async () => {
  const none = await call(agent, 'GET', apps(), { headers: { 'client-request-id': 'abc-123' } })
  expect(none.status).toBe(401)
  expect(none.headers['client-request-id']).toBe('abc-123')
  expect(none.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(expectEnvelope(none, 'InvalidAuthenticationToken')).toBe('Access token is empty.')
  const forged = tokens[WRITER].slice(0, -4) + 'AAAA'
  const bad = await call(agent, 'GET', apps(), { token: forged })
  expect(bad.status).toBe(401)
  expectEnvelope(bad, 'InvalidAuthenticationToken')
})

test('missing permission gets 403 naming the accepted scopes', async () => {
  const res = await call(agent, 'GET', apps(), { token: tokens[NOBODY] })
  expect(res.status).toBe(403)
  expect(expectEnvelope(res, 'Forbidden')).toBe(
    'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All',
  )
  const write = await call(agent, 'POST', apps(), {
    token: tokens[READER],
    json: { '@odata.type': '#microsoft.graph.win32LobApp', displayName: 'x' },
  })
  expect(write.status).toBe(403)
  expect(expectEnvelope(write, 'Forbidden')).toMatch(
    /one of the following scopes: DeviceManagementApps.ReadWrite.All$/,
  )
  const read = await call(agent, 'GET', apps(), { token: tokens[READER] })
  expect(read.status).toBe(200)
})

test('unknown segment is 400, wrong method is 405, bad version is 400', async () => {
  const seg = await call(agent, 'GET', `${sim.graphUrl}/beta/deviceAppManagement/mobileAppz`, {
    token: tokens[WRITER],
  })
  expect(seg.status).toBe(400)
  expect(expectEnvelope(seg, 'BadRequest')).toBe("Resource not found for the segment 'mobileAppz'.")
  const twice = await call(
    agent,
    'GET',
    `${sim.graphUrl}/beta/deviceAppManagement/deviceAppManagement/mobileApps`,
    { token: tokens[WRITER] },
  )
  expect(twice.json.error).toMatchObject({
    message: "Resource not found for the segment 'deviceAppManagement'.",
  })
  const method = await call(agent, 'PUT', apps(), { token: tokens[WRITER], json: {} })
  expect(method.status).toBe(405)
  const version = await call(agent, 'GET', `${sim.graphUrl}/v2.0/deviceAppManagement/mobileApps`, {
    token: tokens[WRITER],
  })
  expect(version.status).toBe(400)
})

test('write budget answers 429 with Retry-After, reads still pass', async () => {
  const body = {
    '@odata.type': '#microsoft.graph.win32LobApp',
    displayName: 'Budget',
    publisher: 'P',
    applicableArchitectures: 'x64',
  }
  const statuses: number[] = []
  let last = await call(agent, 'POST', apps(), { token: tokens[WRITER], json: body })
  statuses.push(last.status)
  for (let i = 0; i < 3; i++) {
    last = await call(agent, 'POST', apps(), { token: tokens[WRITER], json: body })
    statuses.push(last.status)
  }
  expect(statuses).toEqual([201, 201, 201, 429])
  const retryAfter = Number(last.headers['retry-after'])
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(20)
  expectEnvelope(last, 'TooManyRequests')
  expect((await call(agent, 'GET', apps(), { token: tokens[WRITER] })).status).toBe(200)
})

test('injected faults answer the next n matching requests', async () => {
  sim.faults.graph.add({
    method: 'GET',
    pathContains: 'mobileAppCategories',
    status: 503,
    retryAfter: 7,
    count: 2,
  })
  const url = `${sim.graphUrl}/v1.0/deviceAppManagement/mobileAppCategories`
  const a = await call(agent, 'GET', url, { token: tokens[READER] })
  const b = await call(agent, 'GET', url, { token: tokens[READER] })
  const c = await call(agent, 'GET', url, { token: tokens[READER] })
  expect([a.status, b.status, c.status]).toEqual([503, 503, 200])
  expect(a.headers['retry-after']).toBe('7')
  expectEnvelope(a, 'ServiceUnavailable')
  expect(sim.faults.graph.pending()).toBe(0)
  expect(sim.state.requestLog.filter(r => r.path.endsWith('mobileAppCategories')).map(r => r.status)).toEqual(
    [503, 503, 200],
  )
})

test('an expired access token is refused with 401', async () => {
  const short = await startSimulator({ blob: false, tokenLifetimeSec: 1 })
  const a = simAgent(short.caPem)
  try {
    const c = short.connection
    const tok = await call(a, 'POST', c.authUrl, {
      form: {
        grant_type: 'client_credentials',
        client_id: c.clientId,
        client_secret: c.clientSecret,
        scope: `${c.graphUrl}/.default`,
      },
    })
    const listUrl = `${short.graphUrl}/v1.0/deviceAppManagement/mobileApps`
    expect((await call(a, 'GET', listUrl, { token: String(tok.json.access_token) })).status).toBe(200)
    await new Promise(ok => setTimeout(ok, 2100))
    const res = await call(a, 'GET', listUrl, { token: String(tok.json.access_token) })
    expect(res.status).toBe(401)
    expect(res.json.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed, the token is expired.',
    })
  } finally {
    await a.close()
    await short.stop()
  }
})
