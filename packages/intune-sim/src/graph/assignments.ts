/**
 * mobileApps/{id}/assignments (list, get, create, delete) and the `assign` action, which replaces the
 * whole set (protocol §6). Bodies are validated against the metadata first, then against Intune's rules.
 */
import type { SimApp } from '../state'
import { baseUrl, getApp } from './appStore'
import { findGroup } from './directory'
import { intuneError } from './intuneError'
import { listResponse } from './odata'
import { APPS_READ, APPS_WRITE } from './permissions'
import { projectDeep, stripReadOnly } from './projection'
import { GraphHttpError, type RouteContext, type Router } from './router'
import { findType, validateActionBody, validateBody } from './schema'

type Obj = Record<string, unknown>

const APPS = '/deviceAppManagement/mobileApps'
const ASSIGNMENT = 'microsoft.graph.mobileAppAssignment'
const INTENTS = ['available', 'required', 'uninstall', 'availableWithoutEnrollment']
/** The fixed ids Intune uses for the virtual "all users" / "all devices" groups. */
const TARGET_IDS: Record<string, string> = {
  'microsoft.graph.allLicensedUsersAssignmentTarget': 'acacacac-9df4-4c7d-9d50-4ef0226f57a9',
  'microsoft.graph.allDevicesAssignmentTarget': 'adadadad-808e-44e2-905a-0b7873a8a531',
}
const GROUP_TARGET = 'microsoft.graph.groupAssignmentTarget'
const EXCLUSION_TARGET = 'microsoft.graph.exclusionGroupAssignmentTarget'
export const NOT_PUBLISHED = "Invalid operation: app's PublishingState is not 'Published'"

export function registerAssignmentRoutes(router: Router): void {
  const base = `${APPS}/:appId`
  router.add({ method: 'GET', pattern: `${base}/assignments`, anyOf: APPS_READ, handler: list })
  router.add({
    method: 'POST',
    pattern: `${base}/assignments`,
    anyOf: APPS_WRITE,
    write: true,
    handler: create,
  })
  router.add({
    method: 'GET',
    pattern: `${base}/assignments/:assignmentId`,
    anyOf: APPS_READ,
    handler: getOne,
  })
  router.add({
    method: 'DELETE',
    pattern: `${base}/assignments/:assignmentId`,
    anyOf: APPS_WRITE,
    write: true,
    handler: deleteOne,
  })
  router.add({ method: 'POST', pattern: `${base}/assign`, anyOf: APPS_WRITE, write: true, handler: assign })
}

const render = (ctx: RouteContext, a: Obj) => projectDeep(ctx.version, ASSIGNMENT, a) as Obj
const context = (ctx: RouteContext, app: SimApp) =>
  `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileApps('${app.id}')/assignments`

function list(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const items = app.assignments.map(a => render(ctx, a))
  return { status: 200, body: listResponse(items, ctx.query, { context: context(ctx, app) }) }
}

function findAssignment(ctx: RouteContext, app: SimApp): Obj {
  const id = ctx.params.assignmentId.toLowerCase()
  const a = app.assignments.find(x => String(x.id).toLowerCase() === id)
  if (!a) {
    throw intuneError(
      404,
      'ResourceNotFound',
      `Resource not found: the app has no assignment with id '${ctx.params.assignmentId}'.`,
      `${APPS}('${app.id}')/assignments`,
    )
  }
  return a
}

function getOne(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  return {
    status: 200,
    body: { '@odata.context': `${context(ctx, app)}/$entity`, ...render(ctx, findAssignment(ctx, app)) },
  }
}

function deleteOne(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const a = findAssignment(ctx, app)
  app.assignments = app.assignments.filter(x => x !== a)
  app.props.isAssigned = app.assignments.length > 0
  return { status: 204 }
}

function requirePublished(app: SimApp, action: string): void {
  if (app.props.publishingState !== 'published')
    throw intuneError(400, 'BadRequest', NOT_PUBLISHED, `${APPS}('${app.id}')/${action}`)
}

/** `POST .../assign`: the listed assignments become the app's whole set; a repeated target keeps its first entry. */
function assign(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const body = ctx.body
  const raw = typeof body === 'object' && body !== null ? (body as Obj).mobileAppAssignments : undefined
  if (!Array.isArray(raw)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "The parameter 'mobileAppAssignments' must be a JSON array; send [] to remove every assignment.",
    )
  }
  const items = raw.map(i => stripReadOnly(ctx.version, ASSIGNMENT, i))
  validateActionBody(ctx.version, 'assign', { ...(body as Obj), mobileAppAssignments: items })
  requirePublished(app, 'assign')
  const next: Obj[] = []
  for (const item of items as Obj[]) {
    const a = normalise(ctx, app, item)
    if (!next.some(x => targetKey(x) === targetKey(a))) next.push(a)
  }
  app.assignments = next
  app.props.isAssigned = next.length > 0
  return { status: 204 }
}

/** `POST .../assignments`: adds one assignment (201); a second one for the same target is refused. */
function create(ctx: RouteContext) {
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const item = stripReadOnly(ctx.version, ASSIGNMENT, ctx.body ?? null)
  validateBody(ctx.version, ASSIGNMENT, item, 'create')
  requirePublished(app, 'assignments')
  const a = normalise(ctx, app, item as Obj)
  const existing = app.assignments.find(x => targetKey(x) === targetKey(a))
  if (existing) {
    throw intuneError(
      400,
      'BadRequest',
      `The app already has an assignment for this target (id '${String(existing.id)}'); use the assign action to change it.`,
      `${APPS}('${app.id}')/assignments`,
    )
  }
  app.assignments.push(a)
  app.props.isAssigned = true
  return {
    status: 201,
    body: { '@odata.context': `${context(ctx, app)}/$entity`, ...render(ctx, a) },
    headers: { Location: `${baseUrl(ctx)}${APPS}/${app.id}/assignments/${String(a.id)}` },
  }
}

/** One assignment per target: the target's type and group, whatever the intent or filter. */
function targetKey(a: Obj): string {
  const target = a.target as Obj
  return `${String(target['@odata.type'])}|${String(target.groupId ?? '')}`
}

/**
 * Applies Intune's checks beyond the metadata and returns the stored (beta-shaped) assignment. The id
 * is `<target id>_<intent index>_<0 include|1 exclude>`, so one target maps to one id.
 */
function normalise(ctx: RouteContext, app: SimApp, item: Obj): Obj {
  const where = `${APPS}('${app.id}')/assign`
  const fail = (text: string) => intuneError(400, 'BadRequest', text, where)
  const intent = item.intent
  if (typeof intent !== 'string') throw fail("Each assignment needs an 'intent'.")
  const target = item.target as Obj | null | undefined
  if (!target) throw fail("Each assignment needs a 'target'.")
  const type = findType(ctx.version, String(target['@odata.type'])) ?? ''
  const isGroup = type === GROUP_TARGET || type === EXCLUSION_TARGET
  if (!isGroup && !TARGET_IDS[type]) throw fail(`Assignment target type '${type}' is not supported for apps.`)
  let targetId = TARGET_IDS[type]
  const stored: Obj = { '@odata.type': `#${type}` }
  if (isGroup) {
    if (typeof target.groupId !== 'string') throw fail(`A '${type}' needs a 'groupId'.`)
    try {
      targetId = findGroup(ctx.state, target.groupId).id
    } catch {
      throw fail(`The group '${target.groupId}' of an assignment target does not exist in the directory.`)
    }
    stored.groupId = targetId
  }
  Object.assign(stored, assignmentFilter(ctx, target, type, fail))
  return {
    '@odata.type': `#${ASSIGNMENT}`,
    id: `${targetId}_${INTENTS.indexOf(intent)}_${type === EXCLUSION_TARGET ? 1 : 0}`,
    intent,
    source: 'direct',
    sourceId: null,
    target: stored,
    settings: item.settings ?? null,
  }
}

function assignmentFilter(ctx: RouteContext, target: Obj, type: string, fail: (t: string) => GraphHttpError) {
  const id = target.deviceAndAppManagementAssignmentFilterId ?? null
  const kind = target.deviceAndAppManagementAssignmentFilterType ?? 'none'
  if (kind === 'none') {
    if (id !== null) throw fail("A filter id was given with filter type 'none'; use 'include' or 'exclude'.")
    return {
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: 'none',
    }
  }
  if (type === EXCLUSION_TARGET) throw fail('An exclusion group target cannot take an assignment filter.')
  if (typeof id !== 'string') throw fail(`Filter type '${String(kind)}' needs a filter id.`)
  const filter = ctx.state.filters.find(f => f.id.toLowerCase() === id.toLowerCase())
  if (!filter) throw fail(`The assignment filter '${id}' does not exist.`)
  return {
    deviceAndAppManagementAssignmentFilterId: filter.id,
    deviceAndAppManagementAssignmentFilterType: kind,
  }
}
