/**
 * With new-app-per-version, a ring's assignments move to the newest version: the same targets are taken
 * off the older versions (nothing else of theirs is touched), and versions beyond `retain` that have no
 * assignments left are deleted, after the supersedence that points at them is removed. Planned without
 * writes; applied after the new version is published.
 */
import {
  describeTarget,
  readAssignments,
  readRelationships,
  removeAssignment,
  targetKey,
  type GraphAssignment,
} from '../assign'
import { endpoints } from '../graph/endpoints'
import type { GraphClient } from '../graph'
import type { Logger } from '../logger'
import type { ReleaseVersion } from './versions'

export interface VersionMovePlan {
  /** Per older version: the assignments that move off it. */
  moves: { appId: string; name: string; remove: GraphAssignment[]; keep: GraphAssignment[] }[]
  /** Older versions deleted (no assignments left, beyond retain). */
  deletions: { appId: string; name: string }[]
  /** Older versions beyond retain kept because they still have assignments. */
  keptBeyondRetain: { appId: string; name: string; assignments: number }[]
  lines: string[]
}

const nameOf = (v: ReleaseVersion) => String(v.app.displayName ?? v.app.id)

/**
 * `older`: the other versions, newest first. `movingKeys`: target keys the new version takes over.
 * `retain`: how many older versions to keep.
 */
export function planVersionMoves(
  older: ReleaseVersion[],
  movingKeys: Set<string>,
  retain: number,
  names: Record<string, string> = {},
): VersionMovePlan {
  const plan: VersionMovePlan = { moves: [], deletions: [], keptBeyondRetain: [], lines: [] }
  for (const v of older) {
    const remove = v.assignments.filter(a => movingKeys.has(targetKey(a.target)))
    const keep = v.assignments.filter(a => !movingKeys.has(targetKey(a.target)))
    if (remove.length) {
      plan.moves.push({ appId: v.app.id, name: nameOf(v), remove, keep })
      for (const a of remove)
        plan.lines.push(`move ${a.intent} ${describeTarget(a.target, names)} off ${nameOf(v)} (${v.app.id})`)
    }
  }
  older.forEach((v, i) => {
    if (i < retain) return
    const left = plan.moves.find(m => m.appId === v.app.id)?.keep ?? v.assignments
    if (left.length) {
      plan.keptBeyondRetain.push({ appId: v.app.id, name: nameOf(v), assignments: left.length })
      plan.lines.push(
        `keep ${nameOf(v)} (${v.app.id}) beyond retain ${retain}: ${left.length} assignment(s) left`,
      )
    } else {
      plan.deletions.push({ appId: v.app.id, name: nameOf(v) })
      plan.lines.push(
        `delete ${nameOf(v)} (${v.app.id}): older than the ${retain} retained, no assignments left`,
      )
    }
  })
  return plan
}

/** Removes a supersedence (or dependency) on `targetId` from every version that has one. */
export async function dropRelationshipsTo(
  graph: GraphClient,
  versions: ReleaseVersion[],
  targetId: string,
): Promise<void> {
  for (const v of versions) {
    if (v.app.id === targetId) continue
    const own = (await readRelationships(graph, v.app.id)).filter(r => r.targetType !== 'parent')
    if (!own.some(r => r.targetId.toLowerCase() === targetId.toLowerCase())) continue
    const relationships = own
      .filter(r => r.targetId.toLowerCase() !== targetId.toLowerCase())
      .map(r => ({
        '@odata.type': r['@odata.type'],
        targetId: r.targetId,
        ...(r.supersedenceType ? { supersedenceType: r.supersedenceType } : {}),
        ...(r.dependencyType ? { dependencyType: r.dependencyType } : {}),
      }))
    const r = endpoints.updateRelationships(v.app.id)
    await graph.post(r.path, { relationships }, { version: r.version })
  }
}

export async function applyVersionMoves(
  graph: GraphClient,
  plan: VersionMovePlan,
  all: ReleaseVersion[],
  log: Logger,
): Promise<void> {
  // One assignment at a time (not `assign`, which replaces the whole set): an assignment an admin adds to an
  // older version while the new one uploads is not wiped (the assignment race, issue 11).
  for (const m of plan.moves) {
    for (const a of m.remove) if (a.id) await removeAssignment(graph, m.appId, a.id)
    log.info(`moved ${m.remove.length} assignment(s) off ${m.name}`)
  }
  for (const d of plan.deletions) {
    // Planned from a read made before the upload: an app that got an assignment since is not ours to delete.
    const left = await readAssignments(graph, d.appId)
    if (left.length) {
      log.warn(
        `kept ${d.name} (${d.appId}): ${left.length} assignment(s) added since the plan, so it is not deleted`,
      )
      continue
    }
    await dropRelationshipsTo(graph, all, d.appId)
    const r = endpoints.releaseApp(d.appId)
    await graph.delete(r.path, { version: r.version })
    log.info(`deleted ${d.name} (${d.appId}): beyond retain, no assignments left`)
  }
}
