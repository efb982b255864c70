/** Finds the app a supersedence or dependency points at, by id or by display name. */
import { endpoints } from '../graph/endpoints'
import { GUID, type AssignGraph, assignmentError, isGraphStatus } from './shared'

export interface AppRef {
  id: string
  displayName: string
  /** Graph type without the namespace, e.g. `win32LobApp`. */
  type: string
}

interface GraphAppLike {
  id: string
  displayName?: string
  '@odata.type'?: string
}

const toRef = (a: GraphAppLike): AppRef => ({
  id: a.id,
  displayName: a.displayName ?? a.id,
  type: String(a['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./, ''),
})

const FIX = 'Give the app id, or a display name that exactly one Intune app has.'

/** A GUID is looked up by id; anything else by exact display name (0 or several matches are an error). */
export async function resolveAppRef(graph: AssignGraph, idOrName: string): Promise<AppRef> {
  const ref = idOrName.trim().replace(/^\{(.*)\}$/, '$1')
  if (GUID.test(ref)) {
    try {
      const r = endpoints.appLookup(ref)
      return toRef(await graph.get<GraphAppLike>(r.path, { version: r.version }))
    } catch (e) {
      if (isGraphStatus(e, 404)) throw assignmentError([`no Intune app has id ${ref}`], FIX, 'relationships')
      throw e
    }
  }
  const named = endpoints.appsNamedLookup(ref)
  const hits = (await graph.list<GraphAppLike>(named.path, { version: named.version })).filter(
    a => (a.displayName ?? '').toLowerCase() === ref.toLowerCase(),
  )
  if (hits.length === 1) return toRef(hits[0])
  const found = hits.map(a => `'${a.displayName}' (${a.id}, ${toRef(a).type})`).join(', ')
  throw assignmentError(
    [
      hits.length
        ? `app '${ref}' matches ${hits.length}: ${found}; use the id`
        : `no Intune app is named '${ref}'`,
    ],
    FIX,
    'relationships',
  )
}
