/**
 * Turns the names a run's templates use (groups, assignment filters, scope tags, categories) into ids, once
 * per run, and checks group ids exist. Every problem of every kind is collected and thrown as one error, so a
 * user fixes them in one go; the empty-group guardrail is checked here too.
 */
import { mapPool } from '../budget/mapPool'
import type { Logger } from '../logger'
import type { ResolvedIds } from '../templates/toGraphAssignment'
import { endpoints } from '../graph/endpoints'
import { type AssignGraph, assignmentError, isGraphStatus } from './shared'

export interface DirectoryNeeds {
  groupNames?: string[]
  groupIds?: string[]
  filterNames?: string[]
  scopeTagNames?: string[]
  categoryNames?: string[]
  /** Groups (display names or ids) that are include targets: refused when they have no members. */
  nonEmptyGroups?: string[]
  /** Opt-out of the empty-group guardrail. */
  allowEmptyGroups?: boolean
}

export interface ResolvedDirectory extends ResolvedIds {
  /** Name as written in the template -> id. */
  groups: Record<string, string>
  filters: Record<string, string>
  scopeTags: Record<string, string>
  categories: Record<string, string>
  /** Lower-case id -> display name (groups, filters), for plan text. */
  names: Record<string, string>
}

export interface Resolution {
  ids: Record<string, string>
  names: Record<string, string>
  problems: string[]
}

interface Named {
  id: string
  displayName: string
}

const uniq = (xs: string[] | undefined): string[] => [...new Set(xs ?? [])]

/**
 * Look-ups in flight at once, per kind. The run's one keep-alive dispatcher then opens about this many
 * sockets, and the request budget (1000 per 20 s per app) paces the rest.
 */
export const LOOKUP_CONCURRENCY = 8
const eachName = <R>(xs: string[], fn: (x: string) => Promise<R>): Promise<R[]> =>
  mapPool(xs, LOOKUP_CONCURRENCY, fn)
const found = (items: Named[]): string => items.map(i => `'${i.displayName}' (${i.id})`).join(', ')
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** One match per name, else a problem line saying what was found. */
function pick(kind: string, name: string, items: Named[], out: Resolution): void {
  const hits = items.filter(i => same(i.displayName, name))
  if (hits.length === 1) {
    out.ids[name] = hits[0].id
    out.names[hits[0].id.toLowerCase()] = hits[0].displayName
  } else if (hits.length === 0) out.problems.push(`${kind} '${name}' matches nothing`)
  else out.problems.push(`${kind} '${name}' matches ${hits.length}: ${found(hits)}; use the id instead`)
}

const empty = (): Resolution => ({ ids: {}, names: {}, problems: [] })

/** Groups by display name (Graph's `eq` on displayName ignores case) and group ids checked to exist. */
export async function resolveGroups(
  graph: AssignGraph,
  names: string[],
  ids: string[] = [],
): Promise<Resolution> {
  const out = empty()
  await eachName(uniq(names), async name => {
    const r = endpoints.groupsNamed(name)
    const items = await graph.list<Named>(r.path, { version: r.version })
    pick('group', name, items, out)
  })
  await eachName(uniq(ids), async id => {
    try {
      const r = endpoints.group(id)
      const g = await graph.get<Named>(r.path, { version: r.version })
      out.ids[id] = g.id
      out.names[g.id.toLowerCase()] = g.displayName
    } catch (e) {
      if (!isGraphStatus(e, 404)) throw e
      out.problems.push(`group id ${id} does not exist in this tenant`)
    }
  })
  return out
}

/** The guardrail: groups without a single member (checked with `members?$top=1`). */
export async function emptyGroups(graph: AssignGraph, groupIds: string[]): Promise<string[]> {
  const results = await eachName(uniq(groupIds), async id => {
    const r = endpoints.groupHasMembers(id)
    const page = await graph.get<{ value?: unknown[] }>(r.path, { version: r.version })
    return (page.value ?? []).length === 0 ? id : undefined
  })
  return results.filter((id): id is string => id !== undefined)
}

/** Assignment filters: one list call, matched by display name ignoring case. */
export async function resolveFilters(graph: AssignGraph, names: string[]): Promise<Resolution> {
  const out = empty()
  if (!uniq(names).length) return out
  const r = endpoints.assignmentFilters()
  const all = await graph.list<Named>(r.path, { version: r.version })
  const hint = all.length
    ? ` (filters here: ${all
        .slice(0, 20)
        .map(f => `'${f.displayName}'`)
        .join(', ')}${all.length > 20 ? ', ...' : ''})`
    : ' (the tenant has no assignment filters)'
  for (const name of uniq(names)) {
    const before = out.problems.length
    pick('assignment filter', name, all, out)
    if (out.problems.length > before && !all.some(f => same(f.displayName, name)))
      out.problems[before] += hint
  }
  return out
}

/** Scope tags that apply to apps, by display name. */
export async function resolveScopeTags(graph: AssignGraph, names: string[]): Promise<Resolution> {
  const out = empty()
  await eachName(uniq(names), async name => {
    const r = endpoints.scopeTagsNamed(name)
    const items = await graph.list<Named>(r.path, { version: r.version })
    pick('scope tag', name, items, out)
  })
  return out
}

/** App categories by display name. */
export async function resolveCategories(graph: AssignGraph, names: string[]): Promise<Resolution> {
  const out = empty()
  await eachName(uniq(names), async name => {
    const r = endpoints.categoriesNamed(name)
    const items = await graph.list<Named>(r.path, { version: r.version })
    pick('category', name, items, out)
  })
  return out
}

/**
 * Resolve everything a run needs in one pass. Throws ASSIGNMENT_INVALID listing every name that matched
 * nothing or several (with what was found), every unknown group id and every empty include group.
 */
export async function resolveDirectory(
  graph: AssignGraph,
  needs: DirectoryNeeds,
  logger: Logger,
): Promise<ResolvedDirectory> {
  // One kind after the other, each through its pool: never more than LOOKUP_CONCURRENCY requests at once.
  const groups = await resolveGroups(graph, needs.groupNames ?? [], needs.groupIds ?? [])
  const filters = await resolveFilters(graph, needs.filterNames ?? [])
  const scopeTags = await resolveScopeTags(graph, needs.scopeTagNames ?? [])
  const categories = await resolveCategories(graph, needs.categoryNames ?? [])
  const problems = [groups, filters, scopeTags, categories].flatMap(r => r.problems)
  const mustHaveMembers = uniq(needs.nonEmptyGroups)
    .map(ref => groups.ids[ref])
    .filter((id): id is string => id !== undefined)
  if (!needs.allowEmptyGroups && mustHaveMembers.length) {
    for (const id of await emptyGroups(graph, mustHaveMembers))
      problems.push(
        `group '${groups.names[id.toLowerCase()] ?? id}' (${id}) has no members; nobody would get the app (opt out: guardrails.allowEmptyGroups: true)`,
      )
  }
  if (problems.length)
    throw assignmentError(
      problems,
      'Fix the names in the template (display names are matched ignoring case), or give ids.',
      'the templates',
    )
  const n = (r: Resolution): number => Object.keys(r.ids).length
  logger.debug(
    `Resolved ${n(groups)} group(s), ${n(filters)} filter(s), ${n(scopeTags)} scope tag(s), ${n(categories)} category(ies)`,
  )
  return {
    groups: groups.ids,
    filters: filters.ids,
    scopeTags: scopeTags.ids,
    categories: categories.ids,
    names: { ...groups.names, ...filters.names },
  }
}
