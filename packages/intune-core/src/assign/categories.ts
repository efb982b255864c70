/** App categories (linked with `$ref`) and scope tags (the app body's roleScopeTagIds, beta). */
import type { GraphVersion } from '../templates/graphVersion'
import { endpoints } from '../graph/endpoints'
import type { AssignGraph } from './shared'

export interface CategoryRef {
  id: string
  displayName: string
}

/** The categories linked to an app now. */
export function readCategories(
  graph: AssignGraph,
  appId: string,
  version: GraphVersion = 'v1.0',
): Promise<CategoryRef[]> {
  const r = endpoints.appCategories(appId, version)
  return graph.list<CategoryRef>(r.path, { version: r.version })
}

/** Which wanted categories are new and which the app already has (names compared ignoring case). */
export function planCategories(
  currentNames: string[],
  wantedNames: string[],
): { added: string[]; kept: string[] } {
  const have = new Set(currentNames.map(n => n.toLowerCase()))
  const wanted = [...new Map(wantedNames.map(n => [n.toLowerCase(), n])).values()]
  return {
    added: wanted.filter(n => !have.has(n.toLowerCase())),
    kept: wanted.filter(n => have.has(n.toLowerCase())),
  }
}

/**
 * Links each category not linked yet (Intune answers 400 to a duplicate link, so existing ones are
 * skipped). Never unlinks: categories set by hand stay. Returns the ids linked.
 */
export async function applyCategories(
  graph: AssignGraph,
  appId: string,
  categoryIds: string[],
  existingIds: string[],
  /** The app type's version (templates/graphVersion appTypeVersion): beta for beta-only types. */
  version: GraphVersion = 'v1.0',
): Promise<string[]> {
  const have = new Set(existingIds.map(id => id.toLowerCase()))
  const linked: string[] = []
  const link = endpoints.linkCategory(appId, version)
  for (const id of categoryIds) {
    if (have.has(id.toLowerCase())) continue
    have.add(id.toLowerCase())
    await graph.post(
      link.path,
      { '@odata.id': endpoints.categoryOdataId(graph.graphUrl, id, link.version) },
      { version: link.version },
    )
    linked.push(id)
  }
  return linked
}

/** roleScopeTagIds for the app body (send it through beta) from resolved scope tag names; undefined if none. */
export function scopeTagIds(names: string[], resolved: Record<string, string>): string[] | undefined {
  if (!names.length) return undefined
  return [...new Set(names.map(n => resolved[n]).filter((id): id is string => id !== undefined))]
}
