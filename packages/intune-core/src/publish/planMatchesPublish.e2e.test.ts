/**
 * `plan` must say exactly what `publish` then does: for a new app, an update and an unchanged app, the plan
 * is computed, publish runs, and the simulator's state is compared with the plan.
 */
import { resolve } from 'node:path'
import { startSimulator, type RunningSimulator } from '@intune-publish/sim'
import { publish } from './publish'
import { simConnection } from '../test-support/simConnection'
import { silentLogger } from '../logger'
import type { PublishInputs } from '../api'
import type { PublishPlan } from '../plan/types'

const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures')
const now = new Date('2026-11-22T10:00:00Z')
let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 20 })
})
afterAll(() => sim?.stop())

const app = {
  displayName: 'Plan vs publish',
  description: 'checks the plan',
  publisher: 'Contoso',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\Contoso', name: 'x.txt', check: 'exists' } }],
  categories: ['Business'],
}

function run(pkg: string, assignments: string, extra: Partial<PublishInputs> = {}) {
  const inputs: PublishInputs = {
    connection: simConnection(sim, {
      clientId: sim.connection.clientId,
      clientSecret: sim.connection.clientSecret,
    }),
    packagePath: `${FIXTURES}/intunewin/${pkg}`,
    appTemplate: app,
    assignments,
    ...extra,
  }
  return {
    plan: () => publish({ ...inputs, dryRun: true }, silentLogger, { now }),
    publish: () => publish(inputs, silentLogger, { now }),
  }
}

const writes = () => sim.state.requestLog.filter(r => r.method !== 'GET').length
const targetsOf = (appId: string) =>
  (sim.state.apps.get(appId)?.assignments ?? []).map(a => {
    const t = a.target as { '@odata.type': string; groupId?: string }
    return `${String(a.intent)} ${t['@odata.type'].replace('#microsoft.graph.', '')} ${t.groupId ?? ''}`.trim()
  })

const twoGroups = `
assignments:
  - intent: available
    group: Pilot Users
  - intent: required
    group: IT Department
    settings:
      win32:
        notifications: showReboot
        installTime: { deadline: +3d }
`
const oneGroup = `
mode: replace
assignments:
  - intent: required
    group: IT Department
    settings:
      win32:
        notifications: showReboot
        installTime: { deadline: +3d }
`

test('new app, then an update, then unchanged: each plan matches what publish did', async () => {
  // New app.
  const first = run('msft-1.8.4.0-7zip-tiny.intunewin', twoGroups)
  const before = writes()
  const p1 = (await first.plan()).plan as PublishPlan
  expect(writes()).toBe(before) // a plan writes nothing
  expect(p1.action).toBe('create')
  expect(p1.assignments.added.map(a => a.intent).sort()).toEqual(['available', 'required'])
  expect(p1.categories.added).toEqual(['Business'])
  const r1 = await first.publish()
  expect(r1.status).toBe('created')
  const id = r1.appId as string
  expect(targetsOf(id).sort()).toEqual(
    [
      `available groupAssignmentTarget ${groupId('Pilot Users')}`,
      `required groupAssignmentTarget ${groupId('IT Department')}`,
    ].sort(),
  )
  expect(sim.state.apps.get(id)?.categoryIds).toHaveLength(1)

  // Update: another build of the same app, and a template that drops the pilot assignment (replace mode).
  const second = run('msft-1.8.3.0-basisschrift-subfolder.intunewin', oneGroup)
  const p2 = (await second.plan()).plan as PublishPlan
  expect(p2).toMatchObject({ action: 'newContentVersion', appId: id })
  expect(p2.assignments.removed.map(a => a.intent)).toEqual(['available'])
  expect(p2.package.uploadBytes).toBe(221664)
  const r2 = await second.publish()
  expect(r2).toMatchObject({ status: 'updated', appId: id, contentVersion: '2', bytesUploaded: 221664 })
  expect(targetsOf(id)).toEqual([`required groupAssignmentTarget ${groupId('IT Department')}`])

  // Unchanged: the plan says so, and publish writes nothing at all.
  const p3 = (await second.plan()).plan as PublishPlan
  expect(p3.action).toBe('unchanged')
  const w = writes()
  const r3 = await second.publish()
  expect(r3).toMatchObject({ status: 'unchanged', appId: id, bytesUploaded: 0 })
  expect(writes()).toBe(w)
})

/** Which plan step a write in the simulator's request log belongs to. */
function stepOf(method: string, path: string): string {
  if (method === 'POST' && /\/mobileApps$/.test(path)) return 'createApp'
  if (/\/contentVersions/.test(path)) return 'upload'
  if (method === 'PATCH' && /\/mobileApps\/[^/]+$/.test(path)) return 'patch'
  if (/\/categories/.test(path)) return 'categories'
  if (/\/assignments|\/assign$/.test(path)) return 'assignments'
  if (/updateRelationships/.test(path)) return 'relationships'
  return `${method} ${path}`
}

test("execution walks the plan's steps: the writes come in the plan's order and nothing else is written", async () => {
  const flow = run('msft-1.4.0.0-sample.intunewin', twoGroups, {
    appTemplate: { ...app, displayName: 'Steps walked' },
  })
  const planned = ((await flow.plan()).plan as PublishPlan).steps.map(s => s.kind)
  expect(planned).toEqual(['createApp', 'upload', 'patch', 'waitPublished', 'categories', 'assignments'])
  const at = sim.state.requestLog.length
  const r = await flow.publish()
  expect(r.plan.steps.map(s => s.kind)).toEqual(planned)
  const walked = sim.state.requestLog
    .slice(at)
    .filter(l => l.method !== 'GET' && !l.path.includes('/oauth2/'))
    .map(l => stepOf(l.method, l.path))
    .filter((k, i, all) => k !== all[i - 1])
  // waitPublished only reads.
  expect(walked).toEqual(planned.filter(k => k !== 'waitPublished'))
})

function groupId(name: string): string {
  const g = sim.state.groups.find(x => x.displayName === name)
  if (!g) throw new Error(`no seeded group ${name}`)
  return g.id
}
