/** Creating, rendering and looking up mobileApp records, with defaults derived from the Graph metadata. */
import crypto from 'node:crypto'
import type { SimApp, SimState } from '../state'
import type { RouteContext, GraphVersion } from './router'
import { intuneError } from './intuneError'
import { findType, isDerivedFrom, loadSchema, projectForVersion, qualify, typeShape } from './schema'

export function newApp(version: GraphVersion, odataType: string, body: Record<string, unknown>): SimApp {
  const now = new Date().toISOString()
  const props: Record<string, unknown> = {}
  // Defaults come from the beta shape (a superset of v1.0); reads project them per version.
  const shape = typeShape('beta', odataType) ?? typeShape(version, odataType)
  const enums = loadSchema('beta').enums
  for (const [name, def] of Object.entries(shape?.properties ?? {})) {
    if (name === 'id') continue
    props[name] = null
    if (def.nullable !== false) continue
    if (def.type === 'Edm.Boolean') props[name] = false
    else if (/^Edm\.Int(16|32|64)$/.test(def.type)) props[name] = 0
    else if (def.type.startsWith('Collection(')) props[name] = []
    else if (enums[def.type]) props[name] = enums[def.type].members[0]
  }
  for (const [k, v] of Object.entries(body)) if (!k.includes('@')) props[k] = v
  Object.assign(props, { createdDateTime: now, lastModifiedDateTime: now, publishingState: 'notPublished' })
  if (
    'roleScopeTagIds' in props &&
    (props.roleScopeTagIds === null || (props.roleScopeTagIds as unknown[]).length === 0)
  ) {
    props.roleScopeTagIds = ['0']
  }
  return {
    id: crypto.randomUUID(),
    odataType: qualify(odataType),
    props,
    createdVersion: version,
    contentVersions: [],
    assignments: [],
    relationships: [],
    categoryIds: [],
  }
}

/** The app as Graph returns it for `version` (beta-only properties hidden on v1.0). */
export function renderApp(app: SimApp, version: GraphVersion): Record<string, unknown> {
  return projectForVersion(version, app.odataType, {
    '@odata.type': `#${app.odataType}`,
    id: app.id,
    ...app.props,
  })
}

export function appIsOf(item: Record<string, unknown>, typeName: string): boolean {
  const t = item['@odata.type']
  return typeof t === 'string' && isDerivedFrom('beta', t.replace(/^#/, ''), typeName)
}

/** The app with this id, or Intune's 404. */
/**
 * The app by id. With `version`, an app whose type that version doesn't know (macOSPkgApp on v1.0) is
 * refused as Graph refuses an unknown type: no reference client calls v1.0 for a beta-only type (wire
 * review S5). Inferred: the status and text are not documented.
 */
export function getApp(state: SimState, id: string, version?: GraphVersion): SimApp {
  const app = state.apps.get(id.toLowerCase())
  if (!app)
    throw intuneError(
      404,
      'ResourceNotFound',
      `Resource not found: no mobileApp with id '${id}'.`,
      `/deviceAppManagement/mobileApps('${id}')`,
    )
  if (version && !findType(version, app.odataType))
    throw intuneError(
      400,
      'BadRequest',
      `The type '${app.odataType}' is not available in Graph ${version}; use beta.`,
      `/deviceAppManagement/mobileApps('${id}')`,
    )
  return app
}

export const baseUrl = (ctx: RouteContext): string =>
  `https://${ctx.req.headers.host ?? '127.0.0.1'}/${ctx.version}`
