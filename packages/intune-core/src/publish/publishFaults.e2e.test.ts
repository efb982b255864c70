/**
 * Fault tests: each publish completes, or fails cleanly, with no orphan and never two apps for one
 * identity. Faults are injected by the simulator: Graph status answers, blob-proxy errors, resets and slow
 * bodies, Intune's failed SAS/commit states, and a SAS URL that really expires part way.
 */
import type { RunningSimulator, SimApp } from '@intune-publish/sim'
import type { PublishInputs } from '../api'
import { isIntunePublishError } from '../errors'
import type { PublishPlan } from '../plan/types'
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
/** A second simulator whose upload URLs live 3 s and access tokens 4 s, for the long-upload tests. */
let shortSas: RunningSimulator
const log = capturingLogger()

beforeAll(async () => {
  ;[sim, shortSas] = await Promise.all([
    startTestSim(),
    startTestSim({ blob: { sasLifetimeMs: 3000 }, tokenLifetimeSec: 4 }),
  ])
})
afterAll(async () => {
  await Promise.all([sim?.stop(), shortSas?.stop()])
})
afterEach(() => {
  // A test that failed part way must not leave faults for the next one.
  for (const s of [sim, shortSas]) {
    s.faults.graph.clear()
    s.faults.blob?.clear()
    s.faults.content?.reset()
  }
})

const TINY = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const SAMPLE = fixture('intunewin/msft-1.4.0.0-sample.intunewin')
const win32 = (displayName: string) => ({
  displayName,
  description: 'fault test',
  publisher: 'E2E',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\E2E', name: 'x.txt', check: 'exists' } }],
})
const run = (s: RunningSimulator, extra: Partial<PublishInputs>) => publish(publishInputs(s, extra), log)

function named(s: RunningSimulator, displayName: string): SimApp[] {
  return appsWhere(s, p => p.displayName === displayName)
}

/** Exactly `count` apps with that name, all published (no half-created app left). */
function expectClean(s: RunningSimulator, displayName: string, count: 0 | 1): SimApp | undefined {
  const apps = named(s, displayName)
  expect(apps).toHaveLength(count)
  for (const a of apps) {
    expect(a.props.publishingState).toBe('published')
    expect(committedFile(a)).toMatchObject({ isCommitted: true })
  }
  return apps[0]
}

function commitsOf(s: RunningSimulator, appId: string): boolean[] {
  return (s.faults.content?.commits ?? []).filter(c => c.appId === appId).map(c => c.ok)
}

const rejection = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => new Error('the publish succeeded'),
    (e: unknown) => e,
  )

test('the SAS URL (and the token) expire part way: both are renewed and the upload completes', async () => {
  const blob = shortSas.faults.blob
  blob?.resetStats()
  // 1 MiB blocks one at a time, each held 1.2 s by the proxy: the upload outlives several 3 s SAS URLs.
  blob?.add({ kind: 'slow', match: 'block', count: 4, delayMs: 1200 })
  const logAt = shortSas.state.requestLog.length
  const r = await run(shortSas, {
    packagePath: fixture('apk/icyleaf-android.apk'),
    appTemplate: { displayName: 'E2E renewal', description: 'd', publisher: 'E2E' },
    concurrency: 1,
    blockSizeMiB: 1,
  })
  expect(r.status).toBe('created')
  // The upload outlived the 4 s token, yet no Graph call went out with an expired one.
  expect(r.durationMs).toBeGreaterThan(4800)
  expect(shortSas.state.requestLog.slice(logAt).filter(e => e.status === 401)).toEqual([])
  const renewals = shortSas.state.requestLog.slice(logAt).filter(e => e.path.endsWith('/renewUpload'))
  expect(renewals.length).toBeGreaterThanOrEqual(2)
  expect(renewals.every(e => e.status < 300)).toBe(true)
  expect(blob?.stats.injected.slow).toBe(4)
  expect(blob?.stats.requests.block).toBeGreaterThanOrEqual(5)
  const app = expectClean(shortSas, 'E2E renewal', 1)
  expect(app?.id).toBe(r.appId)
  expect(commitsOf(shortSas, r.appId as string)).toEqual([true])
  expect(r.bytesUploaded).toBe(4_000_563 + 48 + 13)
})

test('a renewal Intune fails (terminal, protocol §3.2) fails the run cleanly: the app is deleted', async () => {
  shortSas.faults.content?.failNextRenewals(1, 'failed')
  shortSas.faults.blob?.add({ kind: 'slow', match: 'block', count: 3, delayMs: 1200 })
  const error = await rejection(
    run(shortSas, {
      packagePath: fixture('msi/7z2301-x64.msi'),
      appTemplate: { displayName: 'E2E renewal failed', description: 'd', publisher: 'E2E' },
      concurrency: 1,
      blockSizeMiB: 1,
    }),
  )
  expect(error).toMatchObject({
    code: 'UPLOAD_FAILED',
    graphCode: 'azureStorageUriRenewalFailed',
    message: expect.stringContaining(
      'Intune ended the upload URI renewal in state azureStorageUriRenewalFailed',
    ),
  })
  expectClean(shortSas, 'E2E renewal failed', 0)
})

test('429 and 503 from Graph during create and content calls are retried; the publish completes', async () => {
  const g = sim.faults.graph
  g.add({
    method: 'POST',
    pathContains: '/deviceAppManagement/mobileApps',
    status: 429,
    retryAfter: 1,
    count: 1,
  })
  g.add({ method: 'POST', pathContains: '/contentVersions', status: 503, retryAfter: 1, count: 2 })
  g.add({ method: 'GET', pathContains: '/files/', status: 503, retryAfter: 1, count: 1 })
  g.add({ method: 'POST', pathContains: '/commit', status: 429, retryAfter: 1, count: 1 })
  g.add({ method: 'PATCH', status: 503, retryAfter: 1, count: 1 })
  const logAt = sim.state.requestLog.length
  const r = await run(sim, { packagePath: TINY, appTemplate: win32('E2E throttled') })
  expect(r.status).toBe('created')
  expect(g.pending()).toBe(0)
  const statuses = sim.state.requestLog.slice(logAt).map(e => `${e.method} ${e.status}`)
  expect(statuses.filter(s => s.endsWith(' 429'))).toEqual(['POST 429', 'POST 429'])
  expect(statuses.filter(s => s.endsWith(' 503'))).toEqual(['POST 503', 'POST 503', 'GET 503', 'PATCH 503'])
  expectClean(sim, 'E2E throttled', 1)
  expect(commitsOf(sim, r.appId as string)).toEqual([true])
})

test('a 503 on the create itself is not blindly retried: the app is looked up first, then created once', async () => {
  // Graph may have created the app before answering 503; the sim answers injected faults before acting,
  // so here the look-up finds nothing and the create is tried again — exactly once more.
  sim.faults.graph.add({
    method: 'POST',
    pathContains: '/deviceAppManagement/mobileApps',
    status: 503,
    count: 1,
  })
  const logAt = sim.state.requestLog.length
  const r = await run(sim, { packagePath: TINY, appTemplate: win32('E2E create 503') })
  expect(r.status).toBe('created')
  const seen = sim.state.requestLog.slice(logAt).map(e => `${e.method} ${e.status} ${e.path.split('?')[0]}`)
  const creates = seen.filter(x => /^POST \d+ \/v1\.0\/deviceAppManagement\/mobileApps$/.test(x))
  expect(creates).toEqual([
    'POST 503 /v1.0/deviceAppManagement/mobileApps',
    'POST 201 /v1.0/deviceAppManagement/mobileApps',
  ])
  // Between the two creates, a look-up by identity.
  const firstCreate = seen.indexOf(creates[0])
  expect(seen.slice(firstCreate + 1, seen.indexOf(creates[1])).some(x => x.startsWith('GET 200'))).toBe(true)
  expectClean(sim, 'E2E create 503', 1)
})

test('5xx answers and connection resets on blocks are retried; the blob is byte-exact', async () => {
  const blob = sim.faults.blob
  blob?.resetStats()
  blob?.add({ kind: '500', match: 'block', count: 1 })
  blob?.add({ kind: 'reset', match: 'block', count: 2, afterBytes: 200_000 })
  blob?.add({ kind: '503', match: 'block', count: 1 })
  // Azure's answer to an expired SAS: the uploader renews the URL and goes on.
  blob?.add({ kind: '403', match: 'block', count: 1 })
  blob?.add({ kind: '500', match: 'blocklist', count: 1 })
  const logAt = sim.state.requestLog.length
  const r = await run(sim, {
    packagePath: fixture('msi/putty-0.68-installer.msi'),
    appTemplate: { displayName: 'E2E flaky blob', description: 'd', publisher: 'E2E' },
    blockSizeMiB: 1,
    concurrency: 2,
  })
  expect(r.status).toBe('created')
  expect(blob?.stats.injected).toMatchObject({ '500': 2, '503': 1, reset: 2, '403': 1 })
  expect(sim.state.requestLog.slice(logAt).filter(e => e.path.endsWith('/renewUpload'))).toHaveLength(1)
  expect(blob?.pending()).toEqual([])
  const app = expectClean(sim, 'E2E flaky blob', 1)
  expect(app?.props.productCode).toBe('{55717628-7AE6-4BCF-A046-FA2768945E76}')
  // The simulator's commit check decrypted the blob and matched HMAC, sizes and digest.
  expect(commitsOf(sim, r.appId as string)).toEqual([true])
  expect(committedFile(app as SimApp)).toMatchObject({ size: 2_874_880 })
})

test('commitFileFailed once on a new app: the app is created again (never a second content version before a commit)', async () => {
  sim.faults.content?.failNextCommits(1)
  const logAt = sim.state.requestLog.length
  const r = await run(sim, { packagePath: TINY, appTemplate: win32('E2E commit once') })
  expect(r).toMatchObject({ status: 'created', contentVersion: '1' })
  const app = expectClean(sim, 'E2E commit once', 1)
  expect(app?.props.committedContentVersion).toBe('1')
  expect(app?.contentVersions).toHaveLength(1)
  expect(commitsOf(sim, r.appId as string)).toEqual([true])
  const cvPosts = sim.state.requestLog
    .slice(logAt)
    .filter(e => e.method === 'POST' && /contentVersions$/.test(e.path))
  expect(cvPosts.map(e => e.status)).toEqual([201, 201])
  expect(log.lines.some(l => l.startsWith('deleting app ') && l.includes('creating it again'))).toBe(true)
  const again = await run(sim, { packagePath: TINY, appTemplate: win32('E2E commit once') })
  expect(again).toMatchObject({ status: 'unchanged', appId: r.appId, contentVersion: '1', bytesUploaded: 0 })
})

test('commitFileFailed once on an update: retried on a new content version (allowed after a commit)', async () => {
  const tpl = win32('E2E commit once update')
  const first = await run(sim, { packagePath: TINY, appTemplate: tpl })
  sim.faults.content?.failNextCommits(1)
  const r = await run(sim, { packagePath: SAMPLE, appTemplate: tpl })
  expect(r).toMatchObject({ status: 'updated', appId: first.appId, contentVersion: '3' })
  expect(commitsOf(sim, r.appId as string)).toEqual([true, false, true])
  expectClean(sim, 'E2E commit once update', 1)
})

test('commitFileFailed twice: the run fails with the explanation and deletes the app it created', async () => {
  sim.faults.content?.failNextCommits(2)
  const logAt = sim.state.requestLog.length
  const error = await rejection(run(sim, { packagePath: TINY, appTemplate: win32('E2E commit twice') }))
  expect(isIntunePublishError(error)).toBe(true)
  expect(error).toMatchObject({
    code: 'COMMIT_FAILED',
    message: expect.stringContaining('commitFileFailed'),
    fix: expect.stringContaining('usually means'),
  })
  expectClean(sim, 'E2E commit twice', 0)
  const deletes = sim.state.requestLog.slice(logAt).filter(e => e.method === 'DELETE')
  // One delete to re-create the app after the first failure (no second content version before a commit),
  // one to remove the re-created app after the second.
  expect(deletes.map(d => d.status)).toEqual([204, 204])
})

test('a run that fails after creating the app deletes it', async () => {
  sim.faults.content?.failNextSasRequests(1, 'failed')
  const error = await rejection(run(sim, { packagePath: TINY, appTemplate: win32('E2E sas failed') }))
  expect(error).toMatchObject({
    code: 'UPLOAD_FAILED',
    message: expect.stringContaining('azureStorageUriRequestFailed'),
  })
  expectClean(sim, 'E2E sas failed', 0)
  expect(log.lines.some(l => l.startsWith('deleted the half-created app'))).toBe(true)
})

test('when the delete fails too, the half-created app is reused by the next run', async () => {
  const name = 'E2E half-created'
  sim.faults.content?.failNextSasRequests(1, 'failed')
  sim.faults.graph.add({ method: 'DELETE', status: 500, count: 10 })
  const error = await rejection(run(sim, { packagePath: TINY, appTemplate: win32(name) }))
  expect(error).toMatchObject({ code: 'UPLOAD_FAILED' })
  const left = named(sim, name)
  expect(left).toHaveLength(1)
  expect(left[0].props).toMatchObject({ publishingState: 'notPublished' })
  expect(left[0].props.committedContentVersion ?? null).toBeNull()
  sim.faults.graph.clear()

  const r = await run(sim, { packagePath: TINY, appTemplate: win32(name) })
  expect((r.plan as PublishPlan).warnings).toEqual(
    expect.arrayContaining([expect.stringContaining(`reusing app ${left[0].id}, left half-created`)]),
  )
  // Its content version holds a file whose SAS request failed: not reusable, and a second content version
  // before a commit is refused, so the app is deleted and created again. Still exactly one app.
  const app = expectClean(sim, name, 1)
  expect(app?.id).toBe(r.appId)
  expect(app?.contentVersions).toHaveLength(1)
  expect(app?.props.committedContentVersion).toBe(r.contentVersion)
  const again = await run(sim, { packagePath: TINY, appTemplate: win32(name) })
  expect(again).toMatchObject({ status: 'unchanged', appId: r.appId })
})

test('an update is a new content version on the same app', async () => {
  const tpl = win32('E2E update')
  const first = await run(sim, { packagePath: TINY, appTemplate: tpl })
  expect(first).toMatchObject({ status: 'created', contentVersion: '1' })
  const second = await run(sim, { packagePath: SAMPLE, appTemplate: tpl })
  expect(second).toMatchObject({ status: 'updated', appId: first.appId, contentVersion: '2' })
  const app = expectClean(sim, 'E2E update', 1)
  expect(app?.props).toMatchObject({ committedContentVersion: '2', setupFilePath: 'file.txt' })
  expect(committedFile(app as SimApp)).toMatchObject({ size: 3078, sizeEncrypted: 3136 })
  const again = await run(sim, { packagePath: SAMPLE, appTemplate: tpl })
  expect(again).toMatchObject({ status: 'unchanged', appId: first.appId, bytesUploaded: 0 })
})

test('no app anywhere is left unpublished', () => {
  for (const s of [sim, shortSas])
    expect(appsWhere(s, p => p.publishingState !== 'published').map(a => a.props.displayName)).toEqual([])
})
