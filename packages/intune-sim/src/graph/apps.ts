/**
 * deviceAppManagement/mobileApps (list, get, create, update, delete), category links and
 * mobileAppCategories, for v1.0 and beta.
 */
import type { SimApp } from '../state'
import { appIsOf, baseUrl, getApp, newApp, renderApp } from './appStore'
import { intuneError } from './intuneError'
import { listResponse, select } from './odata'
import { APPS_READ, APPS_WRITE } from './permissions'
import { GraphHttpError, type RouteContext, type Router } from './router'
import { findType, typeShape, validateBody } from './schema'
import { isAcceptedSiblingCast } from './siblingCasts'

export interface AppRouteDeps {
  /** SIM-BLOB's content check (graph/content.ts); the fallback below applies the same contract. */
  applyCommittedContentVersion?: (app: SimApp, cvId: string) => void
}

const APPS = '/deviceAppManagement/mobileApps'

export function registerAppRoutes(router: Router, deps: AppRouteDeps = {}): void {
  const commit = deps.applyCommittedContentVersion ?? fallbackApplyCommittedContentVersion
  router.add({ method: 'GET', pattern: APPS, anyOf: APPS_READ, handler: ctx => listApps(ctx) })
  router.add({ method: 'POST', pattern: APPS, anyOf: APPS_WRITE, handler: createApp })
  router.add({
    method: 'GET',
    pattern: `${APPS}/:appId/categories`,
    anyOf: APPS_READ,
    handler: listAppCategories,
  })
  router.add({
    method: 'POST',
    pattern: `${APPS}/:appId/categories/$ref`,
    anyOf: APPS_WRITE,
    handler: addCategoryRef,
  })
  router.add({
    method: 'DELETE',
    pattern: `${APPS}/:appId/categories/:catId/$ref`,
    anyOf: APPS_WRITE,
    handler: removeCategoryRef,
  })
  router.add({ method: 'GET', pattern: `${APPS}/:appId`, anyOf: APPS_READ, handler: getAppOrCast })
  router.add({
    method: 'PATCH',
    pattern: `${APPS}/:appId`,
    anyOf: APPS_WRITE,
    handler: ctx => updateApp(ctx, commit),
  })
  router.add({ method: 'DELETE', pattern: `${APPS}/:appId`, anyOf: APPS_WRITE, handler: deleteApp })
  router.add({
    method: 'GET',
    pattern: '/deviceAppManagement/mobileAppCategories',
    anyOf: APPS_READ,
    handler: listCategories,
  })
  router.add({
    method: 'GET',
    pattern: '/deviceAppManagement/mobileAppCategories/:catId',
    anyOf: APPS_READ,
    handler: getCategory,
  })
}

function listApps(ctx: RouteContext, castType?: string) {
  let items = [...ctx.state.apps.values()].map(app => renderApp(app, ctx.version))
  if (castType) items = items.filter(i => appIsOf(i, castType))
  return {
    status: 200,
    body: listResponse(items, ctx.query, {
      context: `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileApps`,
      isOf: appIsOf,
    }),
  }
}

/** `GET mobileApps/{id}`, or the cast collection `GET mobileApps/microsoft.graph.win32LobApp`. */
function getAppOrCast(ctx: RouteContext) {
  const id = ctx.params.appId
  if (id.includes('.')) {
    const type = findType(ctx.version, id)
    if (!type) throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${id}'.`)
    return listApps(ctx, type)
  }
  const body = select(renderApp(getApp(ctx.state, id, ctx.version), ctx.version), ctx.query.get('$select'))
  return {
    status: 200,
    body: { '@odata.context': `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileApps/$entity`, ...body },
  }
}

function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GraphHttpError(400, 'BadRequest', 'Empty Payload. JSON content expected.')
  }
  return body as Record<string, unknown>
}

function createApp(ctx: RouteContext) {
  const body = requireObject(ctx.body)
  const type = validateBody(ctx.version, 'microsoft.graph.mobileApp', body, 'create')
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
    throw intuneError(400, 'BadRequest', "The 'displayName' property is required.", APPS)
  }
  const app = newApp(ctx.version, type, body)
  ctx.state.apps.set(app.id, app)
  const rendered = renderApp(app, ctx.version)
  return {
    status: 201,
    body: {
      '@odata.context': `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileApps/$entity`,
      ...rendered,
    },
    headers: { Location: `${baseUrl(ctx)}${APPS}/${app.id}` },
  }
}

function updateApp(ctx: RouteContext, commit: (app: SimApp, cvId: string) => void) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const body = requireObject(ctx.body)
  const named = typeof body['@odata.type'] === 'string' ? body['@odata.type'] : undefined
  // A sibling cast working clients PATCH with (siblingCasts.ts) is validated as that type.
  const as = named && isAcceptedSiblingCast(app.odataType, named) ? named.replace(/^#/, '') : app.odataType
  validateBody(ctx.version, as, body, 'update')
  refuseFixedAfterCreate(app, body)
  const shape = typeShape(ctx.version, app.odataType)
  const cv = body.committedContentVersion
  if (typeof cv === 'string') commit(app, cv)
  for (const [k, v] of Object.entries(body)) {
    // Annotations, read-only properties and the already-applied content version are not plain updates.
    if (k.includes('@') || k === 'id' || k === 'committedContentVersion' || shape?.properties[k]?.readOnly)
      continue
    app.props[k] = v
  }
  if (cv === null) app.props.committedContentVersion = null
  // IntuneWin32App: "the PATCH operation would remove the largeIcon property value" unless it is sent
  // (`Update-IntuneWin32AppPackageFile.ps1` L25, L151). Inferred: may have changed since 2021.
  if (!('largeIcon' in body)) delete app.props.largeIcon
  app.props.lastModifiedDateTime = new Date().toISOString()
  return { status: 204 }
}

/**
 * Properties Intune fixes at creation, refused in a PATCH:
 * - MSIX identity: read-only after creation (Microsoft's `MSIX_Application_Update.ps1` and its readme);
 * - iOS appleDeviceAppDeliveryProtocolType: appcircle dropped it from its PATCH to fix updates of existing
 *   apps (`main.sh`, commit af6ddec). Both inferred from working clients, not from an error text.
 */
const FIXED_AFTER_CREATE: Record<string, readonly string[]> = {
  'microsoft.graph.windowsUniversalAppX': [
    'identityName',
    'identityPublisherHash',
    'identityResourceIdentifier',
    'identityVersion',
    'isBundle',
    'applicableArchitectures',
  ],
  'microsoft.graph.iosLobApp': ['appleDeviceAppDeliveryProtocolType'],
}

function refuseFixedAfterCreate(app: SimApp, body: Record<string, unknown>): void {
  const fixed = (FIXED_AFTER_CREATE[app.odataType.replace(/^#/, '')] ?? []).filter(k => k in body)
  if (fixed.length)
    throw intuneError(
      400,
      'BadRequest',
      `The following properties cannot be updated after the app is created: ${fixed.join(', ')}.`,
      `${APPS}/${app.id}`,
    )
}

function deleteApp(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  ctx.state.apps.delete(app.id)
  return { status: 204 }
}

/**
 * Stand-in for SIM-BLOB's applyCommittedContentVersion with the same contract: every file of the
 * content version must be committed, then the app is published.
 */
export function fallbackApplyCommittedContentVersion(app: SimApp, cvId: string): void {
  const cv = app.contentVersions.find(c => c.id === cvId)
  if (!cv || cv.files.length === 0 || cv.files.some(f => f.uploadState !== 'commitFileSuccess')) {
    throw intuneError(
      400,
      'BadRequest',
      `Content version '${cvId}' cannot be committed: its files are not all in state commitFileSuccess.`,
      `${APPS}/${app.id}`,
    )
  }
  app.props.committedContentVersion = cvId
  app.props.publishingState = 'published'
}

function categoryBody(c: { id: string; displayName: string }) {
  return { id: c.id, displayName: c.displayName, lastModifiedDateTime: '2024-01-01T00:00:00Z' }
}

function listAppCategories(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const items = ctx.state.categories.filter(c => app.categoryIds.includes(c.id)).map(c => categoryBody(c))
  return {
    status: 200,
    body: listResponse(items, ctx.query, { context: `${baseUrl(ctx)}/$metadata#mobileAppCategories` }),
  }
}

function addCategoryRef(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const ref = requireObject(ctx.body)['@odata.id']
  const m = typeof ref === 'string' ? /mobileAppCategories(?:\/|\(')([^/')?]+)/i.exec(ref) : null
  if (!m) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "The '@odata.id' of a category reference must be a mobileAppCategories URL.",
    )
  }
  const cat = ctx.state.categories.find(c => c.id.toLowerCase() === m[1].toLowerCase())
  if (!cat) {
    throw intuneError(
      404,
      'ResourceNotFound',
      `No mobileAppCategory with id '${m[1]}'.`,
      '/deviceAppManagement/mobileAppCategories',
    )
  }
  if (app.categoryIds.includes(cat.id)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "One or more added object references already exist for the following modified properties: 'categories'.",
    )
  }
  app.categoryIds.push(cat.id)
  return { status: 204 }
}

function removeCategoryRef(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const before = app.categoryIds.length
  app.categoryIds = app.categoryIds.filter(id => id.toLowerCase() !== ctx.params.catId.toLowerCase())
  if (app.categoryIds.length === before) {
    throw intuneError(
      404,
      'ResourceNotFound',
      `The app has no category '${ctx.params.catId}'.`,
      `${APPS}/${app.id}/categories`,
    )
  }
  return { status: 204 }
}

function listCategories(ctx: RouteContext) {
  const items = ctx.state.categories.map(c => categoryBody(c))
  return {
    status: 200,
    body: listResponse(items, ctx.query, {
      context: `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileAppCategories`,
    }),
  }
}

function getCategory(ctx: RouteContext) {
  const cat = ctx.state.categories.find(c => c.id.toLowerCase() === ctx.params.catId.toLowerCase())
  if (!cat) {
    throw intuneError(
      404,
      'ResourceNotFound',
      `No mobileAppCategory with id '${ctx.params.catId}'.`,
      '/deviceAppManagement/mobileAppCategories',
    )
  }
  return { status: 200, body: categoryBody(cat) }
}
