/**
 * new-app-per-version through the CLI: two versions (the pilot assignment moves to the new one, which
 * supersedes the old), a rollback planned with --dry-run (nothing written), then carried out.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { main } from '../main'

jest.setTimeout(300_000)
const PKG = path.resolve(
  __dirname,
  '../../../../../shared/fixtures/intunewin/msft-1.8.4.0-7zip-tiny.intunewin',
)
let sim: RunningSimulator
let tmp: string

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 20 })
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-rollback-'))
  await fs.writeFile(
    path.join(tmp, 'rings.yaml'),
    'strategy: new-app-per-version\nretain: 1\nrings:\n  - name: pilot\n    assignments: [{ intent: required, group: Pilot Users }]\n',
  )
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

async function appFile(version: string): Promise<string> {
  const file = path.join(tmp, `app-${version}.yaml`)
  await fs.writeFile(
    file,
    `displayName: Tool\ndisplayVersion: '${version}'\npublisher: Contoso\ninstallCommandLine: i.cmd\nuninstallCommandLine: u.cmd\n` +
      "detection:\n  - file: { path: 'C:\\Tool', name: tool.exe, check: exists }\n",
  )
  return file
}

const app = (name: string) => [...sim.state.apps.values()].find(a => a.props.displayName === name)
const rings = () => path.join(tmp, 'rings.yaml')

test('two versions, then a rollback planned first and carried out', async () => {
  expect(
    (await run(['publish', '--package', PKG, '--app', await appFile('2.0'), '--assignments', rings()])).code,
  ).toBe(0)
  const second = await run([
    'publish',
    '--package',
    PKG,
    '--app',
    await appFile('2.1'),
    '--assignments',
    rings(),
  ])
  expect(second.code).toBe(0)
  expect(second.out).toMatch(/Release plan for Tool \(new-app-per-version, retain 1\)/)
  expect(second.out).toMatch(/Tool 2.1 supersedes Tool 2.0/)
  expect(app('Tool 2.0')?.assignments).toHaveLength(0)
  expect(app('Tool 2.1')?.assignments).toHaveLength(1)

  const dry = await run(['rollback', '--app', await appFile('2.1'), '--assignments', rings(), '--dry-run'])
  expect(dry.code).toBe(0)
  expect(dry.out).toMatch(/Rollback plan for Tool: Tool 2.1 -> Tool 2.0/)
  expect(dry.out).toMatch(/remove Tool 2.1's supersedence of Tool 2.0/)
  expect(app('Tool 2.0')?.assignments).toHaveLength(0)

  const done = await run(['rollback', '--app-id', String(app('Tool 2.1')?.id), '--assignments', rings()])
  expect(done.code).toBe(0)
  expect(done.out).toMatch(/Status:\s+rolledBack/)
  expect(app('Tool 2.0')?.assignments).toHaveLength(1)
  expect(app('Tool 2.1')?.assignments).toHaveLength(0)
  expect(app('Tool 2.1')?.relationships).toEqual([])
})

test('with strategy update, rollback explains and writes nothing (exit 2)', async () => {
  const update = path.join(tmp, 'update.yaml')
  await fs.writeFile(
    update,
    'rings:\n  - name: pilot\n    assignments: [{ intent: required, group: Pilot Users }]\n',
  )
  const r = await run(['rollback', '--app', await appFile('2.1'), '--assignments', update])
  expect(r.code).toBe(2)
  expect(r.out).toMatch(/not document making an older committed content version current again/)
})

test('four versions with retain 2: each supersedes the one before, the oldest is deleted (planned first)', async () => {
  const template = path.join(tmp, 'retain2.yaml')
  await fs.writeFile(
    template,
    'strategy: new-app-per-version\nretain: 2\nrings:\n  - name: pilot\n    assignments: [{ intent: required, group: Pilot Users }]\n',
  )
  const agent = async (version: string): Promise<string> => {
    const file = path.join(tmp, `agent-${version}.yaml`)
    await fs.writeFile(file, (await fs.readFile(await appFile(version), 'utf8')).replace('Tool', 'Agent'))
    return file
  }
  const publish = async (version: string, ...more: string[]) =>
    run(['publish', '--package', PKG, '--app', await agent(version), '--assignments', template, ...more])
  for (const v of ['1.0.0', '1.0.1', '1.0.2']) expect((await publish(v)).code).toBe(0)
  expect(app('Agent 1.0.0')).toBeDefined() // the newest and two before it are kept

  const dry = await publish('1.0.3', '--dry-run')
  expect(dry.code).toBe(0)
  expect(dry.out).toMatch(/delete Agent 1\.0\.0 .*no assignments left/)
  expect(app('Agent 1.0.0')).toBeDefined()

  expect((await publish('1.0.3')).code).toBe(0)
  expect(app('Agent 1.0.0')).toBeUndefined()
  expect(['1.0.1', '1.0.2', '1.0.3'].map(v => app(`Agent ${v}`)?.assignments.length)).toEqual([0, 0, 1])
  expect(app('Agent 1.0.3')?.relationships).toEqual([
    expect.objectContaining({ targetId: app('Agent 1.0.2')?.id }),
  ])
})
