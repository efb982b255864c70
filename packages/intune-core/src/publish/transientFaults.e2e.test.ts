/**
 * Intune's known transient answers (issue 9 item 10), injected by the simulator: each publish completes
 * because the request layer retries them on a bounded schedule (short here, the references' in production).
 * Evidence and sources: docs/protocol-notes.md, "Transient answers the references retry".
 */
import type { RunningSimulator } from '@intune-publish/sim'
import type { PublishInputs } from '../api'
import type { RetryOverrides } from '../request'
import {
  appsWhere,
  capturingLogger,
  committedFile,
  fixture,
  publishInputs,
  startTestSim,
} from '../test-support/publishHarness'
import { publish } from './publish'

jest.setTimeout(60_000)

let sim: RunningSimulator
const log = capturingLogger()
beforeAll(async () => {
  sim = await startTestSim()
})
afterAll(async () => {
  await sim?.stop()
})
afterEach(() => {
  sim.faults.graph.clear()
  sim.faults.blob?.clear()
})

const TINY = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
/** The references' schedules, shortened; same length, so the bounds are the production ones. */
const short = (n: number): number[] => Array.from({ length: n }, () => 20)
const retry: RetryOverrides = {
  baseDelayMs: 20,
  transientDelaysMs: { createContentFile: short(10), patchAfterCommit: short(8), putBlock: short(10) },
}
const win32 = (displayName: string) => ({
  displayName,
  description: 'transient test',
  publisher: 'E2E',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\E2E', name: 'x.txt', check: 'exists' } }],
})
const run = (extra: Partial<PublishInputs>) => publish(publishInputs(sim, extra), log, { retry })
const since = (at: number) => sim.state.requestLog.slice(at).map(e => `${e.method} ${e.status} ${e.path}`)

function expectPublishedOnce(displayName: string): void {
  const apps = appsWhere(sim, p => p.displayName === displayName)
  expect(apps).toHaveLength(1)
  expect(apps[0].props.publishingState).toBe('published')
  expect(committedFile(apps[0])).toMatchObject({ isCommitted: true })
}

test('a 404 on POST …/files is retried (IntuneAppBuilder: 10 × 30 s); one content file is made', async () => {
  sim.faults.graph.add({ method: 'POST', pathEndsWith: '/files', status: 404, count: 3 })
  const at = sim.state.requestLog.length
  const r = await run({ packagePath: TINY, appTemplate: win32('E2E files 404') })
  expect(r.status).toBe('created')
  const files = since(at).filter(l => /^POST \d+ .*\/files$/.test(l))
  expect(files.map(l => l.split(' ')[1])).toEqual(['404', '404', '404', '201'])
  // Only one content version: the retry is on the file, never a second version.
  expect(since(at).filter(l => /^POST 201 .*\/contentVersions$/.test(l))).toHaveLength(1)
  expectPublishedOnce('E2E files 404')
})

test('400, 403 and 307 on Put Block are retried (403 after a SAS renewal); the blob is byte-exact', async () => {
  const blob = sim.faults.blob
  blob?.resetStats()
  blob?.add({ kind: '400', match: 'block', count: 2 })
  blob?.add({ kind: '307', match: 'block', count: 1 })
  blob?.add({ kind: '403', match: 'block', count: 1 })
  const at = sim.state.requestLog.length
  const r = await run({
    packagePath: fixture('msi/putty-0.68-installer.msi'),
    appTemplate: { displayName: 'E2E block 400', description: 'd', publisher: 'E2E' },
    blockSizeMiB: 1,
  })
  expect(r.status).toBe('created')
  expect(blob?.stats.injected).toMatchObject({ '400': 2, '307': 1, '403': 1 })
  expect(blob?.stats.statuses.block).toMatchObject({ 400: 2, 307: 1, 403: 1 })
  expect(since(at).filter(l => l.endsWith('/renewUpload'))).toHaveLength(1)
  // The simulator's commit check decrypted the committed blob: HMAC, sizes and digest matched.
  expectPublishedOnce('E2E block 400')
})

test('a dropped connection on a Graph read is retried, as blob blocks are', async () => {
  sim.faults.graph.add({ method: 'GET', pathContains: '/files/', status: 'drop', count: 2 })
  sim.faults.graph.add({ method: 'GET', pathContains: '$filter', status: 'drop', count: 1 })
  const at = sim.state.requestLog.length
  const r = await run({ packagePath: TINY, appTemplate: win32('E2E dropped read') })
  expect(r.status).toBe('created')
  expect(sim.faults.graph.pending()).toBe(0)
  expect(since(at).filter(l => l.startsWith('GET 0 '))).toHaveLength(3)
  expect(log.lines.some(l => /graph GET .*: (UND_ERR_SOCKET|ECONNRESET); retry 1/.test(l))).toBe(true)
  expectPublishedOnce('E2E dropped read')
})

test('a 400 on the PATCH right after the commit is retried past 20 s worth of attempts; the new app is kept', async () => {
  // Six 400s: the old loop gave up after five attempts (~20 s) and deleted the new app.
  sim.faults.graph.add({ method: 'PATCH', status: 400, count: 6 })
  const at = sim.state.requestLog.length
  const r = await run({ packagePath: TINY, appTemplate: win32('E2E patch 400') })
  expect(r.status).toBe('created')
  const patches = since(at).filter(l => l.startsWith('PATCH '))
  expect(patches.map(l => l.split(' ')[1])).toEqual(['400', '400', '400', '400', '400', '400', '204'])
  expect(since(at).filter(l => l.startsWith('DELETE '))).toEqual([])
  expectPublishedOnce('E2E patch 400')
})

test('the PATCH schedule is bounded: a 400 that never clears fails the run after it, and the app is removed', async () => {
  sim.faults.graph.add({ method: 'PATCH', status: 400, count: 50 })
  const at = sim.state.requestLog.length
  await expect(run({ packagePath: TINY, appTemplate: win32('E2E patch 400 forever') })).rejects.toMatchObject(
    {
      status: 400,
    },
  )
  // First attempt plus the schedule's eight retries.
  expect(since(at).filter(l => l.startsWith('PATCH '))).toHaveLength(9)
  expect(appsWhere(sim, p => p.displayName === 'E2E patch 400 forever')).toHaveLength(0)
})

test('a 400 after the commit that says what is wrong fails at once, not after the 180 s schedule', async () => {
  // A validation error (here a property fixed at create) names its cause; the transient answer names none.
  const error = {
    code: 'ModelValidationFailure',
    message: 'The following properties cannot be updated after the app is created: isBundle.',
  }
  sim.faults.graph.add({ method: 'PATCH', status: 400, count: 5, error })
  const at = sim.state.requestLog.length
  await expect(run({ packagePath: TINY, appTemplate: win32('E2E patch invalid') })).rejects.toMatchObject({
    status: 400,
    message: expect.stringContaining('cannot be updated after the app is created'),
  })
  expect(since(at).filter(l => l.startsWith('PATCH '))).toHaveLength(1)
  expect(appsWhere(sim, p => p.displayName === 'E2E patch invalid')).toHaveLength(0)
})

test('a 400 on a PATCH that does not follow a commit is not retried (a real error, reported at once)', async () => {
  const name = 'E2E metadata 400'
  await run({ packagePath: TINY, appTemplate: win32(name) })
  sim.faults.graph.add({ method: 'PATCH', status: 400, count: 5 })
  const at = sim.state.requestLog.length
  await expect(
    run({ packagePath: TINY, appTemplate: { ...win32(name), description: 'changed' } }),
  ).rejects.toMatchObject({ status: 400 })
  expect(since(at).filter(l => l.startsWith('PATCH '))).toHaveLength(1)
})
