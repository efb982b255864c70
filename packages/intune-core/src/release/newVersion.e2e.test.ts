/**
 * new-app-per-version against the simulator: four versions with retain 2 (each superseding the previous,
 * the rings' assignments moving to the newest, the oldest deleted once it has none left and is beyond
 * retain), dry runs that write nothing, and a rollback.
 */
import type { RunningSimulator } from '@intune-publish/sim'
import { publish } from '../publish/publish'
import {
  capturingLogger,
  fixture,
  graphWrites,
  publishInputs,
  startTestSim,
} from '../test-support/publishHarness'
import { promote } from './promote'
import { rollback, UPDATE_IN_PLACE_ROLLBACK } from './rollback'

jest.setTimeout(300_000)
let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSim()
})
afterAll(() => sim?.stop())

const PKG = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'
const WINDOWS = '0b9f3b2a-1c4d-4e5f-8a6b-7c8d9e0f1a2b'
const template = {
  strategy: 'new-app-per-version',
  retain: 2,
  rings: [
    { name: 'pilot', assignments: [{ intent: 'required', group: 'Pilot Users' }] },
    {
      name: 'broad',
      gate: { minInstalled: 100 },
      assignments: [{ intent: 'required', group: 'All Windows Devices' }],
    },
  ],
}
const app = (version: string) => ({
  displayName: 'Agent',
  displayVersion: version,
  publisher: 'Contoso',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\Program Files\\Agent', name: 'agent.exe', check: 'exists' } }],
})
const byName = (name: string) => [...sim.state.apps.values()].find(a => a.props.displayName === name)
const groups = (name: string) =>
  (byName(name)?.assignments ?? []).map(a => String((a.target as Record<string, unknown>).groupId)).sort()
const writesSince = (n: number) =>
  graphWrites(sim, n).filter(w => !w.path.includes('/deviceManagement/reports/'))
const log = capturingLogger()

async function release(version: string, dryRun = false) {
  return publish(
    publishInputs(sim, { packagePath: PKG, appTemplate: app(version), assignments: template, dryRun }),
    log,
  )
}
async function promoteToBroad(version: string) {
  const appId = byName(`Agent ${version}`)?.id as string
  const r = await promote({ ...publishInputs(sim, {}), assignments: template, appId, force: true }, log)
  expect(r.status).toBe('promoted')
}

test('four versions with retain 2: supersedence, assignments move to the newest, the oldest deleted', async () => {
  await release('1.0.0')
  await promoteToBroad('1.0.0')
  expect(groups('Agent 1.0.0')).toEqual([WINDOWS, PILOT].sort())

  const v2 = await release('1.0.1')
  expect(v2.status).toBe('created')
  expect(v2.releaseSteps).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Agent 1.0.1 supersedes Agent 1.0.0 \(\S+\), type update$/),
      expect.stringMatching(/^move required group "Pilot Users" .* off Agent 1.0.0/),
    ]),
  )
  expect(groups('Agent 1.0.1')).toEqual([PILOT])
  expect(groups('Agent 1.0.0')).toEqual([WINDOWS])
  const rel = byName('Agent 1.0.1')?.relationships ?? []
  expect(rel).toEqual([
    expect.objectContaining({ targetId: byName('Agent 1.0.0')?.id, supersedenceType: 'update' }),
  ])
  await promoteToBroad('1.0.1') // broad moves off 1.0.0, which is left with nothing
  expect(groups('Agent 1.0.0')).toEqual([])

  await release('1.0.2')
  expect(byName('Agent 1.0.0')).toBeDefined() // still within retain 2

  const before = sim.state.requestLog.length
  const dry = await release('1.0.3', true)
  expect(dry.status).toBe('planned')
  expect(dry.releaseSteps).toContainEqual(expect.stringMatching(/^delete Agent 1.0.0 .*no assignments left/))
  expect(writesSince(before)).toEqual([])

  await release('1.0.3')
  expect(byName('Agent 1.0.0')).toBeUndefined()
  expect(byName('Agent 1.0.1')).toBeDefined() // beyond retain? no: 1.0.2 and 1.0.1 are the two kept
  expect(groups('Agent 1.0.3')).toEqual([PILOT])
  expect(groups('Agent 1.0.2')).toEqual([])
  expect(groups('Agent 1.0.1')).toEqual([WINDOWS])
  expect(byName('Agent 1.0.1')?.relationships).toEqual([])
})

test('rollback moves the assignments back and removes the supersedence, planned first', async () => {
  const inputs = { ...publishInputs(sim, {}), assignments: template, appTemplate: app('x') }
  const before = sim.state.requestLog.length
  const dry = await rollback({ ...inputs, dryRun: true }, log)
  expect(dry.status).toBe('planned')
  expect(dry.plan).toMatchObject({
    from: { name: 'Agent 1.0.3' },
    to: { name: 'Agent 1.0.2' },
    removeSupersedence: true,
  })
  expect(writesSince(before)).toEqual([])

  const done = await rollback(inputs, log)
  expect(done.status).toBe('rolledBack')
  expect(groups('Agent 1.0.2')).toEqual([PILOT])
  expect(groups('Agent 1.0.3')).toEqual([])
  expect(byName('Agent 1.0.3')?.relationships).toEqual([])
  expect(String(byName('Agent 1.0.3')?.props.notes)).toMatch(/rolledBack: /)
  expect(String(byName('Agent 1.0.2')?.props.notes)).toMatch(/ring: pilot/)

  // The next version supersedes 1.0.2, not the rolled-back 1.0.3.
  const next = await release('1.0.4')
  expect(next.releaseSteps).toContainEqual(expect.stringMatching(/^Agent 1.0.4 supersedes Agent 1.0.2 /))
})

test('with strategy update, rollback says plainly what Intune allows', async () => {
  const inputs = {
    ...publishInputs(sim, {}),
    assignments: { ...template, strategy: 'update' },
    appTemplate: app('x'),
  }
  await expect(rollback(inputs, log)).rejects.toThrow(UPDATE_IN_PLACE_ROLLBACK)
})

test('an assignment an admin adds to the older version while the new one uploads survives the move', async () => {
  const racer = (version: string) => ({ ...app(version), displayName: 'Racer' })
  const publishRacer = (version: string) =>
    publish(publishInputs(sim, { packagePath: PKG, appTemplate: racer(version), assignments: template }), log)
  await publishRacer('1.0')
  const older = byName('Racer 1.0')
  if (!older) throw new Error('no Racer 1.0')
  const finance = sim.state.groups.find(g => g.displayName !== 'Pilot Users' && g.id !== WINDOWS)
    ?.id as string
  // The plan for 1.1 was made (it read 1.0's assignments); while 1.1 uploads, an admin assigns 1.0 elsewhere.
  sim.hooks.before({ method: 'POST', path: /\/contentVersions$/ }, () => {
    older.assignments.push({
      id: '5e0d3c1b-6a2f-4b7e-9c8d-1f2e3a4b5c6d',
      intent: 'available',
      target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: finance },
      settings: null,
    })
  })
  try {
    const r = await publishRacer('1.1')
    expect(r.releaseSteps).toContainEqual(
      expect.stringMatching(/^move required group "Pilot Users" .* off Racer 1.0/),
    )
  } finally {
    sim.hooks.clear()
  }
  expect(groups('Racer 1.1')).toEqual([PILOT])
  // Only the moving pilot assignment left 1.0; the admin's is still there (an `assign` of the planned set would have wiped it).
  expect(groups('Racer 1.0')).toEqual([finance])
})
