/**
 * The seeded directory an assignment refers to: Entra groups (and their members), Intune assignment
 * filters and role scope tags. Group errors use the directory service's codes (`Request_...`), not
 * Intune's JSON-in-message style.
 */
import type { SimFilter, SimGroup, SimScopeTag, SimState } from '../state'
import { baseUrl } from './appStore'
import { listResponse, select } from './odata'
import { FILTERS_READ, GROUPS_READ, RBAC_READ } from './permissions'
import { GraphHttpError, type RouteContext, type Router } from './router'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SCOPE_TAGS_FN = /^getRoleScopeTagsByResource\(resource='([^']*)'\)$/i

export function registerDirectoryRoutes(router: Router): void {
  router.add({ method: 'GET', pattern: '/groups', anyOf: GROUPS_READ, handler: listGroups })
  router.add({ method: 'GET', pattern: '/groups/:groupId', anyOf: GROUPS_READ, handler: getGroup })
  router.add({
    method: 'GET',
    pattern: '/groups/:groupId/members',
    anyOf: GROUPS_READ,
    handler: listMembers,
  })
  router.add({
    method: 'GET',
    pattern: '/deviceManagement/assignmentFilters',
    anyOf: FILTERS_READ,
    handler: listFilters,
  })
  router.add({
    method: 'GET',
    pattern: '/deviceManagement/assignmentFilters/:filterId',
    anyOf: FILTERS_READ,
    handler: getFilter,
  })
  router.add({
    method: 'GET',
    pattern: '/deviceManagement/roleScopeTags',
    anyOf: RBAC_READ,
    handler: ctx => listScopeTags(ctx, 'roleScopeTags'),
  })
  // The function call is one path segment; clients may percent-encode its quotes, and params arrive decoded.
  router.add({
    method: 'GET',
    pattern: '/deviceManagement/:function',
    anyOf: RBAC_READ,
    handler: scopeTagsByResource,
  })
}

/** The group with this id, or the directory's 400/404. */
export function findGroup(state: SimState, id: string): SimGroup {
  if (!GUID.test(id))
    throw new GraphHttpError(400, 'Request_BadRequest', `Invalid object identifier '${id}'.`)
  const group = state.groups.find(g => g.id.toLowerCase() === id.toLowerCase())
  if (!group) {
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    )
  }
  return group
}

function groupBody(g: SimGroup): Record<string, unknown> {
  return {
    id: g.id,
    displayName: g.displayName,
    description: null,
    groupTypes: [],
    mailEnabled: false,
    mailNickname: g.displayName.replace(/[^A-Za-z0-9]/g, '') || 'group',
    securityEnabled: true,
    createdDateTime: '2024-01-01T00:00:00Z',
  }
}

function listGroups(ctx: RouteContext) {
  return {
    status: 200,
    body: listResponse(ctx.state.groups.map(groupBody), ctx.query, {
      context: `${baseUrl(ctx)}/$metadata#groups`,
    }),
  }
}

function getGroup(ctx: RouteContext) {
  const group = findGroup(ctx.state, ctx.params.groupId)
  const body = select(groupBody(group), ctx.query.get('$select'))
  return { status: 200, body: { '@odata.context': `${baseUrl(ctx)}/$metadata#groups/$entity`, ...body } }
}

function listMembers(ctx: RouteContext) {
  const group = findGroup(ctx.state, ctx.params.groupId)
  const type = group.memberType ?? 'user'
  const items = (group.members ?? []).map((id, i) => ({
    '@odata.type': `#microsoft.graph.${type}`,
    id,
    displayName: `${type === 'device' ? 'Device' : 'User'} ${i + 1} of ${group.displayName}`,
  }))
  return {
    status: 200,
    body: listResponse(items, ctx.query, { context: `${baseUrl(ctx)}/$metadata#directoryObjects` }),
  }
}

/** Intune's device-management resources used here exist only in beta. */
function betaOnly(ctx: RouteContext, segment: string): void {
  if (ctx.version !== 'beta')
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`)
}

function filterBody(f: SimFilter): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.deviceAndAppManagementAssignmentFilter',
    id: f.id,
    createdDateTime: '2024-01-01T00:00:00Z',
    lastModifiedDateTime: '2024-01-01T00:00:00Z',
    displayName: f.displayName,
    description: '',
    platform: f.platform,
    rule: f.rule ?? '',
    roleScopeTags: ['0'],
    assignmentFilterManagementType: 'devices',
  }
}

function listFilters(ctx: RouteContext) {
  betaOnly(ctx, 'assignmentFilters')
  return {
    status: 200,
    body: listResponse(ctx.state.filters.map(filterBody), ctx.query, {
      context: `${baseUrl(ctx)}/$metadata#deviceManagement/assignmentFilters`,
    }),
  }
}

function getFilter(ctx: RouteContext) {
  betaOnly(ctx, 'assignmentFilters')
  const f = ctx.state.filters.find(x => x.id.toLowerCase() === ctx.params.filterId.toLowerCase())
  if (!f) {
    throw new GraphHttpError(
      404,
      'ResourceNotFound',
      `No assignment filter with id '${ctx.params.filterId}'.`,
    )
  }
  return { status: 200, body: filterBody(f) }
}

function scopeTagBody(t: SimScopeTag): Record<string, unknown> {
  return {
    id: t.id,
    displayName: t.displayName,
    description: t.description ?? '',
    isBuiltIn: t.id === '0',
  }
}

function listScopeTags(ctx: RouteContext, segment: string) {
  betaOnly(ctx, segment)
  return {
    status: 200,
    body: listResponse(ctx.state.scopeTags.map(scopeTagBody), ctx.query, {
      context: `${baseUrl(ctx)}/$metadata#Collection(microsoft.graph.roleScopeTag)`,
    }),
  }
}

/** `getRoleScopeTagsByResource(resource='MobileApps')`: every scope tag (the simulator has one admin). */
function scopeTagsByResource(ctx: RouteContext) {
  const fn = ctx.params.function
  if (!SCOPE_TAGS_FN.test(fn))
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${fn}'.`)
  return listScopeTags(ctx, 'getRoleScopeTagsByResource')
}
