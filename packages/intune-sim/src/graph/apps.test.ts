import type { Agent } from 'undici'
import { startSimulator, type RunningSimulator } from '../simulator'
import { call, simAgent } from '../test-support/simHttp'

let sim: RunningSimulator
let agent: Agent
let token: string

beforeAll(async () => {
  sim = await startSimulator({ blob: false })
  agent = simAgent(sim.caPem)
  const c = sim.connection
  const res = await call(agent, 'POST', c.authUrl, {
    form: {
      grant_type: 'client_credentials',
      client_id: c.clientId,
      client_secret: c.clientSecret,
      scope: `${c.graphUrl}/.default`,
    },
  })
  token = String(res.json.access_token)
})
afterAll(async () => {
  await agent.close()
  await sim.stop()
})

const url = (version: string, p: string) => `${sim.graphUrl}/${version}/deviceAppManagement/${p}`
const win32 = (displayName: string) => ({
  '@odata.type': '#microsoft.graph.win32LobApp',
  displayName,
  publisher: 'Contoso',
  fileName: 'IntunePackage.intunewin',
  setupFilePath: 'setup.exe',
  installCommandLine: 'setup.exe /S',
  uninstallCommandLine: 'uninstall.exe /S',
  applicableArchitectures: 'x64',
  rules: [
    {
      '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
      ruleType: 'detection',
      path: 'C:\\Program Files\\Contoso',
      fileOrFolderName: 'tool.exe',
      check32BitOn64System: false,
      operationType: 'exists',
      operator: 'notConfigured',
      comparisonValue: null,
    },
  ],
})

async function create(version: string, body: unknown) {
  return call(agent, 'POST', url(version, 'mobileApps'), { token, json: body })
}

test('create returns 201 with a GUID id and Intune defaults; get/patch/delete work', async () => {
  const res = await create('v1.0', win32("O'Brien Tool"))
  expect(res.status).toBe(201)
  expect(res.json).toMatchObject({
    '@odata.type': '#microsoft.graph.win32LobApp',
    displayName: "O'Brien Tool",
    publishingState: 'notPublished',
    isFeatured: false,
    committedContentVersion: null,
    size: 0,
  })
  expect(res.json.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(Date.parse(String(res.json.createdDateTime))).toBeGreaterThan(Date.now() - 60_000)
  expect(res.json).not.toHaveProperty('roleScopeTagIds')
  const id = String(res.json.id)

  const beta = await call(agent, 'GET', url('beta', `mobileApps/${id}`), { token })
  expect(beta.json).toMatchObject({ id, roleScopeTagIds: ['0'], displayVersion: null })

  const patch = await call(agent, 'PATCH', url('beta', `mobileApps/${id}`), {
    token,
    json: { '@odata.type': '#microsoft.graph.win32LobApp', displayVersion: '2.0.1', notes: 'patched' },
  })
  expect(patch.status).toBe(204)
  expect(patch.text).toBe('')
  const after = await call(agent, 'GET', url('beta', `mobileApps/${id}?$select=displayVersion,notes`), {
    token,
  })
  expect(after.json).toMatchObject({ displayVersion: '2.0.1', notes: 'patched' })
  expect(after.json).not.toHaveProperty('publisher')

  const notReady = await call(agent, 'PATCH', url('v1.0', `mobileApps/${id}`), {
    token,
    json: { '@odata.type': '#microsoft.graph.win32LobApp', committedContentVersion: '1' },
  })
  expect(notReady.status).toBe(400)

  expect((await call(agent, 'DELETE', url('v1.0', `mobileApps/${id}`), { token })).status).toBe(204)
  const gone = await call(agent, 'GET', url('v1.0', `mobileApps/${id}`), { token })
  expect(gone.status).toBe(404)
  expect((gone.json.error as { code: string }).code).toBe('ResourceNotFound')
})

test('list supports displayName eq with doubled quotes, isof, and, $select and $top', async () => {
  await create('beta', win32('Filter A'))
  await create('beta', win32('Filter B'))
  await create('beta', {
    '@odata.type': '#microsoft.graph.macOSPkgApp',
    displayName: 'Filter A',
    primaryBundleId: 'com.x',
    primaryBundleVersion: '1',
    includedApps: [],
  })
  const q = (f: string, extra = '') =>
    call(agent, 'GET', `${url('beta', 'mobileApps')}?$filter=${encodeURIComponent(f)}${extra}`, { token })

  const byName = await q("displayName eq 'Filter A'")
  expect((byName.json.value as unknown[]).length).toBe(2)
  const both = await q(
    "isof('microsoft.graph.win32LobApp') and displayName eq 'Filter A'",
    '&$select=id,displayName',
  )
  const items = both.json.value as Record<string, unknown>[]
  expect(items).toHaveLength(1)
  expect(Object.keys(items[0]).sort()).toEqual(['@odata.type', 'displayName', 'id'])
  await create('beta', win32("It's quoted"))
  expect(((await q("displayName eq 'It''s quoted'")).json.value as unknown[]).length).toBe(1)
  const top = await call(agent, 'GET', `${url('beta', 'mobileApps')}?$top=1`, { token })
  expect((top.json.value as unknown[]).length).toBe(1)
  const broken = await q("displayName eq 'unterminated")
  expect(broken.status).toBe(400)
})

test.each([
  [
    'unknown property',
    'v1.0',
    { ...win32('x'), runAs32bit: false },
    /property 'runAs32bit' does not exist on type 'microsoft.graph.win32LobApp'/,
  ],
  [
    'bad enum',
    'v1.0',
    { ...win32('x'), applicableArchitectures: 'sparc' },
    /Requested value 'sparc' was not found/,
  ],
  [
    'beta-only on v1.0',
    'v1.0',
    { ...win32('x'), displayVersion: '1.0' },
    /property 'displayVersion' does not exist/,
  ],
  ['abstract type', 'beta', { ...win32('x'), '@odata.type': '#microsoft.graph.mobileLobApp' }, /abstract/],
  ['read-only on create', 'beta', { ...win32('x'), publishingState: 'published' }, /read-only/],
])('create with %s is 400 BadRequest', async (_name, version, body, message) => {
  const res = await create(version, body)
  expect(res.status).toBe(400)
  const err = res.json.error as { code: string; message: string; innerError: Record<string, string> }
  expect(err.code).toBe('BadRequest')
  expect(err.message).toMatch(message)
  expect(err.innerError['request-id']).toBe(res.headers['request-id'])
})

test('categories: list with filter, link by $ref, read back', async () => {
  const cats = await call(
    agent,
    'GET',
    `${url('v1.0', 'mobileAppCategories')}?$filter=${encodeURIComponent("displayName eq 'business'")}`,
    { token },
  )
  const [business] = cats.json.value as { id: string; displayName: string }[]
  expect(business.displayName).toBe('Business')
  const app = await create('beta', win32('Categorised'))
  const ref = { '@odata.id': `${sim.graphUrl}/beta/deviceAppManagement/mobileAppCategories/${business.id}` }
  const link = await call(agent, 'POST', url('beta', `mobileApps/${String(app.json.id)}/categories/$ref`), {
    token,
    json: ref,
  })
  expect(link.status).toBe(204)
  const again = await call(agent, 'POST', url('beta', `mobileApps/${String(app.json.id)}/categories/$ref`), {
    token,
    json: ref,
  })
  expect(again.status).toBe(400)
  const linked = await call(agent, 'GET', url('beta', `mobileApps/${String(app.json.id)}/categories`), {
    token,
  })
  expect((linked.json.value as { id: string }[]).map(c => c.id)).toEqual([business.id])
  const missing = await call(
    agent,
    'POST',
    url('beta', `mobileApps/${String(app.json.id)}/categories/$ref`),
    {
      token,
      json: {
        '@odata.id': `${sim.graphUrl}/beta/deviceAppManagement/mobileAppCategories/00000000-0000-4000-8000-000000000000`,
      },
    },
  )
  expect(missing.status).toBe(404)
})

describe('relaxed where working clients show the service accepts it (wire-fidelity review R2, R3)', () => {
  const pkg = (displayName: string) => ({
    '@odata.type': '#microsoft.graph.macOSPkgApp',
    displayName,
    publisher: 'Contoso',
    fileName: 'a.pkg',
    primaryBundleId: 'com.contoso.a',
    primaryBundleVersion: '1.0',
    includedApps: [
      { '@odata.type': '#microsoft.graph.macOSIncludedApp', bundleId: 'com.contoso.a', bundleVersion: '1.0' },
    ],
  })

  test('categories in a create body are accepted (MS-PKG, appcircle, IntuneWin32App send them)', async () => {
    const res = await create('beta', { ...pkg('With categories'), categories: [] })
    expect(res.status).toBe(201)
    // Any other navigation property is still refused.
    const bad = await create('beta', { ...pkg('With assignments'), assignments: [] })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain("'assignments' is a navigation property")
  })

  test('a PKG app can be PATCHed with the macOSLobApp type, as intune-uploader does; not with another', async () => {
    const { json } = await create('beta', pkg('Sibling cast'))
    const id = String(json.id)
    const patch = (type: string) =>
      call(agent, 'PATCH', url('beta', `mobileApps/${id}`), {
        token,
        json: { '@odata.type': type, description: 'via a sibling type' },
      })
    expect((await patch('#microsoft.graph.macOSLobApp')).status).toBe(204)
    expect((await patch('#microsoft.graph.macOSDmgApp')).status).toBe(400)
  })
})
