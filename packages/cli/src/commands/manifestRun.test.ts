/**
 * `publish --manifest` through the CLI against the simulator: one app fails while the others publish,
 * each app gets its row, the run fails, and the connection signed in once for all of them.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { main } from '../main'

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures')
let sim: RunningSimulator
let tmp: string

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 20 })
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-manifest-'))
  const win32 = [
    'publisher: Contoso',
    'description: Published from a manifest',
    'installCommandLine: powershell -File install.ps1',
    'uninstallCommandLine: powershell -File uninstall.ps1',
    'detection:',
    "  - file: { path: 'C:\\Program Files\\Tool', name: tool.exe, check: exists }",
  ]
  await fs.writeFile(path.join(tmp, 'win32.yaml'), `${win32.join('\n')}\n`)
  for (const n of [1, 2, 3])
    await fs.writeFile(
      path.join(tmp, `tool${n}.yaml`),
      `extends: win32.yaml\ndisplayName: Manifest tool ${n}\n`,
    )
  await fs.writeFile(
    path.join(tmp, 'android.yaml'),
    'displayName: Manifest Android\npublisher: icyleaf\ndescription: Android app\n',
  )
  await fs.writeFile(
    path.join(tmp, 'apps.yaml'),
    `
connections:
  second: { env: SECOND_CONNECTION }
apps:
  - { name: tool-1, package: ${FIXTURES}/intunewin/msft-1.8.4.0-7zip-tiny.intunewin, app: tool1.yaml }
  - { name: broken, package: ${FIXTURES}/ipa/invalid-fastlane-not-an-ipa.ipa }
  - { name: tool-2, package: ${FIXTURES}/intunewin/msft-1.4.0.0-sample.intunewin, app: tool2.yaml }
  - { name: android, package: ${FIXTURES}/apk/icyleaf-android.apk, app: android.yaml, connection: second }
  - { name: tool-3, package: ${FIXTURES}/intunewin/contentprep-unix-m365apps.intunewin, app: tool3.yaml }
`,
  )
})
afterAll(async () => {
  await sim?.stop()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function run(argv: string[]) {
  let out = ''
  const connection = JSON.stringify(sim.connection)
  const env = { INTUNE_CONNECTION: connection, SECOND_CONNECTION: connection }
  const code = await main(argv, env, { stdout: t => (out += t), stderr: t => (out += t) })
  return { code, out }
}

interface Row {
  label: string
  status: string
  connection: string
  appId?: string
  error?: string
}

test('one app fails, the others publish; one row each; one sign-in per connection', async () => {
  const tokensBefore = sim.state.issued.tokens
  const r = await run(['publish', '--manifest', path.join(tmp, 'apps.yaml'), '--json'])
  expect(r.code).toBe(1)
  const json = JSON.parse(r.out.trim().split('\n').at(-1) as string) as { rows: Row[]; failed: number }
  expect(json.failed).toBe(1)
  expect(json.rows.map(x => [x.label, x.status, x.connection])).toEqual([
    ['tool-1', 'created', 'default'],
    ['broken', 'failed', 'default'],
    ['tool-2', 'created', 'default'],
    ['android', 'created', 'second'],
    ['tool-3', 'created', 'default'],
  ])
  expect(json.rows[1].error).toMatch(/not a zip/i)
  const published = [...sim.state.apps.values()].filter(a => a.props.publishingState === 'published')
  expect(published.map(a => a.props.displayName).sort()).toEqual([
    'Manifest Android',
    'Manifest tool 1',
    'Manifest tool 2',
    'Manifest tool 3',
  ])
  // Two connections (the same app registration, named twice): two sign-ins, not one per app.
  expect(sim.state.issued.tokens - tokensBefore).toBe(2)
  expect(r.out).not.toContain(sim.connection.clientSecret)

  // Again, as a table: the same apps are unchanged now; the broken one still fails the run.
  const again = await run(['publish', '--manifest', path.join(tmp, 'apps.yaml')])
  expect(again.code).toBe(1)
  expect(again.out).toMatch(/tool-1\s+default\s+unchanged/)
  expect(again.out).toMatch(/broken\s+default\s+failed/)
  expect(again.out).toMatch(/5 app\(s\): 4 unchanged, 1 failed/)
})

test('--fail-fast: after the first failure no further app starts', async () => {
  const r = await run([
    'publish',
    '--manifest',
    path.join(tmp, 'apps.yaml'),
    '--fail-fast',
    '--parallel',
    '1',
    '--json',
  ])
  expect(r.code).toBe(1)
  const json = JSON.parse(r.out.trim().split('\n').at(-1) as string) as { rows: Row[] }
  expect(json.rows.map(x => x.status)).toEqual(['unchanged', 'failed', 'skipped', 'skipped', 'skipped'])
})

test('a bad manifest: exit 2, one line per problem naming file and field, nothing sent', async () => {
  const bad = path.join(tmp, 'bad.yaml')
  await fs.writeFile(bad, 'apps:\n  - { package: nowhere.msi, connection: prod }\n')
  const logAt = sim.state.requestLog.length
  const r = await run(['publish', '--manifest', bad])
  expect(r.code).toBe(2)
  expect(r.out).toContain(`${bad}: apps[0].connection: 'prod' is not a connection of this manifest`)
  expect(r.out).toContain(`${bad}: apps[0].package: ${path.join(tmp, 'nowhere.msi')}: not found`)
  expect(sim.state.requestLog.length).toBe(logAt)
  const mixed = await run(['publish', '--manifest', bad, '--package', 'x.msi'])
  expect(mixed.code).toBe(2)
  expect(mixed.out).toMatch(/package: not with --manifest/)
})

test('manifest split prints a GitHub matrix; each shard publishes its own part', async () => {
  const r = await run([
    'manifest',
    'split',
    '--manifest',
    path.join(tmp, 'apps.yaml'),
    '--by',
    'chunk',
    '--jobs',
    '2',
  ])
  expect(r.code).toBe(0)
  const matrix = JSON.parse(r.out) as { include: { shard: string; budgetShare: string; apps: number }[] }
  expect(matrix.include).toEqual([
    { shard: 'chunk:1/2', budgetShare: '0.5', apps: 3 },
    { shard: 'chunk:2/2', budgetShare: '0.5', apps: 2 },
  ])
  const second = await run([
    'publish',
    '--manifest',
    path.join(tmp, 'apps.yaml'),
    '--shard',
    'chunk:2/2',
    '--budget-share',
    '0.5',
    '--json',
  ])
  expect(second.code).toBe(0)
  const json = JSON.parse(second.out.trim().split('\n').at(-1) as string) as { rows: Row[] }
  expect(json.rows.map(x => x.label)).toEqual(['android', 'tool-3'])
  const ado = await run([
    'manifest',
    'split',
    '--manifest',
    path.join(tmp, 'apps.yaml'),
    '--by',
    'tenant',
    '--format',
    'azure-devops',
  ])
  expect(JSON.parse(ado.out)).toEqual({
    // Two tenant labels (connections without a `tenant` label are their own): a full budget each.
    tenant_default: { shard: 'tenant:default', budgetShare: '1' },
    tenant_second: { shard: 'tenant:second', budgetShare: '1' },
  })
})
