/**
 * Every call on a beta-only app type goes through beta (fidelity item 6): a macOSPkgApp's categories,
 * assignments and state polling. The simulator refuses v1.0 calls on such an app, as Graph does for a type
 * v1.0 doesn't know, so this publish fails if any of them goes to v1.0.
 */
import { resolve } from 'node:path'
import { startSimulator, type RunningSimulator } from '@intune-publish/sim'
import { publish } from './publish'
import { simConnection } from '../test-support/simConnection'
import { silentLogger } from '../logger'

const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures')
let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 20 })
})
afterAll(() => sim?.stop())

test('a macOS PKG with categories and an assignment: every app call is beta', async () => {
  const r = await publish(
    {
      connection: simConnection(sim, {
        clientId: sim.connection.clientId,
        clientSecret: sim.connection.clientSecret,
      }),
      packagePath: `${FIXTURES}/pkg/fastlane-MacAppOnly.pkg`,
      appTemplate: {
        displayName: 'Beta only',
        publisher: 'Contoso',
        description: 'x',
        categories: ['Business'],
      },
      assignments: 'assignments:\n  - intent: required\n    group: IT Department\n',
    },
    silentLogger,
  )
  expect(r.status).toBe('created')
  const app = sim.state.apps.get(r.appId as string)
  expect(app?.assignments).toHaveLength(1)
  expect(app?.categoryIds).toHaveLength(1)
  const appCalls = sim.state.requestLog.filter(q => q.path.includes(`/mobileApps/${String(r.appId)}`))
  expect(appCalls.length).toBeGreaterThan(3)
  expect(appCalls.filter(q => q.path.startsWith('/v1.0/'))).toEqual([])
})
