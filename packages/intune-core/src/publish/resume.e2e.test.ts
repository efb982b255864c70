/**
 * Resume after a failed or killed run (docs/upload.md): the re-run finds the half-created app and its
 * uncommitted content version and file, renews the SAS, asks storage for the uncommitted blocks and sends
 * only what is missing. Never a second content version before the first commit.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunningSimulator, SimApp } from '@intune-publish/sim'
import type { PublishInputs } from '../api'
import { packageIntunewin } from '../packaging/packageIntunewin'
import {
  appsWhere,
  capturingLogger,
  committedFile,
  fixture,
  makeTempDir,
  publishInputs,
  startTestSim,
} from '../test-support/publishHarness'
import { publish } from './publish'

jest.setTimeout(240_000)

let sim: RunningSimulator
let tmp: { dir: string; cleanup: () => Promise<void> }
let big: string
const log = capturingLogger()

beforeAll(async () => {
  ;[sim, tmp] = await Promise.all([startTestSim(), makeTempDir()])
  // A 6 MiB payload: six 1 MiB blocks, so "only what is missing" is measurable.
  const src = join(tmp.dir, 'src')
  mkdirSync(src)
  writeFileSync(join(src, 'setup.exe'), randomBytes(6 * 1024 * 1024))
  big = join(tmp.dir, 'big.intunewin')
  await packageIntunewin({ sourceDir: src, setupFile: 'setup.exe', outFile: big })
})
afterAll(async () => {
  await sim?.stop()
  await tmp?.cleanup()
})
afterEach(() => {
  sim.faults.graph.clear()
  sim.faults.blob?.clear()
  sim.faults.content?.reset()
})

const win32 = (displayName: string) => ({
  displayName,
  description: 'resume test',
  publisher: 'E2E',
  installCommandLine: 'setup.exe',
  uninstallCommandLine: 'setup.exe /u',
  detection: [{ file: { path: 'C:\\E2E', name: 'x.txt', check: 'exists' } }],
})
const run = (extra: Partial<PublishInputs>) =>
  publish(publishInputs(sim, { blockSizeMiB: 1, concurrency: 2, ...extra }), log)

/** A run that stores every block and then dies before Put Block List, leaving its app behind. */
async function failBeforeBlockList(extra: Partial<PublishInputs>): Promise<SimApp> {
  sim.faults.blob?.add({ kind: '403', match: 'blocklist', count: 20 })
  sim.faults.graph.add({ method: 'DELETE', status: 500, count: 10 })
  await expect(run(extra)).rejects.toMatchObject({ code: 'UPLOAD_FAILED' })
  sim.faults.blob?.clear()
  sim.faults.graph.clear()
  const name = (extra.appTemplate as { displayName: string }).displayName
  const left = appsWhere(sim, p => p.displayName === name)
  expect(left).toHaveLength(1)
  expect(left[0].contentVersions).toHaveLength(1)
  return left[0]
}

test('a .intunewin upload that died before its block list is resumed: no block is sent again', async () => {
  const extra = { packagePath: big, appTemplate: win32('Resume intunewin') }
  const left = await failBeforeBlockList(extra)
  const stats = sim.blob?.faults.stats
  const before = stats?.bytesReceived ?? 0
  const blocksBefore = stats?.requests.block ?? 0
  const r = await run(extra)
  expect(r).toMatchObject({ status: 'created', appId: left.id, contentVersion: '1' })
  // Only the block list went up: every block was already stored, with the same bytes.
  expect((sim.blob?.faults.stats.requests.block ?? 0) - blocksBefore).toBe(0)
  expect((sim.blob?.faults.stats.bytesReceived ?? 0) - before).toBeLessThan(4096)
  expect(log.lines.some(l => /resuming .* storage holds 7 uncommitted blocks/.test(l))).toBe(true)
  const app = appsWhere(sim, p => p.displayName === 'Resume intunewin')
  expect(app).toHaveLength(1)
  expect(app[0].contentVersions).toHaveLength(1)
  expect(app[0].props.publishingState).toBe('published')
  expect(committedFile(app[0])).toMatchObject({ isCommitted: true })
  expect(sim.faults.content?.commits.filter(c => c.appId === left.id).map(c => c.ok)).toEqual([true])
})

test('a file we encrypt ourselves reuses the content version and file, and sends every block again', async () => {
  const msi = fixture('msi/putty-0.68-installer.msi')
  const extra = {
    packagePath: msi,
    appTemplate: { displayName: 'Resume msi', description: 'resume test', publisher: 'E2E' },
  }
  const left = await failBeforeBlockList(extra)
  const before = sim.blob?.faults.stats.bytesReceived ?? 0
  const r = await run(extra)
  expect(r).toMatchObject({ status: 'created', appId: left.id, contentVersion: '1' })
  // New keys give new ciphertext: nothing stored matches, so the whole file goes up again (docs/upload.md).
  expect((sim.blob?.faults.stats.bytesReceived ?? 0) - before).toBeGreaterThan(statSync(msi).size)
  const app = appsWhere(sim, p => p.displayName === 'Resume msi')
  expect(app).toHaveLength(1)
  expect(app[0].contentVersions).toHaveLength(1)
  expect(app[0].props.publishingState).toBe('published')
})
