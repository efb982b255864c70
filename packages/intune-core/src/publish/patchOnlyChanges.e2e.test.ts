/**
 * A publish PATCHes only what its plan says changes (fidelity items 1, 3, 4): what an admin edited in the
 * portal survives an update, the icon is re-sent (a PATCH without it removes it), and the PATCH body is the
 * plan's metadata diff plus the commit and the notes. The simulator refuses MSIX identity properties and
 * iOS appleDeviceAppDeliveryProtocolType in a PATCH, so the updates below fail if we send them.
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

function inputs(pkg: string, appTemplate: Record<string, unknown>): PublishInputs {
  return {
    connection: simConnection(sim, {
      clientId: sim.connection.clientId,
      clientSecret: sim.connection.clientSecret,
    }),
    packagePath: `${FIXTURES}/${pkg}`,
    appTemplate,
  }
}

/** Captures the body of every app PATCH the simulator receives. */
function capturePatches(): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = []
  sim.hooks.before({ method: 'PATCH', path: /\/mobileApps\/[^/]+$/, once: false }, ctx => {
    seen.push(ctx.body as Record<string, unknown>)
  })
  return seen
}

const win32 = {
  displayName: 'Patch only changes',
  publisher: 'Contoso',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\Contoso', name: 'x.txt', check: 'exists' } }],
}
const icon = { '@odata.type': '#microsoft.graph.mimeContent', type: 'image/png', value: 'iVBORw0KGgo=' }

test('an update keeps portal edits and the icon; its PATCH is the plan diff, commit and notes', async () => {
  const first = await publish(
    inputs('intunewin/msft-1.8.4.0-7zip-tiny.intunewin', { ...win32, description: 'one' }),
    silentLogger,
    { now },
  )
  const id = first.appId as string
  const app = sim.state.apps.get(id)
  if (!app) throw new Error('no app')
  // The admin features the app and sets an icon in the portal.
  app.props.isFeatured = true
  app.props.largeIcon = icon

  const patches = capturePatches()
  const second = await publish(
    inputs('intunewin/msft-1.8.3.0-basisschrift-subfolder.intunewin', { ...win32, description: 'two' }),
    silentLogger,
    { now },
  )
  sim.hooks.clear()
  expect(second).toMatchObject({ status: 'updated', appId: id })
  const plan = second.plan as PublishPlan
  expect(plan.metadataChanges.map(c => c.field)).toEqual(['description'])
  expect(patches).toHaveLength(1)
  expect(Object.keys(patches[0]).sort()).toEqual(
    ['@odata.type', 'committedContentVersion', 'description', 'largeIcon', 'notes'].sort(),
  )
  expect(patches[0].description).toBe('two')
  // The PATCH is the plan's patch step by construction: its fields, and the icon it says it re-sends.
  const step = plan.steps.find(s => s.kind === 'patch')
  expect(step).toEqual({
    kind: 'patch',
    fields: ['@odata.type', 'notes', 'committedContentVersion', 'description'],
    reSendsIcon: true,
  })
  expect(Object.keys(patches[0]).sort()).toEqual(
    [...(step?.kind === 'patch' ? step.fields : []), 'largeIcon'].sort(),
  )
  expect(app.props).toMatchObject({ isFeatured: true, largeIcon: icon, description: 'two' })
})

test('a new app: the commit PATCH carries no metadata (it went with the create)', async () => {
  const patches = capturePatches()
  const r = await publish(
    inputs('intunewin/msft-1.4.0.0-sample.intunewin', {
      ...win32,
      displayName: 'Fresh app',
      description: 'x',
    }),
    silentLogger,
    { now },
  )
  sim.hooks.clear()
  expect(r.status).toBe('created')
  expect(patches.map(p => Object.keys(p).sort())).toEqual([
    ['@odata.type', 'committedContentVersion', 'notes'],
  ])
})

test('MSIX and iOS updates send no property Intune fixes at creation', async () => {
  const patches = capturePatches()
  for (const [pkg, extra] of [
    ['msix/msixpkg-HelloWorld.appx', {}],
    ['ipa/fastlane-very-capable-app.ipa', { allowExpiredProvisioningProfile: true }],
  ] as const) {
    const tpl = { displayName: `Fixed ${pkg}`, publisher: 'Contoso' }
    const a = await publish(inputs(pkg, { ...tpl, description: 'v1' }), silentLogger, { now, ...extra })
    expect(a.status).toBe('created')
    const b = await publish(inputs(pkg, { ...tpl, description: 'v2' }), silentLogger, { now, ...extra })
    expect(b).toMatchObject({ status: 'updated', appId: a.appId })
  }
  sim.hooks.clear()
  const sent = patches.flatMap(p => Object.keys(p))
  for (const fixed of [
    'identityName',
    'identityPublisherHash',
    'identityVersion',
    'isBundle',
    'appleDeviceAppDeliveryProtocolType',
  ])
    expect(sent).not.toContain(fixed)
  expect(sent).toContain('description')
})
