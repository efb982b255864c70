import { newApp } from './appStore'
import { READ_ONLY_CLIENT, startAssignSim, type AssignSim } from '../test-support/assignSim'

let t: AssignSim
beforeAll(async () => {
  t = await startAssignSim()
})
afterAll(() => t.stop())

type Item = Record<string, unknown>
const apps = (id: string, rest = '') => `/deviceAppManagement/mobileApps/${id}${rest}`
const dep = (targetId: string, dependencyType = 'autoInstall') => ({
  '@odata.type': '#microsoft.graph.mobileAppDependency',
  dependencyType,
  targetId,
})
const sup = (targetId: string, supersedenceType = 'update') => ({
  '@odata.type': '#microsoft.graph.mobileAppSupersedence',
  supersedenceType,
  targetId,
})
const update = (id: string, relationships: unknown, version: 'v1.0' | 'beta' = 'beta', token?: string) =>
  t.graph('POST', version, apps(id, '/updateRelationships'), { relationships }, token)
const relationships = async (id: string) =>
  (await t.graph('GET', 'beta', apps(id, '/relationships'))).json.value as Item[]
const betaApp = async (id: string) => (await t.graph('GET', 'beta', apps(id))).json
const errorMessage = (json: Item) => (json.error as { message: string }).message

/** Win32 apps straight into the state (no Graph writes), for the limit tests. */
function seedWin32(n: number, prefix: string): string[] {
  return Array.from({ length: n }, (_, i) => {
    const app = newApp('beta', 'microsoft.graph.win32LobApp', { displayName: `${prefix} ${i}` })
    t.sim.state.apps.set(app.id, app)
    return app.id
  })
}

test('updateRelationships sets the list; targets see it as parent; counts follow', async () => {
  const [a, b, c] = [await t.win32('App A'), await t.win32('Runtime B'), await t.win32('Old C')]
  expect((await update(a, [dep(b), sup(c, 'replace')])).status).toBe(204)

  const own = await relationships(a)
  expect(own).toEqual([
    {
      '@odata.type': '#microsoft.graph.mobileAppDependency',
      id: `${a}_${b}`,
      targetId: b,
      targetDisplayName: 'Runtime B',
      targetDisplayVersion: '1.0',
      targetPublisher: 'Contoso',
      targetPublisherDisplayName: 'Contoso',
      sourceId: a,
      sourceDisplayName: 'App A',
      sourceDisplayVersion: '1.0',
      sourcePublisherDisplayName: 'Contoso',
      targetType: 'child',
      dependencyType: 'autoInstall',
      dependentAppCount: 0,
      dependsOnAppCount: 0,
    },
    expect.objectContaining({
      '@odata.type': '#microsoft.graph.mobileAppSupersedence',
      targetId: c,
      targetType: 'child',
      supersedenceType: 'replace',
      supersededAppCount: 0,
      supersedingAppCount: 0,
    }),
  ])
  const fromC = await relationships(c)
  expect(fromC).toHaveLength(1)
  expect(fromC[0]).toMatchObject({
    targetId: a,
    targetDisplayName: 'App A',
    sourceId: c,
    targetType: 'parent',
  })
  expect((await relationships(b)).map(r => [r.targetId, r.targetType])).toEqual([[a, 'parent']])

  expect(await betaApp(a)).toMatchObject({
    dependentAppCount: 1,
    supersedingAppCount: 1,
    supersededAppCount: 0,
  })
  expect(await betaApp(c)).toMatchObject({ supersededAppCount: 1, supersedingAppCount: 0 })
  const v1 = await t.graph('GET', 'v1.0', apps(a))
  expect(v1.json).not.toHaveProperty('supersedingAppCount')

  // Read, merge, write: re-posting what was read (with its read-only fields) keeps it; then clear.
  const d = await t.win32('Runtime D')
  const children = own.filter(r => r.targetType === 'child')
  expect((await update(a, [...children, dep(d, 'detect')])).status).toBe(204)
  expect((await relationships(a)).map(r => r.targetId)).toEqual([b, c, d])
  expect((await update(a, [])).status).toBe(204)
  expect(await relationships(a)).toEqual([])
  expect(await relationships(c)).toEqual([])
  expect(await betaApp(c)).toMatchObject({ supersededAppCount: 0 })
})

test('transitive chains are counted on both ends', async () => {
  const [x, y, z] = [await t.win32('X'), await t.win32('Y'), await t.win32('Z')]
  await update(x, [sup(y)])
  await update(y, [sup(z)])
  expect(await betaApp(x)).toMatchObject({ supersedingAppCount: 2 })
  expect(await betaApp(z)).toMatchObject({ supersededAppCount: 2 })
  const [xy] = await relationships(x)
  expect(xy).toMatchObject({ targetId: y, supersededAppCount: 1, supersedingAppCount: 0 })
  // Y's own list holds only Z; X shows up as its parent.
  expect((await relationships(y)).map(r => [r.targetId, r.targetType])).toEqual([
    [z, 'child'],
    [x, 'parent'],
  ])
})

test('cycles are refused, directly and through other apps', async () => {
  const [p, q, r] = [await t.win32('P'), await t.win32('Q'), await t.win32('R')]
  expect((await update(p, [dep(q)])).status).toBe(204)
  const direct = await update(q, [dep(p)])
  expect(direct.status).toBe(400)
  expect(errorMessage(direct.json)).toMatch(/would create a cycle: that app already depends on 'Q'/)
  expect((await update(q, [dep(r)])).status).toBe(204)
  // P -> Q -> R: Q depends on one app; P, and through it nothing else, depends on Q.
  expect((await relationships(p))[0]).toMatchObject({
    targetId: q,
    dependsOnAppCount: 1,
    dependentAppCount: 0,
  })
  expect((await relationships(q))[0]).toMatchObject({
    targetId: r,
    dependsOnAppCount: 0,
    dependentAppCount: 1,
  })
  expect(await betaApp(p)).toMatchObject({ dependentAppCount: 2 })
  const indirect = await update(r, [dep(p)])
  expect(indirect.status).toBe(400)
  expect(errorMessage(indirect.json)).toContain('cycle')
  expect(await relationships(r)).toHaveLength(1) // only Q's dependency on it, as parent
  const supCycle = await t.win32('S')
  await update(supCycle, [sup(p)])
  expect((await update(p, [dep(q), sup(supCycle)])).status).toBe(400)
})

test.each([
  ['itself', (self: string) => [dep(self)], /cannot have a dependency on itself/],
  [
    'an unknown app',
    () => [sup('00000000-0000-4000-8000-0000000000ee')],
    /target app '00000000-0000-4000-8000-0000000000ee' does not exist/,
  ],
  [
    'the same target twice',
    (_s: string, other: string) => [dep(other), sup(other)],
    /appears more than once/,
  ],
  [
    'an unknown dependencyType',
    (_s: string, other: string) => [dep(other, 'always')],
    /Requested value 'always' was not found/,
  ],
  ['no @odata.type', (_s: string, other: string) => [{ targetId: other }], /abstract/],
] as const)('a relationship on %s is 400', async (_name, items, message) => {
  const [self, other] = [await t.win32('Self'), await t.win32('Other')]
  const res = await update(self, items(self, other))
  expect(res.status).toBe(400)
  expect(errorMessage(res.json)).toMatch(message)
})

test('only Win32 apps take part', async () => {
  const win = await t.win32('Win32 source')
  const mac = await t.graph('POST', 'beta', '/deviceAppManagement/mobileApps', {
    '@odata.type': '#microsoft.graph.macOSPkgApp',
    displayName: 'Mac app',
    primaryBundleId: 'com.contoso.mac',
    primaryBundleVersion: '1.0',
    includedApps: [],
  })
  const macId = String(mac.json.id)
  const toMac = await update(win, [dep(macId)])
  expect(toMac.status).toBe(400)
  expect(errorMessage(toMac.json)).toContain('only Win32 apps can be related')
  const fromMac = await update(macId, [dep(win)])
  expect(fromMac.status).toBe(400)
  expect(errorMessage(fromMac.json)).toContain('can only be set on a Win32 app')
})

test("Intune's limits: 100 dependencies and 10 supersedences", async () => {
  const owner = await t.win32('Limits')
  const targets = seedWin32(101, 'Dep')
  expect(
    (
      await update(
        owner,
        targets.slice(0, 100).map(id => dep(id)),
      )
    ).status,
  ).toBe(204)
  const tooMany = await update(
    owner,
    targets.map(id => dep(id)),
  )
  expect(tooMany.status).toBe(400)
  expect(errorMessage(tooMany.json)).toContain('at most 100 dependencies; 101 were sent')
  expect(await relationships(owner)).toHaveLength(100)

  const old = seedWin32(11, 'Old')
  expect(
    (
      await update(
        owner,
        old.slice(0, 10).map(id => sup(id)),
      )
    ).status,
  ).toBe(204)
  const eleven = await update(
    owner,
    old.map(id => sup(id)),
  )
  expect(eleven.status).toBe(400)
  expect(errorMessage(eleven.json)).toContain('at most 10 apps; 11 were sent')
})

test('beta only, a list is required, and writing needs ReadWrite', async () => {
  const [a, b] = [await t.win32('Versioned'), await t.win32('Versioned target')]
  const v1 = await update(a, [dep(b)], 'v1.0')
  expect(v1.status).toBe(400)
  expect(errorMessage(v1.json)).toContain("segment 'updateRelationships'")
  const v1Get = await t.graph('GET', 'v1.0', apps(a, '/relationships'))
  expect(v1Get.status).toBe(400)
  const nullList = await update(a, null)
  expect(nullList.status).toBe(400)
  expect(errorMessage(nullList.json)).toContain('send [] to remove every relationship')
  const readOnly = t.tokens[READ_ONLY_CLIENT.clientId]
  expect((await update(a, [dep(b)], 'beta', readOnly)).status).toBe(403)
  expect((await t.graph('GET', 'beta', apps(a, '/relationships'), undefined, readOnly)).status).toBe(200)
  expect(await relationships(a)).toEqual([])
})
