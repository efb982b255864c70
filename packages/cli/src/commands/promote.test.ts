/**
 * Release stages through the CLI against two simulated tenants (test and prod): publish into pilot,
 * promote refused with exit 3 and the figures while devices install, promoted once they have; a prod
 * publish that requires the build to be healthy in test refuses a build test never had, then goes ahead.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { main } from '../main'
import { RINGS_YAML } from '../../../adapter/src/test-support/assignments'

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures')
const PKG = path.join(FIXTURES, 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const OTHER = path.join(FIXTURES, 'intunewin/msft-1.4.0.0-sample.intunewin')
let testSim: RunningSimulator
let prod: RunningSimulator
let tmp: string
let appFile: string
let ringsFile: string
let testConnection: string

beforeAll(async () => {
  const opts = { stateDelayMs: 20, devices: { installDelayMs: 30 * 60_000 } }
  ;[testSim, prod] = await Promise.all([startSimulator(opts), startSimulator(opts)])
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-promote-'))
  appFile = path.join(tmp, 'app.yaml')
  await fs.writeFile(
    appFile,
    [
      'displayName: Ring Demo',
      'publisher: Contoso',
      'installCommandLine: install.cmd',
      'uninstallCommandLine: uninstall.cmd',
      'detection:',
      "  - file: { path: 'C:\\Program Files\\Demo', name: demo.exe, check: exists }",
    ].join('\n'),
  )
  ringsFile = path.join(tmp, 'rings.yaml')
  await fs.writeFile(ringsFile, RINGS_YAML)
  testConnection = path.join(tmp, 'test-connection.json')
  await fs.writeFile(testConnection, JSON.stringify({ ...testSim.connection, settingName: 'intune-test' }))
})
afterAll(async () => {
  await Promise.all([testSim?.stop(), prod?.stop()])
  await fs.rm(tmp, { recursive: true, force: true })
})

async function run(sim: RunningSimulator, argv: string[]) {
  let out = ''
  const env = { INTUNE_CONNECTION: JSON.stringify(sim.connection) }
  const code = await main(argv, env, { stdout: t => (out += t), stderr: t => (out += t) })
  return { code, out }
}

const published = (sim: RunningSimulator) =>
  [...sim.state.apps.values()].filter(a => a.props.displayName === 'Ring Demo')

test('publish into pilot, promote refused (exit 3, figures shown), promoted once installed', async () => {
  const pub = await run(testSim, ['publish', '--package', PKG, '--app', appFile, '--assignments', ringsFile])
  expect(pub.code).toBe(0)
  const [app] = published(testSim)
  expect(app.assignments).toHaveLength(1)

  const early = await run(testSim, [
    'promote',
    '--package',
    PKG,
    '--app',
    appFile,
    '--assignments',
    ringsFile,
  ])
  expect(early.code).toBe(3)
  expect(early.out).toMatch(/NOT met installed >= 2: 0/)
  expect(early.out).toMatch(/Assignments added:\n\s+- required group "All Windows Devices"/)
  expect(app.assignments).toHaveLength(1)

  testSim.devices.advance(60 * 60_000)
  const dry = await run(testSim, [
    'promote',
    '--app-id',
    app.id,
    '--assignments',
    ringsFile,
    '--dry-run',
    '--json',
  ])
  expect(dry.code).toBe(0)
  expect(JSON.parse(dry.out.trim().split('\n').at(-1) as string)).toMatchObject({ status: 'planned' })
  expect(app.assignments).toHaveLength(1)

  const ok = await run(testSim, ['promote', '--app-id', app.id, '--assignments', ringsFile])
  expect(ok.code).toBe(0)
  expect(ok.out).toMatch(/Status:\s+promoted/)
  expect(app.assignments).toHaveLength(2)
  expect(String(app.props.notes)).toMatch(/ring: broad/)
})

test('prod refuses a build test never had, and takes the one that is healthy there', async () => {
  const healthy = ['--require-healthy-in', `@${testConnection}`]
  const other = await run(prod, [
    'publish',
    '--package',
    OTHER,
    '--app',
    appFile,
    '--assignments',
    ringsFile,
    ...healthy,
  ])
  expect(other.code).toBe(3)
  expect(other.out).toMatch(/not healthy in intune-test: its app \S+ holds build [0-9a-f]{16}…/)
  expect(published(prod)).toHaveLength(0)

  const same = await run(prod, [
    'publish',
    '--package',
    PKG,
    '--app',
    appFile,
    '--assignments',
    ringsFile,
    ...healthy,
  ])
  expect(same.code).toBe(0)
  expect(same.out).toMatch(/Healthy in intune-test\? .*met success rate >= 0.9/)
  expect(published(prod)).toHaveLength(1)
})

test('promote names a manifest entry: its files, and the connection the manifest gives it', async () => {
  const manifest = path.join(tmp, 'apps.yaml')
  await fs.writeFile(
    manifest,
    [
      'connections:',
      '  prod: { env: PROD_CONNECTION }',
      'apps:',
      `  - { name: ring-demo, connection: prod, package: ${PKG}, app: ${appFile}, assignments: ${ringsFile} }`,
      `  - { name: other, package: ${OTHER}, app: ${appFile} }`,
    ].join('\n'),
  )
  let out = ''
  const sink = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) }
  // The command line's own connection is the test tenant's: the entry's (prod) must win.
  const env = {
    INTUNE_CONNECTION: JSON.stringify(testSim.connection),
    PROD_CONNECTION: JSON.stringify(prod.connection),
  }
  const code = await main(['promote', '--manifest', manifest, '--entry', 'ring-demo', '--json'], env, sink)
  const [app] = published(prod)
  expect([code, JSON.parse(out.trim().split('\n').at(-1) as string)]).toMatchObject([
    3,
    { status: 'refused', appId: app.id, plan: { from: 'pilot', to: 'broad' } },
  ])
  expect(app.assignments).toHaveLength(1)

  out = ''
  const unknown = await main(['promote', '--manifest', manifest, '--entry', 'nope'], env, sink)
  expect(unknown).toBe(2)
  expect(out).toMatch(/entry: no app 'nope' in .*apps\.yaml.*Name one of: ring-demo, other\./)
  out = ''
  expect(await main(['promote', '--manifest', manifest], env, sink)).toBe(2)
  expect(out).toMatch(/entry: .*lists 2 apps.*--entry \(ring-demo, other\)/)
})
