/**
 * End-to-end: publish real packages to the simulator through real msal-node, real Graph HTTPS and real
 * Azurite, then read back what Intune (the simulator) holds.
 */
import { resolve } from 'node:path'
import { startSimulator, type RunningSimulator } from '@intune-publish/sim'
import { publish } from './publish'
import { simConnection } from '../test-support/simConnection'
import type { Logger } from '../logger'
import type { PublishInputs } from '../api'

const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures')
let sim: RunningSimulator
const lines: string[] = []
const log: Logger = {
  info: m => lines.push(m),
  warn: m => lines.push(m),
  debug: m => lines.push(m),
  progress: e => lines.push(e.message),
  maskSecret: () => undefined,
}

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 30 })
})
afterAll(() => sim?.stop())

function inputs(extra: Partial<PublishInputs>): PublishInputs {
  return {
    connection: simConnection(sim, {
      clientId: sim.connection.clientId,
      clientSecret: sim.connection.clientSecret,
    }),
    ...extra,
  }
}

const win32Template = {
  displayName: '7-Zip tiny',
  description: 'Packed by IntuneWinAppUtil 1.8.4.0',
  publisher: 'Igor Pavlov',
  installCommandLine: 'powershell -File install.ps1',
  uninstallCommandLine: 'powershell -File uninstall.ps1',
  detection: [{ file: { path: 'C:\\Program Files\\7-Zip', name: '7z.exe', check: 'exists' } }],
}

test('a Microsoft-made .intunewin is created, committed and published; a re-run is unchanged', async () => {
  const pkg = `${FIXTURES}/intunewin/msft-1.8.4.0-7zip-tiny.intunewin`
  const first = await publish(inputs({ packagePath: pkg, appTemplate: win32Template }), log)
  expect(first.status).toBe('created')
  expect(first.bytesUploaded).toBe(960)
  const app = sim.state.apps.get(first.appId as string)
  expect(app?.props.publishingState).toBe('published')
  expect(app?.props.committedContentVersion).toBe(first.contentVersion)
  expect(app?.props.displayName).toBe('7-Zip tiny')
  expect(app?.props.setupFilePath).toBe('install.ps1')
  expect(sim.faults.content?.commits.at(-1)).toMatchObject({ appId: first.appId, ok: true })

  const again = await publish(inputs({ packagePath: pkg, appTemplate: win32Template }), log)
  expect(again).toMatchObject({ status: 'unchanged', appId: first.appId, bytesUploaded: 0 })
  expect([...sim.state.apps.values()].filter(a => a.props.displayName === '7-Zip tiny')).toHaveLength(1)
})

test('an .apk is encrypted on the fly, committed, and an updated build becomes a new content version', async () => {
  const tpl = { displayName: 'Selendroid', description: 'test app', publisher: 'Appium' }
  const first = await publish(
    inputs({ packagePath: `${FIXTURES}/apk/appium-selendroid-test-app.apk`, appTemplate: tpl }),
    log,
  )
  expect(first.status).toBe('created')
  const app = sim.state.apps.get(first.appId as string)
  expect(app?.props).toMatchObject({
    packageId: 'io.selendroid.testapp',
    versionName: '0.15.0',
    publishingState: 'published',
  })
  // Same package id, different build: the identity finds the app, the digest differs.
  const dry = await publish(
    inputs({
      packagePath: `${FIXTURES}/apk/appium-selendroid-test-app.apk`,
      appTemplate: { ...tpl, description: 'changed' },
      dryRun: true,
    }),
    log,
  )
  expect(dry.status).toBe('planned')
  expect(dry.plan).toMatchObject({ action: 'metadataOnly', appId: first.appId })
})
