/**
 * The assignment race (reliability review F1): an admin adds or edits an assignment after the plan was
 * read and before our write. The simulator's request hook plays the admin at the worst moment: inside our
 * first assignment write, after every read we make.
 */
import { silentLogger } from '../logger'
import { loadAssignmentTemplate } from '../templates/assignmentTemplate'
import { applyAssignments, readAssignments } from './applyAssignments'
import { directoryNeeds } from './directoryNeeds'
import { planAssignments } from './planAssignments'
import { resolveDirectory } from './resolveDirectory'
import type { GraphAssignment } from './shared'
import { type SimGraph, startSimGraph } from './test-support/simGraph'

const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'
const FINANCE = '2d1b5d4c-3e6f-4071-8c8d-9e0f1a2b3c4d'
const KIOSK = '9e82ce13-a5d6-47e8-b3f4-6f708192a3b4'
const NOW = new Date('2025-06-02T09:00:00Z')

let env: SimGraph
beforeAll(async () => {
  env = await startSimGraph()
})
afterAll(() => env?.stop())

const group = (intent: string, groupId: string) => ({
  '@odata.type': '#microsoft.graph.mobileAppAssignment',
  intent,
  target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId },
  settings: null,
})

async function planFor(appId: string, doc: Record<string, unknown>) {
  const template = await loadAssignmentTemplate(doc)
  const resolved = await resolveDirectory(env.graph, directoryNeeds(template), silentLogger)
  return planAssignments({
    current: await readAssignments(env.graph, appId),
    template,
    appType: 'win32LobApp',
    resolved,
    now: NOW,
  })
}

const summary = (list: GraphAssignment[]) => list.map(a => `${a.intent}:${String(a.target.groupId)}`).sort()

/** An assignment made through Graph, as an admin in the portal would. */
const assignNow = (appId: string, intent: string, groupId: string) =>
  env.graph.post(`/deviceAppManagement/mobileApps/${appId}/assignments`, group(intent, groupId), {
    version: 'beta',
  })

/** The admin's assignment, made once, inside our first assignment write to `appId`. Returns whether it ran. */
function adminAssignsDuringOurWrite(appId: string, intent: string, groupId: string): () => boolean {
  let done = false
  adminActsBeforeOurWrite(appId, async () => {
    if (done) return
    done = true
    await assignNow(appId, intent, groupId)
  })
  return () => done
}

/** Makes `admin` run inside the simulator just before our first assignment write to `appId`. */
function adminActsBeforeOurWrite(appId: string, admin: () => Promise<unknown>) {
  env.sim.hooks.before(
    { method: 'POST', path: new RegExp(`/mobileApps/${appId}/assign(ments)?$`, 'i') },
    async () => void (await admin()),
  )
  env.sim.hooks.before(
    { method: 'DELETE', path: new RegExp(`/mobileApps/${appId}/assignments/`, 'i') },
    async () => void (await admin()),
  )
}

describe('a foreign assignment made between plan and write survives (merge mode)', () => {
  afterEach(() => env.sim.hooks.clear())

  test('an admin adds Finance=required while we add Kiosk', async () => {
    const appId = await env.newApp()
    await assignNow(appId, 'available', PILOT)
    const plan = await planFor(appId, { assignments: [{ intent: 'available', groupId: KIOSK }] })
    const adminWrote = adminAssignsDuringOurWrite(appId, 'required', FINANCE)
    expect(await applyAssignments(env.graph, appId, plan, { deadlineMs: 20_000 })).toBe(true)
    expect(adminWrote()).toBe(true)
    expect(summary(await readAssignments(env.graph, appId))).toEqual(
      [`available:${PILOT}`, `available:${KIOSK}`, `required:${FINANCE}`].sort(),
    )
  })

  test('an admin adds Finance while we change Pilot from available to required', async () => {
    const appId = await env.newApp()
    await assignNow(appId, 'available', PILOT)
    const plan = await planFor(appId, { assignments: [{ intent: 'required', groupId: PILOT }] })
    expect(plan.changes.changed).toHaveLength(1)
    const adminWrote = adminAssignsDuringOurWrite(appId, 'uninstall', FINANCE)
    await applyAssignments(env.graph, appId, plan, { deadlineMs: 20_000 })
    expect(adminWrote()).toBe(true)
    expect(summary(await readAssignments(env.graph, appId))).toEqual(
      [`required:${PILOT}`, `uninstall:${FINANCE}`].sort(),
    )
  })

  test('an admin takes our target first: the write reads again and keeps the settings it does not manage', async () => {
    const appId = await env.newApp()
    const plan = await planFor(appId, { assignments: [{ intent: 'available', groupId: KIOSK }] })
    expect(plan.changes.added).toHaveLength(1)
    // After our plan, an admin assigns Kiosk as required: our add would now collide.
    await assignNow(appId, 'required', KIOSK)
    await applyAssignments(env.graph, appId, plan, { deadlineMs: 20_000 })
    // The template manages Kiosk, so its intent wins; nothing else was created or removed.
    expect(summary(await readAssignments(env.graph, appId))).toEqual([`available:${KIOSK}`])
  })

  test('assign (replace-all) is never called', async () => {
    const appId = await env.newApp()
    const plan = await planFor(appId, { assignments: [{ intent: 'available', groupId: FINANCE }] })
    let assignCalls = 0
    env.sim.hooks.before({ method: 'POST', path: /\/assign$/, once: false }, () => void assignCalls++)
    await applyAssignments(env.graph, appId, plan, { deadlineMs: 20_000 })
    expect(assignCalls).toBe(0)
    expect(summary(await readAssignments(env.graph, appId))).toEqual([`available:${FINANCE}`])
  })
})
