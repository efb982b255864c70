import { startAssignSim, READ_ONLY_CLIENT, type AssignSim } from '../test-support/assignSim'

const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c' // Pilot Users: 2 user members
const WINDOWS = '0b9f3b2a-1c4d-4e5f-8a6b-7c8d9e0f1a2b' // All Windows Devices: 2 device members
const KIOSK = '9e82ce13-a5d6-47e8-b3f4-6f708192a3b4'
const OVERVIEW = '/deviceManagement/reports/getAppStatusOverviewReport'
const DEVICES = '/deviceManagement/reports/getDeviceInstallStatusReport'

let s: AssignSim
beforeAll(async () => {
  s = await startAssignSim({ devices: { installDelayMs: 60_000 } })
})
afterAll(() => s.stop())

const group = (groupId: string, intent = 'required') => ({
  '@odata.type': '#microsoft.graph.mobileAppAssignment',
  intent,
  target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId },
})

async function overview(appId: string): Promise<Record<string, number>> {
  const res = await s.graph('POST', 'beta', OVERVIEW, { filter: `(ApplicationId eq '${appId}')` })
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('application/octet-stream')
  const table = JSON.parse(res.text) as { Schema: { Column: string }[]; Values: unknown[][] }
  if (table.Values.length === 0) return {}
  return Object.fromEntries(table.Schema.map((c, i) => [c.Column, table.Values[0][i] as number]))
}

test('assigned devices go from pending to installed on the fleet clock', async () => {
  const appId = await s.win32('Report App')
  const assigned = await s.graph('POST', 'beta', `/deviceAppManagement/mobileApps/${appId}/assign`, {
    mobileAppAssignments: [group(PILOT), group(WINDOWS)],
  })
  expect(assigned.status).toBe(204)
  expect(await overview(appId)).toMatchObject({
    ApplicationId: appId,
    PendingInstallDeviceCount: 4,
    InstalledDeviceCount: 0,
  })
  s.sim.devices.advance(2 * 60_000)
  expect(await overview(appId)).toMatchObject({ PendingInstallDeviceCount: 0, InstalledDeviceCount: 4 })
})

test('a failing device and an exclusion show in both reports', async () => {
  const appId = await s.win32('Failing App')
  s.sim.devices.configure({ failDevices: ['a1000001-0000-4000-8000-000000000001'] })
  await s.graph('POST', 'beta', `/deviceAppManagement/mobileApps/${appId}/assign`, {
    mobileAppAssignments: [
      group(WINDOWS),
      group(KIOSK),
      {
        ...group(KIOSK),
        target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: KIOSK },
      },
    ],
  })
  s.sim.devices.advance(2 * 60_000)
  expect(await overview(appId)).toMatchObject({ FailedDeviceCount: 1, InstalledDeviceCount: 1 })
  const rows = await s.graph('POST', 'beta', DEVICES, {
    filter: `(ApplicationId eq '${appId}')`,
    select: ['DeviceId', 'InstallState', 'HexErrorCode'],
  })
  const table = JSON.parse(rows.text) as { TotalRowCount: number; Values: string[][] }
  expect(table.TotalRowCount).toBe(2)
  expect(table.Values).toContainEqual(['a1000001-0000-4000-8000-000000000001', 'failed', '0x87D1041C'])
  s.sim.devices.configure({ failDevices: [] })
})

test('a report still being computed has no row; an unknown filter is refused', async () => {
  s.sim.devices.configure({ reportDelayMs: 30_000, installDelayMs: 60 * 60_000 })
  const appId = await s.win32('Fresh App')
  await s.graph('POST', 'beta', `/deviceAppManagement/mobileApps/${appId}/assign`, {
    mobileAppAssignments: [group(PILOT)],
  })
  expect(await overview(appId)).toEqual({})
  s.sim.devices.advance(31_000)
  expect(await overview(appId)).toMatchObject({ PendingInstallDeviceCount: 2 })
  s.sim.devices.configure({ reportDelayMs: 0, installDelayMs: 60_000 })
  const bad = await s.graph('POST', 'beta', OVERVIEW, { filter: "displayName eq 'x'" })
  expect(bad.status).toBe(400)
})

test('a read-only client may read the reports; no token, no report', async () => {
  const appId = await s.win32('Perm App')
  const res = await s.graph(
    'POST',
    'beta',
    OVERVIEW,
    { filter: `(ApplicationId eq '${appId}')` },
    s.tokens[READ_ONLY_CLIENT.clientId],
  )
  expect(res.status).toBe(200)
  const none = await s.graph('POST', 'beta', OVERVIEW, { filter: `(ApplicationId eq '${appId}')` }, 'bogus')
  expect(none.status).toBe(401)
})
