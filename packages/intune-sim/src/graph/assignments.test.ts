import { APPS_ONLY_CLIENT, READ_ONLY_CLIENT, startAssignSim, type AssignSim } from '../test-support/assignSim'

let t: AssignSim
beforeAll(async () => {
  t = await startAssignSim()
})
afterAll(() => t.stop())

type Item = Record<string, unknown>
const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'
const IT = '8d71bd02-94c5-46d7-a2e3-5e6f708192a3'
const WIN11 = 'd2c60257-e91a-4b2c-b7d8-a3b4c5d6e7f8'
const ALL_DEVICES = 'adadadad-808e-44e2-905a-0b7873a8a531'
const apps = (id: string, rest = '') => `/deviceAppManagement/mobileApps/${id}${rest}`
const group = (groupId: string, intent = 'required', extra: Item = {}) => ({
  '@odata.type': '#microsoft.graph.mobileAppAssignment',
  intent,
  target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId, ...extra },
  settings: null,
})
const errorMessage = (json: Item) => (json.error as { message: string }).message
const list = async (id: string, version: 'v1.0' | 'beta' = 'beta') =>
  (await t.graph('GET', version, apps(id, '/assignments'))).json.value as Item[]

test("assign before the app is published is Intune's 400, and nothing changes", async () => {
  const id = await t.win32('Not yet published', false)
  const res = await t.graph('POST', 'v1.0', apps(id, '/assign'), { mobileAppAssignments: [group(PILOT)] })
  expect(res.status).toBe(400)
  const inner = JSON.parse(errorMessage(res.json)) as { Message: string }
  expect(inner.Message).toMatch(/^Invalid operation: app's PublishingState is not 'Published' - /)
  expect(await list(id)).toEqual([])
})

test('assign replaces the whole set; beta shows filters and source, v1.0 projects them away', async () => {
  const id = await t.win32('Replace all')
  const first = await t.graph('POST', 'beta', apps(id, '/assign'), {
    mobileAppAssignments: [
      group(PILOT, 'required', {
        deviceAndAppManagementAssignmentFilterId: WIN11,
        deviceAndAppManagementAssignmentFilterType: 'include',
      }),
      {
        '@odata.type': '#microsoft.graph.mobileAppAssignment',
        intent: 'available',
        target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' },
        settings: {
          '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
          notifications: 'showReboot',
          deliveryOptimizationPriority: 'foreground',
          installTimeSettings: null,
          restartSettings: null,
          autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
        },
      },
    ],
  })
  expect(first.status).toBe(204)
  const beta = await list(id)
  expect(beta).toEqual([
    {
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      id: `${PILOT}_1_0`,
      intent: 'required',
      source: 'direct',
      sourceId: null,
      target: {
        '@odata.type': '#microsoft.graph.groupAssignmentTarget',
        groupId: PILOT,
        deviceAndAppManagementAssignmentFilterId: WIN11,
        deviceAndAppManagementAssignmentFilterType: 'include',
      },
      settings: null,
    },
    expect.objectContaining({
      id: `${ALL_DEVICES}_0_0`,
      intent: 'available',
      target: {
        '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
        deviceAndAppManagementAssignmentFilterId: null,
        deviceAndAppManagementAssignmentFilterType: 'none',
      },
    }),
  ])
  expect((beta[1].settings as Item).autoUpdateSettings).toEqual({ autoUpdateSupersededAppsState: 'enabled' })
  const v1 = await list(id, 'v1.0')
  expect(v1[0]).toEqual({
    '@odata.type': '#microsoft.graph.mobileAppAssignment',
    id: `${PILOT}_1_0`,
    intent: 'required',
    target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: PILOT },
    settings: null,
  })
  expect((await t.graph('GET', 'beta', apps(id))).json.isAssigned).toBe(true)

  const second = await t.graph('POST', 'v1.0', apps(id, '/assign'), {
    mobileAppAssignments: [group(IT, 'available')],
  })
  expect(second.status).toBe(204)
  expect((await list(id)).map(a => a.id)).toEqual([`${IT}_0_0`])

  expect((await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: [] })).status).toBe(204)
  expect(await list(id)).toEqual([])
  expect((await t.graph('GET', 'beta', apps(id))).json.isAssigned).toBe(false)
})

test('a repeated target keeps the first entry; include and exclusion of one group are two targets', async () => {
  const id = await t.win32('Duplicates')
  const res = await t.graph('POST', 'beta', apps(id, '/assign'), {
    mobileAppAssignments: [
      group(PILOT, 'required'),
      group(PILOT, 'available', {
        deviceAndAppManagementAssignmentFilterId: WIN11,
        deviceAndAppManagementAssignmentFilterType: 'include',
      }),
      {
        intent: 'required',
        target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: PILOT },
      },
    ],
  })
  expect(res.status).toBe(204)
  const items = await list(id)
  expect(
    items.map(a => [a.id, a.intent, (a.target as Item).deviceAndAppManagementAssignmentFilterType]),
  ).toEqual([
    [`${PILOT}_1_0`, 'required', 'none'],
    [`${PILOT}_1_1`, 'required', 'none'],
  ])
})

test('re-posting what was read (with read-only source/sourceId) merges cleanly', async () => {
  const id = await t.win32('Merge')
  await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: [group(PILOT)] })
  const current = await list(id)
  const res = await t.graph('POST', 'beta', apps(id, '/assign'), {
    mobileAppAssignments: [...current, group(IT, 'available')],
  })
  expect(res.status).toBe(204)
  expect((await list(id)).map(a => a.id)).toEqual([`${PILOT}_1_0`, `${IT}_0_0`])
})

test.each([
  [
    'a filter on v1.0',
    'v1.0',
    group(PILOT, 'required', { deviceAndAppManagementAssignmentFilterType: 'include' }),
    /property 'deviceAndAppManagementAssignmentFilterType' does not exist/,
  ],
  ['an unknown intent', 'beta', group(PILOT, 'mandatory'), /Requested value 'mandatory' was not found/],
  ['an abstract target', 'beta', { intent: 'required', target: { groupId: PILOT } }, /abstract/],
  [
    'a group that does not exist',
    'beta',
    group('00000000-0000-4000-8000-0000000000ff'),
    /group '00000000-0000-4000-8000-0000000000ff' .*does not exist/,
  ],
  [
    'an unknown filter',
    'beta',
    group(PILOT, 'required', {
      deviceAndAppManagementAssignmentFilterId: '00000000-0000-4000-8000-0000000000aa',
      deviceAndAppManagementAssignmentFilterType: 'exclude',
    }),
    /assignment filter '00000000-0000-4000-8000-0000000000aa' does not exist/,
  ],
  [
    'a filter type without id',
    'beta',
    group(PILOT, 'required', { deviceAndAppManagementAssignmentFilterType: 'include' }),
    /needs a filter id/,
  ],
  [
    'a filter on an exclusion',
    'beta',
    {
      intent: 'required',
      target: {
        '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget',
        groupId: PILOT,
        deviceAndAppManagementAssignmentFilterId: WIN11,
        deviceAndAppManagementAssignmentFilterType: 'include',
      },
    },
    /exclusion group target cannot take an assignment filter/,
  ],
] as const)('assign with %s is 400 and keeps the current set', async (_name, version, item, message) => {
  const id = await t.win32(`Bad ${_name}`)
  await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: [group(IT)] })
  const res = await t.graph('POST', version, apps(id, '/assign'), { mobileAppAssignments: [item] })
  expect(res.status).toBe(400)
  expect(errorMessage(res.json)).toMatch(message)
  expect((await list(id)).map(a => a.id)).toEqual([`${IT}_1_0`])
})

test('assign without a list is 400 (an empty list must be sent as [])', async () => {
  const id = await t.win32('Null list')
  const res = await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: null })
  expect(res.status).toBe(400)
  expect(errorMessage(res.json)).toContain('send [] to remove every assignment')
})

test('single create is 201 and additive; a second one for the same target is 400; get and delete by id', async () => {
  const id = await t.win32('Single create')
  await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: [group(PILOT)] })
  const created = await t.graph('POST', 'beta', apps(id, '/assignments'), {
    '@odata.type': '#microsoft.graph.mobileAppAssignment',
    intent: 'available',
    source: 'direct',
    target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
  })
  expect(created.status).toBe(201)
  const newId = 'acacacac-9df4-4c7d-9d50-4ef0226f57a9_0_0'
  expect(created.json).toMatchObject({ id: newId, intent: 'available', source: 'direct' })
  expect(created.headers.location).toBe(`${t.sim.graphUrl}/beta${apps(id, `/assignments/${newId}`)}`)
  expect((await list(id)).map(a => a.id)).toEqual([`${PILOT}_1_0`, newId])

  const again = await t.graph('POST', 'beta', apps(id, '/assignments'), group(PILOT, 'available'))
  expect(again.status).toBe(400)
  expect(errorMessage(again.json)).toContain('already has an assignment for this target')

  const one = await t.graph('GET', 'v1.0', apps(id, `/assignments/${newId}`))
  expect(one.json).toMatchObject({
    id: newId,
    target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
  })
  expect(one.json).not.toHaveProperty('source')
  expect((await t.graph('DELETE', 'beta', apps(id, `/assignments/${newId}`))).status).toBe(204)
  expect((await t.graph('GET', 'beta', apps(id, `/assignments/${newId}`))).status).toBe(404)

  const unpublished = await t.win32('Single create unpublished', false)
  const early = await t.graph('POST', 'beta', apps(unpublished, '/assignments'), group(PILOT))
  expect(early.status).toBe(400)
  expect(errorMessage(early.json)).toContain("PublishingState is not 'Published'")
})

test('permissions: reading needs DeviceManagementApps.Read.All, assigning needs ReadWrite.All', async () => {
  const id = await t.win32('Permissions')
  const readOnly = t.tokens[READ_ONLY_CLIENT.clientId]
  expect((await t.graph('GET', 'beta', apps(id, '/assignments'), undefined, readOnly)).status).toBe(200)
  const denied = await t.graph('POST', 'beta', apps(id, '/assign'), { mobileAppAssignments: [] }, readOnly)
  expect(denied.status).toBe(403)
  expect(errorMessage(denied.json)).toContain(
    'one of the following scopes: DeviceManagementApps.ReadWrite.All',
  )
  const create = await t.graph('POST', 'beta', apps(id, '/assignments'), group(PILOT), readOnly)
  expect(create.status).toBe(403)
  const appsOnly = await t.graph(
    'POST',
    'beta',
    apps(id, '/assign'),
    { mobileAppAssignments: [group(PILOT)] },
    t.tokens[APPS_ONLY_CLIENT.clientId],
  )
  expect(appsOnly.status).toBe(204)
})

test('assign counts against the write budget (429 with Retry-After once it is spent)', async () => {
  const small = await startAssignSim({ budget: { writesPer20s: 2 } })
  try {
    const id = await small.win32('Budget') // write 1
    const body = { mobileAppAssignments: [group(PILOT)] }
    expect((await small.graph('POST', 'beta', apps(id, '/assign'), body)).status).toBe(204) // write 2
    expect((await small.graph('GET', 'beta', apps(id, '/assignments'))).status).toBe(200)
    const throttled = await small.graph('POST', 'beta', apps(id, '/assign'), body)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0)
  } finally {
    await small.stop()
  }
})
