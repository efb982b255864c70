/**
 * Win32 relationships (beta only, protocol §7.1): `GET mobileApps/{id}/relationships` and the
 * `updateRelationships` action, which replaces the list of relationships the app is the source of.
 * Each relationship is stored once, on its source app; the target app sees it with `targetType: parent`.
 */
import type { SimApp, SimState } from '../state'
import { appIsOf, baseUrl, getApp } from './appStore'
import { intuneError } from './intuneError'
import { listResponse } from './odata'
import { APPS_READ, APPS_WRITE } from './permissions'
import { stripReadOnly } from './projection'
import { GraphHttpError, type RouteContext, type Router } from './router'
import { findType, isDerivedFrom, validateActionBody } from './schema'

type Obj = Record<string, unknown>
type Kind = 'dependency' | 'supersedence'
interface Edge {
  kind: Kind
  source: SimApp
  target: SimApp
  /** dependencyType or supersedenceType. */
  mode: string
}

const APPS = '/deviceAppManagement/mobileApps'
const REL = 'microsoft.graph.mobileAppRelationship'
const WIN32 = 'microsoft.graph.win32LobApp'
const TYPES: Record<Kind, { odata: string; modeProp: string }> = {
  dependency: { odata: 'microsoft.graph.mobileAppDependency', modeProp: 'dependencyType' },
  supersedence: { odata: 'microsoft.graph.mobileAppSupersedence', modeProp: 'supersedenceType' },
}
export const MAX_DEPENDENCIES = 100
export const MAX_SUPERSEDENCES = 10

export function registerRelationshipRoutes(router: Router): void {
  router.add({ method: 'GET', pattern: `${APPS}/:appId/relationships`, anyOf: APPS_READ, handler: list })
  router.add({
    method: 'POST',
    pattern: `${APPS}/:appId/updateRelationships`,
    anyOf: APPS_WRITE,
    write: true,
    handler: update,
  })
}

const kindOf = (odataType: unknown): Kind | undefined =>
  (Object.keys(TYPES) as Kind[]).find(k => `#${TYPES[k].odata}` === odataType)

/** Every stored relationship whose two apps still exist. */
function edges(state: SimState, kind?: Kind): Edge[] {
  const out: Edge[] = []
  for (const source of state.apps.values()) {
    for (const r of source.relationships) {
      const k = kindOf(r['@odata.type'])
      const target = state.apps.get(String(r.targetId).toLowerCase())
      if (!k || !target || (kind && k !== kind)) continue
      out.push({ kind: k, source, target, mode: String(r[TYPES[k].modeProp]) })
    }
  }
  return out
}

/** Apps reachable from `from` along edges (down: source→target, up: target→source), excluding `from`. */
function reach(all: Edge[], from: SimApp, dir: 'down' | 'up'): Set<string> {
  const seen = new Set<string>()
  const stack = [from.id]
  while (stack.length > 0) {
    const cur = stack.pop()
    for (const e of all) {
      const [a, b] = dir === 'down' ? [e.source.id, e.target.id] : [e.target.id, e.source.id]
      if (a === cur && b !== from.id && !seen.has(b)) {
        seen.add(b)
        stack.push(b)
      }
    }
  }
  return seen
}

/** The relationship as `viewer` sees it: the other app is the target, a child or the parent. */
function render(state: SimState, viewer: SimApp, e: Edge): Obj {
  const other = e.source === viewer ? e.target : e.source
  const same = edges(state, e.kind)
  const p = (app: SimApp, k: string) => app.props[k] ?? null
  const counts =
    e.kind === 'dependency'
      ? {
          dependencyType: e.mode,
          dependentAppCount: reach(same, e.source, 'up').size,
          dependsOnAppCount: reach(same, e.target, 'down').size,
        }
      : {
          supersedenceType: e.mode,
          supersededAppCount: reach(same, e.target, 'down').size,
          supersedingAppCount: reach(same, e.source, 'up').size,
        }
  return {
    '@odata.type': `#${TYPES[e.kind].odata}`,
    id: `${viewer.id}_${other.id}`,
    targetId: other.id,
    targetDisplayName: p(other, 'displayName'),
    targetDisplayVersion: p(other, 'displayVersion'),
    targetPublisher: p(other, 'publisher'),
    targetPublisherDisplayName: p(other, 'publisher'),
    sourceId: viewer.id,
    sourceDisplayName: p(viewer, 'displayName'),
    sourceDisplayVersion: p(viewer, 'displayVersion'),
    sourcePublisherDisplayName: p(viewer, 'publisher'),
    targetType: e.source === viewer ? 'child' : 'parent',
    ...counts,
  }
}

function betaOnly(ctx: RouteContext, segment: string): void {
  if (ctx.version !== 'beta')
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`)
}

function list(ctx: RouteContext) {
  betaOnly(ctx, 'relationships')
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const mine = edges(ctx.state).filter(e => e.source === app || e.target === app)
  // Children first (the app's own list, in the order it was posted), then the apps it is a child of.
  mine.sort((a, b) => Number(a.source !== app) - Number(b.source !== app))
  return {
    status: 200,
    body: listResponse(
      mine.map(e => render(ctx.state, app, e)),
      ctx.query,
      {
        context: `${baseUrl(ctx)}/$metadata#deviceAppManagement/mobileApps('${app.id}')/relationships`,
        isOf: appIsOf,
      },
    ),
  }
}

/** `POST .../updateRelationships {"relationships":[...]}`: the app's whole child list, validated, then counts refreshed. */
function update(ctx: RouteContext) {
  validateActionBody(ctx.version, 'updateRelationships', undefined) // v1.0 has no such action
  const app = getApp(ctx.state, ctx.params.appId, ctx.version)
  const body = ctx.body
  const raw = typeof body === 'object' && body !== null ? (body as Obj).relationships : undefined
  if (!Array.isArray(raw)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "The parameter 'relationships' must be a JSON array; send [] to remove every relationship.",
    )
  }
  const items = raw.map(i => stripReadOnly('beta', REL, i)) as Obj[]
  validateActionBody('beta', 'updateRelationships', { ...(body as Obj), relationships: items })
  const where = `${APPS}('${app.id}')/updateRelationships`
  const fail = (text: string) => intuneError(400, 'BadRequest', text, where)
  if (!isDerivedFrom('beta', app.odataType, WIN32))
    throw fail(`Relationships can only be set on a Win32 app; '${app.id}' is a ${app.odataType}.`)

  const next: Obj[] = []
  const proposed: Edge[] = edges(ctx.state).filter(e => e.source !== app)
  for (const item of items) {
    const kind = kindOf(`#${findType('beta', String(item['@odata.type'])) ?? ''}`)
    if (!kind) throw fail('Each relationship must be a mobileAppDependency or a mobileAppSupersedence.')
    const { odata, modeProp } = TYPES[kind]
    const mode = item[modeProp]
    if (typeof mode !== 'string') throw fail(`A ${kind} needs '${modeProp}'.`)
    const targetId = typeof item.targetId === 'string' ? item.targetId.toLowerCase() : ''
    if (targetId === app.id) throw fail(`An app cannot have a ${kind} on itself ('${app.id}').`)
    const target = ctx.state.apps.get(targetId)
    if (!target) throw fail(`The ${kind} target app '${String(item.targetId)}' does not exist.`)
    if (!isDerivedFrom('beta', target.odataType, WIN32))
      throw fail(
        `The ${kind} target '${target.id}' is a ${target.odataType}; only Win32 apps can be related.`,
      )
    if (next.some(r => r.targetId === target.id))
      throw fail(`The app '${target.id}' appears more than once in the relationships.`)
    next.push({ '@odata.type': `#${odata}`, targetId: target.id, [modeProp]: mode })
    proposed.push({ kind, source: app, target, mode })
  }
  const count = (k: Kind) => proposed.filter(e => e.source === app && e.kind === k).length
  if (count('dependency') > MAX_DEPENDENCIES)
    throw fail(`An app can have at most ${MAX_DEPENDENCIES} dependencies; ${count('dependency')} were sent.`)
  if (count('supersedence') > MAX_SUPERSEDENCES)
    throw fail(`An app can supersede at most ${MAX_SUPERSEDENCES} apps; ${count('supersedence')} were sent.`)
  for (const e of proposed.filter(x => x.source === app)) {
    if (
      reach(
        proposed.filter(x => x.kind === e.kind),
        e.target,
        'down',
      ).has(app.id)
    ) {
      throw fail(
        `The ${e.kind} on '${String(e.target.props.displayName)}' (${e.target.id}) would create a cycle: that app already ${e.kind === 'dependency' ? 'depends on' : 'supersedes'} '${String(app.props.displayName)}' (${app.id}), directly or indirectly.`,
      )
    }
  }
  app.relationships = next
  refreshCounts(ctx.state)
  return { status: 204 }
}

/** The apps' beta counters: apps this app depends on / supersedes / is superseded by, transitively. */
function refreshCounts(state: SimState): void {
  const deps = edges(state, 'dependency')
  const sups = edges(state, 'supersedence')
  for (const app of state.apps.values()) {
    app.props.dependentAppCount = reach(deps, app, 'down').size
    app.props.supersedingAppCount = reach(sups, app, 'down').size
    app.props.supersededAppCount = reach(sups, app, 'up').size
  }
}
