import { APPS_ONLY_CLIENT, READ_ONLY_CLIENT, startAssignSim, type AssignSim } from '../test-support/assignSim'

let t: AssignSim
beforeAll(async () => {
  t = await startAssignSim()
})
afterAll(() => t.stop())

const q = (s: string) => encodeURIComponent(s)
type Item = Record<string, unknown>
const values = (json: Item) => json.value as Item[]

test('groups: displayName eq is case-insensitive and $select keeps only the selected fields', async () => {
  const res = await t.graph(
    'GET',
    'v1.0',
    `/groups?$filter=${q("displayName eq 'pilot USERS'")}&$select=id,displayName`,
  )
  expect(res.status).toBe(200)
  expect(values(res.json)).toEqual([
    { id: '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c', displayName: 'Pilot Users' },
  ])

  const dup = await t.graph('GET', 'v1.0', `/groups?$filter=${q("displayName eq 'Duplicate Name'")}`)
  expect(values(dup.json).map(g => g.id)).toEqual([
    'b0a4e035-c7f8-490a-95b6-8192a3b4c5d6',
    'c1b5f146-d809-4a1b-a6c7-92a3b4c5d6e7',
  ])
  expect(values(dup.json)[0]).toMatchObject({ securityEnabled: true, mailEnabled: false })
  const none = await t.graph('GET', 'beta', `/groups?$filter=${q("displayName eq 'No Such Group'")}`)
  expect(values(none.json)).toEqual([])

  t.sim.state.groups.push({ id: 'd0000000-0000-4000-8000-000000000001', displayName: "O'Neil Team" })
  const quoted = await t.graph('GET', 'v1.0', `/groups?$filter=${q("displayName eq 'o''neil team'")}`)
  expect(values(quoted.json).map(g => g.displayName)).toEqual(["O'Neil Team"])
})

test('group by id: 200 with $select, 404 Request_ResourceNotFound when missing, 400 for a non-GUID', async () => {
  const ok = await t.graph(
    'GET',
    'v1.0',
    '/groups/AF93DF24-B6E7-48F9-84A5-708192A3B4C5?$select=id,displayName',
  )
  expect(ok.status).toBe(200)
  expect(ok.json).toMatchObject({ id: 'af93df24-b6e7-48f9-84a5-708192a3b4c5', displayName: 'Empty Group' })
  expect(ok.json).not.toHaveProperty('securityEnabled')

  const missing = await t.graph('GET', 'v1.0', '/groups/00000000-0000-4000-8000-0000000000ff')
  expect(missing.status).toBe(404)
  const err = missing.json.error as { code: string; message: string }
  expect(err.code).toBe('Request_ResourceNotFound')
  expect(err.message).toContain("Resource '00000000-0000-4000-8000-0000000000ff' does not exist")

  const bad = await t.graph('GET', 'v1.0', '/groups/not-a-guid')
  expect(bad.status).toBe(400)
  expect((bad.json.error as { code: string }).code).toBe('Request_BadRequest')
})

test('group members honour $top; the empty group has none; device groups list devices', async () => {
  const pilot = await t.graph(
    'GET',
    'v1.0',
    '/groups/1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c/members?$top=1&$select=id',
  )
  expect(values(pilot.json)).toEqual([
    { '@odata.type': '#microsoft.graph.user', id: 'b2000001-0000-4000-8000-000000000001' },
  ])
  const all = await t.graph('GET', 'v1.0', '/groups/1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c/members')
  expect(values(all.json)).toHaveLength(2)
  const empty = await t.graph('GET', 'v1.0', '/groups/af93df24-b6e7-48f9-84a5-708192a3b4c5/members?$top=1')
  expect(empty.status).toBe(200)
  expect(values(empty.json)).toEqual([])
  const kiosk = await t.graph('GET', 'v1.0', '/groups/9e82ce13-a5d6-47e8-b3f4-6f708192a3b4/members')
  expect(values(kiosk.json).map(m => m['@odata.type'])).toEqual(['#microsoft.graph.device'])
  const gone = await t.graph('GET', 'v1.0', '/groups/00000000-0000-4000-8000-0000000000ff/members')
  expect(gone.status).toBe(404)
})

test('assignment filters are listed on beta with platform; v1.0 has no such segment', async () => {
  const res = await t.graph(
    'GET',
    'beta',
    '/deviceManagement/assignmentFilters?$select=id,displayName,platform',
  )
  expect(res.status).toBe(200)
  const filters = values(res.json)
  expect(filters).toContainEqual({
    '@odata.type': '#microsoft.graph.deviceAndAppManagementAssignmentFilter',
    id: 'd2c60257-e91a-4b2c-b7d8-a3b4c5d6e7f8',
    displayName: 'Windows 11 devices',
    platform: 'windows10AndLater',
  })
  expect(filters.find(f => f.displayName === 'Corporate iPhones')?.platform).toBe('iOS')
  const v1 = await t.graph('GET', 'v1.0', '/deviceManagement/assignmentFilters')
  expect(v1.status).toBe(400)
  expect((v1.json.error as { message: string }).message).toContain("segment 'assignmentFilters'")
})

test.each([
  ["getRoleScopeTagsByResource(resource='MobileApps')"],
  ['getRoleScopeTagsByResource(resource=%27MobileApps%27)'],
])('scope tags through %s with a displayName filter', async fn => {
  const res = await t.graph('GET', 'beta', `/deviceManagement/${fn}?$filter=${q("displayName eq 'europe'")}`)
  expect(res.status).toBe(200)
  expect(values(res.json)).toEqual([
    { id: '1', displayName: 'Europe', description: 'European subsidiaries', isBuiltIn: false },
  ])
  const all = await t.graph('GET', 'beta', `/deviceManagement/${fn}`)
  expect(values(all.json).map(s => s.id)).toEqual(['0', '1'])
})

test('an unknown deviceManagement function is a 400 segment error', async () => {
  const res = await t.graph('GET', 'beta', "/deviceManagement/getRoleScopeTagsById(ids='0')")
  expect(res.status).toBe(400)
  expect((res.json.error as { message: string }).message).toContain('Resource not found for the segment')
})

test.each([
  ['/groups', 'v1.0', 'GroupMember.Read.All, Group.Read.All, Directory.Read.All'],
  ['/groups/1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c/members?$top=1', 'v1.0', 'GroupMember.Read.All'],
  ['/deviceManagement/assignmentFilters', 'beta', 'DeviceManagementConfiguration.Read.All'],
  [
    "/deviceManagement/getRoleScopeTagsByResource(resource='MobileApps')",
    'beta',
    'DeviceManagementRBAC.Read.All',
  ],
] as const)('%s without its permission is 403', async (path, version, scope) => {
  const res = await t.graph('GET', version, path, undefined, t.tokens[APPS_ONLY_CLIENT.clientId])
  expect(res.status).toBe(403)
  expect((res.json.error as { message: string }).message).toContain(scope)
})

test('Group.Read.All is enough for groups', async () => {
  const res = await t.graph('GET', 'v1.0', '/groups?$top=2', undefined, t.tokens[READ_ONLY_CLIENT.clientId])
  expect(res.status).toBe(200)
  expect(values(res.json)).toHaveLength(2)
})
