/**
 * End-to-end against the simulator: a build published into pilot, a promote refused while the simulated
 * devices haven't installed it (with the figures), passing once they have, a dry run that writes
 * nothing, and --force recorded in the notes.
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
import { readRingState } from './ringState'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSim({ devices: { installDelayMs: 60 * 60_000 } })
})
afterAll(() => sim?.stop())

const PKG = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const app = (name: string) => ({
  displayName: name,
  publisher: 'Igor Pavlov',
  installCommandLine: 'powershell -File install.ps1',
  uninstallCommandLine: 'powershell -File uninstall.ps1',
  detection: [{ file: { path: 'C:\\Program Files\\7-Zip', name: '7z.exe', check: 'exists' } }],
})
const rings = {
  rings: [
    { name: 'pilot', assignments: [{ intent: 'required', group: 'Pilot Users' }] },
    {
      name: 'broad',
      after: '+1d',
      gate: { minSuccessRate: 0.9, minInstalled: 2, maxFailed: 0 },
      assignments: [{ intent: 'required', group: 'All Windows Devices' }],
    },
    {
      name: 'everyone',
      replace: true,
      assignments: [
        { intent: 'required', allDevices: true, filter: { name: 'Corporate laptops', mode: 'include' } },
      ],
    },
  ],
}
const DAY = 86_400_000
const t0 = new Date('2026-03-02T08:00:00Z')
const at = (ms: number) => new Date(t0.getTime() + ms)
/** Writes, leaving out the report actions (POST, but reads). */
const writesSince = (n: number) =>
  graphWrites(sim, n).filter(w => !w.path.includes('/deviceManagement/reports/'))
const groupsOf = (appId: string) =>
  (sim.state.apps.get(appId)?.assignments ?? []).map(
    a => (a.target as Record<string, unknown>).groupId ?? a.target,
  )

test('publish into pilot, refused before the gate, promoted once devices installed, then the replace ring', async () => {
  const log = capturingLogger()
  const published = await publish(
    publishInputs(sim, { packagePath: PKG, appTemplate: app('Ring App'), assignments: rings }),
    log,
    { now: t0 },
  )
  const appId = published.appId as string
  expect(readRingState(sim.state.apps.get(appId)?.props.notes as string)).toEqual({
    ring: 'pilot',
    since: t0.toISOString(),
  })
  expect(groupsOf(appId)).toEqual(['1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'])

  // Two days on, but the devices are still installing: the gate holds it back and shows the figures.
  const inputs = { ...publishInputs(sim, {}), assignments: rings, appId }
  const before = sim.state.requestLog.length
  const refused = await promote(inputs, log, { now: at(2 * DAY), report: { attempts: 1 } })
  expect(refused.status).toBe('refused')
  expect(refused.plan.figures).toMatchObject({ installed: 0, pending: 2 })
  expect(refused.refusal).toContain('installed >= 2 (0)')
  expect(refused.plan.assignments.added.map(a => a.target)).toEqual([
    expect.stringContaining('All Windows Devices'),
  ])
  expect(writesSince(before)).toEqual([])

  sim.devices.advance(2 * 60 * 60_000)
  const dry = await promote({ ...inputs, dryRun: true }, log, { now: at(2 * DAY) })
  expect(dry.status).toBe('planned')
  expect(dry.plan.due).toBe(true)
  expect(writesSince(before)).toEqual([])

  const promoted = await promote(inputs, log, { now: at(2 * DAY) })
  expect(promoted.status).toBe('promoted')
  expect(promoted.plan.checks.every(c => c.met)).toBe(true)
  expect(groupsOf(appId)).toEqual([
    '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c',
    '0b9f3b2a-1c4d-4e5f-8a6b-7c8d9e0f1a2b',
  ])
  expect(readRingState(sim.state.apps.get(appId)?.props.notes as string)?.ring).toBe('broad')

  // The last ring replaces the earlier targets with one filtered "all devices" assignment.
  const last = await promote(inputs, log, { now: at(3 * DAY) })
  expect(last.status).toBe('promoted')
  expect(last.plan.assignments.removed).toHaveLength(2)
  const assignments = sim.state.apps.get(appId)?.assignments ?? []
  expect(assignments).toHaveLength(1)
  expect((assignments[0].target as Record<string, unknown>)['@odata.type']).toBe(
    '#microsoft.graph.allDevicesAssignmentTarget',
  )
  const again = await promote(inputs, log, { now: at(4 * DAY) })
  expect(again.status).toBe('unchanged')
})

test('after is checked before the gate; --force moves on and is recorded', async () => {
  const log = capturingLogger()
  const published = await publish(
    publishInputs(sim, { packagePath: PKG, appTemplate: app('Forced App'), assignments: rings }),
    log,
    { now: t0 },
  )
  const inputs = { ...publishInputs(sim, {}), assignments: rings, appId: published.appId as string }
  const early = await promote(inputs, log, { now: at(DAY / 2), report: { attempts: 1 } })
  expect(early.status).toBe('refused')
  expect(early.plan.checks[0]).toMatchObject({ rule: 'after +1d in pilot', met: false })

  const forced = await promote({ ...inputs, force: true }, log, { now: at(DAY / 2), report: { attempts: 1 } })
  expect(forced.status).toBe('promoted')
  const state = readRingState(sim.state.apps.get(inputs.appId)?.props.notes as string)
  expect(state?.ring).toBe('broad')
  expect(state?.forced).toContain('after +1d in pilot')
})

test('a report still being computed is "not ready", never zero installs', async () => {
  const log = capturingLogger()
  const published = await publish(
    publishInputs(sim, { packagePath: PKG, appTemplate: app('Lagging App'), assignments: rings }),
    log,
    { now: t0 },
  )
  sim.devices.configure({ reportDelayMs: 60 * 60_000 })
  try {
    const inputs = { ...publishInputs(sim, {}), assignments: rings, appId: published.appId as string }
    const r = await promote(inputs, log, {
      now: at(2 * DAY),
      report: { attempts: 2, sleep: async () => undefined },
    })
    expect(r.status).toBe('refused')
    expect(r.refusal).toMatch(/no report for the app yet/)
  } finally {
    sim.devices.configure({ reportDelayMs: 0 })
  }
})
