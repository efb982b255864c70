/**
 * `publish` through the CLI at --debug against the simulator, with SAS URLs that expire part way so renewals
 * happen: the output names what was done and carries no secret, token or SAS signature anywhere.
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
  sim = await startSimulator({ stateDelayMs: 20, blob: { sasLifetimeMs: 2500 } })
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-publish-'))
})
afterAll(async () => {
  await sim?.stop()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function run(argv: string[]) {
  let out = ''
  const env = { INTUNE_CONNECTION: JSON.stringify(sim.connection) }
  const code = await main(argv, env, { stdout: t => (out += t), stderr: t => (out += t) })
  return { code, out }
}

test('publish --debug with SAS renewals: a published app, and nothing secret in the output', async () => {
  const app = path.join(tmp, 'app.yaml')
  await fs.writeFile(app, 'displayName: AppInfo Demo\ndescription: debug run\npublisher: icyleaf\n')
  // Stretch the upload past the SAS lifetime: 1 MiB blocks, one at a time, each delayed.
  sim.faults.blob?.add({ kind: 'slow', match: 'block', count: 4, delayMs: 1000 })
  const pkg = path.join(FIXTURES, 'apk/icyleaf-android.apk')
  const r = await run([
    'publish',
    '--package',
    pkg,
    '--app',
    app,
    '--block-size-mib',
    '1',
    '--concurrency',
    '1',
    '--debug',
  ])
  expect(r.code).toBe(0)
  expect(r.out).toMatch(/Status:\s+created/)
  expect(r.out).toMatch(/renewUpload/) // the debug log shows the renewal call…
  const apps = [...sim.state.apps.values()].filter(a => a.props.displayName === 'AppInfo Demo')
  expect(apps).toHaveLength(1)
  expect(apps[0].props.publishingState).toBe('published')

  // …but never a credential: the client secret, an access token (any JWT), or a SAS signature.
  const sasUrls = apps[0].contentVersions.flatMap(cv =>
    cv.files.map(f => String(f.props.azureStorageUri ?? '')),
  )
  const sigs = sasUrls.map(u => new URL(u).searchParams.get('sig')).filter((s): s is string => Boolean(s))
  expect(sigs.length).toBeGreaterThan(0)
  for (const sig of sigs) {
    expect(r.out).not.toContain(sig)
    expect(r.out).not.toContain(encodeURIComponent(sig))
  }
  expect(r.out).not.toContain(sim.connection.clientSecret)
  expect(r.out).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\./)
  expect(r.out).not.toMatch(/[?&]sig=(?!REDACTED)/)

  // The same run again: unchanged, nothing uploaded.
  const again = await run(['publish', '--package', pkg, '--app', app, '--json'])
  expect(again.code).toBe(0)
  const json = JSON.parse(again.out.trim().split('\n').at(-1) as string) as {
    status: string
    bytesUploaded: number
  }
  expect(json).toMatchObject({ status: 'unchanged', bytesUploaded: 0 })
})
