/**
 * contentVersions and their files (graph-upload-protocol §1, §3): the upload-state machine with Intune's
 * asynchronous transitions, SAS issue and renewal against the blob store, and the commit check.
 */
import { randomUUID } from 'node:crypto'
import type { BlobStore } from '../blob/blobStore'
import { ContentFaults, type UploadStateFault } from '../blob/contentFaults'
import { applyCommittedContentVersion, checkFile, renderCv, renderFile } from '../blob/contentState'
import type { SimApp, SimContentVersion, SimFile } from '../state'
import { baseUrl, getApp } from './appStore'
import { manifestProblem } from './contentManifest'
import { isAcceptedSiblingCast } from './siblingCasts'
import { intuneError } from './intuneError'
import { listResponse } from './odata'
import { GraphHttpError, type GraphVersion, type RouteContext, type Router } from './router'
import { isDerivedFrom } from './schema'

export { applyCommittedContentVersion, DEFAULT_STATE_DELAY_MS } from '../blob/contentState'

export interface ContentRouteDeps {
  blob: BlobStore
  stateDelayMs: number
  validateBody: (
    version: GraphVersion,
    typeName: string,
    body: Record<string, unknown>,
    op: 'create' | 'update',
  ) => unknown
}

export interface ContentController {
  faults: ContentFaults
  /** applyCommittedContentVersion with this simulator's state delay. */
  applyCommittedContentVersion(app: SimApp, cvId: string): void
  /** Cancels pending state transitions (call before stopping the blob store). */
  dispose(): void
}

const READ = ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All']
const WRITE = ['DeviceManagementApps.ReadWrite.All']
const CV = '/deviceAppManagement/mobileApps/:appId/:cast/contentVersions'
const FILES = `${CV}/:cvId/files`
const UPLOAD_READY = ['azureStorageUriRequestSuccess', 'azureStorageUriRenewalSuccess']

export function registerContentRoutes(router: Router, deps: ContentRouteDeps): ContentController {
  const faults = new ContentFaults(deps.stateDelayMs)
  const timers = new Set<NodeJS.Timeout>()
  // Intune answers at once and finishes the work later; clients must poll.
  const later = (work: () => void | Promise<void>): void => {
    const t = setTimeout(() => {
      timers.delete(t)
      void Promise.resolve()
        .then(work)
        .catch(() => undefined)
    }, faults.stateDelayMs)
    t.unref()
    timers.add(t)
  }
  const settle = (file: SimFile, state: string): void => {
    file.uploadState = file.forcedOutcome ?? state
    file.forcedOutcome = undefined
  }
  const issueSas = (file: SimFile): void => {
    const sas = deps.blob.createSas(file.blobContainer, file.blobName)
    file.props.azureStorageUri = sas.url
    file.props.azureStorageUriExpirationDateTime = sas.expiresOn.toISOString()
    file.sasExpiresAt = sas.expiresOn.getTime()
  }
  const stageOutcome = (stage: 'Request' | 'Renewal', fault: UploadStateFault | undefined): string =>
    `azureStorageUri${stage}${fault === 'failed' ? 'Failed' : fault === 'timedOut' ? 'TimedOut' : 'Success'}`

  router.add({
    method: 'GET',
    pattern: CV,
    anyOf: READ,
    handler: ctx => {
      const app = lookupApp(ctx)
      const items = app.contentVersions.map(cv => renderCv(cv))
      return {
        status: 200,
        body: listResponse(items, ctx.query, { context: `${baseUrl(ctx)}/$metadata#contentVersions` }),
      }
    },
  })
  router.add({
    method: 'POST',
    pattern: CV,
    anyOf: WRITE,
    write: true,
    handler: ctx => {
      const app = lookupApp(ctx)
      if (ctx.body !== undefined) requireObject(ctx.body)
      refuseSecondBeforeCommit(app)
      const next = app.contentVersions.reduce((max, cv) => Math.max(max, Number(cv.id) || 0), 0) + 1
      const cv: SimContentVersion = { id: String(next), files: [] }
      app.contentVersions.push(cv)
      return {
        status: 201,
        body: { '@odata.context': `${baseUrl(ctx)}/$metadata#contentVersions/$entity`, ...renderCv(cv) },
      }
    },
  })
  router.add({
    method: 'GET',
    pattern: `${CV}/:cvId`,
    anyOf: READ,
    handler: ctx => {
      const { cv } = lookupCv(ctx)
      return {
        status: 200,
        body: { '@odata.context': `${baseUrl(ctx)}/$metadata#contentVersions/$entity`, ...renderCv(cv) },
      }
    },
  })
  router.add({
    method: 'GET',
    pattern: FILES,
    anyOf: READ,
    handler: ctx => {
      const { cv } = lookupCv(ctx)
      const items = cv.files.map(f => renderFile(f, ctx.version))
      return {
        status: 200,
        body: listResponse(items, ctx.query, { context: `${baseUrl(ctx)}/$metadata#files` }),
      }
    },
  })
  router.add({
    method: 'POST',
    pattern: FILES,
    anyOf: WRITE,
    write: true,
    handler: async ctx => {
      const { app, cv } = lookupCv(ctx)
      const body = requireObject(ctx.body)
      deps.validateBody(ctx.version, 'microsoft.graph.mobileAppContentFile', body, 'create')
      const manifest = manifestProblem(app, body.manifest)
      if (manifest) throw new GraphHttpError(400, 'BadRequest', `${manifest}.`)
      for (const k of ['size', 'sizeEncrypted'] as const) {
        if (!Number.isSafeInteger(body[k]) || (body[k] as number) < 0) {
          throw new GraphHttpError(400, 'BadRequest', `The '${k}' property must be a non-negative integer.`)
        }
      }
      const target = await deps.blob.createUploadTarget()
      const file: SimFile = {
        id: randomUUID(),
        props: {
          name: body.name ?? null,
          size: body.size,
          sizeEncrypted: body.sizeEncrypted,
          manifest: body.manifest ?? null,
          isDependency: body.isDependency ?? false,
          isFrameworkFile: body.isFrameworkFile ?? false,
          createdDateTime: new Date().toISOString(),
          azureStorageUri: null,
          azureStorageUriExpirationDateTime: null,
          isCommitted: false,
        },
        uploadState: 'azureStorageUriRequestPending',
        blobContainer: target.container,
        blobName: target.blob,
      }
      cv.files.push(file)
      later(() => {
        const fault = faults.takeSasFault()
        if (!fault) issueSas(file)
        settle(file, stageOutcome('Request', fault))
      })
      return {
        status: 201,
        body: {
          '@odata.context': `${baseUrl(ctx)}/$metadata#files/$entity`,
          ...renderFile(file, ctx.version),
        },
      }
    },
  })
  router.add({
    method: 'GET',
    pattern: `${FILES}/:fileId`,
    anyOf: READ,
    handler: ctx => {
      const { file } = lookupFile(ctx)
      return {
        status: 200,
        body: {
          '@odata.context': `${baseUrl(ctx)}/$metadata#files/$entity`,
          ...renderFile(file, ctx.version),
        },
      }
    },
  })
  router.add({
    method: 'POST',
    pattern: `${FILES}/:fileId/renewUpload`,
    anyOf: WRITE,
    write: true,
    handler: ctx => {
      const { file } = lookupFile(ctx)
      if (ctx.body !== undefined) requireObject(ctx.body)
      requireState(file, UPLOAD_READY, 'renewUpload')
      file.uploadState = 'azureStorageUriRenewalPending'
      later(() => {
        const fault = faults.takeRenewalFault()
        if (!fault) issueSas(file)
        settle(file, stageOutcome('Renewal', fault))
      })
      return { status: 204 }
    },
  })
  router.add({
    method: 'POST',
    pattern: `${FILES}/:fileId/commit`,
    anyOf: WRITE,
    write: true,
    handler: ctx => {
      const { app, cv, file } = lookupFile(ctx)
      const info = requireObject(ctx.body).fileEncryptionInfo
      if (typeof info !== 'object' || info === null || Array.isArray(info)) {
        throw new GraphHttpError(400, 'BadRequest', "The 'fileEncryptionInfo' parameter is required.")
      }
      requireState(file, UPLOAD_READY, 'commit')
      file.encryptionInfo = info as Record<string, unknown>
      file.uploadState = 'commitFilePending'
      later(async () => {
        const forced = faults.takeCommitFailure()
        const checkStarted = performance.now()
        const result: { ok: boolean; code?: string; reason?: string } = forced
          ? { ok: false, code: 'Forced', reason: 'commit failed by fault injection (failNextCommits)' }
          : await checkFile(deps.blob, file, /win32LobApp$/i.test(app.odataType)).catch((err: Error) => ({
              ok: false,
              code: 'BlobUnreadable',
              reason: `blob unreadable: ${err.message}`,
            }))
        const record = {
          appId: app.id,
          contentVersionId: cv.id,
          fileId: file.id,
          at: Date.now(),
          checkMs: performance.now() - checkStarted,
        }
        if (result.ok) {
          file.props.isCommitted = true
          faults.commits.push({ ...record, ok: true })
          return settle(file, 'commitFileSuccess')
        }
        file.props.errorCode = result.code
        file.props.errorDescription = result.reason
        faults.commits.push({ ...record, ok: false, code: result.code, reason: result.reason })
        settle(file, 'commitFileFailed')
      })
      return { status: 204 }
    },
  })

  return {
    faults,
    applyCommittedContentVersion: (app, cvId) => applyCommittedContentVersion(app, cvId, faults.stateDelayMs),
    dispose: () => {
      for (const t of timers) clearTimeout(t)
      timers.clear()
    },
  }
}

/**
 * Intune refuses a second content version on an app that never committed one. Evidence: IntuneAppBuilder
 * `IntuneAppPublishingService.cs` ("if content has never been committed, need to use last created content
 * if one exists, otherwise an error is thrown"); Microsoft's powershell-intune-samples
 * `LOB_Application/Application_LOB_Add.ps1` (the id "is always 1 until the app is committed"). The status
 * and text are inferred (docs/simulator.md).
 */
function refuseSecondBeforeCommit(app: SimApp): void {
  if (app.props.committedContentVersion || app.contentVersions.length === 0) return
  throw intuneError(
    400,
    'BadRequest',
    `The app has uncommitted content version '${app.contentVersions[app.contentVersions.length - 1].id}' and no committed content; upload to that content version instead of creating another.`,
    `/deviceAppManagement/mobileApps('${app.id}')/contentVersions`,
  )
}

function lookupApp(ctx: RouteContext): SimApp {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const cast = ctx.params.cast
  const type = app.odataType.replace(/^#?microsoft\.graph\./, '')
  if (cast.toLowerCase() !== `microsoft.graph.${type}`.toLowerCase() && !isAcceptedSiblingCast(type, cast)) {
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${cast}'.`)
  }
  if (!isDerivedFrom(ctx.version, app.odataType, 'microsoft.graph.mobileLobApp')) {
    throw new GraphHttpError(400, 'BadRequest', "Resource not found for the segment 'contentVersions'.")
  }
  return app
}

function lookupCv(ctx: RouteContext): { app: SimApp; cv: SimContentVersion } {
  const app = lookupApp(ctx)
  const cv = app.contentVersions.find(c => c.id === ctx.params.cvId)
  if (!cv) {
    const where = `/deviceAppManagement/mobileApps('${app.id}')/contentVersions`
    throw intuneError(404, 'ResourceNotFound', `No content version '${ctx.params.cvId}'.`, where)
  }
  return { app, cv }
}

function lookupFile(ctx: RouteContext): { app: SimApp; cv: SimContentVersion; file: SimFile } {
  const { app, cv } = lookupCv(ctx)
  const file = cv.files.find(f => f.id.toLowerCase() === ctx.params.fileId.toLowerCase())
  if (!file) {
    const where = `/deviceAppManagement/mobileApps('${app.id}')/contentVersions('${cv.id}')/files`
    throw intuneError(404, 'ResourceNotFound', `No content file '${ctx.params.fileId}'.`, where)
  }
  return { app, cv, file }
}

function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GraphHttpError(400, 'BadRequest', 'Empty Payload. JSON content expected.')
  }
  return body as Record<string, unknown>
}

function requireState(file: SimFile, allowed: string[], action: string): void {
  if (!allowed.includes(file.uploadState)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Cannot ${action} content file '${file.id}' in state ${file.uploadState}.`,
    )
  }
}
