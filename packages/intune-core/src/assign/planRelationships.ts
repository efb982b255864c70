/**
 * Supersedence and dependencies of a Win32 app. `updateRelationships` replaces the app's whole list, so
 * the plan is read-merge-write: every relationship the app already has is kept (of both kinds), ours are
 * added (or retyped), nothing is removed. Checked before any write: no self-reference, Intune's limits,
 * Win32 targets only, no cycles.
 */
import type { AppType } from '../packages/types'
import type { DependencyRef, SupersedenceRef } from '../templates/appTemplate'
import type { AppRef } from './resolveAppRef'
import { assignmentError } from './shared'

export type RelationshipKind = 'mobileAppDependency' | 'mobileAppSupersedence'

/** A relationship as GET .../relationships returns it. */
export interface GraphRelationship {
  id?: string
  '@odata.type': string
  sourceId?: string
  targetId: string
  targetType?: 'parent' | 'child'
  targetDisplayName?: string
  dependencyType?: string
  supersedenceType?: string
  [key: string]: unknown
}

/** A relationship as updateRelationships takes it. */
export interface RelationshipItem {
  '@odata.type': `#microsoft.graph.${RelationshipKind}`
  targetId: string
  dependencyType?: string
  supersedenceType?: string
}

export interface PlanRelationshipsInput {
  /** From readRelationships; [] for a new app. */
  current: GraphRelationship[]
  supersedes: SupersedenceRef[]
  dependencies: DependencyRef[]
  /** Undefined for an app not created yet. */
  appId?: string
  appType?: AppType
  resolveApp: (idOrName: string) => Promise<AppRef>
  /** Reads another app's relationships, to find cycles (omit to skip the walk, e.g. for a new app). */
  readRelationships?: (appId: string) => Promise<GraphRelationship[]>
}

export interface RelationshipPlan {
  changes: { added: string[]; removed: string[]; kept: string[] }
  /** The complete list to post (this app's own relationships). */
  desired: RelationshipItem[]
  hasChanges: boolean
}

export const MAX_DEPENDENCIES = 100
export const MAX_SUPERSEDENCES = 10
const MAX_WALK = 500
const FIX = 'Fix supersedes/dependencies in the app template (docs/assignments.md, "Relationships").'

const kindOf = (r: { '@odata.type': string }): RelationshipKind | undefined => {
  const t = r['@odata.type'].replace(/^#?microsoft\.graph\./, '')
  return t === 'mobileAppDependency' || t === 'mobileAppSupersedence' ? t : undefined
}
const subtype = (r: RelationshipItem | GraphRelationship): string =>
  String(r.dependencyType ?? r.supersedenceType ?? '')
const keyOf = (kind: string, targetId: string): string => `${kind}|${targetId.toLowerCase()}`

function describe(r: RelationshipItem, names: Map<string, string>): string {
  const name = names.get(r.targetId.toLowerCase())
  const target = name ? `"${name}" (${r.targetId})` : r.targetId
  return kindOf(r) === 'mobileAppDependency'
    ? `depends on ${target} (${subtype(r)})`
    : `supersedes ${target} (${subtype(r)})`
}

function item(kind: RelationshipKind, targetId: string, type: string): RelationshipItem {
  return kind === 'mobileAppDependency'
    ? { '@odata.type': '#microsoft.graph.mobileAppDependency', dependencyType: type, targetId }
    : { '@odata.type': '#microsoft.graph.mobileAppSupersedence', supersedenceType: type, targetId }
}

/** This app's own relationships (it is the source; the target is its child). */
export function ownRelationships(current: GraphRelationship[], appId?: string): GraphRelationship[] {
  return current.filter(r =>
    r.targetType
      ? r.targetType === 'child'
      : !r.sourceId || !appId || r.sourceId.toLowerCase() === appId.toLowerCase(),
  )
}

export async function planRelationships(input: PlanRelationshipsInput): Promise<RelationshipPlan> {
  const wantedRefs: [RelationshipKind, { id?: string; name?: string; type: string }][] = [
    ...input.supersedes.map(r => ['mobileAppSupersedence', r] as [RelationshipKind, SupersedenceRef]),
    ...input.dependencies.map(r => ['mobileAppDependency', r] as [RelationshipKind, DependencyRef]),
  ]
  const problems: string[] = []
  if (wantedRefs.length && input.appType && input.appType !== 'win32LobApp')
    throw assignmentError(
      [`supersedence and dependencies exist only for Win32 apps, not ${input.appType}`],
      FIX,
      'relationships',
    )

  const names = new Map<string, string>()
  const order: string[] = []
  const desired = new Map<string, RelationshipItem>()
  for (const r of ownRelationships(input.current, input.appId)) {
    const kind = kindOf(r)
    if (!kind) continue
    const it = item(kind, r.targetId, subtype(r))
    desired.set(keyOf(kind, r.targetId), it)
    order.push(keyOf(kind, r.targetId))
    if (r.targetDisplayName) names.set(r.targetId.toLowerCase(), r.targetDisplayName)
  }
  const before = new Map(desired)

  const ours = new Map<string, RelationshipItem>()
  for (const [kind, ref] of wantedRefs) {
    const label = `${kind === 'mobileAppDependency' ? 'dependency' : 'supersedes'} '${ref.id ?? ref.name}'`
    let app: AppRef
    try {
      app = await input.resolveApp((ref.id ?? ref.name) as string)
    } catch (e) {
      problems.push(`${label}: ${(e as Error).message.replace(/^Can't apply relationships: /, '')}`)
      continue
    }
    names.set(app.id.toLowerCase(), app.displayName)
    if (input.appId && app.id.toLowerCase() === input.appId.toLowerCase())
      problems.push(`${label}: an app can't supersede or depend on itself`)
    else if (app.type !== 'win32LobApp')
      problems.push(
        `${label}: '${app.displayName}' is a ${app.type || 'non-Win32'} app; only Win32 apps can be targets`,
      )
    const key = keyOf(kind, app.id)
    const prior = ours.get(key)
    if (prior && subtype(prior) !== ref.type)
      problems.push(`${label}: listed twice with types ${subtype(prior)} and ${ref.type}; keep one`)
    ours.set(key, item(kind, app.id, ref.type))
  }
  if (problems.length) throw assignmentError(problems, FIX, 'relationships')

  const changes: RelationshipPlan['changes'] = { added: [], removed: [], kept: [] }
  for (const [key, it] of ours) {
    const old = desired.get(key)
    if (old && subtype(old) === subtype(it)) continue
    if (old) changes.removed.push(describe(old, names))
    else order.push(key)
    changes.added.push(describe(it, names))
    desired.set(key, it)
  }
  for (const [key, it] of before) if (desired.get(key) === it) changes.kept.push(describe(it, names))

  const list = order.map(k => desired.get(k) as RelationshipItem)
  const count = (k: RelationshipKind): number => list.filter(r => kindOf(r) === k).length
  if (count('mobileAppDependency') > MAX_DEPENDENCIES)
    problems.push(`${count('mobileAppDependency')} dependencies; Intune allows ${MAX_DEPENDENCIES}`)
  if (count('mobileAppSupersedence') > MAX_SUPERSEDENCES)
    problems.push(`${count('mobileAppSupersedence')} superseded apps; Intune allows ${MAX_SUPERSEDENCES}`)
  if (input.appId && input.readRelationships)
    for (const [kind, it] of [...ours.values()].map(r => [kindOf(r) as RelationshipKind, r] as const)) {
      const cycle = await findCycle(input.appId, it.targetId, kind, input.readRelationships, names)
      if (cycle)
        problems.push(
          `${describe(it, names)} would make a cycle: ${cycle.map(id => names.get(id.toLowerCase()) ?? id).join(' → ')}`,
        )
    }
  if (problems.length) throw assignmentError(problems, FIX, 'relationships')
  return { changes, desired: list, hasChanges: changes.added.length + changes.removed.length > 0 }
}

/** Breadth-first over `kind` edges from `start`; the path back to `appId` if there is one (bounded). */
async function findCycle(
  appId: string,
  start: string,
  kind: RelationshipKind,
  read: (id: string) => Promise<GraphRelationship[]>,
  names: Map<string, string>,
): Promise<string[] | undefined> {
  const parent = new Map<string, string>([[start.toLowerCase(), appId.toLowerCase()]])
  const queue = [start.toLowerCase()]
  while (queue.length && parent.size < MAX_WALK) {
    const id = queue.shift() as string
    for (const r of ownRelationships(await read(id), id)) {
      if (kindOf(r) !== kind) continue
      const next = r.targetId.toLowerCase()
      if (r.targetDisplayName && !names.has(next)) names.set(next, r.targetDisplayName)
      if (next === appId.toLowerCase()) {
        const path = [appId, id]
        for (let p = parent.get(id); p && p !== appId.toLowerCase(); p = parent.get(p)) path.splice(1, 0, p)
        return [...path, appId]
      }
      if (!parent.has(next)) {
        parent.set(next, id)
        queue.push(next)
      }
    }
  }
  return undefined
}
