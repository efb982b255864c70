import { mkdtempSync, rmSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startBlobStore, type BlobStore } from '../blob/blobStore'
import { loadIntunewinFixture } from '../blob/test-support/intunewinFixture'
import { uploadBlocks } from '../blob/test-support/rawBlobUpload'
import { createTestTls, type TestTls } from '../blob/test-support/testTls'
import { createState, type SimApp, type SimState } from '../state'
import { registerContentRoutes, type ContentController } from './content'
import { GraphHttpError, Router, type GraphVersion } from './router'
import { validateBody } from './schema'

let tls: TestTls
let tmp: string
let store: BlobStore
let content: ContentController
let state: SimState
const router = new Router()
const fx = loadIntunewinFixture('msft-1.8.4.0-7zip-tiny.intunewin')
const APP_ID = '11111111-2222-4333-8444-555555555555'

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'content-test-'))
  tls = await createTestTls()
  store = await startBlobStore({ tls, tmpDir: tmp, sasLifetimeMs: 60_000 })
  content = registerContentRoutes(router, { blob: store, stateDelayMs: 30, validateBody })
})
afterAll(async () => {
  content?.dispose()
  await store?.stop()
  await tls?.dispatcher.close()
  rmSync(tmp, { recursive: true, force: true })
})
beforeEach(() => {
  state = createState()
  const app: SimApp = {
    id: APP_ID,
    odataType: 'microsoft.graph.win32LobApp',
    props: {
      displayName: 'Seven Zip',
      publishingState: 'notPublished',
      committedContentVersion: null,
      size: 0,
    },
    createdVersion: 'beta',
    contentVersions: [],
    assignments: [],
    relationships: [],
    categoryIds: [],
  }
  state.apps.set(APP_ID, app)
  content.faults.reset()
})

type Json = Record<string, unknown>
async function call(method: string, p: string, body?: unknown, version: GraphVersion = 'beta') {
  const url = new URL(p, 'https://graph.test')
  const m = router.match(method, url.pathname)
  if (!m || m === 'method') throw new Error(`no route for ${method} ${p}`)
  try {
    const r = await m.route.handler({
      req: { headers: { host: 'graph.test' } } as unknown as IncomingMessage,
      res: {} as ServerResponse,
      version,
      path: url.pathname,
      params: m.params,
      query: url.searchParams,
      body,
      token: { appId: 'a', tenantId: 't', roles: ['DeviceManagementApps.ReadWrite.All'], scopes: [] },
      state,
      requestId: 'r',
      clientRequestId: 'c',
    })
    return { status: r?.status ?? 204, body: (r?.body ?? {}) as Json }
  } catch (err) {
    if (err instanceof GraphHttpError)
      return { status: err.status, body: { code: err.code, message: err.message } as Json }
    throw err
  }
}

const base = `/deviceAppManagement/mobileApps/${APP_ID}/microsoft.graph.win32LobApp/contentVersions`
const fileBody = (over: Json = {}) => ({
  '@odata.type': '#microsoft.graph.mobileAppContentFile',
  name: 'IntunePackage.intunewin',
  size: fx.size,
  sizeEncrypted: fx.blob.length,
  manifest: null,
  isDependency: false,
  ...over,
})

async function waitState(filePath: string, notState: string): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    const r = await call('GET', filePath)
    if (r.body.uploadState !== notState) return r.body
    await new Promise(res => setTimeout(res, 10))
  }
  throw new Error(`still ${notState}`)
}

/** Adds a file to the app's last content version while it has none, else to a new content version. */
async function newFile(over: Json = {}): Promise<{ cv: string; filePath: string; file: Json }> {
  const last = (state.apps.get(APP_ID) as SimApp).contentVersions.at(-1)
  const cv = last && last.files.length === 0 ? last.id : String((await call('POST', base, {})).body.id)
  const created = await call('POST', `${base}/${cv}/files`, fileBody(over))
  expect(created.status).toBe(201)
  expect(created.body).toMatchObject({ uploadState: 'azureStorageUriRequestPending', azureStorageUri: null })
  const filePath = `${base}/${cv}/files/${created.body.id}`
  return { cv, filePath, file: await waitState(filePath, 'azureStorageUriRequestPending') }
}

test('the full flow: SAS, renewal, upload, commit check, publish', async () => {
  const wrongCast = `/deviceAppManagement/mobileApps/${APP_ID}/microsoft.graph.iosLobApp/contentVersions`
  expect((await call('POST', wrongCast, {})).status).toBe(400)
  const tolerated = `/deviceAppManagement/mobileApps/${APP_ID}/microsoft.graph.WIN32LOBAPP/contentVersions`
  expect((await call('POST', tolerated, {})).body.id).toBe('1')
  // A second content version before any commit is refused (IntuneAppBuilder; docs/simulator.md).
  const second = await call('POST', base, {})
  expect(second.status).toBe(400)
  expect(second.body.message).toMatch(/uncommitted content version '1'/)
  const { cv, filePath, file } = await newFile()
  expect(cv).toBe('1')
  expect(file.uploadState).toBe('azureStorageUriRequestSuccess')
  expect(String(file.azureStorageUri).startsWith(`${store.publicUrl}/`)).toBe(true)
  expect(Date.parse(String(file.azureStorageUriExpirationDateTime))).toBeGreaterThan(Date.now() + 50_000)
  expect(file).toMatchObject({ isCommitted: false, isFrameworkFile: false, size: fx.size })
  expect((await call('GET', filePath, undefined, 'v1.0')).body).not.toHaveProperty('isFrameworkFile')

  expect((await call('POST', `${filePath}/renewUpload`, {})).status).toBe(204)
  expect((await call('GET', filePath)).body.uploadState).toBe('azureStorageUriRenewalPending')
  const renewed = await waitState(filePath, 'azureStorageUriRenewalPending')
  expect(renewed.uploadState).toBe('azureStorageUriRenewalSuccess')
  expect(renewed.azureStorageUri).not.toBe(file.azureStorageUri)

  expect((await uploadBlocks(tls.dispatcher, String(renewed.azureStorageUri), fx.blob, 512)).status).toBe(201)
  expect((await call('POST', `${filePath}/commit`, {})).status).toBe(400)
  expect((await call('POST', `${filePath}/commit`, { fileEncryptionInfo: fx.encryptionInfo })).status).toBe(
    204,
  )
  expect((await call('POST', `${filePath}/renewUpload`)).status).toBe(400)
  const committed = await waitState(filePath, 'commitFilePending')
  expect(committed).toMatchObject({ uploadState: 'commitFileSuccess', isCommitted: true })
  expect(content.faults.commits).toEqual([
    expect.objectContaining({ appId: APP_ID, contentVersionId: '1', ok: true, checkMs: expect.any(Number) }),
  ])
  expect(content.faults.commits[0].checkMs).toBeGreaterThan(0)
  expect((await call('POST', `${filePath}/commit`, { fileEncryptionInfo: fx.encryptionInfo })).status).toBe(
    400,
  )

  const app = state.apps.get(APP_ID) as SimApp
  expect(() => content.applyCommittedContentVersion(app, '9')).toThrow(/does not exist/)
  content.applyCommittedContentVersion(app, '1')
  expect(app.props).toMatchObject({
    committedContentVersion: '1',
    size: fx.size,
    publishingState: 'processing',
  })
  await new Promise(res => setTimeout(res, 80))
  expect(app.props.publishingState).toBe('published')

  // Once content is committed, a new content version (an update) is allowed.
  expect((await call('POST', base, {})).body.id).toBe('2')
  expect(() => content.applyCommittedContentVersion(app, '2')).toThrow(GraphHttpError)
  const list = await call('GET', `${base}?$orderby=id desc`)
  expect((list.body.value as Json[]).map(v => v.id)).toEqual(['2', '1'])
  expect(((await call('GET', `${base}/1/files`)).body.value as Json[]).length).toBe(1)
})

test('a corrupted upload ends commitFileFailed with the reason on the file', async () => {
  const { filePath, file } = await newFile()
  const bad = Buffer.from(fx.blob)
  bad[200] ^= 0xff
  expect((await uploadBlocks(tls.dispatcher, String(file.azureStorageUri), bad, 4096)).status).toBe(201)
  await call('POST', `${filePath}/commit`, { fileEncryptionInfo: fx.encryptionInfo })
  const failed = await waitState(filePath, 'commitFilePending')
  expect(failed).toMatchObject({
    uploadState: 'commitFileFailed',
    isCommitted: false,
    errorCode: 'HmacMismatch',
  })
  expect(failed.errorDescription).toMatch(/HMAC/)
  expect(content.faults.commits[0]).toMatchObject({ ok: false, code: 'HmacMismatch' })
  const app = state.apps.get(APP_ID) as SimApp
  expect(() => content.applyCommittedContentVersion(app, '1')).toThrow(/commitFileFailed/)
})

test('fault hooks: forced commit failure, failed SAS request, timed-out renewal', async () => {
  content.faults.failNextCommits(1)
  const a = await newFile()
  expect((await uploadBlocks(tls.dispatcher, String(a.file.azureStorageUri), fx.blob, 4096)).status).toBe(201)
  await call('POST', `${a.filePath}/commit`, { fileEncryptionInfo: fx.encryptionInfo })
  expect(await waitState(a.filePath, 'commitFilePending')).toMatchObject({
    uploadState: 'commitFileFailed',
    errorCode: 'Forced',
  })

  // Each case on a fresh app: no second content version before a commit.
  const fresh = () => void ((state.apps.get(APP_ID) as SimApp).contentVersions = [])
  fresh()
  content.faults.failNextSasRequests(1, 'failed')
  const b = await newFile()
  expect(b.file).toMatchObject({ uploadState: 'azureStorageUriRequestFailed', azureStorageUri: null })
  expect((await call('POST', `${b.filePath}/commit`, { fileEncryptionInfo: fx.encryptionInfo })).status).toBe(
    400,
  )

  content.faults.failNextRenewals(1, 'timedOut')
  fresh()
  const c = await newFile()
  await call('POST', `${c.filePath}/renewUpload`)
  expect((await waitState(c.filePath, 'azureStorageUriRenewalPending')).uploadState).toBe(
    'azureStorageUriRenewalTimedOut',
  )
})

test('rejects bad file bodies and declares write permissions', async () => {
  const cv = String((await call('POST', base, {})).body.id)
  expect((await call('POST', `${base}/${cv}/files`, fileBody({ sizeEncrypted: 'big' }))).status).toBe(400)
  expect((await call('POST', `${base}/${cv}/files`, fileBody({ bogus: 1 }))).status).toBe(400)
  expect((await call('GET', `${base}/${cv}/files/nope`)).status).toBe(404)
  const m = router.match('POST', `${base}/${cv}/files/x/commit`)
  expect(m !== undefined && m !== 'method' && m.route).toMatchObject({
    write: true,
    anyOf: ['DeviceManagementApps.ReadWrite.All'],
  })
  const g = router.match('GET', `${base}/${cv}/files/x`)
  expect(g !== undefined && g !== 'method' && g.route.anyOf).toContain('DeviceManagementApps.Read.All')
})

test('content routes take the app type, or the macOSLobApp cast on DMG/PKG apps (intune-uploader); nothing else', async () => {
  const app = state.apps.get(APP_ID) as SimApp
  app.odataType = 'microsoft.graph.macOSPkgApp'
  const post = (cast: string) =>
    call('POST', `/deviceAppManagement/mobileApps/${APP_ID}/${cast}/contentVersions`, {})
  expect((await post('microsoft.graph.macOSLobApp')).status).toBe(201)
  expect((await post('microsoft.graph.win32LobApp')).status).toBe(400)
  // The abstract base fails for real (msgraph-sdk-powershell issue #3402).
  expect((await post('microsoft.graph.mobileLobApp')).status).toBe(400)
  app.odataType = 'microsoft.graph.win32LobApp'
  expect((await post('microsoft.graph.macOSLobApp')).status).toBe(400)
})
